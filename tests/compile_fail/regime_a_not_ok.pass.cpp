// The twin of regime_a_not_ok.fail.cpp: bound on the day the ANI 2003 was signed, it is ok()
// and evaluates at compile time.
#include <careertalk/evaluate.hpp>
#include <careertalk/fr/regime_a.hpp>

using namespace date::literals;

constexpr careertalk::fr::regime_a_policy on_signature{
    .options = {.ani_2003 = true, .ani_2003_from = 2003_y / dec / 5}};

static_assert(careertalk::evaluate(on_signature,
                                   careertalk::employee{.hire_date = 2009_y / sep / 1},
                                   careertalk::company{}, 2013_y / nov / 23)
                  .ok());
