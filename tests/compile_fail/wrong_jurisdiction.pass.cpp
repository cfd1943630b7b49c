// The twin of wrong_jurisdiction.fail.cpp: the French employee under French law compiles, and
// so does a host type that declares no jurisdiction under either country's policy.
#include <careertalk/careertalk.hpp>
#include <careertalk/nl/cao.hpp>

struct FrenchEmployee {
    static constexpr careertalk::jurisdiction jurisdiction = careertalk::jurisdiction::fr;
    date::year_month_day hire_date;
};
BOOST_DESCRIBE_STRUCT(FrenchEmployee, (), (hire_date))

struct AnyEmployee {
    date::year_month_day hire_date;
};
BOOST_DESCRIBE_STRUCT(AnyEmployee, (), (hire_date))

int evaluated_under_its_own_law() {
    const auto hired = date::year{2020} / 1 / 6;
    const auto on = date::year{2026} / 1 / 5;
    const auto fr = careertalk::evaluate(careertalk::fr::law, FrenchEmployee{hired},
                                         careertalk::company{}, on);
    const auto nl = careertalk::evaluate(careertalk::nl::cao_rijk, AnyEmployee{hired},
                                         careertalk::company{}, on);
    return fr.ok() && nl.ok() ? 0 : 1;
}
