// careertalk/fr/transition.hpp: the deadline of the next periodic interview, across the 2014,
// 2018 and 2025 laws, agreements on periodicity and the transitional rules
// (docs/fr/readings.md#transition-2025).
//
// Rules applied, each pinned by tests/fr/transition_test.cpp:
// - 2014-2025: 2 years (L6315-1 I v2-v5); from 2019 an agreement may set another periodicity.
// - A deadline not expired on 2025-10-26 moves to the new length counted from the same
//   reference (ministry Q-R no. 2, C. civ. art. 2222); expired ones stay as they were.
// - Since 2025-10-26: first EPP within a year of hire, then 4 years (or the agreement's, at
//   most 4); a pre-reform agreement over 4 years keeps its length for deadlines before
//   2026-10-01 (loi 2025-989 art. 3 II), after which the policy's reading applies.
// - Deadlines falling 2020-01-01..2021-06-30 are postponed to 2021-06-30 (ord. 2020-1501).
// A rule applies only when the as-of date is on or after its first day: the library answers
// with the law as it stood on the as-of date.
#pragma once

// Before any fr::detail: regime_a.hpp looks up `detail::` unqualified under a using-directive,
// which would be ambiguous once fr::detail exists.
#include <careertalk/fr/regime_a.hpp>
#include <careertalk/fr/versions.hpp>
#include <careertalk/results.hpp>

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>

namespace careertalk::inline v0::fr {

// First-year EPP for employees hired 2024-10-26..2025-10-25
// (docs/fr/readings.md#first-year-transition).
enum class first_year_reading : std::uint8_t {
    direct,   // hire + 1 year (default: the earlier date, compliance-safe)
    art_2222, // the earlier of 2026-10-26 and hire + 2 years
};
BOOST_DESCRIBE_ENUM(first_year_reading, direct, art_2222)

// A pre-reform agreement over 4 years from 2026-10-01
// (docs/fr/readings.md#agreement-transition-2026).
enum class agreement_reading : std::uint8_t {
    direct,   // last interview + 4 years, not before 2026-10-01 (default, compliance-safe)
    art_2222, // the earlier of 2026-10-01 + 4 years and the agreement's deadline
};
BOOST_DESCRIBE_ENUM(agreement_reading, direct, art_2222)

// A collective agreement on the periodicity of interviews (L6315-1 III).
struct agreement {
    int months = 0;             // 0: none; over 48 only for a pre-reform agreement
    year_month_day concluded{}; // !ok(): unknown (then in force from 2019-01-01)

    // The agreement governs interviews held from this date (never before 2019-01-01).
    constexpr year_month_day effective() const noexcept
    {
        return concluded.ok() && loi_2018 < concluded ? concluded : loi_2018;
    }
};

// Whether `d` falls in 2020-01-01..2021-06-30, the interviews ord. 2020-387 art. 1 (as
// amended by ord. 2020-1501) let the employer postpone, with that law known on `as_of`.
constexpr bool covid_postponable(year_month_day d, year_month_day as_of) noexcept
{
    return !(d < covid_first_due) && !(covid_deadline < d) && !(as_of < covid_first_due);
}

// A deadline and the rules behind it.
struct deadline {
    year_month_day due{};
    year_month_day anchor{}; // the deadline before the COVID postponement (model F counts on)
    const rule_ref* rule = nullptr;
    explanation why{};
    bool first_year = false;  // the first-year EPP rule (L6315-1 I al. 1 v6) set it
};

namespace detail {

// `r` joins the deadline's explanation, unless the caller wants the date alone (next_due).
template <bool Explain>
constexpr void cite(deadline& d, const rule_ref* r) noexcept
{
    if constexpr (Explain)
        d.why.push_back(r);
}

// Regime D (since 2025-10-26): the next EPP after `ref`.
template <bool Explain = true>
constexpr deadline epp_deadline(year_month_day ref, bool from_hire, agreement a,
                                agreement_reading reading) noexcept
{
    deadline d{};
    if (from_hire) {
        d.due = add_years(ref, 1);
        d.rule = &rules::premiere_annee_2025;
        d.first_year = true;
        cite<Explain>(d, d.rule);
        return d;
    }
    d.rule = &rules::periodique_2025;
    cite<Explain>(d, d.rule);
    if (a.months == 0) {
        d.due = add_years(ref, 4);
    } else if (a.months <= 48) {
        d.due = add_months(ref, a.months);
        cite<Explain>(d, &rules::accord_2025);
    } else {
        d.due = add_months(ref, a.months);
        cite<Explain>(d, &rules::accords_anterieurs);
        if (!(d.due < accords_2026)) {
            if (reading == agreement_reading::direct) {
                d.due = std::max(add_years(ref, 4), accords_2026);
                cite<Explain>(d, &rules::accord_direct);
            } else {
                // Art. 2222 governs a period running on 2026-10-01; one that starts later
                // has the new length from its start.
                d.due = std::min(add_years(std::max(ref, accords_2026), 4), d.due);
                cite<Explain>(d, &rules::accord_2222);
            }
        }
    }
    return d;
}

} // namespace detail

// The deadline of the next periodic interview after `ref` (the hire date or 2014-03-07 when
// `from_hire`, otherwise the last interview held, or the previous deadline in model F), with
// the law known on `as_of`; without its `why` when !Explain (one arithmetic for both).
template <bool Explain = true>
constexpr deadline periodic_deadline(year_month_day ref, bool from_hire, agreement a,
                                     year_month_day as_of, first_year_reading first_year,
                                     agreement_reading long_agreement) noexcept
{
    // A reference on or after 2025-10-26 can only be governed by the 2025 text, even seen
    // from an earlier as-of date (an interview or a hire not yet happened).
    const bool reform_known = !(as_of < loi_2025) || !(ref < loi_2025);
    deadline d{};
    if (!(ref < loi_2025)) {
        d = detail::epp_deadline<Explain>(ref, from_hire, a, long_agreement);
    } else {
        const bool by_agreement = a.months > 0 && !(ref < a.effective());
        d.due = by_agreement ? add_months(ref, a.months) : add_years(ref, 2);
        d.rule = &rules::periodique_2014;
        detail::cite<Explain>(d, d.rule);
        if (by_agreement)
            detail::cite<Explain>(d, &rules::accord_2019);
        if (!(d.due < loi_2025) && reform_known) {
            // The clock started under v5 (the rule in force on `ref`); the transitional rule
            // carries it over to the new lengths. A shorter length (an agreement under 2
            // years) that would have expired before 2025-10-26 leaves the deadline as it was:
            // a new law does not make a deadline expire before its first day (C. civ., art.
            // 2222, al. 2).
            if (!from_hire) {
                const deadline moved =
                    detail::epp_deadline<Explain>(ref, false, a, long_agreement);
                if (!(moved.due < loi_2025)) {
                    d = moved;
                    detail::cite<Explain>(d, &rules::periodique_2014);
                    detail::cite<Explain>(d, &rules::transition_2025);
                }
            } else if (!(ref < add_years(loi_2025, -1))) { // hired 2024-10-26..2025-10-25
                const bool direct = first_year == first_year_reading::direct;
                d.due = direct ? add_years(ref, 1) : std::min(add_years(loi_2025, 1), d.due);
                d.rule = &rules::premiere_annee_2025;
                d.first_year = true;
                d.why = {};
                detail::cite<Explain>(d, d.rule);
                detail::cite<Explain>(d, &rules::periodique_2014);  // in force on the hire date
                detail::cite<Explain>(d, direct ? &rules::premiere_annee_direct
                                                : &rules::premiere_annee_2222);
            }
        }
    }
    d.anchor = d.due;
    if (covid_postponable(d.due, as_of)) {
        d.due = covid_deadline;
        detail::cite<Explain>(d, &rules::covid_report);
    }
    detail::cite<Explain>(d, &conventions::clamp_to_month_end);
    return d;
}

// Years of the état des lieux cycle that starts on `start` and whose six-year deadline is
// `six`: 8 when that deadline had not expired on 2025-10-26 (Q-R no. 2), else 6.
constexpr int review_years(year_month_day start, year_month_day six, year_month_day as_of) noexcept
{
    if (!(start < loi_2025))
        return 8;  // a cycle that starts under the 2025 text (L6315-1 II v7)
    if (as_of < loi_2025)
        return 6;
    return six < loi_2025 ? 6 : 8;
}

} // namespace careertalk::fr
