// careertalk/evaluate.hpp: evaluating an employee under a policy.
//
// A policy is a constexpr object (French law as in force on each date, a collective
// agreement, a Dutch organisation's conversation policy) that turns valid facts into
// obligations and findings. evaluate() adapts the host's types, checks the policy and the
// facts, and only then asks the policy: invalid facts or a policy the law forbids give
// diagnostics and no dates. In constant evaluation a policy that is not ok() does not compile.
#pragma once

#include <careertalk/adapt.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/results.hpp>
#include <careertalk/validate.hpp>

#include <concepts>
#include <type_traits>

namespace careertalk::inline v0 {

namespace detail {
// Not constexpr on purpose: reaching it in constant evaluation is the compile error a
// policy the law forbids gets.
inline void the_policy_is_not_ok_an_override_the_law_forbids() {}
}  // namespace detail

namespace detail {

// A host employee type that declares its jurisdiction is never evaluated under the other
// country's policy: the one message that says so, at compile time.
template <class P, class E>
consteval void check_jurisdiction() {
    if constexpr (has_jurisdiction<P> && has_jurisdiction<E>) {
        static_assert(!(E::jurisdiction == jurisdiction::fr && P::jurisdiction == jurisdiction::nl),
                      "careertalk: a French employee evaluated under a Dutch policy (the "
                      "employee type's jurisdiction is fr, the policy's nl)");
        static_assert(!(E::jurisdiction == jurisdiction::nl && P::jurisdiction == jurisdiction::fr),
                      "careertalk: a Dutch employee evaluated under a French policy (the "
                      "employee type's jurisdiction is nl, the policy's fr)");
    }
}

// Checks the policy and the facts, then asks the policy.
template <policy_like P>
constexpr void evaluate_facts(const P& p, const employee& e, const company& c, evaluation& out) {
    if (!p.ok()) {
        if (std::is_constant_evaluated()) the_policy_is_not_ok_an_override_the_law_forbids();
        out.add(diagnostic{record_kind::policy, 0, "rules", diagnostic_code::policy_not_ok,
                           "the policy sets a rule the law forbids"});
        return;
    }
    if constexpr (has_jurisdiction<P>) validate_jurisdiction(P::jurisdiction, c, out);
    validate(e, c, out.as_of, out);
    if (!out.ok()) return;
    p.evaluate(e, c, out.as_of, out);
    mark_advisories(out);
}

// The host's company as a careertalk::company, through a storage only when it has traits.
template <policy_like P, class C>
CAREERTALK_CONSTEXPR_STORAGE void evaluate_at(const P& p, const employee& e,
                                              const C& host_company, evaluation& out) {
    if constexpr (has_company_traits<C>) {
        company_storage storage;
        evaluate_facts(p, e, to_company(host_company, storage), out);
    } else {
        evaluate_facts(p, e, to_company(host_company), out);
    }
}

}  // namespace detail

// Evaluates `host_employee` at `host_company` under `p` on `as_of` into `out`, which is
// cleared first and can be reused from one employee to the next. `storage` receives what
// employee_traits convert (adapt.hpp); reuse it too, so nothing is allocated per employee.
// A company with company_traits is converted on each call: convert it once with
// to_company(host, storage) and pass the careertalk::company instead.
template <policy_like P, class E, class C, date_like D>
constexpr void evaluate_into(const P& p, const E& host_employee, const C& host_company, D as_of,
                             evaluation& out, employee_storage& storage) {
    detail::check_jurisdiction<P, E>();
    out.clear(to_date(as_of));
    detail::evaluate_at(p, to_employee(host_employee, storage), host_company, out);
}

// The same without a storage: a host type read in place (no employee_traits) needs none, and
// one with traits gets a storage for this call.
template <policy_like P, class E, class C, date_like D>
CAREERTALK_CONSTEXPR_STORAGE void evaluate_into(const P& p, const E& host_employee,
                                                const C& host_company, D as_of, evaluation& out) {
    if constexpr (has_employee_traits<E>) {
        employee_storage storage;
        evaluate_into(p, host_employee, host_company, as_of, out, storage);
    } else {
        detail::check_jurisdiction<P, E>();
        out.clear(to_date(as_of));
        detail::evaluate_at(p, to_employee(host_employee), host_company, out);
    }
}

// A first argument that is not a policy: the one message that says so.
template <class P, class E, class C, class D, class... Storage>
    requires(!policy_like<P>)
constexpr void evaluate_into(const P&, const E&, const C&, D, evaluation&, Storage&...) {
    static_assert(detail::always_false<P>,
                  "careertalk: the first argument is not a policy (careertalk::fr::law, an "
                  "nl policy, a branch agreement); the order is evaluate(policy, employee, "
                  "company, as_of)");
}

// Evaluates one employee; see evaluate_into. The evaluation is large (sizeof(evaluation),
// about 57 KiB): in a loop, reuse one with evaluate_into instead of copying this result.
template <class P, class E, class C, date_like D>
constexpr evaluation evaluate(const P& p, const E& host_employee, const C& host_company,
                              D as_of) {
    evaluation out{};
    evaluate_into(p, host_employee, host_company, as_of, out);
    return out;
}

}  // namespace careertalk
