// fr::next_due is French law's fast path: a Dutch policy passed to it says so, and where to go.
// expected-error: careertalk: fr::next_due answers under French law
#include <careertalk/careertalk.hpp>
#include <careertalk/nl/cao.hpp>

int main() {
    const careertalk::employee e{.id = "E1", .hire_date = date::year{2020} / 1 / 6};
    const auto next = careertalk::fr::next_due(careertalk::nl::cao_rijk, e, careertalk::company{},
                                               date::year{2026} / 1 / 5);
    return next.ok() ? 0 : 1;
}
