// A consumer of careertalk, built by the package.find_package, package.add_subdirectory and
// package.fetchcontent tests (and under the sanitizers when the suite is): a payroll product's
// own employee type, with std::chrono dates, its own leave records and int64 ids, read through
// employee_traits into a storage the library owns, then evaluated under French law.
#include <careertalk/careertalk.hpp>

#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

namespace payroll {

enum class LeaveType { Maternity, Sabbatical, Holiday };

struct Leave {
    LeaveType type;
    std::chrono::year_month_day first, last;
};

struct Employee {
    std::int64_t id;
    std::chrono::year_month_day hired;
    std::vector<Leave> leaves;
    std::vector<std::chrono::year_month_day> reviews;  // entretiens professionnels held
};

}  // namespace payroll

template <>
struct careertalk::employee_traits<payroll::Employee> {
    static void to_employee(const payroll::Employee& e, careertalk::employee_storage& into) {
        into.id = std::to_string(e.id);
        into.facts.hire_date = careertalk::to_date(e.hired);
        for (const payroll::Leave& l : e.leaves) {
            if (l.type == payroll::LeaveType::Holiday) continue;  // no interview owed
            into.absences.push_back({l.type == payroll::LeaveType::Maternity
                                         ? careertalk::absence_kind::conge_maternite
                                         : careertalk::absence_kind::conge_sabbatique,
                                     careertalk::to_date(l.first), careertalk::to_date(l.last)});
        }
        for (const auto& d : e.reviews)
            into.interviews.push_back(
                {careertalk::obligation_kind::entretien_professionnel, careertalk::to_date(d)});
    }
};

int main() {
    using std::chrono::year;
    const std::vector<payroll::Employee> staff{
        {4, year{2019} / 9 / 2, {{payroll::LeaveType::Maternity, year{2025} / 12 / 29, year{2026} / 4 / 19}},
         {year{2025} / 4 / 10}},
        {7, year{2024} / 2 / 29, {}, {}}};
    careertalk::employee_storage storage;  // one per thread, reused: no allocation per employee
    careertalk::evaluation ev;
    int returns = 0;
    for (const payroll::Employee& e : staff) {
        careertalk::evaluate_into(careertalk::fr::law, e, careertalk::company{.headcount = 200},
                                  year{2026} / 11 / 23, ev, storage);
        if (!ev.ok()) {
            std::cerr << "employee " << e.id << ": facts rejected\n";
            return 1;
        }
        for (const careertalk::obligation& o : ev.obligations)
            if (o.trigger == careertalk::trigger_kind::return_from_absence) ++returns;
    }
    // Employee 4 is owed the interview at the return from maternity leave (L6315-1 I).
    if (returns != 1) {
        std::cerr << "expected one return interview, got " << returns << '\n';
        return 1;
    }
    const auto next = careertalk::add_years(year{2024} / 2 / 29, 1);  // clamped to 28 Feb
    if (next != year{2025} / 2 / 28) {
        std::cerr << "add_years(2024-02-29, 1) on std::chrono dates is wrong\n";
        return 1;
    }
    std::cout << "careertalk consumer OK: " << staff.size() << " employees, " << returns
              << " return interview\n";
    return 0;
}
