// careertalk/fr/agenda.hpp: what each French interview must cover, by the version of L6315-1 in
// force on the interview's date (docs/fr/readings.md#agenda).
//
// Each list is a static array; an interview's agenda is its base list plus the extra lists of
// a review, a return from parental leave, a mandate, the mid-career or the pre-60 interview.
#pragma once

#include <careertalk/fr/versions.hpp>
#include <careertalk/results.hpp>

#include <array>
#include <span>

namespace careertalk::inline v0::fr {

namespace items {

using careertalk::agenda_item;

// Shared by 2014-2025 (L6315-1 I v2-v5).
inline constexpr agenda_item perspectives{
    "fr.L6315-1.I.prospects"_ct,
    &rules::periodique_2014,
    {.en = "Career prospects, in particular qualifications and employment"_ct,
     .fr = "Perspectives d'évolution professionnelle, notamment en termes de qualifications et "
           "d'emploi"_ct,
     .nl = "Loopbaanperspectieven, met name kwalificaties en werk"_ct}};
inline constexpr agenda_item pas_evaluation_2014{
    "fr.L6315-1.I.no-evaluation.v2-v5"_ct,
    &rules::periodique_2014,
    {.en = "Not an evaluation of the employee's work"_ct,
     .fr = "Ne porte pas sur l'évaluation du travail du salarié"_ct,
     .nl = "Geen beoordeling van het werk"_ct}};
inline constexpr agenda_item document_2014{
    "fr.L6315-1.I.written.v2-v5"_ct,
    &rules::periodique_2014,
    {.en = "Written document, a copy given to the employee"_ct,
     .fr = "Rédaction d'un document dont une copie est remise au salarié"_ct,
     .nl = "Schriftelijk verslag, kopie aan de werknemer"_ct}};
inline constexpr agenda_item vae{
    "fr.L6315-1.I.vae"_ct,
    &rules::periodique_2014,
    {.en = "Information on the validation of prior experience (VAE), since 2016-08-10"_ct,
     .fr = "Informations relatives à la validation des acquis de l'expérience"_ct,
     .nl = "Informatie over erkenning van verworven competenties (EVC)"_ct}};
inline constexpr agenda_item cpf_cep{
    "fr.L6315-1.I.cpf-cep"_ct,
    &rules::periodique_2014,
    {.en = "Activating the CPF, the employer's possible top-ups, the CEP (since 2019-01-01)"_ct,
     .fr = "Activation du compte personnel de formation, abondements de l'employeur, conseil en "
           "évolution professionnelle"_ct,
     .nl = "Activering van het CPF, aanvullingen door de werkgever, loopbaanadvies (CEP)"_ct}};

// Since 2025-10-26 (L6315-1 I v6-v7, 1° to 5° and the constraints).
inline constexpr agenda_item competences{
    "fr.L6315-1.I.1"_ct,
    &rules::periodique_2025,
    {.en = "1° Competences and qualifications used in the job, and how they may change"_ct,
     .fr = "1° Compétences et qualifications mobilisées dans l'emploi actuel et leur évolution "
           "possible"_ct,
     .nl = "1° Competenties en kwalificaties in de huidige functie en hun mogelijke ontwikkeling"_ct}};
inline constexpr agenda_item parcours{
    "fr.L6315-1.I.2"_ct,
    &rules::periodique_2025,
    {.en = "2° Situation and career path, given changes in occupations and job prospects"_ct,
     .fr = "2° Situation et parcours professionnels, au regard des évolutions des métiers"_ct,
     .nl = "2° Situatie en loopbaan, gezien de ontwikkeling van beroepen"_ct}};
inline constexpr agenda_item besoins_formation{
    "fr.L6315-1.I.3"_ct,
    &rules::periodique_2025,
    {.en = "3° Training needs (current job, its changes, personal project)"_ct,
     .fr = "3° Besoins de formation"_ct,
     .nl = "3° Opleidingsbehoeften"_ct}};
inline constexpr agenda_item souhaits{
    "fr.L6315-1.I.4"_ct,
    &rules::periodique_2025,
    {.en = "4° Career wishes: retraining, transition project, skills audit, VAE"_ct,
     .fr = "4° Souhaits d'évolution professionnelle (reconversion, projet de transition, bilan "
           "de compétences, VAE)"_ct,
     .nl = "4° Loopbaanwensen: omscholing, transitieproject, competentiebalans, EVC"_ct}};
inline constexpr agenda_item cpf_cep_2025{
    "fr.L6315-1.I.5"_ct,
    &rules::periodique_2025,
    {.en = "5° Activating the CPF, the employer's possible top-ups, the CEP"_ct,
     .fr = "5° Activation du CPF, abondements de l'employeur, conseil en évolution "
           "professionnelle"_ct,
     .nl = "5° Activering van het CPF, aanvullingen door de werkgever, loopbaanadvies"_ct}};
inline constexpr agenda_item pas_evaluation_2025{
    "fr.L6315-1.I.no-evaluation"_ct,
    &rules::periodique_2025,
    {.en = "Not an evaluation of the employee's work"_ct,
     .fr = "Ne porte pas sur l'évaluation du travail du salarié"_ct,
     .nl = "Geen beoordeling van het werk"_ct}};
inline constexpr agenda_item temps_de_travail{"fr.L6315-1.I.working-time"_ct,
                                              &rules::periodique_2025,
                                              {.en = "Held during working time"_ct,
                                               .fr = "Se déroule pendant le temps de travail"_ct,
                                               .nl = "Tijdens werktijd"_ct}};
inline constexpr agenda_item superieur{
    "fr.L6315-1.I.line-manager"_ct,
    &rules::periodique_2025,
    {.en = "Conducted by a line manager or a management representative"_ct,
     .fr = "Réalisé par un supérieur hiérarchique ou un représentant de la direction"_ct,
     .nl = "Gevoerd door een leidinggevende of een vertegenwoordiger van de directie"_ct}};
inline constexpr agenda_item document_2025{
    "fr.L6315-1.I.written"_ct,
    &rules::periodique_2025,
    {.en = "Written document, a copy given to the employee"_ct,
     .fr = "Rédaction d'un document dont une copie est remise au salarié"_ct,
     .nl = "Schriftelijk verslag, kopie aan de werknemer"_ct}};

// The état des lieux (II): the check and the three criteria.
inline constexpr agenda_item verif_6{
    "fr.L6315-1.II.check.6"_ct,
    &rules::etat_des_lieux_2014,
    {.en = "Check the interviews held in the last six years"_ct,
     .fr = "Vérifier les entretiens professionnels des six dernières années"_ct,
     .nl = "Controle van de gesprekken van de laatste zes jaar"_ct}};
inline constexpr agenda_item verif_8{
    "fr.L6315-1.II.check.8"_ct,
    &rules::etat_des_lieux_2025,
    {.en = "Check the interviews held in the last eight years"_ct,
     .fr = "Vérifier les entretiens de parcours professionnel des huit dernières années"_ct,
     .nl = "Controle van de gesprekken van de laatste acht jaar"_ct}};
// 1° to 3° of II, the same words in v2-v5 and v6-v7; each list cites its own versions.
inline constexpr labels formation_suivie_label{.en = "1° At least one training action followed"_ct,
                                               .fr =
                                                   "1° Suivi d'au moins une action de formation"_ct,
                                               .nl = "1° Ten minste één opleiding gevolgd"_ct};
inline constexpr labels certification_label{
    .en = "2° Certification elements acquired by training or VAE"_ct,
    .fr = "2° Acquisition d'éléments de certification par la formation ou la VAE"_ct,
    .nl = "2° Certificeringsonderdelen behaald via opleiding of EVC"_ct};
inline constexpr labels progression_label{.en = "3° Salary or professional progression"_ct,
                                          .fr = "3° Progression salariale ou professionnelle"_ct,
                                          .nl = "3° Salaris- of loopbaanontwikkeling"_ct};
inline constexpr agenda_item formation_suivie{"fr.L6315-1.II.1"_ct, &rules::etat_des_lieux_2014,
                                              formation_suivie_label};
inline constexpr agenda_item certification{"fr.L6315-1.II.2"_ct, &rules::etat_des_lieux_2014,
                                           certification_label};
inline constexpr agenda_item progression{"fr.L6315-1.II.3"_ct, &rules::etat_des_lieux_2014,
                                         progression_label};
inline constexpr agenda_item formation_suivie_8{"fr.L6315-1.II.1"_ct, &rules::etat_des_lieux_2025,
                                                formation_suivie_label};
inline constexpr agenda_item certification_8{"fr.L6315-1.II.2"_ct, &rules::etat_des_lieux_2025,
                                             certification_label};
inline constexpr agenda_item progression_8{"fr.L6315-1.II.3"_ct, &rules::etat_des_lieux_2025,
                                           progression_label};

// Return from parental leave or L1225-47 part-time (L1225-57).
inline constexpr agenda_item organiser_retour{"fr.L1225-57.return"_ct,
                                              &rules::l1225_57,
                                              {.en = "Organise the return to work"_ct,
                                               .fr = "Organiser le retour à l'emploi"_ct,
                                               .nl = "De terugkeer naar het werk organiseren"_ct}};
inline constexpr agenda_item besoins_retour{"fr.L1225-57.training"_ct,
                                            &rules::l1225_57,
                                            {.en = "Determine training needs"_ct,
                                             .fr = "Déterminer les besoins de formation"_ct,
                                             .nl = "Opleidingsbehoeften bepalen"_ct}};
inline constexpr agenda_item effets_conge{
    "fr.L1225-57.effects"_ct,
    &rules::l1225_57,
    {.en = "Effects of the leave on pay and career"_ct,
     .fr = "Examiner les conséquences du congé sur la rémunération et l'évolution de carrière"_ct,
     .nl = "Gevolgen van het verlof voor loon en loopbaan"_ct}};

// End of a mandate (L2141-5).
inline constexpr agenda_item recensement{
    "fr.L2141-5.census"_ct,
    &rules::l2141_5,
    {.en = "Census of the competences acquired during the mandate and how to value them"_ct,
     .fr = "Recensement des compétences acquises au cours du mandat et modalités de "
           "valorisation de l'expérience"_ct,
     .nl = "Inventaris van de tijdens het mandaat verworven competenties en hun erkenning"_ct}};

// Mid-career (IV).
inline constexpr agenda_item mesures_medecin{
    "fr.L6315-1.IV.measures"_ct,
    &rules::mi_carriere,
    {.en = "The occupational doctor's L4624-3 measures, if any (no access to health data)"_ct,
     .fr = "Mesures proposées par le médecin du travail (L4624-3), sans accès aux données de "
           "santé"_ct,
     .nl = "Maatregelen van de bedrijfsarts (L4624-3), zonder toegang tot gezondheidsgegevens"_ct}};
inline constexpr agenda_item amenagement_poste{
    "fr.L6315-1.IV.workstation"_ct,
    &rules::mi_carriere,
    {.en = "Adapting tasks and the workstation, if relevant"_ct,
     .fr = "Adaptation ou aménagement des missions et du poste de travail"_ct,
     .nl = "Aanpassing van taken en werkplek"_ct}};
inline constexpr agenda_item usure{"fr.L6315-1.IV.wear"_ct,
                                   &rules::mi_carriere,
                                   {.en = "Preventing professional wear-out"_ct,
                                    .fr = "Prévention des situations d'usure professionnelle"_ct,
                                    .nl = "Voorkomen van slijtage door het werk"_ct}};
inline constexpr agenda_item mobilite{
    "fr.L6315-1.IV.mobility"_ct,
    &rules::mi_carriere,
    {.en = "Training needs, wishes for mobility or retraining"_ct,
     .fr = "Besoins en formation, souhaits de mobilité ou de reconversion"_ct,
     .nl = "Opleidingsbehoeften, wensen voor mobiliteit of omscholing"_ct}};
inline constexpr agenda_item bilan_ecrit{
    "fr.L6315-1.IV.bilan"_ct,
    &rules::mi_carriere,
    {.en = "The written document sums up these items as a bilan"_ct,
     .fr = "Le document écrit récapitule ces éléments sous forme de bilan"_ct,
     .nl = "Het verslag vat deze punten samen als balans"_ct}};

// Pre-60 (V).
inline constexpr agenda_item maintien_emploi{"fr.L6315-1.V.employment"_ct,
                                             &rules::fin_carriere,
                                             {.en = "Conditions for staying in employment"_ct,
                                              .fr = "Conditions de maintien dans l'emploi"_ct,
                                              .nl = "Voorwaarden om aan het werk te blijven"_ct}};
inline constexpr agenda_item fin_de_carriere{
    "fr.L6315-1.V.adjustments"_ct,
    &rules::fin_carriere,
    {.en = "End-of-career adjustments: part-time, retraite progressive"_ct,
     .fr = "Aménagements de fin de carrière : temps partiel, retraite progressive"_ct,
     .nl = "Aanpassingen aan het einde van de loopbaan: deeltijd, geleidelijk pensioen"_ct}};

} // namespace items

namespace agendas {
using namespace items;
inline constexpr std::array entretien_2014{perspectives, pas_evaluation_2014, document_2014};
inline constexpr std::array entretien_2016{perspectives, vae, pas_evaluation_2014, document_2014};
inline constexpr std::array entretien_2019{perspectives, vae, cpf_cep, pas_evaluation_2014,
                                           document_2014};
inline constexpr std::array epp_2025{competences,      parcours,     besoins_formation,
                                     souhaits,         cpf_cep_2025, pas_evaluation_2025,
                                     temps_de_travail, superieur,    document_2025};
inline constexpr std::array etat_des_lieux_6{verif_6, formation_suivie, certification, progression};
inline constexpr std::array etat_des_lieux_8{verif_8, formation_suivie_8, certification_8,
                                             progression_8};
inline constexpr std::array retour_parental{organiser_retour, besoins_retour, effets_conge};
inline constexpr std::array fin_de_mandat{recensement};
inline constexpr std::array mi_carriere{mesures_medecin, amenagement_poste, usure, mobilite,
                                        bilan_ecrit};
inline constexpr std::array fin_carriere{maintien_emploi, fin_de_carriere};
} // namespace agendas

// The base items of an interview held (or due) on `d`, by the version in force that day.
constexpr std::span<const agenda_item> base_agenda(year_month_day d) noexcept
{
    if (d < loi_2016)
        return agendas::entretien_2014;
    if (d < loi_2018)
        return agendas::entretien_2016;
    if (d < loi_2025)
        return agendas::entretien_2019;
    return agendas::epp_2025;
}

// The état des lieux items on `d`: six years before the 2025 reform, eight after.
constexpr std::span<const agenda_item> etat_des_lieux_agenda(year_month_day d) noexcept
{
    if (d < loi_2025)
        return agendas::etat_des_lieux_6;
    return agendas::etat_des_lieux_8;
}

} // namespace careertalk::fr
