// Invariants of the branch presets (careertalk/fr/idcc.hpp) over random facts: the properties
// of harness.hpp, as for fr::law (fr_law_test.cpp), with the presets' own event kinds
// (transfers, requests, outcomes) and dates drawn near their clauses' first days and the
// 2026-10-01 cap. CAREERTALK_INVARIANT_EMPLOYEES employees per preset (default 2,000).
#include <careertalk/fr/idcc.hpp>

#include "harness.hpp"

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;

namespace {

constexpr contract_kind contracts[] = {contract_kind::cdi, contract_kind::cdd,
                                       contract_kind::apprentissage};
constexpr absence_kind absences[] = {
    absence_kind::conge_maternite,          absence_kind::conge_adoption,
    absence_kind::conge_parental_education, absence_kind::conge_sabbatique,
    absence_kind::arret_longue_maladie,     absence_kind::arret_maladie,
    absence_kind::mandat_syndical,          absence_kind::conge_sans_solde};
constexpr obligation_kind interviews[] = {
    obligation_kind::entretien_professionnel, obligation_kind::entretien_professionnel,
    obligation_kind::etat_des_lieux, obligation_kind::entretien_parcours_professionnel,
    obligation_kind::entretien_parcours_professionnel, obligation_kind::entretien_retour,
    obligation_kind::entretien_fin_carriere};
constexpr year_month_day landmarks[] = {
    2019_y / jan / 1,  2020_y / jan / 31, 2020_y / sep / 18, 2021_y / feb / 5,
    2021_y / jun / 25, 2021_y / dec / 17, 2023_y / sep / 22, 2023_y / dec / 8,
    2024_y / jan / 1,  2025_y / oct / 26, 2026_y / jan / 8,  2026_y / feb / 6,
    2026_y / sep / 30, 2026_y / oct / 1};
// The law's own violations, reported by issue 9 (tests/invariants/fr_law_test.cpp): an
// agreement runs the same schedule, so they show here too. For the presets, "rule not in force
// on the trigger date" is also by design: a clause governs the deadlines that fall while it is
// in force, counted from an interview held before it (fr/agreements.hpp) [I].
constexpr std::string_view known_violations[] = {
    "rule not in force on the trigger date: etat_des_lieux",
    "rule not in force on the trigger date: entretien_parcours_professionnel",
    "rule not in force on the trigger date: entretien_professionnel",
    "rule not in force on the trigger date: information_embauche",
    "rule not in force on the trigger date: visite_mi_carriere",
    "rule not in force on the trigger date: entretien_fin_carriere",
    "window closes before it opens: etat_des_lieux",
    "held before its window: visite_mi_carriere",
    "held the day after the due date, not met_late: entretien_professionnel",
    "held the day after the due date, not met_late: entretien_parcours_professionnel",
    "gone once held: etat_des_lieux",
    "gone once held: entretien_professionnel",
    "gone once held: entretien_fin_carriere",
    "an exemption changed: entretien_parcours_professionnel",
    "an exemption changed: entretien_professionnel",
    "a held one changed: information_embauche",
    "appeared at a later as-of though due before the earlier: entretien_fin_carriere",
    "appeared at a later as-of though due before the earlier: etat_des_lieux",
    "a penalty changed at a later as-of: abondement_correctif",
};

void run_invariants(const fr::accord& preset) {
    const invariants::profile french{contracts, absences, interviews, landmarks, {}, {}};
    std::vector<invariants::facts> sample;
    const auto r = invariants::check_population(
        preset, french, invariants::employees_per_set(2000), &sample, known_violations);
    INFO(preset.name);
    if (!r.known.empty()) WARN("known violations of the law's schedule:\n" << r.known);
    if (!r.failed.empty()) FAIL(r.failed);
    REQUIRE(invariants::check_batch(preset, sample, 2026_y / nov / 23).empty());
}

}  // namespace

TEST_CASE("every branch preset holds the invariants") {
    for (const fr::accord* a : fr::idcc::all) run_invariants(*a);
}
