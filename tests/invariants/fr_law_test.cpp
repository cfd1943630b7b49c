// Invariants of careertalk::fr::law and its named readings over random facts (issue 9); the
// properties are in harness.hpp. Each policy gets CAREERTALK_INVARIANT_EMPLOYEES employees
// (default 25,000: 100,000 for the French law per CI run).
#include <careertalk/fr/law.hpp>

#include "harness.hpp"

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;

namespace {

constexpr contract_kind contracts[] = {contract_kind::cdi, contract_kind::cdd, contract_kind::interim,
                                       contract_kind::apprentissage,
                                       contract_kind::professionnalisation};
constexpr absence_kind absences[] = {
    absence_kind::conge_maternite,          absence_kind::conge_adoption,
    absence_kind::conge_supplementaire_naissance, absence_kind::conge_paternite,
    absence_kind::conge_parental_education, absence_kind::temps_partiel_parental,
    absence_kind::conge_proche_aidant,      absence_kind::conge_solidarite_familiale,
    absence_kind::conge_sabbatique,         absence_kind::mobilite_volontaire_securisee,
    absence_kind::arret_longue_maladie,     absence_kind::arret_maladie,
    absence_kind::mandat_syndical,          absence_kind::conge_presence_parentale,
    absence_kind::conge_sans_solde,         absence_kind::accident_travail,
    absence_kind::maladie_professionnelle};
constexpr obligation_kind interviews[] = {
    obligation_kind::entretien_professionnel, obligation_kind::entretien_professionnel,
    obligation_kind::etat_des_lieux, obligation_kind::entretien_parcours_professionnel,
    obligation_kind::entretien_parcours_professionnel, obligation_kind::entretien_retour,
    obligation_kind::entretien_avant_conge, obligation_kind::entretien_mi_carriere,
    obligation_kind::entretien_fin_carriere, obligation_kind::entretien_deuxieme_partie_carriere,
    obligation_kind::bilan_etape_professionnel, obligation_kind::information_embauche};
// Regime edges (docs/fr/readings.md): ANI 2003, DIF, 2009 law, 2014 law, CPF, 2018 law, COVID
// window, sanctions, R6323-3 IV, 2025 reform and its transition.
constexpr year_month_day landmarks[] = {
    2003_y / dec / 5,  2004_y / may / 7,  2009_y / nov / 26, 2014_y / mar / 7,
    2015_y / jan / 1,  2019_y / jan / 1,  2020_y / jan / 1,  2021_y / jun / 30,
    2021_y / sep / 30, 2021_y / oct / 1,  2022_y / jan / 1,  2025_y / oct / 26,
    2026_y / sep / 30, 2026_y / oct / 1};

// Any violation fails (issue 9). CAREERTALK_INVARIANT_SURVEY=1 lists
// every category with a shrunk example.
const invariants::profile french{contracts, absences, interviews, landmarks, {}, {}};

// Model F counts the periodic interviews in fixed periods from hire: one held the day after a
// due date belongs to the next period (CDC FAQ; clock_model::fixed, fr/schedule.hpp).
bool fixed_period(const obligation& o) {
    return o.kind == obligation_kind::entretien_professionnel ||
           o.kind == obligation_kind::entretien_parcours_professionnel;
}

void run_invariants(const fr::law_policy& policy, std::string_view name) {
    std::vector<invariants::facts> sample;
    const auto r = invariants::check_population(
        policy, french, invariants::employees_per_set(25000), &sample,
        policy.clock == fr::clock_model::fixed ? fixed_period : nullptr);
    INFO("fr:" << name);
    if (!r.empty()) FAIL(r);
    REQUIRE(invariants::check_batch(policy, sample, 2026_y / nov / 23).empty());
}

}  // namespace

TEST_CASE("fr:law holds the invariants") { run_invariants(fr::law, "law"); }
TEST_CASE("fr:ministry holds the invariants") { run_invariants(fr::ministry, "ministry"); }
TEST_CASE("fr:literal holds the invariants") { run_invariants(fr::literal, "literal"); }
TEST_CASE("fr:anniversaries holds the invariants") {
    run_invariants(fr::anniversaries, "anniversaries");
}
TEST_CASE("fr:law under a 2-year agreement holds the invariants") {
    run_invariants(fr::law.with_cycle(24), "law.with_cycle(24)");
}

// C. trav. L6315-1 I lists the absences after which the interview is owed; among sick leaves
// only the arrêt longue maladie of CSS L324-1. Over random careers whose absences are all work
// accidents or occupational diseases (CSS L411-1, L461-1), however long, no return interview is
// owed, under every reading (docs/cli/input.md#work-accidents-and-occupational-diseases).
TEST_CASE("no return interview after a work accident or an occupational disease") {
    constexpr absence_kind work_risk[] = {absence_kind::accident_travail,
                                          absence_kind::maladie_professionnelle};
    const invariants::profile only_work_risk{contracts, work_risk, interviews, landmarks, {}, {}};
    for (const fr::law_policy* policy : {&fr::law, &fr::ministry, &fr::literal}) {
        std::vector<invariants::facts> sample;
        const auto r = invariants::check_population(*policy, only_work_risk,
                                                    invariants::employees_per_set(2000), &sample);
        if (!r.empty()) FAIL(r);
        std::size_t with_absence = 0;
        for (const invariants::facts& f : sample) {
            with_absence += !f.absences.empty();
            const evaluation ev = evaluate(*policy, f.view(), f.company_view(), f.as_of);
            for (const obligation& o : ev.obligations)
                CHECK(o.kind != obligation_kind::entretien_retour);
        }
        CHECK(with_absence > 0);  // the sample has such absences to test
    }
}
