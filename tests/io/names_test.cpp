// Tests of careertalk/io/names.hpp: enum <-> text from the Boost.Describe descriptions, the
// ids the CSV/JSON formats and the CLI use (issue 4 "Input contract").
#include <careertalk/io/names.hpp>
#include <careertalk/kinds.hpp>
#include <careertalk/results.hpp>

#include "catch.hpp"

#include <string>

namespace io = careertalk::io;
using careertalk::absence_kind;
using careertalk::obligation_kind;
using careertalk::status;

static_assert(io::name_of(status::met_late) == "met_late");
static_assert(io::name_of(obligation_kind::entretien_parcours_professionnel) ==
              "entretien_parcours_professionnel");
static_assert(io::name_of(absence_kind::ziekte) == "ziekte");
static_assert(io::name_of(static_cast<status>(200)).empty());  // not an enumerator
static_assert(io::parse_name<absence_kind>("conge_maternite") == absence_kind::conge_maternite);
static_assert(io::parse_name<obligation_kind>("loopbaangesprek") ==
              obligation_kind::loopbaangesprek);
static_assert(!io::parse_name<status>("Met"));  // case-sensitive
static_assert(!io::parse_name<status>(""));
static_assert(!io::parse_name<status>("met "));

TEST_CASE("every enumerator's name parses back to it") {
    int n = 0;
    io::for_each_name<obligation_kind>([&](std::string_view name) {
        const auto k = io::parse_name<obligation_kind>(name);
        REQUIRE(k);
        CHECK(io::name_of(*k) == name);
        ++n;
    });
    CHECK(n == boost::mp11::mp_size<boost::describe::describe_enumerators<obligation_kind>>::value);
    CHECK(n > 30);  // kinds.hpp: French and Dutch kinds
}

TEST_CASE("for_each_name lists in declaration order") {
    std::string s;
    io::for_each_name<status>([&](std::string_view name) { s += std::string{name} + ","; });
    CHECK(s == "met,met_late,overdue,due_soon,upcoming,not_required,advisory,no_record,");
}
