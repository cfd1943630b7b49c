// The twin of policy_as_employee.fail.cpp: the policy first, then the employee.
#include <careertalk/careertalk.hpp>

int evaluated() {
    const careertalk::employee e{.id = "E1", .hire_date = date::year{2020} / 1 / 6};
    const auto ev =
        careertalk::evaluate(careertalk::fr::law, e, careertalk::company{}, date::year{2026} / 1 / 5);
    return ev.ok() ? 0 : 1;
}
