// The twin of member_misspelt.fail.cpp: spelt as the library spells it, it compiles (and a
// name of the host's own, far from every library name, is ignored).
#include <careertalk/careertalk.hpp>

#include <optional>
#include <string>

struct Person {
    date::year_month_day hire_date;
    std::optional<date::year_month_day> birth_date;
    std::string department;
};
BOOST_DESCRIBE_STRUCT(Person, (), (hire_date, birth_date, department))

int person_is_adapted() {
    return careertalk::to_employee(Person{date::year{2020} / 1 / 6, {}, "Sales"}).hire_date.ok()
               ? 0
               : 1;
}
