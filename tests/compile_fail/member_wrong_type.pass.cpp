// The twin of member_wrong_type.fail.cpp: the date as a std::chrono date compiles.
#include <careertalk/careertalk.hpp>

#include <chrono>

struct Person {
    std::chrono::year_month_day hire_date;
};
BOOST_DESCRIBE_STRUCT(Person, (), (hire_date))

int person_is_adapted() {
    return careertalk::to_employee(Person{std::chrono::year{2020} / 1 / 6}).hire_date.ok() ? 0 : 1;
}
