// Tests of careertalk/adapt.hpp: the three ways a host's types are read.
#include <careertalk/adapt.hpp>
#include <careertalk/evaluate.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

#include "catch.hpp"
#include "toy_policy.hpp"

using namespace date::literals;

namespace host {

// Path 1: described with the library's member names; other members are ignored.
struct Employee {
    std::string id;
    std::string department;  // not a library name: ignored
    date::year_month_day hire_date;
    std::optional<date::year_month_day> birth_date;
    std::vector<careertalk::interview> interviews;
};
BOOST_DESCRIBE_STRUCT(Employee, (), (id, department, hire_date, birth_date, interviews))

// Path 2: names differ, so the host writes traits.
struct Worker {
    date::year_month_day started;
};

// Own history record, described with the library's names.
struct Review {
    careertalk::obligation_kind kind;
    date::year_month_day date;
    std::string notes;
};
BOOST_DESCRIBE_STRUCT(Review, (), (kind, date, notes))

struct Site {
    int headcount;
};
BOOST_DESCRIBE_STRUCT(Site, (), (headcount))

struct NoHireDate {
    std::string id;
};
BOOST_DESCRIBE_STRUCT(NoHireDate, (), (id))

struct WrongType {
    int hire_date;
};
BOOST_DESCRIBE_STRUCT(WrongType, (), (hire_date))

}  // namespace host

template <>
struct careertalk::employee_traits<host::Worker> {
    static void to_employee(const host::Worker& w, careertalk::employee_storage& into) {
        into.facts.hire_date = w.started;
    }
};

static_assert(careertalk::employee_like<careertalk::employee>);
static_assert(careertalk::employee_like<host::Employee>);
static_assert(careertalk::employee_like<host::Worker>);
static_assert(!careertalk::employee_like<host::NoHireDate>);
static_assert(!careertalk::employee_like<host::WrongType>);
static_assert(!careertalk::employee_like<int>);
static_assert(careertalk::company_like<host::Site>);
static_assert(careertalk::described_as<host::Review, careertalk::interview>);

TEST_CASE("a described host employee is read by member name") {
    host::Employee h{"E-1", "Sales", 2020_y / jan / 6, 1981_y / may / 20,
                     {{careertalk::obligation_kind::entretien_professionnel, 2022_y / jan / 3}}};
    const careertalk::employee e = careertalk::to_employee(h);
    CHECK(e.id == "E-1");
    CHECK(e.hire_date == 2020_y / jan / 6);
    CHECK(e.birth_date == 1981_y / may / 20);
    REQUIRE(e.interviews.size() == 1);
    CHECK(e.interviews.data() == h.interviews.data());  // a view, not a copy

    const auto ev = careertalk::evaluate(toy::policy{}, h, host::Site{120}, 2026_y / nov / 23);
    REQUIRE(ev.ok());
    CHECK(ev.obligations[0].held_on == 2022_y / jan / 3);
}

TEST_CASE("traits map a host type whose names differ") {
    const auto ev = careertalk::evaluate(toy::policy{}, host::Worker{2024_y / feb / 29},
                                         careertalk::company{}, 2026_y / nov / 23);
    REQUIRE(ev.ok());
    CHECK(ev.obligations[0].due_date == 2026_y / feb / 28);
}

TEST_CASE("a host's own history records convert with adapt") {
    const host::Review r{careertalk::obligation_kind::etat_des_lieux, 2026_y / mar / 2, "ok"};
    const auto i = careertalk::adapt<careertalk::interview>(r);
    CHECK(i.kind == careertalk::obligation_kind::etat_des_lieux);
    CHECK(i.date == 2026_y / mar / 2);
}

// --- std::chrono dates and owning conversion (issue 18) -----------------------------------

namespace host {

// Path 1 with std::chrono members: read in place, dates converted on the way in.
struct ChronoEmployee {
    std::string id;
    std::chrono::year_month_day hire_date;
    std::optional<std::chrono::year_month_day> birth_date;
};
BOOST_DESCRIBE_STRUCT(ChronoEmployee, (), (id, hire_date, birth_date))

// Path 2 with records of its own: converted into the storage.
struct Absence {
    std::chrono::year_month_day from, to;
};
struct Payroll {
    long long number;
    std::chrono::year_month_day start;
    std::vector<Absence> absent;
};

}  // namespace host

template <>
struct careertalk::employee_traits<host::Payroll> {
    static void to_employee(const host::Payroll& p, careertalk::employee_storage& into) {
        into.id = std::to_string(p.number);
        into.facts.hire_date = careertalk::to_date(p.start);
        for (const host::Absence& a : p.absent)
            into.absences.push_back({careertalk::absence_kind::conge_parental_education,
                                     careertalk::to_date(a.from), careertalk::to_date(a.to)});
    }
};

static_assert(careertalk::employee_like<host::ChronoEmployee>);
static_assert(careertalk::employee_like<host::Payroll>);
static_assert(careertalk::needs_storage<host::Payroll>);
static_assert(!careertalk::needs_storage<host::ChronoEmployee>);

TEST_CASE("std::chrono members are read as dates, 29 February included") {
    const host::ChronoEmployee h{"C-1", std::chrono::year{2024} / 2 / 29,
                                 std::chrono::year{1980} / 12 / 31};
    const careertalk::employee e = careertalk::to_employee(h);
    CHECK(e.hire_date == 2024_y / feb / 29);
    CHECK(e.birth_date == 1980_y / dec / 31);
    // and the as-of date may be a std::chrono date too
    const auto ev = careertalk::evaluate(toy::policy{}, h, careertalk::company{},
                                         std::chrono::year{2026} / 11 / 23);
    REQUIRE(ev.ok());
    CHECK(ev.as_of == 2026_y / nov / 23);
    CHECK(ev.obligations[0].due_date == 2026_y / feb / 28);
}

TEST_CASE("an impossible std::chrono date stays impossible and is diagnosed") {
    const host::ChronoEmployee h{"C-2", std::chrono::year{2025} / 2 / 30, std::nullopt};
    const auto ev = careertalk::evaluate(toy::policy{}, h, careertalk::company{},
                                         std::chrono::year{2026} / 11 / 23);
    REQUIRE_FALSE(ev.ok());
    CHECK(ev.diagnostics[0].code == careertalk::diagnostic_code::invalid_date);
}

TEST_CASE("traits convert into a storage the employee views, reused without dangling") {
    careertalk::employee_storage storage;
    careertalk::evaluation ev;
    for (int round = 0; round < 3; ++round) {
        // The host's value is a temporary: what the library reads lives in the storage.
        careertalk::evaluate_into(
            toy::policy{},
            host::Payroll{100 + round, std::chrono::year{2020} / 1 / 6,
                          {{std::chrono::year{2021} / 3 / 1, std::chrono::year{2021} / 9 / 30}}},
            careertalk::company{}, std::chrono::year{2026} / 11 / 23, ev, storage);
        REQUIRE(ev.ok());
        REQUIRE(storage.absences.size() == 1);  // cleared between employees, not appended
        CHECK(storage.id == std::to_string(100 + round));
    }
    const careertalk::employee e =
        careertalk::to_employee(host::Payroll{7, std::chrono::year{2020} / 1 / 6, {}}, storage);
    CHECK(e.id == "7");
    CHECK(e.id.data() == storage.id.data());  // a view of the storage
    CHECK(e.absences.empty());
}
