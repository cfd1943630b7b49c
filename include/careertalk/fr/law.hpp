// careertalk/fr/law.hpp: French law on career interviews as a policy, on any date since 2014
// (and before, through regime A): careertalk::fr::law and its named readings.
//
//   constexpr auto accord = careertalk::fr::law.with_cycle(24);   // branch agreement, 2 years
//   static_assert(accord.ok());
//   static_assert(!careertalk::fr::law.with_cycle(60).ok());      // L6315-1 III: at most 4 years
//   auto ev = careertalk::evaluate(careertalk::fr::law, employee, company, as_of);
//
// Each disputed point is a switch whose default is the compliance-safe reading (the earlier
// deadline, the wider duty); docs/fr/readings.md gives the sources.
#pragma once

#include <careertalk/fr/abondement.hpp>
#include <careertalk/fr/regime_a.hpp>
#include <careertalk/fr/schedule.hpp>
#include <careertalk/evaluate.hpp>
#include <careertalk/results.hpp>
#include <careertalk/validate.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace careertalk::inline v0::fr {

struct law_policy {
    clock_model clock = clock_model::rolling;                    // §8.1
    pre60_reading pre60 = pre60_reading::administrative;         // §8.4
    first_year_reading first_year = first_year_reading::direct;  // §6 item 3
    agreement_reading long_agreement = agreement_reading::direct;  // §6 item 4
    review_deadline review = review_deadline::strict;            // §12.6
    seniority_reading seniority = seniority_reading::all_time;   // §12.6
    // Months after the resumption within which a return or end-of-mandate interview is due.
    // The law says "à l'issue" with no delay: a library default (rules::retour_delai), so a
    // missed one is advisory, never overdue (docs/fr/schedule.md#return-deadline). A branch
    // delay (IDCC 1501: 30 days) comes from fr/agreements.hpp with its own basis.
    int return_within_months = 2;
    // How long before the return an interview held at the employee's request meets the return
    // interview (L6315-1 I v4+; L1225-57): "shortly before" (docs/fr/schedule.md).
    int early_return_months = 2;
    // Report information at hire not on record as overdue (strict) instead of no_record.
    bool strict_information = false;
    // A collective agreement on periodicity (L6315-1 III), 0 for none: then the company's
    // facts (agreement_cycle_months, agreement_date) apply, if any.
    int agreement_cycle_months = 0;
    year_month_day agreement_concluded{};  // !ok(): concluded after the 2025 reform
    abondement_options abondement{};
    regime_a_options before_2014{};  // ANI 2003 / 2005 coverage of the company (fr/regime_a.hpp)

    // False for an agreement the law forbids: over 4 years concluded from 2025-10-26.
    constexpr bool ok() const noexcept {
        if (!before_2014.ok() || return_within_months < 0 || early_return_months < 0 ||
            agreement_cycle_months < 0)
            return false;
        if (agreement_cycle_months <= 48) return true;
        return agreement_concluded.ok() && agreement_concluded < loi_2025;
    }

    // The policy under an agreement made after the reform, every `months` months.
    constexpr law_policy with_cycle(int months) const noexcept {
        law_policy p = *this;
        p.agreement_cycle_months = months;
        p.agreement_concluded = {};
        return p;
    }

    // The policy under an agreement concluded on `concluded` (a pre-reform agreement may
    // exceed 4 years until 2026-09-30).
    constexpr law_policy with_cycle(int months, year_month_day concluded) const noexcept {
        law_policy p = with_cycle(months);
        p.agreement_concluded = concluded;
        return p;
    }

    // Defined after the class: clang 14 cannot use, in a constant expression, a member
    // template called from the class's own body before the end of the translation unit.
    constexpr void evaluate(const employee& e, const company& c, year_month_day as_of,
                            evaluation& out) const;

    // The law's sequence, shared with the branch agreements (fr/agreements.hpp): regime A
    // before 2014-03-07 (the 2014 clocks start on that date regardless), the 2014 and 2025
    // schedule on the clocks of `clocks` (this law, or this law under an agreement's
    // periodicity), `adjust` (what an agreement changes in that schedule), then the abondement
    // of each état des lieux.
    template <class Clocks, class Adjust>
    constexpr void evaluate_with(const Clocks& clocks, const employee& e, const company& c,
                                 year_month_day as_of, evaluation& out, Adjust adjust) const {
        if (e.hire_date < loi_2014) evaluate_regime_a(e, c, before_2014, as_of, out);
        evaluation_sink sink{out};
        schedule(clocks, e, c, as_of, sink);
        adjust(out);
        assess_reviews(clocks, e, c, as_of, out);
    }

    // The abondement verdict of every état des lieux once decided (fr/abondement.hpp, the
    // contract there; docs/fr/penalty.md): on the day it was held, when held by its deadline
    // plus the tolerance; otherwise on its deadline, once the tolerance is over. What was
    // decided on an earlier as-of date stays (issue 9).
    template <class Clocks>
    constexpr void assess_reviews(const Clocks& clocks, const employee& e, const company& c,
                                  year_month_day as_of, evaluation& out) const {
        const std::size_t n = out.obligations.size();
        // Interviews after the previous review held in time (not that review itself), and from
        // the cycle's start, count for the next review's period.
        std::optional<year_month_day> after;  // the previous review, when held in time
        for (std::size_t i = 0; i < n; ++i) {
            const obligation& r = out.obligations[i];
            if (r.kind != obligation_kind::etat_des_lieux) continue;
            const year_month_day start = r.trigger_date;
            const int years = r.rule->id == rules::etat_des_lieux_2014.id ? 6 : 8;
            const year_month_day statutory = add_years(start, years);  // before postponement
            // The sanction's deadline: the ministry's COVID tolerance (to 2021-09-30) when on.
            const year_month_day due =
                std::max(r.due_date, postponed_deadline(statutory, abondement));
            const year_month_day lower =
                after ? std::max(*after, add_days(start, -1)) : add_days(start, -1);
            const year_month_day grace = add_months(due, abondement.tolerance_months);
            const bool on_time = r.held_on && !(grace < *r.held_on);
            after = on_time ? r.held_on : std::nullopt;
            if (r.state == status::not_required) continue;
            if (!on_time && !(grace < as_of)) continue;  // may still be held in time
            const year_month_day date = on_time ? *r.held_on : due;
            const year_month_day end =
                detail::seniority_anniversary(e, start, years, clocks.seniority);
            review_input in{};
            in.review = abondement.period == review_period::seniority
                            ? period{start, end}
                            : period{add_years(date, -years), date};
            in.due = statutory;
            in.review_date = date;
            in.review_held = on_time;
            in.interviews_complete =
                on_time && planned_interviews_held(clocks, e, c, as_of, out, {start, end}, lower,
                                                   *r.held_on);
            out.add(assess_review(e, c, abondement, in));
        }
    }

private:
    // "A bénéficié des entretiens prévus" over `p`, the review held on `review` (docs/fr/
    // penalty.md#entretiens-prevus): for each anniversary of the periodic clock from hire inside
    // p (fixed anniversaries, as the CDC counts), an interview held after `lower`, after the
    // one taken for the previous anniversary and after that anniversary's tolerance, by its
    // deadline (COVID postponement included) plus the tolerance and before the review (which
    // counts for the anniversary at p's end); and each return, mid-career and pre-60 interview
    // owed in p held by its deadline plus the tolerance (ministry Q-R no. 11).
    template <class Clocks>
    constexpr bool planned_interviews_held(const Clocks& clocks, const employee& e,
                                           const company& c, year_month_day as_of,
                                           const evaluation& out, period p, year_month_day lower,
                                           year_month_day review) const noexcept {
        const int tolerance = abondement.tolerance_months;
        const bool present = e.hire_date < loi_2014;
        const agreement a = agreement_of(clocks, c);
        year_month_day ref = present ? loi_2014 : e.hire_date;
        bool from_hire = true;
        for (int guard = 0; guard < 64; ++guard) {
            const deadline d =
                periodic_deadline_of<false>(clocks, e, ref, from_hire && !present, a, as_of);
            // One within the tolerance of the period's end, or not before the review, is the
            // review's own (a chain from 29 February drifts a day: 2024-02-28 + 4 years).
            if (!(add_months(d.anchor, tolerance) < p.end) || !(d.anchor < review)) break;
            ref = d.anchor;
            from_hire = false;
            if (!(p.begin < d.anchor)) continue;
            const year_month_day until = std::min(add_months(d.due, tolerance), add_days(review, -1));
            const auto held = detail::first_held(e, add_days(lower, 1), add_days(until, 1), as_of);
            if (!held) return false;
            lower = std::max(*held, add_months(d.anchor, tolerance));
        }
        for (const obligation& o : out.obligations) {
            const bool owed = o.kind == obligation_kind::entretien_retour ||
                              o.kind == obligation_kind::entretien_mi_carriere ||
                              o.kind == obligation_kind::entretien_fin_carriere;
            if (!owed || o.state == status::not_required || !p.contains(o.due_date) ||
                !(o.due_date < review))
                continue;
            if (!o.held_on || add_months(o.due_date, tolerance) < *o.held_on) return false;
        }
        return true;
    }
};

constexpr void law_policy::evaluate(const employee& e, const company& c, year_month_day as_of,
                               evaluation& out) const {
    if (agreement_cycle_months == 0 && c.agreement_cycle_months &&
        (*c.agreement_cycle_months <= 0 ||
         (*c.agreement_cycle_months > 48 && c.agreement_date &&
          !(*c.agreement_date < loi_2025)))) {
        out.add(diagnostic{record_kind::company, 0, "agreement_cycle_months",
                           diagnostic_code::policy_not_ok,
                           "an agreement concluded from 2025-10-26 may not exceed 4 years "
                           "(C. trav. L6315-1 III)"});
        return;
    }
    evaluate_with(*this, e, c, as_of, out, [](evaluation&) {});
}

// French law as in force on each date, with the compliance-safe readings.
inline constexpr law_policy law{};

// The readings of the ministry's Q-R of 12 Feb 2026 (as reported): seniority without the
// suspensions, état des lieux before 9 years, art. 2222 for the transitions.
inline constexpr law_policy ministry{.first_year = first_year_reading::art_2222,
                                .long_agreement = agreement_reading::art_2222,
                                .review = review_deadline::before_next_year,
                                .seniority = seniority_reading::excluding_suspensions};

// The text alone: the pre-60 items only on an EPP that happens in the window.
inline constexpr law_policy literal{.pre60 = pre60_reading::literal};

// Fixed anniversaries from hire (the CDC FAQ's reading of "tous les deux ans").
inline constexpr law_policy anniversaries{.clock = clock_model::fixed};

// The default law under the disjunctive reading of "et" (Centre Inffo 2016; rejected by Cass.
// soc. 21 Jan 2026 for the 2018 text): offered to show disagreement, not as a policy name.
inline constexpr law_policy law_disjunctive{.abondement = {.reading = penalty_reading::disjunctive}};

struct named_policy {
    std::string_view name;
    const law_policy* policy;
};

// The names `careertalk --rules fr:<name>` accepts ("fr" alone is `law`).
inline constexpr std::array<named_policy, 4> policies{{{"law"_ct, &law},
                                                       {"ministry"_ct, &ministry},
                                                       {"literal"_ct, &literal},
                                                       {"anniversaries"_ct, &anniversaries}}};

// The named policy, or nullptr for an unknown name; "" is `law`.
constexpr const law_policy* find_policy(std::string_view name) noexcept {
    if (name.empty()) return &law;
    for (const named_policy& p : policies)
        if (p.name == name) return p.policy;
    return nullptr;
}

// The readings of the abondement the library offers, by name: the named policies above and the
// default law under the disjunctive reading (Centre Inffo 2016) (docs/fr/penalty.md#readings).
inline constexpr std::array<named_policy, 5> penalty_readings_offered{
    {{"fr"_ct, &law},
     {"fr:ministry"_ct, &ministry},
     {"fr:literal"_ct, &literal},
     {"fr:anniversaries"_ct, &anniversaries},
     {"fr+disjunctive"_ct, &law_disjunctive}}};

// Which readings owe the abondement of one état des lieux: bit i for penalty_readings_offered[i].
struct penalty_opinion {
    std::uint8_t assessed = 0;  // the reading has decided this review
    std::uint8_t owed = 0;      // the reading owes the abondement for it

    // Some reading owes it and another does not (or has not decided it yet).
    constexpr bool disputed() const noexcept {
        constexpr std::uint8_t all = (1U << penalty_readings_offered.size()) - 1;
        return owed != 0 && owed != all;
    }
};

// The opinion of every reading on each état des lieux decided by `as_of`, the k-th review of
// each reading (in date order) matched with the k-th of the others: the readings date a review
// differently (the ministry's deadline, seniority without suspensions), never count them
// differently.
inline inplace_vector<penalty_opinion, max_findings> penalty_readings(const employee& e,
                                                                      const company& c,
                                                                      year_month_day as_of) {
    inplace_vector<penalty_opinion, max_findings> out;
    for (std::size_t i = 0; i < penalty_readings_offered.size(); ++i) {
        const evaluation ev = careertalk::evaluate(*penalty_readings_offered[i].policy, e, c, as_of);
        std::size_t k = 0;
        for (const finding& f : ev.findings) {
            if (f.about != obligation_kind::abondement_correctif ||
                (f.kind != finding_kind::penalty && f.kind != finding_kind::no_penalty))
                continue;
            if (k == out.size() && !out.push_back({})) break;
            const auto bit = static_cast<std::uint8_t>(1U << i);
            out[k].assessed |= bit;
            if (f.kind == finding_kind::penalty) out[k].owed |= bit;
            ++k;
        }
    }
    return out;
}

// The names of the readings set in `mask` (penalty_opinion), separated by "; ".
inline std::string reading_names(std::uint8_t mask) {
    std::string s;
    for (std::size_t i = 0; i < penalty_readings_offered.size(); ++i)
        if ((mask >> i) & 1U) {
            if (!s.empty()) s += "; ";
            s += penalty_readings_offered[i].name;
        }
    return s;
}

// The next interview and état des lieux due and whether the company is subject to the
// abondement, without building the evaluation (same scheduling code as evaluate()).
template <date_like D>
constexpr next_due_result next_due(const law_policy& policy, const employee& e, const company& c,
                                   D on) {
    const year_month_day as_of = to_date(on);
    next_due_result result{};
    if (!policy.ok()) {
        result.add(diagnostic{record_kind::policy, 0, "rules", diagnostic_code::policy_not_ok,
                              "the policy sets a rule the law forbids"});
        return result;
    }
    validate(e, c, as_of, result);  // impossible facts give a diagnostic, never a date
    if (!result.ok()) return result;
    next_due_sink sink{result};
    schedule(policy, e, c, as_of, sink);
    const threshold t = penalty_threshold(c, as_of, policy.abondement.headcount);
    if (t.state != threshold_state::unknown) result.penalty_subject = t.state == threshold_state::met;
    return result;
}

// Any other policy (a Dutch one, a branch agreement): the one message that says where to go.
template <class P, class D>
    requires(!std::same_as<P, law_policy>)
constexpr next_due_result next_due(const P&, const employee&, const company&, D) {
    static_assert(careertalk::detail::always_false<P>,
                  "careertalk: fr::next_due answers under French law (fr::law, fr::ministry, "
                  "fr::literal, fr::anniversaries); for a Dutch policy or a branch agreement "
                  "use careertalk::evaluate");
    return {};
}

}  // namespace careertalk::fr
