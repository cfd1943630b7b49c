// careertalk/facts.hpp: what the library reads about an employee and a company.
//
// Records are plain aggregates. Histories are spans over the host's storage: the library
// never copies or allocates them, so a payroll run can evaluate millions of employees from
// its own arrays. Dates are calendar days (no time zones). A std::optional field that is
// empty is a fact the host did not give; a rule that needs it says so (results.hpp,
// missing_fact) instead of guessing.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/kinds.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace careertalk::inline v0 {

// An absence from `start` to `end`, both inclusive (`end` is the last day absent; the
// employee resumes on end + 1 day). An absence still running has no end.
// A sickness (ziekte) ends when the employee is fully back in their own or suitable work: a
// partial return is a further ziekte record from its first day, with the share of the work
// resumed in `work_resumed_percent` (1-99); it continues the sickness (docs/nl/poortwachter.md).
struct absence {
    absence_kind kind{};
    year_month_day start{};
    std::optional<year_month_day> end{};
    std::uint8_t work_resumed_percent = 0;  // ziekte only: partial return (0 = not working)

    // First day back at work, if known.
    constexpr std::optional<year_month_day> resumption() const noexcept {
        if (!end) return std::nullopt;
        return add_days(*end, 1);
    }
};
BOOST_DESCRIBE_STRUCT(absence, (), (kind, start, end, work_resumed_percent))

// A conversation (or another duty of obligation_kind) actually held on `date`;
// `at_employee_request`: held at the employee's initiative (FR L6315-1 I since 2019: a return
// interview may then be held before the return).
struct interview {
    obligation_kind kind{};
    year_month_day date{};
    bool at_employee_request = false;
};
BOOST_DESCRIBE_STRUCT(interview, (), (kind, date, at_employee_request))

// A training action. `mandatory` is a training that conditions the exercise of the job
// (C. trav. L6321-2; BW 7:611a lid 2): it does not count for the French abondement test.
struct training {
    year_month_day date{};
    bool mandatory = false;
    std::uint16_t hours = 0;  // 0 when unknown
};
BOOST_DESCRIBE_STRUCT(training, (), (date, mandatory, hours))

// A dated fact with no further detail: a certification obtained, a salary or professional
// progression, a transfer of the contract (C. trav. L1224-1, seniority kept).
struct dated_fact {
    year_month_day date{};
};
BOOST_DESCRIBE_STRUCT(dated_fact, (), (date))

struct medical_visit {
    visit_kind kind{};
    year_month_day date{};
};
BOOST_DESCRIBE_STRUCT(medical_visit, (), (kind, date))

// The employee asked for a conversation of `kind` on `date`.
struct request {
    obligation_kind kind{};
    year_month_day date{};
};
BOOST_DESCRIBE_STRUCT(request, (), (kind, date))

struct outcome {
    outcome_kind kind{};
    year_month_day date{};
};
BOOST_DESCRIBE_STRUCT(outcome, (), (kind, date))

// Facts about the person that some rules condition on.
struct employee_flags {
    bool part_time = false;            // FR 2014 abondement: 130 hours instead of 100
    bool mandate_delegation_30 = false;  // FR L2141-5: delegation hours >= 30 % of working time
    bool niet_tevreden = false;        // NL guide: not satisfied with the career
    bool geen_grip = false;            // NL guide: no grip on what they want
    bool flagged_group = false;  // FR IDCC 573: disabled or threatened by change (annual on request)
};
BOOST_DESCRIBE_STRUCT(employee_flags, (),
                      (part_time, mandate_delegation_30, niet_tevreden, geen_grip, flagged_group))

// One employee. Only `hire_date` is required.
struct employee {
    std::string_view id{};
    year_month_day hire_date{};  // start of the contract; with the original employer after an
                                 // L1224-1 transfer, since seniority is kept
    std::optional<year_month_day> birth_date{};
    contract_kind contract = contract_kind::cdi;
    std::optional<year_month_day> contract_end{};  // last day of the contract (fixed term or exit)

    std::span<const absence> absences{};
    std::span<const interview> interviews{};
    std::span<const training> trainings{};
    std::span<const dated_fact> certifications{};
    std::span<const dated_fact> progressions{};
    std::span<const dated_fact> transfers{};
    std::span<const medical_visit> medical_visits{};
    std::span<const request> requests{};
    std::span<const outcome> outcomes{};

    // Netherlands
    std::optional<year_month_day> function_start{};  // start in the current function
    std::optional<year_month_day> aow_date{};        // AOW date as given by the SVB (not computed)

    employee_flags flags{};
};
BOOST_DESCRIBE_STRUCT(employee, (),
                      (id, hire_date, birth_date, contract, contract_end, absences, interviews,
                       trainings, certifications, progressions, transfers, medical_visits,
                       requests, outcomes, function_start, aow_date, flags))

// The earliest interview whose kind `kind_matches` accepts, held in `window` and known on
// `as_of` (dated on or before it). Rules use it to find the interview that met an obligation.
// One pass in any order (validate() does not sort histories), on integer keys.
template <class KindMatches>
constexpr std::optional<year_month_day> first_interview(const employee& e, KindMatches kind_matches,
                                                        period window,
                                                        year_month_day as_of) noexcept {
    const std::uint32_t from = order_key(window.begin);
    const std::uint32_t until = order_key(window.end);
    const std::uint32_t known = order_key(as_of);
    std::optional<year_month_day> best;
    std::uint32_t best_key = 0;
    for (const interview& i : e.interviews) {
        const std::uint32_t k = order_key(i.date);
        if (from <= k && k < until && k <= known && (!best || k < best_key) &&
            kind_matches(i.kind)) {
            best = i.date;
            best_key = k;
        }
    }
    return best;
}

// Average headcount of a calendar year (C. séc. soc. L130-1: the average of the monthly
// headcounts of the year).
struct headcount_year {
    date::year year{};
    int headcount = 0;
};
BOOST_DESCRIBE_STRUCT(headcount_year, (), (year, headcount))

// The employer.
struct company {
    std::optional<int> headcount{};  // headcount at the evaluation date (company or group)
    std::span<const headcount_year> headcount_history{};  // for the L130-1 five-year rule
    // The host's own answer to "is the company at or above the penalty threshold?"; when set
    // it wins over headcount and history.
    std::optional<bool> penalty_threshold_met{};

    // Collective agreement on the periodicity of interviews (FR L6315-1 III).
    std::optional<int> agreement_cycle_months{};
    std::optional<year_month_day> agreement_date{};  // date the agreement was concluded
    std::optional<std::uint16_t> idcc{};             // FR branch (convention collective)
    std::string_view cao{};                          // NL collective agreement preset id
};
BOOST_DESCRIBE_STRUCT(company, (),
                      (headcount, headcount_history, penalty_threshold_met,
                       agreement_cycle_months, agreement_date, idcc, cao))

}  // namespace careertalk
