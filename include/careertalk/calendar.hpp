// careertalk/calendar.hpp: civil dates, anniversaries, ages and half-open periods.
//
// Every deadline in the library is computed here. Adding years or months keeps the day of
// the month when it exists and otherwise clamps to the month's last day (29 Feb + 1 year =
// 28 Feb; 31 Mar + 1 month = 30 Apr), the rule of CPC art. 641 ("à défaut d'un quantième
// identique, le délai expire le dernier jour du mois"). date's own `ymd + years{n}` can make
// an invalid date and `sys_days + months{n}` adds an average month: never use either for a
// deadline. Everything is constexpr and noexcept; tests/calendar_test.cpp pins the edges
// with static_assert.
#pragma once

#include <date/date.h>

#include <chrono>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>

namespace careertalk::inline v0 {

using date::sys_days;
using date::year_month_day;

// A host may hold its dates as date::year_month_day or as std::chrono::year_month_day: every
// public entry point takes either (std::chrono's is converted once, on the way in).
template <class D>
concept date_like = std::same_as<D, year_month_day> || std::same_as<D, std::chrono::year_month_day>;

constexpr year_month_day to_date(year_month_day d) noexcept { return d; }

// Through sys_days when it is a calendar date. An impossible one (2025-02-30) is carried over
// field by field, so validation names it instead of rolling it into March.
constexpr year_month_day to_date(std::chrono::year_month_day d) noexcept {
    if (d.ok()) return year_month_day{sys_days{std::chrono::sys_days{d}.time_since_epoch()}};
    return year_month_day{date::year{static_cast<int>(d.year())},
                          date::month{static_cast<unsigned>(d.month())},
                          date::day{static_cast<unsigned>(d.day())}};
}

// A result's date for a host that works in std::chrono (the same two cases, the other way).
constexpr std::chrono::year_month_day to_chrono(year_month_day d) noexcept {
    if (d.ok()) return std::chrono::year_month_day{std::chrono::sys_days{sys_days{d}.time_since_epoch()}};
    return std::chrono::year_month_day{std::chrono::year{static_cast<int>(d.year())},
                                       std::chrono::month{static_cast<unsigned>(d.month())},
                                       std::chrono::day{static_cast<unsigned>(d.day())}};
}

// An integer in the order of dates (year, then month, then day, as year_month_day compares,
// invalid dates included): one comparison instead of up to five in the scans of histories.
constexpr std::uint32_t order_key(year_month_day d) noexcept {
    return static_cast<std::uint32_t>(static_cast<int>(d.year()) + 32768) << 16 |
           static_cast<unsigned>(d.month()) << 8 | static_cast<unsigned>(d.day());
}

// year_month_day::ok(), deciding days 1-28 (every month has them) without the leap-year rule.
constexpr bool is_calendar_date(year_month_day d) noexcept {
    const unsigned day = static_cast<unsigned>(d.day());
    if (day >= 1 && day <= 28) return d.month().ok() && d.year().ok();
    return d.ok();
}

// d + n calendar months, clamped to the end of the month. n may be negative.
constexpr year_month_day add_months(year_month_day d, int n) noexcept {
    const auto ym = date::year_month{d.year(), d.month()} + date::months{n};
    if (d.day() <= date::day{28}) return ym.year() / ym.month() / d.day();  // every month has it
    const auto last = (ym.year() / ym.month() / date::last).day();
    return ym.year() / ym.month() / (d.day() > last ? last : d.day());
}

// d + n years, clamped: 2024-02-29 + 1 year = 2025-02-28. add_months(d, 12 * n) without the
// month arithmetic (the deadlines' most frequent operation).
constexpr year_month_day add_years(year_month_day d, int n) noexcept {
    if (!d.month().ok()) return add_months(d, 12 * n);  // normalised as add_months does
    const date::year y = d.year() + date::years{n};
    if (d.day() <= date::day{28}) return y / d.month() / d.day();
    const auto last = (y / d.month() / date::last).day();
    return y / d.month() / (d.day() > last ? last : d.day());
}

// d + n days (exact days; a week is 7 days). Within days 1-28 of a month (the day after a
// date, the day before a deadline) no conversion through sys_days is needed.
constexpr year_month_day add_days(year_month_day d, int n) noexcept {
    const int day = static_cast<int>(static_cast<unsigned>(d.day()));
    if (day >= 1 && day <= 28 && day + n >= 1 && day + n <= 28 && d.month().ok() &&
        d.year().ok())
        return d.year() / d.month() / date::day{static_cast<unsigned>(day + n)};
    return year_month_day{sys_days{d} + date::days{n}};
}

// Number of days from a to b (negative when b is before a).
constexpr int days_between(year_month_day a, year_month_day b) noexcept {
    return static_cast<int>((sys_days{b} - sys_days{a}).count());
}

constexpr year_month_day last_day_of_month(year_month_day d) noexcept {
    return year_month_day{d.year() / d.month() / date::last};
}

// The Nth birthday (N >= 0). Someone born on 29 February has it on 28 February in
// non-leap years (docs/conventions.md#age; the clamp of add_years).
constexpr year_month_day birthday(year_month_day birth, int n) noexcept {
    return add_years(birth, n);
}

// Age in completed years on `on`: N is reached on the Nth birthday.
constexpr int age_on(year_month_day birth, year_month_day on) noexcept {
    int age = static_cast<int>(on.year()) - static_cast<int>(birth.year());
    if (birthday(birth, age) > on) --age;
    return age;
}

// Completed years from `from` to `on` (seniority, years in a function).
constexpr int whole_years_between(year_month_day from, year_month_day on) noexcept {
    return age_on(from, on);
}

// The open end of a rule or period that has no end yet.
inline constexpr year_month_day open_end = date::year{9999} / date::December / date::day{31};

// A half-open period [begin, end) of calendar days.
struct period {
    year_month_day begin{};
    year_month_day end{};

    constexpr bool ok() const noexcept { return begin.ok() && end.ok() && begin <= end; }
    constexpr bool empty() const noexcept { return !(begin < end); }
    constexpr bool contains(year_month_day d) const noexcept { return begin <= d && d < end; }
    constexpr bool overlaps(const period& o) const noexcept {
        return begin < o.end && o.begin < end;
    }
    // Last day inside the period (for display of inclusive ranges).
    constexpr year_month_day last_day() const noexcept { return add_days(end, -1); }
    // Length in days.
    constexpr int days() const noexcept { return days_between(begin, end); }

    friend constexpr bool operator==(const period&, const period&) noexcept = default;
};

// [first, last] written with its inclusive last day, as legal texts do.
constexpr period inclusive(year_month_day first, year_month_day last) noexcept {
    return period{first, add_days(last, 1)};
}

// The calendar year y as a period [1 Jan y, 1 Jan y+1).
constexpr period calendar_year(date::year y) noexcept {
    return period{y / date::January / 1, (y + date::years{1}) / date::January / 1};
}

// "The calendar year of the Nth birthday" (L4624-2-2: "l'année civile du
// quarante-cinquième anniversaire").
constexpr period calendar_year_of_birthday(year_month_day birth, int n) noexcept {
    return calendar_year(birth.year() + date::years{n});
}

// Last day of the calendar quarter containing d (31 Mar, 30 Jun, 30 Sep, 31 Dec).
constexpr year_month_day quarter_end(year_month_day d) noexcept {
    const unsigned m = static_cast<unsigned>(d.month());
    const unsigned last_month = ((m - 1) / 3 + 1) * 3;
    return year_month_day{d.year() / date::month{last_month} / date::last};
}

// Last day of the calendar quarter after the one containing d (R6323-3 IV: "le dernier jour
// du trimestre civil suivant la date de l'entretien").
constexpr year_month_day end_of_next_quarter(year_month_day d) noexcept {
    return quarter_end(add_months(quarter_end(d), 1));
}

// The same arithmetic on std::chrono dates, for hosts that keep them.
constexpr std::chrono::year_month_day add_days(std::chrono::year_month_day d, int n) noexcept {
    return to_chrono(add_days(to_date(d), n));
}
constexpr std::chrono::year_month_day add_months(std::chrono::year_month_day d, int n) noexcept {
    return to_chrono(add_months(to_date(d), n));
}
constexpr std::chrono::year_month_day add_years(std::chrono::year_month_day d, int n) noexcept {
    return to_chrono(add_years(to_date(d), n));
}
constexpr int days_between(std::chrono::year_month_day a, std::chrono::year_month_day b) noexcept {
    return days_between(to_date(a), to_date(b));
}
constexpr int age_on(std::chrono::year_month_day birth, std::chrono::year_month_day on) noexcept {
    return age_on(to_date(birth), to_date(on));
}

// Strict ISO 8601 calendar date "YYYY-MM-DD" (four-digit year, two-digit month and day),
// rejecting impossible dates such as 2025-02-30. Returns nullopt on anything else.
constexpr std::optional<year_month_day> parse_iso_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    int part = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        parts[part] = parts[part] * 10 + (s[i] - '0');
    }
    const year_month_day d{date::year{parts[0]}, date::month{static_cast<unsigned>(parts[1])},
                           date::day{static_cast<unsigned>(parts[2])}};
    if (!d.ok() || parts[0] < 1) return std::nullopt;
    return d;
}

}  // namespace careertalk
