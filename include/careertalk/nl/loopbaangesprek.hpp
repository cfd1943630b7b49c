// careertalk/nl/loopbaangesprek.hpp: the loopbaangesprek of the source guide, the default
// Dutch career-conversation policy.
//
// Source: "Het loopbaangesprek", verzekerjeinzet.nl/hr-professionals-2/het-loopbaangesprek/
// (project seed 003; nl-rules.md §1 and §4). Organisational practice, not law: the guide sets
// no frequency and no eligibility, so this policy owes a loopbaangesprek only when one is
// planned (policy::plan_meeting) or after the outcome "bijtekenen voor 5 jaar" (a reading).
#pragma once

#include <careertalk/nl/policy.hpp>

#include <array>

namespace careertalk::nl {

inline constexpr period guide_period{date::year{2000} / 1 / 1, open_end};

inline constexpr rule_ref guide{
    .id = "nl.guide.loopbaangesprek",
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek' (HR-professionals; seed 003; "
                "nl-rules.md §4)",
    .in_force = guide_period,
    .title = {.en = "The career conversation: the broader career, not the current job",
              .fr = "L'entretien de carrière : la carrière au sens large, pas le poste actuel",
              .nl = "Het loopbaangesprek: de bredere loopbaan, niet de huidige functie"},
    .basis = authority::practice,
    .reading = "the guide is undated and sets no frequency ('eens in de zoveel tijd'); the "
               "organisation plans it. valid_from 2000-01-01 is a placeholder: set the date "
               "the organisation adopted it."};

// The distinction the guide draws (nl-rules.md §4.1, §5).
inline constexpr rule_ref guide_distinction{
    .id = "nl.guide.onderscheid",
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', al. 2; nl-rules.md §5",
    .in_force = guide_period,
    .title = {.en = "Unlike the planning, performance and appraisal conversations, the career "
                    "conversation is about the broader career: how the employee fits the work, "
                    "whether development runs parallel to it, or whether a change of course is "
                    "due",
              .fr = "Contrairement aux entretiens de planification, de fonctionnement et "
                    "d'évaluation, l'entretien de carrière porte sur la carrière au sens large",
              .nl = "Anders dan het plannings-, functionerings- en beoordelingsgesprek gaat het "
                    "loopbaangesprek over de bredere loopbaan: hoe zit de medewerker in zijn "
                    "werk, loopt zijn ontwikkeling parallel met het werk of is het tijd voor "
                    "een koerswijziging?"},
    .basis = authority::practice};

inline constexpr rule_ref guide_preparation{
    .id = "nl.guide.voorbereiding",
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', aandachtspunten 1-4 (nl-rules.md "
                "§4.3 A1-A5)",
    .in_force = guide_period,
    .title = {.en = "Start preparing about one month before; send the preparation form",
              .fr = "Commencer la préparation environ un mois avant ; envoyer le formulaire",
              .nl = "Start de voorbereiding circa 1 maand vooraf; stuur het "
                    "voorbereidingsformulier"},
    .basis = authority::practice,
    .reading = "'circa 1 maand' = 1 calendar month before, clamped (2025-03-31 -> 2025-02-28)."};

inline constexpr rule_ref guide_record{
    .id = "nl.guide.vastleggen",
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', part 3 and aandachtspunt 5 "
                "(nl-rules.md §4.3 A6)",
    .in_force = guide_period,
    .title = {.en = "Record the results and agreements briefly in writing, and in the POP",
              .fr = "Consigner brièvement par écrit les résultats et accords, et dans le PDP",
              .nl = "Leg de resultaten en afspraken kort schriftelijk vast, en in het POP"},
    .basis = authority::practice,
    .reading = "the guide gives no deadline; this policy uses 14 days (nl-rules.md §4.3 A6, "
               "an assumption): a parameter, record_rule::deadline."};

inline constexpr rule_ref guide_outcomes{
    .id = "nl.guide.afronding",
    .citation = "verzekerjeinzet.nl, 'Het loopbaangesprek', part 3 Afronding (nl-rules.md §4.2, "
                "§4.4, §8 item 8)",
    .in_force = guide_period,
    .title = {.en = "Outcomes: commits for 5 years in the current function, or reorientation",
              .fr = "Issues : engagement pour 5 ans dans la fonction actuelle, ou réorientation",
              .nl = "Uitkomst: tekent bij voor 5 jaar in de huidige functie, of heroriëntatie"},
    .basis = authority::interpretation,
    .reading = "after 'bijtekenen 5 jaar' the next loopbaangesprek is due 5 years later (not "
               "the guide's words); after 'heroriëntatie' no date: the policy must agree a "
               "follow-up."};

inline constexpr agenda_item guide_agenda_main[] = {
    {"nl.guide.1", &guide, {"1. Introduction: the manager sums up the purpose of the conversation", "1. Introduction : le manager résume l'objet de l'entretien", "1. Inleiding: de leidinggevende vat het doel van het gesprek samen"}},
    {"nl.guide.2", &guide, {"2. Employee's feedback", "2. Retour du salarié", "2. Terugkoppeling medewerker"}},
    {"nl.guide.2.voorbereiding", &guide, {"What the preparation produced", "Ce qu'a donné la préparation", "Wat de voorbereiding heeft opgeleverd"}},
    {"nl.guide.2.aarzelingen", &guide, {"Hesitations", "Hésitations", "Aarzelingen"}},
    {"nl.guide.2.ambities", &guide, {"Ambitions", "Ambitions", "Ambities"}},
    {"nl.guide.2.wensen", &guide, {"Wishes", "Souhaits", "Wensen"}},
    {"nl.guide.2.feedback", &guide, {"Manager's feedback: mirror, ask further", "Retour du manager : refléter, approfondir", "Feedback van de leidinggevende: spiegelen, doorvragen"}},
    {"nl.guide.2.eisen", &guide, {"Future requirements of the work", "Exigences futures du travail", "Toekomstige eisen"}},
    {"nl.guide.2.ontwikkeling", &guide, {"Competence development or specific professional courses", "Développement des compétences ou formations métier spécifiques", "Competentieontwikkeling dan wel specifieke vakstudies"}},
};

// 2a: only when the employee is not satisfied or has no grip on what they want.
inline constexpr agenda_item guide_agenda_loopbaanadviseur[] = {
    {"nl.guide.2a", &guide, {"2a. Advice: contact a career advisor", "2a. Conseil : prendre contact avec un conseiller en carrière", "2a. Advies: contact opnemen met een loopbaanadviseur"}},
};

inline constexpr agenda_item guide_agenda_afronding[] = {
    {"nl.guide.3", &guide_outcomes, {"3. Conclusion", "3. Conclusion", "3. Afronding"}},
    {"nl.guide.3.conclusies", &guide_outcomes, {"Joint conclusions", "Conclusions communes", "Gezamenlijke conclusies"}},
    {"nl.guide.3.bijtekenen", &guide_outcomes, {"Possibly: commits for the next 5 years in the current function", "Le cas échéant : s'engage pour les 5 prochaines années dans la fonction actuelle", "Mogelijk: tekent bij voor de komende 5 jaar in de huidige functie"}},
    {"nl.guide.3.herorientatie", &guide_outcomes, {"Possibly: agreements on reorientation", "Le cas échéant : accords de réorientation", "Mogelijk: afspraken over heroriëntatie"}},
    {"nl.guide.3.pop", &guide_record, {"Record the main conclusions together in the POP", "Consigner ensemble les principales conclusions dans le PDP", "Belangrijkste conclusies gezamenlijk vastleggen in het POP"}},
};

// The preparation: the employee's form and the manager's checklist.
inline constexpr agenda_item guide_preparation_agenda[] = {
    {"nl.guide.prep.formulier", &guide_preparation, {"Send the employee the preparation form (or the organisation's own instrument); leave ample time", "Envoyer au salarié le formulaire de préparation (ou l'outil interne) ; laisser le temps", "Voorbereidingsformulier loopbaangesprek (of eigen instrument) naar de medewerker; ruim de tijd geven"}},
    {"nl.guide.prep.ontwikkeling", &guide_preparation, {"Manager: development expected in the short and long term", "Manager : évolution attendue à court et long terme", "Leidinggevende: verwachte ontwikkeling op korte en lange termijn"}},
    {"nl.guide.prep.richting", &guide_preparation, {"Direction of the work and its effect on the competences asked; can the employee keep up?", "Évolution du travail et effet sur les compétences ; le salarié peut-il suivre ?", "Richting van het werk en invloed op gevraagde competenties; kan de medewerker aansluiten?"}},
    {"nl.guide.prep.mogelijkheden", &guide_preparation, {"Company possibilities: study-cost scheme, projects, task enrichment, rotation", "Possibilités de l'entreprise : prise en charge des études, projets, enrichissement des tâches, rotation", "Mogelijkheden van het bedrijf: studiekostenvergoedingsregeling, projecten, taakverrijking, roulatie"}},
    {"nl.guide.prep.talenten", &guide_preparation, {"What stands out: talents, possibilities, life phase; stay open-minded", "Ce qui ressort : talents, possibilités, étape de vie ; rester ouvert", "Wat valt op: talenten, mogelijkheden, levensfase; blijf open-minded"}},
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
    .record = {.required = true, .deadline = days(14), .pop = true, .rule = &guide_record},
    .after_bijtekenen = years(5),
    .outcome_rule = &guide_outcomes,
}};

inline constexpr policy loopbaangesprek{
    .name = "loopbaangesprek",
    .source = &guide,
    .valid = guide_period,
    .conversations = guide_conversation,
};

// The Dutch conversations, named and told apart (nl-rules.md §5).
struct gesprek_description {
    obligation_kind kind{};
    labels name{};
    labels purpose{};
};

inline constexpr std::array<gesprek_description, 4> gesprekken{{
    {obligation_kind::planningsgesprek, {"Planning conversation", "Entretien de planification", "Planningsgesprek"},
     {"Agree targets and development for the coming period", "Convenir des objectifs et du développement pour la période", "Afspraken over resultaten en ontwikkeling voor de komende periode"}},
    {obligation_kind::functioneringsgesprek, {"Performance conversation", "Entretien de fonctionnement", "Functioneringsgesprek"},
     {"Two-way interim review of the current job; no verdict", "Point d'étape réciproque sur le poste actuel ; sans jugement", "Tweezijdig tussentijds gesprek over de huidige functie; geen oordeel"}},
    {obligation_kind::beoordelingsgesprek, {"Appraisal conversation", "Entretien d'évaluation", "Beoordelingsgesprek"},
     {"The manager's one-way judgement of past performance", "Jugement unilatéral du manager sur la performance passée", "Eenzijdig oordeel van de leidinggevende over het functioneren"}},
    {obligation_kind::loopbaangesprek, {"Career conversation", "Entretien de carrière", "Loopbaangesprek"},
     {"The broader career: fit, development, change of course", "La carrière au sens large : adéquation, développement, changement de cap", "De bredere loopbaan: hoe zit de medewerker in zijn werk, ontwikkeling, koerswijziging"}},
}};

inline constexpr const rule_ref* guide_rules[] = {&guide, &guide_distinction, &guide_preparation,
                                                  &guide_record, &guide_outcomes};

}  // namespace careertalk::nl
