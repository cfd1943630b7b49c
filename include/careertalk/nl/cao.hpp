// careertalk/nl/cao.hpp: collective-agreement (CAO) presets.
//
// Each preset encodes the clauses nl-rules.md §3 found, with the version seen; nothing is
// added where the research found nothing (no response time, no record deadline, no budget
// figure unless a source gives one). CAO texts change every 1-3 years: where the version's
// first day was not found, `valid` starts on a stated placeholder and stays open (a CAO's
// clauses keep applying after its term until replaced, "nawerking"); each rule's `reading`
// says so. A host with another version defines its own policy (examples/nl_own_cao.cpp).
#pragma once

#include <careertalk/nl/policy.hpp>

#include <span>

namespace careertalk::nl {

namespace cao_detail {
constexpr year_month_day ymd(int y, unsigned m, unsigned d) noexcept {
    return date::year{y} / date::month{m} / date::day{d};
}
inline constexpr std::string_view placeholder =
    "version start not found in the research: valid from this placeholder, open-ended "
    "(nawerking); set the dates of your version.";
}  // namespace cao_detail

// ---------------------------------------------------------------------------- CAO Rijk
inline constexpr rule_ref rijk{
    .id = "nl.cao-rijk",
    .citation = "CAO Rijk, hoofdstuk 12 Functioneren en ontwikkelen (caorijk.nl, version online "
                "2025; in force since the Wnra, 2020-01-01)",
    .in_force = {cao_detail::ymd(2020, 1, 1), open_end},
    .title = {.en = "CAO Rijk (central government)", .fr = "CAO Rijk (administration centrale)",
              .nl = "CAO Rijk"},
    .basis = authority::agreement};

inline constexpr rule_ref rijk_personeelsgesprek{
    .id = "nl.cao-rijk.12.1",
    .citation = "CAO Rijk § 12.1 Personeelsgesprek (caorijk.nl); bijlage 10",
    .in_force = rijk.in_force,
    .title = {.en = "Staff conversation at least once a year, two-way; report in P-Direkt with "
                    "the manager's summary score; the employee may note disagreement",
              .fr = "Entretien du personnel au moins une fois par an ; compte rendu dans "
                    "P-Direkt avec une note ; le salarié peut noter son désaccord",
              .nl = "Minimaal een keer per jaar een personeelsgesprek, tweezijdig; verslag in "
                    "P-Direkt met samenvattende score; medewerker kan het oneens zijn"},
    .basis = authority::agreement,
    .reading = "'minimaal een keer per jaar': calendar year or 12 rolling months (policy::yearly)."};

inline constexpr rule_ref rijk_andere_functie{
    .id = "nl.cao-rijk.12.1.vijf-jaar",
    .citation = "CAO Rijk § 12.1, al. 4 ('vijf jaar of langer in dezelfde functie')",
    .in_force = rijk.in_force,
    .title = {.en = "Five years or more in the same function: continuing the career in another "
                    "function",
              .fr = "Cinq ans ou plus dans la même fonction : poursuite de carrière dans une "
                    "autre fonction",
              .nl = "Vijf jaar of langer in dezelfde functie: loopbaan in een andere functie"},
    .basis = authority::agreement,
    .reading = "years in function counted on the conversation's date (held, else due); 5 years "
               "reached on the 5th anniversary of function_start."};

inline constexpr rule_ref rijk_beoordeling{
    .id = "nl.cao-rijk.12.2",
    .citation = "CAO Rijk § 12.2 Beoordeling (caorijk.nl); bijlage 11 (beoordelingsformulier)",
    .in_force = rijk.in_force,
    .title = {.en = "Appraisal only when there is a reason; period 6 months to 2 years, never "
                    "twice; written reaction within 2 weeks",
              .fr = "Évaluation seulement s'il y a un motif ; période de 6 mois à 2 ans ; "
                    "réaction écrite sous 2 semaines",
              .nl = "Beoordeling alleen bij aanleiding; periode 6 maanden tot 2 jaar, nooit "
                    "tweemaal; schriftelijke reactie binnen 2 weken"},
    .basis = authority::agreement,
    .reading = "2 weeks = 14 days after the appraisal conversation, inclusive."};

inline constexpr rule_ref rijk_loopbaanscan{
    .id = "nl.cao-rijk.loopbaanscan",
    .citation = "jamesloopbaan.nl (secondary source) on CAO Rijk; A+O fonds Rijk (nl-rules.md "
                "§3.1, §8 item 4 ◐)",
    .in_force = rijk.in_force,
    .title = {.en = "Career scan by a professional at least once every 5 years",
              .fr = "Bilan de carrière par un professionnel au moins tous les 5 ans",
              .nl = "Loopbaanscan door een professional minimaal eens per 5 jaar"},
    .basis = authority::agreement,
    .reading = "◐ secondary source only: not found in caorijk.nl hoofdstuk 12; verify against "
               "the current CAO text before relying on it."};

inline constexpr agenda_item rijk_agenda[] = {
    {"nl.cao-rijk.12.1.functioneren", &rijk_personeelsgesprek, {"Functioning: circumstances, results and how they were achieved", "Fonctionnement : circonstances, résultats et manière", "Functioneren: omstandigheden, behaalde resultaten en hoe"}},
    {"nl.cao-rijk.12.1.meningen", &rijk_personeelsgesprek, {"The employee's and the manager's views on the functioning", "Avis du salarié et du manager sur le fonctionnement", "Mening van medewerker en leidinggevende over het functioneren"}},
    {"nl.cao-rijk.12.1.werkafspraken", &rijk_personeelsgesprek, {"Work agreements for the next period: circumstances and intended results", "Accords de travail pour la période suivante", "Afspraken over werkzaamheden voor de komende periode: omstandigheden en resultaten"}},
    {"nl.cao-rijk.12.1.ontwikkeling", &rijk_personeelsgesprek, {"Personal development agreements", "Accords de développement personnel", "Afspraken over persoonlijke ontwikkeling"}},
};
inline constexpr agenda_item rijk_agenda_vijf_jaar[] = {
    {"nl.cao-rijk.12.1.andere-functie", &rijk_andere_functie, {"Whether and how to continue the career in another function", "Opportunité et possibilités d'une carrière dans une autre fonction", "Wenselijkheid en mogelijkheden loopbaan in andere functie"}},
};

inline constexpr conversation rijk_conversations[] = {
    {.kind = obligation_kind::personeelsgesprek, .rule = &rijk_personeelsgesprek,
     .every = rhythm::yearly,
     .agenda = {{{rijk_agenda}, {rijk_agenda_vijf_jaar, agenda_condition::years_in_function, 5}, {}, {}}},
     .record = {.required = true, .rule = &rijk_personeelsgesprek}},
    {.kind = obligation_kind::beoordelingsgesprek, .rule = &rijk_beoordeling,
     .record = {.reaction = weeks(2), .rule = &rijk_beoordeling}},
};
inline constexpr entitlement rijk_entitlements[] = {
    {.kind = obligation_kind::loopbaanscan, .rule = &rijk_loopbaanscan, .every = years(5)},
};

inline constexpr policy cao_rijk{
    .name = "cao-rijk", .source = &rijk, .valid = rijk.in_force,
    .conversations = rijk_conversations, .entitlements = rijk_entitlements};

// CAO Rijk § 12.2: an appraisal period lasts 6 months to 2 years and never covers a period
// already appraised.
constexpr bool rijk_beoordelingsperiode_ok(period p, std::span<const period> earlier) noexcept {
    if (!p.ok() || p.end < add_months(p.begin, 6) || add_years(p.begin, 2) < p.end) return false;
    for (const period& q : earlier)
        if (p.overlaps(q)) return false;
    return true;
}

// ------------------------------------------------------------------- CAO Sociaal Werk
inline constexpr rule_ref sociaal_werk{
    .id = "nl.cao-sociaal-werk",
    .citation = "CAO Sociaal Werk 2023-2025, hoofdstuk 3 (sociaalwerk-werkt.nl)",
    .in_force = {cao_detail::ymd(2023, 1, 1), open_end},
    .title = {.en = "CAO Sociaal Werk (social work)", .fr = "CAO Sociaal Werk (travail social)",
              .nl = "CAO Sociaal Werk"},
    .basis = authority::agreement,
    .reading = cao_detail::placeholder};

inline constexpr rule_ref sociaal_werk_inzetbaarheid{
    .id = "nl.cao-sociaal-werk.3.2",
    .citation = "CAO Sociaal Werk 2023-2025, art. 3.2-3.3 (sociaalwerk-werkt.nl); bijlage 12",
    .in_force = sociaal_werk.in_force,
    .title = {.en = "Conversation on individual employability at least once a year; the employer "
                    "invites, the employee may ask; outcomes in writing",
              .fr = "Entretien sur l'employabilité au moins une fois par an ; résultats écrits",
              .nl = "Periodiek gesprek over individuele inzetbaarheid minimaal 1x per jaar; "
                    "werkgever nodigt uit, medewerker kan initiatief nemen; uitkomsten schriftelijk"},
    .basis = authority::agreement,
    .reading = "no response time is set for the employee's request: it is reported as a right, "
               "with no due date."};

inline constexpr rule_ref sociaal_werk_doorwerken{
    .id = "nl.cao-sociaal-werk.3.3",
    .citation = "CAO Sociaal Werk 2023-2025, art. 3.2-3.3 (sociaalwerk-werkt.nl)",
    .in_force = sociaal_werk.in_force,
    .title = {.en = "From 10 years before AOW age, at least every 3 years a conversation on "
                    "working fit and healthy until AOW age",
              .fr = "Dès 10 ans avant l'âge AOW, au moins tous les 3 ans un entretien sur le "
                    "maintien en emploi jusqu'à l'AOW",
              .nl = "Vanaf 10 jaar voor de AOW-leeftijd minimaal elke 3 jaar een gesprek over "
                    "fit en gezond doorwerken tot de AOW-leeftijd"},
    .basis = authority::agreement,
    .reading = "window from aow_date - 10 years (clamped) to aow_date; 3 years after the last one "
               "held, the first 3 years after the window or the CAO opens."};

inline constexpr rule_ref sociaal_werk_loopbaanbudget{
    .id = "nl.cao-sociaal-werk.loopbaanbudget",
    .citation = "CAO Sociaal Werk 2023-2025, hoofdstuk 3, loopbaanbudget (sociaalwerk-werkt.nl)",
    .in_force = sociaal_werk.in_force,
    .title = {.en = "Career amount: 1.5% of the monthly salary (with holiday pay, year-end bonus, "
                    "irregular-hours allowance), accruing over the last 60 months",
              .fr = "Montant carrière : 1,5 % du salaire mensuel, cumulé sur les 60 derniers mois",
              .nl = "Loopbaanbedrag: 1,5% van het maandsalaris (met vakantietoeslag, "
                    "eindejaarsuitkering, ORT), opgebouwd over de laatste 60 maanden"},
    .basis = authority::agreement,
    .reading = "the library has no salary: loopbaanbedrag() computes it from a basis the host "
               "gives; exclusions (student employees, I/D and guaranteed jobs) are not modelled."};

inline constexpr conversation sociaal_werk_conversations[] = {
    {.kind = obligation_kind::inzetbaarheidsgesprek, .rule = &sociaal_werk_inzetbaarheid,
     .every = rhythm::yearly, .on_request = true,
     .record = {.required = true, .rule = &sociaal_werk_inzetbaarheid}},
    {.kind = obligation_kind::doorwerkgesprek, .rule = &sociaal_werk_doorwerken,
     .every = rhythm::rolling, .interval = years(3), .who = {.years_before_aow = 10},
     .record = {.required = true, .rule = &sociaal_werk_doorwerken}},
};
inline constexpr entitlement sociaal_werk_entitlements[] = {
    {.kind = obligation_kind::loopbaanbudget, .rule = &sociaal_werk_loopbaanbudget},
};

inline constexpr policy sociaal_werk_policy{
    .name = "sociaal-werk", .source = &sociaal_werk, .valid = sociaal_werk.in_force,
    .conversations = sociaal_werk_conversations, .entitlements = sociaal_werk_entitlements};

// Monthly loopbaanbedrag: 1.5% of the monthly basis (salary with the listed supplements),
// rounded to the cent.
constexpr euros loopbaanbedrag(euros monthly_basis) noexcept {
    return euros{(monthly_basis.cents * 15 + 500) / 1000};
}
// Balance after `months_accrued` months at a constant basis: only the last 60 count.
constexpr euros loopbaanbedrag_saldo(euros monthly_basis, int months_accrued) noexcept {
    const int counted = months_accrued < 0 ? 0 : (months_accrued > 60 ? 60 : months_accrued);
    return euros{loopbaanbedrag(monthly_basis).cents * counted};
}

// -------------------------------------------------------------- CAO Gehandicaptenzorg
inline constexpr rule_ref gehandicaptenzorg{
    .id = "nl.cao-gehandicaptenzorg",
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl)",
    .in_force = {cao_detail::ymd(2021, 1, 1), open_end},
    .title = {.en = "CAO Gehandicaptenzorg (disability care)",
              .fr = "CAO Gehandicaptenzorg (soins aux personnes handicapées)",
              .nl = "CAO Gehandicaptenzorg"},
    .basis = authority::agreement,
    .reading = cao_detail::placeholder};

inline constexpr rule_ref gehandicaptenzorg_gesprek{
    .id = "nl.cao-gehandicaptenzorg.10-7.gesprek",
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl)",
    .in_force = gehandicaptenzorg.in_force,
    .title = {.en = "Right to a periodic conversation, as a rule yearly; a request is honoured "
                    "within 3 months",
              .fr = "Droit à un entretien périodique, en principe annuel ; une demande est "
                    "satisfaite sous 3 mois",
              .nl = "Recht op een periodiek gesprek, in de regel jaarlijks; een verzoek wordt "
                    "binnen 3 maanden gehonoreerd"},
    .basis = authority::agreement,
    .reading = "3 months from the request, clamped to the month end (2025-01-31 -> 2025-04-30)."};

inline constexpr rule_ref gehandicaptenzorg_loopbaanadvies{
    .id = "nl.cao-gehandicaptenzorg.10-7.loopbaanadvies",
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl)",
    .in_force = gehandicaptenzorg.in_force,
    .title = {.en = "Career advice by a career advisor once every 3 years",
              .fr = "Conseil en carrière par un conseiller une fois tous les 3 ans",
              .nl = "Loopbaanadvies door een loopbaanadviseur 1x per 3 jaar"},
    .basis = authority::agreement,
    .reading = "available 3 years after the last career advice completed."};

inline constexpr agenda_item gehandicaptenzorg_agenda[] = {
    {"nl.cao-gehandicaptenzorg.10-7.1", &gehandicaptenzorg_gesprek, {"Functioning against the job description and competences", "Fonctionnement au regard de la description de poste", "Functioneren ten opzichte van functiebeschrijving en competenties"}},
    {"nl.cao-gehandicaptenzorg.10-7.2", &gehandicaptenzorg_gesprek, {"Career and development prospects", "Perspectives de carrière et de développement", "Loopbaan- en ontwikkelperspectief"}},
    {"nl.cao-gehandicaptenzorg.10-7.3", &gehandicaptenzorg_gesprek, {"Contract size, days and working pattern", "Durée du contrat, jours et rythme de travail", "Omvang dienstverband, werkdagen en werkpatroon"}},
    {"nl.cao-gehandicaptenzorg.10-7.4", &gehandicaptenzorg_loopbaanadvies, {"The right to career advice once every 3 years", "Le droit à un conseil en carrière tous les 3 ans", "Het recht op loopbaanadvies 1x per 3 jaar"}},
    {"nl.cao-gehandicaptenzorg.10-7.5", &gehandicaptenzorg_gesprek, {"Life-phase arrangements (care, retention incl. menopause and older staff, balance, RVU)", "Dispositifs selon l'étape de vie", "Levensfaseregelingen (mantelzorg, behoud incl. menopauze en oudere medewerkers, balans, RVU)"}},
    {"nl.cao-gehandicaptenzorg.10-7.6", &gehandicaptenzorg_gesprek, {"The employee's training and development plan", "Le plan de formation et de développement du salarié", "Het opleidings- en ontwikkelplan van de medewerker"}},
};

inline constexpr conversation gehandicaptenzorg_conversations[] = {
    {.kind = obligation_kind::periodiek_gesprek, .rule = &gehandicaptenzorg_gesprek,
     .every = rhythm::yearly, .on_request = true, .response = months(3),
     .agenda = {{{gehandicaptenzorg_agenda}, {}, {}, {}}}},
};
inline constexpr entitlement gehandicaptenzorg_entitlements[] = {
    {.kind = obligation_kind::loopbaanadvies, .rule = &gehandicaptenzorg_loopbaanadvies,
     .every = years(3)},
};

inline constexpr policy gehandicaptenzorg_policy{
    .name = "gehandicaptenzorg", .source = &gehandicaptenzorg, .valid = gehandicaptenzorg.in_force,
    .conversations = gehandicaptenzorg_conversations,
    .entitlements = gehandicaptenzorg_entitlements};

// ------------------------------------------------------------------------ CAO UMC
inline constexpr rule_ref umc{
    .id = "nl.cao-umc",
    .citation = "CAO UMC, art. 3.5 and 3.6.1 (nfu.nl; version not dated in nl-rules.md)",
    .in_force = {cao_detail::ymd(2024, 1, 1), open_end},
    .title = {.en = "CAO UMC (university medical centres)", .fr = "CAO UMC (CHU)",
              .nl = "Cao umc"},
    .basis = authority::agreement,
    .reading = cao_detail::placeholder};

inline constexpr rule_ref umc_jaargesprek{
    .id = "nl.cao-umc.3.5",
    .citation = "CAO UMC, art. 3.5 (nfu.nl)",
    .in_force = umc.in_force,
    .title = {.en = "Yearly annual conversation: the past year and agreements for the next",
              .fr = "Entretien annuel : l'année écoulée et les accords pour la suivante",
              .nl = "Jaarlijks jaargesprek: terugblik en afspraken voor het komende jaar"},
    .basis = authority::agreement};

inline constexpr rule_ref umc_loopbaanadvies{
    .id = "nl.cao-umc.3.6.1",
    .citation = "CAO UMC, art. 3.6.1 (nfu.nl)",
    .in_force = umc.in_force,
    .title = {.en = "Career advice once every 5 years if the employee wishes",
              .fr = "Conseil en carrière une fois tous les 5 ans à la demande",
              .nl = "Loopbaanadvies eens per 5 jaar als de medewerker dat wil"},
    .basis = authority::agreement,
    .reading = "on request; 5 years after the last career advice."};

inline constexpr conversation umc_conversations[] = {
    {.kind = obligation_kind::jaargesprek, .rule = &umc_jaargesprek, .every = rhythm::yearly},
};
inline constexpr entitlement umc_entitlements[] = {
    {.kind = obligation_kind::loopbaanadvies, .rule = &umc_loopbaanadvies, .every = years(5),
     .on_request = true},
};

inline constexpr policy umc_policy{
    .name = "umc", .source = &umc, .valid = umc.in_force,
    .conversations = umc_conversations, .entitlements = umc_entitlements};

// ------------------------------------------------- CAO Nederlandse Universiteiten
inline constexpr rule_ref cao_nu_source{
    .id = "nl.cao-nu",
    .citation = "Cao Nederlandse Universiteiten (caouniversiteiten.nl), art. 6.5 and 6.9; "
                "hetpnn.nl",
    .in_force = {cao_detail::ymd(2024, 1, 1), open_end},
    .title = {.en = "CAO Dutch universities (cao-NU)", .fr = "CAO des universités néerlandaises",
              .nl = "Cao Nederlandse Universiteiten"},
    .basis = authority::agreement,
    .reading = cao_detail::placeholder};

inline constexpr rule_ref cao_nu_jaargesprek{
    .id = "nl.cao-nu.jaargesprek",
    .citation = "cao-NU, hoofdstuk 6 (art. 6.5, 6.9; caouniversiteiten.nl jaargesprek)",
    .in_force = cao_nu_source.in_force,
    .title = {.en = "Annual conversation at least once a year (functioning, wellbeing, "
                    "employability, motivation, career plans, workload); agreements in writing "
                    "and signed",
              .fr = "Entretien annuel au moins une fois par an ; accords écrits et signés",
              .nl = "Jaargesprek minimaal 1x per jaar (functioneren, welzijn, inzetbaarheid, "
                    "motivatie, loopbaanwensen, werkdruk); afspraken schriftelijk en ondertekend"},
    .basis = authority::agreement};

inline constexpr rule_ref cao_nu_promovendus{
    .id = "nl.cao-nu.promovendus",
    .citation = "cao-NU (caouniversiteiten.nl): opleidings- en begeleidingsplan within 3 months, "
                "evaluated at the end of the first year",
    .in_force = cao_nu_source.in_force,
    .title = {.en = "PhD candidate: training and supervision plan within 3 months of starting; "
                    "evaluation at the end of year 1",
              .fr = "Doctorant : plan de formation et d'encadrement sous 3 mois ; évaluation à "
                    "la fin de la 1re année",
              .nl = "Promovendus: opleidings- en begeleidingsplan binnen 3 maanden; evaluatie "
                    "aan het eind van het eerste jaar"},
    .basis = authority::agreement,
    .reading = "the end of year 1 = hire + 12 months."};

inline constexpr rule_ref cao_nu_loopbaanadvies{
    .id = "nl.cao-nu.loopbaanadvies",
    .citation = "cao-NU (caouniversiteiten.nl; hetpnn.nl): temporary contract of 2 years or more",
    .in_force = cao_nu_source.in_force,
    .title = {.en = "Temporary contract of 2 years or more: career advice by a professional "
                    "organisation at the employer's cost, in time to use it",
              .fr = "Contrat temporaire de 2 ans ou plus : conseil en carrière aux frais de "
                    "l'employeur, à temps pour en profiter",
              .nl = "Tijdelijk contract van 2 jaar of langer: loopbaanadvies door een "
                    "professionele organisatie op kosten van de werkgever, tijdig"},
    .basis = authority::agreement,
    .reading = "contract length = hire date to contract_end inclusive; 'in time' has no date: "
               "the right runs from hire to the contract's end."};

inline constexpr conversation cao_nu_conversations[] = {
    {.kind = obligation_kind::jaargesprek, .rule = &cao_nu_jaargesprek, .every = rhythm::yearly,
     .record = {.required = true, .sign = signing::signed_by_both, .rule = &cao_nu_jaargesprek}},
    {.kind = obligation_kind::opleidingsplan, .rule = &cao_nu_promovendus, .every = rhythm::once,
     .interval = months(3), .who = {.contract = contract_condition::promovendus}},
    {.kind = obligation_kind::beoordelingsgesprek, .rule = &cao_nu_promovendus,
     .every = rhythm::once, .interval = months(12),
     .who = {.contract = contract_condition::promovendus}},
};
inline constexpr entitlement cao_nu_entitlements[] = {
    {.kind = obligation_kind::loopbaanadvies, .rule = &cao_nu_loopbaanadvies,
     .who = {.contract = contract_condition::fixed_term, .min_contract_length = years(2)}},
};

inline constexpr policy cao_nu{
    .name = "cao-nu", .source = &cao_nu_source, .valid = cao_nu_source.in_force,
    .conversations = cao_nu_conversations, .entitlements = cao_nu_entitlements};

// ---------------------------------------------------------------- CAO Waterschappen
inline constexpr rule_ref waterschappen{
    .id = "nl.cao-waterschappen",
    .citation = "Cao Werken voor Waterschappen § 5.1 (vwvw.nl); cao 2021 (cnvconnectief.nl) and "
                "cao 2024 (binnenlandsbestuur.nl, 24-01-2024)",
    .in_force = {cao_detail::ymd(2021, 1, 1), open_end},
    .title = {.en = "CAO Waterschappen (water boards)", .fr = "CAO Waterschappen (offices de l'eau)",
              .nl = "Cao Waterschappen"},
    .basis = authority::agreement,
    .reading = "PBB €6,000 per 5 years from 2021-01-01; under 35 €12,000 from 2024-01-01; "
               "open-ended after the 2024 term (nawerking)."};

inline constexpr rule_ref waterschappen_gesprek{
    .id = "nl.cao-waterschappen.5.1.gesprek",
    .citation = "Cao Werken voor Waterschappen § 5.1 (vwvw.nl)",
    .in_force = waterschappen.in_force,
    .title = {.en = "Career conversation and POP on the employee's request; agreements stored in "
                    "the personnel file",
              .fr = "Entretien de carrière et PDP à la demande du salarié ; accords au dossier",
              .nl = "Loopbaangesprek en POP op verzoek van de medewerker; afspraken in het "
                    "personeelsdossier"},
    .basis = authority::agreement,
    .reading = "no response time in the text: a request is reported as a right, with no due date."};

inline constexpr rule_ref waterschappen_pbb_2021{
    .id = "nl.cao-waterschappen.5.1.pbb.2021",
    .citation = "Cao Waterschappen 2021 (cnvconnectief.nl): PBB raised from €5,000 to at least "
                "€6,000 per 5 years",
    .in_force = {cao_detail::ymd(2021, 1, 1), cao_detail::ymd(2024, 1, 1)},
    .title = {.en = "Personal basic budget: at least €6,000 over 5 years, on request",
              .fr = "Budget personnel : au moins 6 000 € sur 5 ans, sur demande",
              .nl = "Persoonsgebonden basisbudget: minimaal € 6.000 per 5 jaar, op aanvraag"},
    .basis = authority::agreement};

inline constexpr rule_ref waterschappen_pbb_jong{
    .id = "nl.cao-waterschappen.5.1.pbb.onder-35",
    .citation = "Cao Waterschappen § 5.1 (vwvw.nl); cao 2024 (binnenlandsbestuur.nl, 24-01-2024)",
    .in_force = {cao_detail::ymd(2024, 1, 1), open_end},
    .title = {.en = "Under 35: PBB of at least €12,000 over 5 years (coaching, training, "
                    "development, career), on request",
              .fr = "Moins de 35 ans : budget d'au moins 12 000 € sur 5 ans, sur demande",
              .nl = "Tot 35 jaar: PBB van minimaal € 12.000 per 5 jaar (coaching, opleiding, "
                    "ontwikkeling, loopbaan), op aanvraag"},
    .basis = authority::agreement,
    .reading = "◐ age judged on the request date; 35 reached on the 35th birthday."};

inline constexpr rule_ref waterschappen_pbb_ouder{
    .id = "nl.cao-waterschappen.5.1.pbb.vanaf-35",
    .citation = "Cao Waterschappen § 5.1 (vwvw.nl)",
    .in_force = {cao_detail::ymd(2024, 1, 1), open_end},
    .title = {.en = "35 and over: PBB of at least €6,000 over 5 years (development, career, "
                    "vitality), on request",
              .fr = "35 ans et plus : budget d'au moins 6 000 € sur 5 ans, sur demande",
              .nl = "Vanaf 35 jaar: PBB van minimaal € 6.000 per 5 jaar (ontwikkeling, loopbaan, "
                    "vitaliteit), op aanvraag"},
    .basis = authority::agreement,
    .reading = "◐ age judged on the request date."};

inline constexpr conversation waterschappen_conversations[] = {
    {.kind = obligation_kind::loopbaangesprek, .rule = &waterschappen_gesprek, .on_request = true,
     .record = {.required = true, .rule = &waterschappen_gesprek}},
    {.kind = obligation_kind::pop, .rule = &waterschappen_gesprek, .on_request = true},
};
inline constexpr entitlement waterschappen_entitlements[] = {
    {.kind = obligation_kind::loopbaanbudget, .rule = &waterschappen_pbb_2021, .every = years(5),
     .amount = {600000}, .on_request = true},
    {.kind = obligation_kind::loopbaanbudget, .rule = &waterschappen_pbb_jong, .every = years(5),
     .amount = {1200000}, .on_request = true, .who = {.below_age = 35}},
    {.kind = obligation_kind::loopbaanbudget, .rule = &waterschappen_pbb_ouder, .every = years(5),
     .amount = {600000}, .on_request = true, .who = {.min_age = 35}},
};

inline constexpr policy waterschappen_policy{
    .name = "waterschappen", .source = &waterschappen, .valid = waterschappen.in_force,
    .conversations = waterschappen_conversations, .entitlements = waterschappen_entitlements};

// ----------------------------------------------------------------- CAO Kinderopvang
inline constexpr rule_ref kinderopvang{
    .id = "nl.cao-kinderopvang",
    .citation = "CAO Kinderopvang 2024, art. 8.3 (kinderopvang-werkt.nl)",
    .in_force = {cao_detail::ymd(2024, 1, 1), open_end},
    .title = {.en = "CAO Kinderopvang (childcare)", .fr = "CAO Kinderopvang (garde d'enfants)",
              .nl = "Cao Kinderopvang"},
    .basis = authority::agreement,
    .reading = cao_detail::placeholder};

inline constexpr rule_ref kinderopvang_gesprek{
    .id = "nl.cao-kinderopvang.8.3",
    .citation = "CAO Kinderopvang 2024, art. 8.3 (kinderopvang-werkt.nl)",
    .in_force = kinderopvang.in_force,
    .title = {.en = "Performance conversation once a year on the employee's request, held within "
                    "6 weeks of the request",
              .fr = "Entretien annuel à la demande du salarié, tenu sous 6 semaines",
              .nl = "Functioneringsgesprek 1x per jaar op verzoek van de medewerker, binnen 6 "
                    "weken na het verzoek"},
    .basis = authority::agreement,
    .reading = "6 weeks = 42 days after the request."};

inline constexpr agenda_item kinderopvang_agenda[] = {
    {"nl.cao-kinderopvang.8.3.loopbaan", &kinderopvang_gesprek, {"Career development and training wishes (into the POP)", "Évolution de carrière et souhaits de formation (PDP)", "Loopbaanontwikkeling en opleidingswensen (POP)"}},
    {"nl.cao-kinderopvang.8.3.levensfase", &kinderopvang_gesprek, {"Life-phase policy", "Politique selon l'étape de vie", "Levensfasebeleid"}},
    {"nl.cao-kinderopvang.8.3.werktijden", &kinderopvang_gesprek, {"Working times and combining work and private life", "Horaires et conciliation vie professionnelle et privée", "Werktijden en combinatie werk en privé"}},
    {"nl.cao-kinderopvang.8.3.werkdruk", &kinderopvang_gesprek, {"Working conditions and workload", "Conditions de travail et charge", "Arbeidsomstandigheden en werkdruk"}},
    {"nl.cao-kinderopvang.8.3.functioneren", &kinderopvang_gesprek, {"Ways to improve functioning", "Pistes d'amélioration", "Mogelijkheden om het functioneren te verbeteren"}},
};

inline constexpr conversation kinderopvang_conversations[] = {
    {.kind = obligation_kind::functioneringsgesprek, .rule = &kinderopvang_gesprek,
     .on_request = true, .response = weeks(6),
     .agenda = {{{kinderopvang_agenda}, {}, {}, {}}}},
};

inline constexpr policy kinderopvang_policy{
    .name = "kinderopvang", .source = &kinderopvang, .valid = kinderopvang.in_force,
    .conversations = kinderopvang_conversations};

// ------------------------------------------------------------------------ CAO GGZ
inline constexpr rule_ref ggz{
    .id = "nl.cao-ggz",
    .citation = "CAO GGZ, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl; version not "
                "dated)",
    .in_force = {cao_detail::ymd(2024, 1, 1), open_end},
    .title = {.en = "CAO GGZ (mental health care)", .fr = "CAO GGZ (santé mentale)",
              .nl = "Cao GGZ"},
    .basis = authority::agreement,
    .reading = cao_detail::placeholder};

inline constexpr rule_ref ggz_jaargesprek{
    .id = "nl.cao-ggz.jaargesprek",
    .citation = "CAO GGZ, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl)",
    .in_force = ggz.in_force,
    .title = {.en = "Yearly annual conversation; written invitation with topics at least 3 weeks "
                    "before, the employee's topics at least 2 weeks before",
              .fr = "Entretien annuel ; invitation écrite au moins 3 semaines avant, sujets du "
                    "salarié au moins 2 semaines avant",
              .nl = "Jaarlijks jaargesprek; schriftelijke uitnodiging met onderwerpen minimaal 3 "
                    "weken vooraf, onderwerpen van de medewerker minimaal 2 weken vooraf"},
    .basis = authority::agreement,
    .reading = "3 weeks = 21 days and 2 weeks = 14 days before the conversation."};

inline constexpr rule_ref ggz_verslag{
    .id = "nl.cao-ggz.jaargesprek.verslag",
    .citation = "CAO GGZ, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl)",
    .in_force = ggz.in_force,
    .title = {.en = "The employer writes the report per topic; both sign 'voor akkoord' if they "
                    "agree, otherwise 'voor gezien'",
              .fr = "L'employeur rédige le compte rendu par sujet ; signé « pour accord » ou "
                    "« pour vu »",
              .nl = "De werkgever maakt per onderwerp een verslag; beiden tekenen 'voor akkoord' "
                    "bij overeenstemming, anders 'voor gezien'"},
    .basis = authority::agreement,
    .reading = "no deadline for the report in the text."};

inline constexpr agenda_item ggz_agenda[] = {
    {"nl.cao-ggz.1.functioneren", &ggz_jaargesprek, {"Functioning", "Fonctionnement", "Functioneren"}},
    {"nl.cao-ggz.1.beoordeling", &ggz_jaargesprek, {"When an appraisal conversation will take place", "Moment de l'entretien d'évaluation", "Moment van het beoordelingsgesprek"}},
    {"nl.cao-ggz.1.keuzemodel", &ggz_jaargesprek, {"Choice-model wishes", "Souhaits du modèle à la carte", "Wensen keuzemodel"}},
    {"nl.cao-ggz.1.arbeidstijd", &ggz_jaargesprek, {"Individual working-time arrangement (annual hours)", "Aménagement individuel du temps de travail", "Individuele arbeidsduurregeling (jaarurensystematiek)"}},
    {"nl.cao-ggz.1.loopbaan", &ggz_jaargesprek, {"Career development and training wishes (into the POP)", "Évolution de carrière et souhaits de formation (PDP)", "Loopbaanontwikkeling en opleidingswensen (POP)"}},
    {"nl.cao-ggz.1.werkdruk", &ggz_jaargesprek, {"Working conditions and workload", "Conditions de travail et charge", "Arbeidsomstandigheden en werkdruk"}},
    {"nl.cao-ggz.1.inzetbaarheid", &ggz_jaargesprek, {"Sustainable employability, including the life-phase budget", "Employabilité durable, y compris le budget étape de vie", "Duurzame inzetbaarheid, inclusief het levensfasebudget (LFB)"}},
};

inline constexpr conversation ggz_conversations[] = {
    {.kind = obligation_kind::jaargesprek, .rule = &ggz_jaargesprek, .every = rhythm::yearly,
     .leads = {.invitation = weeks(3), .topics = weeks(2), .rule = &ggz_jaargesprek},
     .agenda = {{{ggz_agenda}, {}, {}, {}}},
     .record = {.required = true, .sign = signing::akkoord_of_gezien, .rule = &ggz_verslag}},
};

inline constexpr policy ggz_policy{
    .name = "ggz", .source = &ggz, .valid = ggz.in_force, .conversations = ggz_conversations};

// ------------------------------------------------------------------ rule lists
inline constexpr const rule_ref* rijk_rules[] = {&rijk, &rijk_personeelsgesprek,
                                                 &rijk_andere_functie, &rijk_beoordeling,
                                                 &rijk_loopbaanscan};
inline constexpr const rule_ref* sociaal_werk_rules[] = {
    &sociaal_werk, &sociaal_werk_inzetbaarheid, &sociaal_werk_doorwerken,
    &sociaal_werk_loopbaanbudget};
inline constexpr const rule_ref* gehandicaptenzorg_rules[] = {
    &gehandicaptenzorg, &gehandicaptenzorg_gesprek, &gehandicaptenzorg_loopbaanadvies};
inline constexpr const rule_ref* umc_rules[] = {&umc, &umc_jaargesprek, &umc_loopbaanadvies};
inline constexpr const rule_ref* cao_nu_rules[] = {&cao_nu_source, &cao_nu_jaargesprek,
                                                   &cao_nu_promovendus, &cao_nu_loopbaanadvies};
inline constexpr const rule_ref* waterschappen_rules[] = {
    &waterschappen, &waterschappen_gesprek, &waterschappen_pbb_2021, &waterschappen_pbb_jong,
    &waterschappen_pbb_ouder};
inline constexpr const rule_ref* kinderopvang_rules[] = {&kinderopvang, &kinderopvang_gesprek};
inline constexpr const rule_ref* ggz_rules[] = {&ggz, &ggz_jaargesprek, &ggz_verslag};

}  // namespace careertalk::nl
