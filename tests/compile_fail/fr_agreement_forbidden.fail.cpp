// A company agreement concluded after the 2025 reform may not leave more than 4 years between
// two interviews (C. trav. L6315-1 III v7): one interview in each 3-year period can leave
// almost 6 years, so evaluating with it fails to compile in constant evaluation.
// expected-error: the_policy_is_not_ok_an_override_the_law_forbids
#include <careertalk/careertalk.hpp>

using namespace date::literals;

inline constexpr careertalk::fr::accord accord{
    .name = "company",
    .concluded = 2026_y / mar / 2,
    .in_force = {2026_y / mar / 2, careertalk::open_end},
    .frame = {.interviews = 1, .years = 3}};

static_assert(careertalk::evaluate(accord, careertalk::employee{.hire_date = 2026_y / jan / 5},
                                   careertalk::company{}, 2026_y / nov / 23)
                  .ok());
