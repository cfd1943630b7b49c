// Tests of careertalk/fr/absences.hpp: the return list of L6315-1 I by version
// (docs/fr/readings.md#return-interviews), the long-illness
// rule of CSS R324-1, the early interview at the employee's request, the before-leave rights.
#include <careertalk/fr/absences.hpp>

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;
namespace rules = careertalk::fr::rules;

namespace {
constexpr absence ending(absence_kind k, year_month_day start, year_month_day last) {
    return absence{k, start, last};
}
}  // namespace

// The list in force on the resumption date (L6315-1 v2, v3, v4-v5, v6, v7).
static_assert(fr::return_list_on(2014_y / mar / 6) == nullptr);
static_assert(fr::return_list_on(2014_y / mar / 7) == &rules::retour_2014);
static_assert(fr::return_list_on(2016_y / aug / 9) == &rules::retour_2014);
static_assert(fr::return_list_on(2016_y / aug / 10) == &rules::retour_2016);
static_assert(fr::return_list_on(2018_y / dec / 31) == &rules::retour_2016);
static_assert(fr::return_list_on(2019_y / jan / 1) == &rules::retour_2019);
static_assert(fr::return_list_on(2025_y / oct / 25) == &rules::retour_2019);
static_assert(fr::return_list_on(2025_y / oct / 26) == &rules::retour_2025);
static_assert(fr::return_list_on(2025_y / dec / 30) == &rules::retour_2025);
static_assert(fr::return_list_on(2025_y / dec / 31) == &rules::retour_2026);

// An absence spanning two versions: the version at the resumption date decides.
static_assert(fr::return_interview(ending(absence_kind::conge_proche_aidant, 2016_y / may / 2,
                                          2016_y / aug / 8))
                  ->rule == &rules::retour_2014);
static_assert(fr::return_interview(ending(absence_kind::conge_proche_aidant, 2016_y / may / 2,
                                          2016_y / aug / 9))
                  ->rule == &rules::retour_2016);

// Arrêt maladie: listed only over six months (R324-1 "supérieurs à six mois").
static_assert(!fr::return_interview(ending(absence_kind::arret_maladie, 2026_y / jan / 10,
                                           2026_y / jul / 9)));  // resumes on start + 6 months
static_assert(fr::return_interview(ending(absence_kind::arret_maladie, 2026_y / jan / 10,
                                          2026_y / jul / 10)));
static_assert(fr::return_interview(ending(absence_kind::arret_longue_maladie, 2026_y / jan / 10,
                                          2026_y / feb / 10)));
// Paternité, présence parentale, unpaid leave: nothing.
static_assert(!fr::return_interview(ending(absence_kind::conge_paternite, 2026_y / jan / 10,
                                           2026_y / feb / 10)));
static_assert(!fr::return_interview(ending(absence_kind::conge_presence_parentale,
                                           2026_y / jan / 10, 2026_y / feb / 10)));
static_assert(!fr::return_interview(ending(absence_kind::conge_sans_solde, 2026_y / jan / 10,
                                           2026_y / feb / 10)));
// Accident du travail, maladie professionnelle: outside the list (L6315-1 I names the arrêt
// longue maladie of CSS L324-1, not the work-risk absences of CSS L411-1 and L461-1), however
// long; and not an absence that keeps the employee "away" for the list.
static_assert(!fr::return_interview(ending(absence_kind::accident_travail, 2025_y / jan / 10,
                                           2026_y / feb / 10)));
static_assert(!fr::return_interview(ending(absence_kind::maladie_professionnelle,
                                           2024_y / feb / 29, 2026_y / feb / 28)));
static_assert(!fr::away_on(ending(absence_kind::accident_travail, 2025_y / jan / 10,
                                  2026_y / feb / 10),
                           2025_y / dec / 31));
// Still running: no resumption date yet.
static_assert(!fr::return_interview(absence{absence_kind::conge_maternite, 2026_y / jan / 10, {}}));

// Congé supplémentaire de naissance: listed from v7 (2025-12-31), with L1225-46-7.
static_assert(fr::return_interview(ending(absence_kind::conge_supplementaire_naissance,
                                          2026_y / jan / 2, 2026_y / mar / 1))
                  ->article == &rules::l1225_46_7);

// Before the return at the employee's request: since 2019 for all; parental since 2014.
static_assert(fr::return_interview(ending(absence_kind::conge_sabbatique, 2018_y / jun / 1,
                                          2018_y / dec / 30))
                  ->window_start == 2018_y / dec / 31);
static_assert(fr::return_interview(ending(absence_kind::conge_sabbatique, 2018_y / jun / 1,
                                          2018_y / dec / 31))
                  ->window_start == 2018_y / jun / 1);
static_assert(fr::return_interview(ending(absence_kind::conge_parental_education,
                                          2015_y / jun / 1, 2016_y / may / 31))
                  ->window_start == 2015_y / jun / 1);
// The 12-month exemption applies to returns from 2025-10-26.
static_assert(!fr::return_interview(ending(absence_kind::conge_maternite, 2025_y / jun / 1,
                                           2025_y / oct / 24))
                   ->exemptable);
static_assert(fr::return_interview(ending(absence_kind::conge_maternite, 2025_y / jun / 1,
                                          2025_y / oct / 25))
                  ->exemptable);

// Solidarité familiale: its own L3142-11 right after, never exempted; before, since 2016.
static_assert(fr::return_interview(ending(absence_kind::conge_solidarite_familiale,
                                          2026_y / jan / 5, 2026_y / feb / 5))
                  ->rule == &rules::l3142_11);
static_assert(!fr::return_interview(ending(absence_kind::conge_solidarite_familiale,
                                           2026_y / jan / 5, 2026_y / feb / 5))
                   ->exemptable);
static_assert(fr::before_interview(absence{absence_kind::conge_proche_aidant, 2016_y / aug / 10, {}}) ==
              &rules::l3142_23);
static_assert(fr::before_interview(absence{absence_kind::conge_proche_aidant, 2016_y / aug / 9, {}}) ==
              nullptr);

// L2141-5 v3 (LEGIARTI000031085258, loi n° 2015-994) is in force from 2015-08-19: a mandate whose
// last day is 2015-08-18 owes the interview under L6315-1 I alone (docs/fr/readings.md#l2141-5).
static_assert(fr::own_article(absence_kind::mandat_syndical, 2015_y / aug / 18) == nullptr);
static_assert(fr::own_article(absence_kind::mandat_syndical, 2015_y / aug / 19) == &rules::l2141_5);
static_assert(fr::return_interview(
                  absence{absence_kind::mandat_syndical, 2012_y / jan / 2, 2015_y / aug / 18})
                  ->article == nullptr);
static_assert(fr::return_interview(
                  absence{absence_kind::mandat_syndical, 2012_y / jan / 2, 2015_y / aug / 19})
                  ->article == &rules::l2141_5);

TEST_CASE("the own articles named in advisories") {
    constexpr auto d = 2026_y / jan / 1;
    REQUIRE(fr::own_article(absence_kind::conge_maternite, d) == &rules::l1225_27);
    REQUIRE(fr::own_article(absence_kind::conge_adoption, d) == &rules::l1225_46_1);
    REQUIRE(fr::own_article(absence_kind::temps_partiel_parental, d) == &rules::l1225_57);
    REQUIRE(fr::own_article(absence_kind::mobilite_volontaire_securisee, d) == &rules::l1222_14);
    REQUIRE(fr::own_article(absence_kind::conge_sabbatique, d) == &rules::l3142_31);
    REQUIRE(fr::own_article(absence_kind::arret_longue_maladie, d) == nullptr);
    REQUIRE(fr::excluded_from_seniority(absence_kind::conge_sabbatique));
    REQUIRE_FALSE(fr::excluded_from_seniority(absence_kind::conge_maternite));
}
