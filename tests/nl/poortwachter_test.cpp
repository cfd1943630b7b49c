// Tests of careertalk/nl/poortwachter.hpp: the Wet verbetering poortwachter timeline
// (nl-rules.md §2.9; week counting §0: day 1 of week 1 is the first sick day).
#include <careertalk/evaluate.hpp>
#include <careertalk/nl/policy.hpp>

#include "catch.hpp"
#include "nl_support.hpp"

using namespace date::literals;
namespace ct = careertalk;
namespace nl = careertalk::nl;
using ok = ct::obligation_kind;

// nl-rules.md §0: week n covers start + 7(n-1) ... start + 7n - 1.
static_assert(nl::end_of_week(2025_y / jan / 6, 1) == 2025_y / jan / 12);
static_assert(nl::end_of_week(2025_y / jan / 6, 6) == 2025_y / feb / 16);
static_assert(nl::after_week(2025_y / jan / 6, 42) == 2025_y / oct / 27);
static_assert(nl::working_day_on_or_after(2025_y / oct / 25) == 2025_y / oct / 27);  // Saturday
static_assert(nl::working_day_on_or_after(2025_y / oct / 26) == 2025_y / oct / 27);  // Sunday
static_assert(nl::working_day_on_or_after(2025_y / oct / 27) == 2025_y / oct / 27);

namespace {

ct::evaluation sick(ct::year_month_day start, std::optional<ct::year_month_day> last_day,
                    ct::year_month_day as_of, std::span<const ct::interview> held = {}) {
    const ct::absence spell[] = {{ct::absence_kind::ziekte, start, last_day}};
    const ct::employee e{.id = "P", .hire_date = 2020_y / jan / 6, .absences = spell,
                         .interviews = held};
    auto ev = ct::evaluate(nl::wet, e, ct::company{}, as_of);
    REQUIRE(ev.ok());
    return ev;
}

}  // namespace

TEST_CASE("the statutory timeline of a long sickness") {
    // nl-rules.md §2.9: Regeling procesgang art. 2; UWV; BW 7:629
    const ct::interview held[] = {{ok::probleemanalyse, 2025_y / feb / 10},
                                  {ok::plan_van_aanpak, 2025_y / mar / 3}};
    const auto ev = sick(2025_y / jan / 6, std::nullopt, 2025_y / mar / 20, held);
    const auto* pa = nl_test::nth(ev, ok::probleemanalyse);
    REQUIRE(pa);
    CHECK(pa->due_date == 2025_y / feb / 16);
    CHECK(pa->state == ct::status::met);
    CHECK(pa->trigger == ct::trigger_kind::sickness);
    CHECK(pa->why[1] == &nl::week_counting);
    const auto* pva = nl_test::nth(ev, ok::plan_van_aanpak);
    CHECK(pva->due_date == 2025_y / mar / 2);
    CHECK(pva->state == ct::status::met_late);  // the day after the end of week 8
    // Evaluations every 6 weeks from the action plan's deadline (practice ◐).
    CHECK(nl_test::nth(ev, ok::evaluatie_plan_van_aanpak)->due_date == 2025_y / apr / 13);
    const auto* report = nl_test::nth(ev, ok::melding_42e_week);
    CHECK(report->window_start == 2025_y / oct / 20);
    CHECK(report->due_date == 2025_y / oct / 27);
    const auto* eje = nl_test::nth(ev, ok::eerstejaarsevaluatie);
    CHECK(eje->window_start == 2025_y / nov / 17);
    CHECK(eje->due_date == 2026_y / jan / 4);
    const auto* wia = nl_test::nth(ev, ok::wia_aanvraag);
    CHECK(wia->window_start == 2026_y / sep / 14);
    CHECK(wia->due_date == 2026_y / oct / 18);
    const auto* end = nl_test::finding_of(ev, ct::finding_kind::advisory,
                                          ok::einde_loondoorbetaling);
    REQUIRE(end);
    CHECK(end->date == 2027_y / jan / 4);
    CHECK(end->review.last_day() == 2027_y / jan / 3);
}

TEST_CASE("evaluations follow the last one held") {
    const ct::interview held[] = {{ok::plan_van_aanpak, 2025_y / feb / 20},
                                  {ok::evaluatie_plan_van_aanpak, 2025_y / apr / 1},
                                  {ok::evaluatie_plan_van_aanpak, 2025_y / may / 20}};
    const auto ev = sick(2025_y / jan / 6, std::nullopt, 2025_y / jun / 1, held);
    CHECK(nl_test::count(ev, ok::evaluatie_plan_van_aanpak) == 3);
    CHECK(nl_test::nth(ev, ok::evaluatie_plan_van_aanpak, 0)->due_date == 2025_y / apr / 13);
    CHECK(nl_test::nth(ev, ok::evaluatie_plan_van_aanpak, 0)->state == ct::status::met);
    CHECK(nl_test::nth(ev, ok::evaluatie_plan_van_aanpak, 1)->due_date == 2025_y / may / 13);
    CHECK(nl_test::nth(ev, ok::evaluatie_plan_van_aanpak, 1)->state == ct::status::met_late);
    CHECK(nl_test::nth(ev, ok::evaluatie_plan_van_aanpak, 2)->due_date == 2025_y / jul / 1);
}

TEST_CASE("a sickness starting on a Saturday: the 42nd-week report moves to Monday") {
    // UWV: "uiterlijk de eerste werkdag na de 42e ziekteweek"
    const auto ev = sick(2025_y / jan / 4, std::nullopt, 2025_y / feb / 1);
    CHECK(nl_test::nth(ev, ok::melding_42e_week)->due_date == 2025_y / oct / 27);
}

TEST_CASE("E17: early recovery, no Poortwachter step is owed") {
    // nl-rules.md §7 E17: sick 2025-01-06, back at work 2025-02-03
    const auto ev = sick(2025_y / jan / 6, 2025_y / feb / 2, 2025_y / mar / 1);
    CHECK(ev.obligations.size() == 0);
    CHECK(nl_test::finding_of(ev, ct::finding_kind::advisory, ok::einde_loondoorbetaling) ==
          nullptr);
}

TEST_CASE("a recovery not yet happened on the as-of date does not stop the timeline") {
    const auto ev = sick(2025_y / jan / 6, 2025_y / feb / 2, 2025_y / jan / 20);
    REQUIRE(nl_test::nth(ev, ok::probleemanalyse));
    CHECK(nl_test::nth(ev, ok::probleemanalyse)->state == ct::status::due_soon);
}

TEST_CASE("the problem analysis is owed when still sick on the last day of week 6") {
    const auto on_day = sick(2025_y / jan / 6, 2025_y / feb / 16, 2025_y / mar / 20);
    CHECK(nl_test::count(on_day, ok::probleemanalyse) == 1);
    CHECK(nl_test::count(on_day, ok::plan_van_aanpak) == 0);
    const auto day_before = sick(2025_y / jan / 6, 2025_y / feb / 15, 2025_y / mar / 20);
    CHECK(nl_test::count(day_before, ok::probleemanalyse) == 0);
}

TEST_CASE("the 42nd-week report is owed after 42 full weeks of sickness") {
    const auto through = sick(2025_y / jan / 6, 2025_y / oct / 26, 2025_y / dec / 1);
    CHECK(nl_test::count(through, ok::melding_42e_week) == 1);
    CHECK(nl_test::count(through, ok::eerstejaarsevaluatie) == 0);
    const auto short_of = sick(2025_y / jan / 6, 2025_y / oct / 25, 2025_y / dec / 1);
    CHECK(nl_test::count(short_of, ok::melding_42e_week) == 0);
}

TEST_CASE("other absences do not start the timeline") {
    const ct::absence leave[] = {{ct::absence_kind::conge_sans_solde, 2025_y / jan / 6, std::nullopt}};
    const ct::employee e{.id = "A", .hire_date = 2020_y / jan / 6, .absences = leave};
    CHECK(ct::evaluate(nl::wet, e, ct::company{}, 2025_y / jun / 1).obligations.size() == 0);
}
