// Twin of fr_agreement_forbidden.fail.cpp: one interview in each 2-year period leaves at most
// 4 years (C. trav. L6315-1 III v7).
#include <careertalk/careertalk.hpp>

using namespace date::literals;

inline constexpr careertalk::fr::accord accord{
    .name = "company",
    .concluded = 2026_y / mar / 2,
    .in_force = {2026_y / mar / 2, careertalk::open_end},
    .frame = {.interviews = 1, .years = 2}};

static_assert(careertalk::evaluate(accord, careertalk::employee{.hire_date = 2026_y / jan / 5},
                                   careertalk::company{}, 2026_y / nov / 23)
                  .ok());
