// The twin of traits_returning_employee.fail.cpp: the traits fill a storage the employee views.
#include <careertalk/careertalk.hpp>

struct Worker {
    date::year_month_day started;
};

template <>
struct careertalk::employee_traits<Worker> {
    static void to_employee(const Worker& w, careertalk::employee_storage& into) {
        into.facts.hire_date = w.started;
    }
};

int converted() {
    careertalk::employee_storage storage;
    return careertalk::to_employee(Worker{date::year{2020} / 1 / 6}, storage).hire_date.ok() ? 0 : 1;
}
