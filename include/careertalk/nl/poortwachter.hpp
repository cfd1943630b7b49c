// careertalk/nl/poortwachter.hpp: the Wet verbetering poortwachter timeline of a sickness.
//
// Statute: it applies to every Dutch employer, whatever its CAO or policy (nl-rules.md §2.9).
// From the first sick day of an `absence` of kind `ziekte`, the steps and their dates during
// the 104 weeks of wage payment (BW 7:629). A step is owed only while the employee is still
// sick on the date it depends on; a recovery (the absence's end) stops the timeline.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>

#include <optional>

namespace careertalk::nl {

inline constexpr year_month_day poortwachter_start = date::year{2002} / date::April / 1;

// Week counting (nl-rules.md §0): the first sick day is day 1 of week 1; week n covers
// start + 7(n-1) ... start + 7n - 1.
inline constexpr rule_ref week_counting{
    .id = "nl.poortwachter.weeks"sv,
    .citation = "nl-rules.md §0 (sickness weeks); BW 7:629 lid 1 (104 weeks)"sv,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Sickness weeks count from the first sick day (day 1 of week 1)"sv,
              .fr = "Les semaines de maladie comptent à partir du premier jour (jour 1 de la "
                    "semaine 1)"sv,
              .nl = "Ziekteweken tellen vanaf de eerste ziektedag (dag 1 van week 1)"sv},
    .basis = authority::interpretation,
    .reading = "'by the end of week n' = start + 7n - 1; 'after week n' = start + 7n; a step is "
               "owed only if the employee is still sick on the day it depends on; separate "
               "sick spells are not added together (BW 7:629 lid 10 is not modelled)."sv};

inline constexpr rule_ref probleemanalyse_rule{
    .id = "nl.poortwachter.probleemanalyse"sv,
    .citation = "Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2-3 (BWBR0013540)"sv,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Problem analysis by the company doctor within 6 weeks of the first sick day"sv,
              .fr = "Analyse du problème par le médecin du travail dans les 6 semaines"sv,
              .nl = "Probleemanalyse door de bedrijfsarts binnen 6 weken na de eerste ziektedag"sv},
    .basis = authority::decree,
    .reading = "owed when still sick at the end of week 6 (long absence threatening); the "
               "library cannot see an earlier prognosis."sv};

inline constexpr rule_ref plan_van_aanpak_rule{
    .id = "nl.poortwachter.plan_van_aanpak"sv,
    .citation = "Regeling procesgang eerste en tweede ziektejaar (art. 4, number not verified); "
                "UWV; nl-rules.md §2.9"sv,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Action plan agreed and signed by the end of week 8"sv,
              .fr = "Plan d'action signé au plus tard à la fin de la 8e semaine"sv,
              .nl = "Plan van aanpak uiterlijk in week 8 opgesteld en ondertekend"sv},
    .basis = authority::decree};

inline constexpr rule_ref evaluatie_rule{
    .id = "nl.poortwachter.evaluatie"sv,
    .citation = "Regeling procesgang (evaluate 'as often as needed'); practice every 6 weeks "
                "(nl-rules.md §2.9 ◐)"sv,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Periodic evaluation of the action plan (every 6 weeks in practice)"sv,
              .fr = "Évaluation périodique du plan d'action (toutes les 6 semaines en pratique)"sv,
              .nl = "Periodieke evaluatie van het plan van aanpak (in de praktijk elke 6 weken)"sv},
    .basis = authority::practice,
    .reading = "6 weeks after the action plan's deadline (end of week 8), then 6 weeks after "
               "each evaluation held."sv};

inline constexpr rule_ref melding_42e_week_rule{
    .id = "nl.poortwachter.42e_week"sv,
    .citation = "UWV werkgevers, 42e-weeksmelding (nl-rules.md §2.9)"sv,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Report to UWV at the latest on the first working day after week 42"sv,
              .fr = "Déclaration à l'UWV au plus tard le premier jour ouvré après la 42e semaine"sv,
              .nl = "42e-weeksmelding uiterlijk de eerste werkdag na de 42e ziekteweek"sv},
    .basis = authority::official,
    .reading = "working day = Monday to Friday; public holidays are not modelled."sv};

inline constexpr rule_ref eerstejaarsevaluatie_rule{
    .id = "nl.poortwachter.eerstejaarsevaluatie"sv,
    .citation = "Regeling procesgang; reactiva, Inretail verzuimnavigator (nl-rules.md §2.9)"sv,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "First-year evaluation between week 46 and week 52"sv,
              .fr = "Évaluation de la première année entre la 46e et la 52e semaine"sv,
              .nl = "Eerstejaarsevaluatie tussen week 46 en week 52"sv},
    .basis = authority::official};

inline constexpr rule_ref wia_aanvraag_rule{
    .id = "nl.poortwachter.wia"sv,
    .citation = "UWV particulieren, WIA aanvragen (nl-rules.md §2.9): letter after week 88, "
                "application at the latest in week 93"sv,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "WIA application at the latest in week 93 (UWV writes after week 88)"sv,
              .fr = "Demande WIA au plus tard la 93e semaine (courrier de l'UWV après la 88e)"sv,
              .nl = "WIA-aanvraag uiterlijk in week 93 (brief van UWV na week 88)"sv},
    .basis = authority::official};

inline constexpr rule_ref loondoorbetaling_rule{
    .id = "nl.BW.7-629.104"sv,
    .citation = "BW 7:629 lid 1 (wage payment during 104 weeks of sickness)"sv,
    .in_force = {date::year{2004} / date::January / 1, open_end},
    .title = {.en = "Wage payment during sickness ends after 104 weeks"sv,
              .fr = "Le maintien du salaire pendant la maladie prend fin après 104 semaines"sv,
              .nl = "Loondoorbetaling bij ziekte eindigt na 104 weken"sv},
    .basis = authority::statute};

// Last day of sickness week n counted from the first sick day.
constexpr year_month_day end_of_week(year_month_day first_sick_day, int n) noexcept {
    return add_days(first_sick_day, 7 * n - 1);
}

// The day after week n.
constexpr year_month_day after_week(year_month_day first_sick_day, int n) noexcept {
    return add_days(first_sick_day, 7 * n);
}

// `d`, or the Monday after it when it falls on a Saturday or Sunday.
constexpr year_month_day working_day_on_or_after(year_month_day d) noexcept {
    const date::weekday w{sys_days{d}};
    if (w == date::Saturday) return add_days(d, 2);
    if (w == date::Sunday) return add_days(d, 1);
    return d;
}

namespace detail {

// First interview of `kind` in [from, as_of].
constexpr std::optional<year_month_day> first_held(const employee& e, obligation_kind kind,
                                                   year_month_day from,
                                                   year_month_day as_of) noexcept {
    return first_interview(e, [kind](obligation_kind k) { return k == kind; },
                           inclusive(from, as_of), as_of);
}

struct sickness {
    year_month_day start{};
    std::optional<year_month_day> last_sick_day{};  // empty while still sick on as_of
    year_month_day as_of{};

    constexpr bool sick_on(year_month_day d) const noexcept {
        return !last_sick_day || d <= *last_sick_day;
    }

    constexpr void step(obligation_kind kind, const rule_ref& rule, year_month_day window,
                        year_month_day due, year_month_day owed_if_sick_on, const employee& e,
                        evaluation& out) const {
        if (!sick_on(owed_if_sick_on)) return;
        obligation o{};
        o.kind = kind;
        o.trigger = trigger_kind::sickness;
        o.trigger_date = start;
        o.window_start = window;
        o.due_date = due;
        o.held_on = first_held(e, kind, start, as_of);
        o.state = status_on(due, o.held_on, as_of);
        o.rule = &rule;
        o.why.push_back(&rule);
        o.why.push_back(&week_counting);
        out.add(o);
    }
};

}  // namespace detail

// Appends the Poortwachter steps of every sickness of `e` that began on or before `as_of`.
constexpr void poortwachter(const employee& e, year_month_day as_of, evaluation& out) {
    for (const absence& a : e.absences) {
        if (a.kind != absence_kind::ziekte || a.start > as_of || a.start < poortwachter_start)
            continue;
        // An end after as_of has not happened yet: still sick.
        const detail::sickness s{a.start, (a.end && *a.end < as_of) ? a.end : std::nullopt,
                                 as_of};
        const year_month_day d = a.start;
        s.step(obligation_kind::probleemanalyse, probleemanalyse_rule, d, end_of_week(d, 6),
               end_of_week(d, 6), e, out);
        s.step(obligation_kind::plan_van_aanpak, plan_van_aanpak_rule, d, end_of_week(d, 8),
               end_of_week(d, 8), e, out);
        // Evaluations: 6 weeks after the action plan's deadline (so a late plan does not move
        // what was already due), then 6 weeks after each one held.
        year_month_day from = end_of_week(d, 8);
        for (int guard = 0; guard < 20; ++guard) {
            const year_month_day due = add_days(from, 42);
            if (due > end_of_week(d, 104) || !s.sick_on(due)) break;
            obligation o{};
            o.kind = obligation_kind::evaluatie_plan_van_aanpak;
            o.trigger = trigger_kind::sickness;
            o.trigger_date = d;
            o.window_start = add_days(from, 1);
            o.due_date = due;
            o.held_on = detail::first_held(e, o.kind, o.window_start, as_of);
            o.state = status_on(due, o.held_on, as_of);
            o.rule = &evaluatie_rule;
            o.why.push_back(&evaluatie_rule);
            o.why.push_back(&week_counting);
            out.add(o);
            if (!o.held_on) break;
            from = *o.held_on;
        }
        s.step(obligation_kind::melding_42e_week, melding_42e_week_rule, after_week(d, 41),
               working_day_on_or_after(after_week(d, 42)), end_of_week(d, 42), e, out);
        s.step(obligation_kind::eerstejaarsevaluatie, eerstejaarsevaluatie_rule,
               after_week(d, 45), end_of_week(d, 52), after_week(d, 45), e, out);
        s.step(obligation_kind::wia_aanvraag, wia_aanvraag_rule, after_week(d, 88),
               end_of_week(d, 93), after_week(d, 88), e, out);
        if (s.sick_on(end_of_week(d, 104))) {
            finding f{};
            f.kind = finding_kind::advisory;
            f.rule = &loondoorbetaling_rule;
            f.review = period{d, after_week(d, 104)};
            f.date = after_week(d, 104);
            f.about = obligation_kind::einde_loondoorbetaling;
            f.why.push_back(&loondoorbetaling_rule);
            f.why.push_back(&week_counting);
            out.add(f);
        }
    }
}

inline constexpr const rule_ref* poortwachter_rules[] = {
    &week_counting,         &probleemanalyse_rule,      &plan_van_aanpak_rule,
    &evaluatie_rule,        &melding_42e_week_rule,     &eerstejaarsevaluatie_rule,
    &wia_aanvraag_rule,     &loondoorbetaling_rule};

}  // namespace careertalk::nl
