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
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::inline v0::fr {

// One interview the audit of an état des lieux asks for (docs/fr/penalty.md#entretiens-prevus).
struct planned_interview {
    obligation_kind kind{};  // periodic (professionnel, parcours), état des lieux, or an event's
    year_month_day due{};    // its deadline
    year_month_day latest{};  // the last day on which holding it still counts for the review
    std::optional<year_month_day> held_on{};  // the interview taken for it, if any
};

// An état des lieux not yet decided, as it will be decided if no interview or training
// follows the as-of date, and what would change that (docs/fr/penalty.md#outlook).
struct review_outlook {
    finding verdict{};         // penalty, no_penalty or missing (headcount), as assess_review
    year_month_day deadline{};  // of the review, COVID postponement included
    // The interviews its period still lacks, in date order, the état des lieux last. Each held
    // by its `latest` date, the period's interviews are complete: no abondement under either
    // reading of "et" unless the disjunctive one also finds the training missing.
    inplace_vector<planned_interview, 48> missing{};  // an agreement may ask for one a month
    bool interviews_can_prevent = false;  // no missing interview's latest date is past
    // A training other than L6321-2 dated in the period by this date also prevents it under
    // the cumulative reading (Cass. soc. 21 Jan 2026); unset when the period is over.
    std::optional<year_month_day> training_by{};
};

using review_outlooks = inplace_vector<review_outlook, max_findings>;

struct law_policy {
    static constexpr careertalk::jurisdiction jurisdiction = careertalk::jurisdiction::fr;
    // Readings of docs/fr/readings.md, by anchor.
    clock_model clock = clock_model::rolling;                    // #periodic-clock
    pre60_reading pre60 = pre60_reading::administrative;         // #pre-60
    first_year_reading first_year = first_year_reading::direct;  // #first-year-transition
    agreement_reading long_agreement = agreement_reading::direct;  // #agreement-transition-2026
    review_deadline review = review_deadline::strict;            // #etat-des-lieux
    seniority_reading seniority = seniority_reading::all_time;   // #etat-des-lieux
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
        for_each_review(clocks, e, out, [&](const review_frame& f) {
            if (f.review->state == status::not_required) return;
            if (!f.on_time && !(f.grace < as_of)) return;  // may still be held in time
            out.add(assess_review(e, c, abondement, review_of(clocks, e, c, as_of, out, f)));
        });
    }

    // What each état des lieux due by `until` and not decided on `as_of` comes to if nothing
    // more is done, and the interviews that would complete its period (docs/fr/penalty.md#
    // outlook). `known` holds the facts as known on `as_of` (nothing dated after it) and
    // `projected` their evaluation under `clocks` as of outlook_date(until).
    template <class Clocks>
    constexpr review_outlooks outlook_of(const Clocks& clocks, const employee& known,
                                         const company& c, year_month_day as_of,
                                         year_month_day until,
                                         const evaluation& projected) const {
        review_outlooks out;
        const year_month_day on = outlook_date(until);
        for_each_review(clocks, known, projected, [&](const review_frame& f) {
            if (f.review->state == status::not_required || f.on_time || f.grace < as_of ||
                until < f.due)
                return;
            review_outlook o{};
            o.verdict = assess_review(known, c, abondement,
                                      review_of(clocks, known, c, on, projected, f));
            o.deadline = f.due;
            o.interviews_can_prevent = true;
            const auto need = [&](const planned_interview& i) {
                if (i.held_on) return true;
                o.interviews_can_prevent = o.interviews_can_prevent && !(i.latest < as_of);
                // The last place is the review's.
                return o.missing.size() + 1 < decltype(o.missing)::capacity() &&
                       o.missing.push_back(i);
            };
            // The review itself is assumed held on its last day: the period's interviews are
            // then matched as assess_reviews would match them.
            walk_planned(clocks, known, c, on, projected, {f.start, f.end}, f.lower, f.grace, need);
            o.interviews_can_prevent = o.interviews_can_prevent && !(f.grace < as_of);
            o.missing.push_back({obligation_kind::etat_des_lieux, f.due, f.grace, std::nullopt});
            if (!(o.verdict.review.last_day() < as_of)) o.training_by = o.verdict.review.last_day();
            out.push_back(o);
        });
        return out;
    }

    // The evaluation date of an outlook to `until`: every review due by `until` is decided then.
    constexpr year_month_day outlook_date(year_month_day until) const noexcept {
        return add_days(add_months(until, abondement.tolerance_months), 1);
    }

    // outlook_of under this law alone.
    review_outlooks outlook(const employee& e, const company& c, year_month_day as_of,
                            year_month_day until) const;

private:
    // One état des lieux of the schedule, with the dates the sanction reads.
    struct review_frame {
        const obligation* review = nullptr;
        year_month_day start{}, end{};  // the years of seniority it closes
        year_month_day statutory{};     // start + 6 or 8 years, before any postponement
        year_month_day due{};           // the sanction's deadline (COVID tolerance included)
        year_month_day grace{};         // due + the tolerance
        year_month_day lower{};         // interviews after it count for the period
        int years = 6;
        bool on_time = false;           // held by grace
    };

    // Calls `each(review_frame)` for every état des lieux of `out`, in order.
    template <class Clocks, class Each>
    constexpr void for_each_review(const Clocks& clocks, const employee& e,
                                   const evaluation& out, Each each) const {
        const std::size_t n = out.obligations.size();
        // Interviews after the previous review held in time (not that review itself), and from
        // the cycle's start, count for the next review's period.
        std::optional<year_month_day> after;  // the previous review, when held in time
        for (std::size_t i = 0; i < n; ++i) {
            const obligation& r = out.obligations[i];
            // The statutory reviews (a branch agreement's own, fr/agreements.hpp, owe no
            // abondement).
            if (r.kind != obligation_kind::etat_des_lieux ||
                (r.rule->id != rules::etat_des_lieux_2014.id &&
                 r.rule->id != rules::etat_des_lieux_2025.id))
                continue;
            review_frame f{};
            f.review = &r;
            f.start = r.trigger_date;
            f.years = r.rule->id == rules::etat_des_lieux_2014.id ? 6 : 8;
            f.statutory = add_years(f.start, f.years);
            // The sanction's deadline: the ministry's COVID tolerance (to 2021-09-30) when on.
            f.due = std::max(r.due_date, postponed_deadline(f.statutory, abondement));
            f.lower = after ? std::max(*after, add_days(f.start, -1)) : add_days(f.start, -1);
            f.grace = add_months(f.due, abondement.tolerance_months);
            f.on_time = r.held_on && !(f.grace < *r.held_on);
            f.end = detail::seniority_anniversary(e, f.start, f.years, clocks.seniority);
            after = f.on_time ? r.held_on : std::nullopt;
            each(f);
        }
    }

    // The review_input of `f` (fr/abondement.hpp), decided on the day it was held in time,
    // else on its deadline.
    template <class Clocks>
    constexpr review_input review_of(const Clocks& clocks, const employee& e, const company& c,
                                     year_month_day as_of, const evaluation& out,
                                     const review_frame& f) const {
        const year_month_day date = f.on_time ? *f.review->held_on : f.due;
        review_input in{};
        in.review = abondement.period == review_period::seniority
                        ? period{f.start, f.end}
                        : period{add_years(date, -f.years), date};
        in.due = f.statutory;
        in.review_date = date;
        in.review_held = f.on_time;
        in.interviews_complete =
            f.on_time && walk_planned(clocks, e, c, as_of, out, {f.start, f.end}, f.lower, date,
                                      [](const planned_interview& i) { return i.held_on.has_value(); });
        return in;
    }

    // "A bénéficié des entretiens prévus" over `p`, the review held on `review` (docs/fr/
    // penalty.md#entretiens-prevus): for each anniversary of the periodic clock from hire inside
    // p (fixed anniversaries, as the CDC counts), an interview held after `lower`, after the
    // one taken for the previous anniversary and after that anniversary's tolerance, by its
    // deadline (COVID postponement included) plus the tolerance and before the review (which
    // counts for the anniversary at p's end); and each return, mid-career and pre-60 interview
    // owed in p held by its deadline plus the tolerance (ministry Q-R no. 11). Each planned
    // interview goes to `visit`, with the interview taken for it if any; a missing one is
    // taken as held on its last day. Stops, false, at the first `visit` that returns false.
    template <class Clocks, class Visit>
    constexpr bool walk_planned(const Clocks& clocks, const employee& e, const company& c,
                                year_month_day as_of, const evaluation& out, period p,
                                year_month_day lower, year_month_day review, Visit visit) const {
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
            // A deadline that does not move on (a branch quota's, fr/agreements.hpp) is one
            // anniversary, not one per pass.
            if (!from_hire && !(ref < d.anchor)) break;
            ref = d.anchor;
            from_hire = false;
            if (!(p.begin < d.anchor)) continue;
            const year_month_day until = std::min(add_months(d.due, tolerance), add_days(review, -1));
            const auto held = detail::first_held(e, add_days(lower, 1), add_days(until, 1), as_of);
            const obligation_kind kind = d.due < loi_2025
                                             ? obligation_kind::entretien_professionnel
                                             : obligation_kind::entretien_parcours_professionnel;
            if (!visit(planned_interview{kind, d.due, until, held})) return false;
            lower = std::max(held ? *held : until, add_months(d.anchor, tolerance));
        }
        for (const obligation& o : out.obligations) {
            const bool owed = o.kind == obligation_kind::entretien_retour ||
                              o.kind == obligation_kind::entretien_mi_carriere ||
                              o.kind == obligation_kind::entretien_fin_carriere;
            if (!owed || o.state == status::not_required || !p.contains(o.due_date) ||
                !(o.due_date < review))
                continue;
            const year_month_day latest = add_months(o.due_date, tolerance);
            const bool counts = o.held_on && !(latest < *o.held_on);
            if (!visit(planned_interview{o.kind, o.due_date, latest,
                                         counts ? o.held_on : std::nullopt}))
                return false;
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

namespace detail {

// An employee's facts as known on a date: interviews, trainings, certifications and
// progressions dated after it (planned ones) left out.
struct known_facts {
    std::vector<interview> interviews;
    std::vector<training> trainings;
    std::vector<dated_fact> certifications, progressions;
    employee facts{};

    known_facts(const employee& e, year_month_day as_of) : facts(e) {
        const auto keep = [&](auto& into, auto from) {
            for (const auto& x : from)
                if (!(as_of < x.date)) into.push_back(x);
        };
        keep(interviews, e.interviews);
        keep(trainings, e.trainings);
        keep(certifications, e.certifications);
        keep(progressions, e.progressions);
        facts.interviews = careertalk::detail::span_of(interviews);
        facts.trainings = careertalk::detail::span_of(trainings);
        facts.certifications = careertalk::detail::span_of(certifications);
        facts.progressions = careertalk::detail::span_of(progressions);
    }
    known_facts(const known_facts&) = delete;
    known_facts& operator=(const known_facts&) = delete;
};

}  // namespace detail

// The outlook (law_policy::outlook_of) of `policy`, this law or a branch agreement composed with
// `law` on the clocks `clocks`: the facts as known on `as_of`, evaluated under `policy`.
template <class Policy, class Clocks>
review_outlooks outlook_under(const law_policy& law, const Policy& policy, const Clocks& clocks,
                              const employee& e, const company& c, year_month_day as_of,
                              year_month_day until) {
    const detail::known_facts known{e, as_of};
    const auto projected = std::make_unique<evaluation>();
    careertalk::evaluate_into(policy, known.facts, c, law.outlook_date(until), *projected);
    if (!projected->ok()) return {};
    return law.outlook_of(clocks, known.facts, c, as_of, until, *projected);
}

inline review_outlooks law_policy::outlook(const employee& e, const company& c,
                                           year_month_day as_of, year_month_day until) const {
    return outlook_under(*this, *this, *this, e, c, as_of, until);
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
    validate_jurisdiction(law_policy::jurisdiction, c, result);
    validate(e, c, as_of, result);  // impossible facts give a diagnostic, never a date
    if (!result.ok()) return result;
    next_due_sink sink{result};
    schedule(policy, e, c, as_of, sink);
    const threshold t = penalty_threshold(c, as_of, policy.abondement.headcount);
    if (t.state != threshold_state::unknown) result.penalty_subject = t.state == threshold_state::met;
    return result;
}

// next_due with the agenda of each next obligation: what to discuss at the next interview
// and at the next état des lieux (the items of L6315-1 I and II in force on its due date, plus
// those of a return, mid-career or pre-60 interview).
struct next_due_agenda {
    next_due_result due{};
    careertalk::agenda interview{};       // of the obligation due on due.interview
    careertalk::agenda etat_des_lieux{};  // of the obligation due on due.etat_des_lieux

    constexpr bool ok() const noexcept { return due.ok(); }
};

// The dates of next_due, and the agendas of the obligations due on them, read from a full
// evaluation into `scratch` (reuse it across employees, as with evaluate_into). next_due
// itself stays the fast path: it builds no agenda.
template <date_like D>
constexpr next_due_agenda next_due_with_agenda(const law_policy& policy, const employee& e,
                                               const company& c, D on, evaluation& scratch) {
    next_due_agenda out{next_due(policy, e, c, on)};
    if (!out.ok()) return out;
    evaluate_into(policy, e, c, on, scratch);
    // From the end: the schedule's obligations follow regime A's, as next_due sees only them.
    for (auto o = scratch.obligations.end(); o != scratch.obligations.begin();) {
        --o;
        if (o->held_on || o->state == status::not_required) continue;
        const bool review = o->kind == obligation_kind::etat_des_lieux;
        if (!review && !is_interview(o->kind)) continue;
        const auto& due = review ? out.due.etat_des_lieux : out.due.interview;
        auto& items = review ? out.etat_des_lieux : out.interview;
        if (due == o->due_date && items.empty()) items = o->agenda;
    }
    return out;
}

template <date_like D>
constexpr next_due_agenda next_due_with_agenda(const law_policy& policy, const employee& e,
                                               const company& c, D on) {
    evaluation scratch{};
    return next_due_with_agenda(policy, e, c, on, scratch);
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
