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

// 2. Names that differ, or records of its own: map them once with traits, into a storage the
//    library owns (the employee views it, so nothing dangles).
struct Leave {
    std::string type;
    std::chrono::year_month_day from, to;
};
struct Worker {
    std::string badge;
    std::chrono::year_month_day started_on;
    std::vector<Leave> leaves;
};

}  // namespace payroll

template <>
struct careertalk::employee_traits<payroll::Worker> {
    static void to_employee(const payroll::Worker& w, careertalk::employee_storage& into) {
        into.id = w.badge;
        into.facts.hire_date = careertalk::to_date(w.started_on);
        for (const payroll::Leave& l : w.leaves)
            if (l.type == "maternity")
                into.absences.push_back({careertalk::absence_kind::conge_maternite,
                                         careertalk::to_date(l.from), careertalk::to_date(l.to)});
    }
};

int main() {
    using namespace date::literals;
    const payroll::Employee described{
        "P-1", "Sales", 2020_y / jan / 6, 1981_y / may / 20,
        {{careertalk::obligation_kind::entretien_professionnel, 2022_y / jan / 3}}};
    const payroll::Worker mapped{"W-7",
                                 std::chrono::year{2024} / 2 / 29,
                                 {{"maternity", std::chrono::year{2025} / 3 / 1,
                                   std::chrono::year{2025} / 6 / 20}}};
    careertalk::employee_storage storage;  // reuse it from one employee to the next
    // 3. Or build careertalk::employee yourself.
    const careertalk::employee converted{.id = "C-3", .hire_date = 2019_y / sep / 2};

    for (const careertalk::employee& e :
         {careertalk::to_employee(described), careertalk::to_employee(mapped, storage), converted}) {
        const auto checked = careertalk::validate(e, careertalk::company{}, 2026_y / nov / 23);
        std::cout << e.id << ": hired " << e.hire_date << ", " << e.interviews.size()
                  << " interview(s), "
                  << e.absences.size() << " absence(s), facts " << (checked.ok() ? "valid" : "invalid") << '\n';
    }
}
