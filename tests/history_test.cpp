// Tests of careertalk/history.hpp: the queries over an employee's recorded history that the
// French schedule, the regime before 2014 and the audit share (29 February, month ends, the
// same day twice, the first and last day of a window, the as-of date).
#include <careertalk/history.hpp>

#include <algorithm>
#include <utility>

#include "catch.hpp"
#include "history_fixture.hpp"

using namespace date::literals;
using namespace careertalk;

namespace {
using obligation_kind::entretien_deuxieme_partie_carriere, obligation_kind::entretien_professionnel,
    obligation_kind::etat_des_lieux, obligation_kind::information_embauche;
constexpr auto as_of = 2026_y / nov / 23;
using histories::reversed_e, histories::sorted_e;

// The kinds that are entretiens professionnels (L6315-1): information at hire is not one.
static_assert(history::is_interview(etat_des_lieux));
static_assert(history::is_interview(obligation_kind::entretien_retour));
static_assert(!history::is_interview(information_embauche));
static_assert(!history::is_interview(entretien_deuxieme_partie_carriere));
// is_conversation (kinds.hpp): the interviews, the over-45 interview (L6321-1 al. 3) and the
// Dutch gesprekken are conversations; information at hire, a report to UWV, a payment are not.
static_assert(is_interview(etat_des_lieux) && is_conversation(etat_des_lieux));
static_assert(is_conversation(entretien_deuxieme_partie_carriere));
static_assert(is_conversation(obligation_kind::loopbaangesprek));
static_assert(is_conversation(obligation_kind::periodiek_gesprek));
static_assert(!is_conversation(information_embauche));
static_assert(!is_conversation(obligation_kind::melding_42e_week));
static_assert(!is_conversation(obligation_kind::abondement_correctif));
static_assert(!is_conversation(obligation_kind::uitnodiging));

// last_held: the latest interview from `from` (included) to as_of (included), in any record
// order; information at hire is no interview.
static_assert(history::last_held(sorted_e, 2014_y / jan / 1, as_of) == 2026_y / jan / 31);
static_assert(history::last_held(reversed_e, 2014_y / jan / 1, as_of) == 2026_y / jan / 31);
static_assert(history::last_held(sorted_e, 2014_y / jan / 1, 2026_y / jan / 30) ==
              2021_y / jun / 30);
static_assert(history::last_held(sorted_e, 2014_y / jan / 1, 2026_y / jan / 31) ==
              2026_y / jan / 31);
static_assert(history::last_held(reversed_e, 2014_y / jan / 1, 2018_y / dec / 31) ==
              2018_y / jun / 30);
static_assert(history::last_held(sorted_e, 2026_y / jan / 31, as_of) == 2026_y / jan / 31);
static_assert(history::last_held(sorted_e, 2026_y / feb / 1, as_of) == std::nullopt);
static_assert(history::last_held(sorted_e, 2014_y / jan / 1, 2015_y / feb / 28) == std::nullopt);

// first_held: half-open window [from, until), known on as_of; reviews only on request.
static_assert(history::first_held(sorted_e, 2016_y / feb / 29, open_end, as_of) ==
              2016_y / feb / 29);
static_assert(history::first_held(sorted_e, 2016_y / mar / 1, 2018_y / jun / 30, as_of) ==
              std::nullopt);
static_assert(history::first_held(sorted_e, 2016_y / mar / 1, 2018_y / jul / 1, as_of) ==
              2018_y / jun / 30);
static_assert(history::first_held(sorted_e, 2018_y / jul / 1, open_end, 2018_y / dec / 31) ==
              std::nullopt);
static_assert(history::first_held(sorted_e, 2018_y / jul / 1, open_end, as_of, true) ==
              2019_y / jan / 1);
static_assert(history::first_held(sorted_e, 2019_y / jan / 2, open_end, as_of, true) ==
              2021_y / jun / 30);

// first_of_kinds: both ends included.
static_assert(history::first_of_kinds(reversed_e, {entretien_professionnel}, 2015_y / mar / 2,
                                      2018_y / jun / 30, as_of) == 2018_y / jun / 30);
static_assert(!history::first_of_kinds(reversed_e, {entretien_professionnel}, 2015_y / mar / 2,
                                       2018_y / jun / 29, as_of));
static_assert(history::first_of_kinds(reversed_e, {etat_des_lieux, information_embauche},
                                      2016_y / mar / 1, 2019_y / jan / 1,
                                      as_of) == 2019_y / jan / 1);

// first_requested: interviews held at the employee's request only, [from, until).
constexpr interview mixed[] = {{entretien_professionnel, 2025_y / nov / 3},
                               {entretien_professionnel, 2025_y / dec / 31, true},
                               {information_embauche, 2025_y / nov / 1, true},
                               {entretien_professionnel, 2025_y / nov / 30, true}};
constexpr employee mixed_e{.hire_date = 2020_y / jan / 6, .interviews = mixed};
static_assert(history::first_requested(mixed_e, 2025_y / nov / 1, 2026_y / jan / 1, as_of) ==
              2025_y / nov / 30);
static_assert(history::first_requested(mixed_e, 2025_y / dec / 1, 2026_y / jan / 1, as_of) ==
              2025_y / dec / 31);
static_assert(!history::first_requested(mixed_e, 2025_y / dec / 1, 2025_y / dec / 31, as_of));
static_assert(!history::first_requested(mixed_e, 2025_y / dec / 1, 2026_y / jan / 1,
                                        2025_y / dec / 30));

// first_request: [from, before), known on as_of, the earliest whatever the order.
constexpr request asked[] = {{entretien_professionnel, 2013_y / dec / 31},
                             {entretien_deuxieme_partie_carriere, 2012_y / feb / 29},
                             {entretien_professionnel, 2012_y / feb / 29}};
constexpr employee asking{.hire_date = 2010_y / jan / 1, .requests = asked};
static_assert(history::first_request(asking, entretien_professionnel, 2012_y / feb / 29,
                                     2014_y / mar / 7, as_of) == 2012_y / feb / 29);
static_assert(history::first_request(asking, entretien_professionnel, 2012_y / mar / 1,
                                     2014_y / mar / 7, as_of) == 2013_y / dec / 31);
static_assert(!history::first_request(asking, entretien_professionnel, 2012_y / mar / 1,
                                      2013_y / dec / 31, as_of));
static_assert(!history::first_request(asking, entretien_professionnel, 2012_y / mar / 1,
                                      2014_y / mar / 7, 2013_y / dec / 30));

// The cursor's answers for `from` every `step` days from `first` (backwards when step < 0),
// compared with first_held's scan; the number of differences.
constexpr int cursor_differences(const employee& e, year_month_day first, int step,
                                 year_month_day until_after, year_month_day as_of,
                                 bool reviews_only) {
    history::history_cursor cursor{e};
    int different = 0;
    year_month_day from = first;
    for (int k = 0; k < 500; ++k, from = add_days(from, step)) {
        const year_month_day until = std::max(from, until_after);
        different += cursor.first_held(from, until, as_of, reviews_only) !=
                     history::first_held(e, from, until, as_of, reviews_only);
    }
    return different;
}
static_assert(cursor_differences(sorted_e, 2014_y / jan / 1, 10, open_end, as_of, false) == 0);
}  // namespace

TEST_CASE("one pass over a history in date order finds what the scan finds (issue 8)") {
    int cases = 0;
    for (const employee* e : {&sorted_e, &reversed_e})
        for (const auto& [first, step] :
             {std::pair{2014_y / jan / 1, 1}, std::pair{2014_y / jan / 1, 9},
              std::pair{2027_y / jan / 1, -10}})
            for (const year_month_day until : {open_end, 2019_y / jan / 1, 2019_y / jan / 2})
                for (const year_month_day known : {2018_y / jun / 29, 2019_y / jan / 1, as_of})
                    for (const bool reviews_only : {false, true}) {
                        REQUIRE(cursor_differences(*e, first, step, until, known, reviews_only) ==
                                0);
                        ++cases;
                    }
    REQUIRE(cases == 2 * 3 * 3 * 3 * 2);
}
