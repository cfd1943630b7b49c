// Tests of the careertalk tool's messages (examples/careertalk/messages.hpp): the placeholders,
// and the French and Dutch texts of the library's diagnostics, keyed by the library's own
// English message so that a changed or new message of the library is seen here.
#include "../../examples/careertalk/messages.hpp"

#include <careertalk/validate.hpp>

#include <array>
#include <sstream>

#include "catch.hpp"

using namespace date::literals;
namespace ct = careertalk;
using ct::cli::diagnostic_labels_of;

namespace {

constexpr auto as_of = 2026_y / nov / 23;

// Every diagnostic of `ev` has its entry, whose English is the library's message; false when
// there is none (the facts were meant to give one).
constexpr bool keyed(const ct::evaluation& ev) {
    for (const ct::diagnostic& d : ev.diagnostics)
        if (diagnostic_labels_of(d).en != d.message) return false;
    return !ev.diagnostics.empty();
}
constexpr ct::evaluation check(const ct::employee& e, const ct::company& c = {},
                               ct::year_month_day on = as_of) {
    return ct::validate(e, c, on);
}
constexpr ct::evaluation jurisdiction(ct::jurisdiction j, const ct::company& c) {
    ct::evaluation ev{};
    ct::validate_jurisdiction(j, c, ev);
    return ev;
}

constexpr std::array<ct::absence, 1> reversed{
    {{ct::absence_kind::conge_maternite, 2025_y / dec / 29, 2025_y / dec / 28}}};
constexpr std::array<ct::absence, 2> overlapping{{
    {ct::absence_kind::conge_maternite, 2025_y / dec / 29, 2026_y / apr / 19},
    {ct::absence_kind::conge_parental_education, 2026_y / apr / 19, 2026_y / dec / 31},
}};
constexpr std::array<ct::absence, 1> partial_leave{
    {{ct::absence_kind::conge_maternite, 2025_y / dec / 29, std::nullopt, 50}}};
constexpr std::array<ct::interview, 1> before_hire{
    {{ct::obligation_kind::entretien_professionnel, 2020_y / jan / 5}}};
constexpr auto hire = 2020_y / jan / 6;

}  // namespace

static_assert(keyed(check({.hire_date = 2025_y / feb / 29})));  // invalid_date
static_assert(keyed(check({.hire_date = hire}, {}, 2025_y / feb / 29)));  // as_of
static_assert(keyed(check({.hire_date = 1899_y / dec / 31})));  // hire_out_of_range
static_assert(keyed(check({.hire_date = hire, .birth_date = 2020_y / jan / 7})));
static_assert(keyed(check({.hire_date = hire, .contract_end = 2020_y / jan / 5})));
static_assert(keyed(check({.hire_date = hire, .absences = reversed})));
static_assert(keyed(check({.hire_date = hire, .absences = overlapping})));
static_assert(keyed(check({.hire_date = hire, .absences = partial_leave})));  // out_of_range
static_assert(keyed(check({.hire_date = hire, .interviews = before_hire})));
static_assert(keyed(check({.hire_date = hire}, {.headcount = -1})));
static_assert(keyed(jurisdiction(ct::jurisdiction::nl, {.idcc = 1486})));
static_assert(keyed(jurisdiction(ct::jurisdiction::fr, {.cao = "cao-rijk"})));

// A code with several messages is told apart by its field.
static_assert(ct::cli::diagnostic_text({ct::record_kind::employee, 0, "contract_end",
                                        ct::diagnostic_code::end_before_start, ""},
                                       ct::lang::fr) ==
              "le contrat se termine avant la date d'embauche");
static_assert(ct::cli::diagnostic_text({ct::record_kind::absence, 0, "end",
                                        ct::diagnostic_code::end_before_start, ""},
                                       ct::lang::nl) ==
              "de afwezigheid eindigt voordat ze begint");
static_assert(ct::cli::holes("{} and {}") == 2 && ct::cli::holes("{ }") == 0);

TEST_CASE("say fills the placeholders in order, in the language asked") {
    using ct::cli::say;
    namespace msg = ct::cli::msg;
    CHECK(say(msg::duplicate_id, ct::lang::en, {"'E1'", "2"}) == "duplicate id 'E1' (first on line 2)");
    CHECK(say(msg::duplicate_id, ct::lang::fr, {"'E1'", "2"}) ==
          "identifiant 'E1' en double (première occurrence à la ligne 2)");
    CHECK(say(msg::duplicate_id, ct::lang::nl, {"'E1'", "2"}) == "dubbele id 'E1' (eerst op regel 2)");
    CHECK(say(msg::empty_id, ct::lang::nl) == "lege id");
}

TEST_CASE("a CSV problem in each language, in English the reader's own message") {
    std::istringstream in{"a,\"b\"c\n"};
    ct::io::csv_reader r{*in.rdbuf()};
    std::vector<std::string> f;
    REQUIRE(r.read(f) == ct::io::csv_status::error);
    CHECK(ct::cli::csv_text(r, ct::lang::en) == r.message());
    CHECK(ct::cli::csv_text(r, ct::lang::fr) == "caractère inattendu après un guillemet fermant");
    CHECK(ct::cli::csv_text(r, ct::lang::nl) == "onverwacht teken na een sluitend aanhalingsteken");
}
