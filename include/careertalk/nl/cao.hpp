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
    .id = "nl.cao-rijk"sv,
    .citation = "CAO Rijk 2024-2025, hoofdstuk 12 Functioneren en ontwikkelen (caorijk.nl); "
                "term 1 July 2024 to 31 December 2025"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 7, 1), cao_detail::ymd(2025, 12, 31)),
    .title = {.en = "CAO Rijk (central government)"sv, .fr = "CAO Rijk (administration centrale)"sv,
              .nl = "CAO Rijk"sv},
    .basis = authority::agreement};

inline constexpr rule_ref rijk_personeelsgesprek{
    .id = "nl.cao-rijk.12.1"sv,
    .citation = "CAO Rijk § 12.1 Personeelsgesprek (caorijk.nl); bijlage 12"sv,
    .in_force = rijk.in_force,
    .title = {.en = "Staff conversation at least once a year, two-way; report in P-Direkt with "
                    "the manager's summary score; the employee may note disagreement"sv,
              .fr = "Entretien du personnel au moins une fois par an ; compte rendu dans "
                    "P-Direkt avec une note ; le salarié peut noter son désaccord"sv,
              .nl = "Minimaal een keer per jaar een personeelsgesprek, tweezijdig; verslag in "
                    "P-Direkt met samenvattende score; medewerker kan het oneens zijn"sv},
    .basis = authority::agreement,
    .reading = "'minimaal een keer per jaar': calendar year or 12 rolling months (conversation_policy::yearly; "
               "docs/nl/cao.md#once-a-year)."sv};

inline constexpr rule_ref rijk_andere_functie{
    .id = "nl.cao-rijk.12.1.vijf-jaar"sv,
    .citation = "CAO Rijk § 12.1, al. 4 ('vijf jaar of langer in dezelfde functie')"sv,
    .in_force = rijk.in_force,
    .title = {.en = "Five years or more in the same function: continuing the career in another "
                    "function"sv,
              .fr = "Cinq ans ou plus dans la même fonction : poursuite de carrière dans une "
                    "autre fonction"sv,
              .nl = "Vijf jaar of langer in dezelfde functie: loopbaan in een andere functie"sv},
    .basis = authority::agreement,
    .reading = "years in function counted on the conversation's date (held, else due); 5 years "
               "reached on the 5th anniversary of function_start."sv};

inline constexpr rule_ref rijk_beoordeling{
    .id = "nl.cao-rijk.12.2"sv,
    .citation = "CAO Rijk § 12.2 Beoordeling (caorijk.nl); bijlage 13 (beoordelingsformulier)"sv,
    .in_force = rijk.in_force,
    .title = {.en = "Appraisal only when there is a reason; period 6 months to 2 years, never "
                    "twice; written reaction within 2 weeks"sv,
              .fr = "Évaluation seulement s'il y a un motif ; période de 6 mois à 2 ans ; "
                    "réaction écrite sous 2 semaines"sv,
              .nl = "Beoordeling alleen bij aanleiding; periode 6 maanden tot 2 jaar, nooit "
                    "tweemaal; schriftelijke reactie binnen 2 weken"sv},
    .basis = authority::agreement,
    .reading = "2 weeks = 14 days after the appraisal conversation, inclusive."sv};

inline constexpr rule_ref rijk_loopbaanscan{
    .id = "nl.cao-rijk.loopbaanscan"sv,
    .citation = "jamesloopbaan.nl (secondary source) on CAO Rijk; not in CAO Rijk hoofdstuk 12 "
                "(caorijk.nl)"sv,
    .in_force = rijk.in_force,
    .title = {.en = "Career scan by a professional at least once every 5 years"sv,
              .fr = "Bilan de carrière par un professionnel au moins tous les 5 ans"sv,
              .nl = "Loopbaanscan door een professional minimaal eens per 5 jaar"sv},
    .basis = authority::practice,
    .reading = "◐ secondary source only: a career-advice site reports it as Rijk practice; the "
               "CAO text (hoofdstuk 12) does not have it. Reported as common practice, not as a "
               "CAO right (docs/nl/cao.md#cao-rijk)."sv};

inline constexpr agenda_item rijk_agenda[] = {
    {"nl.cao-rijk.12.1.functioneren"sv, &rijk_personeelsgesprek, {"Functioning: circumstances, results and how they were achieved"sv, "Fonctionnement : circonstances, résultats et manière"sv, "Functioneren: omstandigheden, behaalde resultaten en hoe"sv}},
    {"nl.cao-rijk.12.1.meningen"sv, &rijk_personeelsgesprek, {"The employee's and the manager's views on the functioning"sv, "Avis du salarié et du manager sur le fonctionnement"sv, "Mening van medewerker en leidinggevende over het functioneren"sv}},
    {"nl.cao-rijk.12.1.werkafspraken"sv, &rijk_personeelsgesprek, {"Work agreements for the next period: circumstances and intended results"sv, "Accords de travail pour la période suivante"sv, "Afspraken over werkzaamheden voor de komende periode: omstandigheden en resultaten"sv}},
    {"nl.cao-rijk.12.1.ontwikkeling"sv, &rijk_personeelsgesprek, {"Personal development agreements"sv, "Accords de développement personnel"sv, "Afspraken over persoonlijke ontwikkeling"sv}},
};
inline constexpr agenda_item rijk_agenda_vijf_jaar[] = {
    {"nl.cao-rijk.12.1.andere-functie"sv, &rijk_andere_functie, {"Whether and how to continue the career in another function"sv, "Opportunité et possibilités d'une carrière dans une autre fonction"sv, "Wenselijkheid en mogelijkheden loopbaan in andere functie"sv}},
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
    .name = "cao-rijk"sv, .source = &rijk, .valid = rijk.in_force,
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
    .id = "nl.cao-sociaal-werk"sv,
    .citation = "CAO Sociaal Werk 2023-2025, hoofdstuk 3 (sociaalwerk-werkt.nl); term 1 July "
                "2023 to 31 July 2025"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2023, 7, 1), cao_detail::ymd(2025, 7, 31)),
    .title = {.en = "CAO Sociaal Werk (social work)"sv, .fr = "CAO Sociaal Werk (travail social)"sv,
              .nl = "CAO Sociaal Werk"sv},
    .basis = authority::agreement};

inline constexpr rule_ref sociaal_werk_inzetbaarheid{
    .id = "nl.cao-sociaal-werk.3.2"sv,
    .citation = "CAO Sociaal Werk 2023-2025, art. 3.2 A al. 1-2 and B (sociaalwerk-werkt.nl); "
                "bijlage 12"sv,
    .in_force = sociaal_werk.in_force,
    .title = {.en = "Conversation on individual employability at least once a year; the employer "
                    "invites, the employee may ask; outcomes in writing"sv,
              .fr = "Entretien sur l'employabilité au moins une fois par an ; résultats écrits"sv,
              .nl = "Periodiek gesprek over individuele inzetbaarheid minimaal 1x per jaar; "
                    "werkgever nodigt uit, medewerker kan initiatief nemen; uitkomsten schriftelijk"sv},
    .basis = authority::agreement,
    .reading = "no response time is set for the employee's request: it is reported as a right, "
               "with no due date."sv};

inline constexpr rule_ref sociaal_werk_doorwerken{
    .id = "nl.cao-sociaal-werk.3.2.doorwerken"sv,
    .citation = "CAO Sociaal Werk 2023-2025, art. 3.2 A al. 3 (sociaalwerk-werkt.nl)"sv,
    .in_force = sociaal_werk.in_force,
    .title = {.en = "From 10 years before AOW age, at least every 3 years a conversation on "
                    "working fit and healthy until AOW age"sv,
              .fr = "Dès 10 ans avant l'âge AOW, au moins tous les 3 ans un entretien sur le "
                    "maintien en emploi jusqu'à l'AOW"sv,
              .nl = "Vanaf 10 jaar voor de AOW-leeftijd minimaal elke 3 jaar een gesprek over "
                    "fit en gezond doorwerken tot de AOW-leeftijd"sv},
    .basis = authority::agreement,
    .reading = "window from aow_date - 10 years (clamped) to aow_date; 3 years after the last one "
               "held, the first 3 years after the window or the CAO opens."sv};

inline constexpr rule_ref sociaal_werk_loopbaanbudget{
    .id = "nl.cao-sociaal-werk.loopbaanbudget"sv,
    .citation = "CAO Sociaal Werk 2023-2025, hoofdstuk 3, Loopbaanbudget (sociaalwerk-werkt.nl); "
                "art. 3.2 C"sv,
    .in_force = sociaal_werk.in_force,
    .title = {.en = "Career amount: 1.5% of the monthly salary (with holiday pay, year-end bonus, "
                    "irregular-hours allowance), accruing over the last 60 months"sv,
              .fr = "Montant carrière : 1,5 % du salaire mensuel, cumulé sur les 60 derniers mois"sv,
              .nl = "Loopbaanbedrag: 1,5% van het maandsalaris (met vakantietoeslag, "
                    "eindejaarsuitkering, ORT), opgebouwd over de laatste 60 maanden"sv},
    .basis = authority::agreement,
    .reading = "the library has no salary: loopbaanbedrag() computes it from a basis the host "
               "gives; exclusions (student employees, I/D and guaranteed jobs) are not modelled."sv};

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
    .name = "sociaal-werk"sv, .source = &sociaal_werk, .valid = sociaal_werk.in_force,
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
    .id = "nl.cao-gehandicaptenzorg"sv,
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl); term 1 October 2021 to "
                "31 January 2024 (caowijzer.com)"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2021, 10, 1), cao_detail::ymd(2024, 1, 31)),
    .title = {.en = "CAO Gehandicaptenzorg (disability care)"sv,
              .fr = "CAO Gehandicaptenzorg (soins aux personnes handicapées)"sv,
              .nl = "CAO Gehandicaptenzorg"sv},
    .basis = authority::agreement,
    .reading = "the 2023 amendment extended the term; its new last day was not found: the "
               "preset ends on the original one (docs/nl/cao.md#gehandicaptenzorg)."sv};

inline constexpr rule_ref gehandicaptenzorg_gesprek{
    .id = "nl.cao-gehandicaptenzorg.10-7.gesprek"sv,
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl)"sv,
    .in_force = gehandicaptenzorg.in_force,
    .title = {.en = "Right to a periodic conversation, as a rule yearly; a request is honoured "
                    "within 3 months"sv,
              .fr = "Droit à un entretien périodique, en principe annuel ; une demande est "
                    "satisfaite sous 3 mois"sv,
              .nl = "Recht op een periodiek gesprek, in de regel jaarlijks; een verzoek wordt "
                    "binnen 3 maanden gehonoreerd"sv},
    .basis = authority::agreement,
    .reading = "3 months from the request, clamped to the month end (2025-01-31 -> 2025-04-30)."sv};

inline constexpr rule_ref gehandicaptenzorg_loopbaanadvies{
    .id = "nl.cao-gehandicaptenzorg.10-7.loopbaanadvies"sv,
    .citation = "CAO Gehandicaptenzorg 2021-2024, art. 10:7 (vgn.nl)"sv,
    .in_force = gehandicaptenzorg.in_force,
    .title = {.en = "Career advice by a career advisor once every 3 years"sv,
              .fr = "Conseil en carrière par un conseiller une fois tous les 3 ans"sv,
              .nl = "Loopbaanadvies door een loopbaanadviseur 1x per 3 jaar"sv},
    .basis = authority::agreement,
    .reading = "available 3 years after the last career advice completed."sv};

inline constexpr agenda_item gehandicaptenzorg_agenda[] = {
    {"nl.cao-gehandicaptenzorg.10-7.1"sv, &gehandicaptenzorg_gesprek, {"Functioning against the job description and competences"sv, "Fonctionnement au regard de la description de poste"sv, "Functioneren ten opzichte van functiebeschrijving en competenties"sv}},
    {"nl.cao-gehandicaptenzorg.10-7.2"sv, &gehandicaptenzorg_gesprek, {"Career and development prospects"sv, "Perspectives de carrière et de développement"sv, "Loopbaan- en ontwikkelperspectief"sv}},
    {"nl.cao-gehandicaptenzorg.10-7.3"sv, &gehandicaptenzorg_gesprek, {"Contract size, days and working pattern"sv, "Durée du contrat, jours et rythme de travail"sv, "Omvang dienstverband, werkdagen en werkpatroon"sv}},
    {"nl.cao-gehandicaptenzorg.10-7.4"sv, &gehandicaptenzorg_loopbaanadvies, {"The right to career advice once every 3 years"sv, "Le droit à un conseil en carrière tous les 3 ans"sv, "Het recht op loopbaanadvies 1x per 3 jaar"sv}},
    {"nl.cao-gehandicaptenzorg.10-7.5"sv, &gehandicaptenzorg_gesprek, {"Life-phase arrangements (care, retention incl. menopause and older staff, balance, RVU until the end of 2025)"sv, "Dispositifs selon l'étape de vie (dont la RVU jusqu'à fin 2025)"sv, "Levensfaseregelingen (mantelzorg, behoud incl. menopauze en oudere medewerkers, balans, RVU tot eind 2025)"sv}},
    {"nl.cao-gehandicaptenzorg.10-7.6"sv, &gehandicaptenzorg_gesprek, {"The employee's training and development plan"sv, "Le plan de formation et de développement du salarié"sv, "Het opleidings- en ontwikkelplan van de medewerker"sv}},
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
    .name = "gehandicaptenzorg"sv, .source = &gehandicaptenzorg, .valid = gehandicaptenzorg.in_force,
    .conversations = gehandicaptenzorg_conversations,
    .entitlements = gehandicaptenzorg_entitlements};

// ------------------------------------------------------------------------ CAO UMC
inline constexpr rule_ref umc{
    .id = "nl.cao-umc"sv,
    .citation = "Cao umc 2024-2025, art. 3.5 and 3.6.1 (nfu.nl); term 1 January 2024 to "
                "31 December 2025 (nfu.nl)"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 1, 1), cao_detail::ymd(2025, 12, 31)),
    .title = {.en = "CAO UMC (university medical centres)"sv, .fr = "CAO UMC (CHU)"sv,
              .nl = "Cao umc"sv},
    .basis = authority::agreement};

inline constexpr rule_ref umc_jaargesprek{
    .id = "nl.cao-umc.3.6.1"sv,
    .citation = "Cao umc, art. 3.6.1 Jaargesprek (nfu.nl)"sv,
    .in_force = umc.in_force,
    .title = {.en = "Yearly annual conversation: the past year and agreements for the next"sv,
              .fr = "Entretien annuel : l'année écoulée et les accords pour la suivante"sv,
              .nl = "Jaarlijks jaargesprek: terugblik en afspraken voor het komende jaar"sv},
    .basis = authority::agreement};

inline constexpr rule_ref umc_loopbaanadvies{
    .id = "nl.cao-umc.3.5"sv,
    .citation = "Cao umc, art. 3.5 Loopbaanadvies (nfu.nl)"sv,
    .in_force = umc.in_force,
    .title = {.en = "Career advice once every 5 years if the employee wishes"sv,
              .fr = "Conseil en carrière une fois tous les 5 ans à la demande"sv,
              .nl = "Loopbaanadvies eens per 5 jaar als de medewerker dat wil"sv},
    .basis = authority::agreement,
    .reading = "on request; 5 years after the last career advice."sv};

inline constexpr conversation umc_conversations[] = {
    {.kind = obligation_kind::jaargesprek, .rule = &umc_jaargesprek, .every = rhythm::yearly},
};
inline constexpr entitlement umc_entitlements[] = {
    {.kind = obligation_kind::loopbaanadvies, .rule = &umc_loopbaanadvies, .every = years(5),
     .on_request = true},
};

inline constexpr conversation_policy umc_policy{
    .name = "umc"sv, .source = &umc, .valid = umc.in_force,
    .conversations = umc_conversations, .entitlements = umc_entitlements};

// ------------------------------------------------- CAO Nederlandse Universiteiten
inline constexpr rule_ref cao_nu_source{
    .id = "nl.cao-nu"sv,
    .citation = "Cao Nederlandse Universiteiten 2024-2025 (caouniversiteiten.nl), hoofdstuk 6; "
                "term 1 July 2024 to 30 June 2025 (hetpnn.nl)"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 7, 1), cao_detail::ymd(2025, 6, 30)),
    .title = {.en = "CAO Dutch universities (cao-NU)"sv, .fr = "CAO des universités néerlandaises"sv,
              .nl = "Cao Nederlandse Universiteiten"sv},
    .basis = authority::agreement,
    .reading = "article numbers not checked against the 2024-2025 text "
               "(docs/nl/cao.md#cao-nu)."sv};

inline constexpr rule_ref cao_nu_jaargesprek{
    .id = "nl.cao-nu.jaargesprek"sv,
    .citation = "cao-NU, hoofdstuk 6 (art. 6.5, 6.9; caouniversiteiten.nl jaargesprek)"sv,
    .in_force = cao_nu_source.in_force,
    .title = {.en = "Annual conversation at least once a year (functioning, wellbeing, "
                    "employability, motivation, career plans, workload); agreements in writing "
                    "and signed"sv,
              .fr = "Entretien annuel au moins une fois par an ; accords écrits et signés"sv,
              .nl = "Jaargesprek minimaal 1x per jaar (functioneren, welzijn, inzetbaarheid, "
                    "motivatie, loopbaanwensen, werkdruk); afspraken schriftelijk en ondertekend"sv},
    .basis = authority::agreement};

inline constexpr rule_ref cao_nu_promovendus{
    .id = "nl.cao-nu.promovendus"sv,
    .citation = "cao-NU, opleidings- en begeleidingsplan (art. 6.8 in earlier versions): issued "
                "within 3 months, filled in further at the end of the first year"sv,
    .in_force = cao_nu_source.in_force,
    .title = {.en = "PhD candidate: training and supervision plan within 3 months of starting; "
                    "evaluation at the end of year 1"sv,
              .fr = "Doctorant : plan de formation et d'encadrement sous 3 mois ; évaluation à "
                    "la fin de la 1re année"sv,
              .nl = "Promovendus: opleidings- en begeleidingsplan binnen 3 maanden; evaluatie "
                    "aan het eind van het eerste jaar"sv},
    .basis = authority::agreement,
    .reading = "the end of year 1 = hire + 12 months."sv};

inline constexpr rule_ref cao_nu_loopbaanadvies{
    .id = "nl.cao-nu.loopbaanadvies"sv,
    .citation = "cao-NU (caouniversiteiten.nl; hetpnn.nl): temporary contract of 2 years or more"sv,
    .in_force = cao_nu_source.in_force,
    .title = {.en = "Temporary contract of 2 years or more: career advice by a professional "
                    "organisation at the employer's cost, in time to use it"sv,
              .fr = "Contrat temporaire de 2 ans ou plus : conseil en carrière aux frais de "
                    "l'employeur, à temps pour en profiter"sv,
              .nl = "Tijdelijk contract van 2 jaar of langer: loopbaanadvies door een "
                    "professionele organisatie op kosten van de werkgever, tijdig"sv},
    .basis = authority::agreement,
    .reading = "contract length = hire date to contract_end inclusive; 'in time' has no date: "
               "the right runs from hire to the contract's end."sv};

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
    .name = "cao-nu"sv, .source = &cao_nu_source, .valid = cao_nu_source.in_force,
    .conversations = cao_nu_conversations, .entitlements = cao_nu_entitlements};

// ---------------------------------------------------------------- CAO Waterschappen
inline constexpr rule_ref waterschappen{
    .id = "nl.cao-waterschappen"sv,
    .citation = "Cao Werken voor Waterschappen § 5.1 (vwvw.nl); cao 2021, term 1 January to 31 "
                "December 2021 (cnvconnectief.nl); cao 2024, term 1 January to 31 December 2024 "
                "(binnenlandsbestuur.nl, 24-01-2024)"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2021, 1, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "CAO Waterschappen (water boards)"sv, .fr = "CAO Waterschappen (offices de l'eau)"sv,
              .nl = "Cao Waterschappen"sv},
    .basis = authority::agreement,
    .reading = "PBB €6,000 per 5 years from 2021-01-01; under 35 €12,000 from 2024-01-01, to the "
               "end of the 2024 term. The 2022-2023 texts were not checked: the 2021 figure is "
               "applied until the 2024 cao (docs/nl/cao.md#waterschappen)."sv};

inline constexpr rule_ref waterschappen_gesprek{
    .id = "nl.cao-waterschappen.5.1.gesprek"sv,
    .citation = "Cao Werken voor Waterschappen § 5.1 (vwvw.nl)"sv,
    .in_force = waterschappen.in_force,
    .title = {.en = "Career conversation and POP on the employee's request; agreements stored in "
                    "the personnel file"sv,
              .fr = "Entretien de carrière et PDP à la demande du salarié ; accords au dossier"sv,
              .nl = "Loopbaangesprek en POP op verzoek van de medewerker; afspraken in het "
                    "personeelsdossier"sv},
    .basis = authority::agreement,
    .reading = "no response time in the text: a request is reported as a right, with no due date."sv};

inline constexpr rule_ref waterschappen_pbb_2021{
    .id = "nl.cao-waterschappen.5.1.pbb.2021"sv,
    .citation = "Cao Waterschappen 2021 (cnvconnectief.nl): PBB raised from €5,000 to at least "
                "€6,000 per 5 years"sv,
    .in_force = {cao_detail::ymd(2021, 1, 1), cao_detail::ymd(2024, 1, 1)},
    .title = {.en = "Personal basic budget: at least €6,000 over 5 years, on request"sv,
              .fr = "Budget personnel : au moins 6 000 € sur 5 ans, sur demande"sv,
              .nl = "Persoonsgebonden basisbudget: minimaal € 6.000 per 5 jaar, op aanvraag"sv},
    .basis = authority::agreement};

inline constexpr rule_ref waterschappen_pbb_jong{
    .id = "nl.cao-waterschappen.5.1.pbb.onder-35"sv,
    .citation = "Cao Waterschappen § 5.1 (vwvw.nl); cao 2024 (binnenlandsbestuur.nl, 24-01-2024)"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 1, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "Under 35: PBB of at least €12,000 over 5 years (coaching, training, "
                    "development, career), on request"sv,
              .fr = "Moins de 35 ans : budget d'au moins 12 000 € sur 5 ans, sur demande"sv,
              .nl = "Tot 35 jaar: PBB van minimaal € 12.000 per 5 jaar (coaching, opleiding, "
                    "ontwikkeling, loopbaan), op aanvraag"sv},
    .basis = authority::agreement,
    .reading = "◐ age judged on the request date; 35 reached on the 35th birthday."sv};

inline constexpr rule_ref waterschappen_pbb_ouder{
    .id = "nl.cao-waterschappen.5.1.pbb.vanaf-35"sv,
    .citation = "Cao Waterschappen § 5.1 (vwvw.nl)"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 1, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "35 and over: PBB of at least €6,000 over 5 years (development, career, "
                    "vitality), on request"sv,
              .fr = "35 ans et plus : budget d'au moins 6 000 € sur 5 ans, sur demande"sv,
              .nl = "Vanaf 35 jaar: PBB van minimaal € 6.000 per 5 jaar (ontwikkeling, loopbaan, "
                    "vitaliteit), op aanvraag"sv},
    .basis = authority::agreement,
    .reading = "◐ age judged on the request date."sv};

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
    .name = "waterschappen"sv, .source = &waterschappen, .valid = waterschappen.in_force,
    .conversations = waterschappen_conversations, .entitlements = waterschappen_entitlements};

// ----------------------------------------------------------------- CAO Kinderopvang
inline constexpr rule_ref kinderopvang{
    .id = "nl.cao-kinderopvang"sv,
    .citation = "Cao Kinderopvang 2024, art. 8.3 (kinderopvang-werkt.nl); term 1 July to 31 "
                "December 2024 (werkenbijkinderopvang.nl; AVV Stcrt. 2024, 24375)"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2024, 7, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "CAO Kinderopvang (childcare)"sv, .fr = "CAO Kinderopvang (garde d'enfants)"sv,
              .nl = "Cao Kinderopvang"sv},
    .basis = authority::agreement};

inline constexpr rule_ref kinderopvang_gesprek{
    .id = "nl.cao-kinderopvang.8.3"sv,
    .citation = "Cao Kinderopvang 2024, art. 8.3 lid 1 (kinderopvang-werkt.nl)"sv,
    .in_force = kinderopvang.in_force,
    .title = {.en = "Performance conversation once a year on the employee's request, held within "
                    "6 weeks of the request"sv,
              .fr = "Entretien annuel à la demande du salarié, tenu sous 6 semaines"sv,
              .nl = "Functioneringsgesprek 1x per jaar op verzoek van de medewerker, binnen 6 "
                    "weken na het verzoek"sv},
    .basis = authority::agreement,
    .reading = "6 weeks = 42 days after the request. 'Eén keer per jaar': a request in a year "
               "(conversation_policy::yearly) in which one was already held owes nothing "
               "(docs/nl/cao.md#kinderopvang)."sv};

inline constexpr agenda_item kinderopvang_agenda[] = {
    {"nl.cao-kinderopvang.8.3.loopbaan"sv, &kinderopvang_gesprek, {"Career development and training wishes (into the POP)"sv, "Évolution de carrière et souhaits de formation (PDP)"sv, "Loopbaanontwikkeling en opleidingswensen (POP)"sv}},
    {"nl.cao-kinderopvang.8.3.levensfase"sv, &kinderopvang_gesprek, {"Life-phase policy"sv, "Politique selon l'étape de vie"sv, "Levensfasebeleid"sv}},
    {"nl.cao-kinderopvang.8.3.werktijden"sv, &kinderopvang_gesprek, {"Working times and combining work and private life"sv, "Horaires et conciliation vie professionnelle et privée"sv, "Werktijden en combinatie werk en privé"sv}},
    {"nl.cao-kinderopvang.8.3.werkdruk"sv, &kinderopvang_gesprek, {"Working conditions and workload"sv, "Conditions de travail et charge"sv, "Arbeidsomstandigheden en werkdruk"sv}},
    {"nl.cao-kinderopvang.8.3.functioneren"sv, &kinderopvang_gesprek, {"Ways to improve functioning"sv, "Pistes d'amélioration"sv, "Mogelijkheden om het functioneren te verbeteren"sv}},
};

inline constexpr conversation kinderopvang_conversations[] = {
    {.kind = obligation_kind::functioneringsgesprek, .rule = &kinderopvang_gesprek,
     .on_request = true, .response = weeks(6), .once_a_year = true,
     .agenda = {{{kinderopvang_agenda}, {}, {}, {}}}},
};

inline constexpr conversation_policy kinderopvang_policy{
    .name = "kinderopvang"sv, .source = &kinderopvang, .valid = kinderopvang.in_force,
    .conversations = kinderopvang_conversations};

// ------------------------------------------------------------------------ CAO GGZ
inline constexpr rule_ref ggz{
    .id = "nl.cao-ggz"sv,
    .citation = "Cao GGZ 2022-2023, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl); "
                "term 1 December 2021 to 31 December 2024 (fbz.nl, lad.nl)"sv,
    .in_force = cao_detail::term(cao_detail::ymd(2021, 12, 1), cao_detail::ymd(2024, 12, 31)),
    .title = {.en = "CAO GGZ (mental health care)"sv, .fr = "CAO GGZ (santé mentale)"sv,
              .nl = "Cao GGZ"sv},
    .basis = authority::agreement,
    .reading = "the jaargesprek article was read on ggznederland.nl, whose version is not "
               "dated; not checked against the 2022-2023 text (docs/nl/cao.md#ggz)."sv};

inline constexpr rule_ref ggz_jaargesprek{
    .id = "nl.cao-ggz.jaargesprek"sv,
    .citation = "CAO GGZ, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl)"sv,
    .in_force = ggz.in_force,
    .title = {.en = "Yearly annual conversation; written invitation with topics at least 3 weeks "
                    "before, the employee's topics at least 2 weeks before"sv,
              .fr = "Entretien annuel ; invitation écrite au moins 3 semaines avant, sujets du "
                    "salarié au moins 2 semaines avant"sv,
              .nl = "Jaarlijks jaargesprek; schriftelijke uitnodiging met onderwerpen minimaal 3 "
                    "weken vooraf, onderwerpen van de medewerker minimaal 2 weken vooraf"sv},
    .basis = authority::agreement,
    .reading = "3 weeks = 21 days and 2 weeks = 14 days before the conversation."sv};

inline constexpr rule_ref ggz_verslag{
    .id = "nl.cao-ggz.jaargesprek.verslag"sv,
    .citation = "CAO GGZ, A Sociaal beleid, Artikel 1 Jaargesprek (ggznederland.nl)"sv,
    .in_force = ggz.in_force,
    .title = {.en = "The employer writes the report per topic; both sign 'voor akkoord' if they "
                    "agree, otherwise 'voor gezien'"sv,
              .fr = "L'employeur rédige le compte rendu par sujet ; signé « pour accord » ou "
                    "« pour vu »"sv,
              .nl = "De werkgever maakt per onderwerp een verslag; beiden tekenen 'voor akkoord' "
                    "bij overeenstemming, anders 'voor gezien'"sv},
    .basis = authority::agreement,
    .reading = "no deadline for the report in the text."sv};

inline constexpr agenda_item ggz_agenda[] = {
    {"nl.cao-ggz.1.functioneren"sv, &ggz_jaargesprek, {"Functioning"sv, "Fonctionnement"sv, "Functioneren"sv}},
    {"nl.cao-ggz.1.beoordeling"sv, &ggz_jaargesprek, {"When an appraisal conversation will take place"sv, "Moment de l'entretien d'évaluation"sv, "Moment van het beoordelingsgesprek"sv}},
    {"nl.cao-ggz.1.keuzemodel"sv, &ggz_jaargesprek, {"Choice-model wishes"sv, "Souhaits du modèle à la carte"sv, "Wensen keuzemodel"sv}},
    {"nl.cao-ggz.1.arbeidstijd"sv, &ggz_jaargesprek, {"Individual working-time arrangement (annual hours)"sv, "Aménagement individuel du temps de travail"sv, "Individuele arbeidsduurregeling (jaarurensystematiek)"sv}},
    {"nl.cao-ggz.1.loopbaan"sv, &ggz_jaargesprek, {"Career development and training wishes (into the POP)"sv, "Évolution de carrière et souhaits de formation (PDP)"sv, "Loopbaanontwikkeling en opleidingswensen (POP)"sv}},
    {"nl.cao-ggz.1.werkdruk"sv, &ggz_jaargesprek, {"Working conditions and workload"sv, "Conditions de travail et charge"sv, "Arbeidsomstandigheden en werkdruk"sv}},
    {"nl.cao-ggz.1.inzetbaarheid"sv, &ggz_jaargesprek, {"Sustainable employability, including the life-phase budget"sv, "Employabilité durable, y compris le budget étape de vie"sv, "Duurzame inzetbaarheid, inclusief het levensfasebudget (LFB)"sv}},
};

inline constexpr conversation ggz_conversations[] = {
    {.kind = obligation_kind::jaargesprek, .rule = &ggz_jaargesprek, .every = rhythm::yearly,
     .leads = {.invitation = weeks(3), .topics = weeks(2), .rule = &ggz_jaargesprek},
     .agenda = {{{ggz_agenda}, {}, {}, {}}},
     .record = {.required = true, .sign = signing::akkoord_of_gezien, .rule = &ggz_verslag}},
};

inline constexpr conversation_policy ggz_policy{
    .name = "ggz"sv, .source = &ggz, .valid = ggz.in_force, .conversations = ggz_conversations};

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
