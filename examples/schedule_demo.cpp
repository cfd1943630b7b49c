// The demo of `cmake/quickstart.sh demo`: reads the sample employees and events of
// examples/data and prints each one's French schedule under careertalk::fr::law on
// 2026-11-23: every obligation with its deadline, status and the rule behind it, and the
// abondement verdicts. The command-line tool in examples/careertalk/ prints the full reports.
#include <careertalk/careertalk.hpp>

#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
    std::vector<std::vector<std::string>> rows;
    std::ifstream in{path};
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream ss{line};
        for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
        if (line.ends_with(',')) cells.emplace_back();
        rows.push_back(cells);
    }
    return rows;
}

// One employee's events, owned here; careertalk::employee points into them.
struct history {
    std::vector<careertalk::interview> interviews;
    std::vector<careertalk::absence> absences;
    std::vector<careertalk::training> trainings;
    std::vector<careertalk::medical_visit> visits;
};

template <class E>
const char* name(E e) {
    return boost::describe::enum_to_string(e, "?");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: schedule_demo DATA_DIR\n";
        return 1;
    }
    const std::string dir = argv[1];
    const auto people = read_csv(dir + "/people.csv");
    if (people.empty()) {
        std::cerr << "schedule_demo: cannot read " << dir << "/people.csv\n";
        return 1;
    }
    std::map<std::string, history> events;
    for (const auto& f : read_csv(dir + "/events.csv")) {
        if (f.size() < 5) continue;
        history& h = events[f[0]];
        const auto date = careertalk::parse_iso_date(f[2]).value_or(careertalk::year_month_day{});
        if (f[1] == "interview") {
            careertalk::obligation_kind k{};
            boost::describe::enum_from_string(f[4].c_str(), k);
            h.interviews.push_back({k, date});
        } else if (f[1] == "absence") {
            careertalk::absence_kind k{};
            boost::describe::enum_from_string(f[4].c_str(), k);
            h.absences.push_back({k, date, careertalk::parse_iso_date(f[3])});
        } else if (f[1] == "training") {
            h.trainings.push_back({date, f[4] == "obligatoire", 0});
        } else if (f[1] == "visite_mi_carriere") {
            h.visits.push_back({careertalk::visit_kind::mi_carriere, date});
        }
    }

    const auto as_of = date::year{2026} / 11 / 23;
    std::cout << "French schedules as of " << as_of << " (careertalk::fr::law)\n";
    for (const auto& f : people) {
        if (f.size() < 8) continue;
        const history& h = events[f[0]];
        careertalk::employee e{.id = f[0]};
        e.hire_date = careertalk::parse_iso_date(f[3]).value_or(careertalk::year_month_day{});
        e.birth_date = careertalk::parse_iso_date(f[4]);
        if (f[5] == "cdd") e.contract = careertalk::contract_kind::cdd;
        e.contract_end = careertalk::parse_iso_date(f[6]);
        e.interviews = h.interviews;
        e.absences = h.absences;
        e.trainings = h.trainings;
        e.medical_visits = h.visits;
        careertalk::company c{};
        if (!f[7].empty()) c.headcount = std::stoi(f[7]);

        const auto ev = careertalk::evaluate(careertalk::fr::law, e, c, as_of);
        std::cout << "\n" << f[0] << " " << f[1] << ", hired " << e.hire_date << "\n";
        for (const auto& d : ev.diagnostics) std::cout << "  rejected: " << d.message << "\n";
        for (const auto& o : ev.obligations) {
            std::cout << "  " << name(o.kind) << " due " << o.due_date << ": " << name(o.state);
            if (o.held_on) std::cout << " (held " << *o.held_on << ")";
            std::cout << "  [" << o.rule->citation << "]\n";
        }
        for (const auto& x : ev.findings) {
            std::cout << "  finding " << name(x.kind) << ": " << (x.rule ? x.rule->citation : "");
            if (x.amount.cents) std::cout << ", EUR " << x.amount.cents / 100;
            if (x.payment_due) std::cout << " by " << *x.payment_due;
            std::cout << "\n";
        }
    }
}
