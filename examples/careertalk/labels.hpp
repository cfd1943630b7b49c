// The words of the careertalk tool in English, French and Dutch: the library's ids (obligation
// kinds, triggers, statuses, finding kinds, payees) as a person reads them, and the tool's own
// summary lines. Machine formats (JSON, English CSV) keep the ids; docs/cli/output.md says
// which output uses which.
#pragma once

#include <careertalk/kinds.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <string_view>

namespace careertalk::cli {

// One label per enumerator of E, in declaration order (checked against Boost.Describe).
template <class E>
using label_table =
    std::array<labels, boost::mp11::mp_size<boost::describe::describe_enumerators<E>>::value>;

inline constexpr label_table<obligation_kind> obligation_labels{{
    {"information at hire", "information à l'embauche", "informatie bij indiensttreding"},
    {"professional interview", "entretien professionnel", "beroepsgesprek (entretien professionnel)"},
    {"six-year review", "état des lieux récapitulatif", "terugblik (état des lieux)"},
    {"career-path interview", "entretien de parcours professionnel", "loopbaangesprek (EPP)"},
    {"return interview", "entretien de reprise", "terugkeergesprek"},
    {"interview before leave", "entretien avant le congé", "gesprek vóór het verlof"},
    {"mid-career interview", "entretien de mi-carrière", "gesprek halverwege de loopbaan"},
    {"end-of-career interview", "entretien de fin de carrière", "gesprek aan het einde van de loopbaan"},
    {"over-45 interview", "entretien de deuxième partie de carrière", "gesprek na 45 jaar"},
    {"career checkpoint", "bilan d'étape professionnel", "loopbaantussenbalans"},
    {"mid-career medical visit", "visite médicale de mi-carrière", "medisch onderzoek halverwege de loopbaan"},
    {"corrective CPF top-up", "abondement correctif du CPF", "correctiestorting CPF"},
    {"individual training right (DIF)", "droit individuel à la formation", "individueel recht op opleiding (DIF)"},
    {"career conversation", "entretien de carrière", "loopbaangesprek"},
    {"planning conversation", "entretien de planification", "planningsgesprek"},
    {"performance conversation", "entretien de fonctionnement", "functioneringsgesprek"},
    {"appraisal conversation", "entretien d'évaluation", "beoordelingsgesprek"},
    {"annual conversation", "entretien annuel", "jaargesprek"},
    {"staff conversation", "entretien individuel", "personeelsgesprek"},
    {"employability conversation", "entretien d'employabilité", "inzetbaarheidsgesprek"},
    {"working-until-retirement conversation", "entretien de maintien jusqu'à la retraite", "doorwerkgesprek"},
    {"development conversation", "entretien de développement", "ontwikkelgesprek"},
    {"periodic conversation", "entretien périodique", "periodiek gesprek"},
    {"invitation", "invitation", "uitnodiging"},
    {"employee's topics", "sujets du salarié", "onderwerpen medewerker"},
    {"preparation", "préparation", "voorbereiding"},
    {"written record", "compte rendu", "verslag"},
    {"employee's reaction", "réaction du salarié", "reactie"},
    {"personal development plan", "plan de développement personnel", "persoonlijk ontwikkelplan"},
    {"career advice", "conseil en carrière", "loopbaanadvies"},
    {"career scan", "bilan de carrière", "loopbaanscan"},
    {"training plan", "plan de formation", "opleidingsplan"},
    {"problem analysis", "analyse du problème", "probleemanalyse"},
    {"action plan", "plan d'action", "plan van aanpak"},
    {"action plan review", "évaluation du plan d'action", "evaluatie plan van aanpak"},
    {"42nd-week report to UWV", "déclaration de la 42e semaine à l'UWV", "melding 42e week"},
    {"first-year evaluation", "évaluation de la première année", "eerstejaarsevaluatie"},
    {"WIA application", "demande WIA", "WIA-aanvraag"},
    {"end of wage payment", "fin du maintien du salaire", "einde loondoorbetaling"},
    {"sick report to the company doctor", "déclaration de maladie au médecin du travail", "ziekmelding arbodienst"},
    {"13th-week report to UWV", "déclaration de la 13e semaine à l'UWV", "melding 13e week"},
    {"re-integration report", "rapport de réintégration", "re-integratieverslag"},
    {"second track", "deuxième voie", "tweede spoor"},
    {"early IVA application", "demande IVA anticipée", "vervroegde IVA-aanvraag"},
    {"UWV expert opinion", "avis d'expert de l'UWV", "deskundigenoordeel"},
    {"sick report at the end of the contract", "déclaration de maladie en fin de contrat", "ziekmelding einde dienstverband"},
    {"other reporting deadline to UWV", "autre délai de déclaration à l'UWV", "afwijkende meldtermijn"},
    {"career budget", "budget de carrière", "loopbaanbudget"},
}};

inline constexpr label_table<trigger_kind> trigger_labels{{
    {"hire", "embauche", "indiensttreding"},
    {"new law", "nouvelle loi", "nieuwe wet"},
    {"periodic", "périodique", "periodiek"},
    {"seniority", "ancienneté", "dienstjaren"},
    {"return from absence", "retour d'absence", "terugkeer na afwezigheid"},
    {"before leave", "avant le congé", "vóór het verlof"},
    {"end of mandate", "fin de mandat", "einde mandaat"},
    {"age", "âge", "leeftijd"},
    {"medical visit", "visite médicale", "medisch onderzoek"},
    {"request", "demande", "verzoek"},
    {"transfer", "transfert", "overgang"},
    {"transition", "disposition transitoire", "overgangsregeling"},
    {"conversation", "entretien", "gesprek"},
    {"sickness", "maladie", "ziekte"},
    {"years in the function", "années dans la fonction", "jaren in de functie"},
    {"certification", "certification", "certificering"},
    {"outcome", "suite d'entretien", "gespreksuitkomst"},
    {"review", "état des lieux", "terugblik"},
}};

inline constexpr label_table<status> status_labels{{
    {"met", "réalisé", "gehouden"},
    {"met late", "réalisé en retard", "te laat gehouden"},
    {"overdue", "en retard", "achterstallig"},
    {"due soon", "bientôt dû", "binnenkort"},
    {"upcoming", "à venir", "gepland"},
    {"not required", "non requis", "niet vereist"},
    {"advisory", "indicatif", "advies"},
    {"no record", "non enregistré", "niet geregistreerd"},
}};

inline constexpr label_table<finding_kind> finding_labels{{
    {"penalty", "pénalité", "boete"},
    {"no penalty", "pas de pénalité", "geen boete"},
    {"advisory", "à savoir", "advies"},
    {"missing", "donnée manquante", "ontbrekend gegeven"},
    {"entitlement", "droit", "aanspraak"},
}};

inline constexpr label_table<payee> payee_labels{{
    {"", "", ""},
    {"Caisse des dépôts", "Caisse des dépôts", "Caisse des dépôts"},
    {"training fund (OPCA)", "OPCA", "opleidingsfonds (OPCA)"},
    {"Treasury", "Trésor public", "Franse schatkist"},
    {"employee", "salarié", "werknemer"},
}};

// Every label from `from` on is given in the three languages (a table one entry short would
// leave the last enumerator blank).
template <std::size_t N>
constexpr bool complete(const std::array<labels, N>& t, std::size_t from = 0) {
    for (std::size_t i = from; i < N; ++i)
        if (t[i].en.empty() || t[i].fr.empty() || t[i].nl.empty()) return false;
    return true;
}
static_assert(complete(obligation_labels));
static_assert(complete(trigger_labels));
static_assert(complete(status_labels));
static_assert(complete(finding_labels));
static_assert(complete(payee_labels, 1));  // payee::none is no one

template <class E, std::size_t N>
constexpr std::string_view label_of(const std::array<labels, N>& table, E e, lang l) noexcept {
    return table[static_cast<std::size_t>(e)](l);
}

// The tool's own lines on standard error.
inline constexpr labels read_summary_label{"employees read", "salariés lus", "medewerkers gelezen"};
inline constexpr labels evaluated_label{"evaluated", "évalués", "beoordeeld"};
inline constexpr labels rejected_label{"rejected", "rejetés", "afgewezen"};
inline constexpr labels skipped_where_label{"skipped by --where", "écartés par --where",
                                            "overgeslagen door --where"};
inline constexpr labels events_rejected_label{"events rejected", "événements rejetés",
                                              "gebeurtenissen afgewezen"};
// "and 3 more": the words before and after the number.
inline constexpr labels and_label{"and", "et", "en nog"};
inline constexpr labels more_label{" more", " de plus", ""};
inline constexpr labels stopped_label{"stopped: input errors", "arrêt : erreurs dans les données",
                                      "gestopt: fouten in de invoer"};
inline constexpr labels warning_label{"warning", "avertissement", "waarschuwing"};

}  // namespace careertalk::cli
