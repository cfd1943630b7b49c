// A host employee type that declares itself French cannot be evaluated under a Dutch CAO: the
// one message that says so (issue 18, "Jurisdiction is checked").
// expected-error: careertalk: a French employee evaluated under a Dutch policy
#include <careertalk/careertalk.hpp>
#include <careertalk/nl/cao.hpp>

struct FrenchEmployee {
    static constexpr careertalk::jurisdiction jurisdiction = careertalk::jurisdiction::fr;
    date::year_month_day hire_date;
};
BOOST_DESCRIBE_STRUCT(FrenchEmployee, (), (hire_date))

int main() {
    const auto ev = careertalk::evaluate(careertalk::nl::cao_rijk,
                                         FrenchEmployee{date::year{2020} / 1 / 6},
                                         careertalk::company{}, date::year{2026} / 1 / 5);
    return ev.ok() ? 0 : 1;
}
