// Tests of careertalk/results.hpp: statuses at the edges of a deadline, agendas built from
// parts, and an evaluation that reports overflow instead of dropping results.
#include <careertalk/results.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <array>
#include <memory>

#include "catch.hpp"

using namespace date::literals;
using careertalk::status;
using careertalk::status_on;

constexpr auto due = 2027_y / mar / 2;  // hired 2026-03-02: first EPP due 2027-03-02 (L6315-1 I al. 1 v7)
// Held on the due date is met; the day after is met late.
static_assert(status_on(due, 2027_y / mar / 2, 2030_y / jan / 1) == status::met);
static_assert(status_on(due, 2027_y / mar / 3, 2030_y / jan / 1) == status::met_late);
static_assert(status_on(due, 2027_y / mar / 1, 2030_y / jan / 1) == status::met);
// Not held: overdue only after the due date; due soon within 90 days.
static_assert(status_on(due, std::nullopt, 2027_y / mar / 2) == status::due_soon);
static_assert(status_on(due, std::nullopt, 2027_y / mar / 3) == status::overdue);
static_assert(status_on(due, std::nullopt, 2026_y / dec / 2) == status::due_soon);  // 90 days
static_assert(status_on(due, std::nullopt, 2026_y / dec / 1) == status::upcoming);  // 91 days
static_assert(status_on(due, std::nullopt, 2026_y / dec / 1, 120) == status::due_soon);

// evaluation's real size (58,656 bytes, about 57 KiB, with g++ 12 and clang++ on x86-64; the
// README and results.hpp quote it): a range, so that another ABI's padding does not fail it.
static_assert(sizeof(careertalk::evaluation) >= 52 * 1024 &&
                  sizeof(careertalk::evaluation) <= 64 * 1024,
              "update the size quoted in README.md (Embedding) and results.hpp");

constexpr careertalk::rule_ref r{.id = "t", .citation = "test"};
constexpr std::array<careertalk::agenda_item, 2> base{{
    {"t.1", &r, {"one", "un", "een"}},
    {"t.2", &r, {"two", "deux", "twee"}},
}};
constexpr std::array<careertalk::agenda_item, 1> extra{{{"t.3", &r, {"three", "trois", "drie"}}}};

constexpr bool agenda_reads_parts_in_order() {
    careertalk::agenda a{base};
    a.add(extra);
    a.add({});  // an empty part adds nothing
    std::string_view ids[3];
    int n = 0;
    for (const auto& item : a) ids[n++] = item.id;
    return a.size() == 3 && n == 3 && ids[0] == "t.1" && ids[1] == "t.2" && ids[2] == "t.3";
}
static_assert(agenda_reads_parts_in_order());
static_assert(careertalk::agenda{}.begin() == careertalk::agenda{}.end());

constexpr bool agenda_clears() {  // a reused obligation's agenda starts empty (issue 8)
    careertalk::agenda a{base};
    a.add(extra);
    a.clear();
    a.add(extra);
    return a.size() == 1 && (*a.begin()).id == "t.3";
}
static_assert(agenda_clears());

TEST_CASE("an evaluation that overflows says so in one diagnostic") {
    auto ev = std::make_unique<careertalk::evaluation>();
    for (std::size_t i = 0; i < careertalk::max_obligations + 5; ++i)
        ev->add(careertalk::obligation{});
    REQUIRE(ev->obligations.size() == careertalk::max_obligations);
    REQUIRE_FALSE(ev->ok());
    REQUIRE(ev->diagnostics.size() == 1);
    REQUIRE(ev->diagnostics[0].code == careertalk::diagnostic_code::capacity_exceeded);
    ev->clear(2026_y / nov / 23);
    REQUIRE(ev->ok());
    REQUIRE(ev->obligations.empty());
}

TEST_CASE("statuses print their ids") {
    REQUIRE(std::string_view{boost::describe::enum_to_string(status::met_late, "")} ==
            "met_late");
    REQUIRE(std::string_view{boost::describe::enum_to_string(status::not_required, "")} ==
            "not_required");
}

// A date the law does not set is never legally overdue: past it, a library default is an
// advisory, while a statutory deadline stays overdue (rule.hpp basis_of, results.hpp).
constexpr careertalk::rule_ref statutory{.id = "t.statute", .basis = careertalk::authority::statute};
constexpr careertalk::rule_ref chosen{.id = "t.default",
                                      .basis = careertalk::authority::interpretation};
constexpr careertalk::status marked(careertalk::rule_ptr rule, careertalk::rule_ptr deadline) {
    careertalk::evaluation ev{};
    careertalk::obligation o{};
    o.state = status::overdue;
    o.rule = rule;
    o.deadline_rule = deadline;
    ev.add(o);
    careertalk::mark_advisories(ev);
    return ev.obligations[0].state;
}
static_assert(marked(&statutory, nullptr) == status::overdue);
static_assert(marked(&chosen, nullptr) == status::advisory);
static_assert(marked(&statutory, &chosen) == status::advisory);  // owed by law, date by choice
static_assert(marked(&chosen, &statutory) == status::overdue);
static_assert(careertalk::basis_of(careertalk::authority::agreement) == careertalk::basis::cao);
static_assert(careertalk::basis_name(careertalk::basis::library_default) == "library default");
