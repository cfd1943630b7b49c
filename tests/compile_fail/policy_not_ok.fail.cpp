// Evaluating with a policy the law forbids fails to compile in constant evaluation.
// expected-error: the_policy_is_not_ok_an_override_the_law_forbids
#include <careertalk/careertalk.hpp>

#include "../support/toy_policy.hpp"

using namespace date::literals;

static_assert(careertalk::evaluate(toy::policy{5}, careertalk::employee{.hire_date = 2020_y / jan / 6},
                                   careertalk::company{}, 2026_y / nov / 23)
                  .ok());
