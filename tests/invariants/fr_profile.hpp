// The random French careers of the invariant tests (fr_law_test.cpp) and of the benchmark's
// W1 proof: contracts, absences and interviews of the 2014 and 2025 laws, dates drawn near the
// regime edges.
#pragma once

#include "harness.hpp"

namespace invariants::fr_profile {

using namespace date::literals;
using namespace careertalk;

inline constexpr contract_kind contracts[] = {
    contract_kind::cdi, contract_kind::cdd, contract_kind::interim, contract_kind::apprentissage,
    contract_kind::professionnalisation};
inline constexpr absence_kind absences[] = {
    absence_kind::conge_maternite,          absence_kind::conge_adoption,
    absence_kind::conge_supplementaire_naissance, absence_kind::conge_paternite,
    absence_kind::conge_parental_education, absence_kind::temps_partiel_parental,
    absence_kind::conge_proche_aidant,      absence_kind::conge_solidarite_familiale,
    absence_kind::conge_sabbatique,         absence_kind::mobilite_volontaire_securisee,
    absence_kind::arret_longue_maladie,     absence_kind::arret_maladie,
    absence_kind::mandat_syndical,          absence_kind::conge_presence_parentale,
    absence_kind::conge_sans_solde,         absence_kind::accident_travail,
    absence_kind::maladie_professionnelle};
inline constexpr obligation_kind interviews[] = {
    obligation_kind::entretien_professionnel, obligation_kind::entretien_professionnel,
    obligation_kind::etat_des_lieux, obligation_kind::entretien_parcours_professionnel,
    obligation_kind::entretien_parcours_professionnel, obligation_kind::entretien_retour,
    obligation_kind::entretien_avant_conge, obligation_kind::entretien_mi_carriere,
    obligation_kind::entretien_fin_carriere, obligation_kind::entretien_deuxieme_partie_carriere,
    obligation_kind::bilan_etape_professionnel, obligation_kind::information_embauche};
// Regime edges (docs/fr/readings.md): ANI 2003, DIF, 2009 law, 2014 law, CPF, 2018 law, COVID
// window, sanctions, R6323-3 IV, 2025 reform and its transition.
inline constexpr year_month_day landmarks[] = {
    2003_y / dec / 5,  2004_y / may / 7,  2009_y / nov / 26, 2014_y / mar / 7,
    2015_y / jan / 1,  2019_y / jan / 1,  2020_y / jan / 1,  2021_y / jun / 30,
    2021_y / sep / 30, 2021_y / oct / 1,  2022_y / jan / 1,  2025_y / oct / 26,
    2026_y / sep / 30, 2026_y / oct / 1};

inline const profile french{contracts, absences, interviews, landmarks, {}, {}};

}  // namespace invariants::fr_profile
