// A described member with a library name but a type the library cannot take (a date kept as
// text) names the member and the type expected, instead of "not employee_like".
// expected-error: careertalk: member `hire_date` has the wrong type; expected a date
#include <careertalk/careertalk.hpp>

#include <string>

struct Person {
    std::string hire_date;
};
BOOST_DESCRIBE_STRUCT(Person, (), (hire_date))

int main() {
    return careertalk::to_employee(Person{"2020-01-06"}).hire_date.ok() ? 0 : 1;
}
