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
// Dated edges: the 2020 Besluit, the CAO terms (docs/nl/cao.md) around 2021-2026.
constexpr year_month_day landmarks[] = {2020_y / jan / 1, 2022_y / jan / 1, 2024_y / jan / 1,
                                        2024_y / jul / 1, 2025_y / jan / 1, 2026_y / jan / 1,
                                        2026_y / jul / 1};
const invariants::profile dutch{contracts, absences, interviews, landmarks, {}, nl::policy_names};

// Period-based: a calendar-year rhythm whose window is the whole year. "Once per calendar
// year" (yearly_as_calendar_year): an interview on 1 January is the new year's, so one held
// the day after 31 December leaves last year's overdue and meets the new year's; one held the
// day after the employment ended counts for none. The last year of a CAO's term has no next
// year under that CAO: it is not period-based.
bool calendar_year_period(const obligation& o) {
    if (o.trigger != trigger_kind::periodic ||
        !o.rule->in_force.contains(add_days(o.due_date, 1)) ||
        std::none_of(o.why.begin(), o.why.end(), [](const rule_ref* r) {
            return r->id == nl::yearly_as_calendar_year.id;
        }))
        return false;
    for (const nl::conversation_policy* p : nl::policies)
        for (const nl::conversation& c : p->conversations)
            if (c.rule->id == o.rule->id && c.every == nl::rhythm::yearly)
                return c.first_month == 1 && c.last_month == 12;
    return false;
}

template <class P>
void run_invariants(const P& policy, std::string_view name) {
    std::vector<invariants::facts> sample;
    const auto r = invariants::check_population(
        policy, dutch, invariants::employees_per_set(5000), &sample, calendar_year_period);
    INFO("nl:" << name);
    if (!r.empty()) FAIL(r);
    REQUIRE(invariants::check_batch(policy, sample, 2026_y / nov / 23).empty());
}

}  // namespace

TEST_CASE("every Dutch policy holds the invariants") {
    for (const nl::conversation_policy* p : nl::policies) {
        DYNAMIC_SECTION("nl:" << p->name) { run_invariants(*p, p->name); }
    }
}

TEST_CASE("nl company_cao holds the invariants") { run_invariants(nl::company_cao{}, "company_cao"); }
