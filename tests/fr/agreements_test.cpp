// Tests of careertalk/fr/agreements.hpp: how an agreement composes with the law
// (docs/fr/readings.md#agreements, #agreement-transition-2026, #idcc): before 2019 it cannot
// lengthen the two years; from 2019 it sets the periodicity; the 2025 first-year EPP stays;
// the 4-year cap from 2026-10-01 (loi 2025-989 art. 3 II); the counting units; ok() for
// agreements the law forbids. The presets themselves are tested in idcc_test.cpp.
#include <careertalk/fr/agreements.hpp>

#include "catch.hpp"
#include "fr_support.hpp"

using namespace date::literals;
using namespace careertalk;
using frtest::explains;
using frtest::find;
namespace rules = careertalk::fr::rules;

namespace {

inline constexpr rule_ref clause{
    .id = "test.accord",
    .citation = "Accord d'entreprise (test), art. 1",
    .in_force = {2016_y / jan / 1, open_end},
    .title = {.en = "Test agreement", .fr = "Accord de test", .nl = "Testakkoord"},
    .basis = authority::agreement};

// A company agreement concluded on `concluded`, in force from then, every `months` months.
constexpr fr::accord every(int months, year_month_day concluded) {
    return fr::accord{.name = "test",
                      .concluded = concluded,
                      .in_force = {concluded, open_end},
                      .periodic = {.every = months, .rule = &clause},
                      .source = &clause};
}

constexpr auto pre_reform_5y = every(60, 2016_y / jan / 1);

// The periodic interview following the one held on `held` (hire `hire`), seen on `as_of`.
constexpr obligation next_after(const fr::accord& a, year_month_day hire, year_month_day held,
                                year_month_day as_of, const company& c = {}) {
    const interview i[] = {{obligation_kind::entretien_professionnel, held}};
    const employee e{.hire_date = hire, .interviews = i};
    return *frtest::last_periodic(evaluate(a, e, c, as_of));
}

}  // namespace

// --- ok(): what the law forbids (L6315-1 III v7) ---------------------------------------------

static_assert(policy_like<fr::accord>);
static_assert(pre_reform_5y.ok());                        // art. 3 II: evaluated, capped
static_assert(every(48, 2026_y / jan / 15).ok());         // at most 4 years
static_assert(!every(49, 2026_y / jan / 15).ok());        // concluded after the reform
static_assert(!every(60, 2025_y / oct / 26).ok());        // first day of the 2025 law
static_assert(every(60, 2025_y / oct / 25).ok());         // the day before
static_assert(!every(-1, 2020_y / jan / 1).ok());
static_assert(!fr::accord{}.ok());                        // no date: not an agreement
// Worst gaps of the count rules (docs/fr/readings.md#idcc): frames of N years.
static_assert(fr::accord{.frame = {.interviews = 1, .years = 3}}.max_gap_months() == 72);
static_assert(fr::accord{.frame = {.interviews = 3, .years = 6, .spacing_months = 6}}
                  .max_gap_months() == 120);
static_assert(fr::accord{.frame = {.interviews = 1, .years = 2}}.max_gap_months() == 48);
// Calendar years: 1 January to 31 December N years later.
static_assert(fr::accord{.periodic = {.every = 3, .unit = fr::counting::calendar_years}}
                  .max_gap_months() == 47);

// A whole evaluation in constant evaluation.
static_assert(next_after(every(36, 2019_y / mar / 1), 2019_y / mar / 4, 2020_y / jun / 15,
                         2022_y / jan / 3)
                  .due_date == 2023_y / jun / 15);

TEST_CASE("Before 2019 an agreement cannot lengthen the two years (docs/fr/readings.md#agreements)") {
    // Interview held 2017-05-02: the law's 2 years, whatever the agreement says.
    const auto o = next_after(every(36, 2016_y / jan / 1), 2015_y / sep / 1, 2017_y / may / 2,
                              2018_y / jun / 1);
    REQUIRE(o.due_date == 2019_y / may / 2);
    REQUIRE(o.rule == &rules::periodique_2014);
    REQUIRE(explains(o, &rules::loi_plus_stricte));
    REQUIRE(explains(o, &clause));
    // A shorter clause binds (L2251-1).
    const auto s = next_after(every(12, 2016_y / jan / 1), 2015_y / sep / 1, 2017_y / may / 2,
                              2018_y / jun / 1);
    REQUIRE(s.due_date == 2018_y / may / 2);
    REQUIRE(s.rule == &clause);
    REQUIRE(explains(s, &rules::faveur));
}

TEST_CASE("From 2019 the agreement sets the periodicity (L6315-1 III v4-v5)") {
    const auto o = next_after(every(36, 2016_y / jan / 1), 2015_y / sep / 1, 2019_y / jan / 1,
                              2019_y / jun / 1);
    REQUIRE(o.due_date == 2022_y / jan / 1);
    REQUIRE(o.rule == &clause);
    REQUIRE(explains(o, &rules::accord_2019));
    // The last day of 2018 is still under the two years.
    REQUIRE(next_after(every(36, 2016_y / jan / 1), 2015_y / sep / 1, 2018_y / dec / 31,
                       2019_y / jun / 1)
                .due_date == 2020_y / dec / 31);
}

TEST_CASE("A deadline in the COVID window moves to 2021-06-30 (ord. 2020-1501)") {
    const auto o = next_after(every(12, 2016_y / jan / 1), 2015_y / sep / 1, 2019_y / jun / 1,
                              2021_y / mar / 1);
    REQUIRE(o.due_date == 2021_y / jun / 30);
    REQUIRE(explains(o, &rules::covid_report));
    REQUIRE(o.rule == &clause);
}

TEST_CASE("The first-year EPP of the 2025 law stays (docs/fr/readings.md#agreements)") {
    const employee e{.hire_date = 2026_y / jan / 5};
    const auto ev = evaluate(every(36, 2020_y / jan / 1), e, company{}, 2026_y / nov / 23);
    const auto* first = find(ev, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(first->due_date == 2027_y / jan / 5);
    REQUIRE(first->rule == &rules::premiere_annee_2025);
    REQUIRE(explains(*first, &rules::loi_plus_stricte));
    // A clause with an earlier first interview binds.
    const fr::accord six_months{.concluded = 2020_y / jan / 1,
                                .in_force = {2020_y / jan / 1, open_end},
                                .periodic = {.every = 36, .first_within = 6, .rule = &clause}};
    const auto early = evaluate(six_months, e, company{}, 2026_y / nov / 23);
    REQUIRE(find(early, obligation_kind::entretien_parcours_professionnel)->due_date ==
            2026_y / jul / 5);
    REQUIRE(find(early, obligation_kind::entretien_parcours_professionnel)->rule == &clause);
}

TEST_CASE("The 4-year cap bites on 2026-10-01 (loi 2025-989 art. 3 II)") {
    // Agreement date 2026-09-30: before the cap, the agreement's 5 years stand.
    const auto before = next_after(pre_reform_5y, 2020_y / jan / 6, 2021_y / sep / 30,
                                   2026_y / nov / 23);
    REQUIRE(before.due_date == 2026_y / sep / 30);
    REQUIRE(before.rule == &clause);
    REQUIRE(explains(before, &rules::accords_anterieurs));
    REQUIRE(before.state == status::overdue);
    // Agreement date 2026-10-01: capped; interview + 4 years is past, so due that day.
    const auto first_day = next_after(pre_reform_5y, 2020_y / jan / 6, 2021_y / oct / 1,
                                      2026_y / nov / 23);
    REQUIRE(first_day.due_date == 2026_y / oct / 1);
    REQUIRE(first_day.rule == &rules::periodique_2025);
    REQUIRE(explains(first_day, &rules::accord_direct));
    REQUIRE(explains(first_day, &clause));
    // Interview + 4 years after 2026-10-01: that date.
    const auto later = next_after(pre_reform_5y, 2020_y / jan / 6, 2023_y / jan / 10,
                                  2026_y / nov / 23);
    REQUIRE(later.due_date == 2027_y / jan / 10);
    REQUIRE(later.rule == &rules::periodique_2025);
    // The art. 2222 reading: the earlier of 2026-10-01 + 4 years and the agreement's date.
    fr::accord reading = pre_reform_5y;
    reading.law.long_agreement = fr::agreement_reading::art_2222;
    const auto art2222 = next_after(reading, 2020_y / jan / 6, 2023_y / jan / 10,
                                    2026_y / nov / 23);
    REQUIRE(art2222.due_date == 2028_y / jan / 10);
    REQUIRE(explains(art2222, &rules::accord_2222));
    // Held after 2026-10-01: 4 years from it in both readings (art. 2222 shortens only a
    // period running that day).
    REQUIRE(next_after(reading, 2020_y / jan / 6, 2027_y / jan / 15, 2027_y / feb / 1).due_date ==
            2031_y / jan / 15);
    REQUIRE(next_after(pre_reform_5y, 2020_y / jan / 6, 2027_y / jan / 15, 2027_y / feb / 1)
                .due_date == 2031_y / jan / 15);
}

TEST_CASE("An agreement concluded after the reform is capped from its conclusion") {
    // 24 months worked, concluded 2026-01-15: a long absence may not stretch it past 4 years.
    const fr::accord worked{.concluded = 2026_y / jan / 15,
                            .in_force = {2026_y / jan / 15, open_end},
                            .periodic = {.every = 24,
                                         .unit = fr::counting::months_worked,
                                         .rule = &clause}};
    static_assert(fr::accord{.concluded = 2026_y / jan / 15,
                             .in_force = {2026_y / jan / 15, open_end},
                             .periodic = {.every = 24, .unit = fr::counting::months_worked}}
                      .ok());
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / feb / 2}};
    const absence away[] = {{absence_kind::conge_parental_education, 2026_y / mar / 1,
                             2029_y / feb / 28}};
    const employee e{.hire_date = 2020_y / jan / 6, .absences = away, .interviews = held};
    const auto o = *frtest::last_periodic(evaluate(worked, e, company{}, 2026_y / nov / 23));
    REQUIRE(o.due_date == 2030_y / feb / 2);
    REQUIRE(o.rule == &rules::periodique_2025);
    REQUIRE(explains(o, &rules::accord_2025));
}

TEST_CASE("Months worked: a calendar month without work adds a month (IDCC 1090 counting)") {
    const fr::accord worked{.concluded = 2019_y / jan / 1,
                            .in_force = {2019_y / jan / 1, open_end},
                            .periodic = {.every = 24,
                                         .unit = fr::counting::months_worked,
                                         .rule = &clause}};
    const interview held[] = {{obligation_kind::entretien_professionnel, 2024_y / mar / 15}};
    const auto due_with = [&](absence a, year_month_day as_of = 2024_y / nov / 23) {
        const absence away[] = {a};
        const employee e{.hire_date = 2020_y / jan / 6, .absences = away, .interviews = held};
        return frtest::last_periodic(evaluate(worked, e, company{}, as_of))->due_date;
    };
    // June and July 2024 not worked at all: two months more.
    REQUIRE(due_with({absence_kind::arret_maladie, 2024_y / jun / 1, 2024_y / jul / 31}) ==
            2026_y / may / 15);
    // Back on 31 July: July was partly worked.
    REQUIRE(due_with({absence_kind::arret_maladie, 2024_y / jun / 1, 2024_y / jul / 30}) ==
            2026_y / apr / 15);
    // Away from 2 June: June was partly worked.
    REQUIRE(due_with({absence_kind::arret_maladie, 2024_y / jun / 2, 2024_y / jul / 31}) ==
            2026_y / apr / 15);
    // The month of the interview itself was worked.
    REQUIRE(due_with({absence_kind::arret_maladie, 2024_y / mar / 16, 2024_y / mar / 31}) ==
            2026_y / mar / 15);
    // February 2026 (28 days) not worked: known once it has started, not before.
    const absence february{absence_kind::conge_sans_solde, 2026_y / feb / 1, 2026_y / feb / 28};
    REQUIRE(due_with(february, 2026_y / feb / 1) == 2026_y / apr / 15);
    REQUIRE(due_with(february, 2026_y / jan / 31) == 2026_y / mar / 15);
    // An absence still running is taken to end on the as-of date: March 2026 not over yet.
    const absence running{absence_kind::arret_maladie, 2026_y / feb / 1, std::nullopt};
    REQUIRE(due_with(running, 2026_y / mar / 10) == 2026_y / apr / 15);
}

TEST_CASE("Calendar years: by 31 December of the Nth year (IDCC 1527 counting)") {
    const fr::accord years{.concluded = 2019_y / jan / 1,
                           .in_force = {2019_y / jan / 1, open_end},
                           .periodic = {.every = 2,
                                        .unit = fr::counting::calendar_years,
                                        .rule = &clause}};
    REQUIRE(next_after(years, 2020_y / jan / 6, 2021_y / jan / 1, 2022_y / jan / 1).due_date ==
            2023_y / dec / 31);
    REQUIRE(next_after(years, 2020_y / jan / 6, 2021_y / dec / 31, 2022_y / jan / 1).due_date ==
            2023_y / dec / 31);
}

TEST_CASE("A quota per frame: due by the last day leaving room for the rest") {
    const fr::accord three{.concluded = 2019_y / jan / 1,
                           .in_force = {2019_y / jan / 1, open_end},
                           .frame = {.interviews = 3, .years = 6, .spacing_months = 6,
                                     .rule = &clause}};
    // Hired 2019-03-01 (frame to 2025-02-28), one held: two left, 6 months apart.
    const auto o = next_after(three, 2019_y / mar / 1, 2020_y / may / 4, 2021_y / jan / 1);
    REQUIRE(o.due_date == 2024_y / aug / 31);
    REQUIRE(o.rule == &clause);
    // Hired on 29 February: frames end on 28 February in common years.
    const auto leap = next_after(three, 2020_y / feb / 29, 2020_y / may / 4, 2021_y / jan / 1);
    REQUIRE(leap.due_date == 2025_y / aug / 27);
}

TEST_CASE("A quota too late to fit: the frame's last day, never before the last interview") {
    const fr::accord three{.concluded = 2019_y / jan / 1,
                           .in_force = {2019_y / jan / 1, open_end},
                           .frame = {.interviews = 3, .years = 6, .spacing_months = 6,
                                     .rule = &clause}};
    // Frame [2018-12-31, 2024-12-31), one held on 2024-11-19: two more cannot fit 6 months
    // apart; the frame's last day (the invariants found 2024-06-29, before the interview).
    const auto o = next_after(three, 2018_y / dec / 31, 2024_y / nov / 19, 2026_y / nov / 23);
    REQUIRE(o.due_date == 2024_y / dec / 30);
    REQUIRE(o.rule == &clause);
}

TEST_CASE("Every two years on request counts from the request, never retroactively") {
    const fr::accord two{.concluded = 2019_y / jan / 1,
                         .in_force = {2019_y / jan / 1, open_end},
                         .frame = {.interviews = 2, .years = 6, .every_on_request = 24,
                                   .rule = &clause}};
    const interview held[] = {{obligation_kind::entretien_professionnel, 2019_y / mar / 1}};
    const request asked[] = {{obligation_kind::entretien_professionnel, 2019_y / jun / 1}};
    const employee e{.hire_date = 2019_y / jan / 7, .interviews = held, .requests = asked};
    // Asked in the frame's first year: 2 years from the interview held.
    REQUIRE(frtest::last_periodic(evaluate(two, e, company{}, 2019_y / jul / 1))->due_date ==
            2021_y / mar / 1);
    // Both of the first frame held; asked in the next frame's first year, when the interview
    // + 2 years had passed: due on the request, not before it.
    const interview both[] = {{obligation_kind::entretien_professionnel, 2019_y / feb / 1},
                              {obligation_kind::entretien_professionnel, 2019_y / mar / 1}};
    const request next_frame[] = {{obligation_kind::entretien_professionnel, 2025_y / mar / 3}};
    const employee f{.hire_date = 2019_y / jan / 7, .interviews = both, .requests = next_frame};
    REQUIRE(frtest::last_periodic(evaluate(two, f, company{}, 2025_y / apr / 1))->due_date ==
            2025_y / mar / 3);
    // The day before the request: the frame's last day.
    REQUIRE(frtest::last_periodic(evaluate(two, f, company{}, 2025_y / mar / 2))->due_date ==
            2031_y / jan / 6);
}

TEST_CASE("A clause not yet in force on the as-of date changes nothing") {
    const auto a = every(36, 2027_y / jan / 1);
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / feb / 2}};
    const employee e{.hire_date = 2020_y / jan / 6, .interviews = held};
    const auto law_ev = evaluate(fr::law, e, company{}, 2026_y / nov / 23);
    const auto acc_ev = evaluate(a, e, company{}, 2026_y / nov / 23);
    REQUIRE(frtest::last_periodic(acc_ev)->due_date == frtest::last_periodic(law_ev)->due_date);
    REQUIRE(acc_ev.obligations.size() == law_ev.obligations.size());
}
