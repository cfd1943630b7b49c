// The answer of fr::next_due (the next interview and état des lieux due) read off a full
// evaluation instead: the oracle that proves next_due's direct computation (no walk of the
// periodic chain, fr/schedule.hpp) equal to the whole-career evaluation. Used by
// tests/invariants/fr_next_due_test.cpp and the benchmark (1 M careers).
#pragma once

#include "harness.hpp"

#include <careertalk/evaluate.hpp>
#include <careertalk/fr/law.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

namespace invariants {

struct next_dates {
    bool ok = false;  // false: impossible facts or policy, and no date
    std::optional<careertalk::year_month_day> interview{};
    std::optional<careertalk::year_month_day> etat_des_lieux{};
    friend bool operator==(const next_dates&, const next_dates&) = default;
};

inline next_dates of(const careertalk::fr::next_due_result& r) {
    if (!r.ok()) return {};
    return {true, r.interview, r.etat_des_lieux};
}

// The earliest obligation of each kind neither held nor not required, among the 2014 and 2025
// schedule's interviews (regime A's, before 2014, are another law's: next_due leaves them out).
inline next_dates of(const careertalk::evaluation& ev) {
    using namespace careertalk;
    if (!ev.ok()) return {};
    next_dates d{true};
    for (const obligation& o : ev.obligations) {
        if (o.held_on || o.state == status::not_required) continue;
        if (std::ranges::find(fr::regime_a::all, o.rule.get()) != std::end(fr::regime_a::all))
            continue;
        const bool review = o.kind == obligation_kind::etat_des_lieux;
        if (!review && !is_interview(o.kind)) continue;
        auto& earliest = review ? d.etat_des_lieux : d.interview;
        if (!earliest || o.due_date < *earliest) earliest = o.due_date;
    }
    return d;
}

inline std::string text(const next_dates& d) {
    if (!d.ok) return "invalid";
    return "interview " + text(d.interview) + ", etat des lieux " + text(d.etat_des_lieux);
}

// next_due against the full evaluation for `n` careers of profile `p`, each on its as-of date
// and a later one: "" when all agree, else the first disagreement with its facts.
inline std::string check_next_due(const careertalk::fr::law_policy& policy, const profile& p,
                                  std::uint64_t n) {
    careertalk::evaluation ev{};
    for (std::uint64_t i = 0; i < n; ++i) {
        const facts f = generate(base_seed() + i, p);
        const careertalk::employee e = f.view();
        const careertalk::company c = f.company_view();
        for (const careertalk::year_month_day as_of : {f.as_of, f.later}) {
            careertalk::evaluate_into(policy, e, c, as_of, ev);
            const next_dates full = of(ev);
            const next_dates direct = of(careertalk::fr::next_due(policy, e, c, as_of));
            if (!(full == direct))
                return "on " + text(as_of) + ": next_due gives " + text(direct) +
                       ", the evaluation " + text(full) + "\n" + print(f);
        }
    }
    return "";
}

}  // namespace invariants
