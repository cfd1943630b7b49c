// Tests of careertalk/facts.hpp: records are constexpr aggregates over the host's storage.
#include <careertalk/facts.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <array>

#include "catch.hpp"

using namespace date::literals;

// The resumption date is the day after the last day absent (fr-law.md E4: maternity leave
// ending 2026-04-19, resumption 2026-04-20).
static_assert(careertalk::absence{careertalk::absence_kind::conge_maternite, 2025_y / dec / 29,
                                  2026_y / apr / 19}
                  .resumption() == 2026_y / apr / 20);
static_assert(!careertalk::absence{careertalk::absence_kind::arret_maladie, 2026_y / jan / 10,
                                   std::nullopt}
                   .resumption());

constexpr std::array<careertalk::interview, 2> held{{
    {careertalk::obligation_kind::entretien_professionnel, 2022_y / jan / 3},
    {careertalk::obligation_kind::entretien_professionnel, 2024_y / jan / 2},
}};
constexpr careertalk::employee e2{.id = "E2", .hire_date = 2020_y / jan / 6, .interviews = held};
static_assert(e2.interviews.size() == 2 && e2.interviews[1].date == 2024_y / jan / 2);
static_assert(e2.contract == careertalk::contract_kind::cdi);

TEST_CASE("kinds print their legal names through Boost.Describe") {
    using boost::describe::enum_to_string;
    REQUIRE(std::string_view{enum_to_string(careertalk::absence_kind::conge_proche_aidant, "")} ==
            "conge_proche_aidant");
    REQUIRE(std::string_view{enum_to_string(
                careertalk::obligation_kind::entretien_parcours_professionnel, "")} ==
            "entretien_parcours_professionnel");
    REQUIRE(std::string_view{enum_to_string(careertalk::contract_kind::bepaalde_tijd, "")} ==
            "bepaalde_tijd");
}
