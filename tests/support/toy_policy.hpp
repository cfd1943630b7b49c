// A toy policy for the core tests: one conversation 2 years after hire. It is not law; the
// real rule sets live in fr/ and nl/ and are tested there.
#pragma once

#include <careertalk/evaluate.hpp>

namespace toy {

inline constexpr careertalk::rule_ref every_two_years{
    .id = "toy.two_years",
    .citation = "test fixture",
    .in_force = {date::year{2000} / 1 / 1, careertalk::open_end},
    .title = {"Toy", "Jouet", "Speelgoed"},
    .basis = careertalk::authority::interpretation};

struct policy {
    int years = 2;
    constexpr bool ok() const noexcept { return years > 0 && years <= 4; }
    constexpr void evaluate(const careertalk::employee& e, const careertalk::company&,
                            careertalk::year_month_day as_of, careertalk::evaluation& out) const {
        careertalk::obligation o{};
        o.kind = careertalk::obligation_kind::entretien_professionnel;
        o.trigger = careertalk::trigger_kind::hire;
        o.trigger_date = e.hire_date;
        o.window_start = e.hire_date;
        o.due_date = careertalk::add_years(e.hire_date, years);
        for (const auto& i : e.interviews)
            if (i.date <= as_of && !o.held_on) o.held_on = i.date;
        o.state = careertalk::status_on(o.due_date, o.held_on, as_of);
        o.rule = &every_two_years;
        o.why.push_back(&every_two_years);
        o.why.push_back(&careertalk::conventions::clamp_to_month_end);
        out.add(o);
    }
};

}  // namespace toy
