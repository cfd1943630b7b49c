// Tests of careertalk/fr/transition.hpp: periodic deadlines across 2014, 2019, the COVID
// postponement, the 2025 reform and the 2026-10-01 agreement rule, at their edges. Mostly
// static_assert: the function is constexpr and these are its legal cases.
#include <careertalk/fr/transition.hpp>

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;
using fr::agreement;
using fr::agreement_reading;
using fr::first_year_reading;

namespace {
constexpr auto today = 2026_y / nov / 23;
constexpr fr::deadline next(year_month_day ref, bool from_hire = false, agreement a = {},
                            year_month_day as_of = today,
                            first_year_reading fy = first_year_reading::direct,
                            agreement_reading ar = agreement_reading::direct) {
    return fr::periodic_deadline(ref, from_hire, a, as_of, fy, ar);
}
}  // namespace

// L6315-1 I v2-v5: two years, clamped (29 Feb + 2 years = 28 Feb).
static_assert(next(2016_y / feb / 29).due == 2018_y / feb / 28);
static_assert(next(2016_y / feb / 29).rule == &fr::rules::periodique_2014);

// 2014-2018: an agreement may not change the periodicity; from 2019 it may (L6315-1 III v4).
static_assert(next(2018_y / dec / 31, false, {36, {}}).due == 2021_y / jun / 30);  // COVID
static_assert(next(2018_y / dec / 31, false, {36, {}}).anchor == 2020_y / dec / 31);
static_assert(next(2019_y / jan / 1, false, {36, {}}).due == 2022_y / jan / 1);
// ... and only from the date it was concluded.
static_assert(next(2019_y / mar / 1, false, {36, 2019_y / jun / 1}).anchor == 2021_y / mar / 1);

// Ord. 2020-1501: due 2020-01-01..2021-06-30 -> 2021-06-30; the day before and after: unchanged.
static_assert(next(2017_y / dec / 31).due == 2019_y / dec / 31);
static_assert(next(2018_y / jan / 1).due == 2021_y / jun / 30);
static_assert(next(2018_y / jan / 1).anchor == 2020_y / jan / 1);
static_assert(next(2019_y / jun / 30).due == 2021_y / jun / 30);
static_assert(next(2019_y / jul / 1).due == 2021_y / jul / 1);
// Seen before 2020 the postponement did not exist.
static_assert(next(2018_y / jan / 1, false, {}, 2019_y / dec / 31).due == 2020_y / jan / 1);

// 2025-10-25 / 26: a deadline expired on 2025-10-26 stays; a running one moves to 4 years
// from the same interview (ministry Q-R no. 2, art. 2222).
static_assert(next(2023_y / oct / 25).due == 2025_y / oct / 25);
static_assert(next(2023_y / oct / 25).rule == &fr::rules::periodique_2014);
static_assert(next(2023_y / oct / 26).due == 2027_y / oct / 26);
static_assert(next(2023_y / oct / 26).rule == &fr::rules::periodique_2025);
// Seen before the reform, the old law still answers.
static_assert(next(2023_y / oct / 26, false, {}, 2025_y / oct / 25).due == 2025_y / oct / 26);
// Since the reform: 4 years, or the agreement's (at most 4).
static_assert(next(2025_y / oct / 26).due == 2029_y / oct / 26);
static_assert(next(2025_y / oct / 26, false, {24, 2025_y / nov / 3}).due == 2027_y / oct / 26);

// First interview. Hired on 2025-10-26: first year (L6315-1 I al. 1 v6).
static_assert(next(2025_y / oct / 26, true).due == 2026_y / oct / 26);
static_assert(next(2028_y / feb / 29, true).due == 2029_y / feb / 28);
// Hired 2024-10-26..2025-10-25 (docs/fr/readings.md#first-year-transition, E24): direct hire + 1 year; art. 2222 the earlier
// of 2026-10-26 and hire + 2 years.
static_assert(next(2024_y / oct / 26, true).due == 2025_y / oct / 26);
static_assert(next(2025_y / oct / 25, true).due == 2026_y / oct / 25);
static_assert(next(2025_y / jul / 1, true, {}, today, first_year_reading::art_2222).due ==
              2026_y / oct / 26);
static_assert(next(2024_y / oct / 26, true, {}, today, first_year_reading::art_2222).due ==
              2026_y / oct / 26);
// Hired the day before the window: the first year had ended before the law; 2 years remain.
static_assert(next(2024_y / oct / 25, true).due == 2026_y / oct / 25);
static_assert(next(2024_y / feb / 29, true).due == 2026_y / feb / 28);

// Pre-reform agreement of 5 years (loi 2025-989 art. 3 II): kept for deadlines up to
// 2026-09-30; from 2026-10-01 direct = last + 4 years (not before 2026-10-01), art. 2222 =
// min(2026-10-01 + 4 years, agreement deadline). E20(b).
constexpr agreement five_years{60, 2020_y / jan / 15};
static_assert(next(2021_y / sep / 30, false, five_years).due == 2026_y / sep / 30);
static_assert(next(2021_y / oct / 1, false, five_years).due == 2026_y / oct / 1);
static_assert(next(2023_y / may / 10, false, five_years).due == 2027_y / may / 10);
static_assert(next(2023_y / may / 10, false, five_years, today, first_year_reading::direct,
                   agreement_reading::art_2222)
                  .due == 2028_y / may / 10);
// Art. 2222 shortens a period running on 2026-10-01; one that starts later has the new
// length from its start, in both readings (fuzzing found an interview in 2562 due in 2030).
static_assert(next(2026_y / sep / 30, false, five_years, today, first_year_reading::direct,
                   agreement_reading::art_2222)
                  .due == 2030_y / oct / 1);
static_assert(next(2026_y / nov / 2, false, five_years, today, first_year_reading::direct,
                   agreement_reading::art_2222)
                  .due == 2030_y / nov / 2);
static_assert(next(2026_y / nov / 2, false, five_years).due == 2030_y / nov / 2);
static_assert(next(2562_y / mar / 26, false, five_years, today, first_year_reading::direct,
                   agreement_reading::art_2222)
                  .due == 2566_y / mar / 26);

// État des lieux length: 8 when the six-year deadline had not expired on 2025-10-26.
static_assert(fr::review_years(2019_y / oct / 25, 2025_y / oct / 25, today) == 6);
static_assert(fr::review_years(2019_y / oct / 26, 2025_y / oct / 26, today) == 8);
static_assert(fr::review_years(2019_y / oct / 26, 2025_y / oct / 26, 2025_y / oct / 25) == 6);

// The clock started under v5 and carried over by the transition names both (issue 9: a rule
// in force on the trigger date). Compared by id (GCC UBSan cannot fold address tests).
constexpr bool cites(const fr::deadline& d, std::string_view id) {
    for (const rule_ref* r : d.why)
        if (r->id == id) return true;
    return false;
}
static_assert(cites(next(2023_y / oct / 26), fr::rules::periodique_2014.id));
static_assert(cites(next(2023_y / oct / 26), fr::rules::transition_2025.id));
static_assert(!cites(next(2025_y / oct / 26), fr::rules::periodique_2014.id));
// Hired 2024-10-26 (first-year transition, E24): the v5 rule of the hire date and the reading
// of the transition.
static_assert(cites(next(2024_y / oct / 26, true), fr::rules::periodique_2014.id));
static_assert(cites(next(2024_y / oct / 26, true), fr::rules::premiere_annee_direct.id));
static_assert(!cites(next(2024_y / oct / 25, true), fr::rules::premiere_annee_direct.id));

// An agreement of 18 months concluded after the last interview (2014 clock: 2 years). The new
// length from the same interview would expire before 2025-10-26: the deadline stays the v5
// one (C. civ., art. 2222, al. 2: a new law does not make a deadline expire before its first
// day). 2024-04-25 + 18 months = 2025-10-25 (the day before): kept; 2024-04-26 -> 2025-10-26
// (the first day): moved.
constexpr agreement eighteen{18, 2024_y / jun / 1};
static_assert(next(2024_y / apr / 25, false, eighteen).due == 2026_y / apr / 25);
static_assert(next(2024_y / apr / 25, false, eighteen).rule->id == fr::rules::periodique_2014.id);
static_assert(next(2024_y / apr / 26, false, eighteen).due == 2025_y / oct / 26);
static_assert(next(2024_y / apr / 26, false, eighteen).rule->id == fr::rules::periodique_2025.id);
// Seen on 2025-09-10 (before the reform) and after it: the same v5 deadline (seed 20253714).
static_assert(next(2024_y / feb / 29, false, eighteen, 2025_y / sep / 10).due ==
              next(2024_y / feb / 29, false, eighteen).due);

// A reference on or after 2025-10-26 is governed by the 2025 text even seen from the day
// before (a hire or an interview still to come: only that text can apply to it).
static_assert(next(2025_y / oct / 26, false, {}, 2025_y / oct / 25).due == 2029_y / oct / 26);
static_assert(next(2025_y / oct / 26, true, {}, 2025_y / oct / 25).due == 2026_y / oct / 26);
static_assert(next(2025_y / oct / 26, true, {}, 2025_y / oct / 25).rule->id ==
              fr::rules::premiere_annee_2025.id);
static_assert(next(2025_y / oct / 25, false, {}, 2025_y / oct / 25).due == 2027_y / oct / 25);
// ... and so is an état des lieux cycle that starts then (8 years, L6315-1 II v7).
static_assert(fr::review_years(2025_y / oct / 26, 2031_y / oct / 26, 2025_y / oct / 25) == 8);
static_assert(fr::review_years(2025_y / oct / 25, 2031_y / oct / 25, 2025_y / oct / 25) == 6);

TEST_CASE("every deadline explains itself with the date convention") {
    const auto d = next(2023_y / may / 10, false, five_years);
    REQUIRE(d.why.back() == &conventions::clamp_to_month_end);
    bool transition = false, agreement_rule = false;
    for (const rule_ref* r : d.why) {
        transition = transition || r == &fr::rules::transition_2025;
        agreement_rule = agreement_rule || r == &fr::rules::accord_direct;
    }
    REQUIRE(transition);
    REQUIRE(agreement_rule);
}

// next_due asks for the date alone (issue 8): the same deadline, without its explanation.
static_assert(fr::periodic_deadline<false>(2023_y / may / 10, false, five_years, today,
                                           first_year_reading::direct, agreement_reading::direct)
                  .due == next(2023_y / may / 10, false, five_years).due);
static_assert(fr::periodic_deadline<false>(2019_y / jun / 30, false, {}, today,
                                           first_year_reading::direct, agreement_reading::direct)
                  .why.empty());

TEST_CASE("without its explanation, every deadline is the same (issue 8)") {
    // Every 5th day 2012-2028 (29 February 2012 among them), each clock start, the agreements
    // of the legal cases above, both readings, as-of dates either side of the edges.
    const agreement agreements[] = {{}, {12, {}}, {36, 2019_y / jun / 1}, {60, {}}, five_years};
    const year_month_day as_ofs[] = {2019_y / dec / 31, 2020_y / jan / 1, 2025_y / oct / 25,
                                     2025_y / oct / 26, 2026_y / oct / 1, today};
    int compared = 0, different = 0;
    for (sys_days day = sys_days{2012_y / jan / 4}; day < sys_days{2029_y / jan / 1};
         day += date::days{5})
        for (const bool from_hire : {false, true})
            for (const agreement& a : agreements)
                for (const year_month_day as_of : as_ofs)
                    for (const auto fy : {first_year_reading::direct, first_year_reading::art_2222})
                        for (const auto ar :
                             {agreement_reading::direct, agreement_reading::art_2222}) {
                            const year_month_day ref{day};
                            const fr::deadline with = fr::periodic_deadline(ref, from_hire, a,
                                                                            as_of, fy, ar);
                            const fr::deadline bare = fr::periodic_deadline<false>(
                                ref, from_hire, a, as_of, fy, ar);
                            different += bare.due != with.due || bare.anchor != with.anchor ||
                                         bare.rule != with.rule ||
                                         bare.first_year != with.first_year ||
                                         !bare.why.empty() || with.why.empty();
                            ++compared;
                        }
    REQUIRE(compared == 1242 * 2 * 5 * 6 * 2 * 2);
    REQUIRE(different == 0);
}
