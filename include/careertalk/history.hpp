// careertalk/history.hpp: queries over an employee's recorded history (interviews held,
// requests made) shared by the French schedule (fr/schedule.hpp), the regime before 2014
// (fr/regime_a.hpp) and the audit: which interview met an obligation, which request made one
// owed. Low level: facts only, no rule.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/kinds.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>

namespace careertalk::inline v0::history {

// careertalk::is_interview (kinds.hpp), under its historical name here too.
using careertalk::is_interview;

constexpr bool counts(obligation_kind k, bool reviews_only) noexcept {
    return reviews_only ? k == obligation_kind::etat_des_lieux : is_interview(k);
}

// The earliest interview held in [from, until) on or before `as_of` (only état des lieux
// records when `reviews_only`).
constexpr std::optional<year_month_day> first_held(const employee& e, year_month_day from,
                                                   year_month_day until, year_month_day as_of,
                                                   bool reviews_only = false) noexcept {
    return first_interview(
        e, [reviews_only](obligation_kind k) { return counts(k, reviews_only); },
        period{from, until}, as_of);
}

// The latest interview held from `from` on and known on `as_of`: where the rolling periodic
// chain ends (each interview held starts the next period).
constexpr std::optional<year_month_day> last_held(const employee& e, year_month_day from,
                                                  year_month_day as_of) noexcept {
    const std::uint32_t begin = order_key(from);
    const std::uint32_t known = order_key(as_of);
    std::optional<year_month_day> best{};
    std::uint32_t best_key = 0;
    for (const interview& i : e.interviews) {
        const std::uint32_t k = order_key(i.date);
        if (begin <= k && k <= known && (!best || best_key < k) && is_interview(i.kind)) {
            best = i.date;
            best_key = k;
        }
    }
    return best;
}

// The earliest interview held at the employee's request in [from, until), known on `as_of`.
constexpr std::optional<year_month_day> first_requested(const employee& e, year_month_day from,
                                                        year_month_day until,
                                                        year_month_day as_of) noexcept {
    std::optional<year_month_day> best{};
    for (const interview& i : e.interviews)
        if (i.at_employee_request && is_interview(i.kind) && !(i.date < from) && i.date < until &&
            !(as_of < i.date) && (!best || i.date < *best))
            best = i.date;
    return best;
}

// The earliest interview of one of `kinds` held in [from, until] (both included) and known
// on `as_of`.
constexpr std::optional<year_month_day> first_of_kinds(const employee& e,
                                                       std::initializer_list<obligation_kind> kinds,
                                                       year_month_day from, year_month_day until,
                                                       year_month_day as_of) {
    return first_interview(
        e,
        [kinds](obligation_kind k) {
            for (obligation_kind wanted : kinds)
                if (k == wanted) return true;
            return false;
        },
        inclusive(from, until), as_of);
}

// The earliest request of `kind` made in [from, before) and known on `as_of`.
constexpr std::optional<year_month_day> first_request(const employee& e, obligation_kind kind,
                                                      year_month_day from, year_month_day before,
                                                      year_month_day as_of) noexcept {
    std::optional<year_month_day> best{};
    for (const request& r : e.requests)
        if (r.kind == kind && from <= r.date && r.date < before && r.date <= as_of &&
            (!best || r.date < *best))
            best = r.date;
    return best;
}

// first_held for a sequence of calls whose `from` grows (the periodic chain, the review
// cycles): over a history in date order (validate() does not require it; checked once) one
// pass in all, skipping the interviews before `from`; otherwise first_held's scan each time.
class history_cursor {
public:
    constexpr explicit history_cursor(const employee& e) noexcept
        : e_(e), sorted_(std::is_sorted(e.interviews.begin(), e.interviews.end(),
                                        [](const interview& a, const interview& b) {
                                            return order_key(a.date) < order_key(b.date);
                                        })) {}

    constexpr std::optional<year_month_day> first_held(year_month_day from, year_month_day until,
                                                       year_month_day as_of,
                                                       bool reviews_only = false) noexcept {
        if (!sorted_) return history::first_held(e_, from, until, as_of, reviews_only);
        const auto& h = e_.interviews;
        const std::uint32_t begin = order_key(from);
        if (begin < begin_) next_ = 0;  // `from` went back: start over
        begin_ = begin;
        while (next_ < h.size() && order_key(h[next_].date) < begin) ++next_;
        const std::uint32_t end = std::min(order_key(until), order_key(as_of) + 1);
        for (std::size_t i = next_; i < h.size() && order_key(h[i].date) < end; ++i)
            if (counts(h[i].kind, reviews_only)) return h[i].date;
        return std::nullopt;
    }

private:
    const employee& e_;
    bool sorted_;
    std::size_t next_ = 0;     // the first interview not before begin_
    std::uint32_t begin_ = 0;  // order_key of the last `from`
};

}  // namespace careertalk::history
