// One employee's timeline as an SVG picture (`careertalk timeline`, docs/cli/timeline.md): a
// time axis from hire to the horizon; the French regimes or the Dutch CAO's term; the
// absences; the interviews held; each obligation's window and due date; the review periods
// and their penalties.
#pragma once

#include <careertalk/facts.hpp>
#include <careertalk/results.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

// A stretch of the axis under one text: a regime of French law, a Dutch CAO's term.
struct timeline_band {
    year_month_day from{}, to{};  // [from, to)
    std::string name;
    const rule_ref* rule = nullptr;  // its source, for the tooltip
};

// The bands of rule set `rules` for company `c`: the regimes of French law (2003 agreements,
// 2014 law, 2019 criteria, 2025 law), or the term of the Dutch CAO or policy that applies.
std::vector<timeline_band> timeline_bands(std::string_view rules, const company& c, lang l);

// An obligation the schedule shows, with the status the tool gives it.
struct timeline_entry {
    const obligation* o = nullptr;
    status state{};
};

struct timeline_input {
    std::string_view id;  // the employee's
    const employee& facts;
    const evaluation& ev;
    std::span<const timeline_entry> shown;
    year_month_day as_of{};
    year_month_day until{};  // the axis ends here, or at the last due date shown if later
    lang language = lang::en;
    std::span<const timeline_band> bands{};
};

// The SVG document: each item a focusable group (tabindex) with a <title> naming its rule and
// citation; each obligation a group of class "obligation" whose status is written beside it
// (colour is never its only carrier).
std::string timeline_svg(const timeline_input& in);

}  // namespace careertalk::cli
