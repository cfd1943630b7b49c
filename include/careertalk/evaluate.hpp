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

namespace careertalk {

// A policy: `ok()` says whether the law allows it; `evaluate` appends the obligations and
// findings of valid facts seen on an as-of date.
template <class P>
concept policy = requires(const P& p, const employee& e, const company& c, year_month_day d,
                          evaluation& out) {
    { p.ok() } -> std::convertible_to<bool>;
    p.evaluate(e, c, d, out);
};

namespace detail {
// Not constexpr on purpose: reaching it in constant evaluation is the compile error a
// policy the law forbids gets.
inline void the_policy_is_not_ok_an_override_the_law_forbids() {}
}  // namespace detail

// Evaluates `host_employee` at `host_company` under `p` on `as_of` into `out`, which is
// cleared first and can be reused from one employee to the next.
template <policy P, class E, class C>
constexpr void evaluate_into(const P& p, const E& host_employee, const C& host_company,
                             year_month_day as_of, evaluation& out) {
    out.clear(as_of);
    if (!p.ok()) {
        if (std::is_constant_evaluated())
            detail::the_policy_is_not_ok_an_override_the_law_forbids();
        out.add(diagnostic{record_kind::policy, 0, "rules", diagnostic_code::policy_not_ok,
                           "the policy sets a rule the law forbids"});
        return;
    }
    const employee e = to_employee(host_employee);
    const company c = to_company(host_company);
    validate(e, c, as_of, out);
    if (!out.ok()) return;
    p.evaluate(e, c, as_of, out);
    mark_advisories(out);
}

// Evaluates one employee; see evaluate_into.
template <policy P, class E, class C>
constexpr evaluation evaluate(const P& p, const E& host_employee, const C& host_company,
                              year_month_day as_of) {
    evaluation out{};
    evaluate_into(p, host_employee, host_company, as_of, out);
    return out;
}

}  // namespace careertalk
