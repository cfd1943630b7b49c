// The twin of nl_policy_not_ok.fail.cpp: with a rolling frequency of 12 months the Dutch
// policy is ok() and evaluates at compile time.
#include <careertalk/careertalk.hpp>
#include <careertalk/nl/policy.hpp>

using namespace date::literals;

inline constexpr careertalk::rule_ref house{.id = "house", .citation = "house policy",
                                            .in_force = {2020_y / jan / 1, careertalk::open_end}};
inline constexpr careertalk::nl::conversation talks[] = {
    {.kind = careertalk::obligation_kind::ontwikkelgesprek, .rule = &house,
     .every = careertalk::nl::rhythm::rolling, .interval = careertalk::nl::months(12)}};
inline constexpr careertalk::nl::conversation_policy fine{
    .name = "house", .source = &house, .valid = house.in_force, .conversations = talks};

static_assert(careertalk::evaluate(fine, careertalk::employee{.hire_date = 2021_y / jan / 4},
                                   careertalk::company{}, 2025_y / nov / 23)
                  .ok());
