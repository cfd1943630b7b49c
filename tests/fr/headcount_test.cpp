// Tests of careertalk/fr/headcount.hpp: the 50-employee threshold of the abondement correctif.
// Sources: C. trav. L6323-13 al. 1 and last al. (v5, v6); C. séc. soc. L130-1 I-II (text read on
// juriblio.fr); docs/fr/readings.md#headcount.
#include <careertalk/fr/headcount.hpp>

#include "catch.hpp"

using namespace date::literals;
namespace fr = careertalk::fr;
namespace rules = careertalk::fr::abondement_rules;
using careertalk::company;
using careertalk::headcount_year;
using fr::threshold_state;

namespace {

constexpr fr::threshold on(const company& c, careertalk::year_month_day d,
                           fr::headcount_options o = {})
{
    return fr::penalty_threshold(c, d, o);
}

// Yearly averages (L130-1 I: the average of the monthly headcounts of a calendar year).
constexpr headcount_year five_years[] = {
    {2021_y, 60}, {2022_y, 55}, {2023_y, 50}, {2024_y, 70}, {2025_y, 80}};
constexpr headcount_year four_years[] = {
    {2021_y, 40}, {2022_y, 55}, {2023_y, 50}, {2024_y, 70}, {2025_y, 80}};
constexpr headcount_year six_years[] = {{2020_y, 51}, {2021_y, 60}, {2022_y, 55},
                                        {2023_y, 50}, {2024_y, 70}, {2025_y, 80}};
constexpr headcount_year dip_2023[] = {
    {2021_y, 60}, {2022_y, 55}, {2023_y, 49}, {2024_y, 70}, {2025_y, 80}};
constexpr headcount_year only_three[] = {{2023_y, 50}, {2024_y, 70}, {2025_y, 80}};
constexpr headcount_year since_2019[] = {{2019_y, 120}, {2020_y, 110}, {2021_y, 130}};
constexpr headcount_year since_2018_low[] = {
    {2018_y, 30}, {2019_y, 120}, {2020_y, 110}, {2021_y, 130}};
constexpr headcount_year below_in_2019[] = {{2019_y, 45}, {2020_y, 110}, {2021_y, 130}};

} // namespace

// Rule 1: the host's own answer wins over any headcount.
static_assert(on(company{.headcount = 10, .penalty_threshold_met = true}, 2026_y / jan / 1).state ==
              threshold_state::met);
static_assert(
    on(company{.headcount = 200, .headcount_history = five_years, .penalty_threshold_met = false},
       2026_y / jan / 1)
        .state == threshold_state::not_met);
static_assert(on(company{.penalty_threshold_met = false}, 2026_y / jan / 1).rule->id ==
              rules::host_threshold_answer.id);

// Rule 2, L130-1 II al. 1: five consecutive calendar years at or above 50 (the averages of
// 2021-2025 for a review in 2026) -> subject; four -> not subject.
static_assert(on(company{.headcount_history = five_years}, 2026_y / jan / 1).state ==
              threshold_state::met);
static_assert(on(company{.headcount_history = five_years}, 2026_y / jan / 1).rule->id ==
              rules::css_l130_1.id);
static_assert(on(company{.headcount_history = four_years}, 2026_y / dec / 31).state ==
              threshold_state::not_met);
// 50 itself reaches the threshold ("atteint ou dépassé"); 49 in 2023 is a downward crossing
// that restarts the count (L130-1 II al. 2).
static_assert(on(company{.headcount_history = dip_2023}, 2026_y / jun / 1).state ==
              threshold_state::not_met);
// The history is read by calendar year of the date: in 2025 the years 2020-2024 are needed and
// 2020 is missing from `five_years` -> unknown, never a guess.
static_assert(on(company{.headcount_history = five_years}, 2025_y / dec / 31).state ==
              threshold_state::unknown);
static_assert(on(company{.headcount_history = only_three}, 2026_y / jan / 1).state ==
              threshold_state::unknown);
// The history wins over the current headcount from 2020.
static_assert(on(company{.headcount = 300, .headcount_history = four_years}, 2026_y / jan / 1)
                  .state == threshold_state::not_met);

// The later reading (U-11 switch): six years of averages are needed.
static_assert(on(company{.headcount_history = five_years}, 2026_y / jan / 1,
                 {.from_sixth_year = true})
                  .state == threshold_state::unknown);
static_assert(on(company{.headcount_history = four_years}, 2026_y / jan / 1,
                 {.from_sixth_year = true})
                  .state == threshold_state::not_met);
static_assert(on(company{.headcount_history = six_years}, 2026_y / jan / 1,
                 {.from_sixth_year = true})
                  .state == threshold_state::met);
static_assert(on(company{.headcount_history = six_years}, 2026_y / jan / 1,
                 {.from_sixth_year = true})
                  .rule->id == rules::css_l130_1_sixth_year.id);

// PACTE grandfathering (U-11, default on): at or above 50 in 2019 and ever since -> subject
// without waiting five years.
static_assert(on(company{.headcount_history = since_2019}, 2022_y / mar / 1).state ==
              threshold_state::met);
static_assert(on(company{.headcount_history = since_2019}, 2022_y / mar / 1).rule->id ==
              rules::pacte_grandfathering.id);
static_assert(on(company{.headcount_history = since_2019}, 2020_y / jan / 1).state ==
              threshold_state::met);
static_assert(on(company{.headcount_history = below_in_2019}, 2022_y / mar / 1).state ==
              threshold_state::not_met);
// Switched off: the five years are counted from 2019 like any other year.
static_assert(on(company{.headcount_history = since_2019}, 2022_y / mar / 1,
                 {.pacte_grandfathering = false})
                  .state == threshold_state::unknown);
static_assert(on(company{.headcount_history = since_2018_low}, 2022_y / mar / 1,
                 {.pacte_grandfathering = false})
                  .state == threshold_state::not_met);

// Rule 3: the headcount as given, compared with 50 (L6323-13 al. 1 "au moins cinquante").
static_assert(on(company{.headcount = 50}, 2026_y / jan / 1).state == threshold_state::met);
static_assert(on(company{.headcount = 49}, 2026_y / jan / 1).state == threshold_state::not_met);
static_assert(on(company{.headcount = 49}, 2026_y / jan / 1).rule->id ==
              rules::headcount_as_given.id);

// Before PACTE (2020-01-01) the history is not read: the general count, as given.
static_assert(on(company{.headcount = 60, .headcount_history = four_years}, 2019_y / dec / 31)
                  .state == threshold_state::met);
static_assert(on(company{.headcount = 60, .headcount_history = four_years}, 2019_y / dec / 31)
                  .rule->id == rules::headcount_as_given.id);
static_assert(on(company{.headcount = 60, .headcount_history = since_2019}, 2020_y / jan / 1)
                  .rule->id == rules::pacte_grandfathering.id);

// Rule 4: nothing given -> unknown, with the rule that needed the fact.
static_assert(on(company{}, 2026_y / jan / 1).state == threshold_state::unknown);
static_assert(on(company{}, 2026_y / jan / 1).rule->id == rules::css_l130_1.id);
static_assert(on(company{}, 2018_y / jan / 1).rule->id == rules::headcount_as_given.id);

TEST_CASE("L130-1 five-year rule at run time, year by year")
{
    // docs/fr/readings.md#headcount; L130-1 II: a company at 60 from 2021 becomes subject in 2026 (default
    // reading), in 2027 under the sixth-year reading, and a dip below 50 restarts the count.
    constexpr headcount_year history[] = {{2020_y, 30}, {2021_y, 60}, {2022_y, 60}, {2023_y, 60},
                                          {2024_y, 60}, {2025_y, 60}, {2026_y, 40}, {2027_y, 60}};
    const company c{.headcount_history = history};
    struct row {
        careertalk::year_month_day date;
        threshold_state fifth;
        threshold_state sixth;
    };
    const row rows[] = {
        {2025_y / dec / 31, threshold_state::not_met, threshold_state::not_met},
        {2026_y / jan / 1, threshold_state::met, threshold_state::not_met},
        {2026_y / dec / 31, threshold_state::met, threshold_state::not_met},
        {2027_y / jan / 1, threshold_state::not_met, threshold_state::not_met}, // 2026 at 40
        {2028_y / jan / 1, threshold_state::not_met, threshold_state::not_met},
    };
    for (const row& r : rows) {
        CAPTURE(static_cast<int>(r.date.year()), static_cast<unsigned>(r.date.month()));
        CHECK(fr::penalty_threshold(c, r.date).state == r.fifth);
        CHECK(fr::penalty_threshold(c, r.date, {.from_sixth_year = true}).state == r.sixth);
    }
}
