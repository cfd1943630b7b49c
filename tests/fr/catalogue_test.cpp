// Tests of careertalk/fr/catalogue.hpp: the `fr` rule set lists every rule the schedule cites,
// each with a citation, an in-force period and labels; it is in careertalk::catalogue.
#include <careertalk/catalogue.hpp>
#include <careertalk/fr/catalogue.hpp>
#include <careertalk/fr/law.hpp>

#include "catch.hpp"
#include "fr_support.hpp"

#include <algorithm>
#include <set>

using namespace date::literals;
using namespace careertalk;

TEST_CASE("the fr set is complete and well formed") {
    REQUIRE(fr::schedule_set.id == "fr");
    REQUIRE(std::find(catalogue.begin(), catalogue.end(), &fr::schedule_set) != catalogue.end());
    std::set<std::string_view> ids;
    for (const rule_ref* r : fr::schedule_set.rules) {
        CAPTURE(r->id);
        REQUIRE(ids.insert(r->id).second);
        REQUIRE_FALSE(r->citation.empty());
        REQUIRE(r->in_force.ok());
        REQUIRE_FALSE(r->title.en.empty());
        REQUIRE_FALSE(r->title.fr.empty());
        REQUIRE_FALSE(r->title.nl.empty());
    }
}

TEST_CASE("every rule an evaluation cites is in a catalogued set") {
    const absence leaves[] = {{absence_kind::conge_proche_aidant, 2026_y / mar / 1, 2026_y / may / 31}};
    const interview held[] = {{obligation_kind::entretien_professionnel, 2019_y / mar / 1},
                              {obligation_kind::etat_des_lieux, 2022_y / apr / 28}};
    const medical_visit visit[] = {{visit_kind::mi_carriere, 2026_y / jan / 5}};
    const employee e{.hire_date = 2012_y / may / 2, .birth_date = 1981_y / jan / 3,
                     .absences = leaves, .interviews = held, .medical_visits = visit};
    const auto ev = evaluate(fr::law, e, company{.headcount = 120}, 2026_y / nov / 23);
    REQUIRE(ev.ok());
    const auto listed = [](const rule_ref* r) {
        for (const rule_set* s : catalogue)
            for (const rule_ref* x : s->rules)
                if (x == r) return true;
        return false;
    };
    for (const obligation& o : ev.obligations) {
        CAPTURE(o.rule->id);
        REQUIRE(listed(o.rule));
        for (const rule_ref* r : o.why) {
            CAPTURE(r->id);
            REQUIRE(listed(r));
        }
    }
}
