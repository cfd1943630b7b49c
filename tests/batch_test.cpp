// Tests of careertalk/batch.hpp: a parallel run gives the same results as a single-threaded
// one, each employee exactly once.
#include <careertalk/batch.hpp>

#include <vector>

#include "catch.hpp"
#include "toy_policy.hpp"

using namespace date::literals;

TEST_CASE("batch evaluation on 1 and 2 threads agree on every employee") {
    std::vector<careertalk::employee> people;
    for (int i = 0; i < 1000; ++i)
        people.push_back({.hire_date = careertalk::add_days(2000_y / jan / 1, i * 7)});
    people[500].hire_date = 2025_y / feb / 29;  // invalid: must still be visited once

    const careertalk::company co{};
    auto run = [&](unsigned threads) {
        std::vector<careertalk::year_month_day> due(people.size());
        std::vector<int> visits(people.size(), 0);
        careertalk::evaluate_batch(
            toy::policy{}, std::span<const careertalk::employee>{people},
            [&](std::size_t) -> const careertalk::company& { return co; }, 2026_y / nov / 23,
            [&](std::size_t i, const careertalk::evaluation& ev) {
                ++visits[i];
                if (ev.ok()) due[i] = ev.obligations[0].due_date;
            },
            threads);
        for (int v : visits) REQUIRE(v == 1);
        return due;
    };
    const auto one = run(1);
    const auto two = run(2);
    REQUIRE(one == two);
    REQUIRE(one[0] == 2002_y / jan / 1);
    REQUIRE(one[500] == careertalk::year_month_day{});
}
