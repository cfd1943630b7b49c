// Tests of careertalk/fr/headcount.hpp: the 50-employee threshold of the abondement correctif.
#include <careertalk/fr/headcount.hpp>

#include "catch.hpp"

using namespace date::literals;
namespace fr = careertalk::fr;
using careertalk::company;
using careertalk::headcount_year;
using fr::threshold_state;

// The host's own answer wins over any headcount (headcount.hpp order, rule 1).
static_assert(fr::penalty_threshold(company{.headcount = 10, .penalty_threshold_met = true},
                                    2026_y / jan / 1)
                  .state == threshold_state::met);
