// employee_traits that return an employee built from converted locals would dangle: that
// signature stops with the one to write instead.
// expected-error: careertalk: employee_traits<T>::to_employee\(const T&\) returns an employee
#include <careertalk/careertalk.hpp>

#include <vector>

struct Worker {
    date::year_month_day started;
};

template <>
struct careertalk::employee_traits<Worker> {
    static careertalk::employee to_employee(const Worker& w) {
        const std::vector<careertalk::interview> none;  // dies on return
        return {.hire_date = w.started, .interviews = none};
    }
};

int main() {
    return careertalk::to_employee(Worker{date::year{2020} / 1 / 6}).hire_date.ok() ? 0 : 1;
}
