// A Dutch policy with a rolling frequency of 0 months is not ok(): evaluating with it in
// constant evaluation does not compile.
// expected-error: the_policy_is_not_ok_an_override_the_law_forbids
#include <careertalk/careertalk.hpp>
#include <careertalk/nl/policy.hpp>

using namespace date::literals;

inline constexpr careertalk::rule_ref house{.id = "house", .citation = "house policy",
                                            .in_force = {2020_y / jan / 1, careertalk::open_end}};
inline constexpr careertalk::nl::conversation talks[] = {
    {.kind = careertalk::obligation_kind::ontwikkelgesprek, .rule = &house,
     .every = careertalk::nl::rhythm::rolling, .interval = careertalk::nl::months(0)}};
inline constexpr careertalk::nl::conversation_policy broken{
    .name = "house", .source = &house, .valid = house.in_force, .conversations = talks};

static_assert(careertalk::evaluate(broken, careertalk::employee{.hire_date = 2021_y / jan / 4},
                                   careertalk::company{}, 2025_y / nov / 23)
                  .ok());
