// careertalk/fr/law.hpp: French law on career interviews as a policy, on any date since 2014
// (and before, through regime A): careertalk::fr::law and its named readings.
//
//   constexpr auto accord = careertalk::fr::law.with_cycle(24);   // branch agreement, 2 years
//   static_assert(accord.ok());
//   static_assert(!careertalk::fr::law.with_cycle(60).ok());      // L6315-1 III: at most 4 years
//   auto ev = careertalk::evaluate(careertalk::fr::law, employee, company, as_of);
//
// Each disputed point is a switch whose default is the compliance-safe reading (the earlier
// deadline, the wider duty); fr-law.md §6, §8 and §12.6 give the sources.
#pragma once

#include <careertalk/fr/abondement.hpp>
#include <careertalk/fr/regime_a.hpp>
#include <careertalk/fr/schedule.hpp>
#include <careertalk/results.hpp>
#include <careertalk/validate.hpp>

#include <array>
#include <string_view>

namespace careertalk::fr {

struct law_t {
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
    constexpr law_t with_cycle(int months) const noexcept {
        law_t p = *this;
        p.agreement_cycle_months = months;
        p.agreement_concluded = {};
        return p;
    }

    // The policy under an agreement concluded on `concluded` (a pre-reform agreement may
    // exceed 4 years until 2026-09-30).
    constexpr law_t with_cycle(int months, year_month_day concluded) const noexcept {
        law_t p = with_cycle(months);
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
        assess_reviews(e, c, as_of, out);
    }

    // The abondement verdict of every état des lieux on or before as_of (fr/abondement.hpp).
    constexpr void assess_reviews(const employee& e, const company& c, year_month_day as_of,
                                  evaluation& out) const {
        const std::size_t n = out.obligations.size();
        for (std::size_t i = 0; i < n; ++i) {
            const obligation& r = out.obligations[i];
            if (r.kind != obligation_kind::etat_des_lieux || r.state == status::not_required)
                continue;
            // Assessed on the review held by its deadline, else on the deadline: the sanction
            // is owed for the six (eight) years ending then (L6315-1 II, L6323-13), and a
            // review held late neither moves that period nor cures what was owed
            // (compliance-safe; what was decided on an earlier as-of date stays: issue 9).
            const bool on_time = r.held_on && !(r.due_date < *r.held_on);
            const year_month_day date = on_time ? *r.held_on : r.due_date;
            if (as_of < date) continue;
            const int years = r.rule->id == rules::etat_des_lieux_2014.id ? 6 : 8;
            review_input in{};
            in.review = period{add_years(date, -years), date};
            in.due = add_years(r.trigger_date, years);  // statutory, before any postponement
            in.review_date = date;
            in.review_held = on_time;
            in.interviews_complete = interviews_complete(out, in.review, date);
            out.add(assess_review(e, c, abondement, in));
        }
    }

private:
    // Every interview owed with a deadline in `p` was held before `review_date` (late counts:
    // fr-law.md §8.10; the état des lieux itself does not catch up a missed one).
    static constexpr bool interviews_complete(const evaluation& out, period p,
                                              year_month_day review_date) noexcept {
        for (const obligation& o : out.obligations) {
            if (!detail::is_interview(o.kind) || o.kind == obligation_kind::etat_des_lieux ||
                o.kind == obligation_kind::entretien_avant_conge ||
                o.state == status::not_required || !p.contains(o.due_date))
                continue;
            if (!o.held_on || !(*o.held_on < review_date)) return false;
        }
        return true;
    }
};

constexpr void law_t::evaluate(const employee& e, const company& c, year_month_day as_of,
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
inline constexpr law_t law{};

// The readings of the ministry's Q-R of 12 Feb 2026 (as reported): seniority without the
// suspensions, état des lieux before 9 years, art. 2222 for the transitions.
inline constexpr law_t ministry{.first_year = first_year_reading::art_2222,
                                .long_agreement = agreement_reading::art_2222,
                                .review = review_deadline::before_next_year,
                                .seniority = seniority_reading::excluding_suspensions};

// The text alone: the pre-60 items only on an EPP that happens in the window.
inline constexpr law_t literal{.pre60 = pre60_reading::literal};

// Fixed anniversaries from hire (the CDC FAQ's reading of "tous les deux ans").
inline constexpr law_t anniversaries{.clock = clock_model::fixed};

struct named_policy {
    std::string_view name;
    const law_t* policy;
};

// The names `careertalk --rules fr:<name>` accepts ("fr" alone is `law`).
inline constexpr std::array<named_policy, 4> policies{{{"law"sv, &law},
                                                       {"ministry"sv, &ministry},
                                                       {"literal"sv, &literal},
                                                       {"anniversaries"sv, &anniversaries}}};

// The named policy, or nullptr for an unknown name; "" is `law`.
constexpr const law_t* find_policy(std::string_view name) noexcept {
    if (name.empty()) return &law;
    for (const named_policy& p : policies)
        if (p.name == name) return p.policy;
    return nullptr;
}

// The next interview and état des lieux due and whether the company is subject to the
// abondement, without building the evaluation (same scheduling code as evaluate()).
constexpr next_due_result next_due(const law_t& policy, const employee& e, const company& c,
                                   year_month_day as_of) {
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

}  // namespace careertalk::fr
