// An agreement concluded after the 2025 reform may not exceed 4 years (C. trav. L6315-1 III):
// evaluating with it fails to compile in constant evaluation.
// expected-error: the_policy_is_not_ok_an_override_the_law_forbids
#include <careertalk/careertalk.hpp>

using namespace date::literals;

static_assert(careertalk::evaluate(careertalk::fr::law.with_cycle(60),
                                   careertalk::employee{.hire_date = 2026_y / jan / 5},
                                   careertalk::company{}, 2026_y / nov / 23)
                  .ok());
