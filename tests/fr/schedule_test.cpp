// Tests of careertalk/fr/schedule.hpp: the obligations of one career at the edges of each
// rule (2014-03-07, 29 February, the day before and of a deadline, the 12-month look-back,
// month ends, the état des lieux schedule, clock models, seniority readings).
#include <careertalk/fr/law.hpp>

#include <memory>

#include "catch.hpp"
#include "fr_support.hpp"
#include "history_fixture.hpp"

using namespace date::literals;
using namespace careertalk;
using frtest::find;
namespace rules = careertalk::fr::rules;

constexpr auto as_of = 2026_y / nov / 23;
constexpr company c200{.headcount = 200};

TEST_CASE("2014-03-07: employees present start the clocks on that date (loi 2014-288)") {
    const employee present{.hire_date = 2014_y / mar / 6};
    const auto ev = evaluate(fr::law, present, c200, 2015_y / jan / 1);
    REQUIRE_FALSE(find(ev, obligation_kind::information_embauche));
    const auto* first = frtest::by_rule(ev, &rules::periodique_2014);
    REQUIRE(first);
    REQUIRE(first->trigger == trigger_kind::regime_start);
    REQUIRE(first->trigger_date == 2014_y / mar / 7);
    REQUIRE(first->due_date == 2016_y / mar / 7);
    REQUIRE(frtest::explains(*first, &rules::debut_2014));
    const auto* review = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(review->due_date == 2020_y / mar / 7);

    const employee hired{.hire_date = 2014_y / mar / 7};
    const auto ev2 = evaluate(fr::law, hired, c200, 2015_y / jan / 1);
    REQUIRE(find(ev2, obligation_kind::information_embauche));
    REQUIRE(find(ev2, obligation_kind::entretien_professionnel)->trigger == trigger_kind::hire);
    // Before 2014-03-07 the 2014 law did not exist (regime A answers alone).
    const auto before = evaluate(fr::law, present, c200, 2014_y / mar / 6);
    REQUIRE_FALSE(frtest::by_rule(before, &rules::periodique_2014));
    REQUIRE_FALSE(find(before, obligation_kind::etat_des_lieux));
}

TEST_CASE("an interview held the day before, the day of and the day after its deadline") {
    for (auto [held, expected] : {std::pair{2027_y / mar / 1, status::met},
                                  std::pair{2027_y / mar / 2, status::met},
                                  std::pair{2027_y / mar / 3, status::met_late}}) {
        const interview i[] = {{obligation_kind::entretien_parcours_professionnel, held}};
        const employee e{.hire_date = 2026_y / mar / 2, .interviews = i};
        const auto ev = evaluate(fr::law, e, c200, 2027_y / jun / 1);
        REQUIRE(find(ev, obligation_kind::entretien_parcours_professionnel)->state == expected);
    }
}

TEST_CASE("29 February hire and birth (CPC art. 641 clamp)") {
    const employee leap{.hire_date = 2024_y / feb / 29, .birth_date = 1968_y / feb / 29};
    const auto ev = evaluate(fr::law, leap, c200, as_of);
    // First interview: hire + 2 years (first year ended before the reform) = 2026-02-28, an
    // EPP since it falls due after the reform.
    const auto* first = find(ev, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(first);
    REQUIRE(first->due_date == 2026_y / feb / 28);
    // Six years would be 2030-02-28, after the reform: eight, on 2032-02-29 (a leap year).
    REQUIRE(find(ev, obligation_kind::etat_des_lieux)->due_date == 2032_y / feb / 29);
    // Pre-60 window [2026-02-28, 2028-02-29): the overdue first EPP is due on its first day,
    // so it carries the V items and no interview of its own is added.
    REQUIRE(frtest::has_item(*first, "fr.L6315-1.V.employment"));
    REQUIRE_FALSE(find(ev, obligation_kind::entretien_fin_carriere));
    // With an EPP held 2025-01-10 the next is due 2029-01-10, after the window: one of its own,
    // due the day before the 60th birthday.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2025_y / jan / 10}};
    employee e = leap;
    e.interviews = held;
    const auto ev_pre60 = evaluate(fr::law, e, c200, as_of);
    const auto* pre60 = find(ev_pre60, obligation_kind::entretien_fin_carriere);
    REQUIRE(pre60);
    REQUIRE(pre60->due_date == 2028_y / feb / 28);
    REQUIRE(pre60->window_start == 2026_y / feb / 28);
}

TEST_CASE("12-month look-back on its first and last day (§7 conv. 8)") {
    const absence leave[] = {{absence_kind::conge_parental_education, 2025_y / dec / 1, 2026_y / apr / 19}};
    const auto state = [&](year_month_day held) {
        const interview i[] = {{obligation_kind::entretien_professionnel, held}};
        const employee e{.hire_date = 2019_y / sep / 2, .absences = leave, .interviews = i};
        return find(evaluate(fr::law, e, c200, as_of), obligation_kind::entretien_retour)->state;
    };
    // Past the library's 2-month delay, never overdue (docs/fr/schedule.md#return-deadline).
    REQUIRE(state(2025_y / apr / 19) == status::advisory);      // R - 12 months - 1 day
    REQUIRE(state(2025_y / apr / 20) == status::not_required);  // R - 12 months: first day
    REQUIRE(state(2025_y / nov / 30) == status::not_required);  // the day before the leave
    // During the leave, not at the employee's request: not the return interview (issue 15 §2).
    REQUIRE(state(2025_y / dec / 1) == status::advisory);
}

TEST_CASE("the return from parental leave carries the L1225-57 items") {
    const absence leave[] = {{absence_kind::conge_parental_education, 2025_y / dec / 1, 2026_y / apr / 19}};
    const employee e{.hire_date = 2019_y / sep / 2, .absences = leave};
    const auto ev_ret = evaluate(fr::law, e, c200, as_of);
    const auto* ret = find(ev_ret, obligation_kind::entretien_retour);
    REQUIRE(frtest::has_item(*ret, "fr.L1225-57.effects"));
    REQUIRE(frtest::has_item(*ret, "fr.L6315-1.I.1"));
    // The library's delay as a policy setting (one month; IDCC 1501's 30 days come from the
    // agreement, fr/agreements.hpp).
    fr::law_policy branch = fr::law;
    branch.return_within_months = 1;
    REQUIRE(find(evaluate(branch, e, c200, as_of), obligation_kind::entretien_retour)->due_date ==
            2026_y / may / 20);
}

TEST_CASE("maternity followed by a congé supplémentaire de naissance: one interview (v7)") {
    const absence leaves[] = {{absence_kind::conge_maternite, 2026_y / jan / 5, 2026_y / apr / 26},
                              {absence_kind::conge_supplementaire_naissance, 2026_y / apr / 27,
                               2026_y / jun / 26}};
    const employee e{.hire_date = 2019_y / sep / 2, .absences = leaves};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    REQUIRE(frtest::count(ev, obligation_kind::entretien_retour) == 1);
    REQUIRE(find(ev, obligation_kind::entretien_retour)->trigger_date == 2026_y / jun / 27);
}

TEST_CASE("a visit on the last day of a month: V + 2 months clamps (L6315-1 IV)") {
    const medical_visit visit[] = {{visit_kind::mi_carriere, 2025_y / dec / 31}};
    const employee e{.hire_date = 2010_y / jan / 4, .birth_date = 1980_y / jun / 1,
                     .medical_visits = visit};
    const auto ev_mid = evaluate(fr::law, e, c200, as_of);
    const auto* mid = find(ev_mid, obligation_kind::entretien_mi_carriere);
    REQUIRE(mid->due_date == 2026_y / feb / 28);
    // The day of the reform: a visit on 2025-10-25 triggers nothing, on 2025-10-26 it does.
    const medical_visit before[] = {{visit_kind::mi_carriere, 2025_y / oct / 25}};
    const medical_visit on[] = {{visit_kind::mi_carriere, 2025_y / oct / 26}};
    employee e2 = e;
    e2.medical_visits = before;
    REQUIRE_FALSE(find(evaluate(fr::law, e2, c200, as_of), obligation_kind::entretien_mi_carriere));
    e2.medical_visits = on;
    REQUIRE(find(evaluate(fr::law, e2, c200, as_of), obligation_kind::entretien_mi_carriere)
                ->due_date == 2025_y / dec / 26);
}

TEST_CASE("états des lieux on their own seniority schedule, across the reform") {
    // Hired 2010: first by 2020-03-07 (COVID: 2021-06-30), next cycle 2020-03-07 + 6 years
    // = 2026-03-07, not expired on 2025-10-26: 8 years, 2028-03-07.
    const interview held[] = {{obligation_kind::etat_des_lieux, 2021_y / sep / 15}};
    const employee e{.hire_date = 2010_y / jan / 4, .interviews = held};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    const auto* first = find(ev, obligation_kind::etat_des_lieux, 0);
    REQUIRE(first->due_date == 2021_y / sep / 30);  // the ministry's catch-up (loi 2021-689)
    REQUIRE(first->state == status::met);
    REQUIRE(frtest::explains(*first, &rules::covid_tolerance_2021));
    const auto* second = find(ev, obligation_kind::etat_des_lieux, 1);
    REQUIRE(second->trigger_date == 2020_y / mar / 7);
    REQUIRE(second->due_date == 2028_y / mar / 7);
    REQUIRE(second->rule == &rules::etat_des_lieux_2025);
    REQUIRE(frtest::has_item(*second, "fr.L6315-1.II.check.8"));
}

TEST_CASE("seniority without the excluded suspensions (ministry Q-R, §12.6)") {
    const absence sabbatical[] = {{absence_kind::conge_sabbatique, 2030_y / jan / 1, 2030_y / jun / 29}};
    const employee e{.hire_date = 2026_y / mar / 2, .absences = sabbatical};
    // 180 days excluded: 2034-03-02 + 180 days = 2034-08-29.
    fr::law_policy excl = fr::law;
    excl.seniority = fr::seniority_reading::excluding_suspensions;
    REQUIRE(find(evaluate(excl, e, c200, as_of), obligation_kind::etat_des_lieux)->due_date ==
            2034_y / aug / 29);
    REQUIRE(find(evaluate(fr::law, e, c200, as_of), obligation_kind::etat_des_lieux)->due_date ==
            2034_y / mar / 2);
}

TEST_CASE("model F: fixed anniversaries from hire, a late interview does not cure (§8.1)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2016_y / sep / 1}};
    const employee e{.hire_date = 2014_y / jun / 2, .interviews = held};
    const auto ev = evaluate(fr::anniversaries, e, c200, 2019_y / jan / 15);
    const auto* first = find(ev, obligation_kind::entretien_professionnel, 0);
    REQUIRE(first->due_date == 2016_y / jun / 2);
    REQUIRE(first->state == status::overdue);
    const auto* second = find(ev, obligation_kind::entretien_professionnel, 1);
    REQUIRE(second->due_date == 2018_y / jun / 2);  // from the anniversary, not the interview
    REQUIRE(second->held_on == 2016_y / sep / 1);
    const auto rolling = evaluate(fr::law, e, c200, 2019_y / jan / 15);
    REQUIRE(find(rolling, obligation_kind::entretien_professionnel, 0)->state == status::met_late);
    REQUIRE(find(rolling, obligation_kind::entretien_professionnel, 1)->due_date == 2018_y / sep / 1);
}

TEST_CASE("agendas follow the version in force on the interview date") {
    const auto agenda_on = [](year_month_day held) {
        const interview i[] = {{obligation_kind::entretien_professionnel, held}};
        const employee e{.hire_date = 2014_y / jun / 2, .interviews = i};
        return *find(evaluate(fr::law, e, c200, as_of), obligation_kind::entretien_professionnel);
    };
    REQUIRE_FALSE(frtest::has_item(agenda_on(2016_y / aug / 9), "fr.L6315-1.I.vae"));
    REQUIRE(frtest::has_item(agenda_on(2016_y / aug / 10), "fr.L6315-1.I.vae"));
    REQUIRE_FALSE(frtest::has_item(agenda_on(2016_y / aug / 10), "fr.L6315-1.I.cpf-cep"));
}

TEST_CASE("review window: a first EPP held too late does not open it after its deadline (II v7)") {
    // L6315-1 II (v7): the first état des lieux may be held 7 years after the first-year EPP,
    // by hire + 8 years (2034-10-01). Invariant (issue 9): window_start <= due, and the window
    // may not move with a later, late interview. An EPP counts when held by due - 7 years.
    const auto window_with = [](year_month_day epp, year_month_day on) {
        const interview i[] = {{obligation_kind::entretien_parcours_professionnel, epp}};
        const employee e{.hire_date = 2026_y / oct / 1, .interviews = i};
        const auto ev = evaluate(fr::law, e, c200, on);
        const auto* r = find(ev, obligation_kind::etat_des_lieux);
        REQUIRE(r->due_date == 2034_y / oct / 1);
        return r->window_start;
    };
    REQUIRE(window_with(2027_y / sep / 30, 2030_y / jan / 1) == 2034_y / sep / 30);
    REQUIRE(window_with(2027_y / oct / 1, 2030_y / jan / 1) == 2034_y / oct / 1);  // last day
    // 2028-02-29 + 7 years = 2035-02-28, after the deadline: as if no EPP was held in time.
    REQUIRE(window_with(2027_y / oct / 2, 2030_y / jan / 1) == 2034_y / oct / 1);
    REQUIRE(window_with(2028_y / feb / 29, 2030_y / jan / 1) == 2034_y / oct / 1);
    // Decided on 2035-01-01 (overdue); a first interview in 2036 changes nothing.
    const employee none{.hire_date = 2026_y / oct / 1};
    const auto ev = evaluate(fr::law, none, c200, 2035_y / jan / 1);
    const auto* overdue = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(overdue->state == status::overdue);
    REQUIRE(window_with(2036_y / mar / 1, 2037_y / jan / 1) == overdue->window_start);
}

TEST_CASE("the mid-career visit is met only by a visit inside its window (L4624-2-2)") {
    // Born 1980-06-01: the calendar year of the 45th birthday is 2025, brought forward at most
    // two years (al. 2): window [2023-01-01, 2025-12-31].
    const auto visit_on = [](year_month_day d) {
        const medical_visit v[] = {{visit_kind::mi_carriere, d}};
        const employee e{.hire_date = 2010_y / jan / 4, .birth_date = 1980_y / jun / 1,
                         .medical_visits = v};
        return *find(evaluate(fr::law, e, c200, as_of), obligation_kind::visite_mi_carriere);
    };
    const obligation early = visit_on(2022_y / dec / 31);
    REQUIRE(early.window_start == 2023_y / jan / 1);
    REQUIRE(early.state == status::overdue);
    REQUIRE_FALSE(early.held_on);
    REQUIRE(visit_on(2023_y / jan / 1).state == status::met);
    REQUIRE(visit_on(2025_y / dec / 31).state == status::met);
    REQUIRE(visit_on(2026_y / jan / 1).state == status::met_late);
}

TEST_CASE("the interview before a leave: late once the leave has started (L3142-23)") {
    // Issue 9 invariant: held the day after the due date is met_late, not missing.
    const absence leave[] = {{absence_kind::conge_proche_aidant, 2026_y / mar / 1, 2026_y / may / 31}};
    const auto before_with = [&](year_month_day hire, year_month_day held) {
        const interview i[] = {{obligation_kind::entretien_avant_conge, held}};
        const employee e{.hire_date = hire, .absences = leave, .interviews = i};
        return *find(evaluate(fr::law, e, c200, as_of), obligation_kind::entretien_avant_conge);
    };
    REQUIRE(before_with(2018_y / jan / 8, 2026_y / feb / 28).state == status::met);
    const obligation late = before_with(2018_y / jan / 8, 2026_y / mar / 1);
    REQUIRE(late.state == status::met_late);
    REQUIRE(late.held_on == 2026_y / mar / 1);
    REQUIRE(before_with(2018_y / jan / 8, 2026_y / may / 31).state == status::met_late);
    // From the return (2026-06-01) on, an interview is the return interview, not this one.
    REQUIRE(before_with(2018_y / jan / 8, 2026_y / jun / 1).state == status::overdue);
    // A leave from the hire day: due that day, not the day before hire.
    const obligation first_day = before_with(2026_y / mar / 1, 2026_y / mar / 1);
    REQUIRE(first_day.window_start == 2026_y / mar / 1);
    REQUIRE(first_day.due_date == 2026_y / mar / 1);
    REQUIRE(first_day.state == status::met);
}

TEST_CASE("a contract ending before the due date: decided on its end (L6315-1 I)") {
    // Issue 9 invariant: an exemption stays an exemption at a later as-of date. Hired
    // 2017-11-13, interview due 2019-11-13, contract ended 2019-06-30: not required; an
    // interview after the end (2021-02-28) does not meet it. One held by the end does.
    const auto first_with = [](year_month_day held) {
        const interview i[] = {{obligation_kind::entretien_professionnel, held}};
        const employee e{.hire_date = 2017_y / nov / 13, .contract = contract_kind::cdd,
                         .contract_end = 2019_y / jun / 30, .interviews = i};
        return *find(evaluate(fr::law, e, c200, as_of), obligation_kind::entretien_professionnel);
    };
    const obligation after = first_with(2021_y / feb / 28);
    REQUIRE(after.state == status::not_required);
    REQUIRE(after.exemption == &rules::contrat_court);
    REQUIRE_FALSE(after.held_on);
    REQUIRE(first_with(2019_y / jul / 1).state == status::not_required);
    REQUIRE(first_with(2019_y / jun / 30).state == status::met);
}

TEST_CASE("information at hire: the version of the hire date, met by the first one given") {
    // L6315-1 I al. 1: v5 for hires up to 2025-10-25, v7 from 2025-10-26 (even seen before).
    const employee hired{.hire_date = 2025_y / oct / 26};
    REQUIRE(find(evaluate(fr::law, hired, c200, 2025_y / oct / 25),
                 obligation_kind::information_embauche)
                ->rule == &rules::information_2025);
    const employee day_before{.hire_date = 2025_y / oct / 25};
    REQUIRE(find(evaluate(fr::law, day_before, c200, as_of), obligation_kind::information_embauche)
                ->rule == &rules::information_2014);
    // Issue 9 invariant: a second information later does not change the first holding.
    const interview twice[] = {{obligation_kind::information_embauche, 2026_y / jan / 5},
                               {obligation_kind::information_embauche, 2026_y / mar / 2}};
    const employee e{.hire_date = 2026_y / jan / 2, .interviews = twice};
    REQUIRE(find(evaluate(fr::law, e, c200, as_of), obligation_kind::information_embauche)
                ->held_on == 2026_y / jan / 5);
}

TEST_CASE("the pre-60 interview held after the 60th birthday is late (L6315-1 V)") {
    // Born 1975-11-19: window [2033-11-19, 2035-11-19), due 2035-11-18.
    const auto pre60_with = [](year_month_day held) {
        const interview i[] = {{obligation_kind::entretien_parcours_professionnel, 2033_y / jan / 10},
                               {obligation_kind::entretien_fin_carriere, held}};
        const employee e{.hire_date = 2032_y / jan / 5, .birth_date = 1975_y / nov / 19,
                         .interviews = i};
        return *find(evaluate(fr::law, e, c200, 2036_y / jun / 1),
                     obligation_kind::entretien_fin_carriere);
    };
    const obligation late = pre60_with(2035_y / nov / 19);
    REQUIRE(late.state == status::met_late);
    REQUIRE(late.held_on == 2035_y / nov / 19);
    REQUIRE(late.due_date == 2035_y / nov / 18);
}

TEST_CASE("an état des lieux owed by a contract that ended: a review after the end does not count") {
    // Hired 2014-04-28: first review by 2020-04-28 (COVID: 2021-06-30, L6315-1 II v5 and
    // ord. 2020-1501). Contract ended 2020-12-31 without a review: nothing owed, on 2033 as
    // on 2040 once a review was recorded in 2037 (issue 9: decisions do not move).
    const interview late[] = {{obligation_kind::etat_des_lieux, 2037_y / dec / 5}};
    const employee e{.hire_date = 2014_y / apr / 28, .contract = contract_kind::cdd,
                     .contract_end = 2020_y / dec / 31, .interviews = late};
    REQUIRE_FALSE(find(evaluate(fr::law, e, c200, 2033_y / apr / 24), obligation_kind::etat_des_lieux));
    REQUIRE_FALSE(find(evaluate(fr::law, e, c200, 2040_y / aug / 16), obligation_kind::etat_des_lieux));
    // A review on the contract's last day meets it (late: after 2020-04-28 but by the COVID date).
    const interview last_day[] = {{obligation_kind::etat_des_lieux, 2020_y / dec / 31}};
    employee f = e;
    f.interviews = last_day;
    const auto ev = evaluate(fr::law, f, c200, 2033_y / apr / 24);
    const auto* r = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(r);
    REQUIRE(r->state == status::met);
}

TEST_CASE("pre-60: what the end of the window decided stays (L6315-1 V, administrative)") {
    // Born 1975-11-19: window [2033-11-19, 2035-11-19). Hired 2020-01-06, interviews every
    // 2 then 4 years; the EPP of 2031-06-01 puts the next one due on 2035-06-01, inside the
    // window: it carries the V items. Held late (2036), it still does; no interview of its own.
    const auto ev_with = [](std::span<const interview> held, year_month_day on) {
        const employee e{.hire_date = 2020_y / jan / 6, .birth_date = 1975_y / nov / 19,
                         .interviews = held};
        return evaluate(fr::law, e, c200, on);
    };
    constexpr auto epp = obligation_kind::entretien_parcours_professionnel;
    const interview before[] = {{obligation_kind::entretien_professionnel, 2021_y / dec / 1},
                                {obligation_kind::entretien_professionnel, 2023_y / nov / 1},
                                {epp, 2027_y / oct / 1},
                                {epp, 2031_y / jun / 1}};
    const auto at_end = ev_with(before, 2035_y / nov / 19);
    REQUIRE_FALSE(find(at_end, obligation_kind::entretien_fin_carriere));
    const auto* next = find(at_end, epp, 2);
    REQUIRE(next->due_date == 2035_y / jun / 1);
    REQUIRE(frtest::explains(*next, &rules::fin_carriere));
    const interview then_late[] = {before[0], before[1], before[2], before[3], {epp, 2036_y / mar / 1}};
    const auto later = ev_with(then_late, 2037_y / jan / 1);
    REQUIRE_FALSE(find(later, obligation_kind::entretien_fin_carriere));
    REQUIRE(find(later, epp, 2)->state == status::met_late);
    REQUIRE(frtest::explains(*find(later, epp, 2), &rules::fin_carriere));
    // The interview due 2031-10-01 still pending before the window: decided once the window
    // is over (not the day before), the pre-60 interview is owed.
    const auto pending = std::span{before}.first(3);
    REQUIRE_FALSE(find(ev_with(pending, 2035_y / nov / 18), obligation_kind::entretien_fin_carriere));
    REQUIRE(find(ev_with(pending, 2035_y / nov / 19), obligation_kind::entretien_fin_carriere)
                ->state == status::overdue);
}

TEST_CASE("a duty that arises when its article comes into force starts on its first day") {
    // L4624-2-2 (loi 2021-1018 art. 22) from 2022-03-31: a 45th birthday on 2022-03-30 gives
    // trigger regime_start 2022-03-31; on 2022-03-31, the birthday. Window (from 43) and
    // deadline (end of the calendar year) do not change. Issue 9: a rule in force on the trigger.
    const auto visit = [](year_month_day born) {
        const employee e{.hire_date = 2015_y / jan / 5, .birth_date = born};
        return *find(evaluate(fr::law, e, c200, as_of), obligation_kind::visite_mi_carriere);
    };
    const obligation before = visit(1977_y / mar / 30);
    REQUIRE(before.trigger == trigger_kind::regime_start);
    REQUIRE(before.trigger_date == 2022_y / mar / 31);
    REQUIRE(before.window_start == 2020_y / jan / 1);
    REQUIRE(before.due_date == 2022_y / dec / 31);
    const obligation on = visit(1977_y / mar / 31);
    REQUIRE(on.trigger == trigger_kind::age);
    REQUIRE(on.trigger_date == 2022_y / mar / 31);
    // L6315-1 V (loi 2025-989) from 2025-10-26: a 58th birthday on 2025-10-25 -> regime_start
    // 2025-10-26; on 2025-10-26 -> the birthday. Due the day before the 60th birthday.
    const auto pre60 = [](year_month_day born) {
        const employee e{.hire_date = 2015_y / jan / 5, .birth_date = born};
        return *find(evaluate(fr::law, e, c200, 2028_y / jan / 3),
                     obligation_kind::entretien_fin_carriere);
    };
    const obligation day_before = pre60(1967_y / oct / 25);
    REQUIRE(day_before.trigger == trigger_kind::regime_start);
    REQUIRE(day_before.trigger_date == 2025_y / oct / 26);
    REQUIRE(day_before.window_start == 2025_y / oct / 26);
    REQUIRE(day_before.due_date == 2027_y / oct / 24);
    const obligation first_day = pre60(1967_y / oct / 26);
    REQUIRE(first_day.trigger == trigger_kind::age);
    REQUIRE(first_day.trigger_date == 2025_y / oct / 26);
    REQUIRE(first_day.due_date == 2027_y / oct / 25);
}

TEST_CASE("a clock started before 2025-10-26 names its v5 rule and the transition (Q-R no. 2)") {
    // Hired 2020-01-06, interview on 29 Feb 2024: 2 years (v5) ran on 2025-10-26, so 4 years
    // from the same interview: 2028-02-29. The état des lieux cycle from hire (6 years:
    // 2026-01-06, running on 2025-10-26) becomes 8 years: 2028-01-06.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2024_y / feb / 29}};
    const employee e{.hire_date = 2020_y / jan / 6, .interviews = held};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    const auto* epp = find(ev, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(epp->trigger == trigger_kind::periodic);
    REQUIRE(epp->trigger_date == 2024_y / feb / 29);
    REQUIRE(epp->due_date == 2028_y / feb / 29);
    REQUIRE(epp->rule == &rules::periodique_2025);
    REQUIRE(frtest::explains(*epp, &rules::periodique_2014));
    REQUIRE(frtest::explains(*epp, &rules::transition_2025));
    const auto* review = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(review->trigger_date == 2020_y / jan / 6);
    REQUIRE(review->due_date == 2028_y / jan / 6);
    REQUIRE(review->rule == &rules::etat_des_lieux_2025);
    REQUIRE(frtest::explains(*review, &rules::etat_des_lieux_2014));
    REQUIRE(frtest::explains(*review, &rules::transition_2025));
}

TEST_CASE("pre-60 interview of its own: holding it meets it, it does not vanish (L6315-1 V)") {
    // Issue 9 seed 20266657. Born 1966-09-29: window [2025-10-26, 2026-09-29) (58th birthday
    // before the reform), due 2026-09-28. The EPP from the return interview of 2024-12-19 is
    // due 2028-12-19, outside the window: an interview of its own is owed (administrative).
    const auto ev_with = [](std::span<const interview> held) {
        const employee e{.hire_date = 2020_y / feb / 29, .birth_date = 1966_y / sep / 29,
                         .contract = contract_kind::cdd, .interviews = held};
        return evaluate(fr::law, e, company{.headcount = 50}, 2028_y / feb / 29);
    };
    const interview before[] = {{obligation_kind::entretien_retour, 2024_y / dec / 19}};
    const auto ev_before = ev_with(before);
    const auto* owed = find(ev_before, obligation_kind::entretien_fin_carriere);
    REQUIRE(owed);
    REQUIRE(owed->trigger == trigger_kind::regime_start);
    REQUIRE(owed->due_date == 2026_y / sep / 28);
    REQUIRE(owed->state == status::overdue);
    // Held on its due date: the same obligation, met; the EPP it also fulfils carries V's items.
    const interview on_due[] = {before[0], {obligation_kind::entretien_fin_carriere, 2026_y / sep / 28}};
    const auto ev = ev_with(on_due);
    const auto* met = find(ev, obligation_kind::entretien_fin_carriere);
    REQUIRE(met);
    REQUIRE(met->due_date == 2026_y / sep / 28);
    REQUIRE(met->state == status::met);
    REQUIRE(met->held_on == 2026_y / sep / 28);
    const auto* epp = find(ev, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(epp->held_on == 2026_y / sep / 28);
    REQUIRE(frtest::has_item(*epp, "fr.L6315-1.V.employment"));
}

TEST_CASE("model F: a period met early is followed by the next one, which carries V's items") {
    // Issue 9 seed 8345. Hired 2034-04-28, first-year EPP held that day; born 1979-12-06:
    // V's window [2037-12-06, 2039-12-06). The next fixed period ends 2039-04-28, inside it:
    // listed from 2034 on (not only once its predecessor's due date has passed), it carries
    // the V items, and no interview of its own is owed, in 2034 as in 2041.
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2034_y / apr / 28}};
    const employee e{.hire_date = 2034_y / apr / 28, .birth_date = 1979_y / dec / 6,
                     .interviews = held};
    for (const year_month_day on : {2034_y / sep / 11, 2041_y / jun / 2}) {
        const auto ev = evaluate(fr::anniversaries, e, c200, on);
        const auto* next = find(ev, obligation_kind::entretien_parcours_professionnel, 1);
        REQUIRE(next);
        REQUIRE(next->trigger_date == 2035_y / apr / 28);
        REQUIRE(next->due_date == 2039_y / apr / 28);
        REQUIRE(frtest::explains(*next, &rules::fin_carriere));
        REQUIRE_FALSE(find(ev, obligation_kind::entretien_fin_carriere));
    }
}

using histories::reversed_e, histories::sorted_e;

TEST_CASE("the order of the history records changes no answer (issue 8)") {
    for (const year_month_day known :
         {2016_y / feb / 28, 2016_y / feb / 29, 2019_y / jan / 1, as_of})
        for (const auto& law : {fr::law_policy{}, fr::law_policy{.clock = fr::clock_model::fixed}}) {
            const auto a = evaluate(law, sorted_e, c200, known);
            const auto b = evaluate(law, reversed_e, c200, known);
            REQUIRE(a.obligations.size() == b.obligations.size());
            for (std::size_t i = 0; i < a.obligations.size(); ++i) {
                REQUIRE(a.obligations[i].kind == b.obligations[i].kind);
                REQUIRE(a.obligations[i].due_date == b.obligations[i].due_date);
                REQUIRE(a.obligations[i].held_on == b.obligations[i].held_on);
                REQUIRE(a.obligations[i].state == b.obligations[i].state);
            }
            const auto na = fr::next_due(law, sorted_e, c200, known);
            const auto nb = fr::next_due(law, reversed_e, c200, known);
            REQUIRE(na.interview == nb.interview);
            REQUIRE(na.etat_des_lieux == nb.etat_des_lieux);
        }
}

// Every member, the agenda and the `why` chain included.
static bool same(const obligation& a, const obligation& b) {
    if (a.kind != b.kind || a.trigger != b.trigger || a.trigger_date != b.trigger_date ||
        a.window_start != b.window_start || a.due_date != b.due_date || a.state != b.state ||
        a.held_on != b.held_on || a.rule != b.rule || a.exemption != b.exemption ||
        a.agenda.size() != b.agenda.size() || a.why.size() != b.why.size())
        return false;
    auto j = b.agenda.begin();
    for (const agenda_item& i : a.agenda)
        if (i.id != (*j++).id) return false;
    for (std::size_t i = 0; i < a.why.size(); ++i)
        if (a.why[i] != b.why[i]) return false;
    return true;
}

TEST_CASE("an evaluation reused keeps nothing of the previous employee (issue 8)") {
    // Obligations are built in the evaluation's own slots: one left by an exemption, extra
    // agenda items or a long `why` must not leak into the next employee's.
    const absence leave[] = {{absence_kind::conge_parental_education, 2025_y / dec / 1, 2026_y / apr / 19}};
    const interview epp[] = {{obligation_kind::entretien_professionnel, 2025_y / apr / 20}};
    const employee parental{.hire_date = 2019_y / sep / 2, .absences = leave, .interviews = epp};
    const employee cdd{.hire_date = 2017_y / nov / 13, .contract = contract_kind::cdd,
                       .contract_end = 2019_y / jun / 30};
    const employee senior{.hire_date = 2010_y / jan / 4, .birth_date = 1967_y / may / 10};
    const employee plain{.hire_date = 2024_y / feb / 29};
    const employee* all[] = {&parental, &cdd, &senior, &plain};
    auto reused = std::make_unique<evaluation>();
    int pairs = 0;
    for (const employee* first : all)
        for (const employee* second : all) {
            evaluate_into(fr::law, *first, c200, as_of, *reused);
            evaluate_into(fr::law, *second, c200, as_of, *reused);
            auto fresh = std::make_unique<evaluation>();
            evaluate_into(fr::law, *second, c200, as_of, *fresh);
            REQUIRE(reused->obligations.size() == fresh->obligations.size());
            for (std::size_t i = 0; i < fresh->obligations.size(); ++i)
                REQUIRE(same(reused->obligations[i], fresh->obligations[i]));
            REQUIRE(reused->findings.size() == fresh->findings.size());
            REQUIRE(reused->ok());
            ++pairs;
        }
    REQUIRE(pairs == 16);
    // The leaks it would catch are there to leak.
    const auto p = evaluate(fr::law, parental, c200, as_of);
    REQUIRE(find(p, obligation_kind::entretien_retour)->exemption == &rules::exemption_12_mois);
    REQUIRE(find(evaluate(fr::law, cdd, c200, as_of), obligation_kind::entretien_professionnel)
                ->exemption == &rules::contrat_court);
}

TEST_CASE("the schedule's overflow is reported as evaluation::add reports it (issue 8)") {
    const employee plain{.hire_date = 2024_y / feb / 29};
    auto fresh = std::make_unique<evaluation>();
    fr::evaluation_sink all{*fresh};
    fr::schedule(fr::law, plain, c200, as_of, all);
    REQUIRE(fresh->obligations.size() >= 2);
    // Room for one: the first obligation fits, the others overflow into one diagnostic.
    auto full = std::make_unique<evaluation>();
    auto by_add = std::make_unique<evaluation>();
    for (std::size_t i = 0; i + 1 < max_obligations; ++i) {
        full->add(obligation{});
        by_add->add(obligation{});
    }
    fr::evaluation_sink sink{*full};
    fr::schedule(fr::law, plain, c200, as_of, sink);
    for (const obligation& o : fresh->obligations) by_add->add(o);
    REQUIRE(full->obligations.size() == max_obligations);
    REQUIRE(same(full->obligations.back(), fresh->obligations[0]));
    REQUIRE(full->diagnostics.size() == 1);
    REQUIRE(full->diagnostics[0].code == diagnostic_code::capacity_exceeded);
    REQUIRE(full->diagnostics[0].field == by_add->diagnostics[0].field);
    REQUIRE(full->diagnostics[0].message == by_add->diagnostics[0].message);
    REQUIRE(by_add->diagnostics.size() == 1);
}
