// A host type that fits none of the three adoption paths (no `hire_date` member, no
// employee_traits) gets the library's own message, not a page of template errors.
// expected-error: careertalk: this type is not employee_like
#include <careertalk/careertalk.hpp>

struct Person {
    int started;
};

int main() {
    return careertalk::to_employee(Person{1}).hire_date.ok() ? 0 : 1;
}
