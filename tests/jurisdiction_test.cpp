// Tests of the jurisdiction check (issue 18): every policy type says its country; a company
// whose facts name the other country's collective agreement gets a diagnostic naming the
// field, never ok() with results. The compile-time half is tests/compile_fail/wrong_jurisdiction.
#include <careertalk/careertalk.hpp>
#include <careertalk/nl/catalogue.hpp>

#include "catch.hpp"

using namespace date::literals;
namespace ct = careertalk;

static_assert(ct::fr::law_policy::jurisdiction == ct::jurisdiction::fr);
static_assert(ct::fr::accord::jurisdiction == ct::jurisdiction::fr);
static_assert(ct::fr::regime_a_policy::jurisdiction == ct::jurisdiction::fr);
static_assert(ct::nl::conversation_policy::jurisdiction == ct::jurisdiction::nl);
static_assert(ct::nl::company_cao::jurisdiction == ct::jurisdiction::nl);
static_assert(ct::has_jurisdiction<ct::fr::law_policy> && !ct::has_jurisdiction<ct::employee>);

namespace {
constexpr ct::employee e{.id = "E1", .hire_date = 2020_y / jan / 6};
constexpr auto on = 2026_y / jan / 5;

// One diagnostic on the company record, on `field`, and no obligation.
void require_wrong_jurisdiction(const ct::evaluation& ev, std::string_view field) {
    REQUIRE_FALSE(ev.ok());
    REQUIRE(ev.obligations.empty());
    REQUIRE(ev.findings.empty());
    REQUIRE(ev.diagnostics.size() == 1);
    REQUIRE(ev.diagnostics[0].code == ct::diagnostic_code::wrong_jurisdiction);
    REQUIRE(ev.diagnostics[0].record == ct::record_kind::company);
    REQUIRE(ev.diagnostics[0].field == field);
}
}  // namespace

// Constant evaluation too: the check is constexpr.
static_assert(!ct::evaluate(ct::fr::law, e, ct::company{.cao = "cao-rijk"}, on).ok());

TEST_CASE("a company with a CAO under French law is a diagnostic on cao") {
    require_wrong_jurisdiction(ct::evaluate(ct::fr::law, e, ct::company{.cao = "cao-rijk"}, on),
                               "cao");
    require_wrong_jurisdiction(ct::evaluate(ct::fr::pre_2014, e, ct::company{.cao = "x"}, on),
                               "cao");
    const auto next = ct::fr::next_due(ct::fr::law, e, ct::company{.cao = "cao-rijk"}, on);
    REQUIRE_FALSE(next.ok());
    REQUIRE_FALSE(next.interview);
    REQUIRE(next.invalid->code == ct::diagnostic_code::wrong_jurisdiction);
}

TEST_CASE("a company with an IDCC under a Dutch policy is a diagnostic on idcc") {
    require_wrong_jurisdiction(ct::evaluate(ct::nl::cao_rijk, e, ct::company{.idcc = 3043}, on),
                               "idcc");
    require_wrong_jurisdiction(
        ct::evaluate(ct::nl::company_cao{}, e, ct::company{.idcc = 1527}, on), "idcc");
}

TEST_CASE("each country's facts under its own policy are evaluated") {
    REQUIRE(ct::evaluate(ct::fr::law, e, ct::company{.idcc = 3043}, on).ok());
    REQUIRE(ct::evaluate(ct::nl::company_cao{}, e, ct::company{.cao = "cao-rijk"}, on).ok());
    REQUIRE_FALSE(ct::evaluate(ct::fr::law, e, ct::company{}, on).obligations.empty());
}
