// Tests of careertalk/evaluate.hpp: facts are validated before a policy runs, a policy that
// is not ok() gives an error result, and the whole path is constexpr.
#include <careertalk/evaluate.hpp>

#include "catch.hpp"
#include "toy_policy.hpp"

using namespace date::literals;

static_assert(careertalk::policy_like<toy::policy>);
static_assert(!careertalk::policy_like<int>);

constexpr careertalk::employee hired_on_leap_day{.id = "L", .hire_date = 2024_y / feb / 29};

// The toy policy's deadline is hire + 2 years, clamped (29 Feb 2024 -> 28 Feb 2026).
static_assert(careertalk::evaluate(toy::policy{}, hired_on_leap_day, careertalk::company{},
                                   2026_y / nov / 23)
                  .obligations[0]
                  .due_date == 2026_y / feb / 28);
static_assert(careertalk::evaluate(toy::policy{}, hired_on_leap_day, careertalk::company{},
                                   2026_y / nov / 23)
                  .obligations[0]
                  .state == careertalk::status::advisory);  // its date is a library default

TEST_CASE("invalid facts produce diagnostics and no obligation") {
    const careertalk::employee bad{.id = "B", .hire_date = 2025_y / feb / 29};
    const auto ev = careertalk::evaluate(toy::policy{}, bad, careertalk::company{},
                                         2026_y / nov / 23);
    REQUIRE_FALSE(ev.ok());
    REQUIRE(ev.obligations.empty());
    REQUIRE(ev.diagnostics[0].code == careertalk::diagnostic_code::invalid_date);
}

TEST_CASE("a policy that is not ok gives an error result at run time") {
    const auto ev = careertalk::evaluate(toy::policy{5}, hired_on_leap_day, careertalk::company{},
                                         2026_y / nov / 23);
    REQUIRE(ev.obligations.empty());
    REQUIRE(ev.diagnostics.size() == 1);
    REQUIRE(ev.diagnostics[0].code == careertalk::diagnostic_code::policy_not_ok);
}

TEST_CASE("an invalid as-of date is an error, not a date") {
    const auto ev = careertalk::evaluate(toy::policy{}, hired_on_leap_day, careertalk::company{},
                                         2026_y / feb / 30);
    REQUIRE(ev.obligations.empty());
    REQUIRE(ev.diagnostics[0].field == "as_of");
}

TEST_CASE("a reused evaluation forgets the previous employee") {
    careertalk::evaluation ev{};
    careertalk::evaluate_into(toy::policy{}, careertalk::employee{.hire_date = 2025_y / feb / 29},
                              careertalk::company{}, 2026_y / nov / 23, ev);
    REQUIRE_FALSE(ev.ok());
    careertalk::evaluate_into(toy::policy{}, hired_on_leap_day, careertalk::company{},
                              2026_y / nov / 23, ev);
    REQUIRE(ev.ok());
    REQUIRE(ev.obligations.size() == 1);
}
