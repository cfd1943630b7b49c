// Tests of careertalk/nl/policy.hpp: the policy model, its ok() checks, eligibility, and
// "no Dutch due date without a configured policy" (docs/nl/cao.md#no-statutory-conversation, E18).
#include <careertalk/evaluate.hpp>
#include <careertalk/nl/policy.hpp>

#include "catch.hpp"
#include "nl_support.hpp"

using namespace date::literals;
namespace ct = careertalk;
namespace nl = careertalk::nl;
using ok = ct::obligation_kind;

namespace fixture {

inline constexpr ct::rule_ref house{
    .id = "test.house", .citation = "test fixture: a house policy",
    .in_force = {2020_y / jan / 1, ct::open_end}, .title = {"House", "Maison", "Huis"},
    .basis = ct::authority::practice};

inline constexpr nl::conversation rolling_12[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house, .every = nl::rhythm::rolling,
     .interval = nl::months(12)}};
inline constexpr nl::conversation rolling_0[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house, .every = nl::rhythm::rolling}};
inline constexpr nl::conversation leads_without_rule[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house, .leads = {.invitation = nl::weeks(3)}}};
inline constexpr nl::conversation response_without_request[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house, .response = nl::weeks(6)}};
inline constexpr nl::conversation bad_window[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house, .every = nl::rhythm::yearly,
     .first_month = 3, .last_month = 2}};
inline constexpr nl::conversation bad_ages[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house, .who = {.min_age = 35, .below_age = 35}}};
// A library-default date must name its rule; "once a year" limits requests only.
inline constexpr nl::conversation first_without_rule[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house, .every = nl::rhythm::rolling,
     .interval = nl::months(12), .first = nl::months(2)}};
inline constexpr nl::conversation once_a_year_without_request[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house, .once_a_year = true}};
inline constexpr nl::conversation record_deadline_rule_without_deadline[] = {
    {.kind = ok::ontwikkelgesprek, .rule = &house,
     .record = {.required = true, .rule = &house, .deadline_rule = &house}}};

inline constexpr nl::conversation_policy house_policy{.name = "house", .source = &house,
                                  .valid = house.in_force, .conversations = rolling_12};

}  // namespace fixture
using namespace fixture;

static_assert(house_policy.ok());
static_assert(nl::wet.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house, .valid = house.in_force,
                          .conversations = rolling_0}.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house, .valid = house.in_force,
                          .conversations = leads_without_rule}.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house, .valid = house.in_force,
                          .conversations = response_without_request}.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house, .valid = house.in_force,
                          .conversations = bad_window}.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house, .valid = house.in_force,
                          .conversations = bad_ages}.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house, .valid = house.in_force,
                          .conversations = first_without_rule}.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house, .valid = house.in_force,
                          .conversations = once_a_year_without_request}.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house, .valid = house.in_force,
                          .conversations = record_deadline_rule_without_deadline}.ok());
static_assert(!nl::conversation_policy{.name = "x", .valid = house.in_force}.ok());  // no source
static_assert(!nl::conversation_policy{.name = "x", .source = &careertalk::no_rule, .valid = house.in_force}.ok());
static_assert(!nl::conversation_policy{.name = "x", .source = &house,
                          .valid = {2025_y / jan / 1, 2024_y / jan / 1}}.ok());

// Durations: months clamp to the month end, weeks are exact days (conv.calendar.clamp).
static_assert(nl::before(2025_y / mar / 31, nl::months(1)) == 2025_y / feb / 28);
static_assert(nl::after(2025_y / jan / 31, nl::months(3)) == 2025_y / apr / 30);
static_assert(nl::after(2025_y / jan / 31, nl::weeks(6)) == 2025_y / mar / 14);
static_assert(nl::after(2024_y / feb / 29, nl::years(1)) == 2025_y / feb / 28);
static_assert(nl::before(2025_y / nov / 20, nl::weeks(3)) == 2025_y / oct / 30);

// A whole evaluation under a host policy in constant evaluation.
constexpr ct::employee hired{.id = "H", .hire_date = 2021_y / mar / 31};
static_assert(nl_test::nth(ct::evaluate(house_policy, hired, ct::company{}, 2021_y / apr / 1),
                           ok::ontwikkelgesprek)
                  ->due_date == 2022_y / mar / 31);

TEST_CASE("E18: a Dutch employee with no policy owes no conversation") {
    // E18 (docs/nl/cao.md#no-statutory-conversation): turned 45 on 2025-03-01, 300 staff, no
    // CAO clause
    const ct::employee e{.id = "E18", .hire_date = 2005_y / jan / 3,
                         .birth_date = 1980_y / mar / 1};
    const ct::company big{.headcount = 300};
    const auto ev = ct::evaluate(nl::wet, e, big, 2025_y / nov / 23);
    REQUIRE(ev.ok());
    CHECK(ev.obligations.size() == 0);  // neither "year after the 45th birthday" nor "every 2 years"
    REQUIRE(ev.findings.size() == 1);
    CHECK(ev.findings[0].kind == ct::finding_kind::missing);
    CHECK(ev.findings[0].missing == ct::missing_fact::policy);
    CHECK(ev.findings[0].rule == &nl::no_statutory_conversation);
}

TEST_CASE("no French rule in a Dutch evaluation") {
    const ct::employee e{.id = "E18", .hire_date = 2005_y / jan / 3,
                         .birth_date = 1980_y / mar / 1};
    const auto ev = ct::evaluate(house_policy, e, ct::company{}, 2025_y / nov / 23);
    for (const auto& o : ev.obligations) {
        CHECK(o.kind >= ok::loopbaangesprek);
        for (const auto* r : o.why) CHECK(r->id.substr(0, 3) != "fr.");
    }
}

TEST_CASE("a null rule pointer is not ok at run time") {
    nl::conversation_policy p{.name = "x", .source = nullptr, .valid = house.in_force};
    CHECK_FALSE(p.ok());
    p.source = &house;
    CHECK(p.ok());
}

TEST_CASE("a policy not ok gives an error result at run time") {
    const nl::conversation_policy broken{.name = "x", .source = &house, .valid = house.in_force,
                            .conversations = rolling_0};
    const auto ev = ct::evaluate(broken, hired, ct::company{}, 2025_y / jan / 1);
    REQUIRE(ev.diagnostics.size() == 1);
    CHECK(ev.diagnostics[0].code == ct::diagnostic_code::policy_not_ok);
}

TEST_CASE("a rolling policy chains from each conversation held") {
    const ct::interview held[] = {{ok::ontwikkelgesprek, 2022_y / feb / 1},
                                  {ok::ontwikkelgesprek, 2023_y / mar / 1}};
    ct::employee e = hired;
    e.interviews = held;
    const auto ev = ct::evaluate(house_policy, e, ct::company{}, 2023_y / jun / 1);
    REQUIRE(nl_test::count(ev, ok::ontwikkelgesprek) == 3);
    CHECK(nl_test::nth(ev, ok::ontwikkelgesprek, 0)->state == ct::status::met);
    CHECK(nl_test::nth(ev, ok::ontwikkelgesprek, 1)->due_date == 2023_y / feb / 1);
    CHECK(nl_test::nth(ev, ok::ontwikkelgesprek, 1)->state == ct::status::met_late);
    CHECK(nl_test::nth(ev, ok::ontwikkelgesprek, 2)->due_date == 2024_y / mar / 1);
    // Evaluating later only adds what happened since.
    const auto earlier = ct::evaluate(house_policy, e, ct::company{}, 2022_y / mar / 1);
    CHECK(earlier.obligations[0].held_on == ev.obligations[0].held_on);
    CHECK(earlier.obligations[1].due_date == ev.obligations[1].due_date);
}

// nl/policy.hpp, yearly_as_rolling's reading: a conversation is owed while the employment
// lasts, so one held after its end meets nothing (as for the calendar-year reading).
TEST_CASE("a rolling conversation is met on the contract's last day, not the day after") {
    ct::employee e = hired;
    e.contract_end = 2022_y / dec / 31;
    const auto second = [&](ct::year_month_day last_talk) {
        const ct::interview held[] = {{ok::ontwikkelgesprek, 2022_y / feb / 1},
                                      {ok::ontwikkelgesprek, last_talk}};
        e.interviews = held;
        const auto ev = ct::evaluate(house_policy, e, ct::company{}, 2023_y / jun / 1);
        REQUIRE(ev.ok());
        REQUIRE(nl_test::count(ev, ok::ontwikkelgesprek) == 2);
        return *nl_test::nth(ev, ok::ontwikkelgesprek, 1);
    };
    // Due 12 months after 2022-02-01, cut to the last day of the employment.
    CHECK(second(2022_y / dec / 31).due_date == 2022_y / dec / 31);
    CHECK(second(2022_y / dec / 31).state == ct::status::met);
    CHECK(second(2023_y / jan / 1).state == ct::status::overdue);
    CHECK(!second(2023_y / jan / 1).held_on);
}

TEST_CASE("a policy outside its validity says so") {
    const auto ev = ct::evaluate(house_policy, ct::employee{.hire_date = 2015_y / jan / 5},
                                 ct::company{}, 2019_y / jun / 1);
    CHECK(ev.obligations.size() == 0);
    REQUIRE(ev.findings.size() == 1);
    CHECK(ev.findings[0].kind == ct::finding_kind::advisory);
    CHECK(ev.findings[0].review == house.in_force);
}

TEST_CASE("eligibility: ages, service years, contracts, missing facts") {
    const ct::employee e{.id = "Q", .hire_date = 2020_y / feb / 29,
                         .birth_date = 1992_y / feb / 29};
    const auto age = nl::qualifies({.min_age = 35}, e);
    CHECK(age.when.begin == 2027_y / feb / 28);  // 29 Feb birthday in a common year
    CHECK(age.opened_by == ct::trigger_kind::age);
    const auto young = nl::qualifies({.below_age = 35}, e);
    CHECK(young.when.end == 2027_y / feb / 28);
    const auto service = nl::qualifies({.min_service_years = 5}, e);
    CHECK(service.when.begin == 2025_y / feb / 28);
    CHECK(service.opened_by == ct::trigger_kind::seniority);
    CHECK(nl::qualifies({.min_years_in_function = 5}, e).missing ==
          ct::missing_fact::function_start);
    CHECK(nl::qualifies({.min_contract_length = nl::years(2)}, e).missing ==
          ct::missing_fact::contract_end);
    CHECK(nl::qualifies({.contract = nl::contract_condition::fixed_term}, e).when.empty());
    ct::employee no_birth = e;
    no_birth.birth_date.reset();
    CHECK(nl::qualifies({.min_age = 35}, no_birth).missing == ct::missing_fact::birth_date);
}
