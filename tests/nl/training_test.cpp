// Tests of careertalk/nl/training.hpp: BW 7:611a and the transitievergoeding Besluit
// (docs/nl/training.md; worked examples E13 and E22).
#include <careertalk/nl/training.hpp>

#include "catch.hpp"

using namespace date::literals;
namespace nl = careertalk::nl;

// E13 (a): the Beroepsopleiding Advocatuur for an advocaat-stagiaire (HR 26-09-2025).
constexpr nl::pop_training e13a{.required_for_the_work = true, .repayment_clause = true};
constexpr auto a = nl::assess(e13a);
static_assert(a.mandatory && a.kosteloos && a.arbeidstijd && a.onder_werktijd);
static_assert(a.beding_nietig && !a.beding_mogelijk);
static_assert(a.why[0]->id == nl::bw_7_611a_lid_2_4.id);

// E13 (b): a self-chosen MBA: the clause may be valid.
constexpr auto b = nl::assess({.repayment_clause = true});
static_assert(!b.mandatory && !b.kosteloos && !b.beding_nietig && b.beding_mogelijk);
static_assert(b.why[0]->id == nl::bw_7_611a_vrijwillig.id);

// E13 (c): the contract ended before 2022-08-01: old law, no nullity under lid 4.
constexpr auto c = nl::assess({.required_for_the_work = true, .repayment_clause = true,
                               .contract_ended = 2022_y / apr / 1});
static_assert(!c.mandatory && !c.beding_nietig && c.beding_mogelijk);
static_assert(c.why[0]->id == nl::bw_7_611a_lid_1.id);

TEST_CASE("E13: the new law applies to a contract still running on 2022-08-01") {
    // BW 7:611a lid 2-4 in force 2022-08-01 (Kamerstuk 35 962)
    auto last_day_before = nl::assess({.required_for_the_work = true, .repayment_clause = true,
                                       .contract_ended = 2022_y / jul / 31});
    CHECK_FALSE(last_day_before.beding_nietig);
    auto first_day = nl::assess({.required_for_the_work = true, .repayment_clause = true,
                                 .contract_ended = 2022_y / aug / 1});
    CHECK(first_day.beding_nietig);
    CHECK(first_day.kosteloos);
    // No clause: nothing void, nothing possible.
    auto no_clause = nl::assess({.required_for_the_work = true});
    CHECK(no_clause.mandatory);
    CHECK_FALSE(no_clause.beding_nietig);
    CHECK_FALSE(no_clause.beding_mogelijk);
}

TEST_CASE("E22: deducting a course from the transitievergoeding") {
    // Besluit Stb. 2015, 171 art. 2 lid 1 sub a-b; Stb. 2020, 188
    const nl::pop_training course{.costs_from = 2024_y / apr / 1,
                                  .specified_on = 2024_y / mar / 1,
                                  .consent_on = 2024_y / mar / 1};
    const auto ok = nl::assess(course);  // (a)
    CHECK(ok.aftrekbaar);
    CHECK(ok.why.back() == &nl::besluit_transitievergoeding);

    auto late = course;  // (b) consent after the costs started
    late.consent_on = 2024_y / may / 1;
    CHECK_FALSE(nl::assess(late).aftrekbaar);

    auto current = course;  // (c) for the current function
    current.for_current_function = true;
    CHECK_FALSE(nl::assess(current).aftrekbaar);
    CHECK(nl::assess(current).why.back() == &nl::besluit_2020);

    auto mandatory = course;  // a 7:611a lid 2 training is for the current function
    mandatory.required_for_the_work = true;
    CHECK_FALSE(nl::assess(mandatory).aftrekbaar);

    auto reintegration = course;
    reintegration.reintegration_or_redeployment = true;
    CHECK_FALSE(nl::assess(reintegration).aftrekbaar);
}

TEST_CASE("E22: consent on the day the costs start counts, a CAO may replace it") {
    nl::pop_training t{.costs_from = 2024_y / apr / 1, .specified_on = 2024_y / apr / 1,
                       .consent_on = 2024_y / apr / 1};
    CHECK(nl::assess(t).aftrekbaar);
    t.consent_on = 2024_y / apr / 2;
    CHECK_FALSE(nl::assess(t).aftrekbaar);
    t.consent_on.reset();
    CHECK_FALSE(nl::assess(t).aftrekbaar);
    t.cao_allows_deduction = true;
    CHECK(nl::assess(t).aftrekbaar);
    t.specified_on.reset();  // the specification is still required
    CHECK_FALSE(nl::assess(t).aftrekbaar);
}
