// Tests of careertalk/nl/catalogue.hpp: policies by name for `--rules nl:<name>`, the
// company's CAO, and the Dutch rule sets.
#include <careertalk/catalogue.hpp>
#include <careertalk/evaluate.hpp>
#include <careertalk/nl/catalogue.hpp>

#include "catch.hpp"
#include "nl_support.hpp"

using namespace date::literals;
namespace ct = careertalk;
namespace nl = careertalk::nl;
using ok = ct::obligation_kind;

static_assert(nl::find_policy("cao-rijk")->source->id == nl::rijk.id);
static_assert(nl::find_policy("loopbaangesprek")->name == "loopbaangesprek");
static_assert(nl::find_policy("cycle-rolling")->yearly == nl::yearly_reading::rolling_12_months);
static_assert(nl::find_policy("nl:cao-rijk") == nullptr);
static_assert(nl::find_policy("") == nullptr);
static_assert(ct::policy_like<nl::company_cao>);

// Every preset is a valid policy, with a unique name.
static_assert([] {
    for (std::size_t i = 0; i < nl::policies.size(); ++i) {
        if (!nl::policies[i]->ok()) return false;
        for (std::size_t j = 0; j < i; ++j)
            if (nl::policy_names[i] == nl::policy_names[j]) return false;
    }
    return true;
}());

TEST_CASE("the names the CLI uses") {
    for (std::string_view name : {"loopbaangesprek", "cao-rijk", "sociaal-werk", "gehandicaptenzorg",
                                  "umc", "cao-nu", "waterschappen", "kinderopvang", "ggz",
                                  "cycle-calendar", "cycle-rolling", "wet"}) {
        const auto* p = nl::find_policy(name);
        REQUIRE(p);
        CHECK(p->name == name);
    }
}

TEST_CASE("company.cao picks the preset, none is statute only, an unknown one a diagnostic") {
    // No Dutch statute sets a periodic conversation (docs/nl/cao.md#no-statutory-conversation);
    // an unknown CAO is never silently replaced by statute alone (issue 16).
    const ct::employee e{.id = "C", .hire_date = 2015_y / jan / 5};
    const auto none = ct::evaluate(nl::company_cao{}, e, ct::company{}, 2025_y / jun / 1);
    REQUIRE(none.findings.size() == 1);
    CHECK(none.findings[0].missing == ct::missing_fact::policy);
    CHECK(none.obligations.size() == 0);

    const auto unknown = ct::evaluate(nl::company_cao{}, e, ct::company{.cao = "metalektro"},
                                      2025_y / jun / 1);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.diagnostics[0].record == ct::record_kind::company);
    CHECK(unknown.diagnostics[0].field == "cao");
    CHECK(unknown.obligations.size() == 0);

    const auto ggz = ct::evaluate(nl::company_cao{}, e, ct::company{.cao = "ggz"},
                                  2024_y / jun / 1);
    // The GGZ preset's term starts on 1 December 2021 (nl/cao.hpp), one jaargesprek per
    // calendar year: the first is 2021's, from 1 December.
    CHECK(nl_test::nth(ggz, ok::jaargesprek)->window_start == 2021_y / dec / 1);
    CHECK(nl_test::nth(ggz, ok::jaargesprek)->due_date == 2021_y / dec / 31);
    CHECK(nl_test::nth(ggz, ok::jaargesprek, 3)->due_date == 2024_y / dec / 31);
    CHECK(ggz.findings.size() == 0);
}

TEST_CASE("the Dutch rule sets are in the catalogue, each rule cited and dated") {
    bool statute = false, rijk = false;
    for (const ct::rule_set* s : ct::catalogue) {
        statute = statute || s->id == "nl";
        rijk = rijk || s->id == "nl:cao-rijk";
    }
    CHECK(statute);
    CHECK(rijk);
    for (const ct::rule_set* s : nl::rule_sets) {
        CHECK_FALSE(s->rules.empty());
        for (const ct::rule_ref* r : s->rules) {
            CHECK_FALSE(r->id.empty());
            CHECK_FALSE(r->citation.empty());
            CHECK(r->in_force.ok());
            CHECK_FALSE(r->title.nl.empty());
            CHECK_FALSE(r->title.fr.empty());
            CHECK_FALSE(r->title.en.empty());
        }
    }
}
