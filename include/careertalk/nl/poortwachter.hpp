// careertalk/nl/poortwachter.hpp: the Wet verbetering poortwachter timeline of a sickness.
//
// Statute: it applies to every Dutch employer, whatever its CAO or policy
// (docs/nl/poortwachter.md). From the first sick day of a sickness (nl/sickness.hpp: spells
// less than four weeks apart add up), the steps and their dates while the employer pays wages
// (BW 7:629). A step is owed only while the employee is still sick on the day it depends on,
// and only while employed: a contract that ends during sickness ends the employer's timeline
// with a sick report to UWV. Each step's version is chosen by the first sick day.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/nl/sickness.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>

#include <algorithm>
#include <optional>

namespace careertalk::inline v0::nl {

inline constexpr year_month_day poortwachter_start = date::year{2002} / date::April / 1;
// Wet verlenging loondoorbetalingsverplichting bij ziekte (Stb. 2003, 555): sickness from
// 2004-01-01 has 104 weeks of wage payment and falls under the WIA, not the WAO.
inline constexpr year_month_day wvlz_start = date::year{2004} / date::January / 1;
// Stb. 2008, 414 and 415: the 42nd-week report, in force 2008-11-01, for sickness from
// 2008-08-01 (earlier sickness keeps the 13th-week report).
inline constexpr year_month_day melding_42_start = date::year{2008} / date::August / 1;
// Verzamelwet SZW 2013 (Stb. 2013, 236): WIA application 11 weeks before the end of the
// waiting time (week 93) instead of 13 (week 91), from 2013-07-01.
inline constexpr year_month_day wia_93_start = date::year{2013} / date::July / 1;

// Week counting: the first sick day is day 1 of week 1; week n ends on sick day 7n.
inline constexpr rule_ref week_counting{
    .id = "nl.poortwachter.weeks"_ct,
    .citation = "BW 7:629 lid 1 and lid 10 (104 weeks; spells less than four weeks apart add "
                "up); docs/nl/poortwachter.md#weeks"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Sickness weeks count sick days from the first sick day; spells less than "
                    "four weeks apart add up"_ct,
              .fr = "Les semaines de maladie comptent les jours de maladie depuis le premier ; "
                    "les arrêts séparés de moins de quatre semaines s'additionnent"_ct,
              .nl = "Ziekteweken tellen ziektedagen vanaf de eerste ziektedag; perioden die "
                    "elkaar binnen vier weken opvolgen worden samengeteld"_ct},
    .basis = authority::interpretation,
    .reading = "week n ends on sick day 7n; an interruption of 27 days or fewer (days back at "
               "work) adds the spells up, 28 days or more starts a new sickness; the days "
               "back at work do not count; the same counting for every step; a step is owed "
               "only if the employee is sick on the day it depends on "
               "(docs/nl/poortwachter.md#weeks)."_ct};

inline constexpr rule_ref ziekmelding_arbodienst_rule{
    .id = "nl.poortwachter.ziekmelding_arbodienst"_ct,
    .citation = "Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 1 (BWBR0013540); "
                "Arbeidsomstandighedenwet art. 14 lid 1 sub b"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Sick report to the company doctor or arbodienst"_ct,
              .fr = "Déclaration de maladie au médecin du travail ou au service de santé"_ct,
              .nl = "Ziekmelding bij de bedrijfsarts of arbodienst"_ct},
    .basis = authority::decree,
    .reading = "the Regeling says 'tijdig' (in time); the date is the library's "
               "(nl.poortwachter.ziekmelding_week1)."_ct};

inline constexpr rule_ref ziekmelding_week1{
    .id = "nl.poortwachter.ziekmelding_week1"_ct,
    .citation = "docs/nl/poortwachter.md#sick-report (library default; common practice is the "
                "first week)"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Sick report by the end of the first week of sickness"_ct,
              .fr = "Déclaration au plus tard à la fin de la première semaine"_ct,
              .nl = "Ziekmelding uiterlijk aan het eind van de eerste ziekteweek"_ct},
    .basis = authority::interpretation,
    .reading = "first sick day + 6 days; past it the row is advisory, not overdue."_ct};

inline constexpr rule_ref probleemanalyse_rule{
    .id = "nl.poortwachter.probleemanalyse"_ct,
    .citation = "Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2-3 (BWBR0013540)"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Problem analysis by the company doctor within 6 weeks of the first sick day"_ct,
              .fr = "Analyse du problème par le médecin du travail dans les 6 semaines"_ct,
              .nl = "Probleemanalyse door de bedrijfsarts binnen 6 weken na de eerste ziektedag"_ct},
    .basis = authority::decree,
    .reading = "owed when still sick at the end of week 6 (long absence threatening); the "
               "library cannot see an earlier prognosis, but an earlier problem analysis "
               "recorded as held brings the action plan forward."_ct};

inline constexpr rule_ref plan_van_aanpak_rule{
    .id = "nl.poortwachter.plan_van_aanpak"_ct,
    .citation = "Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1 (within two weeks "
                "of the problem analysis); UWV werkgevers (at the latest in week 8)"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Action plan two weeks after the problem analysis, at the latest in week 8"_ct,
              .fr = "Plan d'action deux semaines après l'analyse, au plus tard la 8e semaine"_ct,
              .nl = "Plan van aanpak binnen twee weken na de probleemanalyse, uiterlijk in "
                    "week 8"_ct},
    .basis = authority::decree,
    .reading = "due 14 days after the problem analysis recorded as held, or at the end of "
               "week 8 if that is earlier or none is recorded; owed when sick on that day."_ct};

inline constexpr rule_ref evaluatie_rule{
    .id = "nl.poortwachter.evaluatie"_ct,
    .citation = "Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 sub b "
                "(periodic evaluation); every 6 weeks is common practice"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Periodic evaluation of the action plan (every 6 weeks in practice)"_ct,
              .fr = "Évaluation périodique du plan d'action (toutes les 6 semaines en pratique)"_ct,
              .nl = "Periodieke evaluatie van het plan van aanpak (in de praktijk elke 6 weken)"_ct},
    .basis = authority::practice,
    .reading = "6 calendar weeks after the action plan's deadline, then 6 weeks after each "
               "evaluation held, while the sickness goes on, up to week 104."_ct};

inline constexpr rule_ref melding_13e_week_rule{
    .id = "nl.poortwachter.13e_week"_ct,
    .citation = "Ziektewet art. 38 lid 1 as in force until 2008-10-31 (report after thirteen "
                "weeks and one day)"_ct,
    .in_force = {poortwachter_start, melding_42_start},
    .title = {.en = "Report to UWV on the day after the 13th week of sickness"_ct,
              .fr = "Déclaration à l'UWV le lendemain de la 13e semaine de maladie"_ct,
              .nl = "Ziekmelding bij UWV op de dag na de 13e ziekteweek"_ct},
    .basis = authority::statute};

inline constexpr rule_ref melding_42e_week_rule{
    .id = "nl.poortwachter.42e_week"_ct,
    .citation = "Ziektewet art. 38 lid 1 (Stb. 2008, 414; in force 2008-11-01 for sickness from "
                "2008-08-01, Stb. 2008, 415); secondary: UWV werkgevers, ziek melden bij UWV"_ct,
    .in_force = {melding_42_start, open_end},
    .title = {.en = "Report to UWV at the latest on the first working day after week 42"_ct,
              .fr = "Déclaration à l'UWV au plus tard le premier jour ouvré après la 42e semaine"_ct,
              .nl = "42e-weeksmelding uiterlijk de eerste werkdag na de 42e ziekteweek"_ct},
    .basis = authority::statute,
    .reading = "working day = Monday to Friday; public holidays are not modelled."_ct};

inline constexpr rule_ref eerstejaarsevaluatie_rule{
    .id = "nl.poortwachter.eerstejaarsevaluatie"_ct,
    .citation = "Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 sub b ('in ieder "
                "geval aan het einde van het eerste ziektejaar', Stcrt. 2004, 213); window "
                "from week 46: UWV werkgevers"_ct,
    .in_force = {wvlz_start, open_end},
    .title = {.en = "First-year evaluation between week 46 and week 52"_ct,
              .fr = "Évaluation de la première année entre la 46e et la 52e semaine"_ct,
              .nl = "Eerstejaarsevaluatie tussen week 46 en week 52"_ct},
    .basis = authority::decree};

inline constexpr rule_ref tweede_spoor_rule{
    .id = "nl.poortwachter.tweede_spoor"_ct,
    .citation = "BW 7:658a lid 1 (suitable work with another employer when none is available "
                "with the employer); Regeling procesgang art. 4 lid 2 sub b (first-year "
                "evaluation)"_ct,
    .in_force = {wvlz_start, open_end},
    .title = {.en = "Second track: if the first-year evaluation expects no return to own work, "
                    "look for work with another employer"_ct,
              .fr = "Deuxième voie : si l'évaluation de la première année n'attend pas de "
                    "retour au poste, chercher un travail chez un autre employeur"_ct,
              .nl = "Tweede spoor: verwacht de eerstejaarsevaluatie geen terugkeer in eigen "
                    "werk, dan re-integratie bij een andere werkgever"_ct},
    .basis = authority::statute,
    .reading = "the library cannot see the evaluation's outcome: an advisory on the first-year "
               "evaluation's date, while the employee is still sick."_ct};

inline constexpr rule_ref vervroegde_iva_rule{
    .id = "nl.poortwachter.vervroegde_iva"_ct,
    .citation = "Wet WIA art. 23 (verkorte wachttijd: at least 3, at most 68 weeks); secondary: "
                "UWV particulieren, vervroegd WIA aanvragen"_ct,
    .in_force = {wvlz_start, open_end},
    .title = {.en = "Early IVA application: possible after 3 weeks and before 68 weeks of "
                    "sickness when there is no prospect of recovery"_ct,
              .fr = "Demande anticipée d'IVA : possible après 3 semaines et avant 68 semaines "
                    "de maladie sans perspective de guérison"_ct,
              .nl = "Vervroegde IVA-aanvraag: mogelijk na 3 en voor 68 weken ziekte bij geen "
                    "uitzicht op herstel"_ct},
    .basis = authority::statute,
    .reading = "an entitlement from sick day 22 to the end of week 68, shown while the "
               "employee is sick and the period is not over; the library cannot see the "
               "company doctor's prognosis."_ct};

inline constexpr rule_ref deskundigenoordeel_rule{
    .id = "nl.poortwachter.deskundigenoordeel"_ct,
    .citation = "Wet SUWI art. 32 (UWV expert opinion at the request of employer or employee); "
                "BW 7:629a (needed for a wage claim)"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Employer and employee may ask UWV for an expert opinion "
                    "(deskundigenoordeel)"_ct,
              .fr = "L'employeur et le salarié peuvent demander un avis d'expert à l'UWV"_ct,
              .nl = "Werkgever en werknemer kunnen UWV om een deskundigenoordeel vragen"_ct},
    .basis = authority::statute,
    .reading = "shown while the employee is sick, for a sickness that reaches week 6 (long "
               "absence threatening), over the wage-payment period."_ct};

// The WIA application: the letter week opens the window, the last week closes it.
inline constexpr rule_ref wia_aanvraag_91{
    .id = "nl.poortwachter.wia.v1"_ct,
    .citation = "Wet WIA art. 64 lid 3 as in force until 2013-06-30 (13 weeks before the end "
                "of the waiting time: week 91)"_ct,
    .in_force = {wvlz_start, wia_93_start},
    .title = {.en = "WIA application at the latest in week 91"_ct,
              .fr = "Demande WIA au plus tard la 91e semaine"_ct,
              .nl = "WIA-aanvraag uiterlijk in week 91"_ct},
    .basis = authority::statute,
    .reading = "chosen by the first sick day; the transitional law of 2013 was not found, so a "
               "sickness begun before 2013-07-01 keeps the earlier week "
               "(docs/nl/poortwachter.md#wia-week-91-or-93)."_ct};

inline constexpr rule_ref wia_aanvraag_rule{
    .id = "nl.poortwachter.wia"_ct,
    .citation = "Wet WIA art. 64 lid 3 (11 weeks before the end of the waiting time: week 93; "
                "Verzamelwet SZW 2013, Stb. 2013, 236); secondary: UWV particulieren, wanneer "
                "vraag ik een WIA-uitkering aan (letter after week 88)"_ct,
    .in_force = {wia_93_start, open_end},
    .title = {.en = "WIA application at the latest in week 93 (UWV writes after week 88)"_ct,
              .fr = "Demande WIA au plus tard la 93e semaine (courrier de l'UWV après la 88e)"_ct,
              .nl = "WIA-aanvraag uiterlijk in week 93 (brief van UWV na week 88)"_ct},
    .basis = authority::statute};

inline constexpr rule_ref re_integratieverslag_rule{
    .id = "nl.poortwachter.re_integratieverslag"_ct,
    .citation = "Wet WIA art. 64 (the application comes with the re-integratieverslag); "
                "Regeling procesgang eerste en tweede ziektejaar, art. 6 (its contents: "
                "eindevaluatie, actueel oordeel of the company doctor)"_ct,
    .in_force = {wvlz_start, open_end},
    .title = {.en = "Re-integration report with final evaluation and current opinion of the "
                    "company doctor, by the WIA application"_ct,
              .fr = "Rapport de réintégration avec évaluation finale et avis actuel du médecin, "
                    "pour la demande WIA"_ct,
              .nl = "Re-integratieverslag met eindevaluatie en actueel oordeel, bij de "
                    "WIA-aanvraag"_ct},
    .basis = authority::decree};

inline constexpr rule_ref loondoorbetaling_52{
    .id = "nl.BW.7-629.52"_ct,
    .citation = "BW 7:629 lid 1 as in force until 2003-12-31 (52 weeks; WAO after)"_ct,
    .in_force = {date::year{1996} / date::March / 1, wvlz_start},
    .title = {.en = "Wage payment during sickness ends after 52 weeks"_ct,
              .fr = "Le maintien du salaire pendant la maladie prend fin après 52 semaines"_ct,
              .nl = "Loondoorbetaling bij ziekte eindigt na 52 weken"_ct},
    .basis = authority::statute,
    .reading = "the WAO application of this period is not modelled."_ct};

inline constexpr rule_ref loondoorbetaling_rule{
    .id = "nl.BW.7-629.104"_ct,
    .citation = "BW 7:629 lid 1 (104 weeks; Wet verlenging loondoorbetalingsverplichting bij "
                "ziekte, Stb. 2003, 555, for sickness from 2004-01-01)"_ct,
    .in_force = {wvlz_start, open_end},
    .title = {.en = "Wage payment during sickness ends after 104 weeks"_ct,
              .fr = "Le maintien du salaire pendant la maladie prend fin après 104 semaines"_ct,
              .nl = "Loondoorbetaling bij ziekte eindigt na 104 weken"_ct},
    .basis = authority::statute};

inline constexpr rule_ref ziek_uit_dienst_rule{
    .id = "nl.poortwachter.ziek_uit_dienst"_ct,
    .citation = "Ziektewet art. 38 lid 2 (report on the last working day when the employment "
                "ends during sickness); BW 7:629 lid 1 (wages owed only during the contract); "
                "secondary: UWV werkgevers, ziek melden bij UWV"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Contract ends during sickness: report to UWV on the last working day; the "
                    "employer's timeline ends"_ct,
              .fr = "Fin du contrat pendant la maladie : déclaration à l'UWV le dernier jour "
                    "ouvré ; le calendrier de l'employeur s'arrête"_ct,
              .nl = "Ziek uit dienst: ziekmelding bij UWV op de laatste werkdag; de "
                    "verplichtingen van de werkgever eindigen"_ct},
    .basis = authority::statute,
    .reading = "the last working day is the last Monday to Friday on or before the contract's "
               "last day (not before the first sick day); no step due after the contract's "
               "last day is owed (docs/nl/poortwachter.md#contract-end)."_ct};

inline constexpr rule_ref uitzend_meldtermijn_rule{
    .id = "nl.poortwachter.uitzend"_ct,
    .citation = "Ziektewet art. 38 (shorter reporting terms); UWV werkgevers, ziek melden bij "
                "UWV (agency workers)"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "Agency worker: UWV may have to be told much earlier than week 42 (not "
                    "modelled)"_ct,
              .fr = "Intérimaire : l'UWV peut devoir être informé bien avant la 42e semaine "
                    "(non modélisé)"_ct,
              .nl = "Uitzendkracht: ziekmelding bij UWV kan veel eerder dan week 42 moeten "
                    "(niet gemodelleerd)"_ct},
    .basis = authority::official,
    .reading = "shown while an agency worker is sick; pregnancy-related sickness and the "
               "no-risk policy also shorten the term, and the facts do not say so "
               "(docs/nl/poortwachter.md#not-modelled)."_ct};

inline constexpr rule_ref bijzondere_meldtermijn_rule{
    .id = "nl.poortwachter.bijzondere-meldtermijn"_ct,
    .citation = "Ziektewet art. 29a (pregnancy-related sickness) and art. 29b (no-risk policy), "
                "with art. 38 (their shorter reporting terms); secondary: UWV werkgevers, ziek "
                "melden bij UWV"_ct,
    .in_force = {poortwachter_start, open_end},
    .title = {.en = "If the sickness is pregnancy-related or a no-risk policy applies, UWV must "
                    "be told much earlier than week 42 (not modelled)"_ct,
              .fr = "Si la maladie est liée à la grossesse ou qu'une police no-risk s'applique, "
                    "l'UWV doit être informé bien avant la 42e semaine (non modélisé)"_ct,
              .nl = "Bij zwangerschapsgerelateerde ziekte of een no-riskpolis moet UWV veel "
                    "eerder dan week 42 worden ingelicht (niet gemodelleerd)"_ct},
    .basis = authority::statute,
    .reading = "shown while the employee is sick, since the facts do not say whether either "
               "applies (docs/nl/poortwachter.md#not-modelled)."_ct};

// `d`, or the Monday after it when it falls on a Saturday or Sunday.
constexpr year_month_day working_day_on_or_after(year_month_day d) noexcept {
    const date::weekday w{sys_days{d}};
    if (w == date::Saturday) return add_days(d, 2);
    if (w == date::Sunday) return add_days(d, 1);
    return d;
}

// `d`, or the Friday before it when it falls on a Saturday or Sunday.
constexpr year_month_day working_day_on_or_before(year_month_day d) noexcept {
    const date::weekday w{sys_days{d}};
    if (w == date::Saturday) return add_days(d, -1);
    if (w == date::Sunday) return add_days(d, -2);
    return d;
}

namespace detail {

// First interview of `kind` in [from, as_of] (the policies use it too).
constexpr std::optional<year_month_day> first_held(const employee& e, obligation_kind kind,
                                                   year_month_day from,
                                                   year_month_day as_of) noexcept {
    return first_interview(e, [kind](obligation_kind k) { return k == kind; },
                           inclusive(from, as_of), as_of);
}

// The report to UWV in force for a sickness: week, kind and rule.
struct report_version {
    const rule_ref* rule;
    obligation_kind kind;
    int week;
    bool next_working_day;  // 42nd-week report: first working day after the week
};
inline constexpr report_version report_versions[] = {
    {&melding_13e_week_rule, obligation_kind::melding_13e_week, 13, false},
    {&melding_42e_week_rule, obligation_kind::melding_42e_week, 42, true}};

// The WIA application in force: UWV's letter week opens it, the last week closes it.
struct wia_version {
    const rule_ref* rule;
    int letter_week;
    int last_week;
};
inline constexpr wia_version wia_versions[] = {{&wia_aanvraag_91, 87, 91},
                                               {&wia_aanvraag_rule, 88, 93}};

template <class V, std::size_t N>
constexpr const V* version_on(const V (&versions)[N], year_month_day first_sick_day) noexcept {
    for (const V& v : versions)
        if (v.rule->in_force_on(first_sick_day)) return &v;
    return nullptr;
}

// One sickness's file: its steps, each owed only while the employee is employed.
struct file {
    const employee& e;
    sickness s;
    year_month_day as_of;
    evaluation& out;

    // The employer's duties end with the contract.
    constexpr bool employed_on(year_month_day d) const noexcept {
        return !e.contract_end || d <= *e.contract_end;
    }

    // The first record of `kind` from `from` on, before the next sickness begins.
    constexpr std::optional<year_month_day> held(obligation_kind kind,
                                                 year_month_day from) const noexcept {
        const auto next = s.next_first_day();
        const year_month_day until = next ? add_days(*next, -1) : as_of;
        return first_held(e, kind, from, std::min(until, as_of));
    }

    constexpr void step(obligation_kind kind, const rule_ref& rule, year_month_day window,
                        year_month_day due, rule_ptr deadline = {},
                        std::optional<year_month_day> held_on = std::nullopt) const {
        if (!employed_on(due)) return;
        obligation o{};
        o.kind = kind;
        o.trigger = trigger_kind::sickness;
        o.trigger_date = s.first_day();
        o.window_start = window;
        o.due_date = due;
        o.held_on = held_on ? held_on : held(kind, s.first_day());
        o.state = status_on(due, o.held_on, as_of);
        o.rule = &rule;
        o.deadline_rule = deadline;
        o.why.push_back(&rule);
        if (deadline) o.why.push_back(deadline);
        o.why.push_back(&week_counting);
        out.add(o);
    }

    constexpr void note(finding_kind kind, obligation_kind about, const rule_ref& rule,
                        period review, year_month_day date) const {
        if (!employed_on(date)) return;
        if (e.contract_end && *e.contract_end < review.last_day())
            review.end = add_days(*e.contract_end, 1);  // nothing of the employer's after it
        finding f{};
        f.kind = kind;
        f.rule = &rule;
        f.review = review;
        f.date = date;
        f.about = about;
        f.why.push_back(&rule);
        f.why.push_back(&week_counting);
        out.add(f);
    }

    // An entitlement or advice about what may still be done: shown only while the employee is
    // sick on the as-of date and its period is not over (a long history of past sicknesses
    // does not fill the findings).
    constexpr void note_while_sick(finding_kind kind, obligation_kind about, const rule_ref& rule,
                                   period review, year_month_day date) const {
        if (!s.last_day() && as_of < review.end && employed_on(as_of))
            note(kind, about, rule, review, date);
    }

    // Evaluations: 6 weeks after the action plan's deadline (so a late plan does not move
    // what was already due), then 6 weeks after each one held.
    constexpr void evaluations(year_month_day plan_due, year_month_day last) const {
        const auto open = s.last_day();
        year_month_day from = plan_due;
        for (int guard = 0; guard < 20; ++guard) {
            const year_month_day due = add_days(from, 42);
            if (due > last || (open && due > *open)) return;
            const year_month_day window = add_days(from, 1);
            const auto h = held(obligation_kind::evaluatie_plan_van_aanpak, window);
            step(obligation_kind::evaluatie_plan_van_aanpak, evaluatie_rule, window, due, nullptr,
                 h);
            if (!h) return;
            from = *h;
        }
    }

    constexpr void run() const {
        const year_month_day d = s.first_day();
        // The wage-payment period (52 weeks before 2004, then 104) bounds the file.
        const bool long_term = loondoorbetaling_rule.in_force_on(d);
        const int weeks = long_term ? 104 : 52;
        const year_month_day wages_end = add_days(s.counted_day(7 * weeks), 1);
        step(obligation_kind::ziekmelding_arbodienst, ziekmelding_arbodienst_rule, d,
             add_days(d, 6), &ziekmelding_week1);
        // The special reporting terms the facts cannot show, named while the employee is sick.
        note_while_sick(finding_kind::advisory, obligation_kind::afwijkende_meldtermijn,
                        e.contract == contract_kind::uitzend ? uitzend_meldtermijn_rule
                                                             : bijzondere_meldtermijn_rule,
                        period{d, wages_end}, d);
        if (const auto w6 = s.end_of_week(6)) {
            step(obligation_kind::probleemanalyse, probleemanalyse_rule, d, *w6);
            note_while_sick(finding_kind::entitlement, obligation_kind::deskundigenoordeel,
                            deskundigenoordeel_rule, period{d, wages_end}, d);
        }
        // Action plan: two weeks after a problem analysis held, at the latest in week 8.
        std::optional<year_month_day> plan_due = s.end_of_week(8);
        if (const auto pa = held(obligation_kind::probleemanalyse, d)) {
            const year_month_day early = add_days(*pa, 14);
            if ((!plan_due || early < *plan_due) && s.sick_on(early)) plan_due = early;
        }
        if (plan_due) {
            step(obligation_kind::plan_van_aanpak, plan_van_aanpak_rule, d, *plan_due);
            evaluations(*plan_due, add_days(wages_end, -1));
        }
        if (const auto* r = version_on(report_versions, d)) {
            if (const auto last = s.end_of_week(r->week)) {
                const year_month_day after = add_days(*last, 1);
                step(r->kind, *r->rule, s.counted_day(7 * (r->week - 1) + 1),
                     r->next_working_day ? working_day_on_or_after(after) : after);
            }
        }
        if (eerstejaarsevaluatie_rule.in_force_on(d)) {
            if (const auto from = s.sick_day(7 * 45 + 1)) {
                const year_month_day due = s.counted_day(7 * 52);
                step(obligation_kind::eerstejaarsevaluatie, eerstejaarsevaluatie_rule, *from, due);
                const auto h = held(obligation_kind::eerstejaarsevaluatie, d);
                note_while_sick(finding_kind::advisory, obligation_kind::tweede_spoor,
                                tweede_spoor_rule, period{*from, wages_end}, h ? *h : due);
            }
        }
        if (vervroegde_iva_rule.in_force_on(d)) {
            if (const auto from = s.sick_day(22))
                note_while_sick(finding_kind::entitlement, obligation_kind::vervroegde_iva,
                                vervroegde_iva_rule, inclusive(*from, s.counted_day(7 * 68)),
                                *from);
        }
        if (const auto* w = version_on(wia_versions, d)) {
            if (const auto from = s.sick_day(7 * w->letter_week + 1)) {
                const year_month_day due = s.counted_day(7 * w->last_week);
                step(obligation_kind::re_integratieverslag, re_integratieverslag_rule, *from, due);
                step(obligation_kind::wia_aanvraag, *w->rule, *from, due);
            }
        }
        if (s.end_of_week(weeks))
            note(finding_kind::advisory, obligation_kind::einde_loondoorbetaling,
                 long_term ? loondoorbetaling_rule : loondoorbetaling_52, period{d, wages_end},
                 wages_end);
        // A contract that ends during sickness: report to UWV on the last working day.
        if (e.contract_end && d <= *e.contract_end && s.sick_on(*e.contract_end))
            step(obligation_kind::ziekmelding_einde_dienstverband, ziek_uit_dienst_rule, d,
                 std::max(d, working_day_on_or_before(*e.contract_end)));
    }
};

}  // namespace detail

// Appends the Poortwachter steps of every sickness of `e` that began on or before `as_of`.
constexpr void poortwachter(const employee& e, year_month_day as_of, evaluation& out) {
    for_each_sickness(e, as_of, [&](const sickness& s) {
        if (!(s.first_day() < poortwachter_start)) detail::file{e, s, as_of, out}.run();
    });
}

}  // namespace careertalk::nl
