// careertalk/nl/cao.hpp: collective-agreement (CAO) presets.
//
// Each preset encodes the clauses of one CAO version, checked against its text (what was
// verified, and from which source, is in docs/nl/cao.md); nothing is added where the text
// says nothing (no response time, no record deadline, no budget figure unless it gives one).
// Each preset is valid for its CAO's term, first and last day. After the term a CAO's
// clauses may keep applying until it is replaced ("nawerking"), but the next version may
// change them: the preset then says it is out of its term, and a host with another version
// defines its own policy (examples/nl_own_cao.cpp).
#pragma once

#include <careertalk/nl/policy.hpp>

#include <span>

namespace careertalk::inline v0::nl {

namespace cao_detail {
constexpr year_month_day ymd(int y, unsigned m, unsigned d) noexcept {
    return date::year{y} / date::month{m} / date::day{d};
}
// A CAO's term, first and last day inclusive.
constexpr period term(year_month_day first, year_month_day last) noexcept {
    return inclusive(first, last);
}
}  // namespace cao_detail

// ---------------------------------------------------------------------------- CAO Rijk
inline constexpr rule_ref rijk{
    .id = "nl.cao-rijk"_ct,
    .citation = "CAO Rijk 2024-2025, hoofdstuk 12 Functioneren en ontwikkelen (caorijk.nl); "
                "term 1 July 2024 to 31 December 2025"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 7, 1), cao_detail::ymd(2025, 12, 31)),
    .title = {.en = "CAO Rijk (central government)"_ct, .fr = "CAO Rijk (administration centrale)"_ct,
              .nl = "CAO Rijk"_ct},
    .basis = authority::agreement};

inline constexpr rule_ref rijk_personeelsgesprek{
    .id = "nl.cao-rijk.12.1"_ct,
    .citation = "CAO Rijk § 12.1 Personeelsgesprek (caorijk.nl); bijlage 12"_ct,
    .in_force = rijk.in_force,
    .title = {.en = "Staff conversation at least once a year, two-way; report in P-Direkt with "
                    "the manager's summary score; the employee may note disagreement"_ct,
              .fr = "Entretien du personnel au moins une fois par an ; compte rendu dans "
                    "P-Direkt avec une note ; le salarié peut noter son désaccord"_ct,
              .nl = "Minimaal een keer per jaar een personeelsgesprek, tweezijdig; verslag in "
                    "P-Direkt met samenvattende score; medewerker kan het oneens zijn"_ct},
    .basis = authority::agreement,
    .reading = "'minimaal een keer per jaar': calendar year or 12 rolling months (conversation_policy::yearly; "
               "docs/nl/cao.md#once-a-year)."_ct};

inline constexpr rule_ref rijk_andere_functie{
    .id = "nl.cao-rijk.12.1.vijf-jaar"_ct,
    .citation = "CAO Rijk § 12.1, al. 4 ('vijf jaar of langer in dezelfde functie')"_ct,
    .in_force = rijk.in_force,
    .title = {.en = "Five years or more in the same function: continuing the career in another "
                    "function"_ct,
              .fr = "Cinq ans ou plus dans la même fonction : poursuite de carrière dans une "
                    "autre fonction"_ct,
              .nl = "Vijf jaar of langer in dezelfde functie: loopbaan in een andere functie"_ct},
    .basis = authority::agreement,
    .reading = "years in function counted on the conversation's date (held, else due); 5 years "
               "reached on the 5th anniversary of function_start."_ct};

inline constexpr rule_ref rijk_beoordeling{
    .id = "nl.cao-rijk.12.2"_ct,
    .citation = "CAO Rijk § 12.2 Beoordeling (caorijk.nl); bijlage 13 (beoordelingsformulier)"_ct,
    .in_force = rijk.in_force,
    .title = {.en = "Appraisal only when there is a reason; period 6 months to 2 years, never "
                    "twice; written reaction within 2 weeks"_ct,
              .fr = "Évaluation seulement s'il y a un motif ; période de 6 mois à 2 ans ; "
                    "réaction écrite sous 2 semaines"_ct,
              .nl = "Beoordeling alleen bij aanleiding; periode 6 maanden tot 2 jaar, nooit "
                    "tweemaal; schriftelijke reactie binnen 2 weken"_ct},
    .basis = authority::agreement,
    .reading = "2 weeks = 14 days after the appraisal conversation, inclusive."_ct};

inline constexpr rule_ref rijk_loopbaanscan{
    .id = "nl.cao-rijk.loopbaanscan"_ct,
    .citation = "jamesloopbaan.nl (secondary source) on CAO Rijk; not in CAO Rijk hoofdstuk 12 "
                "(caorijk.nl)"_ct,
    .in_force = rijk.in_force,
    .title = {.en = "Career scan by a professional at least once every 5 years"_ct,
              .fr = "Bilan de carrière par un professionnel au moins tous les 5 ans"_ct,
              .nl = "Loopbaanscan door een professional minimaal eens per 5 jaar"_ct},
    .basis = authority::practice,
    .reading = "◐ secondary source only: a career-advice site reports it as Rijk practice; the "
               "CAO text (hoofdstuk 12) does not have it. Reported as common practice, not as a "
               "CAO right (docs/nl/cao.md#cao-rijk)."_ct};

inline constexpr agenda_item rijk_agenda[] = {
    {"nl.cao-rijk.12.1.functioneren"_ct, &rijk_personeelsgesprek, {"Functioning: circumstances, results and how they were achieved"_ct, "Fonctionnement : circonstances, résultats et manière"_ct, "Functioneren: omstandigheden, behaalde resultaten en hoe"_ct}},
    {"nl.cao-rijk.12.1.meningen"_ct, &rijk_personeelsgesprek, {"The employee's and the manager's views on the functioning"_ct, "Avis du salarié et du manager sur le fonctionnement"_ct, "Mening van medewerker en leidinggevende over het functioneren"_ct}},
    {"nl.cao-rijk.12.1.werkafspraken"_ct, &rijk_personeelsgesprek, {"Work agreements for the next period: circumstances and intended results"_ct, "Accords de travail pour la période suivante"_ct, "Afspraken over werkzaamheden voor de komende periode: omstandigheden en resultaten"_ct}},
    {"nl.cao-rijk.12.1.ontwikkeling"_ct, &rijk_personeelsgesprek, {"Personal development agreements"_ct, "Accords de développement personnel"_ct, "Afspraken over persoonlijke ontwikkeling"_ct}},
};
inline constexpr agenda_item rijk_agenda_vijf_jaar[] = {
    {"nl.cao-rijk.12.1.andere-functie"_ct, &rijk_andere_functie, {"Whether and how to continue the career in another function"_ct, "Opportunité et possibilités d'une carrière dans une autre fonction"_ct, "Wenselijkheid en mogelijkheden loopbaan in andere functie"_ct}},
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

inline constexpr conversation_policy cao_rijk{
    .name = "cao-rijk"_ct, .source = &rijk, .valid = rijk.in_force,
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
    .id = "nl.cao-sociaal-werk"_ct,
    .citation = "CAO Sociaal Werk 2023-2025, hoofdstuk 3 (sociaalwerk-werkt.nl); term 1 July "
                "2023 to 31 July 2025"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2023, 7, 1), cao_detail::ymd(2025, 7, 31)),
    .title = {.en = "CAO Sociaal Werk (social work)"_ct, .fr = "CAO Sociaal Werk (travail social)"_ct,
              .nl = "CAO Sociaal Werk"_ct},
    .basis = authority::agreement};

inline constexpr rule_ref sociaal_werk_inzetbaarheid{
    .id = "nl.cao-sociaal-werk.3.2"_ct,
    .citation = "CAO Sociaal Werk 2023-2025, art. 3.2 A al. 1-2 and B (sociaalwerk-werkt.nl); "
                "bijlage 12"_ct,
    .in_force = sociaal_werk.in_force,
    .title = {.en = "Conversation on individual employability at least once a year; the employer "
                    "invites, the employee may ask; outcomes in writing"_ct,
              .fr = "Entretien sur l'employabilité au moins une fois par an ; résultats écrits"_ct,
              .nl = "Periodiek gesprek over individuele inzetbaarheid minimaal 1x per jaar; "
                    "werkgever nodigt uit, medewerker kan initiatief nemen; uitkomsten schriftelijk"_ct},
    .basis = authority::agreement,
    .reading = "no response time is set for the employee's request: it is reported as a right, "
               "with no due date."_ct};

inline constexpr rule_ref sociaal_werk_doorwerken{
    .id = "nl.cao-sociaal-werk.3.2.doorwerken"_ct,
    .citation = "CAO Sociaal Werk 2023-2025, art. 3.2 A al. 3 (sociaalwerk-werkt.nl)"_ct,
    .in_force = sociaal_werk.in_force,
    .title = {.en = "From 10 years before AOW age, at least every 3 years a conversation on "
                    "working fit and healthy until AOW age"_ct,
              .fr = "Dès 10 ans avant l'âge AOW, au moins tous les 3 ans un entretien sur le "
                    "maintien en emploi jusqu'à l'AOW"_ct,
              .nl = "Vanaf 10 jaar voor de AOW-leeftijd minimaal elke 3 jaar een gesprek over "
                    "fit en gezond doorwerken tot de AOW-leeftijd"_ct},
    .basis = authority::agreement,
    .reading = "window from aow_date - 10 years (clamped) to aow_date; 3 years after the last one "
               "held, the first 3 years after the window or the CAO opens."_ct};

inline constexpr rule_ref sociaal_werk_loopbaanbudget{
    .id = "nl.cao-sociaal-werk.loopbaanbudget"_ct,
    .citation = "CAO Sociaal Werk 2023-2025, hoofdstuk 3, Loopbaanbudget (sociaalwerk-werkt.nl); "
                "art. 3.2 C"_ct,
    .in_force = sociaal_werk.in_force,
    .title = {.en = "Career amount: 1.5% of the monthly salary (with holiday pay, year-end bonus, "
                    "irregular-hours allowance), accruing over the last 60 months"_ct,
              .fr = "Montant carrière : 1,5 % du salaire mensuel, cumulé sur les 60 derniers mois"_ct,
              .nl = "Loopbaanbedrag: 1,5% van het maandsalaris (met vakantietoeslag, "
                    "eindejaarsuitkering, ORT), opgebouwd over de laatste 60 maanden"_ct},
    .basis = authority::agreement,
    .reading = "the library has no salary: loopbaanbedrag() computes it from a basis the host "
               "gives; exclusions (student employees, I/D and guaranteed jobs) are not modelled."_ct};

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

inline constexpr conversation_policy sociaal_werk_policy{
    .name = "sociaal-werk"_ct, .source = &sociaal_werk, .valid = sociaal_werk.in_force,
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
    .id = "nl.cao-gehandicaptenzorg"_ct,
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl); term 1 October 2021 to "
                "31 January 2024 (caowijzer.com)"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2021, 10, 1), cao_detail::ymd(2024, 1, 31)),
    .title = {.en = "CAO Gehandicaptenzorg (disability care)"_ct,
              .fr = "CAO Gehandicaptenzorg (soins aux personnes handicapées)"_ct,
              .nl = "CAO Gehandicaptenzorg"_ct},
    .basis = authority::agreement,
    .reading = "the 2023 amendment extended the term; its new last day was not found: the "
               "preset ends on the original one (docs/nl/cao.md#gehandicaptenzorg)."_ct};

inline constexpr rule_ref gehandicaptenzorg_gesprek{
    .id = "nl.cao-gehandicaptenzorg.10-7.gesprek"_ct,
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl)"_ct,
    .in_force = gehandicaptenzorg.in_force,
    .title = {.en = "Right to a periodic conversation, as a rule yearly; a request is honoured "
                    "within 3 months"_ct,
              .fr = "Droit à un entretien périodique, en principe annuel ; une demande est "
                    "satisfaite sous 3 mois"_ct,
              .nl = "Recht op een periodiek gesprek, in de regel jaarlijks; een verzoek wordt "
                    "binnen 3 maanden gehonoreerd"_ct},
    .basis = authority::agreement,
    .reading = "3 months from the request, clamped to the month end (2025-01-31 -> 2025-04-30)."_ct};

inline constexpr rule_ref gehandicaptenzorg_loopbaanadvies{
    .id = "nl.cao-gehandicaptenzorg.10-7.loopbaanadvies"_ct,
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl)"_ct,
    .in_force = gehandicaptenzorg.in_force,
    .title = {.en = "Career advice by a career advisor once every 3 years"_ct,
              .fr = "Conseil en carrière par un conseiller une fois tous les 3 ans"_ct,
              .nl = "Loopbaanadvies door een loopbaanadviseur 1x per 3 jaar"_ct},
    .basis = authority::agreement,
    .reading = "available 3 years after the last career advice completed."_ct};

inline constexpr agenda_item gehandicaptenzorg_agenda[] = {
    {"nl.cao-gehandicaptenzorg.10-7.1"_ct, &gehandicaptenzorg_gesprek, {"Functioning against the job description and competences"_ct, "Fonctionnement au regard de la description de poste"_ct, "Functioneren ten opzichte van functiebeschrijving en competenties"_ct}},
    {"nl.cao-gehandicaptenzorg.10-7.2"_ct, &gehandicaptenzorg_gesprek, {"Career and development prospects"_ct, "Perspectives de carrière et de développement"_ct, "Loopbaan- en ontwikkelperspectief"_ct}},
    {"nl.cao-gehandicaptenzorg.10-7.3"_ct, &gehandicaptenzorg_gesprek, {"Contract size, days and working pattern"_ct, "Durée du contrat, jours et rythme de travail"_ct, "Omvang dienstverband, werkdagen en werkpatroon"_ct}},
    {"nl.cao-gehandicaptenzorg.10-7.4"_ct, &gehandicaptenzorg_loopbaanadvies, {"The right to career advice once every 3 years"_ct, "Le droit à un conseil en carrière tous les 3 ans"_ct, "Het recht op loopbaanadvies 1x per 3 jaar"_ct}},
    {"nl.cao-gehandicaptenzorg.10-7.5"_ct, &gehandicaptenzorg_gesprek, {"Life-phase arrangements (care, retention incl. menopause and older staff, balance, RVU until the end of 2025)"_ct, "Dispositifs selon l'étape de vie (dont la RVU jusqu'à fin 2025)"_ct, "Levensfaseregelingen (mantelzorg, behoud incl. menopauze en oudere medewerkers, balans, RVU tot eind 2025)"_ct}},
    {"nl.cao-gehandicaptenzorg.10-7.6"_ct, &gehandicaptenzorg_gesprek, {"The employee's training and development plan"_ct, "Le plan de formation et de développement du salarié"_ct, "Het opleidings- en ontwikkelplan van de medewerker"_ct}},
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

inline constexpr conversation_policy gehandicaptenzorg_policy{
    .name = "gehandicaptenzorg"_ct, .source = &gehandicaptenzorg, .valid = gehandicaptenzorg.in_force,
    .conversations = gehandicaptenzorg_conversations,
    .entitlements = gehandicaptenzorg_entitlements};

// ------------------------------------------------------------------------ CAO UMC
inline constexpr rule_ref umc{
    .id = "nl.cao-umc"_ct,
    .citation = "Cao umc 2024-2025, art. 3.5 and 3.6.1 (nfu.nl); term 1 January 2024 to "
                "31 December 2025 (nfu.nl)"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 1, 1), cao_detail::ymd(2025, 12, 31)),
    .title = {.en = "CAO UMC (university medical centres)"_ct, .fr = "CAO UMC (CHU)"_ct,
              .nl = "Cao umc"_ct},
    .basis = authority::agreement};

inline constexpr rule_ref umc_jaargesprek{
    .id = "nl.cao-umc.3.6.1"_ct,
    .citation = "Cao umc, art. 3.6.1 Jaargesprek (nfu.nl)"_ct,
    .in_force = umc.in_force,
    .title = {.en = "Yearly annual conversation: the past year and agreements for the next"_ct,
              .fr = "Entretien annuel : l'année écoulée et les accords pour la suivante"_ct,
              .nl = "Jaarlijks jaargesprek: terugblik en afspraken voor het komende jaar"_ct},
    .basis = authority::agreement};

inline constexpr rule_ref umc_loopbaanadvies{
    .id = "nl.cao-umc.3.5"_ct,
    .citation = "Cao umc, art. 3.5 Loopbaanadvies (nfu.nl)"_ct,
    .in_force = umc.in_force,
    .title = {.en = "Career advice once every 5 years if the employee wishes"_ct,
              .fr = "Conseil en carrière une fois tous les 5 ans à la demande"_ct,
              .nl = "Loopbaanadvies eens per 5 jaar als de medewerker dat wil"_ct},
    .basis = authority::agreement,
    .reading = "on request; 5 years after the last career advice."_ct};

inline constexpr conversation umc_conversations[] = {
    {.kind = obligation_kind::jaargesprek, .rule = &umc_jaargesprek, .every = rhythm::yearly},
};
inline constexpr entitlement umc_entitlements[] = {
    {.kind = obligation_kind::loopbaanadvies, .rule = &umc_loopbaanadvies, .every = years(5),
     .on_request = true},
};

inline constexpr conversation_policy umc_policy{
    .name = "umc"_ct, .source = &umc, .valid = umc.in_force,
    .conversations = umc_conversations, .entitlements = umc_entitlements};

// ------------------------------------------------- CAO Nederlandse Universiteiten
inline constexpr rule_ref cao_nu_source{
    .id = "nl.cao-nu"_ct,
    .citation = "Cao Nederlandse Universiteiten 2024-2025 (caouniversiteiten.nl), hoofdstuk 6; "
                "term 1 July 2024 to 30 June 2025 (hetpnn.nl)"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 7, 1), cao_detail::ymd(2025, 6, 30)),
    .title = {.en = "CAO Dutch universities (cao-NU)"_ct, .fr = "CAO des universités néerlandaises"_ct,
              .nl = "Cao Nederlandse Universiteiten"_ct},
    .basis = authority::agreement,
    .reading = "article numbers not checked against the 2024-2025 text "
               "(docs/nl/cao.md#cao-nu)."_ct};

inline constexpr rule_ref cao_nu_jaargesprek{
    .id = "nl.cao-nu.jaargesprek"_ct,
    .citation = "cao-NU, hoofdstuk 6 (art. 6.5, 6.9; caouniversiteiten.nl jaargesprek)"_ct,
    .in_force = cao_nu_source.in_force,
    .title = {.en = "Annual conversation at least once a year (functioning, wellbeing, "
                    "employability, motivation, career plans, workload); agreements in writing "
                    "and signed"_ct,
              .fr = "Entretien annuel au moins une fois par an ; accords écrits et signés"_ct,
              .nl = "Jaargesprek minimaal 1x per jaar (functioneren, welzijn, inzetbaarheid, "
                    "motivatie, loopbaanwensen, werkdruk); afspraken schriftelijk en ondertekend"_ct},
    .basis = authority::agreement};

inline constexpr rule_ref cao_nu_promovendus{
    .id = "nl.cao-nu.promovendus"_ct,
    .citation = "cao-NU, opleidings- en begeleidingsplan (art. 6.8 in earlier versions): issued "
                "within 3 months, filled in further at the end of the first year"_ct,
    .in_force = cao_nu_source.in_force,
    .title = {.en = "PhD candidate: training and supervision plan within 3 months of starting; "
                    "evaluation at the end of year 1"_ct,
              .fr = "Doctorant : plan de formation et d'encadrement sous 3 mois ; évaluation à "
                    "la fin de la 1re année"_ct,
              .nl = "Promovendus: opleidings- en begeleidingsplan binnen 3 maanden; evaluatie "
                    "aan het eind van het eerste jaar"_ct},
    .basis = authority::agreement,
    .reading = "the end of year 1 = hire + 12 months."_ct};

inline constexpr rule_ref cao_nu_loopbaanadvies{
    .id = "nl.cao-nu.loopbaanadvies"_ct,
    .citation = "cao-NU (caouniversiteiten.nl; hetpnn.nl): temporary contract of 2 years or more"_ct,
    .in_force = cao_nu_source.in_force,
    .title = {.en = "Temporary contract of 2 years or more: career advice by a professional "
                    "organisation at the employer's cost, in time to use it"_ct,
              .fr = "Contrat temporaire de 2 ans ou plus : conseil en carrière aux frais de "
                    "l'employeur, à temps pour en profiter"_ct,
              .nl = "Tijdelijk contract van 2 jaar of langer: loopbaanadvies door een "
                    "professionele organisatie op kosten van de werkgever, tijdig"_ct},
    .basis = authority::agreement,
    .reading = "contract length = hire date to contract_end inclusive; 'in time' has no date: "
               "the right runs from hire to the contract's end."_ct};

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

inline constexpr conversation_policy cao_nu{
    .name = "cao-nu"_ct, .source = &cao_nu_source, .valid = cao_nu_source.in_force,
    .conversations = cao_nu_conversations, .entitlements = cao_nu_entitlements};

// ---------------------------------------------------------------- CAO Waterschappen
inline constexpr rule_ref waterschappen{
    .id = "nl.cao-waterschappen"_ct,
    .citation = "Cao Werken voor Waterschappen § 5.1 (vwvw.nl); cao 2021, term 1 January to 31 "
                "December 2021 (cnvconnectief.nl); cao 2024, term 1 January to 31 December 2024 "
                "(binnenlandsbestuur.nl, 24-01-2024)"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2021, 1, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "CAO Waterschappen (water boards)"_ct, .fr = "CAO Waterschappen (offices de l'eau)"_ct,
              .nl = "Cao Waterschappen"_ct},
    .basis = authority::agreement,
    .reading = "PBB €6,000 per 5 years from 2021-01-01; under 35 €12,000 from 2024-01-01, to the "
               "end of the 2024 term. The 2022-2023 texts were not checked: the 2021 figure is "
               "applied until the 2024 cao (docs/nl/cao.md#waterschappen)."_ct};

inline constexpr rule_ref waterschappen_gesprek{
    .id = "nl.cao-waterschappen.5.1.gesprek"_ct,
    .citation = "Cao Werken voor Waterschappen § 5.1 (vwvw.nl)"_ct,
    .in_force = waterschappen.in_force,
    .title = {.en = "Career conversation and POP on the employee's request; agreements stored in "
                    "the personnel file"_ct,
              .fr = "Entretien de carrière et PDP à la demande du salarié ; accords au dossier"_ct,
              .nl = "Loopbaangesprek en POP op verzoek van de medewerker; afspraken in het "
                    "personeelsdossier"_ct},
    .basis = authority::agreement,
    .reading = "no response time in the text: a request is reported as a right, with no due date."_ct};

inline constexpr rule_ref waterschappen_pbb_2021{
    .id = "nl.cao-waterschappen.5.1.pbb.2021"_ct,
    .citation = "Cao Waterschappen 2021 (cnvconnectief.nl): PBB raised from €5,000 to at least "
                "€6,000 per 5 years"_ct,
    .in_force = {cao_detail::ymd(2021, 1, 1), cao_detail::ymd(2024, 1, 1)},
    .title = {.en = "Personal basic budget: at least €6,000 over 5 years, on request"_ct,
              .fr = "Budget personnel : au moins 6 000 € sur 5 ans, sur demande"_ct,
              .nl = "Persoonsgebonden basisbudget: minimaal € 6.000 per 5 jaar, op aanvraag"_ct},
    .basis = authority::agreement};

inline constexpr rule_ref waterschappen_pbb_jong{
    .id = "nl.cao-waterschappen.5.1.pbb.onder-35"_ct,
    .citation = "Cao Waterschappen § 5.1 (vwvw.nl); cao 2024 (binnenlandsbestuur.nl, 24-01-2024)"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 1, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "Under 35: PBB of at least €12,000 over 5 years (coaching, training, "
                    "development, career), on request"_ct,
              .fr = "Moins de 35 ans : budget d'au moins 12 000 € sur 5 ans, sur demande"_ct,
              .nl = "Tot 35 jaar: PBB van minimaal € 12.000 per 5 jaar (coaching, opleiding, "
                    "ontwikkeling, loopbaan), op aanvraag"_ct},
    .basis = authority::agreement,
    .reading = "◐ age judged on the request date; 35 reached on the 35th birthday."_ct};

inline constexpr rule_ref waterschappen_pbb_ouder{
    .id = "nl.cao-waterschappen.5.1.pbb.vanaf-35"_ct,
    .citation = "Cao Waterschappen § 5.1 (vwvw.nl)"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 1, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "35 and over: PBB of at least €6,000 over 5 years (development, career, "
                    "vitality), on request"_ct,
              .fr = "35 ans et plus : budget d'au moins 6 000 € sur 5 ans, sur demande"_ct,
              .nl = "Vanaf 35 jaar: PBB van minimaal € 6.000 per 5 jaar (ontwikkeling, loopbaan, "
                    "vitaliteit), op aanvraag"_ct},
    .basis = authority::agreement,
    .reading = "◐ age judged on the request date."_ct};

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

inline constexpr conversation_policy waterschappen_policy{
    .name = "waterschappen"_ct, .source = &waterschappen, .valid = waterschappen.in_force,
    .conversations = waterschappen_conversations, .entitlements = waterschappen_entitlements};

// ----------------------------------------------------------------- CAO Kinderopvang
inline constexpr rule_ref kinderopvang{
    .id = "nl.cao-kinderopvang"_ct,
    .citation = "Cao Kinderopvang 2024, art. 8.3 (kinderopvang-werkt.nl); term 1 July to 31 "
                "December 2024 (werkenbijkinderopvang.nl; AVV Stcrt. 2024, 24375)"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 7, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "CAO Kinderopvang (childcare)"_ct, .fr = "CAO Kinderopvang (garde d'enfants)"_ct,
              .nl = "Cao Kinderopvang"_ct},
    .basis = authority::agreement};

inline constexpr rule_ref kinderopvang_gesprek{
    .id = "nl.cao-kinderopvang.8.3"_ct,
    .citation = "Cao Kinderopvang 2024, art. 8.3 lid 1 (kinderopvang-werkt.nl)"_ct,
    .in_force = kinderopvang.in_force,
    .title = {.en = "Performance conversation once a year on the employee's request, held within "
                    "6 weeks of the request"_ct,
              .fr = "Entretien annuel à la demande du salarié, tenu sous 6 semaines"_ct,
              .nl = "Functioneringsgesprek 1x per jaar op verzoek van de medewerker, binnen 6 "
                    "weken na het verzoek"_ct},
    .basis = authority::agreement,
    .reading = "6 weeks = 42 days after the request. 'Eén keer per jaar': a request in a year "
               "(conversation_policy::yearly) in which one was already held owes nothing "
               "(docs/nl/cao.md#kinderopvang)."_ct};

inline constexpr agenda_item kinderopvang_agenda[] = {
    {"nl.cao-kinderopvang.8.3.loopbaan"_ct, &kinderopvang_gesprek, {"Career development and training wishes (into the POP)"_ct, "Évolution de carrière et souhaits de formation (PDP)"_ct, "Loopbaanontwikkeling en opleidingswensen (POP)"_ct}},
    {"nl.cao-kinderopvang.8.3.levensfase"_ct, &kinderopvang_gesprek, {"Life-phase policy"_ct, "Politique selon l'étape de vie"_ct, "Levensfasebeleid"_ct}},
    {"nl.cao-kinderopvang.8.3.werktijden"_ct, &kinderopvang_gesprek, {"Working times and combining work and private life"_ct, "Horaires et conciliation vie professionnelle et privée"_ct, "Werktijden en combinatie werk en privé"_ct}},
    {"nl.cao-kinderopvang.8.3.werkdruk"_ct, &kinderopvang_gesprek, {"Working conditions and workload"_ct, "Conditions de travail et charge"_ct, "Arbeidsomstandigheden en werkdruk"_ct}},
    {"nl.cao-kinderopvang.8.3.functioneren"_ct, &kinderopvang_gesprek, {"Ways to improve functioning"_ct, "Pistes d'amélioration"_ct, "Mogelijkheden om het functioneren te verbeteren"_ct}},
};

inline constexpr conversation kinderopvang_conversations[] = {
    {.kind = obligation_kind::functioneringsgesprek, .rule = &kinderopvang_gesprek,
     .on_request = true, .response = weeks(6), .once_a_year = true,
     .agenda = {{{kinderopvang_agenda}, {}, {}, {}}}},
};

inline constexpr conversation_policy kinderopvang_policy{
    .name = "kinderopvang"_ct, .source = &kinderopvang, .valid = kinderopvang.in_force,
    .conversations = kinderopvang_conversations};

// ------------------------------------------------------------------------ CAO GGZ
inline constexpr rule_ref ggz{
    .id = "nl.cao-ggz"_ct,
    .citation = "Cao GGZ 2022-2023, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl); "
                "term 1 December 2021 to 31 December 2024 (fbz.nl, lad.nl)"_ct,
    .in_force = cao_detail::term(cao_detail::ymd(2021, 12, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "CAO GGZ (mental health care)"_ct, .fr = "CAO GGZ (santé mentale)"_ct,
              .nl = "Cao GGZ"_ct},
    .basis = authority::agreement,
    .reading = "the jaargesprek article was read on ggznederland.nl, whose version is not "
               "dated; not checked against the 2022-2023 text (docs/nl/cao.md#ggz)."_ct};

inline constexpr rule_ref ggz_jaargesprek{
    .id = "nl.cao-ggz.jaargesprek"_ct,
    .citation = "CAO GGZ, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl)"_ct,
    .in_force = ggz.in_force,
    .title = {.en = "Yearly annual conversation; written invitation with topics at least 3 weeks "
                    "before, the employee's topics at least 2 weeks before"_ct,
              .fr = "Entretien annuel ; invitation écrite au moins 3 semaines avant, sujets du "
                    "salarié au moins 2 semaines avant"_ct,
              .nl = "Jaarlijks jaargesprek; schriftelijke uitnodiging met onderwerpen minimaal 3 "
                    "weken vooraf, onderwerpen van de medewerker minimaal 2 weken vooraf"_ct},
    .basis = authority::agreement,
    .reading = "3 weeks = 21 days and 2 weeks = 14 days before the conversation."_ct};

inline constexpr rule_ref ggz_verslag{
    .id = "nl.cao-ggz.jaargesprek.verslag"_ct,
    .citation = "CAO GGZ, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl)"_ct,
    .in_force = ggz.in_force,
    .title = {.en = "The employer writes the report per topic; both sign 'voor akkoord' if they "
                    "agree, otherwise 'voor gezien'"_ct,
              .fr = "L'employeur rédige le compte rendu par sujet ; signé « pour accord » ou "
                    "« pour vu »"_ct,
              .nl = "De werkgever maakt per onderwerp een verslag; beiden tekenen 'voor akkoord' "
                    "bij overeenstemming, anders 'voor gezien'"_ct},
    .basis = authority::agreement,
    .reading = "no deadline for the report in the text."_ct};

inline constexpr agenda_item ggz_agenda[] = {
    {"nl.cao-ggz.1.functioneren"_ct, &ggz_jaargesprek, {"Functioning"_ct, "Fonctionnement"_ct, "Functioneren"_ct}},
    {"nl.cao-ggz.1.beoordeling"_ct, &ggz_jaargesprek, {"When an appraisal conversation will take place"_ct, "Moment de l'entretien d'évaluation"_ct, "Moment van het beoordelingsgesprek"_ct}},
    {"nl.cao-ggz.1.keuzemodel"_ct, &ggz_jaargesprek, {"Choice-model wishes"_ct, "Souhaits du modèle à la carte"_ct, "Wensen keuzemodel"_ct}},
    {"nl.cao-ggz.1.arbeidstijd"_ct, &ggz_jaargesprek, {"Individual working-time arrangement (annual hours)"_ct, "Aménagement individuel du temps de travail"_ct, "Individuele arbeidsduurregeling (jaarurensystematiek)"_ct}},
    {"nl.cao-ggz.1.loopbaan"_ct, &ggz_jaargesprek, {"Career development and training wishes (into the POP)"_ct, "Évolution de carrière et souhaits de formation (PDP)"_ct, "Loopbaanontwikkeling en opleidingswensen (POP)"_ct}},
    {"nl.cao-ggz.1.werkdruk"_ct, &ggz_jaargesprek, {"Working conditions and workload"_ct, "Conditions de travail et charge"_ct, "Arbeidsomstandigheden en werkdruk"_ct}},
    {"nl.cao-ggz.1.inzetbaarheid"_ct, &ggz_jaargesprek, {"Sustainable employability, including the life-phase budget"_ct, "Employabilité durable, y compris le budget étape de vie"_ct, "Duurzame inzetbaarheid, inclusief het levensfasebudget (LFB)"_ct}},
};

inline constexpr conversation ggz_conversations[] = {
    {.kind = obligation_kind::jaargesprek, .rule = &ggz_jaargesprek, .every = rhythm::yearly,
     .leads = {.invitation = weeks(3), .topics = weeks(2), .rule = &ggz_jaargesprek},
     .agenda = {{{ggz_agenda}, {}, {}, {}}},
     .record = {.required = true, .sign = signing::akkoord_of_gezien, .rule = &ggz_verslag}},
};

inline constexpr conversation_policy ggz_policy{
    .name = "ggz"_ct, .source = &ggz, .valid = ggz.in_force, .conversations = ggz_conversations};

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
