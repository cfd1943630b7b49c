// careertalk/fr/catalogue.hpp: the French rule set of the interview schedule (2014 to today),
// for `careertalk rules` and the rule book. The abondement and regime A have their own sets.
#pragma once

#include <careertalk/fr/versions.hpp>

namespace careertalk::inline v0::fr {

namespace rules {
inline constexpr const rule_ref* schedule_all[] = {
    &information_2014, &information_2025, &periodique_2014, &debut_2014, &premiere_annee_2025,
    &periodique_2025, &accord_2019, &accord_2025, &accords_anterieurs, &accord_direct,
    &accord_2222, &transition_2025, &premiere_annee_direct, &premiere_annee_2222, &covid_report,
    &covid_tolerance_2021, &etat_des_lieux_2014, &etat_des_lieux_2025, &tolerance_9_ans,
    &anciennete_suspensions, &retour_2014, &retour_2016, &retour_2019, &retour_2025,
    &retour_2026, &exemption_12_mois, &arret_longue_maladie, &l1225_27, &l1225_46_1,
    &l1225_46_7, &l1225_57, &l1222_14, &l3142_31, &l3142_11, &l3142_23, &l2141_5, &l6315_2,
    &visite_mi_carriere, &mi_carriere, &fin_carriere, &fin_carriere_administrative,
    &contrat_court, &fin_emploi, &retour_delai, &retour_anticipe, &absent_au_retour};
}  // namespace rules

// `--rules fr`: the schedule of the 2014 and 2025 laws (named readings: fr/law.hpp policies).
inline constexpr rule_set schedule_set{
    .id = "fr"_ct,
    .title = {.en = "France: entretien professionnel (2014) and entretien de parcours "
                    "professionnel (2025)"_ct,
              .fr = "France : entretien professionnel (2014) et entretien de parcours "
                    "professionnel (2025)"_ct,
              .nl = "Frankrijk: loopbaangesprek (2014) en loopbaantrajectgesprek (2025)"_ct},
    .rules = rules::schedule_all};

}  // namespace careertalk::fr
