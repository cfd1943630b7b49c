// Tests of fr::law_policy::outlook: the états des lieux not yet decided and due by a date, as
// they will be decided if nothing more is done, and the interviews that would complete their
// period (docs/fr/penalty.md#outlook). Sources: C. trav. L6315-1 I and II (v7,
// LEGIARTI000053279288: "a bénéficié au cours des huit dernières années des entretiens
// professionnels prévus au I"), L6323-13 (v6/v7: abondement when the interviews and a training
// other than L6321-2 are both missing), R6323-3 IV (v7: paid by the last day of the calendar
// quarter after the review); loi 2025-989 and the ministry Q-R no. 2 (a 2-year deadline not
// expired on 2025-10-26 becomes 4 years); the one-month tolerance is the library's reading
// (docs/fr/penalty.md#tolerance).
//
// The worked example: hired 2020-01-15 by a company of 120. Six years would end on 2026-01-15,
// after the reform: the review is at eight years, 2028-01-15. Interviews are planned on
// 2022-01-15 and 2024-01-15 (2 years, expired before the reform); the next, 2026-01-15, not
// expired on 2025-10-26, moves to four years, 2028-01-15: the review's own.
#include <careertalk/fr/law.hpp>

#include "catch.hpp"

#include <array>

using namespace date::literals;
namespace fr = careertalk::fr;
using namespace careertalk;

namespace {

constexpr company big{.headcount = 120};
constexpr year_month_day hire = 2020_y / jan / 15;

constexpr std::array<interview, 2> both{{{obligation_kind::entretien_professionnel, 2022_y / jan / 10},
                                         {obligation_kind::entretien_professionnel, 2024_y / feb / 14}}};
constexpr std::array<interview, 1> first_only{{{obligation_kind::entretien_professionnel, 2022_y / jan / 10}}};

employee with(std::span<const interview> held, std::span<const training> trained = {}) {
    return employee{.id = "E1", .hire_date = hire, .interviews = held, .trainings = trained};
}

}  // namespace

TEST_CASE("outlook: interviews on time, no training: EUR 3,000 at the 8-year review unless it "
          "is held by its deadline plus the tolerance (L6315-1 II v7, L6323-13 v7, R6323-3 IV "
          "v7)") {
    const auto out = fr::law.outlook(with(both), big, 2026_y / dec / 4, 2028_y / jun / 30);
    REQUIRE(out.size() == 1);
    const fr::review_outlook& o = out[0];
    CHECK(o.verdict.kind == finding_kind::penalty);
    CHECK(o.verdict.amount.cents == 300'000);
    CHECK(o.verdict.paid_to == payee::caisse_des_depots);
    CHECK(o.verdict.date == 2028_y / jan / 15);
    CHECK(o.verdict.payment_due == 2028_y / jun / 30);  // end of the next calendar quarter
    CHECK(o.deadline == 2028_y / jan / 15);
    REQUIRE(o.missing.size() == 1);
    CHECK(o.missing[0].kind == obligation_kind::etat_des_lieux);
    CHECK(o.missing[0].latest == 2028_y / feb / 15);
    CHECK(o.interviews_can_prevent);
    REQUIRE(o.training_by);
    CHECK(*o.training_by == 2028_y / jan / 14);  // the period is the eight years of seniority
}

TEST_CASE("outlook: the 2024 interview missed, past its tolerance: no interview can prevent "
          "the penalty any more, a training can (cumulative reading, Cass. soc. 21 Jan 2026)") {
    const auto out = fr::law.outlook(with(first_only), big, 2026_y / dec / 4, 2028_y / jun / 30);
    REQUIRE(out.size() == 1);
    const fr::review_outlook& o = out[0];
    CHECK(o.verdict.kind == finding_kind::penalty);
    REQUIRE(o.missing.size() == 2);
    CHECK(o.missing[0].kind == obligation_kind::entretien_professionnel);
    CHECK(o.missing[0].due == 2024_y / jan / 15);
    CHECK(o.missing[0].latest == 2024_y / feb / 15);
    CHECK(o.missing[1].kind == obligation_kind::etat_des_lieux);
    CHECK_FALSE(o.interviews_can_prevent);
    CHECK(o.training_by == 2028_y / jan / 14);
}

TEST_CASE("outlook: the 2024 interview still within its tolerance on the as-of date can be "
          "held, the day after it cannot (docs/fr/penalty.md#tolerance)") {
    const auto on_last_day = fr::law.outlook(with(first_only), big, 2024_y / feb / 15, 2028_y / jun / 30);
    REQUIRE(on_last_day.size() == 1);
    REQUIRE(on_last_day[0].missing.size() == 2);
    CHECK(on_last_day[0].missing[0].latest == 2024_y / feb / 15);
    CHECK(on_last_day[0].interviews_can_prevent);
    const auto day_after = fr::law.outlook(with(first_only), big, 2024_y / feb / 16, 2028_y / jun / 30);
    REQUIRE(day_after.size() == 1);
    CHECK_FALSE(day_after[0].interviews_can_prevent);
}

TEST_CASE("outlook: a training other than L6321-2 in the period: no penalty is projected "
          "(L6323-13 v7, cumulative reading)") {
    constexpr std::array<training, 1> course{{{.date = 2026_y / mar / 2, .mandatory = false}}};
    const auto out = fr::law.outlook(with(first_only, course), big, 2026_y / dec / 4, 2028_y / jun / 30);
    REQUIRE(out.size() == 1);
    CHECK(out[0].verdict.kind == finding_kind::no_penalty);
    // Under the disjunctive reading (Centre Inffo 2016) the missed interview still costs it.
    const auto dis = fr::law_disjunctive.outlook(with(first_only, course), big, 2026_y / dec / 4,
                                                 2028_y / jun / 30);
    REQUIRE(dis.size() == 1);
    CHECK(dis[0].verdict.kind == finding_kind::penalty);
}

TEST_CASE("outlook: a review due the day after `until` is not listed, due on `until` it is") {
    CHECK(fr::law.outlook(with(both), big, 2026_y / dec / 4, 2028_y / jan / 14).empty());
    CHECK(fr::law.outlook(with(both), big, 2026_y / dec / 4, 2028_y / jan / 15).size() == 1);
}

TEST_CASE("outlook: a review past its deadline but within the tolerance on the as-of date is not "
          "decided yet, so it is listed, the day after the tolerance it is decided, not listed") {
    const auto pending = fr::law.outlook(with(both), big, 2028_y / feb / 15, 2028_y / feb / 20);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].missing.back().latest == 2028_y / feb / 15);
    CHECK(pending[0].interviews_can_prevent);
    CHECK(fr::law.outlook(with(both), big, 2028_y / feb / 16, 2028_y / mar / 1).empty());
}

TEST_CASE("outlook: planned interviews after the as-of date are not counted (nothing more is "
          "done)") {
    constexpr std::array<interview, 3> planned{
        {{obligation_kind::entretien_professionnel, 2022_y / jan / 10},
         {obligation_kind::entretien_professionnel, 2024_y / feb / 14},
         {obligation_kind::etat_des_lieux, 2028_y / jan / 10}}};
    const auto out = fr::law.outlook(with(planned), big, 2026_y / dec / 4, 2028_y / jun / 30);
    REQUIRE(out.size() == 1);
    CHECK(out[0].verdict.kind == finding_kind::penalty);
}

TEST_CASE("outlook: under 50 employees no abondement is projected (L6323-13)") {
    const auto out = fr::law.outlook(with(both), company{.headcount = 49}, 2026_y / dec / 4,
                                     2028_y / jun / 30);
    REQUIRE(out.size() == 1);
    CHECK(out[0].verdict.kind == finding_kind::no_penalty);
}
