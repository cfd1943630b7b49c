// Twin of fr_agreement_over_4_years.fail.cpp: 4 years is allowed (C. trav. L6315-1 III).
#include <careertalk/careertalk.hpp>

using namespace date::literals;

static_assert(careertalk::evaluate(careertalk::fr::law.with_cycle(48),
                                   careertalk::employee{.hire_date = 2026_y / jan / 5},
                                   careertalk::company{}, 2026_y / nov / 23)
                  .ok());
