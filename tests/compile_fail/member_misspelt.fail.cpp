// A misspelt member would be ignored in silence (other names are the host's own): one a
// letter or two from a library name stops with the name it resembles.
// expected-error: careertalk: a described member looks like a misspelling of `birth_date`
#include <careertalk/careertalk.hpp>

#include <optional>

struct Person {
    date::year_month_day hire_date;
    std::optional<date::year_month_day> birth_dte;
};
BOOST_DESCRIBE_STRUCT(Person, (), (hire_date, birth_dte))

int main() {
    return careertalk::to_employee(Person{date::year{2020} / 1 / 6, {}}).hire_date.ok() ? 0 : 1;
}
