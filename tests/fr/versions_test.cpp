// Tests of careertalk/fr/versions.hpp: the key dates and the periods in force of the rules
// (tests/data/legi/code_du_travail.json, docs/fr/readings.md#citations).
#include <careertalk/fr/versions.hpp>

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;
namespace rules = careertalk::fr::rules;

static_assert(fr::loi_2014 == 2014_y / mar / 7);
static_assert(fr::loi_2025 == 2025_y / oct / 26);
static_assert(fr::lfss_2026 == 2025_y / dec / 31);
static_assert(fr::accords_2026 == 2026_y / oct / 1);
// L6315-1 v5 ends on 2025-10-25, v6 starts on 2025-10-26.
static_assert(rules::periodique_2014.in_force_on(2025_y / oct / 25));
static_assert(!rules::periodique_2014.in_force_on(2025_y / oct / 26));
static_assert(rules::periodique_2025.in_force_on(2025_y / oct / 26));
// v6 return list until 2025-12-30, v7 from 2025-12-31.
static_assert(rules::retour_2025.in_force_on(2025_y / dec / 30));
static_assert(!rules::retour_2025.in_force_on(2025_y / dec / 31));
static_assert(rules::retour_2026.in_force_on(2025_y / dec / 31));
// Ord. 2020-1501 covers deadlines up to 2021-06-30 inclusive.
static_assert(rules::covid_report.in_force_on(2021_y / jun / 30));
static_assert(!rules::covid_report.in_force_on(2021_y / jul / 1));

TEST_CASE("citations name the article and, for L6315-1, the LEGIARTI id of the version") {
    REQUIRE(rules::periodique_2025.citation.find("LEGIARTI000053279288") != std::string_view::npos);
    REQUIRE(rules::etat_des_lieux_2014.citation.find("LEGIARTI000038610069") != std::string_view::npos);
    REQUIRE(rules::visite_mi_carriere.citation.find("L4624-2-2") != std::string_view::npos);
}
