// A described employee without `hire_date`, the one fact every rule needs, says so.
// expected-error: careertalk: the described employee has no member `hire_date`
#include <careertalk/careertalk.hpp>

#include <optional>

struct Person {
    std::optional<date::year_month_day> birth_date;
};
BOOST_DESCRIBE_STRUCT(Person, (), (birth_date))

int main() {
    return careertalk::to_employee(Person{}).hire_date.ok() ? 0 : 1;
}
