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

#include <optional>

namespace careertalk::nl {

// "Minder dan vier weken" (BW 7:629 lid 10): the interruption is the days back at work, from
// the day after the last sick day to the day before the relapse. 27 days add up; 28 do not.
inline constexpr int samentelling_days = 28;

// True when a spell starting on `relapse` adds up to one whose last sick day is `last`.
constexpr bool adds_up(year_month_day last, year_month_day relapse) noexcept {
    const int interruption = days_between(last, relapse) - 1;
    return interruption >= 0 && interruption < samentelling_days;
}

// The spells of a sickness as known on `as_of`: spells starting after it are unknown, and one
// ending on or after it is still running.
class sickness {
public:
    constexpr sickness(const employee& e, const absence& first, year_month_day as_of) noexcept
        : e_(&e), first_(&first), as_of_(as_of) {}

    // True when `a` starts a sickness: a spell of kind ziekte known on as_of that no earlier
    // spell adds up to.
    static constexpr bool starts_one(const employee& e, const absence& a,
                                     year_month_day as_of) noexcept {
        if (!counts(a, as_of)) return false;
        for (const absence& p : e.absences) {
            const auto end = known_end(p, as_of);
            if (counts(p, as_of) && end && adds_up(*end, a.start)) return false;
        }
        return true;
    }

    constexpr year_month_day first_day() const noexcept { return first_->start; }

    // The k-th day of sickness (1-based), or nothing when the sickness ended before it.
    constexpr std::optional<year_month_day> sick_day(int k) const noexcept {
        return day(k, false);
    }

    // The k-th day of sickness, or the day it would have been had the sickness gone on after
    // its last day: the due date of a step owed from an earlier day of the sickness.
    constexpr year_month_day counted_day(int k) const noexcept { return *day(k, true); }

    // The last day of the sickness, or nothing while it runs.
    constexpr std::optional<year_month_day> last_day() const noexcept {
        const absence* s = first_;
        while (const absence* n = next(*s)) s = n;
        return known_end(*s, as_of_);
    }

    // Last day of sickness week n (day 7n), or nothing when the sickness ended before it.
    constexpr std::optional<year_month_day> end_of_week(int n) const noexcept {
        return sick_day(7 * n);
    }

    // True when `d` is a day of one of the spells.
    constexpr bool sick_on(year_month_day d) const noexcept {
        for (const absence* s = first_; s != nullptr; s = next(*s)) {
            const auto end = known_end(*s, as_of_);
            if (s->start <= d && (!end || d <= *end)) return true;
        }
        return false;
    }

    // The first day of the next sickness, if one is known.
    constexpr std::optional<year_month_day> next_first_day() const noexcept {
        const auto last = last_day();
        if (!last) return std::nullopt;
        std::optional<year_month_day> first;
        for (const absence& a : e_->absences)
            if (counts(a, as_of_) && *last < a.start && (!first || a.start < *first))
                first = a.start;
        return first;
    }

private:
    constexpr std::optional<year_month_day> day(int k, bool project) const noexcept {
        for (const absence* s = first_;; s = next(*s)) {
            const auto end = known_end(*s, as_of_);
            if (!end) return add_days(s->start, k - 1);
            const int length = days_between(s->start, *end) + 1;
            if (k <= length) return add_days(s->start, k - 1);
            k -= length;
            if (next(*s) == nullptr) {
                if (!project) return std::nullopt;
                return add_days(*end, k);
            }
        }
    }

    static constexpr bool counts(const absence& a, year_month_day as_of) noexcept {
        return a.kind == absence_kind::ziekte && a.start <= as_of;
    }
    static constexpr std::optional<year_month_day> known_end(const absence& a,
                                                             year_month_day as_of) noexcept {
        if (a.end && *a.end < as_of) return a.end;
        return std::nullopt;
    }
    // The spell that adds up to `s` (the earliest relapse after it), if any.
    constexpr const absence* next(const absence& s) const noexcept {
        const auto end = known_end(s, as_of_);
        if (!end) return nullptr;
        const absence* best = nullptr;
        for (const absence& a : e_->absences)
            if (counts(a, as_of_) && adds_up(*end, a.start) && (!best || a.start < best->start))
                best = &a;
        return best;
    }

    const employee* e_;
    const absence* first_;
    year_month_day as_of_;
};

}  // namespace careertalk::nl
