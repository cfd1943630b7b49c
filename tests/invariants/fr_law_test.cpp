// Invariants of careertalk::fr::law and its named readings over random facts (issue 9); the
// properties are in harness.hpp. Each policy gets CAREERTALK_INVARIANT_EMPLOYEES employees
// (default 25,000: 100,000 for the French law per CI run).
#include <careertalk/fr/law.hpp>

#include "fr_profile.hpp"
#include "harness.hpp"
#include "next_due_oracle.hpp"

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;

namespace {

using invariants::fr_profile::french;

// Model F counts the periodic interviews in fixed periods from hire: one held the day after a
// due date belongs to the next period (CDC FAQ; clock_model::fixed, fr/schedule.hpp).
bool fixed_period(const obligation& o) {
    return o.kind == obligation_kind::entretien_professionnel ||
           o.kind == obligation_kind::entretien_parcours_professionnel;
}

// Any violation fails (issue 9). CAREERTALK_INVARIANT_SURVEY=1 lists
// every category with a shrunk example.
void run_invariants(const fr::law_policy& policy, std::string_view name) {
    std::vector<invariants::facts> sample;
    const auto r = invariants::check_population(
        policy, french, invariants::employees_per_set(25000), &sample,
        policy.clock == fr::clock_model::fixed ? fixed_period : nullptr);
    INFO("fr:" << name);
    if (!r.empty()) FAIL(r);
    REQUIRE(invariants::check_batch(policy, sample, 2026_y / nov / 23).empty());
}

}  // namespace

TEST_CASE("fr:law holds the invariants") { run_invariants(fr::law, "law"); }
TEST_CASE("fr:ministry holds the invariants") { run_invariants(fr::ministry, "ministry"); }
TEST_CASE("fr:literal holds the invariants") { run_invariants(fr::literal, "literal"); }
TEST_CASE("fr:anniversaries holds the invariants") {
    run_invariants(fr::anniversaries, "anniversaries");
}
TEST_CASE("fr:law under a 2-year agreement holds the invariants") {
    run_invariants(fr::law.with_cycle(24), "law.with_cycle(24)");
}

// fr::next_due computes the next dates directly (on the rolling clock, from the last interview
// held, without walking the periodic chain): the same answer as the whole-career evaluation
// on every random career, on its as-of date and a later one (issue 21, W1).
TEST_CASE("fr::next_due equals the full evaluation on random careers") {
    const auto n = invariants::employees_per_set(100000);
    for (const auto& [policy, name] :
         {std::pair{fr::law, "law"}, std::pair{fr::ministry, "ministry"},
          std::pair{fr::literal, "literal"}, std::pair{fr::anniversaries, "anniversaries"},
          std::pair{fr::law.with_cycle(24), "law.with_cycle(24)"}}) {
        INFO("fr:" << name);
        const std::string r = invariants::check_next_due(
            policy, french, std::string_view{name} == "law" ? n : n / 10);
        INFO(r);
        REQUIRE(r.empty());
    }
}

// C. trav. L6315-1 I lists the absences after which the interview is owed; among sick leaves
// only the arrêt longue maladie of CSS L324-1. Over random careers whose absences are all work
// accidents or occupational diseases (CSS L411-1, L461-1), however long, no return interview is
// owed, under every reading (docs/fr/readings.md#work-risk).
TEST_CASE("no return interview after a work accident or an occupational disease") {
    constexpr absence_kind work_risk[] = {absence_kind::accident_travail,
                                          absence_kind::maladie_professionnelle};
    const invariants::profile only_work_risk{invariants::fr_profile::contracts, work_risk,
                                             invariants::fr_profile::interviews,
                                             invariants::fr_profile::landmarks, {}, {}};
    for (const fr::law_policy* policy : {&fr::law, &fr::ministry, &fr::literal}) {
        std::vector<invariants::facts> sample;
        const auto r = invariants::check_population(*policy, only_work_risk,
                                                    invariants::employees_per_set(2000), &sample);
        if (!r.empty()) FAIL(r);
        std::size_t with_absence = 0;
        for (const invariants::facts& f : sample) {
            with_absence += !f.absences.empty();
            const evaluation ev = evaluate(*policy, f.view(), f.company_view(), f.as_of);
            for (const obligation& o : ev.obligations)
                CHECK(o.kind != obligation_kind::entretien_retour);
        }
        CHECK(with_absence > 0);  // the sample has such absences to test
    }
}
