// Invariants of every Dutch policy (careertalk::nl::policies and nl::company_cao) over random
// facts (issue 9); the properties are in harness.hpp. Each policy gets
// CAREERTALK_INVARIANT_EMPLOYEES employees (default 5,000: 65,000 Dutch employees per CI run).
#include <careertalk/nl/catalogue.hpp>

#include "harness.hpp"

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;

namespace {

constexpr contract_kind contracts[] = {contract_kind::onbepaalde_tijd, contract_kind::onbepaalde_tijd,
                                       contract_kind::bepaalde_tijd, contract_kind::uitzend,
                                       contract_kind::oproep, contract_kind::promovendus};
constexpr absence_kind absences[] = {absence_kind::ziekte, absence_kind::ziekte,
                                     absence_kind::conge_sans_solde};
constexpr obligation_kind interviews[] = {
    obligation_kind::loopbaangesprek,       obligation_kind::planningsgesprek,
    obligation_kind::functioneringsgesprek, obligation_kind::beoordelingsgesprek,
    obligation_kind::jaargesprek,           obligation_kind::personeelsgesprek,
    obligation_kind::inzetbaarheidsgesprek, obligation_kind::doorwerkgesprek,
    obligation_kind::ontwikkelgesprek,      obligation_kind::periodiek_gesprek,
    obligation_kind::verslag,               obligation_kind::pop,
    obligation_kind::probleemanalyse,       obligation_kind::plan_van_aanpak};
// Dated edges of nl-rules.md: the 2020 Besluit, CAO versions around 2024-2026.
constexpr year_month_day landmarks[] = {2020_y / jan / 1, 2022_y / jan / 1, 2024_y / jan / 1,
                                        2025_y / jan / 1, 2026_y / jan / 1, 2026_y / jul / 1};
const invariants::profile dutch{contracts, absences, interviews, landmarks, {}, nl::policy_names};

// Violations found by these tests and reported to the lead (report of issue 9); see
// fr_law_test.cpp. Remove a line once its violation is fixed.
constexpr std::string_view known_violations[] = {
    // calendar-year cycles: an interview on 1 January counts for the new year, so the
    // previous year's obligation stays overdue instead of met_late.
    "held the day after the due date, not met_late: personeelsgesprek",
    "held the day after the due date, not met_late: inzetbaarheidsgesprek",
    "held the day after the due date, not met_late: periodiek_gesprek",
    "held the day after the due date, not met_late: jaargesprek",
    "held the day after the due date, not met_late: beoordelingsgesprek",
    // long careers overflow the 128 obligations of an evaluation.
    "valid facts gave a diagnostic: capacity_exceeded",
    // a later as-of drops obligations decided before the earlier one.
    "decided, then gone at a later as-of: functioneringsgesprek",
};

template <class P>
void run_invariants(const P& policy, std::string_view name) {
    std::vector<invariants::facts> sample;
    const auto r = invariants::check_population(
        policy, dutch, invariants::employees_per_set(5000), &sample, known_violations);
    INFO("nl:" << name);
    if (!r.known.empty()) WARN("known violations (reported, not yet fixed):\n" << r.known);
    if (!r.failed.empty()) FAIL(r.failed);
    REQUIRE(invariants::check_batch(policy, sample, 2026_y / nov / 23).empty());
}

}  // namespace

TEST_CASE("every Dutch policy holds the invariants") {
    for (const nl::policy* p : nl::policies) {
        DYNAMIC_SECTION("nl:" << p->name) { run_invariants(*p, p->name); }
    }
}

TEST_CASE("nl company_cao holds the invariants") { run_invariants(nl::company_cao{}, "company_cao"); }
