// The three ways careertalk reads a host application's own types (careertalk/adapt.hpp).
#include <careertalk/careertalk.hpp>

#include <iostream>
#include <string>
#include <vector>

namespace payroll {

// 1. Described with the library's member names: used directly. `department` is not a library
//    name and is ignored; `interviews` is viewed, not copied.
struct Employee {
    std::string id;
    std::string department;
    date::year_month_day hire_date;
    std::optional<date::year_month_day> birth_date;
    std::vector<careertalk::interview> interviews;
};
BOOST_DESCRIBE_STRUCT(Employee, (), (id, department, hire_date, birth_date, interviews))

// 2. Names that differ: map them once with traits.
struct Worker {
    std::string badge;
    date::year_month_day started_on;
};

}  // namespace payroll

template <>
struct careertalk::employee_traits<payroll::Worker> {
    static careertalk::employee to_employee(const payroll::Worker& w) {
        return {.id = w.badge, .hire_date = w.started_on};
    }
};

int main() {
    using namespace date::literals;
    const payroll::Employee described{
        "P-1", "Sales", 2020_y / jan / 6, 1981_y / may / 20,
        {{careertalk::obligation_kind::entretien_professionnel, 2022_y / jan / 3}}};
    const payroll::Worker mapped{"W-7", 2024_y / feb / 29};
    // 3. Or build careertalk::employee yourself.
    const careertalk::employee converted{.id = "C-3", .hire_date = 2019_y / sep / 2};

    for (const careertalk::employee& e :
         {careertalk::to_employee(described), careertalk::to_employee(mapped), converted}) {
        const auto checked = careertalk::validate(e, careertalk::company{}, 2026_y / nov / 23);
        std::cout << e.id << ": hired " << e.hire_date << ", " << e.interviews.size()
                  << " interview(s), facts " << (checked.ok() ? "valid" : "invalid") << '\n';
    }
}
