// careertalk/validate.hpp: diagnostics for facts that cannot be true.
//
// Computations call validate() first and return its diagnostics instead of results: an
// impossible fact never produces a date. The checks are the ones any rule relies on; a rule
// set may add its own.
#pragma once

#include <careertalk/facts.hpp>
#include <careertalk/results.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <utility>

namespace careertalk::inline v0 {

namespace detail {

// The earliest date a record may have: the hire date when it is valid, else any date (no
// calendar date is before year::min()/1/1). Computed once, not once per record.
constexpr year_month_day earliest_record(year_month_day hire) noexcept {
    return is_calendar_date(hire) ? hire : date::year::min() / date::January / 1;
}

template <class Out>
constexpr void check_dated(Out& out, record_kind kind, std::uint32_t index, std::string_view field,
                           year_month_day d, year_month_day earliest) {
    if (!is_calendar_date(d))
        out.add(diagnostic{kind, index, field, diagnostic_code::invalid_date,
                           "not a calendar date"});
    else if (d < earliest)
        out.add(diagnostic{kind, index, field, diagnostic_code::before_hire,
                           "dated before the hire date"});
}

template <class Out, class Record>
constexpr void check_all(Out& out, record_kind kind, std::span<const Record> records,
                         year_month_day earliest) {
    for (std::uint32_t i = 0; i < records.size(); ++i)
        check_dated(out, kind, i, "date", records[i].date, earliest);
}

// An absence as the overlap check sees it: its first and last day and its place in the list.
struct dated_absence {
    year_month_day first{};
    year_month_day last{};
    std::uint32_t index = 0;
};

// Not a template, so that std::sort is instantiated once (compile time, issue 8).
constexpr void sort_by_start(dated_absence* first, dated_absence* last) {
    std::sort(first, last,
              [](const dated_absence& x, const dated_absence& y) { return x.first < y.first; });
}

// Reports each absence that shares a day with another one, at the later of the two in the
// list. Sorted input (the usual case) is checked in one pass with no allocation; a list out
// of order is sorted in a temporary copy first, so even a hostile list stays O(n log n).
template <class Out>
constexpr void check_overlaps(Out& out, std::span<const absence> absences) {
    auto dated = [&](std::uint32_t i) -> std::optional<dated_absence> {
        const absence& a = absences[i];
        if (!is_calendar_date(a.start) || (a.end && !is_calendar_date(*a.end)))
            return std::nullopt;  // invalid: reported
        return dated_absence{a.start, a.end ? *a.end : open_end, i};
    };
    std::optional<dated_absence> latest;  // the absence reaching furthest so far
    auto visit = [&](const dated_absence& a) {
        if (latest && !(latest->last < a.first))
            out.add(diagnostic{record_kind::absence, std::max(a.index, latest->index), "start",
                               diagnostic_code::overlapping_absences, "overlaps another absence"});
        if (!latest || latest->last < a.last) latest = a;
    };
    bool sorted = true;
    for (std::size_t i = 1; i < absences.size() && sorted; ++i)
        sorted = !(absences[i].start < absences[i - 1].start);
    if (sorted) {
        for (std::uint32_t i = 0; i < absences.size(); ++i)
            if (auto a = dated(i)) visit(*a);
        return;
    }
    // A plain array, not a std::vector: <vector> alone adds 6 % to the compile time of
    // <date/date.h> (issue 8). Nothing below can throw before the delete.
    auto* by_start = new dated_absence[absences.size()];
    std::uint32_t n = 0;
    for (std::uint32_t i = 0; i < absences.size(); ++i)
        if (auto a = dated(i)) by_start[n++] = *a;
    sort_by_start(by_start, by_start + n);
    for (std::uint32_t i = 0; i < n; ++i) visit(by_start[i]);
    delete[] by_start;
}

}  // namespace detail

// Earliest hire date the library accepts.
inline constexpr year_month_day earliest_hire = date::year{1900} / date::January / 1;

// Appends to `out` (anything with add(const diagnostic&), such as evaluation) one diagnostic
// per impossible fact of `e` and `c`, seen on `as_of`.
template <class Out>
constexpr void validate(const employee& e, const company& c, year_month_day as_of, Out& out) {
    if (!is_calendar_date(as_of)) {
        out.add(diagnostic{record_kind::policy, 0, "as_of", diagnostic_code::invalid_date,
                           "the as-of date is not a calendar date"});
        return;
    }
    const year_month_day hire = e.hire_date;
    const bool hire_ok = is_calendar_date(hire);
    if (!hire_ok) {
        out.add(diagnostic{record_kind::employee, 0, "hire_date", diagnostic_code::invalid_date,
                           "not a calendar date"});
    } else if (hire < earliest_hire || add_years(as_of, 1) < hire) {
        out.add(diagnostic{record_kind::employee, 0, "hire_date",
                           diagnostic_code::hire_out_of_range,
                           "hire date before 1900 or more than a year after the as-of date"});
    }
    if (e.birth_date) {
        if (!is_calendar_date(*e.birth_date))
            out.add(diagnostic{record_kind::employee, 0, "birth_date",
                               diagnostic_code::invalid_date, "not a calendar date"});
        else if (hire_ok && hire < *e.birth_date)
            out.add(diagnostic{record_kind::employee, 0, "birth_date",
                               diagnostic_code::birth_after_hire, "born after the hire date"});
    }
    if (e.contract_end) {
        if (!is_calendar_date(*e.contract_end))
            out.add(diagnostic{record_kind::employee, 0, "contract_end",
                               diagnostic_code::invalid_date, "not a calendar date"});
        else if (hire_ok && *e.contract_end < hire)
            out.add(diagnostic{record_kind::employee, 0, "contract_end",
                               diagnostic_code::end_before_start,
                               "contract ends before the hire date"});
    }
    for (auto [field, d] : {std::pair{"function_start", e.function_start},
                            std::pair{"aow_date", e.aow_date}}) {
        if (d && !d->ok())
            out.add(diagnostic{record_kind::employee, 0, field, diagnostic_code::invalid_date,
                               "not a calendar date"});
    }

    const year_month_day earliest = detail::earliest_record(hire);
    for (std::uint32_t i = 0; i < e.absences.size(); ++i) {
        const absence& a = e.absences[i];
        detail::check_dated(out, record_kind::absence, i, "start", a.start, earliest);
        if (a.end && !is_calendar_date(*a.end)) {
            out.add(diagnostic{record_kind::absence, i, "end", diagnostic_code::invalid_date,
                               "not a calendar date"});
        } else if (a.end && is_calendar_date(a.start) && *a.end < a.start) {
            out.add(diagnostic{record_kind::absence, i, "end", diagnostic_code::end_before_start,
                               "absence ends before it starts"});
        }
        // A partial return is a sickness's, below 100 % (docs/nl/poortwachter.md#partial-return).
        if (a.work_resumed_percent > 99 ||
            (a.work_resumed_percent > 0 && a.kind != absence_kind::ziekte))
            out.add(diagnostic{record_kind::absence, i, "work_resumed_percent",
                               diagnostic_code::out_of_range,
                               "a partial return is a ziekte absence's, 1 to 99 %"});
    }
    detail::check_overlaps(out, e.absences);
    detail::check_all(out, record_kind::interview, e.interviews, earliest);
    detail::check_all(out, record_kind::training, e.trainings, earliest);
    detail::check_all(out, record_kind::certification, e.certifications, earliest);
    detail::check_all(out, record_kind::progression, e.progressions, earliest);
    detail::check_all(out, record_kind::medical_visit, e.medical_visits, earliest);
    detail::check_all(out, record_kind::request, e.requests, earliest);
    detail::check_all(out, record_kind::outcome, e.outcomes, earliest);
    for (std::uint32_t i = 0; i < e.transfers.size(); ++i)  // a transfer may precede the hire
        detail::check_dated(out, record_kind::transfer, i, "date", e.transfers[i].date,
                            detail::earliest_record(year_month_day{}));

    if (c.headcount && *c.headcount < 0)
        out.add(diagnostic{record_kind::company, 0, "headcount",
                           diagnostic_code::negative_headcount, "headcount below zero"});
    for (std::uint32_t i = 0; i < c.headcount_history.size(); ++i) {
        if (c.headcount_history[i].headcount < 0)
            out.add(diagnostic{record_kind::headcount_year, i, "headcount",
                               diagnostic_code::negative_headcount, "headcount below zero"});
    }
    if (c.agreement_date && !c.agreement_date->ok())
        out.add(diagnostic{record_kind::company, 0, "agreement_date",
                           diagnostic_code::invalid_date, "not a calendar date"});
}

// The diagnostics of `e` and `c` on `as_of` as an evaluation (empty obligations).
constexpr evaluation validate(const employee& e, const company& c, year_month_day as_of) {
    evaluation out{};
    out.as_of = as_of;
    validate(e, c, as_of, out);
    return out;
}

}  // namespace careertalk
