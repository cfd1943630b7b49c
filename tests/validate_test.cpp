// Tests of careertalk/validate.hpp: one case per diagnostic code, at its edge.
#include <careertalk/validate.hpp>

#include <array>
#include <vector>

#include "catch.hpp"

using namespace date::literals;
using careertalk::diagnostic_code;

namespace {

constexpr auto as_of = 2026_y / nov / 23;

constexpr bool has(const careertalk::evaluation& ev, diagnostic_code c, std::string_view field) {
    for (const auto& d : ev.diagnostics)
        if (d.code == c && d.field == field) return true;
    return false;
}

constexpr careertalk::evaluation check(const careertalk::employee& e,
                                       const careertalk::company& c = {}) {
    return careertalk::validate(e, c, as_of);
}

}  // namespace

static_assert(check({.hire_date = 2020_y / jan / 6}).ok());
static_assert(has(check({.hire_date = 2025_y / feb / 29}), diagnostic_code::invalid_date,
                  "hire_date"));
static_assert(has(check({.hire_date = 1899_y / dec / 31}), diagnostic_code::hire_out_of_range,
                  "hire_date"));
static_assert(check({.hire_date = 1900_y / jan / 1}).ok());
// Up to one year after the as-of date is a planned hire; a day more is an error.
static_assert(check({.hire_date = 2027_y / nov / 23}).ok());
static_assert(has(check({.hire_date = 2027_y / nov / 24}), diagnostic_code::hire_out_of_range,
                  "hire_date"));
static_assert(has(check({.hire_date = 2020_y / jan / 6, .birth_date = 2020_y / jan / 7}),
                  diagnostic_code::birth_after_hire, "birth_date"));
static_assert(check({.hire_date = 2020_y / jan / 6, .birth_date = 2020_y / jan / 6}).ok());
static_assert(has(check({.hire_date = 2020_y / jan / 6, .contract_end = 2020_y / jan / 5}),
                  diagnostic_code::end_before_start, "contract_end"));

constexpr std::array<careertalk::absence, 1> reversed{
    {{careertalk::absence_kind::conge_maternite, 2025_y / dec / 29, 2025_y / dec / 28}}};
static_assert(has(check({.hire_date = 2020_y / jan / 6, .absences = reversed}),
                  diagnostic_code::end_before_start, "end"));

// Two absences sharing their last/first day overlap; consecutive ones do not.
constexpr std::array<careertalk::absence, 2> sharing_a_day{{
    {careertalk::absence_kind::conge_maternite, 2025_y / dec / 29, 2026_y / apr / 19},
    {careertalk::absence_kind::conge_parental_education, 2026_y / apr / 19, 2026_y / dec / 31},
}};
constexpr std::array<careertalk::absence, 2> consecutive{{
    {careertalk::absence_kind::conge_maternite, 2025_y / dec / 29, 2026_y / apr / 19},
    {careertalk::absence_kind::conge_parental_education, 2026_y / apr / 20, 2026_y / dec / 31},
}};
static_assert(has(check({.hire_date = 2020_y / jan / 6, .absences = sharing_a_day}),
                  diagnostic_code::overlapping_absences, "start"));
static_assert(check({.hire_date = 2020_y / jan / 6, .absences = consecutive}).ok());

// Out of order: the third absence overlaps the first one, not its neighbour.
constexpr std::array<careertalk::absence, 3> unsorted{{
    {careertalk::absence_kind::conge_sabbatique, 2024_y / jan / 1, 2024_y / jun / 30},
    {careertalk::absence_kind::arret_maladie, 2022_y / jan / 1, 2022_y / jan / 31},
    {careertalk::absence_kind::arret_maladie, 2024_y / jun / 30, 2024_y / jul / 5},
}};
static_assert(has(check({.hire_date = 2020_y / jan / 6, .absences = unsorted}),
                  diagnostic_code::overlapping_absences, "start"));
// A running absence (no end) overlaps everything after its start.
constexpr std::array<careertalk::absence, 2> running{{
    {careertalk::absence_kind::arret_maladie, 2024_y / jan / 1, std::nullopt},
    {careertalk::absence_kind::conge_sabbatique, 2026_y / jan / 1, 2026_y / jun / 30},
}};
static_assert(has(check({.hire_date = 2020_y / jan / 6, .absences = running}),
                  diagnostic_code::overlapping_absences, "start"));

constexpr std::array<careertalk::interview, 1> before{
    {{careertalk::obligation_kind::entretien_professionnel, 2020_y / jan / 5}}};
constexpr std::array<careertalk::training, 1> training_before{{{2020_y / jan / 5, false, 0}}};
static_assert(has(check({.hire_date = 2020_y / jan / 6, .interviews = before}),
                  diagnostic_code::before_hire, "date"));
static_assert(has(check({.hire_date = 2020_y / jan / 6, .trainings = training_before}),
                  diagnostic_code::before_hire, "date"));
static_assert(has(check({.hire_date = 2020_y / jan / 6}, {.headcount = -1}),
                  diagnostic_code::negative_headcount, "headcount"));
static_assert(check({.hire_date = 2020_y / jan / 6}, {.headcount = 0}).ok());

TEST_CASE("thousands of absences are checked quickly, sorted or not") {
    std::vector<careertalk::absence> many;
    for (int i = 0; i < 20000; ++i)
        many.push_back({careertalk::absence_kind::arret_maladie,
                        careertalk::add_days(2000_y / jan / 1, 2 * i),
                        careertalk::add_days(2000_y / jan / 1, 2 * i)});
    REQUIRE(check({.hire_date = 2000_y / jan / 1, .absences = many}).ok());
    std::swap(many.front(), many.back());  // unsorted: every pair is compared
    REQUIRE(check({.hire_date = 2000_y / jan / 1, .absences = many}).ok());
    many.back().end = careertalk::add_days(many.back().start, 3);  // now overlaps the next one
    REQUIRE_FALSE(check({.hire_date = 2000_y / jan / 1, .absences = many}).ok());
}

TEST_CASE("diagnostics name the record and its index") {
    const std::array<careertalk::interview, 3> held{{
        {careertalk::obligation_kind::entretien_professionnel, 2021_y / jan / 3},
        {careertalk::obligation_kind::entretien_professionnel, 2021_y / feb / 30},
        {careertalk::obligation_kind::entretien_professionnel, 2019_y / jan / 3},
    }};
    const auto ev = check({.hire_date = 2020_y / jan / 6, .interviews = held});
    REQUIRE(ev.diagnostics.size() == 2);
    CHECK(ev.diagnostics[0].record == careertalk::record_kind::interview);
    CHECK(ev.diagnostics[0].index == 1);
    CHECK(ev.diagnostics[0].code == diagnostic_code::invalid_date);
    CHECK(ev.diagnostics[1].index == 2);
    CHECK(ev.diagnostics[1].code == diagnostic_code::before_hire);
    CHECK_FALSE(ev.diagnostics[1].message.empty());
}
