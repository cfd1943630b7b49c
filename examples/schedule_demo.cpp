// The demo of `cmake/quickstart.sh demo`: reads the sample employees of examples/data and
// prints, for each, what the library checks and computes from the facts alone (the facts'
// diagnostics, age and seniority anniversaries). The command-line tool in
// examples/careertalk/ prints the full schedules.
#include <careertalk/careertalk.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: schedule_demo DATA_DIR\n";
        return 1;
    }
    std::ifstream in{std::string{argv[1]} + "/people.csv"};
    if (!in) {
        std::cerr << "schedule_demo: cannot read " << argv[1] << "/people.csv\n";
        return 1;
    }
    const auto as_of = date::year{2026} / 11 / 23;
    std::string line;
    std::getline(in, line);  // header: id,name,department,hire_date,birth_date,...
    std::cout << "as of " << as_of << "\n";
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ss{line};
        for (std::string cell; std::getline(ss, cell, ',');) f.push_back(cell);
        if (f.size() < 5) continue;
        careertalk::employee e{.id = f[0]};
        e.hire_date = careertalk::parse_iso_date(f[3]).value_or(careertalk::year_month_day{});
        e.birth_date = careertalk::parse_iso_date(f[4]);
        const auto diagnostics = careertalk::validate(e, careertalk::company{}, as_of);
        std::cout << e.id << ": hired " << e.hire_date;
        if (!diagnostics.ok()) {
            std::cout << ", rejected: " << diagnostics.diagnostics[0].message << "\n";
            continue;
        }
        if (e.birth_date) std::cout << ", age " << careertalk::age_on(*e.birth_date, as_of);
        std::cout << ", seniority " << careertalk::whole_years_between(e.hire_date, as_of)
                  << " y; 4 years on " << careertalk::add_years(e.hire_date, 4)
                  << ", 8 years on " << careertalk::add_years(e.hire_date, 8) << "\n";
    }
}
