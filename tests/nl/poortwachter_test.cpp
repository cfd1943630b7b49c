// Tests of careertalk/nl/poortwachter.hpp and nl/sickness.hpp: the Wet verbetering poortwachter
// timeline (docs/nl/poortwachter.md; week counting: day 1 of week 1 is the first sick day).
#include <careertalk/evaluate.hpp>
#include <careertalk/nl/policy.hpp>

#include <vector>

#include "catch.hpp"
#include "nl_support.hpp"

using namespace date::literals;
namespace ct = careertalk;
namespace nl = careertalk::nl;
using ok = ct::obligation_kind;
using fk = ct::finding_kind;
using ct::absence_kind::ziekte;

// BW 7:629 lid 10, "onderbreking van minder dan vier weken": back at work from the day after
// the last sick day to the day before the relapse. 27 days add up, 28 do not.
static_assert(nl::adds_up(2025_y / feb / 2, 2025_y / mar / 2));      // back Feb 3 - Mar 1: 27 days
static_assert(!nl::adds_up(2025_y / feb / 2, 2025_y / mar / 3));     // back Feb 3 - Mar 2: 28 days
static_assert(nl::adds_up(2024_y / feb / 1, 2024_y / feb / 29));     // leap year: 27 days
static_assert(!nl::adds_up(2024_y / feb / 1, 2024_y / mar / 1));     // leap year: 28 days
static_assert(nl::adds_up(2025_y / feb / 2, 2025_y / feb / 3));      // no interruption
static_assert(!nl::adds_up(2025_y / feb / 2, 2025_y / feb / 2));     // not a relapse
static_assert(nl::working_day_on_or_after(2025_y / oct / 25) == 2025_y / oct / 27);  // Saturday
static_assert(nl::working_day_on_or_after(2025_y / oct / 26) == 2025_y / oct / 27);  // Sunday
static_assert(nl::working_day_on_or_after(2025_y / oct / 27) == 2025_y / oct / 27);
static_assert(nl::working_day_on_or_before(2025_y / jun / 29) == 2025_y / jun / 27);  // Sunday
static_assert(nl::working_day_on_or_before(2025_y / jun / 28) == 2025_y / jun / 27);  // Saturday
static_assert(nl::working_day_on_or_before(2025_y / jun / 27) == 2025_y / jun / 27);

namespace {

// Sick-day counting over two spells, in constant evaluation: the week ends on sick day 7n.
constexpr ct::absence two_spells[] = {{ziekte, 2025_y / mar / 2, std::nullopt},
                                      {ziekte, 2025_y / jan / 6, 2025_y / feb / 2}};  // any order
constexpr ct::employee relapsed{.id = "R", .hire_date = 2020_y / jan / 6, .absences = two_spells};

// f of the first sickness of `e` on `as_of`, and how many sicknesses there are.
template <class F>
constexpr auto first_sickness(const ct::employee& e, ct::year_month_day as_of, F f) {
    std::optional<decltype(f(std::declval<const nl::sickness&>()))> r;
    int n = 0;
    nl::for_each_sickness(e, as_of, [&](const nl::sickness& s) {
        if (n++ == 0) r = f(s);
    });
    return std::pair{*r, n};
}
constexpr ct::year_month_day dec1 = 2025_y / dec / 1;
static_assert(first_sickness(relapsed, dec1, [](auto& s) { return s.end_of_week(1); }) ==
              std::pair{std::optional{2025_y / jan / 12}, 1});
static_assert(*first_sickness(relapsed, dec1, [](auto& s) { return s.end_of_week(4); }).first ==
              2025_y / feb / 2);
// The days back at work do not count: sick day 29 is the relapse's first day.
static_assert(*first_sickness(relapsed, dec1, [](auto& s) { return s.sick_day(29); }).first ==
              2025_y / mar / 2);
static_assert(*first_sickness(relapsed, dec1, [](auto& s) { return s.end_of_week(6); }).first ==
              2025_y / mar / 15);
static_assert(!first_sickness(relapsed, dec1, [](auto& s) { return s.sick_on(2025_y / feb / 10); })
                   .first);
static_assert(!first_sickness(relapsed, dec1, [](auto& s) { return s.last_day(); }).first);
// Seen on 2025-02-20 the relapse is unknown: the sickness ended on 2025-02-02 after 28 days.
constexpr ct::year_month_day feb20 = 2025_y / feb / 20;
static_assert(!first_sickness(relapsed, feb20, [](auto& s) { return s.sick_day(29); }).first);
static_assert(first_sickness(relapsed, feb20, [](auto& s) { return s.counted_day(29); }).first ==
              2025_y / feb / 3);
// Three weeks more between the spells: two sicknesses.
constexpr ct::absence apart[] = {{ziekte, 2025_y / jan / 6, 2025_y / feb / 2},
                                 {ziekte, 2025_y / mar / 3, std::nullopt}};
constexpr ct::employee twice{.id = "T", .hire_date = 2020_y / jan / 6, .absences = apart};
static_assert(first_sickness(twice, dec1, [](auto& s) { return s.next_first_day(); }) ==
              std::pair{std::optional{2025_y / mar / 3}, 2});

ct::evaluation run(std::span<const ct::absence> spells, ct::year_month_day as_of,
                   std::span<const ct::interview> held = {},
                   std::optional<ct::year_month_day> contract_end = std::nullopt,
                   ct::contract_kind contract = ct::contract_kind::onbepaalde_tijd) {
    const ct::employee e{.id = "P", .hire_date = 2000_y / jan / 3, .contract = contract,
                         .contract_end = contract_end, .absences = spells, .interviews = held};
    auto ev = ct::evaluate(nl::wet, e, ct::company{}, as_of);
    REQUIRE(ev.ok());
    return ev;
}

ct::evaluation sick(ct::year_month_day start, std::optional<ct::year_month_day> last_day,
                    ct::year_month_day as_of, std::span<const ct::interview> held = {}) {
    const ct::absence spell[] = {{ziekte, start, last_day}};
    return run(spell, as_of, held);
}

}  // namespace

TEST_CASE("the statutory timeline of a long sickness") {
    // Regeling procesgang art. 2 lid 2 (week 6), art. 4 (week 8); ZW art. 38 (first working
    // day after week 42); Regeling art. 4 lid 2 sub b; WIA art. 64 lid 3 (week 93); BW 7:629.
    const auto ev = sick(2025_y / jan / 6, std::nullopt, 2025_y / mar / 20);
    const auto* report = nl_test::nth(ev, ok::ziekmelding_arbodienst);
    REQUIRE(report);
    CHECK(report->due_date == 2025_y / jan / 12);
    CHECK(report->deadline_rule == &nl::ziekmelding_week1);
    CHECK(report->state == ct::status::advisory);  // a library date is never overdue
    const auto* pa = nl_test::nth(ev, ok::probleemanalyse);
    REQUIRE(pa);
    CHECK(pa->due_date == 2025_y / feb / 16);
    CHECK(pa->state == ct::status::overdue);
    CHECK(pa->trigger == ct::trigger_kind::sickness);
    CHECK(pa->why[1] == &nl::week_counting);
    CHECK(nl_test::nth(ev, ok::plan_van_aanpak)->due_date == 2025_y / mar / 2);
    CHECK(nl_test::nth(ev, ok::evaluatie_plan_van_aanpak)->due_date == 2025_y / apr / 13);
    const auto* uwv = nl_test::nth(ev, ok::melding_42e_week);
    CHECK(uwv->rule == &nl::melding_42e_week_rule);
    CHECK(uwv->window_start == 2025_y / oct / 20);
    CHECK(uwv->due_date == 2025_y / oct / 27);
    CHECK(nl_test::count(ev, ok::melding_13e_week) == 0);
    const auto* eje = nl_test::nth(ev, ok::eerstejaarsevaluatie);
    CHECK(eje->window_start == 2025_y / nov / 17);
    CHECK(eje->due_date == 2026_y / jan / 4);
    const auto* wia = nl_test::nth(ev, ok::wia_aanvraag);
    CHECK(wia->rule == &nl::wia_aanvraag_rule);
    CHECK(wia->window_start == 2026_y / sep / 14);
    CHECK(wia->due_date == 2026_y / oct / 18);
    const auto* verslag = nl_test::nth(ev, ok::re_integratieverslag);
    REQUIRE(verslag);
    CHECK(verslag->due_date == wia->due_date);
    const auto* end = nl_test::finding_of(ev, fk::advisory, ok::einde_loondoorbetaling);
    REQUIRE(end);
    CHECK(end->rule == &nl::loondoorbetaling_rule);
    CHECK(end->date == 2027_y / jan / 4);
    CHECK(end->review.last_day() == 2027_y / jan / 3);
    CHECK(nl_test::count(ev, ok::ziekmelding_einde_dienstverband) == 0);
}

// A work accident or occupational disease (French kinds) is sickness under the Dutch rules:
// Poortwachter counts incapacity whatever its cause (BW 7:629 lid 1).
static_assert(nl::is_sickness(ziekte) && nl::is_sickness(ct::absence_kind::accident_travail) &&
              nl::is_sickness(ct::absence_kind::maladie_professionnelle) &&
              !nl::is_sickness(ct::absence_kind::arret_maladie));
constexpr ct::absence accident[] = {{ct::absence_kind::accident_travail, 2025_y / jan / 6,
                                     2025_y / feb / 2}};
static_assert(first_sickness(ct::employee{.id = "A", .hire_date = 2020_y / jan / 6,
                                          .absences = accident},
                             dec1, [](auto& s) { return s.end_of_week(4); }) ==
              std::pair{std::optional{2025_y / feb / 2}, 1});

TEST_CASE("entitlements and advisories along the timeline") {
    const auto ev = sick(2025_y / jan / 6, std::nullopt, 2025_y / mar / 20);
    // Wet SUWI art. 32: a deskundigenoordeel may be asked during the wage-payment period.
    const auto* expert = nl_test::finding_of(ev, fk::entitlement, ok::deskundigenoordeel);
    REQUIRE(expert);
    CHECK(expert->review.begin == 2025_y / jan / 6);
    CHECK(expert->review.end == 2027_y / jan / 4);
    // UWV particulieren (vervroegd WIA aanvragen): after at least 3 weeks, before 68 weeks.
    const auto* iva = nl_test::finding_of(ev, fk::entitlement, ok::vervroegde_iva);
    REQUIRE(iva);
    CHECK(iva->review.begin == 2025_y / jan / 27);
    CHECK(iva->review.last_day() == 2026_y / apr / 26);
    // BW 7:658a: the second track follows the first-year evaluation.
    const auto* spoor = nl_test::finding_of(ev, fk::advisory, ok::tweede_spoor);
    REQUIRE(spoor);
    CHECK(spoor->date == 2026_y / jan / 4);
    const ct::interview evaluated[] = {{ok::eerstejaarsevaluatie, 2025_y / dec / 1}};
    const auto held = sick(2025_y / jan / 6, std::nullopt, 2025_y / dec / 10, evaluated);
    CHECK(nl_test::finding_of(held, fk::advisory, ok::tweede_spoor)->date == 2025_y / dec / 1);
}

TEST_CASE("the entitlements are shown while the employee is sick and their period runs") {
    // UWV particulieren: early IVA "na minimaal 3 weken" and before 68 weeks of sickness.
    const auto week3 = sick(2025_y / jan / 6, std::nullopt, 2025_y / jan / 20);  // kept alive
    const auto* iva = nl_test::finding_of(week3, fk::entitlement, ok::vervroegde_iva);
    REQUIRE(iva);
    CHECK(iva->review.begin == 2025_y / jan / 27);
    // On the last day of week 68 still shown, the day after not.
    CHECK(nl_test::finding_of(sick(2025_y / jan / 6, std::nullopt, 2026_y / apr / 26),
                              fk::entitlement, ok::vervroegde_iva));
    CHECK_FALSE(nl_test::finding_of(sick(2025_y / jan / 6, std::nullopt, 2026_y / apr / 27),
                                    fk::entitlement, ok::vervroegde_iva));
    // Recovered: nothing left to claim or advise.
    const auto over = sick(2025_y / jan / 6, 2025_y / jun / 1, 2025_y / jul / 1);
    CHECK_FALSE(nl_test::finding_of(over, fk::entitlement, ok::vervroegde_iva));
    CHECK_FALSE(nl_test::finding_of(over, fk::entitlement, ok::deskundigenoordeel));
    CHECK(nl_test::count(over, ok::probleemanalyse) == 1);  // the steps stay
}

TEST_CASE("an early problem analysis brings the action plan forward") {
    // Regeling procesgang art. 4 lid 1: within two weeks of the problem analysis; at the
    // latest at the end of week 8 (2025-03-02).
    auto plan_due = [](ct::year_month_day analysis) {
        const ct::interview held[] = {{ok::probleemanalyse, analysis}};
        return nl_test::nth(sick(2025_y / jan / 6, std::nullopt, 2025_y / apr / 1, held),
                            ok::plan_van_aanpak)
            ->due_date;
    };
    CHECK(plan_due(2025_y / jan / 20) == 2025_y / feb / 3);
    CHECK(plan_due(2025_y / feb / 15) == 2025_y / mar / 1);  // the day before week 8 ends
    CHECK(plan_due(2025_y / feb / 16) == 2025_y / mar / 2);  // on the day: the same date
    CHECK(plan_due(2025_y / feb / 17) == 2025_y / mar / 2);  // a late analysis: week 8 holds
    // Evaluations count from the earlier deadline.
    const ct::interview held[] = {{ok::probleemanalyse, 2025_y / feb / 10},
                                  {ok::plan_van_aanpak, 2025_y / mar / 3}};
    const auto ev = sick(2025_y / jan / 6, std::nullopt, 2025_y / mar / 20, held);
    CHECK(nl_test::nth(ev, ok::plan_van_aanpak)->due_date == 2025_y / feb / 24);
    CHECK(nl_test::nth(ev, ok::plan_van_aanpak)->state == ct::status::met_late);
    CHECK(nl_test::nth(ev, ok::evaluatie_plan_van_aanpak)->due_date == 2025_y / apr / 7);
    // Recovered before the two weeks are over: no plan is owed.
    const ct::interview early[] = {{ok::probleemanalyse, 2025_y / jan / 20}};
    CHECK(nl_test::count(sick(2025_y / jan / 6, 2025_y / feb / 2, 2025_y / apr / 1, early),
                         ok::plan_van_aanpak) == 0);
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
    // ZW art. 38 lid 1; UWV: "uiterlijk de eerste werkdag na de 42e ziekteweek"
    const auto ev = sick(2025_y / jan / 4, std::nullopt, 2025_y / feb / 1);
    CHECK(nl_test::nth(ev, ok::melding_42e_week)->due_date == 2025_y / oct / 27);
}

TEST_CASE("E17: early recovery, only the sick report to the arbodienst is owed") {
    // sick 2025-01-06, back at work 2025-02-03
    const auto ev = sick(2025_y / jan / 6, 2025_y / feb / 2, 2025_y / mar / 1);
    CHECK(ev.obligations.size() == 1);
    CHECK(nl_test::count(ev, ok::ziekmelding_arbodienst) == 1);
    CHECK(nl_test::finding_of(ev, fk::advisory, ok::einde_loondoorbetaling) == nullptr);
    CHECK(nl_test::finding_of(ev, fk::entitlement, ok::deskundigenoordeel) == nullptr);
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

TEST_CASE("a relapse less than four weeks after recovery continues the sickness") {
    // BW 7:629 lid 10: sick 2025-01-06 to 2025-02-02 (4 weeks), back at work from 2025-02-03.
    // Relapse on 2025-03-02: 27 days at work, the spells add up: one sick report, one problem
    // analysis (sick day 42 = 2025-03-15), one 42nd-week report (sick day 294 = Sat 2025-11-22,
    // so Monday 2025-11-24), not a second timeline 4 weeks later.
    const ct::absence added[] = {{ziekte, 2025_y / jan / 6, 2025_y / feb / 2},
                                 {ziekte, 2025_y / mar / 2, std::nullopt}};
    const auto ev = run(added, 2025_y / dec / 1);
    CHECK(nl_test::count(ev, ok::ziekmelding_arbodienst) == 1);
    CHECK(nl_test::count(ev, ok::probleemanalyse) == 1);
    CHECK(nl_test::nth(ev, ok::probleemanalyse)->due_date == 2025_y / mar / 15);
    CHECK(nl_test::nth(ev, ok::probleemanalyse)->trigger_date == 2025_y / jan / 6);
    CHECK(nl_test::count(ev, ok::plan_van_aanpak) == 1);
    CHECK(nl_test::nth(ev, ok::plan_van_aanpak)->due_date == 2025_y / mar / 29);
    CHECK(nl_test::count(ev, ok::melding_42e_week) == 1);
    CHECK(nl_test::nth(ev, ok::melding_42e_week)->due_date == 2025_y / nov / 24);
    // A relapse after 28 days back at work (2025-03-03) starts afresh.
    const ct::absence afresh[] = {{ziekte, 2025_y / jan / 6, 2025_y / feb / 2},
                                  {ziekte, 2025_y / mar / 3, std::nullopt}};
    const auto ev2 = run(afresh, 2025_y / dec / 1);
    CHECK(nl_test::count(ev2, ok::ziekmelding_arbodienst) == 2);
    CHECK(nl_test::count(ev2, ok::probleemanalyse) == 1);  // the first spell was 4 weeks
    CHECK(nl_test::nth(ev2, ok::probleemanalyse)->due_date == 2025_y / apr / 13);
    CHECK(nl_test::nth(ev2, ok::melding_42e_week)->due_date == 2025_y / dec / 22);
}

TEST_CASE("rviregister.nl example: the interruption moves the end of the 104 weeks") {
    // "Samenstellen van ziekteperiodes": sick 2022-01-03 to 2022-07-03, not sick 2022-07-04 to
    // 2022-07-24, sick from 2022-07-25: the 104 weeks end on 2024-01-22 instead of 2024-01-01.
    const ct::absence spells[] = {{ziekte, 2022_y / jan / 3, 2022_y / jul / 3},
                                  {ziekte, 2022_y / jul / 25, std::nullopt}};
    const auto ev = run(spells, 2023_y / jun / 1);
    CHECK(nl_test::finding_of(ev, fk::advisory, ok::einde_loondoorbetaling)->date ==
          2024_y / jan / 22);
    CHECK(nl_test::finding_of(sick(2022_y / jan / 3, std::nullopt, 2023_y / jun / 1), fk::advisory,
                              ok::einde_loondoorbetaling)
              ->date == 2024_y / jan / 1);
}

TEST_CASE("a partial return continues the sickness") {
    // Back at work 50 % from 2025-04-01: still sick for the law, the 42nd-week report stays
    // due on 2025-10-27 (the same timeline as one record).
    const ct::absence partial[] = {{ziekte, 2025_y / jan / 6, 2025_y / mar / 31},
                                   {ziekte, 2025_y / apr / 1, std::nullopt, 50}};
    const auto ev = run(partial, 2025_y / nov / 1);
    CHECK(nl_test::count(ev, ok::ziekmelding_arbodienst) == 1);
    CHECK(nl_test::nth(ev, ok::melding_42e_week)->due_date == 2025_y / oct / 27);
    CHECK(nl_test::nth(ev, ok::melding_42e_week)->state == ct::status::overdue);
    // Ending the sickness at the partial return says the employee recovered: no report.
    const ct::absence recovered[] = {{ziekte, 2025_y / jan / 6, 2025_y / mar / 31}};
    CHECK(nl_test::count(run(recovered, 2025_y / nov / 1), ok::melding_42e_week) == 0);
}

TEST_CASE("a contract that ends during sickness ends the employer's timeline") {
    // ZW art. 38 lid 2 (UWV: "meld hem dan ziek bij UWV op zijn laatste werkdag bij u");
    // BW 7:629 lid 1: wages only during the contract.
    const ct::absence spell[] = {{ziekte, 2025_y / jan / 6, std::nullopt}};
    const auto ev = run(spell, 2025_y / mar / 1, {}, 2025_y / jun / 30,
                        ct::contract_kind::bepaalde_tijd);
    const auto* uwv = nl_test::nth(ev, ok::ziekmelding_einde_dienstverband);
    REQUIRE(uwv);
    CHECK(uwv->due_date == 2025_y / jun / 30);  // a Monday
    CHECK(uwv->rule == &nl::ziek_uit_dienst_rule);
    CHECK(nl_test::count(ev, ok::probleemanalyse) == 1);
    CHECK(nl_test::count(ev, ok::melding_42e_week) == 0);
    CHECK(nl_test::count(ev, ok::eerstejaarsevaluatie) == 0);
    CHECK(nl_test::count(ev, ok::wia_aanvraag) == 0);
    CHECK(nl_test::finding_of(ev, fk::advisory, ok::einde_loondoorbetaling) == nullptr);
    for (const auto& o : ev.obligations) CHECK(o.due_date <= 2025_y / jun / 30);
    // The entitlements run to the contract's last day.
    CHECK(nl_test::finding_of(ev, fk::entitlement, ok::deskundigenoordeel)->review.last_day() ==
          2025_y / jun / 30);
    CHECK(nl_test::finding_of(ev, fk::entitlement, ok::vervroegde_iva)->review.last_day() ==
          2025_y / jun / 30);
    // Ending on a Sunday: the last working day is the Friday before.
    const auto sunday = run(spell, 2025_y / mar / 1, {}, 2025_y / jun / 29);
    CHECK(nl_test::nth(sunday, ok::ziekmelding_einde_dienstverband)->due_date ==
          2025_y / jun / 27);
    // The 42nd-week report is owed when the contract ends on its due date, not the day before.
    CHECK(nl_test::count(run(spell, 2025_y / mar / 1, {}, 2025_y / oct / 27),
                         ok::melding_42e_week) == 1);
    CHECK(nl_test::count(run(spell, 2025_y / mar / 1, {}, 2025_y / oct / 26),
                         ok::melding_42e_week) == 0);
    // Recovered before the contract ends: no report to UWV.
    const ct::absence over[] = {{ziekte, 2025_y / jan / 6, 2025_y / jun / 29}};
    CHECK(nl_test::count(run(over, 2025_y / aug / 1, {}, 2025_y / jun / 30),
                         ok::ziekmelding_einde_dienstverband) == 0);
    const ct::absence last_day[] = {{ziekte, 2025_y / jan / 6, 2025_y / jun / 30}};
    CHECK(nl_test::count(run(last_day, 2025_y / aug / 1, {}, 2025_y / jun / 30),
                         ok::ziekmelding_einde_dienstverband) == 1);
}

TEST_CASE("the UWV report by the first sick day: 13th week until 2008-07-31, then 42nd") {
    // Stb. 2008, 414/415: the 42nd-week report for sickness from 2008-08-01.
    const auto before = sick(2008_y / jul / 31, std::nullopt, 2008_y / sep / 1);
    CHECK(nl_test::count(before, ok::melding_42e_week) == 0);
    const auto* r13 = nl_test::nth(before, ok::melding_13e_week);
    REQUIRE(r13);
    CHECK(r13->rule == &nl::melding_13e_week_rule);
    CHECK(r13->due_date == 2008_y / oct / 30);  // thirteen weeks and one day
    const auto from = sick(2008_y / aug / 1, std::nullopt, 2008_y / sep / 1);
    CHECK(nl_test::count(from, ok::melding_13e_week) == 0);
    CHECK(nl_test::nth(from, ok::melding_42e_week)->due_date == 2009_y / may / 22);
}

TEST_CASE("the WIA application by the first sick day: week 91 until 2013-06-30, then 93") {
    // WIA art. 64 lid 3; Verzamelwet SZW 2013 (Stb. 2013, 236) from 2013-07-01.
    const auto june = sick(2013_y / jun / 30, std::nullopt, 2014_y / jan / 1);
    const auto* w91 = nl_test::nth(june, ok::wia_aanvraag);
    CHECK(w91->rule == &nl::wia_aanvraag_91);
    CHECK(w91->due_date == 2015_y / mar / 28);
    const auto july = sick(2013_y / jul / 1, std::nullopt, 2014_y / jan / 1);
    const auto* w93 = nl_test::nth(july, ok::wia_aanvraag);
    CHECK(w93->rule == &nl::wia_aanvraag_rule);
    CHECK(w93->due_date == 2015_y / apr / 12);
}

TEST_CASE("wage payment: 52 weeks for sickness before 2004, 104 weeks from 2004-01-01") {
    // Wet verlenging loondoorbetalingsverplichting bij ziekte (Stb. 2003, 555).
    const auto old = sick(2003_y / dec / 31, std::nullopt, 2004_y / mar / 1);
    const auto* end52 = nl_test::finding_of(old, fk::advisory, ok::einde_loondoorbetaling);
    REQUIRE(end52);
    CHECK(end52->rule == &nl::loondoorbetaling_52);
    CHECK(end52->date == 2004_y / dec / 29);
    CHECK(nl_test::count(old, ok::wia_aanvraag) == 0);  // WAO, not modelled
    CHECK(nl_test::count(old, ok::eerstejaarsevaluatie) == 0);
    // The file ends with the wage payment: no evaluation after week 52, the expert opinion
    // within it.
    const ct::interview every_6_weeks[] = {
        {ok::evaluatie_plan_van_aanpak, 2004_y / apr / 6},
        {ok::evaluatie_plan_van_aanpak, 2004_y / may / 18},
        {ok::evaluatie_plan_van_aanpak, 2004_y / jun / 29},
        {ok::evaluatie_plan_van_aanpak, 2004_y / aug / 10},
        {ok::evaluatie_plan_van_aanpak, 2004_y / sep / 21},
        {ok::evaluatie_plan_van_aanpak, 2004_y / nov / 2},
        {ok::evaluatie_plan_van_aanpak, 2004_y / dec / 14}};  // the next would be 2005-01-25
    const auto late = sick(2003_y / dec / 31, std::nullopt, 2005_y / mar / 1, every_6_weeks);
    for (const auto& o : late.obligations) CHECK(o.due_date <= 2004_y / dec / 28);
    CHECK(nl_test::count(late, ok::evaluatie_plan_van_aanpak) == 7);
    CHECK_FALSE(nl_test::finding_of(late, fk::entitlement, ok::deskundigenoordeel));
    REQUIRE(nl_test::finding_of(old, fk::entitlement, ok::deskundigenoordeel));
    CHECK(nl_test::finding_of(old, fk::entitlement, ok::deskundigenoordeel)->review.end ==
          2004_y / dec / 29);
    const auto wia = sick(2004_y / jan / 1, std::nullopt, 2004_y / mar / 1);
    CHECK(nl_test::finding_of(wia, fk::advisory, ok::einde_loondoorbetaling)->date ==
          2005_y / dec / 29);
    CHECK(nl_test::count(wia, ok::wia_aanvraag) == 1);
}

TEST_CASE("the Poortwachter timeline starts with sickness from 2002-04-01") {
    CHECK(sick(2002_y / mar / 31, std::nullopt, 2002_y / jun / 1).obligations.size() == 0);
    const auto ev = sick(2002_y / apr / 1, std::nullopt, 2002_y / jun / 1);
    CHECK(nl_test::nth(ev, ok::probleemanalyse)->due_date == 2002_y / may / 12);
}

TEST_CASE("an agency worker's shorter reporting term is named as not modelled") {
    const ct::absence spell[] = {{ziekte, 2025_y / jan / 6, std::nullopt}};
    const auto agency = run(spell, 2025_y / mar / 1, {}, std::nullopt, ct::contract_kind::uitzend);
    const auto* f = nl_test::finding_of(agency, fk::advisory, ok::afwijkende_meldtermijn);
    REQUIRE(f);
    CHECK(f->rule == &nl::uitzend_meldtermijn_rule);
}

TEST_CASE("pregnancy-related sickness and the no-risk policy are named as not modelled") {
    // ZW art. 29a and 29b: shorter reporting terms the facts cannot show, so every sick employee
    // is told, while sick, to check whether either applies (docs/nl/poortwachter.md#not-modelled).
    const ct::absence spell[] = {{ziekte, 2025_y / jan / 6, std::nullopt}};
    const auto ev = run(spell, 2025_y / mar / 1);
    const auto* f = nl_test::finding_of(ev, fk::advisory, ok::afwijkende_meldtermijn);
    REQUIRE(f);
    CHECK(f->rule == &nl::bijzondere_meldtermijn_rule);
    // Back at work: nothing to check any more.
    const ct::absence ended[] = {{ziekte, 2025_y / jan / 6, 2025_y / feb / 14}};
    CHECK_FALSE(nl_test::finding_of(run(ended, 2025_y / mar / 1), fk::advisory,
                                    ok::afwijkende_meldtermijn));
}

TEST_CASE("other absences do not start the timeline") {
    const ct::absence leave[] = {{ct::absence_kind::conge_sans_solde, 2025_y / jan / 6, std::nullopt}};
    const ct::employee e{.id = "A", .hire_date = 2020_y / jan / 6, .absences = leave};
    CHECK(ct::evaluate(nl::wet, e, ct::company{}, 2025_y / jun / 1).obligations.size() == 0);
}

TEST_CASE("a partial return is a sickness's, below 100 %") {
    // docs/nl/poortwachter.md#partial-return: full return ends the sickness.
    auto code = [](ct::absence a) {
        const ct::absence spells[] = {a};
        const ct::employee e{.id = "P", .hire_date = 2020_y / jan / 6, .absences = spells};
        const auto ev = ct::evaluate(nl::wet, e, ct::company{}, 2025_y / jun / 1);
        return ev.ok() ? std::optional<ct::diagnostic_code>{} : ev.diagnostics[0].code;
    };
    CHECK(code({ziekte, 2025_y / jan / 6, std::nullopt, 99}) == std::nullopt);
    CHECK(code({ziekte, 2025_y / jan / 6, std::nullopt, 100}) == ct::diagnostic_code::out_of_range);
    CHECK(code({ct::absence_kind::conge_sans_solde, 2025_y / jan / 6, std::nullopt, 50}) ==
          ct::diagnostic_code::out_of_range);
}

TEST_CASE("a record belongs to the sickness it was made in") {
    // Two sicknesses (back at work 2025-04-01 to 2025-06-01, more than four weeks): the
    // problem analysis of the second does not meet the first's.
    const ct::absence spells[] = {{ziekte, 2025_y / jan / 6, 2025_y / mar / 31},
                                  {ziekte, 2025_y / jun / 2, std::nullopt}};
    const ct::interview held[] = {{ok::probleemanalyse, 2025_y / jun / 20}};
    const auto ev = run(spells, 2025_y / aug / 1, held);
    REQUIRE(nl_test::count(ev, ok::probleemanalyse) == 2);
    CHECK(nl_test::nth(ev, ok::probleemanalyse, 0)->state == ct::status::overdue);
    CHECK(nl_test::nth(ev, ok::probleemanalyse, 1)->held_on == 2025_y / jun / 20);
    CHECK(nl_test::nth(ev, ok::probleemanalyse, 1)->state == ct::status::met);
}

TEST_CASE("thousands of sick days one day apart are one sickness, in any order") {
    // BW 7:629 lid 10: one-day spells with one day at work between them add up; 20,000 spells
    // given newest first are sorted once (a long history stays linear).
    std::vector<ct::absence> spells;
    for (int i = 19999; i >= 0; --i) {
        const auto d = ct::add_days(2004_y / jan / 1, 2 * i);
        spells.push_back({ziekte, d, d});
    }
    const auto ev = run(spells, 2115_y / jan / 1);
    CHECK(nl_test::count(ev, ok::ziekmelding_arbodienst) == 1);
    // Sick day 728 (the last of week 104) is spell 728, on 2004-01-01 + 2 * 727 days.
    CHECK(nl_test::finding_of(ev, fk::advisory, ok::einde_loondoorbetaling)->date ==
          ct::add_days(2004_y / jan / 1, 2 * 727 + 1));
}
