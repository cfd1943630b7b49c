// A regime-A policy bound to the ANI 2003 before it was signed (2003-12-05) is not ok():
// evaluating with it fails to compile in constant evaluation.
// expected-error: the_policy_is_not_ok_an_override_the_law_forbids
#include <careertalk/evaluate.hpp>
#include <careertalk/fr/regime_a.hpp>

using namespace date::literals;

constexpr careertalk::fr::regime_a_policy too_early{
    .options = {.ani_2003 = true, .ani_2003_from = 2003_y / dec / 4}};

static_assert(careertalk::evaluate(too_early, careertalk::employee{.hire_date = 2009_y / sep / 1},
                                   careertalk::company{}, 2013_y / nov / 23)
                  .ok());
