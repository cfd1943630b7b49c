// careertalk/nl/loopbaangesprek.hpp: the loopbaangesprek of the source guide, the default
// Dutch career-conversation policy.
//
// Source: "Het loopbaangesprek", verzekerjeinzet.nl/hr-professionals-2/het-loopbaangesprek/
// (docs/nl/cao.md#the-loopbaangesprek-guide). Organisational practice, not law: the guide sets
// no frequency and no eligibility, so this policy owes a loopbaangesprek only when one is
// planned (conversation_policy::plan_meeting) or after the outcome "bijtekenen voor 5 jaar" (a reading).
// Its two dates the guide does not give (the record in 14 days, the next conversation 5
// years after bijtekenen) are the library's: late, they are advisories, never overdue.
#pragma once

#include <careertalk/nl/policy.hpp>

#include <array>

namespace careertalk::inline v0::nl {

inline constexpr period guide_period{date::year{2000} / 1 / 1, open_end};

inline constexpr rule_ref guide{
    .id = "nl.guide.loopbaangesprek"sv,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek' (HR-professionals; "
                "docs/nl/cao.md#the-loopbaangesprek-guide)"sv,
    .in_force = guide_period,
    .title = {.en = "The career conversation: the broader career, not the current job"sv,
              .fr = "L'entretien de carrière : la carrière au sens large, pas le poste actuel"sv,
              .nl = "Het loopbaangesprek: de bredere loopbaan, niet de huidige functie"sv},
    .basis = authority::practice,
    .reading = "the guide is undated and sets no frequency ('eens in de zoveel tijd'); the "
               "organisation plans it. valid_from 2000-01-01 is a placeholder: set the date "
               "the organisation adopted it."sv};

// The distinction the guide draws.
inline constexpr rule_ref guide_distinction{
    .id = "nl.guide.onderscheid"sv,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', al. 2"sv,
    .in_force = guide_period,
    .title = {.en = "Unlike the planning, performance and appraisal conversations, the career "
                    "conversation is about the broader career: how the employee fits the work, "
                    "whether development runs parallel to it, or whether a change of course is "
                    "due"sv,
              .fr = "Contrairement aux entretiens de planification, de fonctionnement et "
                    "d'évaluation, l'entretien de carrière porte sur la carrière au sens large"sv,
              .nl = "Anders dan het plannings-, functionerings- en beoordelingsgesprek gaat het "
                    "loopbaangesprek over de bredere loopbaan: hoe zit de medewerker in zijn "
                    "werk, loopt zijn ontwikkeling parallel met het werk of is het tijd voor "
                    "een koerswijziging?"sv},
    .basis = authority::practice};

inline constexpr rule_ref guide_preparation{
    .id = "nl.guide.voorbereiding"sv,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', aandachtspunten 1-4"sv,
    .in_force = guide_period,
    .title = {.en = "Start preparing about one month before; send the preparation form"sv,
              .fr = "Commencer la préparation environ un mois avant ; envoyer le formulaire"sv,
              .nl = "Start de voorbereiding circa 1 maand vooraf; stuur het "
                    "voorbereidingsformulier"sv},
    .basis = authority::practice,
    .reading = "'circa 1 maand' = 1 calendar month before, clamped (2025-03-31 -> 2025-02-28)."sv};

inline constexpr rule_ref guide_record{
    .id = "nl.guide.vastleggen"sv,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', part 3 and aandachtspunt 5"sv,
    .in_force = guide_period,
    .title = {.en = "Record the results and agreements briefly in writing, and in the POP"sv,
              .fr = "Consigner brièvement par écrit les résultats et accords, et dans le PDP"sv,
              .nl = "Leg de resultaten en afspraken kort schriftelijk vast, en in het POP"sv},
    .basis = authority::practice,
    .reading = "the guide gives no deadline: the date is guide_record_deadline's."sv};

// The library's choice: the guide says 'kort, schriftelijk' and gives no deadline.
inline constexpr rule_ref guide_record_deadline{
    .id = "nl.guide.vastleggen.termijn"sv,
    .citation = "Library default: the guide gives no deadline for the record "
                "(docs/nl/cao.md#the-loopbaangesprek-guide)"sv,
    .in_force = guide_period,
    .title = {.en = "Record and POP within 14 days of the conversation"sv,
              .fr = "Compte rendu et PDP dans les 14 jours de l'entretien"sv,
              .nl = "Verslag en POP binnen 14 dagen na het gesprek"sv},
    .basis = authority::interpretation,
    .reading = "14 days: a parameter (record_rule::deadline), not a rule of the guide; late, "
               "the record is an advisory."sv};

inline constexpr rule_ref guide_outcomes{
    .id = "nl.guide.afronding"sv,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', part 3 Afronding; the 5-year date "
                "is the library's (docs/nl/cao.md#the-loopbaangesprek-guide)"sv,
    .in_force = guide_period,
    .title = {.en = "Outcomes: commits for 5 years in the current function, or reorientation"sv,
              .fr = "Issues : engagement pour 5 ans dans la fonction actuelle, ou réorientation"sv,
              .nl = "Uitkomst: tekent bij voor 5 jaar in de huidige functie, of heroriëntatie"sv},
    .basis = authority::interpretation,
    .reading = "after 'bijtekenen 5 jaar' the next loopbaangesprek is due 5 years later (not "
               "the guide's words); after 'heroriëntatie' no date: the policy must agree a "
               "follow-up."sv};

inline constexpr agenda_item guide_agenda_main[] = {
    {"nl.guide.1"sv, &guide, {"1. Introduction: the manager sums up the purpose of the conversation"sv, "1. Introduction : le manager résume l'objet de l'entretien"sv, "1. Inleiding: de leidinggevende vat het doel van het gesprek samen"sv}},
    {"nl.guide.2"sv, &guide, {"2. Employee's feedback"sv, "2. Retour du salarié"sv, "2. Terugkoppeling medewerker"sv}},
    {"nl.guide.2.voorbereiding"sv, &guide, {"What the preparation produced"sv, "Ce qu'a donné la préparation"sv, "Wat de voorbereiding heeft opgeleverd"sv}},
    {"nl.guide.2.aarzelingen"sv, &guide, {"Hesitations"sv, "Hésitations"sv, "Aarzelingen"sv}},
    {"nl.guide.2.ambities"sv, &guide, {"Ambitions"sv, "Ambitions"sv, "Ambities"sv}},
    {"nl.guide.2.wensen"sv, &guide, {"Wishes"sv, "Souhaits"sv, "Wensen"sv}},
    {"nl.guide.2.feedback"sv, &guide, {"Manager's feedback: mirror, ask further"sv, "Retour du manager : refléter, approfondir"sv, "Feedback van de leidinggevende: spiegelen, doorvragen"sv}},
    {"nl.guide.2.eisen"sv, &guide, {"Future requirements of the work"sv, "Exigences futures du travail"sv, "Toekomstige eisen"sv}},
    {"nl.guide.2.ontwikkeling"sv, &guide, {"Competence development or specific professional courses"sv, "Développement des compétences ou formations métier spécifiques"sv, "Competentieontwikkeling dan wel specifieke vakstudies"sv}},
};

// 2a: only when the employee is not satisfied or has no grip on what they want.
inline constexpr agenda_item guide_agenda_loopbaanadviseur[] = {
    {"nl.guide.2a"sv, &guide, {"2a. Advice: contact a career advisor"sv, "2a. Conseil : prendre contact avec un conseiller en carrière"sv, "2a. Advies: contact opnemen met een loopbaanadviseur"sv}},
};

inline constexpr agenda_item guide_agenda_afronding[] = {
    {"nl.guide.3"sv, &guide_outcomes, {"3. Conclusion"sv, "3. Conclusion"sv, "3. Afronding"sv}},
    {"nl.guide.3.conclusies"sv, &guide_outcomes, {"Joint conclusions"sv, "Conclusions communes"sv, "Gezamenlijke conclusies"sv}},
    {"nl.guide.3.bijtekenen"sv, &guide_outcomes, {"Possibly: commits for the next 5 years in the current function"sv, "Le cas échéant : s'engage pour les 5 prochaines années dans la fonction actuelle"sv, "Mogelijk: tekent bij voor de komende 5 jaar in de huidige functie"sv}},
    {"nl.guide.3.herorientatie"sv, &guide_outcomes, {"Possibly: agreements on reorientation"sv, "Le cas échéant : accords de réorientation"sv, "Mogelijk: afspraken over heroriëntatie"sv}},
    {"nl.guide.3.pop"sv, &guide_record, {"Record the main conclusions together in the POP"sv, "Consigner ensemble les principales conclusions dans le PDP"sv, "Belangrijkste conclusies gezamenlijk vastleggen in het POP"sv}},
};

// The preparation: the employee's form and the manager's checklist.
inline constexpr agenda_item guide_preparation_agenda[] = {
    {"nl.guide.prep.formulier"sv, &guide_preparation, {"Send the employee the preparation form (or the organisation's own instrument); leave ample time"sv, "Envoyer au salarié le formulaire de préparation (ou l'outil interne) ; laisser le temps"sv, "Voorbereidingsformulier loopbaangesprek (of eigen instrument) naar de medewerker; ruim de tijd geven"sv}},
    {"nl.guide.prep.ontwikkeling"sv, &guide_preparation, {"Manager: development expected in the short and long term"sv, "Manager : évolution attendue à court et long terme"sv, "Leidinggevende: verwachte ontwikkeling op korte en lange termijn"sv}},
    {"nl.guide.prep.richting"sv, &guide_preparation, {"Direction of the work and its effect on the competences asked; can the employee keep up?"sv, "Évolution du travail et effet sur les compétences ; le salarié peut-il suivre ?"sv, "Richting van het werk en invloed op gevraagde competenties; kan de medewerker aansluiten?"sv}},
    {"nl.guide.prep.mogelijkheden"sv, &guide_preparation, {"Company possibilities: study-cost scheme, projects, task enrichment, rotation"sv, "Possibilités de l'entreprise : prise en charge des études, projets, enrichissement des tâches, rotation"sv, "Mogelijkheden van het bedrijf: studiekostenvergoedingsregeling, projecten, taakverrijking, roulatie"sv}},
    {"nl.guide.prep.talenten"sv, &guide_preparation, {"What stands out: talents, possibilities, life phase; stay open-minded"sv, "Ce qui ressort : talents, possibilités, étape de vie ; rester ouvert"sv, "Wat valt op: talenten, mogelijkheden, levensfase; blijf open-minded"sv}},
};

inline constexpr conversation guide_conversation[] = {{
    .kind = obligation_kind::loopbaangesprek,
    .rule = &guide,
    .every = rhythm::none,
    .leads = {.preparation = months(1), .rule = &guide_preparation,
              .preparation_agenda = guide_preparation_agenda},
    .agenda = {{{guide_agenda_main},
                {guide_agenda_loopbaanadviseur, agenda_condition::niet_tevreden_of_geen_grip},
                {guide_agenda_afronding}, {}}},
    .record = {.required = true, .deadline = days(14), .pop = true, .rule = &guide_record,
               .deadline_rule = &guide_record_deadline},
    .after_bijtekenen = years(5),
    .outcome_rule = &guide_outcomes,
}};

inline constexpr conversation_policy loopbaangesprek{
    .name = "loopbaangesprek"sv,
    .source = &guide,
    .valid = guide_period,
    .conversations = guide_conversation,
};

// The Dutch conversations, named and told apart (docs/nl/cao.md#conversation-cycle).
struct gesprek_description {
    obligation_kind kind{};
    labels name{};
    labels purpose{};
};

inline constexpr std::array<gesprek_description, 4> gesprekken{{
    {obligation_kind::planningsgesprek, {"Planning conversation"sv, "Entretien de planification"sv, "Planningsgesprek"sv},
     {"Agree targets and development for the coming period"sv, "Convenir des objectifs et du développement pour la période"sv, "Afspraken over resultaten en ontwikkeling voor de komende periode"sv}},
    {obligation_kind::functioneringsgesprek, {"Performance conversation"sv, "Entretien de fonctionnement"sv, "Functioneringsgesprek"sv},
     {"Two-way interim review of the current job; no verdict"sv, "Point d'étape réciproque sur le poste actuel ; sans jugement"sv, "Tweezijdig tussentijds gesprek over de huidige functie; geen oordeel"sv}},
    {obligation_kind::beoordelingsgesprek, {"Appraisal conversation"sv, "Entretien d'évaluation"sv, "Beoordelingsgesprek"sv},
     {"The manager's one-way judgement of past performance"sv, "Jugement unilatéral du manager sur la performance passée"sv, "Eenzijdig oordeel van de leidinggevende over het functioneren"sv}},
    {obligation_kind::loopbaangesprek, {"Career conversation"sv, "Entretien de carrière"sv, "Loopbaangesprek"sv},
     {"The broader career: fit, development, change of course"sv, "La carrière au sens large : adéquation, développement, changement de cap"sv, "De bredere loopbaan: hoe zit de medewerker in zijn werk, ontwikkeling, koerswijziging"sv}},
}};

inline constexpr const rule_ref* guide_rules[] = {&guide,         &guide_distinction,
                                                  &guide_preparation, &guide_record,
                                                  &guide_record_deadline, &guide_outcomes};

}  // namespace careertalk::nl
