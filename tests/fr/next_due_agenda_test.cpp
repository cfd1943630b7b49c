// Tests of fr::next_due_with_agenda (fr/law.hpp): the dates of next_due, with the agenda of
// each next obligation as the text sets it (C. trav. L6315-1 v7, LEGIARTI000053279288: I 1° to
// 5° for the entretien de parcours professionnel, II for the état des lieux).
#include <careertalk/fr/law.hpp>

#include <string_view>
#include <vector>

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;

namespace {
constexpr auto as_of = 2026_y / nov / 23;
constexpr company c200{.headcount = 200};

std::vector<std::string_view> ids(const agenda& a) {
    std::vector<std::string_view> out;
    for (const agenda_item& i : a) out.push_back(i.id);
    return out;
}
}  // namespace

// Hired 2020-01-06, interviews 2022-01-03 and 2024-01-02 (the E2 of law_test.cpp): the next EPP
// is due 2028-01-02, four years after the last one (L6315-1 I al. 2 v7), the état des lieux
// 2028-01-06, eight years after the hire (L6315-1 II v7).
constexpr interview held[] = {{obligation_kind::entretien_professionnel, 2022_y / jan / 3},
                              {obligation_kind::entretien_professionnel, 2024_y / jan / 2}};
constexpr employee e2{.id = "E2", .hire_date = 2020_y / jan / 6, .birth_date = 1985_y / feb / 11,
                      .interviews = held};

static_assert(fr::next_due_with_agenda(fr::law, e2, c200, as_of).interview.size() == 9);

TEST_CASE("the next EPP carries the items 1° to 5° of L6315-1 I (v7)") {
    const auto n = fr::next_due_with_agenda(fr::law, e2, c200, as_of);
    REQUIRE(n.ok());
    // The same dates as next_due.
    REQUIRE(n.due.interview == fr::next_due(fr::law, e2, c200, as_of).interview);
    REQUIRE(n.due.interview == 2028_y / jan / 2);
    const auto items = ids(n.interview);
    REQUIRE(items.size() == 9);
    // 1° competences, 2° career path, 3° training needs, 4° career wishes, 5° CPF and CEP.
    CHECK(items[0] == "fr.L6315-1.I.1");
    CHECK(items[1] == "fr.L6315-1.I.2");
    CHECK(items[2] == "fr.L6315-1.I.3");
    CHECK(items[3] == "fr.L6315-1.I.4");
    CHECK(items[4] == "fr.L6315-1.I.5");
    // And its constraints: no evaluation of the work, working time, a line manager, in writing.
    CHECK(items[5] == "fr.L6315-1.I.no-evaluation");
    CHECK(items[8] == "fr.L6315-1.I.written");
}

TEST_CASE("the next état des lieux carries the check of eight years and the criteria of II") {
    // II (v7): "Tous les huit ans, l'entretien de parcours professionnel mentionné au I [...]
    // fait un état des lieux récapitulatif": it carries the EPP's items, then its own.
    const auto n = fr::next_due_with_agenda(fr::law, e2, c200, as_of);
    REQUIRE(n.due.etat_des_lieux == 2028_y / jan / 6);
    const auto items = ids(n.etat_des_lieux);
    REQUIRE(items.size() == 13);
    CHECK(items[0] == "fr.L6315-1.I.1");
    CHECK(items[4] == "fr.L6315-1.I.5");
    CHECK(items[9] == "fr.L6315-1.II.check.8");  // "au cours des huit dernières années" (v7)
    CHECK(items[10] == "fr.L6315-1.II.1");       // 1° at least one training action
    CHECK(items[11] == "fr.L6315-1.II.2");       // 2° a certification
    CHECK(items[12] == "fr.L6315-1.II.3");       // 3° salary or professional progression
}

TEST_CASE("a new hire's first EPP, due a year after the hire (L6315-1 I al. 1 v7)") {
    const employee e{.id = "N", .hire_date = 2026_y / mar / 2};
    evaluation scratch{};  // reused, as with evaluate_into
    const auto n = fr::next_due_with_agenda(fr::law, e, c200, as_of, scratch);
    REQUIRE(n.due.interview == 2027_y / mar / 2);
    REQUIRE(ids(n.interview).front() == "fr.L6315-1.I.1");
    // The day before the deadline and on it: the same obligation, the same agenda.
    REQUIRE(ids(fr::next_due_with_agenda(fr::law, e, c200, 2027_y / mar / 1, scratch).interview) ==
            ids(n.interview));
    REQUIRE(ids(fr::next_due_with_agenda(fr::law, e, c200, 2027_y / mar / 2, scratch).interview) ==
            ids(n.interview));
}

TEST_CASE("nothing pending gives no date and no agenda, invalid facts a diagnostic") {
    const interview both[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / jun / 1}};
    const employee met{.id = "M", .hire_date = 2026_y / mar / 2, .interviews = both};
    const auto n = fr::next_due_with_agenda(fr::law, met, c200, 2026_y / jul / 1);
    REQUIRE(n.ok());
    REQUIRE(n.due.interview.has_value() == !n.interview.empty());
    const auto bad = fr::next_due_with_agenda(fr::law, employee{.hire_date = 2025_y / feb / 29},
                                              c200, as_of);
    REQUIRE_FALSE(bad.ok());
    REQUIRE(bad.interview.empty());
    REQUIRE(bad.etat_des_lieux.empty());
}
