// careertalk/results.hpp: what the library answers.
//
// An evaluation of one employee is a list of obligations (what is owed, by when, with what
// agenda, and its status on the as-of date), findings (penalties, advisories, missing facts)
// and diagnostics (why the facts could not be evaluated). Every obligation and finding points
// to the rule_ref behind it. All types are described with Boost.Describe, so their names
// become CSV columns and JSON keys in one place (io/ and the CLI).
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/inplace_vector.hpp>
#include <careertalk/kinds.hpp>
#include <careertalk/rule.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <cstdint>
#include <concepts>
#include <optional>
#include <span>
#include <string_view>

namespace careertalk::inline v0 {

// What started the clock of an obligation.
enum class trigger_kind : std::uint8_t {
    hire,            // the hire date
    regime_start,    // a new law's first day (employees present on 2014-03-07)
    periodic,        // the last conversation held (or the previous due date, model F)
    seniority,       // years of seniority (état des lieux)
    return_from_absence,  // resumption after a listed absence
    before_absence,       // start of a leave that grants an interview before it
    end_of_mandate,       // end of a union or staff mandate
    age,                  // a birthday (45, 60, AOW - 10 years)
    medical_visit,        // the mid-career medical visit
    request,              // the employee's request
    transfer,             // transfer of the contract (L1224-1, change of contractor)
    transition,           // a transitional rule moved the deadline
    conversation,         // a lead time or a record around another conversation
    sickness,             // the first day of sickness (Poortwachter)
    function_years,       // years in the current function
    certification,        // a certification obtained
    outcome,              // an outcome recorded in an earlier conversation
    review,               // an état des lieux review (for the abondement)
};
BOOST_DESCRIBE_ENUM(trigger_kind, hire, regime_start, periodic, seniority, return_from_absence,
                    before_absence, end_of_mandate, age, medical_visit, request, transfer,
                    transition, conversation, sickness, function_years, certification, outcome,
                    review)

// Status of an obligation on the as-of date.
enum class status : std::uint8_t {
    met,           // held in its window, on or before the due date
    met_late,      // held after the due date
    overdue,       // not held and the due date is before the as-of date
    due_soon,      // not held; due within the warning horizon (90 days by default)
    upcoming,      // not held; due later
    not_required,  // not owed; `exemption` names the rule that waives it
    advisory,      // not held and past a date no text sets (a library default): never overdue
    no_record,     // the host keeps no record of it; not assessed (e.g. information at hire)
};
BOOST_DESCRIBE_ENUM(status, met, met_late, overdue, due_soon, upcoming, not_required, advisory,
                    no_record)

// One item of a conversation's agenda.
struct agenda_item {
    std::string_view id{};  // stable, e.g. "fr.L6315-1.I.1"
    rule_ptr rule{};
    labels label{};
};

// An agenda: up to four static lists of items (the base items plus the extra items of a
// return, an age or a mandate), read as one sequence.
class agenda {
public:
    static constexpr std::size_t max_parts = 4;

    constexpr agenda() = default;
    constexpr agenda(std::span<const agenda_item> first) noexcept { add(first); }

    // Appends a part; returns false when all four parts are used.
    constexpr bool add(std::span<const agenda_item> part) noexcept {
        if (count_ == max_parts) return false;
        if (!part.empty()) parts_[count_++] = part;
        return true;
    }

    // Empties the agenda (a reused obligation's).
    constexpr void clear() noexcept { count_ = 0; }

    // True when no part can be added: the invariant tests check results never reach it.
    constexpr bool full() const noexcept { return count_ == max_parts; }

    constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (std::size_t i = 0; i < count_; ++i) n += parts_[i].size();
        return n;
    }
    constexpr bool empty() const noexcept { return count_ == 0; }

    class iterator {
    public:
        constexpr iterator() = default;
        constexpr iterator(const agenda* a, std::size_t part, std::size_t item) noexcept
            : a_(a), part_(part), item_(item) {}
        constexpr const agenda_item& operator*() const noexcept {
            return a_->parts_[part_][item_];
        }
        constexpr const agenda_item* operator->() const noexcept { return &**this; }
        constexpr iterator& operator++() noexcept {
            if (++item_ == a_->parts_[part_].size()) {
                ++part_;
                item_ = 0;
            }
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            auto old = *this;
            ++*this;
            return old;
        }
        friend constexpr bool operator==(const iterator& x, const iterator& y) noexcept {
            return x.part_ == y.part_ && x.item_ == y.item_;
        }

    private:
        const agenda* a_ = nullptr;
        std::size_t part_ = 0;
        std::size_t item_ = 0;
    };

    constexpr iterator begin() const noexcept { return {this, 0, 0}; }
    constexpr iterator end() const noexcept { return {this, count_, 0}; }

private:
    std::array<std::span<const agenda_item>, max_parts> parts_{};
    std::size_t count_ = 0;
};

// The chain of rules that led to a result, most specific first: the rule that creates the
// obligation, then the conventions, transitional rules, agreements and exemptions applied.
// The invariant tests check that no result fills it (a full chain may have lost a rule).
using explanation = inplace_vector<const rule_ref*, 10>;

// Something owed to the employee.
struct obligation {
    obligation_kind kind{};
    trigger_kind trigger{};
    year_month_day trigger_date{};
    year_month_day window_start{};  // earliest date on which holding it counts
    year_month_day due_date{};      // inclusive deadline
    status state = status::upcoming;
    std::optional<year_month_day> held_on{};  // the event that fulfilled it
    rule_ptr rule{};                          // the rule that creates the obligation
    rule_ptr exemption{};                     // why it is not required, when it is not (set)
    // The rule that sets due_date when it is not `rule` itself, e.g. a library default for a
    // deadline the text leaves open (then the obligation is owed by law, its date is not).
    rule_ptr deadline_rule{};
    careertalk::agenda agenda{};
    explanation why{};
};
BOOST_DESCRIBE_STRUCT(obligation, (),
                      (kind, trigger, trigger_date, window_start, due_date, state, held_on, rule,
                       exemption, deadline_rule, agenda, why))

// What the due date of `o` rests on: its deadline rule's basis, else its rule's.
constexpr basis due_basis(const obligation& o) noexcept {
    const rule_ptr r = o.deadline_rule ? o.deadline_rule : o.rule;
    return r ? basis_of(r->basis) : basis::library_default;
}

// Who receives a payment.
enum class payee : std::uint8_t {
    none,
    caisse_des_depots,  // Caisse des dépôts et consignations (CPF), from 2019
    opca,               // the training fund (OPCA), 2015-2018
    tresor_public,      // the Treasury, after a formal notice (L6323-13 al. 3)
    employee,           // paid or credited to the employee
};
BOOST_DESCRIBE_ENUM(payee, none, caisse_des_depots, opca, tresor_public, employee)

// A fact a rule needed and the host did not give.
enum class missing_fact : std::uint8_t {
    none,
    birth_date,
    headcount,
    contract_end,
    function_start,
    aow_date,
    mid_career_visit,
    resumption_date,
    policy,  // no conversation policy is configured (NL: no statutory rhythm)
};
BOOST_DESCRIBE_ENUM(missing_fact, none, birth_date, headcount, contract_end, function_start,
                    aow_date, mid_career_visit, resumption_date, policy)

enum class finding_kind : std::uint8_t {
    penalty,      // a sum is owed (amount, payee, payment_due)
    no_penalty,   // a review found nothing owed; `rule` says why
    advisory,     // a right or a good practice the host should know of
    missing,      // a rule could not be applied: `missing` names the fact
    entitlement,  // the employee may claim something (career advice, a budget)
};
BOOST_DESCRIBE_ENUM(finding_kind, penalty, no_penalty, advisory, missing, entitlement)

// An amount in euro cents (exact; no floating point in money).
struct euros {
    std::int64_t cents = 0;
    friend constexpr bool operator==(euros, euros) noexcept = default;
    friend constexpr auto operator<=>(euros, euros) noexcept = default;
};
BOOST_DESCRIBE_STRUCT(euros, (), (cents))

// A result of an audit or a remark attached to the evaluation.
struct finding {
    finding_kind kind{};
    rule_ptr rule{};
    period review{};            // the period assessed (e.g. the six or eight years)
    year_month_day date{};      // the date of the assessment or of the advisory's trigger
    euros amount{};             // penalty
    payee paid_to = payee::none;
    std::optional<year_month_day> payment_due{};
    missing_fact missing = missing_fact::none;
    obligation_kind about{};  // the obligation the finding concerns
    explanation why{};
};
BOOST_DESCRIBE_STRUCT(finding, (),
                      (kind, rule, review, date, amount, paid_to, payment_due, missing, about,
                       why))

// Which record of the facts a diagnostic is about.
enum class record_kind : std::uint8_t {
    employee,
    company,
    absence,
    interview,
    training,
    certification,
    progression,
    transfer,
    medical_visit,
    request,
    outcome,
    headcount_year,
    policy,
};
BOOST_DESCRIBE_ENUM(record_kind, employee, company, absence, interview, training, certification,
                    progression, transfer, medical_visit, request, outcome, headcount_year,
                    policy)

enum class diagnostic_code : std::uint8_t {
    invalid_date,          // not a calendar date (e.g. 2025-02-30)
    birth_after_hire,      // born after being hired
    hire_out_of_range,     // hired before 1900 or more than a year after the as-of date
    end_before_start,      // an absence or contract ends before it starts
    overlapping_absences,  // two absences share a day
    before_hire,           // an event dated before the hire date
    negative_headcount,    // a headcount below zero
    policy_not_ok,         // the policy is not valid (an override the law forbids)
    capacity_exceeded,     // more results than the fixed capacity holds
    out_of_range,          // a value outside its range (a partial return of 100 % or more)
    wrong_jurisdiction,    // the company's facts are of the other country than the policy
    unknown_rule_set,      // a rule set name, branch (idcc) or CAO this build does not know
};
BOOST_DESCRIBE_ENUM(diagnostic_code, invalid_date, birth_after_hire, hire_out_of_range,
                    end_before_start, overlapping_absences, before_hire, negative_headcount,
                    policy_not_ok, capacity_exceeded, out_of_range, wrong_jurisdiction,
                    unknown_rule_set)

// Why facts cannot be evaluated: which record (kind and index in its list), which field,
// and a message for a person.
struct diagnostic {
    record_kind record{};
    std::uint32_t index = 0;  // position in the record's list (0 for employee and company)
    std::string_view field{};
    diagnostic_code code{};
    std::string_view message{};
};
BOOST_DESCRIBE_STRUCT(diagnostic, (), (record, index, field, code, message))

// Capacities of an evaluation. A 40-year career under French law has about 40 obligations;
// a 43-year Dutch one with four conversations a year (nl:cycle-calendar) and Poortwachter
// about 190. An overflow is reported as diagnostic_code::capacity_exceeded, never dropped.
inline constexpr std::size_t max_obligations = 256;
inline constexpr std::size_t max_findings = 32;
inline constexpr std::size_t max_diagnostics = 16;

// Everything the library answers about one employee on one as-of date. It is large
// (sizeof(evaluation) is about 57 KiB on x86-64; tests/results_test.cpp pins it): reuse one
// with evaluate_into instead of copying or returning it in a loop.
struct evaluation {
    year_month_day as_of{};
    inplace_vector<obligation, max_obligations> obligations{};
    inplace_vector<finding, max_findings> findings{};
    inplace_vector<diagnostic, max_diagnostics> diagnostics{};

    // Empties the lists, keeping the storage, so one evaluation can be reused across
    // employees without clearing 57 KiB each time (the batch API does this).
    constexpr void clear(year_month_day on) noexcept {
        as_of = on;
        obligations.clear();
        findings.clear();
        diagnostics.clear();
    }

    // True when the facts could be evaluated; false means no obligation may be trusted.
    constexpr bool ok() const noexcept { return diagnostics.empty(); }

    // Appends, or records a capacity diagnostic when full.
    constexpr void add(const obligation& o) noexcept {
        if (!obligations.push_back(o)) overflow("obligations");
    }
    constexpr void add(const finding& f) noexcept {
        if (!findings.push_back(f)) overflow("findings");
    }
    constexpr void add(const diagnostic& d) noexcept {
        if (!diagnostics.push_back(d) && !diagnostics.empty()) {
            diagnostics.back() = {record_kind::employee, 0, "diagnostics",
                                  diagnostic_code::capacity_exceeded,
                                  "more diagnostics than fit; fix these first"};
        }
    }

private:
    constexpr void overflow(std::string_view what) noexcept {
        if (!diagnostics.empty() && diagnostics.back().code == diagnostic_code::capacity_exceeded)
            return;
        add(diagnostic{record_kind::employee, 0, what, diagnostic_code::capacity_exceeded,
                       "more results than the evaluation can hold"});
    }
};

// Status of an obligation with due date `due`, held on `held` (if at all), seen on `as_of`,
// warning `warn_days` ahead. Held on the due date is met; the day after is met_late.
constexpr status status_on(year_month_day due, std::optional<year_month_day> held,
                           year_month_day as_of, int warn_days = 90) noexcept {
    if (held) return *held <= due ? status::met : status::met_late;
    if (due < as_of) return status::overdue;
    if (days_between(as_of, due) <= warn_days) return status::due_soon;
    return status::upcoming;
}

namespace detail {
// False, but only once T is known: the condition of a static_assert that reports a misuse.
template <class>
inline constexpr bool always_false = false;
}  // namespace detail

// A policy: `ok()` says whether the law allows it; `evaluate` appends the obligations and
// findings of valid facts seen on an as-of date (fr::law, an nl policy, a branch agreement).
// Named policy_like, as employee_like, so that it never collides with nl::conversation_policy.
template <class P>
concept policy_like = requires(const P& p, const employee& e, const company& c,
                               year_month_day d, evaluation& out) {
    { p.ok() } -> std::convertible_to<bool>;
    p.evaluate(e, c, d, out);
};

// A type (policy or host employee) that says which country's law it is of: a
// `static constexpr careertalk::jurisdiction jurisdiction` member. Optional for both.
template <class T>
concept has_jurisdiction = requires {
    std::integral_constant<jurisdiction, T::jurisdiction>{};
};

// A date no text sets is never legally overdue: past it, an obligation is an advisory.
constexpr void mark_advisories(evaluation& out) noexcept {
    for (obligation& o : out.obligations)
        if (o.state == status::overdue && due_basis(o) == basis::library_default)
            o.state = status::advisory;
}

}  // namespace careertalk
