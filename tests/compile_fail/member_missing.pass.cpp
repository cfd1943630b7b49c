// The twin of member_missing.fail.cpp: with `hire_date` described, it compiles.
#include <careertalk/careertalk.hpp>

#include <optional>

struct Person {
    date::year_month_day hire_date;
    std::optional<date::year_month_day> birth_date;
};
BOOST_DESCRIBE_STRUCT(Person, (), (hire_date, birth_date))

int person_is_adapted() {
    return careertalk::to_employee(Person{date::year{2020} / 1 / 6, {}}).hire_date.ok() ? 0 : 1;
}
