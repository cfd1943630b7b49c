// One employee's timeline as an SVG picture (`careertalk timeline`, docs/cli/timeline.md): a
// time axis from hire to the horizon; the French regime bands; the absences; the interviews
// held; each obligation's window and due date; the review periods and their penalties.
#pragma once

#include <careertalk/facts.hpp>
#include <careertalk/results.hpp>

#include <span>
#include <string>
#include <string_view>

namespace careertalk::cli {

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
    bool french_bands = false;  // draw the regimes of French law (2003, 2014, 2019, 2025)
};

// The SVG document: each item a focusable group (tabindex) with a <title> naming its rule and
// citation; each obligation a group of class "obligation" whose status is written beside it
// (colour is never its only carrier).
std::string timeline_svg(const timeline_input& in);

}  // namespace careertalk::cli
