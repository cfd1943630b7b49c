// The twin of policy_not_ok.fail.cpp: a policy the law allows evaluates at compile time.
#include <careertalk/careertalk.hpp>

#include "../support/toy_policy.hpp"

using namespace date::literals;

static_assert(careertalk::evaluate(toy::policy{2}, careertalk::employee{.hire_date = 2020_y / jan / 6},
                                   careertalk::company{}, 2026_y / nov / 23)
                  .ok());
