// careertalk/nl/sickness.hpp: one sickness as Dutch law counts it (docs/nl/poortwachter.md).
//
// Spells of sickness (absences of kind `ziekte`) that follow each other with an interruption
// of less than four weeks add up to one sickness (BW 7:629 lid 10; the same counting for the
// 42nd-week report and the WIA waiting time). Its weeks are weeks of sickness: the days back
// at work in between do not count. A partial return is a further spell with no interruption,
// so it continues the sickness.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <span>

namespace careertalk::inline v0::nl {

// "Minder dan vier weken" (BW 7:629 lid 10): the interruption is the days back at work, from
// the day after the last sick day to the day before the relapse. 27 days add up; 28 do not.
inline constexpr int samentelling_days = 28;

// True when a spell starting on `relapse` adds up to one whose last sick day is `last`.
constexpr bool adds_up(year_month_day last, year_month_day relapse) noexcept {
    const int interruption = days_between(last, relapse) - 1;
    return interruption >= 0 && interruption < samentelling_days;
}

// The spells of one sickness, in order, as known on `as_of`: a spell ending on or after it is
// still running (valid facts have no spell after a running one).
class sickness {
public:
    constexpr sickness(std::span<const absence* const> spells, year_month_day as_of,
                       std::optional<year_month_day> next_first_day) noexcept
        : spells_(spells), as_of_(as_of), next_(next_first_day) {}

    constexpr year_month_day first_day() const noexcept { return spells_.front()->start; }

    // The k-th day of sickness (1-based), or nothing when the sickness ended before it.
    constexpr std::optional<year_month_day> sick_day(int k) const noexcept {
        return day(k, false);
    }

    // The k-th day of sickness, or the day it would have been had the sickness gone on after
    // its last day: the due date of a step owed from an earlier day of the sickness.
    constexpr year_month_day counted_day(int k) const noexcept { return *day(k, true); }

    // Last day of sickness week n (day 7n), or nothing when the sickness ended before it.
    constexpr std::optional<year_month_day> end_of_week(int n) const noexcept {
        return sick_day(7 * n);
    }

    // True when `d` is a day of one of the spells.
    constexpr bool sick_on(year_month_day d) const noexcept {
        return std::any_of(spells_.begin(), spells_.end(), [&](const absence* s) {
            const auto end = known_end(*s);
            return s->start <= d && (!end || d <= *end);
        });
    }

    // The last day of the sickness, or nothing while it runs.
    constexpr std::optional<year_month_day> last_day() const noexcept {
        return known_end(*spells_.back());
    }

    // The first day of the next sickness, if one is known.
    constexpr std::optional<year_month_day> next_first_day() const noexcept { return next_; }

    // The end of `a` as known on `as_of`: nothing while it runs.
    static constexpr std::optional<year_month_day> known_end(const absence& a,
                                                             year_month_day as_of) noexcept {
        if (a.end && *a.end < as_of) return a.end;
        return std::nullopt;
    }

private:
    constexpr std::optional<year_month_day> known_end(const absence& a) const noexcept {
        return known_end(a, as_of_);
    }

    constexpr std::optional<year_month_day> day(int k, bool project) const noexcept {
        std::optional<year_month_day> end;
        for (const absence* s : spells_) {
            end = known_end(*s);
            if (!end) return add_days(s->start, k - 1);
            const int length = days_between(s->start, *end) + 1;
            if (k <= length) return add_days(s->start, k - 1);
            k -= length;
        }
        if (!project) return std::nullopt;
        return add_days(*end, k);
    }

    std::span<const absence* const> spells_;
    year_month_day as_of_;
    std::optional<year_month_day> next_;
};

// Whether an absence is sickness for the Dutch rules: ziekte, and a French work accident or
// occupational disease recorded for an employee under them (BW 7:629 and the Wet verbetering
// poortwachter cover incapacity from any cause).
constexpr bool is_sickness(absence_kind k) noexcept {
    return k == absence_kind::ziekte || k == absence_kind::accident_travail ||
           k == absence_kind::maladie_professionnelle;
}

// Calls f(sickness) for each sickness of `e` that began on or before `as_of`, in order. One
// sort of the spells (validate() does not sort histories), so a long history stays linear.
template <class F>
constexpr void for_each_sickness(const employee& e, year_month_day as_of, F f) {
    std::array<const absence*, 16> local{};
    std::size_t n = 0;
    for (const absence& a : e.absences) n += is_sickness(a.kind) && a.start <= as_of;
    const absence** spells = n <= local.size() ? local.data() : new const absence*[n];
    std::size_t k = 0;
    for (const absence& a : e.absences)
        if (is_sickness(a.kind) && a.start <= as_of) spells[k++] = &a;
    std::sort(spells, spells + n,
              [](const absence* x, const absence* y) { return x->start < y->start; });
    for (std::size_t first = 0; first < n;) {
        std::size_t last = first + 1;
        for (; last < n; ++last) {
            const auto end = sickness::known_end(*spells[last - 1], as_of);
            if (!end || !adds_up(*end, spells[last]->start)) break;
        }
        f(sickness{std::span<const absence* const>{spells + first, last - first}, as_of,
                   last < n ? std::optional{spells[last]->start} : std::nullopt});
        first = last;
    }
    if (spells != local.data()) delete[] spells;
}

}  // namespace careertalk::nl
