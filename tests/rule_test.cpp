// Tests of careertalk/rule.hpp: rules carry a citation, a period in force and labels.
#include <careertalk/rule.hpp>

#include "catch.hpp"

using namespace date::literals;

constexpr careertalk::rule_ref l6315_1_v5{
    .id = "test.L6315-1.v5",
    .citation = "C. trav., art. L6315-1, I (v5, LEGIARTI000038610069)",
    .in_force = careertalk::inclusive(2020_y / jan / 1, 2025_y / oct / 25),
    .title = {.en = "Professional interview", .fr = "Entretien professionnel",
              .nl = "Professioneel gesprek"}};

// Légifrance (tests/data/legi): v5 is in force 2020-01-01 -> 2025-10-25, both days included.
static_assert(l6315_1_v5.in_force_on(2020_y / jan / 1));
static_assert(l6315_1_v5.in_force_on(2025_y / oct / 25));
static_assert(!l6315_1_v5.in_force_on(2025_y / oct / 26));
static_assert(!l6315_1_v5.in_force_on(2019_y / dec / 31));
static_assert(l6315_1_v5.title(careertalk::lang::fr) == "Entretien professionnel");
static_assert(l6315_1_v5.title(careertalk::lang::nl) == "Professioneel gesprek");
static_assert(l6315_1_v5.title(careertalk::lang::en) == "Professional interview");

// The tables' "..."_ct: the same text as std's sv, the length from the literal (an embedded NUL
// is kept, where strlen would stop). careertalk brings no `sv` of its own, so a host that opens
// both namespaces, or defines its own `sv`, sees no ambiguity.
namespace uses_both {
using namespace careertalk;
using namespace std::literals;
static_assert("Entretien professionnel"sv == l6315_1_v5.title.fr);
static_assert("a\0b"_ct.size() == 3);
static_assert("a\0b"_ct == "a\0b"sv);
}  // namespace uses_both


TEST_CASE("the conventions rule set lists rules that have ids, citations and labels") {
    const auto& set = careertalk::conventions::set;
    REQUIRE(set.rules.size() == 2);
    for (const careertalk::rule_ref* r : set.rules) {
        REQUIRE_FALSE(r->id.empty());
        REQUIRE_FALSE(r->citation.empty());
        REQUIRE(r->in_force.ok());
        for (auto l : {careertalk::lang::en, careertalk::lang::fr, careertalk::lang::nl})
            REQUIRE_FALSE(r->title(l).empty());
    }
}
