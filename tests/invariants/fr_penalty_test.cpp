// Invariants of the abondement correctif audit over random careers (issue 15 §1; the reading is
// docs/fr/penalty.md): "a bénéficié des entretiens prévus" (C. trav. L6315-1 II, L6323-13) is
// counted against the anniversaries of the period of seniority, not against the rolling
// schedule. Two properties, each on CAREERTALK_INVARIANT_EMPLOYEES careers (default 100,000),
// the first état des lieux of each:
//   P1 interviews held within a month of each statutory anniversary, plus the review within a
//      month of its deadline, never give a penalty;
//   P2 fewer interviews in the period than it planned, and no training other than L6321-2
//      (fewer than 2 of the 3 measures of the 2014 text), always give the penalty from 50
//      employees.
// The anniversaries are written here from the texts, not taken from the library:
//   - present on 2014-03-07, or hired before 2019-10-26: every 2 years, review at 6 (L6315-1
//     I, II v2-v5), COVID postponement to 2021-09-30 for a review due 2020-01-01..2021-06-30
//     (ord. 2020-1501, ministry tolerance);
//   - a deadline not expired on 2025-10-26 moves to 4 years from the same reference, the
//     review to 8 years (loi 2025-989, ministry Q-R no. 2), except the first from hire (the
//     2025 first-year rule being expired, the 2-year deadline stays);
//   - hired from 2024-10-26: the first within a year, then every 4 years, review at 8
//     (L6315-1 I, II v7; first-year reading `direct`).
#include <careertalk/fr/law.hpp>

#include "harness.hpp"

#include "catch.hpp"

#include <algorithm>
#include <array>
#include <vector>

using namespace date::literals;
using namespace careertalk;

namespace {

constexpr year_month_day loi_2014 = 2014_y / mar / 7;
constexpr year_month_day loi_2025 = 2025_y / oct / 26;

// The first cycle of an employee hired on `hire`, from the texts: its start, the anniversaries
// of the periodic interviews inside it, its review's statutory anniversary and the deadline
// the sanction allows (COVID).
struct cycle {
    year_month_day start{};
    std::vector<year_month_day> anniversaries{};
    year_month_day review{};
    year_month_day deadline{};
};

cycle first_cycle(year_month_day hire) {
    cycle c;
    c.start = hire < loi_2014 ? loi_2014 : hire;
    const year_month_day s = c.start;
    if (!(s < add_years(loi_2025, -1))) {  // hired from 2024-10-26: first-year EPP, then 4 years
        c.anniversaries = {add_years(s, 1), add_years(s, 5)};
        c.review = add_years(s, 8);
    } else if (add_years(s, 6) < loi_2025) {  // the six-year review expired before the reform
        c.anniversaries = {add_years(s, 2), add_years(s, 4)};
        c.review = add_years(s, 6);
    } else {  // eight years; the two-year deadlines not expired on 2025-10-26 become four,
              // except the first after hire (the 2025 text's first-year rule is then expired)
        year_month_day ref = s;
        while (true) {
            year_month_day next = add_years(ref, 2);
            if (!(next < loi_2025) && !(ref == s && hire == s)) next = add_years(ref, 4);
            if (!(add_months(next, 1) < add_years(s, 8))) break;
            c.anniversaries.push_back(next);
            ref = next;
        }
        c.review = add_years(s, 8);
    }
    const bool covid = !(c.review < 2020_y / jan / 1) && !(2021_y / jun / 30 < c.review);
    c.deadline = covid ? 2021_y / sep / 30 : c.review;
    return c;
}

// A day in [d - 1 month, d + 1 month], never before `floor`.
year_month_day within_a_month(invariants::rng& r, year_month_day d, year_month_day floor) {
    const year_month_day lo = std::max(add_months(d, -1), floor);
    return add_days(lo, r.between(0, days_between(lo, add_months(d, 1))));
}

year_month_day any_day(invariants::rng& r, year_month_day lo, year_month_day hi) {
    return add_days(lo, r.between(0, days_between(lo, hi)));
}

// An employee of a company of at least 50 (the threshold given, or a headcount as given), on
// a permanent contract, young enough for no pre-60 interview, with no absence and no medical
// visit: only the periodic interviews and the review are owed in the period.
invariants::facts career(std::uint64_t seed, invariants::rng& r) {
    invariants::facts f{};
    f.seed = seed;
    f.person.id = "x";
    const int era = r.between(0, 3);
    const year_month_day lo = era == 0   ? 2005_y / jan / 1
                              : era == 1 ? loi_2014
                              : era == 2 ? 2019_y / jun / 1
                                         : 2024_y / jun / 1;
    const year_month_day hi = era == 0   ? 2014_y / mar / 6
                              : era == 1 ? 2019_y / oct / 25
                              : era == 2 ? 2024_y / oct / 25
                                         : 2032_y / dec / 31;
    f.person.hire_date = any_day(r, lo, hi);
    if (r.chance(10)) f.person.hire_date = r.pick<year_month_day>(std::array{
        2016_y / feb / 29, 2020_y / feb / 29, 2024_y / feb / 29, 2019_y / oct / 25,
        2019_y / oct / 26, 2023_y / oct / 25, 2023_y / oct / 26, 2024_y / oct / 25,
        2024_y / oct / 26, 2014_y / mar / 6, 2014_y / mar / 7});
    f.person.birth_date = add_years(f.person.hire_date, -r.between(18, 30));
    f.person.flags.part_time = r.chance(20);
    if (r.chance(30)) f.employer.penalty_threshold_met = true;
    else f.employer.headcount = r.pick<int>(std::array{50, 51, 200, 1200});
    return f;
}

// The first review's abondement finding, if decided.
const finding* first_verdict(const evaluation& ev, year_month_day start) {
    for (const finding& f : ev.findings)
        if (f.about == obligation_kind::abondement_correctif && f.review.begin == start &&
            (f.kind == finding_kind::penalty || f.kind == finding_kind::no_penalty))
            return &f;
    return nullptr;
}

const fr::law_policy* const on_time_readings[] = {&fr::law, &fr::anniversaries};
const fr::law_policy* const short_readings[] = {&fr::law, &fr::anniversaries, &fr::ministry,
                                           &fr::literal};
constexpr std::string_view on_time_names[] = {"fr", "fr:anniversaries"};
constexpr std::string_view short_names[] = {"fr", "fr:anniversaries", "fr:ministry",
                                            "fr:literal"};

std::string report(std::string_view property, std::string_view reading,
                   const invariants::facts& f, const evaluation& ev) {
    std::string s = std::string{property} + " under " + std::string{reading} + ":\n" +
                    invariants::print(f) + "rerun: CAREERTALK_INVARIANT_SEED=" +
                    std::to_string(f.seed) + " CAREERTALK_INVARIANT_EMPLOYEES=1\n";
    for (const finding& x : ev.findings)
        s += "finding " + invariants::name(x.kind) + " " + invariants::text(x.date) + " over " +
             invariants::text(x.review.begin) + ".." + invariants::text(x.review.end) + "\n";
    return s;
}

}  // namespace

TEST_CASE("P1: interviews within a month of each anniversary and the review never cost the "
          "abondement (L6315-1 I, II, CDC FAQ)") {
    const std::uint64_t n = invariants::employees_per_set(100000);
    std::uint64_t assessed = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t seed = invariants::base_seed() + i;
        invariants::rng r{seed};
        invariants::facts f = career(seed, r);
        const cycle c = first_cycle(f.person.hire_date);
        for (const year_month_day a : c.anniversaries)
            f.interviews.push_back({r.chance(50) ? obligation_kind::entretien_professionnel
                                                 : obligation_kind::entretien_parcours_professionnel,
                                    within_a_month(r, a, c.start)});
        // Not before the review's window: the year before it, and for the first after a hire
        // under the 2025 text, seven years after the first interview (L6315-1 II v7).
        year_month_day floor = add_years(c.review, -1);
        if (c.review == add_years(c.start, 8) && !(c.start < add_years(loi_2025, -1)))
            floor = std::max(floor, add_years(f.interviews.front().date, 7));
        const year_month_day review = within_a_month(r, c.deadline, floor);
        f.interviews.push_back({obligation_kind::etat_des_lieux, review});
        for (int k = r.between(0, 2); k > 0; --k)
            f.trainings.push_back({any_day(r, c.start, c.review), r.chance(50), 7});
        f.as_of = add_days(add_months(c.deadline, 1), r.between(1, 700));
        const std::size_t reading = i % std::size(on_time_readings);
        const evaluation ev = careertalk::evaluate(*on_time_readings[reading], f.view(),
                                                   f.company_view(), f.as_of);
        REQUIRE(ev.ok());
        const finding* v = first_verdict(ev, c.start);
        if (v == nullptr) FAIL(report("P1: the review was not assessed", on_time_names[reading], f, ev));
        if (v->kind == finding_kind::penalty)
            FAIL(report("P1: a penalty though every interview was held", on_time_names[reading],
                        f, ev));
        ++assessed;
    }
    CHECK(assessed == n);
}

TEST_CASE("P2: fewer interviews than planned and no training beyond L6321-2 always cost the "
          "abondement from 50 employees (L6315-1 II, L6323-13)") {
    const std::uint64_t n = invariants::employees_per_set(100000);
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t seed = invariants::base_seed() + 7'000'000'000ULL + i;
        invariants::rng r{seed};
        invariants::facts f = career(seed, r);
        const cycle c = first_cycle(f.person.hire_date);
        const std::size_t reading = i % std::size(short_readings);
        // The interviews the period planned: its anniversaries and the review; at least one
        // fewer is held in it (up to the deadline's tolerance, the latest the sanction allows
        // under every reading here), of any kind, the review perhaps among them.
        const std::size_t planned = c.anniversaries.size() + 1;
        const year_month_day last = add_months(c.deadline, 1);
        for (std::size_t k = static_cast<std::size_t>(r.between(0, static_cast<int>(planned) - 1));
             k > 0; --k)
            f.interviews.push_back({r.pick<obligation_kind>(std::array{
                                        obligation_kind::entretien_professionnel,
                                        obligation_kind::entretien_parcours_professionnel,
                                        obligation_kind::etat_des_lieux}),
                                    any_day(r, c.start, last)});
        // Before the period (a regime A interview) and long after it: they do not count.
        if (r.chance(20) && f.person.hire_date < c.start)
            f.interviews.push_back({obligation_kind::entretien_professionnel,
                                    any_day(r, f.person.hire_date, add_days(c.start, -1))});
        if (r.chance(20))  // after every reading's deadline and tolerance (the ministry's:
                           // the day before the next year of seniority)
            f.interviews.push_back(
                {obligation_kind::etat_des_lieux,
                 add_days(add_months(std::max(add_years(c.review, 1), c.deadline), 1),
                          r.between(1, 300))});
        std::sort(f.interviews.begin(), f.interviews.end(),
                  [](const interview& a, const interview& b) { return a.date < b.date; });
        // Fewer than two of the three measures of the 2014 text, no training beyond L6321-2.
        if (r.chance(50)) {
            for (int k = r.between(0, 3); k > 0; --k)
                f.trainings.push_back({any_day(r, c.start, c.review), true, 7});
        } else if (r.chance(50)) {
            f.certifications.push_back({any_day(r, c.start, c.review)});
        } else {
            f.progressions.push_back({any_day(r, c.start, c.review)});
        }
        // Decided under every reading: after the ministry's deadline (the day before the next
        // year of seniority) and its tolerance.
        f.as_of = add_days(add_months(std::max(add_years(c.review, 1), c.deadline), 1),
                           r.between(1, 300));
        const evaluation ev = careertalk::evaluate(*short_readings[reading], f.view(),
                                                   f.company_view(), f.as_of);
        REQUIRE(ev.ok());
        const finding* v = first_verdict(ev, c.start);
        if (v == nullptr) FAIL(report("P2: the review was not assessed", short_names[reading], f, ev));
        if (v->kind != finding_kind::penalty)
            FAIL(report("P2: no penalty though interviews were missing", short_names[reading], f,
                        ev));
    }
}
