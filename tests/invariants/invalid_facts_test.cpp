// Invalid facts never produce results (issue 9): for every diagnostic_code, facts that raise
// it are fed to every public computation, which must answer with that diagnostic and no
// obligation, no finding and no date. The table must cover every enumerator of
// diagnostic_code (checked through Boost.Describe), so a new code gets a case here.
#include "harness.hpp"

#include <careertalk/evaluate.hpp>
#include <careertalk/fr/law.hpp>
#include <careertalk/nl/catalogue.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <functional>
#include <string>
#include <vector>

#include "catch.hpp"
#include "toy_policy.hpp"

using namespace date::literals;
using namespace careertalk;
using invariants::facts;

namespace {

constexpr year_month_day as_of = 2026_y / nov / 23;

// A valid employee every case spoils in one way.
facts valid() {
    facts f{};
    f.person.id = "E1";
    f.person.hire_date = 2015_y / mar / 2;
    f.person.birth_date = 1975_y / jun / 30;
    f.person.function_start = 2018_y / jan / 1;
    f.person.aow_date = 2042_y / sep / 30;
    f.employer.headcount = 120;
    f.absences = {{absence_kind::conge_maternite, 2019_y / jan / 7, 2019_y / apr / 28},
                  {absence_kind::arret_maladie, 2021_y / feb / 1, 2021_y / feb / 28}};
    f.interviews = {{obligation_kind::entretien_professionnel, 2017_y / mar / 1}};
    f.trainings = {{2018_y / may / 14, false, 14}};
    f.as_of = as_of;
    return f;
}

struct bad_case {
    diagnostic_code code{};
    std::string label;
    std::function<void(facts&)> spoil;
};

const std::vector<bad_case>& cases() {
    using dc = diagnostic_code;
    static const std::vector<bad_case> all = {
        {dc::invalid_date, "hire_date 2025-02-29", [](facts& f) { f.person.hire_date = 2025_y / feb / 29; }},
        {dc::invalid_date, "birth_date 1975-04-31", [](facts& f) { f.person.birth_date = 1975_y / apr / 31; }},
        {dc::invalid_date, "contract_end 2026-13-01",
         [](facts& f) { f.person.contract_end = year_month_day{2026_y, date::month{13}, date::day{1}}; }},
        {dc::invalid_date, "function_start day 0",
         [](facts& f) { f.person.function_start = year_month_day{2018_y, date::January, date::day{0}}; }},
        {dc::invalid_date, "aow_date 2042-02-30", [](facts& f) { f.person.aow_date = 2042_y / feb / 30; }},
        {dc::invalid_date, "absence end 2019-02-29", [](facts& f) { f.absences[0].end = 2019_y / feb / 29; }},
        {dc::invalid_date, "interview 2023-06-31",
         [](facts& f) { f.interviews.push_back({obligation_kind::entretien_professionnel, 2023_y / jun / 31}); }},
        {dc::invalid_date, "agreement_date 2020-11-31", [](facts& f) { f.employer.agreement_date = 2020_y / nov / 31; }},
        {dc::invalid_date, "as-of date 2026-02-29", [](facts& f) { f.as_of = 2026_y / feb / 29; }},
        {dc::birth_after_hire, "born the day after hire", [](facts& f) { f.person.birth_date = 2015_y / mar / 3; }},
        {dc::hire_out_of_range, "hired 1899-12-31", [](facts& f) { f.person.hire_date = 1899_y / dec / 31; }},
        {dc::hire_out_of_range, "hired a year and a day after the as-of date",
         [](facts& f) {
             f.person.hire_date = 2027_y / nov / 24;
             f.person.birth_date.reset();
             f.absences.clear();
             f.interviews.clear();
             f.trainings.clear();
         }},
        {dc::end_before_start, "absence ends the day before it starts",
         [](facts& f) { f.absences[1].end = 2021_y / jan / 31; }},
        {dc::end_before_start, "contract ends the day before hire",
         [](facts& f) { f.person.contract_end = 2015_y / mar / 1; }},
        {dc::overlapping_absences, "an absence starts on the last day of the previous one",
         [](facts& f) { f.absences[1].start = 2019_y / apr / 28; }},
        {dc::overlapping_absences, "an absence inside a running one",
         [](facts& f) {
             f.absences[0].end.reset();
             f.absences[1] = {absence_kind::arret_maladie, 2024_y / jan / 1, 2024_y / jan / 2};
         }},
        {dc::before_hire, "interview the day before hire",
         [](facts& f) { f.interviews.push_back({obligation_kind::entretien_professionnel, 2015_y / mar / 1}); }},
        {dc::before_hire, "absence starting before hire",
         [](facts& f) { f.absences[0] = {absence_kind::arret_maladie, 2015_y / feb / 27, 2015_y / mar / 10}; }},
        {dc::before_hire, "training before hire", [](facts& f) { f.trainings.push_back({2014_y / dec / 31, true, 7}); }},
        {dc::before_hire, "request before hire",
         [](facts& f) { f.requests.push_back({obligation_kind::entretien_professionnel, 2010_y / jan / 1}); }},
        {dc::negative_headcount, "headcount -1", [](facts& f) { f.employer.headcount = -1; }},
        {dc::negative_headcount, "headcount history -5",
         [](facts& f) { f.headcounts = {{2024_y, 60}, {2025_y, -5}}; }},
        {dc::out_of_range, "a partial return of 100 % (docs/nl/poortwachter.md#partial-return)",
         [](facts& f) { f.absences[1].work_resumed_percent = 100; }},
        {dc::capacity_exceeded, "20 interviews before hire",
         [](facts& f) {
             for (int i = 0; i < 20; ++i)
                 f.interviews.push_back({obligation_kind::entretien_professionnel,
                                         add_days(2014_y / jan / 1, i)});
         }},
        // policy_not_ok: each computation's own forbidden variant (below).
    };
    return all;
}

// A public computation: runs on facts and says what it answered, in one shape.
struct answer {
    bool any_date = false;  // an obligation, a finding or a date came out
    std::vector<diagnostic_code> codes;
};
struct computation {
    std::string name;
    std::function<answer(const facts&)> run;
    std::function<answer(const facts&)> run_not_ok;  // with a policy the law forbids
    std::function<void(facts&)> localise = [](facts&) {};  // the valid employee, made local
};

// The valid employee as a Dutch one: a permanent contract, unhappy with the career (the
// loopbaangesprek guide's trigger), sick once.
void dutch(facts& f) {
    f.person.contract = contract_kind::onbepaalde_tijd;
    f.person.flags.niet_tevreden = true;
    f.absences[0].kind = absence_kind::ziekte;
    f.absences[1].kind = absence_kind::ziekte;
    f.interviews[0].kind = obligation_kind::loopbaangesprek;
}

answer of(const evaluation& ev) {
    answer a{};
    a.any_date = !ev.obligations.empty() || !ev.findings.empty();
    for (const diagnostic& d : ev.diagnostics) a.codes.push_back(d.code);
    return a;
}

template <class P>
computation policy_computation(std::string name, P p, P forbidden) {
    return {name, [p](const facts& f) { return of(evaluate(p, f.view(), f.company_view(), f.as_of)); },
            [forbidden](const facts& f) {
                return of(evaluate(forbidden, f.view(), f.company_view(), f.as_of));
            }};
}

answer of(const fr::next_due_result& r) {
    answer a{};
    a.any_date = r.interview || r.etat_des_lieux || r.penalty_subject;
    return a;  // next_due has no diagnostics: an error is "nothing at all"
}

// Every public computation of the library. Rule sets add theirs here.
std::vector<computation> computations() {
    std::vector<computation> all{
        policy_computation("toy fixture (core evaluate)", toy::policy{}, toy::policy{5})};
    for (const fr::named_policy& p : fr::policies)
        all.push_back(policy_computation("fr:" + std::string{p.name}, *p.policy,
                                         p.policy->with_cycle(60)));
    for (const nl::conversation_policy* p : nl::policies) {
        nl::conversation_policy forbidden = *p;
        forbidden.source = nullptr;  // a policy that names no source is not ok()
        all.push_back(policy_computation("nl:" + std::string{p->name}, *p, forbidden));
        all.back().localise = dutch;
    }
    return all;
}

// The fast paths: they answer without building an evaluation, and must still refuse.
struct fast_path {
    std::string name;
    std::function<answer(const facts&)> run;
};
std::vector<fast_path> fast_paths() {
    return {{"fr::next_due(fr::law)",
             [](const facts& f) {
                 return of(fr::next_due(fr::law, f.view(), f.company_view(), f.as_of));
             }},
            {"fr::next_due_with_agenda(fr::law)", [](const facts& f) {
                 const auto r = fr::next_due_with_agenda(fr::law, f.view(), f.company_view(), f.as_of);
                 answer a = of(r.due);
                 a.any_date = a.any_date || !r.interview.empty() || !r.etat_des_lieux.empty();
                 return a;
             }}};
}

bool has(const answer& a, diagnostic_code c) {
    return std::find(a.codes.begin(), a.codes.end(), c) != a.codes.end();
}

}  // namespace

TEST_CASE("every diagnostic code has an invalid-facts case") {
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<diagnostic_code>>([](auto d) {
        INFO(d.name);
        const bool covered =
            d.value == diagnostic_code::policy_not_ok ||
            d.value == diagnostic_code::wrong_jurisdiction ||  // relative to a policy (below)
            // a rule set name, not a fact: tests/facade_test.cpp
            d.value == diagnostic_code::unknown_rule_set ||
            std::any_of(cases().begin(), cases().end(),
                        [&](const bad_case& c) { return c.code == d.value; });
        CHECK(covered);
    });
}

TEST_CASE("each case raises its diagnostic in validate() and spoils one valid employee") {
    const facts base = valid();
    REQUIRE(validate(base.view(), base.company_view(), base.as_of).ok());
    for (const bad_case& c : cases()) {
        INFO(c.label);
        facts f = base;
        c.spoil(f);
        evaluation ev{};
        if (f.as_of.ok()) ev = validate(f.view(), f.company_view(), f.as_of);
        else ev = evaluate(toy::policy{}, f.view(), f.company_view(), f.as_of);
        CHECK(has(of(ev), c.code));
    }
}

TEST_CASE("invalid facts give every computation an error and no date") {
    for (const computation& comp : computations()) {
        INFO(comp.name);
        facts base = valid();
        comp.localise(base);
        // Not vacuous: the valid employee gets dates.
        const answer ok = comp.run(base);
        REQUIRE(ok.codes.empty());
        REQUIRE(ok.any_date);
        for (const bad_case& c : cases()) {
            INFO(c.label);
            facts f = base;
            c.spoil(f);
            const answer a = comp.run(f);
            CHECK_FALSE(a.any_date);
            CHECK(has(a, c.code));
        }
        const answer forbidden = comp.run_not_ok(base);
        CHECK_FALSE(forbidden.any_date);
        CHECK(has(forbidden, diagnostic_code::policy_not_ok));
    }
}

TEST_CASE("invalid facts give the fast paths no date") {
    const facts base = valid();
    for (const fast_path& fast : fast_paths()) {
        INFO(fast.name);
        REQUIRE(fast.run(base).any_date);  // not vacuous
        for (const bad_case& c : cases()) {
            INFO(c.label);
            facts f = base;
            c.spoil(f);
            CHECK_FALSE(fast.run(f).any_date);
        }
    }
}

TEST_CASE("the other country's company facts give every computation an error and no date") {
    // wrong_jurisdiction (validate_jurisdiction): a Dutch CAO under a French policy, a French
    // branch (IDCC) under a Dutch one.
    for (const computation& comp : computations()) {
        const bool french = comp.name.starts_with("fr:");
        if (!french && !comp.name.starts_with("nl:")) continue;  // the toy has no country
        INFO(comp.name);
        facts f = valid();
        comp.localise(f);
        if (french) f.employer.cao = "cao-rijk";
        else f.employer.idcc = 3043;
        const answer a = comp.run(f);
        CHECK_FALSE(a.any_date);
        CHECK(has(a, diagnostic_code::wrong_jurisdiction));
    }
    facts f = valid();
    f.employer.cao = "cao-rijk";
    for (const fast_path& fast : fast_paths()) {
        INFO(fast.name);
        CHECK_FALSE(fast.run(f).any_date);
    }
}
