// A policy passed where the employee goes says so, with the order of the arguments.
// expected-error: careertalk: a policy was passed where an employee was expected
#include <careertalk/careertalk.hpp>

int main() {
    const auto ev = careertalk::evaluate(careertalk::fr::law, careertalk::fr::law,
                                         careertalk::company{}, date::year{2026} / 1 / 5);
    return ev.ok() ? 0 : 1;
}
