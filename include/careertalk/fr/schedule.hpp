// careertalk/fr/schedule.hpp: every French interview obligation of one career since
// 2014-03-07, in the order information at hire, periodic interviews, before/after-leave and
// return interviews, mid-career, état des lieux, pre-60.
//
// The driver writes to a sink (anything with slot() and commit(obligation), add(finding), the
// pre-60 hooks below and `wants_details`), so the full evaluation (law.hpp) and the payroll
// fast path next_due() run the same code. Each obligation is filled where slot() says (the
// evaluation's next slot, or a local for next_due) and then committed; agendas and `why`
// chains are built only for a sink that wants details (next_due() reads dates and states
// alone). Interviews, visits and absences
// dated after the as-of date have not happened; rules apply only from their first day (the
// law as known on the as-of date).
#pragma once

#include <careertalk/fr/abondement.hpp>
#include <careertalk/fr/absences.hpp>
#include <careertalk/fr/agenda.hpp>
#include <careertalk/fr/transition.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/history.hpp>
#include <careertalk/results.hpp>

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>

namespace careertalk::inline v0::fr {

// What the periodic clock counts from (docs/fr/readings.md#periodic-clock).
enum class clock_model : std::uint8_t {
    rolling,  // R: from the last interview of any kind held (default; service-public, Q-R 2)
    fixed,    // F: fixed anniversaries from hire (CDC FAQ); late interviews do not cure
};
BOOST_DESCRIBE_ENUM(clock_model, rolling, fixed)

// The pre-60 interview (L6315-1 V; docs/fr/readings.md#pre-60).
enum class pre60_reading : std::uint8_t {
    administrative,  // when no EPP is otherwise due in the window, one before the 60th
                     // birthday (default; ministry Q-R 11, OPCO EP)
    literal,         // V only adds items to the first EPP held in the window
};
BOOST_DESCRIBE_ENUM(pre60_reading, administrative, literal)

// Deadline of the état des lieux (docs/fr/readings.md#etat-des-lieux).
enum class review_deadline : std::uint8_t {
    strict,            // hire + 6 or 8 years of seniority (default)
    before_next_year,  // the ministry's "avant 9 ans" (or 7): the day before the next year
};
BOOST_DESCRIBE_ENUM(review_deadline, strict, before_next_year)

// Seniority for the état des lieux (docs/fr/readings.md#etat-des-lieux).
enum class seniority_reading : std::uint8_t {
    all_time,               // from hire, suspensions included (default: the earlier dates)
    excluding_suspensions,  // the ministry's: suspensions not assimilated to work excluded
};
BOOST_DESCRIBE_ENUM(seniority_reading, all_time, excluding_suspensions)

namespace detail {

using history::first_held;
using history::history_cursor;
using history::is_interview;

constexpr bool is_periodic(obligation_kind k) noexcept {
    return k == obligation_kind::entretien_professionnel ||
           k == obligation_kind::entretien_parcours_professionnel;
}

// Sets every member of `o`, a sink's slot that may hold an earlier obligation (built in place:
// no zeroing then copying). Without its status when !WithState: next_due reads a state only to
// skip not_required, which status_on never gives (not_required() sets it).
template <bool WithState = true>
constexpr void fill(obligation& o, obligation_kind kind, trigger_kind trigger,
                    year_month_day trigger_date, year_month_day window_start, year_month_day due,
                    std::optional<year_month_day> held, const rule_ref* rule,
                    year_month_day as_of) noexcept {
    o.kind = kind;
    o.trigger = trigger;
    o.trigger_date = trigger_date;
    o.window_start = window_start;
    o.due_date = due;
    o.state = WithState ? status_on(due, held, as_of) : status::upcoming;
    o.held_on = held;
    o.rule = rule;
    o.exemption = nullptr;
    o.deadline_rule = nullptr;  // the slot may hold another employee's obligation
    o.agenda.clear();
    o.why.clear();
}

template <bool WithState = true>
constexpr obligation make(obligation_kind kind, trigger_kind trigger, year_month_day trigger_date,
                          year_month_day window_start, year_month_day due,
                          std::optional<year_month_day> held, const rule_ref* rule,
                          year_month_day as_of) noexcept {
    obligation o;
    fill<WithState>(o, kind, trigger, trigger_date, window_start, due, held, rule, as_of);
    return o;
}

constexpr void not_required(obligation& o, const rule_ref* exemption) noexcept {
    o.state = status::not_required;
    o.exemption = exemption;
}

// The interview's agenda: the base items of the version in force on its date (the held date,
// else the due date, known on as_of).
constexpr agenda base_for(const obligation& o, year_month_day as_of) noexcept {
    const year_month_day d = o.held_on ? *o.held_on : std::min(o.due_date, as_of);
    return agenda{base_agenda(d)};
}

// Number of days of `e`'s excluded suspensions inside [from, to).
constexpr int excluded_days(const employee& e, year_month_day from, year_month_day to) noexcept {
    int n = 0;
    for (const absence& a : e.absences) {
        if (!excluded_from_seniority(a.kind)) continue;
        const year_month_day end = a.end ? add_days(*a.end, 1) : open_end;
        const year_month_day b = std::max(a.start, from);
        const year_month_day x = std::min(end, to);
        if (b < x) n += days_between(b, x);
    }
    return n;
}

// `anniversary` (of `start`) pushed back by the excluded suspensions since `start`.
constexpr year_month_day pushed_back(const employee& e, year_month_day start,
                                     year_month_day anniversary) noexcept {
    year_month_day d = anniversary;
    for (int i = 0; i < 8; ++i) {  // the suspensions inside the longer span count too
        const year_month_day next = add_days(anniversary, excluded_days(e, start, d));
        if (next == d) break;
        d = next;
    }
    return d;
}

// `start` + `years` of seniority, pushed back by excluded suspensions when asked (small, so
// that the default reading inlines to add_years).
constexpr year_month_day seniority_anniversary(const employee& e, year_month_day start, int years,
                                               seniority_reading reading) noexcept {
    const year_month_day d = add_years(start, years);
    return reading == seniority_reading::all_time ? d : pushed_back(e, start, d);
}

constexpr bool ended_before(const employee& e, year_month_day d) noexcept {
    return e.contract_end && *e.contract_end < d;
}

// The listed absence, known on `as_of`, that keeps the employee away on `d`, if any.
constexpr const absence* away_at(const employee& e, year_month_day d,
                                 year_month_day as_of) noexcept {
    for (const absence& a : e.absences)
        if (!(as_of < a.start) && away_on(a, d)) return &a;
    return nullptr;
}

// `due`, or the return from the listed absence it falls in (when its end is known).
constexpr year_month_day due_at_return(const employee& e, year_month_day due,
                                       year_month_day as_of) noexcept {
    const absence* a = away_at(e, due, as_of);
    return a && a->end ? *a->resumption() : due;
}

// An interview falling due while the employee is away on a listed absence (known on `as_of`)
// is due at the return (rules::absent_au_retour, the library's date in deadline_rule: advisory
// once past): on the resumption date, with an advisory finding dated on it, or, with no end
// recorded, on its own date with a finding naming the missing resumption date (one finding per
// absence). One overdue before the absence began stays overdue. The interview before a leave
// is owed before it.
template <class Sink>
constexpr void defer_while_absent(Sink& out, obligation& o, const employee& e,
                                  year_month_day as_of) {
    if (!is_interview(o.kind) || o.kind == obligation_kind::entretien_avant_conge ||
        o.state == status::not_required)
        return;
    const absence* a = away_at(e, o.due_date, as_of);
    if (!a) return;
    o.deadline_rule = &rules::absent_au_retour;
    finding f{};
    f.rule = &rules::absent_au_retour;
    f.about = o.kind;
    if (a->end) {
        o.due_date = *a->resumption();
        o.state = status_on(o.due_date, o.held_on, as_of);
        f.kind = finding_kind::advisory;
        f.date = o.due_date;
    } else {
        f.kind = finding_kind::missing;
        f.date = as_of;
        f.missing = missing_fact::resumption_date;
    }
    if constexpr (Sink::wants_details) {
        f.why.push_back(&rules::absent_au_retour);
        f.why.push_back(o.rule);
    }
    out.add_once(f);
}

// Hands `o` to the sink, once what the employee's absence changes is applied.
template <class Sink>
constexpr void commit(Sink& out, obligation& o, const employee& e, year_month_day as_of) {
    defer_while_absent(out, o, e, as_of);
    out.commit(o);
}

}  // namespace detail

// The collective agreement in force: the policy's own, else the company's facts.
template <class Law>
constexpr agreement agreement_of(const Law& law, const company& c) noexcept {
    if (law.agreement_cycle_months > 0)
        return {law.agreement_cycle_months, law.agreement_concluded};
    if (c.agreement_cycle_months && *c.agreement_cycle_months > 0)
        return {*c.agreement_cycle_months, c.agreement_date.value_or(year_month_day{})};
    return {};
}

// Information at hire (L6315-1 I al. 1); met only when the host records it. Few hosts do: with
// no record it is no_record, overdue only in strict mode (docs/fr/schedule.md).
template <class Sink>
constexpr void schedule_information(const employee& e, bool strict, year_month_day as_of,
                                    Sink& out) {
    if (e.hire_date < loi_2014) return;
    // The version in force on the hire date; the first information given meets it.
    const rule_ref* rule =
        e.hire_date < loi_2025 ? &rules::information_2014 : &rules::information_2025;
    std::optional<year_month_day> held;
    for (const interview& i : e.interviews)
        if (i.kind == obligation_kind::information_embauche && !(as_of < i.date) &&
            (!held || i.date < *held))
            held = i.date;
    auto&& o = out.slot();
    detail::fill<Sink::wants_details>(o, obligation_kind::information_embauche, trigger_kind::hire,
                                      e.hire_date, e.hire_date, e.hire_date, held, rule, as_of);
    if (!strict && o.state == status::overdue) o.state = status::no_record;
    o.why.push_back(rule);
    detail::commit(out, o, e, as_of);
}

// The deadline after `ref` under `law`. A policy composed with the law (a branch agreement,
// fr/agreements.hpp) supplies its own periodic_deadline member, which caps by the law.
template <bool Explain, class Law>
constexpr deadline periodic_deadline_of(const Law& law, const employee& e, year_month_day ref,
                                        bool from_hire, agreement a, year_month_day as_of) {
    if constexpr (requires { law.periodic_deadline(e, ref, from_hire, a, as_of); })
        return law.periodic_deadline(e, ref, from_hire, a, as_of);
    else
        return periodic_deadline<Explain>(ref, from_hire, a, as_of, law.first_year,
                                          law.long_agreement);
}

// The periodic interviews, from hire (or 2014-03-07) to the first one not yet held (for a
// sink without details on the rolling clock, only that one: see the start below).
template <class Law, class Sink>
constexpr void schedule_periodic(const Law& law, const employee& e, agreement a,
                                 year_month_day as_of, Sink& out) {
    const bool present = e.hire_date < loi_2014;
    year_month_day ref = present ? loi_2014 : e.hire_date;
    bool from_hire = true;
    const bool rolling = law.clock == clock_model::rolling;
    if constexpr (!Sink::wants_details) {
        // Dates only (next_due): on the rolling clock each interview held meets the period
        // before it and starts the next, so only the period after the last one can be pending
        // (or not required, when the contract ends first). Start there, without the walk.
        if (rolling)
            if (const auto last = history::last_held(e, ref, as_of)) {
                ref = *last;
                from_hire = false;
            }
    }
    detail::history_cursor history{e};
    // Rolling: each pass but the last consumes an interview held. Fixed: at most 64 periods.
    const std::size_t passes = rolling ? e.interviews.size() + 1 : 64;
    for (std::size_t pass = 0; pass < passes; ++pass) {
        const deadline d = periodic_deadline_of<Sink::wants_details>(
            law, e, ref, from_hire && !present, a, as_of);
        // The interview at `ref` belongs to the previous obligation (from hire: counts).
        const year_month_day from = from_hire ? ref : add_days(ref, 1);
        // Model F: the period ends on its deadline, or on the return when the employee is away
        // then (the deadline defer_while_absent gives it).
        const year_month_day until = law.clock == clock_model::fixed
                                         ? add_days(detail::due_at_return(e, d.due, as_of), 1)
                                         : open_end;
        auto held = history.first_held(from, until, as_of);
        // Owed by a contract ending before the due date: decided on that end (issue 9
        // invariant), an interview after it does not meet it.
        if (held && detail::ended_before(e, d.due) && *e.contract_end < *held) held.reset();
        const bool epp = !(d.due < loi_2025) && (!(as_of < loi_2025) || !(ref < loi_2025));
        auto&& o = out.slot();
        detail::fill<Sink::wants_details>(
            o,
            epp ? obligation_kind::entretien_parcours_professionnel
                : obligation_kind::entretien_professionnel,
            from_hire ? (present ? trigger_kind::regime_start : trigger_kind::hire)
                      : trigger_kind::periodic,
            ref, ref, d.due, held, d.rule, as_of);
        if constexpr (Sink::wants_details) {
            o.why = d.why;
            if (from_hire && present) o.why.push_back(&rules::debut_2014);
            o.agenda = detail::base_for(o, as_of);
        }
        if (!held && detail::ended_before(e, d.due)) {
            // OPCO EP's advice to hold it before the end is for fixed terms; a permanent
            // contract that ends (an exit) just owes nothing after it.
            const bool permanent = e.contract == contract_kind::cdi ||
                                   e.contract == contract_kind::onbepaalde_tijd;
            detail::not_required(o, permanent ? &rules::fin_emploi : &rules::contrat_court);
            detail::commit(out, o, e, as_of);
            if (permanent) return;
            finding f{};
            f.kind = finding_kind::advisory;
            f.rule = &rules::contrat_court;
            f.date = *e.contract_end;
            f.about = o.kind;
            f.why.push_back(d.rule);
            out.add(f);
            return;
        }
        detail::commit(out, o, e, as_of);
        if (rolling) {
            if (!held) return;
            ref = *held;
        } else {
            // A period met early is followed by the next one (listed, as in model R).
            if (as_of < d.due && !held) return;
            ref = d.anchor;
        }
        from_hire = false;
    }
}

// Return interviews (table 5.2) and the interviews before a carer's or solidarity leave.
template <class Law, class Sink>
constexpr void schedule_absences(const Law& law, const employee& e, const company& c,
                                 year_month_day as_of, Sink& out) {
    for (const absence& a : e.absences) {
        if (as_of < a.start) continue;
        if (const rule_ref* before = before_interview(a)) {
            // Due the day before the leave (not before hire: a leave from the first day gets
            // its interview on that day); one held during the leave is late, not missing.
            const year_month_day due = std::max(add_days(a.start, -1), e.hire_date);
            const year_month_day from = std::max(add_months(a.start, -3), e.hire_date);
            const year_month_day until = a.resumption().value_or(open_end);
            auto&& o = out.slot();
            detail::fill<Sink::wants_details>(
                o, obligation_kind::entretien_avant_conge, trigger_kind::before_absence, a.start,
                from, due, detail::first_held(e, from, until, as_of), before, as_of);
            if constexpr (Sink::wants_details) {
                o.why.push_back(before);
                o.agenda = detail::base_for(o, as_of);
            }
            detail::commit(out, o, e, as_of);
        }
        const auto right = return_interview(a);
        if (!right) continue;
        const year_month_day r = *a.resumption();
        if (detail::ended_before(e, r)) continue;
        // Maternity or adoption followed by a congé supplémentaire de naissance: one
        // interview at the end of the last leave (L6315-1 I v7; L1225-46-7).
        if (a.kind == absence_kind::conge_maternite || a.kind == absence_kind::conge_adoption) {
            bool followed = false;
            for (const absence& b : e.absences)
                followed = followed || (b.kind == absence_kind::conge_supplementaire_naissance &&
                                        b.start == r);
            if (followed) continue;
        }
        const bool mandate = a.kind == absence_kind::mandat_syndical;
        // Held at the return or later; before it, only at the employee's request and shortly
        // before (L6315-1 I v4+, L1225-57): one held mid-absence is not the one owed at its end.
        const year_month_day from =
            right->window_start < r
                ? std::max(right->window_start, add_months(r, -law.early_return_months))
                : r;
        const auto early = from < r ? history::first_requested(e, from, r, as_of) : std::nullopt;
        // No text sets a delay: the library's (rules::retour_delai), postponed for a return
        // in 2020-01-01..2021-06-30 (ord. 2020-387 art. 1 as amended by ord. 2020-1501, which
        // derogates from L6315-1 I).
        const bool covid = right->rule != &rules::l3142_11 && covid_postponable(r, as_of);
        const year_month_day due = covid ? std::max(add_months(r, law.return_within_months),
                                                    covid_deadline)
                                         : add_months(r, law.return_within_months);
        auto&& o = out.slot();
        detail::fill<Sink::wants_details>(
            o, obligation_kind::entretien_retour,
            mandate ? trigger_kind::end_of_mandate : trigger_kind::return_from_absence, r, from,
            due, early ? early : detail::first_held(e, r, open_end, as_of), right->rule, as_of);
        o.deadline_rule = &rules::retour_delai;
        if constexpr (Sink::wants_details) {
            o.why.push_back(right->rule);
            if (right->article) o.why.push_back(right->article);
            o.why.push_back(&rules::retour_delai);
            if (from < r) o.why.push_back(&rules::retour_anticipe);
            if (covid) o.why.push_back(&rules::covid_report);
            if (a.kind == absence_kind::arret_maladie ||
                a.kind == absence_kind::arret_longue_maladie)
                o.why.push_back(&rules::arret_longue_maladie);
            o.agenda = detail::base_for(o, as_of);
            const bool parental = a.kind == absence_kind::conge_parental_education ||
                                  a.kind == absence_kind::temps_partiel_parental;
            if (parental && !(r < l1225_57_2014)) o.agenda.add(agendas::retour_parental);
        }
        // L2141-5 (v3, from 2015-08-19): the census, for a mandate ending from that day.
        if (mandate && rules::l2141_5.in_force_on(*a.end)) {
            const bool census = e.flags.mandate_delegation_30 ||
                                (c.headcount && *c.headcount >= 2000);
            if (census) o.agenda.add(agendas::fin_de_mandat);
            if (!census && !c.headcount) {
                finding f{};
                f.kind = finding_kind::missing;
                f.rule = &rules::l2141_5;
                f.date = r;
                f.missing = missing_fact::headcount;
                f.about = obligation_kind::entretien_retour;
                out.add(f);
            }
        }
        // 2025: not required after an EPP in the 12 months before the return; one held during
        // the absence is the return interview held early (docs/fr/readings.md#return-interviews).
        const auto recent = right->exemptable && !(as_of < loi_2025)
                                ? detail::first_held(e, add_months(r, -12),
                                                     std::min(a.start, r), as_of)
                                : std::nullopt;
        if (recent) {
            detail::not_required(o, &rules::exemption_12_mois);
            o.held_on = std::nullopt;
            o.why.push_back(&rules::exemption_12_mois);
            if (right->article) {
                finding f{};
                f.kind = finding_kind::advisory;
                f.rule = right->article;
                f.date = r;
                f.about = obligation_kind::entretien_retour;
                f.why.push_back(&rules::exemption_12_mois);
                out.add(f);
            }
        }
        detail::commit(out, o, e, as_of);
    }
}

// The mid-career medical visit (L4624-2-2) and the EPP within 2 months of it (L6315-1 IV).
template <class Sink>
constexpr void schedule_mid_career(const employee& e, year_month_day as_of, Sink& out) {
    const auto first_visit = [&](year_month_day from) {
        std::optional<year_month_day> visit;
        for (const medical_visit& v : e.medical_visits)
            if (v.kind == visit_kind::mi_carriere && !(as_of < v.date) && !(v.date < from) &&
                (!visit || v.date < *visit))
                visit = v.date;
        return visit;
    };
    const std::optional<year_month_day> visit = first_visit(year_month_day{});
    if (e.birth_date) {
        const period year45 = calendar_year_of_birthday(*e.birth_date, 45);
        if (!(as_of < l4624_2_2_start) && l4624_2_2_start < year45.end &&
            e.hire_date < year45.end && !detail::ended_before(e, year45.begin)) {
            // May be brought forward when combined with a visit two years before (al. 2);
            // only a visit from then on fulfils it (an earlier one is not the mid-career visit).
            const year_month_day from = add_years(year45.begin, -2);
            // A 45th birthday before 2022-03-31: the duty arises on the article's first day
            // (loi 2021-1018, art. 22), its window and deadline unchanged.
            const year_month_day at45 = birthday(*e.birth_date, 45);
            const bool arises = at45 < l4624_2_2_start;
            auto&& o = out.slot();
            detail::fill<Sink::wants_details>(
                o, obligation_kind::visite_mi_carriere,
                arises ? trigger_kind::regime_start : trigger_kind::age,
                arises ? l4624_2_2_start : at45, from, year45.last_day(), first_visit(from),
                &rules::visite_mi_carriere, as_of);
            o.why.push_back(&rules::visite_mi_carriere);
            o.why.push_back(&conventions::age_on_birthday);
            detail::commit(out, o, e, as_of);
        }
    } else if (!visit) {
        finding f{};
        f.kind = finding_kind::missing;
        f.rule = &rules::visite_mi_carriere;
        f.date = as_of;
        f.missing = missing_fact::birth_date;
        f.about = obligation_kind::visite_mi_carriere;
        out.add(f);
    }
    if (!visit || *visit < loi_2025) return;  // no retroactivity (docs/fr/readings.md#mid-career)
    auto&& o = out.slot();
    detail::fill<Sink::wants_details>(
        o, obligation_kind::entretien_mi_carriere, trigger_kind::medical_visit, *visit, *visit,
        add_months(*visit, 2), detail::first_held(e, *visit, open_end, as_of), &rules::mi_carriere,
        as_of);
    if constexpr (Sink::wants_details) {
        o.why.push_back(&rules::mi_carriere);
        o.why.push_back(&conventions::clamp_to_month_end);
        o.agenda = detail::base_for(o, as_of);
        o.agenda.add(agendas::mi_carriere);
    }
    detail::commit(out, o, e, as_of);
}

// Whether the first-year EPP rule governs this hire (it then opens the first review window).
template <class Law>
constexpr bool first_year_applies(const Law& law, const employee& e, agreement a,
                                  year_month_day as_of) noexcept {
    if (e.hire_date < loi_2014) return false;
    return periodic_deadline<false>(e.hire_date, true, a, as_of, law.first_year,
                                    law.long_agreement)
        .first_year;
}

// The états des lieux, on their own seniority schedule, up to the first one not yet due.
template <class Law, class Sink>
constexpr void schedule_reviews(const Law& law, const employee& e, agreement a,
                                year_month_day as_of, Sink& out) {
    const bool present = e.hire_date < loi_2014;
    year_month_day start = present ? loi_2014 : e.hire_date;
    std::optional<year_month_day> previous;
    detail::history_cursor history{e};
    for (int cycle = 0; cycle < 16; ++cycle) {
        const auto anniversary = [&](int years) {
            return detail::seniority_anniversary(e, start, years, law.seniority);
        };
        const year_month_day six = anniversary(6);
        const int years = review_years(start, six, as_of);
        const year_month_day strict = years == 6 ? six : anniversary(years);
        // The ministry's "avant 9 ans" (Q-R of 12 Feb 2026) is for the 8-year review; a 6-year
        // cycle keeps its date: its only catch-up was the dated one of 2021 (COVID, below).
        const bool tolerated = law.review == review_deadline::before_next_year && years == 8;
        year_month_day due = tolerated ? add_days(anniversary(years + 1), -1) : strict;
        year_month_day from = anniversary(years - 1);
        if (cycle == 0 && years == 8 && first_year_applies(law, e, a, as_of)) {
            // II: the first may be held 7 years after the first-year EPP (held, else due). An
            // EPP held less than 7 years before the deadline is not that EPP: the window
            // would open after its deadline, and would move with a late interview.
            const auto first =
                detail::first_held(e, e.hire_date, add_days(add_years(due, -7), 1), as_of);
            from = add_years(first ? *first : add_years(e.hire_date, 1), 7);
        }
        const rule_ref* rule = years == 6 ? &rules::etat_des_lieux_2014 : &rules::etat_des_lieux_2025;
        // Ord. 2020-1501 (to 2021-06-30), then the catch-up to 2021-09-30 (loi 2021-689 and
        // the ministry's Q-R of 21 June 2021) unless the policy turns it off.
        const bool covid = years == 6 && covid_postponable(strict, as_of);
        if (covid) due = std::max(due, postponed_deadline(strict, law.abondement));
        const year_month_day after = previous ? add_days(*previous, 1) : from;
        auto held = history.first_held(std::max(from, after), open_end, as_of, true);
        // As for the periodic interviews: after the contract's end, a review does not count.
        if (held && detail::ended_before(e, due) && *e.contract_end < *held) held.reset();
        auto&& o = out.slot();
        detail::fill<Sink::wants_details>(
            o, obligation_kind::etat_des_lieux,
            cycle == 0 && present ? trigger_kind::regime_start : trigger_kind::seniority, start,
            from, due, held, rule, as_of);
        if constexpr (Sink::wants_details) {
            o.why.push_back(rule);
            if (cycle == 0 && present) o.why.push_back(&rules::debut_2014);
            if (years == 8 && start < loi_2025) {  // a cycle started under v2-v5
                o.why.push_back(&rules::etat_des_lieux_2014);
                o.why.push_back(&rules::transition_2025);
            }
            if (law.seniority == seniority_reading::excluding_suspensions)
                o.why.push_back(&rules::anciennete_suspensions);
            if (tolerated) o.why.push_back(&rules::tolerance_9_ans);
            if (covid) {
                o.why.push_back(&rules::covid_report);
                o.why.push_back(&rules::covid_tolerance_2021);
            } else {
                o.why.push_back(&conventions::clamp_to_month_end);
            }
            o.agenda = detail::base_for(o, as_of);
            o.agenda.add(etat_des_lieux_agenda(o.held_on ? *o.held_on : std::min(due, as_of)));
        }
        if (!held && detail::ended_before(e, due)) return;  // the slot stays unused
        detail::commit(out, o, e, as_of);
        if (as_of < strict) return;
        if (held) previous = held;
        start = strict;
    }
}

// The pre-60 items (L6315-1 V) on the first EPP in [birth + 58, birth + 60): attached to the
// interview held, else to an interview due in the window, else (administrative reading) an
// interview of its own due the day before the 60th birthday.
template <class Law, class Sink>
constexpr void schedule_pre60(const Law& law, const employee& e, year_month_day as_of, Sink& out) {
    if (as_of < loi_2025) return;
    if (!e.birth_date) {
        finding f{};
        f.kind = finding_kind::missing;
        f.rule = &rules::fin_carriere;
        f.date = as_of;
        f.missing = missing_fact::birth_date;
        f.about = obligation_kind::entretien_fin_carriere;
        out.add(f);
        return;
    }
    const period window{birthday(*e.birth_date, 58), birthday(*e.birth_date, 60)};
    const year_month_day from = std::max({window.begin, loi_2025, e.hire_date});
    if (!(from < window.end) || detail::ended_before(e, from)) return;
    const auto held = detail::first_held(e, from, window.end, as_of);
    // A periodic interview still pending before the window: later ones may fall in it (once
    // the window has passed, that is decided: issue 9 invariant).
    if (!held && as_of < window.end && out.periodic_pending_before(from)) return;
    // Held: V's items go on the interviews it fulfils; under the administrative reading the
    // interview of its own stays owed (now met) when none was due in the window, so holding
    // it does not make the obligation vanish (issue 9 invariant).
    if (held && out.attach_pre60_held(*held) &&
        (law.pre60 == pre60_reading::literal || out.interview_due_in(period{from, window.end})))
        return;
    if (!held && out.attach_pre60_pending(period{from, window.end})) return;
    if (!held && law.pre60 == pre60_reading::literal) return;
    // One held after the 60th birthday is late, not missing (issue 9 invariant).
    const auto late = held ? held : detail::first_held(e, window.end, open_end, as_of);
    // A 58th birthday before 2025-10-26: the duty arises on V's first day (loi 2025-989).
    const bool arises = window.begin < loi_2025;
    auto&& o = out.slot();
    detail::fill<Sink::wants_details>(
        o, obligation_kind::entretien_fin_carriere,
        arises ? trigger_kind::regime_start : trigger_kind::age, arises ? loi_2025 : window.begin,
        from, window.last_day(), late, &rules::fin_carriere, as_of);
    if constexpr (Sink::wants_details) {
        o.why.push_back(&rules::fin_carriere);
        if (!held) o.why.push_back(&rules::fin_carriere_administrative);
        o.why.push_back(&conventions::age_on_birthday);
        o.agenda = detail::base_for(o, as_of);
        o.agenda.add(agendas::fin_carriere);
    }
    detail::commit(out, o, e, as_of);
}

// Every obligation of the 2014 and 2025 laws for `e` seen on `as_of`.
template <class Law, class Sink>
constexpr void schedule(const Law& law, const employee& e, const company& c, year_month_day as_of,
                        Sink& out) {
    if (as_of < loi_2014 || detail::ended_before(e, loi_2014)) return;
    const agreement a = agreement_of(law, c);
    schedule_information(e, law.strict_information, as_of, out);
    schedule_periodic(law, e, a, as_of, out);
    schedule_absences(law, e, c, as_of, out);
    schedule_mid_career(e, as_of, out);
    schedule_reviews(law, e, a, as_of, out);
    schedule_pre60(law, e, as_of, out);
}

// The sink of a full evaluation.
struct evaluation_sink {
    static constexpr bool wants_details = true;
    evaluation& out;
    // The schedule's own obligations start here: regime A's (fr/regime_a.hpp), listed before,
    // are of another law and never carry or block the 2025 items (issue 15 §3).
    std::size_t first = out.obligations.size();
    std::optional<obligation> spare{};  // the slot while the list is full

    constexpr std::span<obligation> ours() {
        return {out.obligations.begin() + first, out.obligations.end()};
    }
    constexpr std::span<const obligation> ours() const {
        return {out.obligations.begin() + first, out.obligations.end()};
    }

    // Each obligation is built in the list's next slot (no copy); commit() appends it, or
    // reports the overflow exactly as evaluation::add does.
    constexpr obligation& slot() {
        if (obligation* o = out.obligations.next_slot()) return *o;
        return spare.emplace();
    }
    constexpr void commit(const obligation& o) {
        if (out.obligations.full()) return out.add(o);
        out.obligations.push_back_slot();
    }
    constexpr void add(const finding& f) { out.add(f); }
    // `f` unless a finding of the same kind, rule, date and missing fact is already there.
    constexpr void add_once(const finding& f) {
        for (const finding& g : out.findings)
            if (g.kind == f.kind && g.rule == f.rule && g.date == f.date && g.missing == f.missing)
                return;
        out.add(f);
    }
    // V items on the obligations fulfilled by the interview held on `d`.
    constexpr bool attach_pre60_held(year_month_day d) {
        bool found = false;
        for (obligation& o : ours())
            if (detail::is_interview(o.kind) && o.held_on == d) {
                o.agenda.add(agendas::fin_carriere);
                found = true;
            }
        return found;
    }
    // V items on the earliest interview due in `w` not held by its end (held later or not
    // yet: what was decided at the end of the window stays so).
    constexpr bool attach_pre60_pending(period w) {
        obligation* first = nullptr;
        for (obligation& o : ours())
            if (detail::is_interview(o.kind) && !(o.held_on && *o.held_on < w.end) &&
                o.state != status::not_required &&
                w.contains(o.due_date) && (!first || o.due_date < first->due_date))
                first = &o;
        if (!first) return false;
        first->agenda.add(agendas::fin_carriere);
        first->why.push_back(&rules::fin_carriere);
        return true;
    }
    constexpr bool periodic_pending_before(year_month_day d) const {
        for (const obligation& o : ours())
            if (detail::is_periodic(o.kind) && !o.held_on && o.due_date < d) return true;
        return false;
    }
    // An interview owed with its deadline in `w` and not held before `w` (as for
    // attach_pre60_pending, one held before the window is not the interview in it).
    constexpr bool interview_due_in(period w) const {
        for (const obligation& o : ours())
            if (detail::is_interview(o.kind) && o.state != status::not_required &&
                w.contains(o.due_date) && !(o.held_on && *o.held_on < w.begin))
                return true;
        return false;
    }
};

// What a payroll run needs: the next interview and état des lieux due, and whether the
// company is subject to the abondement correctif.
struct next_due_result {
    std::optional<year_month_day> interview{};       // earliest pending interview (may be past)
    std::optional<year_month_day> etat_des_lieux{};  // earliest pending état des lieux
    std::optional<bool> penalty_subject{};           // empty: headcount unknown
    // Why the facts or the policy could not be evaluated (then no date is given).
    std::optional<diagnostic> invalid{};

    constexpr bool ok() const noexcept { return !invalid; }
    // validate() writes here; only the first diagnostic is kept.
    constexpr void add(const diagnostic& d) noexcept {
        if (!invalid) invalid = d;
    }
};

// The sink of next_due: keeps the earliest pending dates, allocates nothing.
struct next_due_sink {
    static constexpr bool wants_details = false;  // dates and states only
    next_due_result& result;
    inplace_vector<year_month_day, 32> pending{};  // beyond 32, the earliest are kept
    std::optional<year_month_day> periodic{};       // the pending periodic interview

    // A local obligation (the driver's auto&&), whose unread members the compiler drops.
    constexpr obligation slot() const { return {}; }
    constexpr void commit(const obligation& o) {
        if (o.held_on || o.state == status::not_required) return;
        auto& earliest = o.kind == obligation_kind::etat_des_lieux ? result.etat_des_lieux
                                                                    : result.interview;
        if (o.kind != obligation_kind::etat_des_lieux && !detail::is_interview(o.kind)) return;
        if (!earliest || o.due_date < *earliest) earliest = o.due_date;
        pending.push_back(o.due_date);
        if (detail::is_periodic(o.kind)) periodic = o.due_date;
    }
    constexpr void add(const finding&) {}
    constexpr void add_once(const finding&) {}
    constexpr bool attach_pre60_held(year_month_day) { return true; }
    constexpr bool attach_pre60_pending(period w) {
        for (const year_month_day d : pending)
            if (w.contains(d)) return true;
        return false;
    }
    constexpr bool periodic_pending_before(year_month_day d) const {
        return periodic && *periodic < d;
    }
    // Only asked once an interview is held in the window: an obligation met then is not
    // pending, whatever the answer.
    constexpr bool interview_due_in(period) const { return true; }
};

}  // namespace careertalk::fr
