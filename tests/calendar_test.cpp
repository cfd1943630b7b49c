// Tests of careertalk/calendar.hpp. The edge cases are static_asserts: if one breaks, the
// test file does not compile. Sources: docs/conventions.md (CPC art. 641, al. 2: month-end
// clamp; age on 29 February).
#include <careertalk/calendar.hpp>

#include "catch.hpp"

using namespace date::literals;
using careertalk::add_days;
using careertalk::add_months;
using careertalk::add_years;
using careertalk::age_on;
using careertalk::period;

// add_years clamps 29 February (docs/conventions.md#clamp).
static_assert(add_years(2024_y / feb / 29, 1) == 2025_y / feb / 28);
static_assert(add_years(2024_y / feb / 29, 4) == 2028_y / feb / 29);
static_assert(add_years(2024_y / feb / 29, -1) == 2023_y / feb / 28);
static_assert(add_years(2020_y / mar / 1, 6) == 2026_y / mar / 1);
// add_months clamps to the month's last day.
static_assert(add_months(2025_y / jan / 31, 1) == 2025_y / feb / 28);
static_assert(add_months(2024_y / jan / 31, 1) == 2024_y / feb / 29);
static_assert(add_months(2025_y / mar / 31, 1) == 2025_y / apr / 30);
static_assert(add_months(2025_y / mar / 31, -1) == 2025_y / feb / 28);  // docs/conventions.md
static_assert(add_months(2025_y / dec / 15, 2) == 2026_y / feb / 15);
static_assert(add_months(2026_y / feb / 28, -12) == 2025_y / feb / 28);
static_assert(add_months(2025_y / aug / 31, 6) == 2026_y / feb / 28);
// A visit on the last day of a month: V + 2 months (L6315-1 IV).
static_assert(add_months(2025_y / dec / 31, 2) == 2026_y / feb / 28);
static_assert(add_days(2025_y / dec / 31, 1) == 2026_y / jan / 1);
static_assert(add_days(2024_y / feb / 28, 1) == 2024_y / feb / 29);
static_assert(careertalk::days_between(2025_y / jan / 1, 2026_y / jan / 1) == 365);
static_assert(careertalk::last_day_of_month(2024_y / feb / 3) == 2024_y / feb / 29);

// Ages: a person born 29 Feb turns N on 28 Feb in common years.
static_assert(age_on(2000_y / feb / 29, 2001_y / feb / 27) == 0);
static_assert(age_on(2000_y / feb / 29, 2001_y / feb / 28) == 1);
static_assert(age_on(2000_y / feb / 29, 2004_y / feb / 28) == 3);
static_assert(age_on(2000_y / feb / 29, 2004_y / feb / 29) == 4);
static_assert(age_on(1964_y / nov / 26, 2009_y / nov / 25) == 44);
static_assert(age_on(1964_y / nov / 26, 2009_y / nov / 26) == 45);
static_assert(careertalk::birthday(1967_y / feb / 10, 60) == 2027_y / feb / 10);

// Half-open periods.
constexpr period regime_b{2014_y / mar / 7, 2019_y / jan / 1};
static_assert(regime_b.contains(2014_y / mar / 7));
static_assert(!regime_b.contains(2014_y / mar / 6));
static_assert(regime_b.contains(2018_y / dec / 31));
static_assert(!regime_b.contains(2019_y / jan / 1));
static_assert(regime_b.last_day() == 2018_y / dec / 31);
static_assert(regime_b.overlaps(period{2018_y / dec / 31, 2019_y / feb / 1}));
static_assert(!regime_b.overlaps(period{2019_y / jan / 1, 2019_y / feb / 1}));
static_assert(period{2025_y / jan / 1, 2025_y / jan / 1}.empty());
static_assert(careertalk::inclusive(2025_y / oct / 26, 2025_y / dec / 30) ==
              period{2025_y / oct / 26, 2025_y / dec / 31});

// Calendar year of the 45th birthday (L4624-2-2).
static_assert(careertalk::calendar_year_of_birthday(1981_y / may / 20, 45) ==
              period{2026_y / jan / 1, 2027_y / jan / 1});

// Quarter ends (R6323-3 IV: the last day of the quarter after the review).
static_assert(careertalk::quarter_end(2022_y / apr / 28) == 2022_y / jun / 30);
static_assert(careertalk::quarter_end(2022_y / mar / 31) == 2022_y / mar / 31);
static_assert(careertalk::end_of_next_quarter(2022_y / apr / 28) == 2022_y / sep / 30);  // E11
static_assert(careertalk::end_of_next_quarter(2027_y / nov / 15) == 2028_y / mar / 31);  // E2
static_assert(careertalk::end_of_next_quarter(2025_y / dec / 31) == 2026_y / mar / 31);
static_assert(careertalk::end_of_next_quarter(2026_y / jan / 1) == 2026_y / jun / 30);

// ISO dates.
static_assert(careertalk::parse_iso_date("2024-02-29") == 2024_y / feb / 29);
static_assert(!careertalk::parse_iso_date("2025-02-29"));
static_assert(!careertalk::parse_iso_date("2025-02-30"));
static_assert(!careertalk::parse_iso_date("2025-2-3"));
static_assert(!careertalk::parse_iso_date("0000-00-00"));
static_assert(careertalk::parse_iso_date("9999-12-31") == 9999_y / dec / 31);
static_assert(!careertalk::parse_iso_date("2025-13-01"));
static_assert(!careertalk::parse_iso_date("2025/01/01"));
static_assert(!careertalk::parse_iso_date(" 2025-01-01"));

TEST_CASE("add_months clamps on every month end of a leap and a common year") {
    for (int y : {2024, 2025}) {
        for (unsigned m = 1; m <= 12; ++m) {
            const date::year_month_day last{date::year{y} / date::month{m} / date::last};
            for (int n = -24; n <= 24; ++n) {
                const auto r = add_months(last, n);
                INFO(y << "-" << m << " + " << n);
                REQUIRE(r.ok());
                // Adding to a month end lands on the target month's end or on the same day.
                REQUIRE((r.day() == last.day() || r == careertalk::last_day_of_month(r)));
            }
        }
    }
}

TEST_CASE("age_on agrees with counting birthdays one day at a time") {
    const auto birth = 2000_y / feb / 29;
    int age = 0;
    for (auto d = birth; d < 2010_y / jan / 1; d = add_days(d, 1)) {
        if (d == careertalk::birthday(birth, age + 1)) ++age;
        REQUIRE(age_on(birth, d) == age);
    }
    REQUIRE(age == 9);
}

// order_key orders as year_month_day does (issue 8: the history scans compare keys).
static_assert(careertalk::order_key(2024_y / feb / 29) < careertalk::order_key(2024_y / mar / 1));
static_assert(careertalk::order_key(2023_y / dec / 31) < careertalk::order_key(2024_y / jan / 1));
static_assert(careertalk::order_key(-1_y / dec / 31) < careertalk::order_key(0_y / jan / 1));
static_assert(careertalk::order_key(2024_y / jan / 1) == careertalk::order_key(2024_y / jan / 1));

// is_calendar_date is year_month_day::ok() (days 1-28 decided without the leap-year rule).
static_assert(careertalk::is_calendar_date(2024_y / feb / 29));
static_assert(!careertalk::is_calendar_date(2025_y / feb / 29));
static_assert(!careertalk::is_calendar_date(2100_y / feb / 29));  // not a leap year
static_assert(careertalk::is_calendar_date(2000_y / feb / 29));   // a leap year
static_assert(!careertalk::is_calendar_date(2025_y / apr / 31));
static_assert(!careertalk::is_calendar_date(2025_y / date::month{13} / 1));
static_assert(!careertalk::is_calendar_date(2025_y / jan / 0));
static_assert(!careertalk::is_calendar_date(careertalk::year_month_day{}));

TEST_CASE("order_key and is_calendar_date agree with year_month_day on every day and edge") {
    const careertalk::year_month_day edges[] = {
        2024_y / feb / 28,           2024_y / feb / 29,           2025_y / feb / 28,
        2025_y / feb / 29,           2025_y / date::month{13} / 1, 2025_y / date::month{0} / 1,
        2025_y / jan / 0,            2025_y / jan / 32,           date::year::min() / jan / 1,
        date::year::max() / dec / 31, 9999_y / dec / 31};
    for (const auto& a : edges)
        for (const auto& b : edges) {
            REQUIRE((careertalk::order_key(a) < careertalk::order_key(b)) == (a < b));
            REQUIRE(careertalk::is_calendar_date(a) == a.ok());
        }
    auto prev = 1999_y / dec / 31;
    for (auto d = 2000_y / jan / 1; d < 2001_y / mar / 1; d = add_days(d, 1)) {
        REQUIRE(careertalk::order_key(prev) < careertalk::order_key(d));
        for (unsigned day = 0; day <= 32; ++day) {
            const auto x = d.year() / d.month() / date::day{day};
            REQUIRE(careertalk::is_calendar_date(x) == x.ok());
        }
        prev = d;
    }
}

TEST_CASE("add_years is add_months of 12 n months, invalid dates included") {
    const careertalk::year_month_day odd[] = {2025_y / apr / 31, 2025_y / date::month{13} / 5,
                                              2025_y / date::month{0} / 5, 2025_y / jan / 0,
                                              2024_y / feb / 30, 2025_y / dec / 32};
    for (const auto& d : odd)
        for (int n = -30; n <= 30; ++n) REQUIRE(add_years(d, n) == add_months(d, 12 * n));
    for (auto d = 1999_y / jan / 1; d < 2002_y / jan / 1; d = add_days(d, 1))
        for (int n = -9; n <= 9; ++n) REQUIRE(add_years(d, n) == add_months(d, 12 * n));
}

TEST_CASE("add_days is sys_days arithmetic, month ends, 29 February and invalid dates included") {
    const auto by_sys_days = [](careertalk::year_month_day d, int n) {
        return careertalk::year_month_day{careertalk::sys_days{d} + date::days{n}};
    };
    const careertalk::year_month_day odd[] = {2025_y / apr / 31, 2025_y / date::month{13} / 5,
                                              2025_y / date::month{0} / 5, 2025_y / jan / 0,
                                              2024_y / feb / 30, date::year{-32768} / jan / 5};
    for (const auto& d : odd)
        for (int n = -40; n <= 40; ++n) REQUIRE(add_days(d, n) == by_sys_days(d, n));
    for (auto d = 1999_y / dec / 1; d < 2001_y / mar / 31; d = by_sys_days(d, 1))
        for (int n = -40; n <= 40; ++n) REQUIRE(add_days(d, n) == by_sys_days(d, n));
}
static_assert(add_days(2024_y / feb / 28, 1) == 2024_y / feb / 29);
static_assert(add_days(2025_y / feb / 28, 1) == 2025_y / mar / 1);
static_assert(add_days(2025_y / mar / 1, -1) == 2025_y / feb / 28);
static_assert(add_days(2025_y / jan / 27, 1) == 2025_y / jan / 28);

// std::chrono dates convert through sys_days and back; an impossible one field by field.
static_assert(careertalk::to_date(std::chrono::year{2024} / 2 / 29) == 2024_y / feb / 29);
static_assert(careertalk::to_chrono(2024_y / feb / 29) == std::chrono::year{2024} / 2 / 29);
static_assert(!careertalk::to_date(std::chrono::year{2025} / 2 / 29).ok());
static_assert(careertalk::to_date(std::chrono::year{2025} / 2 / 29).day() == date::day{29});
static_assert(careertalk::add_years(std::chrono::year{2024} / 2 / 29, 1) ==
              std::chrono::year{2025} / 2 / 28);
static_assert(careertalk::add_months(std::chrono::year{2025} / 3 / 31, 1) ==
              std::chrono::year{2025} / 4 / 30);
static_assert(careertalk::add_days(std::chrono::year{2024} / 12 / 31, 1) ==
              std::chrono::year{2025} / 1 / 1);
static_assert(careertalk::age_on(std::chrono::year{2000} / 2 / 29,
                                 std::chrono::year{2018} / 2 / 28) == 18);
