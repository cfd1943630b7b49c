// Filters of the careertalk tool's schedule and summary (docs/cli/questions.md):
// --due-within DURATION and --status NAME[,NAME...].
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

// A span of time as the tool's options write it: a count and a unit, d (days), w (weeks),
// m (calendar months) or y (years), e.g. "3m".
struct duration {
    int count = 0;
    char unit = 'd';

    // `from` moved forward by the duration (months and years end on the month's last day when
    // the day does not exist: 2026-11-30 + 3m = 2027-02-28).
    year_month_day after(year_month_day from) const noexcept;
};

// The duration `text` writes, or the reason it is not one (in language `l`).
std::optional<duration> parse_duration(std::string_view text, std::string& error, lang l);

// Which schedule rows to keep. Empty: every row.
struct row_filter {
    std::optional<year_month_day> due_by;  // --due-within: owed, not held, due on or before it
    std::vector<status> statuses;          // --status: only these

    bool active() const noexcept { return due_by.has_value() || !statuses.empty(); }
    // An obligation: its status (as the tool shows it), due date and whether it was held.
    bool keep(status s, year_month_day due, bool held) const noexcept;
    // An advisory or entitlement row: its kind's name and date, from `as_of`.
    bool keep_finding(std::string_view kind, year_month_day date, year_month_day as_of) const;
};

// The statuses `list` names ("overdue,due_soon"), or the reason (an unknown name, with the
// list of valid ones, in language `l`).
std::optional<std::vector<status>> parse_statuses(std::string_view list, std::string& error,
                                                  lang l);

}  // namespace careertalk::cli
