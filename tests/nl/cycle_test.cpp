// Tests of careertalk/nl/cycle.hpp: the gesprekkencyclus presets
// (docs/nl/cao.md#conversation-cycle; worked example E19).
#include <careertalk/evaluate.hpp>
#include <careertalk/nl/cycle.hpp>

#include "catch.hpp"
#include "nl_support.hpp"

using namespace date::literals;
namespace ct = careertalk;
namespace nl = careertalk::nl;
using ok = ct::obligation_kind;

static_assert(nl::cycle_calendar.ok());
static_assert(nl::cycle_rolling.ok());

namespace {
const ct::interview e19_held[] = {{ok::planningsgesprek, 2026_y / jan / 20}};

const ct::obligation* in_year(const ct::evaluation& ev, ok kind, int year, std::size_t n = 0) {
    for (const auto& o : ev.obligations)
        if (o.kind == kind && static_cast<int>(o.due_date.year()) == year && n-- == 0) return &o;
    return nullptr;
}
}  // namespace

TEST_CASE("E19: calendar-year cycle, performance talks 4 and 8 months after planning") {
    // Worked example E19; practice: performance talks about 4 and 8 months after planning
    const ct::employee e{.id = "E19", .hire_date = 2019_y / mar / 1,
                         .contract_end = 2030_y / jun / 30, .interviews = e19_held};
    const auto ev = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2026_y / feb / 1);
    REQUIRE(ev.ok());
    const auto* planning = in_year(ev, ok::planningsgesprek, 2026);
    REQUIRE(planning);
    CHECK(planning->window_start == 2026_y / jan / 1);
    CHECK(planning->due_date == 2026_y / feb / 28);
    CHECK(planning->state == ct::status::met);
    const auto* f1 = in_year(ev, ok::functioneringsgesprek, 2026, 0);
    const auto* f2 = in_year(ev, ok::functioneringsgesprek, 2026, 1);
    REQUIRE(f1);
    REQUIRE(f2);
    CHECK(f1->due_date == 2026_y / may / 20);
    CHECK(f2->due_date == 2026_y / sep / 20);
    const auto* appraisal = in_year(ev, ok::beoordelingsgesprek, 2026);
    REQUIRE(appraisal);
    CHECK(appraisal->window_start == 2026_y / dec / 1);
    CHECK(appraisal->due_date == 2026_y / dec / 31);
    // Reports kept until 2 years after the employment ends (AVG practice: rendement.nl, vnpf.nl;
    // docs/nl/cao.md#conversation-cycle).
    bool kept = false;
    for (const auto& f : ev.findings)
        kept = kept || (f.about == ok::verslag && f.date == 2032_y / jun / 30);
    CHECK(kept);
}

TEST_CASE("calendar-year cycle: the planning window ends on 29 February in a leap year") {
    const ct::employee e{.id = "L", .hire_date = 2019_y / mar / 1};
    const auto ev = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2028_y / jan / 10);
    const auto* planning = in_year(ev, ok::planningsgesprek, 2028);
    REQUIRE(planning);
    CHECK(planning->due_date == 2028_y / feb / 29);
    CHECK(planning->state == ct::status::due_soon);
    // Not held yet: the performance talks count from its due date.
    CHECK(in_year(ev, ok::functioneringsgesprek, 2028)->due_date == 2028_y / jun / 29);
}

TEST_CASE("signed records: akkoord or gezien, with a written reaction") {
    // Practice: smartadvocaten.nl; arag.nl; unie.nl
    const ct::interview held[] = {{ok::planningsgesprek, 2026_y / jan / 20},
                                  {ok::functioneringsgesprek, 2026_y / may / 12}};
    const ct::employee e{.id = "S", .hire_date = 2019_y / mar / 1, .interviews = held};
    const auto ev = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2026_y / jun / 1);
    const auto* f1 = in_year(ev, ok::functioneringsgesprek, 2026, 0);
    REQUIRE(f1);
    CHECK(f1->state == ct::status::met);
    CHECK(nl::cycle_record_rule.sign == nl::signing::akkoord_of_gezien);
    CHECK(nl::cycle_record.title.nl.find("voor gezien") != std::string_view::npos);
}

TEST_CASE("rolling cycle: planning within 2 months of hire, then 12 months of the last one") {
    // Practice: the cycle starts with a planning talk (tentoo; schavenaanjouwtoekomst.nl); the
    // 2 months are the library's (cycle_first_planning)
    const ct::interview held[] = {{ok::planningsgesprek, 2024_y / mar / 15}};
    const ct::employee e{.id = "R", .hire_date = 2024_y / feb / 29, .interviews = held};
    const auto ev = ct::evaluate(nl::cycle_rolling, e, ct::company{}, 2024_y / apr / 1);
    REQUIRE(ev.ok());
    const auto* first = nl_test::nth(ev, ok::planningsgesprek, 0);
    CHECK(first->trigger == ct::trigger_kind::hire);
    CHECK(first->due_date == 2024_y / apr / 29);  // 29 Feb + 2 months
    CHECK(first->deadline_rule == &nl::cycle_first_planning);
    CHECK(first->state == ct::status::met);
    const auto* next = nl_test::nth(ev, ok::planningsgesprek, 1);
    CHECK(next->due_date == 2025_y / mar / 15);
    CHECK_FALSE(next->deadline_rule);  // 12 months: the practice's own rhythm
    CHECK(nl_test::nth(ev, ok::beoordelingsgesprek, 0)->due_date == 2025_y / mar / 15);
    CHECK(nl_test::nth(ev, ok::functioneringsgesprek, 0)->due_date == 2024_y / jul / 15);
}

// Invariant "decided, then gone at a later as-of" (issue 9), minimal facts of seed 20252385:
// a planning talk held late must not move the performance talks already due.
TEST_CASE("calendar-year cycle: a late planning talk does not move performance talks due") {
    const ct::interview held[] = {{ok::planningsgesprek, 2029_y / oct / 30}};
    const ct::employee e{.id = "X", .hire_date = 2026_y / jan / 2,
                         .contract = ct::contract_kind::bepaalde_tijd, .interviews = held};
    for (const auto as_of : {2029_y / sep / 25, 2033_y / mar / 29}) {
        const auto ev = ct::evaluate(nl::cycle_calendar, e, ct::company{}, as_of);
        REQUIRE(ev.ok());
        const auto* f1 = in_year(ev, ok::functioneringsgesprek, 2029, 0);
        REQUIRE(f1);
        CHECK(f1->trigger_date == 2029_y / feb / 28);  // the planning talk's due date
        CHECK(f1->due_date == 2029_y / jun / 28);
        CHECK(f1->state == ct::status::overdue);
        CHECK(in_year(ev, ok::functioneringsgesprek, 2029, 1)->due_date == 2029_y / oct / 28);
    }
    const auto later = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2033_y / mar / 29);
    CHECK(in_year(later, ok::planningsgesprek, 2029)->state == ct::status::met_late);
}

TEST_CASE("calendar-year cycle: planning talk held on, before or after its due date") {
    // Performance talks count from the planning talk held by its due date (cycle_functionering).
    const auto first_due = [](ct::year_month_day planning) {
        const ct::interview held[] = {{ok::planningsgesprek, planning}};
        const ct::employee e{.id = "P", .hire_date = 2019_y / mar / 1, .interviews = held};
        const auto ev = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2028_y / dec / 1);
        return in_year(ev, ok::functioneringsgesprek, 2028)->due_date;
    };
    CHECK(first_due(2028_y / feb / 28) == 2028_y / jun / 28);
    CHECK(first_due(2028_y / feb / 29) == 2028_y / jun / 29);  // on the due date (leap year)
    CHECK(first_due(2028_y / mar / 1) == 2028_y / jun / 29);   // late: from the due date
}

// Minimal facts of seed 20251177 (nl:cycle-rolling), with the late talk brought nearer.
TEST_CASE("rolling cycle: a late planning talk does not move the talks counted from it") {
    const ct::interview held[] = {{ok::planningsgesprek, 2026_y / mar / 1}};
    const ct::employee e{.id = "Y", .hire_date = 2025_y / jan / 1,
                         .contract = ct::contract_kind::oproep, .interviews = held};
    for (const auto as_of : {2025_y / apr / 1, 2026_y / feb / 1, 2027_y / jun / 1}) {
        const auto ev = ct::evaluate(nl::cycle_rolling, e, ct::company{}, as_of);
        REQUIRE(ev.ok());
        const auto* f1 = nl_test::nth(ev, ok::functioneringsgesprek, 0);
        REQUIRE(f1);
        CHECK(f1->trigger_date == 2025_y / mar / 1);  // the first planning talk's due date
        CHECK(f1->due_date == 2025_y / jul / 1);
        CHECK(nl_test::nth(ev, ok::beoordelingsgesprek, 0)->due_date == 2026_y / mar / 1);
    }
    const auto later = ct::evaluate(nl::cycle_rolling, e, ct::company{}, 2027_y / jun / 1);
    CHECK(nl_test::nth(later, ok::planningsgesprek, 0)->state == ct::status::met_late);
    // The next cycle runs from the talk held.
    CHECK(nl_test::nth(later, ok::planningsgesprek, 1)->due_date == 2027_y / mar / 1);
    CHECK(nl_test::nth(later, ok::functioneringsgesprek, 2)->due_date == 2027_y / jul / 1);
}

// Issue 9: the longest generated careers (43 years of a four-conversation cycle, about 190
// obligations with Poortwachter) fit an evaluation; a longer one says so, never silently.
TEST_CASE("calendar-year cycle: a 43-year career fits, a longer one is a capacity diagnostic") {
    const ct::employee e{.id = "L", .hire_date = 2020_y / jan / 1};
    const auto ev = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2062_y / dec / 31);
    REQUIRE(ev.ok());
    CHECK(ev.obligations.size() == 43 * 4);  // planning, two performance talks, appraisal
    const auto far = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2099_y / dec / 31);
    REQUIRE_FALSE(far.ok());
    CHECK(far.diagnostics[0].code == ct::diagnostic_code::capacity_exceeded);
    CHECK(far.obligations.size() == ct::max_obligations);
}

namespace {
// The calendar cycle for an employee hired on `hire`, seen at the end of the hire year.
ct::evaluation hired(ct::year_month_day hire) {
    const ct::employee e{.id = "H", .hire_date = hire};
    auto ev = ct::evaluate(nl::cycle_calendar, e, ct::company{},
                           hire.year() / date::December / 31);
    REQUIRE(ev.ok());
    return ev;
}
}  // namespace

TEST_CASE("calendar cycle: the first planning talk is planned in the hire year") {
    // Practice: the cycle starts with a planning talk (tentoo; schavenaanjouwtoekomst.nl); a
    // hire after February gets one 2 months after hire, in the hire year (cycle_first_planning)
    const auto in_may = hired(2025_y / may / 15);
    const auto* planning = in_year(in_may, ok::planningsgesprek, 2025);
    REQUIRE(planning);
    CHECK(planning->window_start == 2025_y / may / 15);
    CHECK(planning->due_date == 2025_y / jul / 15);
    CHECK(planning->deadline_rule == &nl::cycle_first_planning);
    CHECK(ct::due_basis(*planning) == ct::basis::library_default);
    // Hired on 31 October: 2 months would pass the year's end; the hire year's 31 December.
    CHECK(in_year(hired(2025_y / oct / 31), ok::planningsgesprek, 2025)->due_date ==
          2025_y / dec / 31);
    // Hired in January: the February window stands, unless 2 months end later.
    CHECK(in_year(hired(2025_y / jan / 1), ok::planningsgesprek, 2025)->due_date ==
          2025_y / feb / 28);
    CHECK_FALSE(in_year(hired(2025_y / jan / 1), ok::planningsgesprek, 2025)->deadline_rule);
    CHECK(in_year(hired(2024_y / jan / 2), ok::planningsgesprek, 2024)->due_date ==
          2024_y / mar / 2);
    // The practice's own dates stay common practice.
    CHECK(ct::basis_of(nl::cycle_planning.basis) == ct::basis::common_practice);
    CHECK(ct::basis_of(nl::cycle_first_planning.basis) == ct::basis::library_default);
}

TEST_CASE("calendar cycle: no appraisal in a year without a performance talk before December") {
    // Practice: the beoordelingsgesprek closes a cycle of planning and performance talks
    // (arag.nl; unie.nl); it is owed only after a performance talk fell due that year.
    const auto in_may = hired(2025_y / may / 15);  // planning 15 Jul, performance 15 Nov
    CHECK(in_year(in_may, ok::functioneringsgesprek, 2025)->due_date == 2025_y / nov / 15);
    CHECK(in_year(in_may, ok::beoordelingsgesprek, 2025));
    // Hired 31 May: planning 31 July, performance 30 November, the day before December.
    const auto may31 = hired(2025_y / may / 31);
    REQUIRE(in_year(may31, ok::functioneringsgesprek, 2025));
    CHECK(in_year(may31, ok::functioneringsgesprek, 2025)->due_date == 2025_y / nov / 30);
    CHECK(in_year(may31, ok::beoordelingsgesprek, 2025));
    // Hired 1 June: planning 1 August, performance 1 December: no appraisal that year.
    const auto jun1 = hired(2025_y / jun / 1);
    REQUIRE(in_year(jun1, ok::functioneringsgesprek, 2025));
    CHECK(in_year(jun1, ok::functioneringsgesprek, 2025)->due_date == 2025_y / dec / 1);
    CHECK_FALSE(in_year(jun1, ok::beoordelingsgesprek, 2025));
    const auto in_oct = hired(2025_y / oct / 31);
    CHECK_FALSE(in_year(in_oct, ok::beoordelingsgesprek, 2025));
    // The next year has its full cycle.
    const ct::employee e{.id = "H", .hire_date = 2025_y / oct / 31};
    const auto next = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2026_y / dec / 31);
    CHECK(in_year(next, ok::beoordelingsgesprek, 2026));
}

TEST_CASE("a late first planning talk is an advisory, a late practice date overdue") {
    // The first planning date is the library's (advisory when late); February's end is the
    // practice's (overdue when late).
    const ct::employee e{.id = "H", .hire_date = 2025_y / may / 15};
    const auto ev = ct::evaluate(nl::cycle_calendar, e, ct::company{}, 2026_y / mar / 1);
    CHECK(in_year(ev, ok::planningsgesprek, 2025)->state == ct::status::advisory);
    CHECK(in_year(ev, ok::planningsgesprek, 2026)->state == ct::status::overdue);
}
