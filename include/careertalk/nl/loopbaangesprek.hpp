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
    .id = "nl.guide.loopbaangesprek"_ct,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek' (HR-professionals; "
                "docs/nl/cao.md#the-loopbaangesprek-guide)"_ct,
    .in_force = guide_period,
    .title = {.en = "The career conversation: the broader career, not the current job"_ct,
              .fr = "L'entretien de carrière : la carrière au sens large, pas le poste actuel"_ct,
              .nl = "Het loopbaangesprek: de bredere loopbaan, niet de huidige functie"_ct},
    .basis = authority::practice,
    .reading = "the guide is undated and sets no frequency ('eens in de zoveel tijd'); the "
               "organisation plans it. valid_from 2000-01-01 is a placeholder: set the date "
               "the organisation adopted it."_ct};

// The distinction the guide draws.
inline constexpr rule_ref guide_distinction{
    .id = "nl.guide.onderscheid"_ct,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', al. 2"_ct,
    .in_force = guide_period,
    .title = {.en = "Unlike the planning, performance and appraisal conversations, the career "
                    "conversation is about the broader career: how the employee fits the work, "
                    "whether development runs parallel to it, or whether a change of course is "
                    "due"_ct,
              .fr = "Contrairement aux entretiens de planification, de fonctionnement et "
                    "d'évaluation, l'entretien de carrière porte sur la carrière au sens large"_ct,
              .nl = "Anders dan het plannings-, functionerings- en beoordelingsgesprek gaat het "
                    "loopbaangesprek over de bredere loopbaan: hoe zit de medewerker in zijn "
                    "werk, loopt zijn ontwikkeling parallel met het werk of is het tijd voor "
                    "een koerswijziging?"_ct},
    .basis = authority::practice};

inline constexpr rule_ref guide_preparation{
    .id = "nl.guide.voorbereiding"_ct,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', aandachtspunten 1-4"_ct,
    .in_force = guide_period,
    .title = {.en = "Start preparing about one month before; send the preparation form"_ct,
              .fr = "Commencer la préparation environ un mois avant ; envoyer le formulaire"_ct,
              .nl = "Start de voorbereiding circa 1 maand vooraf; stuur het "
                    "voorbereidingsformulier"_ct},
    .basis = authority::practice,
    .reading = "'circa 1 maand' = 1 calendar month before, clamped (2025-03-31 -> 2025-02-28)."_ct};

inline constexpr rule_ref guide_record{
    .id = "nl.guide.vastleggen"_ct,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', part 3 and aandachtspunt 5"_ct,
    .in_force = guide_period,
    .title = {.en = "Record the results and agreements briefly in writing, and in the POP"_ct,
              .fr = "Consigner brièvement par écrit les résultats et accords, et dans le PDP"_ct,
              .nl = "Leg de resultaten en afspraken kort schriftelijk vast, en in het POP"_ct},
    .basis = authority::practice,
    .reading = "the guide gives no deadline: the date is guide_record_deadline's."_ct};

// The library's choice: the guide says 'kort, schriftelijk' and gives no deadline.
inline constexpr rule_ref guide_record_deadline{
    .id = "nl.guide.vastleggen.termijn"_ct,
    .citation = "Library default: the guide gives no deadline for the record "
                "(docs/nl/cao.md#the-loopbaangesprek-guide)"_ct,
    .in_force = guide_period,
    .title = {.en = "Record and POP within 14 days of the conversation"_ct,
              .fr = "Compte rendu et PDP dans les 14 jours de l'entretien"_ct,
              .nl = "Verslag en POP binnen 14 dagen na het gesprek"_ct},
    .basis = authority::interpretation,
    .reading = "14 days: a parameter (record_rule::deadline), not a rule of the guide; late, "
               "the record is an advisory."_ct};

inline constexpr rule_ref guide_outcomes{
    .id = "nl.guide.afronding"_ct,
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', part 3 Afronding; the 5-year date "
                "is the library's (docs/nl/cao.md#the-loopbaangesprek-guide)"_ct,
    .in_force = guide_period,
    .title = {.en = "Outcomes: commits for 5 years in the current function, or reorientation"_ct,
              .fr = "Issues : engagement pour 5 ans dans la fonction actuelle, ou réorientation"_ct,
              .nl = "Uitkomst: tekent bij voor 5 jaar in de huidige functie, of heroriëntatie"_ct},
    .basis = authority::interpretation,
    .reading = "after 'bijtekenen 5 jaar' the next loopbaangesprek is due 5 years later (not "
               "the guide's words); after 'heroriëntatie' no date: the policy must agree a "
               "follow-up."_ct};

inline constexpr agenda_item guide_agenda_main[] = {
    {"nl.guide.1"_ct, &guide, {"1. Introduction: the manager sums up the purpose of the conversation"_ct, "1. Introduction : le manager résume l'objet de l'entretien"_ct, "1. Inleiding: de leidinggevende vat het doel van het gesprek samen"_ct}},
    {"nl.guide.2"_ct, &guide, {"2. Employee's feedback"_ct, "2. Retour du salarié"_ct, "2. Terugkoppeling medewerker"_ct}},
    {"nl.guide.2.voorbereiding"_ct, &guide, {"What the preparation produced"_ct, "Ce qu'a donné la préparation"_ct, "Wat de voorbereiding heeft opgeleverd"_ct}},
    {"nl.guide.2.aarzelingen"_ct, &guide, {"Hesitations"_ct, "Hésitations"_ct, "Aarzelingen"_ct}},
    {"nl.guide.2.ambities"_ct, &guide, {"Ambitions"_ct, "Ambitions"_ct, "Ambities"_ct}},
    {"nl.guide.2.wensen"_ct, &guide, {"Wishes"_ct, "Souhaits"_ct, "Wensen"_ct}},
    {"nl.guide.2.feedback"_ct, &guide, {"Manager's feedback: mirror, ask further"_ct, "Retour du manager : refléter, approfondir"_ct, "Feedback van de leidinggevende: spiegelen, doorvragen"_ct}},
    {"nl.guide.2.eisen"_ct, &guide, {"Future requirements of the work"_ct, "Exigences futures du travail"_ct, "Toekomstige eisen"_ct}},
    {"nl.guide.2.ontwikkeling"_ct, &guide, {"Competence development or specific professional courses"_ct, "Développement des compétences ou formations métier spécifiques"_ct, "Competentieontwikkeling dan wel specifieke vakstudies"_ct}},
};

// 2a: only when the employee is not satisfied or has no grip on what they want.
inline constexpr agenda_item guide_agenda_loopbaanadviseur[] = {
    {"nl.guide.2a"_ct, &guide, {"2a. Advice: contact a career advisor"_ct, "2a. Conseil : prendre contact avec un conseiller en carrière"_ct, "2a. Advies: contact opnemen met een loopbaanadviseur"_ct}},
};

inline constexpr agenda_item guide_agenda_afronding[] = {
    {"nl.guide.3"_ct, &guide_outcomes, {"3. Conclusion"_ct, "3. Conclusion"_ct, "3. Afronding"_ct}},
    {"nl.guide.3.conclusies"_ct, &guide_outcomes, {"Joint conclusions"_ct, "Conclusions communes"_ct, "Gezamenlijke conclusies"_ct}},
    {"nl.guide.3.bijtekenen"_ct, &guide_outcomes, {"Possibly: commits for the next 5 years in the current function"_ct, "Le cas échéant : s'engage pour les 5 prochaines années dans la fonction actuelle"_ct, "Mogelijk: tekent bij voor de komende 5 jaar in de huidige functie"_ct}},
    {"nl.guide.3.herorientatie"_ct, &guide_outcomes, {"Possibly: agreements on reorientation"_ct, "Le cas échéant : accords de réorientation"_ct, "Mogelijk: afspraken over heroriëntatie"_ct}},
    {"nl.guide.3.pop"_ct, &guide_record, {"Record the main conclusions together in the POP"_ct, "Consigner ensemble les principales conclusions dans le PDP"_ct, "Belangrijkste conclusies gezamenlijk vastleggen in het POP"_ct}},
};

// The preparation: the employee's form and the manager's checklist.
inline constexpr agenda_item guide_preparation_agenda[] = {
    {"nl.guide.prep.formulier"_ct, &guide_preparation, {"Send the employee the preparation form (or the organisation's own instrument); leave ample time"_ct, "Envoyer au salarié le formulaire de préparation (ou l'outil interne) ; laisser le temps"_ct, "Voorbereidingsformulier loopbaangesprek (of eigen instrument) naar de medewerker; ruim de tijd geven"_ct}},
    {"nl.guide.prep.ontwikkeling"_ct, &guide_preparation, {"Manager: development expected in the short and long term"_ct, "Manager : évolution attendue à court et long terme"_ct, "Leidinggevende: verwachte ontwikkeling op korte en lange termijn"_ct}},
    {"nl.guide.prep.richting"_ct, &guide_preparation, {"Direction of the work and its effect on the competences asked; can the employee keep up?"_ct, "Évolution du travail et effet sur les compétences ; le salarié peut-il suivre ?"_ct, "Richting van het werk en invloed op gevraagde competenties; kan de medewerker aansluiten?"_ct}},
    {"nl.guide.prep.mogelijkheden"_ct, &guide_preparation, {"Company possibilities: study-cost scheme, projects, task enrichment, rotation"_ct, "Possibilités de l'entreprise : prise en charge des études, projets, enrichissement des tâches, rotation"_ct, "Mogelijkheden van het bedrijf: studiekostenvergoedingsregeling, projecten, taakverrijking, roulatie"_ct}},
    {"nl.guide.prep.talenten"_ct, &guide_preparation, {"What stands out: talents, possibilities, life phase; stay open-minded"_ct, "Ce qui ressort : talents, possibilités, étape de vie ; rester ouvert"_ct, "Wat valt op: talenten, mogelijkheden, levensfase; blijf open-minded"_ct}},
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
    .name = "loopbaangesprek"_ct,
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
    {obligation_kind::planningsgesprek, {"Planning conversation"_ct, "Entretien de planification"_ct, "Planningsgesprek"_ct},
     {"Agree targets and development for the coming period"_ct, "Convenir des objectifs et du développement pour la période"_ct, "Afspraken over resultaten en ontwikkeling voor de komende periode"_ct}},
    {obligation_kind::functioneringsgesprek, {"Performance conversation"_ct, "Entretien de fonctionnement"_ct, "Functioneringsgesprek"_ct},
     {"Two-way interim review of the current job; no verdict"_ct, "Point d'étape réciproque sur le poste actuel ; sans jugement"_ct, "Tweezijdig tussentijds gesprek over de huidige functie; geen oordeel"_ct}},
    {obligation_kind::beoordelingsgesprek, {"Appraisal conversation"_ct, "Entretien d'évaluation"_ct, "Beoordelingsgesprek"_ct},
     {"The manager's one-way judgement of past performance"_ct, "Jugement unilatéral du manager sur la performance passée"_ct, "Eenzijdig oordeel van de leidinggevende over het functioneren"_ct}},
    {obligation_kind::loopbaangesprek, {"Career conversation"_ct, "Entretien de carrière"_ct, "Loopbaangesprek"_ct},
     {"The broader career: fit, development, change of course"_ct, "La carrière au sens large : adéquation, développement, changement de cap"_ct, "De bredere loopbaan: hoe zit de medewerker in zijn werk, ontwikkeling, koerswijziging"_ct}},
}};

inline constexpr const rule_ref* guide_rules[] = {&guide,         &guide_distinction,
                                                  &guide_preparation, &guide_record,
                                                  &guide_record_deadline, &guide_outcomes};

}  // namespace careertalk::nl
