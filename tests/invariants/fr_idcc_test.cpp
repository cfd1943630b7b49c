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

// Any violation fails (issue 9). CAREERTALK_INVARIANT_SURVEY=1 lists
// every category with a shrunk example.
void run_invariants(const fr::accord& preset) {
    const invariants::profile french{contracts, absences, interviews, landmarks, {}, {}};
    std::vector<invariants::facts> sample;
    const auto r = invariants::check_population(
        preset, french, invariants::employees_per_set(2000), &sample);
    INFO(preset.name);
    if (!r.empty()) FAIL_CHECK(r);  // and go on with the other presets
    REQUIRE(invariants::check_batch(preset, sample, 2026_y / nov / 23).empty());
}

}  // namespace

TEST_CASE("every branch preset holds the invariants") {
    for (const fr::accord* a : fr::idcc::all) run_invariants(*a);
}
