// Tests of the compiled facade (careertalk/facade.hpp, linked from careertalk::compiled): by
// rule set name it answers exactly what the header-only evaluate answers under the policy of
// that name, and an unknown name, idcc or CAO is a diagnostic.
#include <careertalk/facade.hpp>
#include <careertalk/rule_sets.hpp>

#include "catch.hpp"

#include <algorithm>
#include <array>

using namespace date::literals;
namespace ct = careertalk;

namespace {

// Field by field: an evaluation has no operator== (its rules compare by id).
void require_same(const ct::evaluation& facade, const ct::evaluation& header_only) {
    REQUIRE(facade.as_of == header_only.as_of);
    REQUIRE(facade.obligations.size() == header_only.obligations.size());
    for (std::size_t i = 0; i < facade.obligations.size(); ++i) {
        const ct::obligation& a = facade.obligations[i];
        const ct::obligation& b = header_only.obligations[i];
        CAPTURE(i);
        REQUIRE(a.kind == b.kind);
        REQUIRE(a.trigger_date == b.trigger_date);
        REQUIRE(a.window_start == b.window_start);
        REQUIRE(a.due_date == b.due_date);
        REQUIRE(a.state == b.state);
        REQUIRE(a.held_on == b.held_on);
        REQUIRE(a.rule == b.rule);
        REQUIRE(a.agenda.size() == b.agenda.size());
        REQUIRE(a.why.size() == b.why.size());
    }
    REQUIRE(facade.findings.size() == header_only.findings.size());
    for (std::size_t i = 0; i < facade.findings.size(); ++i)
        REQUIRE(facade.findings[i].rule == header_only.findings[i].rule);
    REQUIRE(facade.diagnostics.size() == header_only.diagnostics.size());
}

// Hired on 29 February 2016, back from maternity leave in 2021, one interview in 2018.
constexpr std::array french_absences{
    ct::absence{.kind = ct::absence_kind::conge_maternite, .start = 2020_y / sep / 1,
                .end = 2021_y / jan / 31}};
constexpr std::array french_interviews{
    ct::interview{.kind = ct::obligation_kind::entretien_professionnel, .date = 2018_y / feb / 28}};
constexpr ct::employee french{.id = "F1", .hire_date = 2016_y / feb / 29,
                              .absences = french_absences, .interviews = french_interviews};

// Sick from 31 January 2025 (Poortwachter), in the current function since 1 March 2019.
constexpr std::array dutch_absences{
    ct::absence{.kind = ct::absence_kind::ziekte, .start = 2025_y / jan / 31}};
constexpr ct::employee dutch{.id = "N1", .hire_date = 2018_y / aug / 31,
                             .absences = dutch_absences, .function_start = 2019_y / mar / 1};

constexpr auto as_of = 2026_y / feb / 28;

}  // namespace

TEST_CASE("the facade answers what the header-only evaluate answers (French rule sets)") {
    const ct::company fifty{.headcount = 50};
    require_same(ct::compiled::evaluate("fr", french, fifty, as_of),
                 ct::evaluate(ct::fr::law, french, fifty, as_of));
    require_same(ct::compiled::evaluate("fr:ministry", french, fifty, as_of),
                 ct::evaluate(ct::fr::ministry, french, fifty, as_of));
    const ct::fr::accord* branch = ct::fr::find_agreement("idcc-1527");
    REQUIRE(branch != nullptr);
    require_same(ct::compiled::evaluate("fr:idcc-1527", french, fifty, as_of),
                 ct::evaluate(*branch, french, fifty, as_of));
    // "fr" at a company of a branch with a preset: the branch's preset (rule_sets.hpp).
    const ct::company in_branch{.headcount = 50, .idcc = 1527};
    require_same(ct::compiled::evaluate("fr", french, in_branch, as_of),
                 ct::evaluate(*branch, french, in_branch, as_of));
    REQUIRE_FALSE(ct::compiled::evaluate("fr", french, fifty, as_of).obligations.empty());
}

TEST_CASE("the facade answers what the header-only evaluate answers (Dutch rule sets)") {
    const ct::nl::conversation_policy* rijk = ct::nl::find_policy("cao-rijk");
    REQUIRE(rijk != nullptr);
    const ct::company company{.headcount = 200};
    require_same(ct::compiled::evaluate("nl:cao-rijk", dutch, company, as_of),
                 ct::evaluate(*rijk, dutch, company, as_of));
    // "nl" reads the company's cao column.
    const ct::company rijk_company{.headcount = 200, .cao = "cao-rijk"};
    require_same(ct::compiled::evaluate("nl", dutch, rijk_company, as_of),
                 ct::evaluate(*rijk, dutch, rijk_company, as_of));
    REQUIRE_FALSE(ct::compiled::evaluate("nl", dutch, rijk_company, as_of).obligations.empty());
}

TEST_CASE("evaluate_into clears and reuses, and takes a std::chrono date") {
    ct::evaluation out{};
    ct::compiled::evaluate_into("nope", french, ct::company{}, as_of, out);
    REQUIRE_FALSE(out.ok());
    ct::compiled::evaluate_into("fr", french, ct::company{.headcount = 50},
                                std::chrono::year{2026} / 2 / 28, out);
    REQUIRE(out.ok());
    require_same(out, ct::evaluate(ct::fr::law, french, ct::company{.headcount = 50}, as_of));
}

TEST_CASE("every rule set name is known to the facade") {
    const std::vector<std::string> names = ct::compiled::rule_set_names();
    REQUIRE(names == ct::rule_set_names());
    REQUIRE(std::ranges::find(names, "nl:cao-rijk") != names.end());
    for (const std::string& name : names) {
        CAPTURE(name);
        const ct::evaluation ev =
            ct::compiled::evaluate(name, name.starts_with("fr") ? french : dutch,
                                   ct::company{.headcount = 50}, as_of);
        REQUIRE(ev.ok());
    }
}

TEST_CASE("an unknown rule set, idcc or CAO is a diagnostic naming its field") {
    const auto check = [](const ct::evaluation& ev, std::string_view field, ct::record_kind r) {
        REQUIRE(ev.obligations.empty());
        REQUIRE(ev.diagnostics.size() == 1);
        REQUIRE(ev.diagnostics[0].code == ct::diagnostic_code::unknown_rule_set);
        REQUIRE(ev.diagnostics[0].field == field);
        REQUIRE(ev.diagnostics[0].record == r);
        REQUIRE_FALSE(ev.diagnostics[0].message.empty());
    };
    check(ct::compiled::evaluate("", french, ct::company{}, as_of), "rules",
          ct::record_kind::policy);
    check(ct::compiled::evaluate("de", french, ct::company{}, as_of), "rules",
          ct::record_kind::policy);
    check(ct::compiled::evaluate("fr:idcc-0000", french, ct::company{}, as_of), "rules",
          ct::record_kind::policy);
    check(ct::compiled::evaluate("nl:no-such-cao", dutch, ct::company{}, as_of), "rules",
          ct::record_kind::policy);
    check(ct::compiled::evaluate("fr", french, ct::company{.idcc = 9999}, as_of), "idcc",
          ct::record_kind::company);
    check(ct::compiled::evaluate("nl", dutch, ct::company{.cao = "no-such-cao"}, as_of), "cao",
          ct::record_kind::company);
}
