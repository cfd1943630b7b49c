// Tests of careertalk::audit (audit.hpp): the reviews dated in a window and their penalties,
// evaluated as of the window's end (the day after its last day). The reviews are the abondement correctif's
// (C. trav. L6315-1 II, L6323-13; the worked case of tests/fr/abondement_test.cpp: hired
// 2019-08-01, reviews on 2025-08-01 after six years and 2033-08-01 after eight more).
#include <careertalk/careertalk.hpp>

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;

namespace {
constexpr company c200{.headcount = 200};
// No interview at all: each review owes the EUR 3,000 abondement (L6323-13, R6323-3).
constexpr employee never{.id = "N", .hire_date = 2019_y / aug / 1};
constexpr auto first_review = 2025_y / aug / 1;
constexpr auto second_review = 2033_y / aug / 1;
}  // namespace

// Constant evaluation: the window holding the first review.
static_assert(audit(fr::law, never, c200, {2025_y / jan / 1, 2026_y / jan / 1}).penalties ==
              euros{300'000});

TEST_CASE("a window with one review: its verdict and its penalty") {
    const auto a = audit(fr::law, never, c200, {2025_y / jan / 1, 2026_y / jan / 1});
    REQUIRE(a.ok());
    CHECK(a.as_of == 2026_y / jan / 1);  // the window's end
    REQUIRE(a.findings.size() == 1);
    CHECK(a.findings[0].kind == finding_kind::penalty);
    CHECK(a.findings[0].date == first_review);
    CHECK(a.findings[0].review == period{2019_y / aug / 1, first_review});
    CHECK(a.penalties == euros{300'000});
}

TEST_CASE("a window with no review: nothing, and no advisory counted as a review") {
    const auto a = audit(fr::law, never, c200, {2026_y / jan / 1, 2027_y / jan / 1});
    REQUIRE(a.ok());
    CHECK(a.findings.empty());
    CHECK(a.penalties == euros{0});
}

TEST_CASE("a window with two reviews: both verdicts, the penalties summed") {
    evaluation scratch{};
    const auto a = audit(fr::law, never, c200, {2025_y / jan / 1, 2034_y / jan / 1},
                         2034_y / jan / 1, scratch);
    REQUIRE(a.ok());
    REQUIRE(a.findings.size() == 2);
    CHECK(a.findings[0].date == first_review);
    CHECK(a.findings[1].date == second_review);
    CHECK(a.penalties == euros{600'000});
}

TEST_CASE("a window ending the day before the review does not hold it, one ending on it does") {
    evaluation scratch{};
    // Half-open: [begin, 2025-08-01) ends on 2025-07-31, the day before the review; however
    // late it is audited, the review is not in it.
    const auto before = audit(fr::law, never, c200, {2025_y / jan / 1, first_review});
    REQUIRE(before.ok());
    CHECK(before.as_of == first_review);
    CHECK(before.findings.empty());
    CHECK(audit(fr::law, never, c200, {2025_y / jan / 1, first_review}, 2026_y / jan / 1, scratch)
              .findings.empty());
    // [begin, 2025-08-02) has the review date as its last day. A missed review is decided once
    // the month of tolerance after its deadline is over (docs/fr/penalty.md#review-date): not as
    // of the window's end, not on 2025-09-01, on 2025-09-02.
    const period on{2025_y / jan / 1, 2025_y / aug / 2};
    const auto at_end = audit(fr::law, never, c200, on);
    CHECK(at_end.as_of == 2025_y / aug / 2);
    CHECK(at_end.findings.empty());
    CHECK(audit(fr::law, never, c200, on, 2025_y / sep / 1, scratch).findings.empty());
    const auto decided = audit(fr::law, never, c200, on, 2025_y / sep / 2, scratch);
    REQUIRE(decided.findings.size() == 1);
    CHECK(decided.findings[0].date == first_review);
    CHECK(decided.penalties == euros{300'000});
    // A one-day window on the review date, audited later.
    CHECK(audit(fr::law, never, c200, {first_review, 2025_y / aug / 2}, 2026_y / jan / 1, scratch)
              .penalties == euros{300'000});
}

TEST_CASE("a review held within the window owes nothing (L6315-1 II v5)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2021_y / jul / 26},
                              {obligation_kind::entretien_professionnel, 2023_y / jul / 24},
                              {obligation_kind::etat_des_lieux, first_review}};
    const employee e{.id = "H", .hire_date = 2019_y / aug / 1, .interviews = held};
    const auto a = audit(fr::law, e, c200, {2025_y / jan / 1, 2026_y / jan / 1});
    REQUIRE(a.findings.size() == 1);
    CHECK(a.findings[0].kind == finding_kind::no_penalty);
    CHECK(a.penalties == euros{0});
}

TEST_CASE("a bad window or bad facts: diagnostics, no findings") {
    const auto empty = audit(fr::law, never, c200, {2026_y / jan / 1, 2026_y / jan / 1});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.diagnostics[0].field == "window");
    CHECK(empty.diagnostics[0].code == diagnostic_code::out_of_range);
    const auto invalid = audit(fr::law, never, c200, {2026_y / feb / 30, 2027_y / jan / 1});
    CHECK(invalid.diagnostics[0].code == diagnostic_code::invalid_date);
    evaluation scratch{};
    const auto early = audit(fr::law, never, c200, {2025_y / jan / 1, 2026_y / jan / 1},
                             2025_y / dec / 31, scratch);
    CHECK(early.diagnostics[0].field == "as_of");
    CHECK(early.findings.empty());
    const auto bad = audit(fr::law, employee{.hire_date = 2025_y / feb / 29}, c200,
                           {2025_y / jan / 1, 2026_y / jan / 1});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.findings.empty());
    CHECK(bad.diagnostics[0].field == "hire_date");
    const auto wrong = audit(fr::law, never, company{.headcount = 200, .cao = "cao-rijk"},
                             {2025_y / jan / 1, 2026_y / jan / 1});
    CHECK(wrong.diagnostics[0].code == diagnostic_code::wrong_jurisdiction);
}
