// The twin of not_employee_like.fail.cpp: the same host type described with the library's
// member name compiles.
#include <careertalk/careertalk.hpp>

struct Person {
    date::year_month_day hire_date;
};
BOOST_DESCRIBE_STRUCT(Person, (), (hire_date))

int person_is_adapted() {
    return careertalk::to_employee(Person{date::year{2020} / 1 / 6}).hire_date.ok() ? 0 : 1;
}
