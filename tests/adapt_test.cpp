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
    static careertalk::employee to_employee(const host::Worker& w) {
        return {.hire_date = w.started};
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
