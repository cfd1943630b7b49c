// The twin of nl_policy_to_fr_next_due.fail.cpp: a Dutch policy goes through evaluate.
#include <careertalk/careertalk.hpp>
#include <careertalk/nl/cao.hpp>

int evaluated() {
    const careertalk::employee e{.id = "E1", .hire_date = date::year{2020} / 1 / 6};
    const auto ev = careertalk::evaluate(careertalk::nl::cao_rijk, e, careertalk::company{},
                                         date::year{2026} / 1 / 5);
    return ev.ok() ? 0 : 1;
}
