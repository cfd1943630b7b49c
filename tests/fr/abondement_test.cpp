// Tests of careertalk/fr/abondement.hpp: the abondement correctif verdict of an état des lieux.
// Sources: C. trav. L6315-1 II (v2-v7), L6323-13 (v2-v7), R6323-3 (v1, v3, v5-v7)
// (docs/fr/readings.md#penalty, docs/fr/penalty.md); ord. 2019-861, 2020-1501, loi 2021-689,
// the ministry Q-R of 21 June 2021 and décret 2021-1916 art. 4 III (docs/fr/readings.md#covid);
// Cass. soc. 21 Jan 2026 n° 24-12.972. Worked examples E2, E11, E13, E17 state their facts.
#include <careertalk/fr/abondement.hpp>
#include <careertalk/fr/law.hpp>

#include "catch.hpp"
#include "fr_support.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

using namespace date::literals;
namespace fr = careertalk::fr;
namespace rules = careertalk::fr::abondement_rules;
using careertalk::company;
using careertalk::dated_fact;
using careertalk::employee;
using careertalk::euros;
using careertalk::finding;
using careertalk::finding_kind;
using careertalk::payee;
using careertalk::period;
using careertalk::rule_ref;
using careertalk::training;
using careertalk::year_month_day;

namespace {

// Rules are compared by id: GCC's -fsanitize=null makes address comparisons non-constant.
constexpr bool cites(const finding& f, const rule_ref& r)
{
    return std::any_of(f.why.begin(), f.why.end(),
                       [&r](const rule_ref* x) { return x->id == r.id; });
}

// A review of `years` years ending on `on` (held), with the statutory deadline `due`.
constexpr fr::review_input held(year_month_day due, year_month_day on, bool interviews,
                                int years = 6)
{
    return {.review = {careertalk::add_years(due, -years), careertalk::add_days(on, 1)},
            .due = due,
            .review_date = on,
            .review_held = true,
            .interviews_complete = interviews};
}

constexpr company big{.headcount = 120};
constexpr company small{.headcount = 35};
constexpr fr::abondement_options disjunctive{.reading = fr::penalty_reading::disjunctive};

// --- E11 / E13: hired 2016-05-02; interview 2018-04-30; the 2020 interview never held;
// non-mandatory training "management de proximité" on 2019-03-12; état des lieux 2022-04-28.
constexpr training e11_trainings[] = {{.date = 2019_y / mar / 12, .mandatory = false}};
constexpr employee e11{.id = "E11", .hire_date = 2016_y / may / 2, .trainings = e11_trainings};
constexpr fr::review_input e11_review = held(2022_y / may / 2, 2022_y / apr / 28, false);

constexpr finding e11_cumulative = fr::assess_review(e11, big, {}, e11_review);
constexpr finding e11_disjunctive = fr::assess_review(e11, big, disjunctive, e11_review);

} // namespace

// E11, cumulative (default): interviews incomplete but one non-L6321-2 training -> nothing owed,
// and the rule that says why is the Cour de cassation's reading.
static_assert(e11_cumulative.kind == finding_kind::no_penalty);
static_assert(e11_cumulative.rule->id == rules::cass_2026_cumulative.id);
static_assert(cites(e11_cumulative, rules::l6315_1_ii_v5));
static_assert(cites(e11_cumulative, rules::l6323_13_v5));
// E11, disjunctive: EUR 3,000 to the Caisse des dépôts by 2022-09-30 (review in Q2 -> end of Q3,
// R6323-3 IV v6).
static_assert(e11_disjunctive.kind == finding_kind::penalty);
static_assert(e11_disjunctive.amount == euros{300'000});
static_assert(e11_disjunctive.paid_to == payee::caisse_des_depots);
static_assert(e11_disjunctive.payment_due == 2022_y / sep / 30);
static_assert(e11_disjunctive.rule->id == rules::l6323_13_v5.id);
static_assert(cites(e11_disjunctive, rules::r6323_3_v6));
static_assert(cites(e11_disjunctive, rules::centre_inffo_2016_disjunctive));
static_assert(e11_disjunctive.about == careertalk::obligation_kind::abondement_correctif);
static_assert(e11_disjunctive.date == 2022_y / apr / 28);

// E13: same facts, company of 35 -> no abondement under either reading; the rule is the
// threshold's.
static_assert(fr::assess_review(e11, small, {}, e11_review).kind == finding_kind::no_penalty);
static_assert(fr::assess_review(e11, small, disjunctive, e11_review).kind ==
              finding_kind::no_penalty);
static_assert(fr::assess_review(e11, small, disjunctive, e11_review).rule->id ==
              rules::headcount_as_given.id);

// A missing headcount is a missing finding, never a guess (L6323-13 al. 1 needs it).
static_assert(fr::assess_review(e11, company{}, disjunctive, e11_review).kind ==
              finding_kind::missing);
static_assert(fr::assess_review(e11, company{}, disjunctive, e11_review).missing ==
              careertalk::missing_fact::headcount);
static_assert(fr::assess_review(e11, company{}, disjunctive, e11_review).rule->id ==
              rules::l6323_13_v5.id);

namespace {
// --- E2: hired 2020-01-06, company of 200, interviews 2022-01-03 and 2024-01-02 held; the
// état des lieux (deadline 2028-01-06 after the transition) held on 2027-11-15.
constexpr employee e2{.id = "E2", .hire_date = 2020_y / jan / 6};
constexpr company e2_company{.headcount = 200};
constexpr fr::review_input e2_review = held(2028_y / jan / 6, 2027_y / nov / 15, true, 8);
constexpr fr::review_input e2_missed = held(2028_y / jan / 6, 2027_y / nov / 15, false, 8);
} // namespace

// E2: all interviews held -> no abondement whatever the training; the rule is the criterion.
static_assert(fr::assess_review(e2, e2_company, {}, e2_review).kind == finding_kind::no_penalty);
static_assert(fr::assess_review(e2, e2_company, {}, e2_review).rule->id == rules::l6315_1_ii_v7.id);
static_assert(cites(fr::assess_review(e2, e2_company, {}, e2_review), rules::cass_2026_cumulative));
// ... and had it been due (interviews missing, no training): by 2028-03-31 under R6323-3 IV v7,
// with L6323-13 v7 as the creating rule (2026-09-01 marker).
static_assert(fr::assess_review(e2, e2_company, {}, e2_missed).kind == finding_kind::penalty);
static_assert(fr::assess_review(e2, e2_company, {}, e2_missed).payment_due == 2028_y / mar / 31);
static_assert(fr::assess_review(e2, e2_company, {}, e2_missed).rule->id == rules::l6323_13_v7.id);
static_assert(cites(fr::assess_review(e2, e2_company, {}, e2_missed), rules::r6323_3_v7));
// Under the disjunctive reading the complete interviews are not enough without a training.
static_assert(fr::assess_review(e2, e2_company, disjunctive, e2_review).kind ==
              finding_kind::penalty);

namespace {
// --- E17: hired 2015-06-15, company of 75; état des lieux due 2021-06-15, in the COVID window.
constexpr employee e17{.id = "E17", .hire_date = 2015_y / jun / 15};
constexpr company e17_company{.headcount = 75};
constexpr finding e17_held =
    fr::assess_review(e17, e17_company, {}, held(2021_y / jun / 15, 2021_y / jun / 15, false));
// Not held: checked at the postponed deadline (tolerance: 2021-09-30).
constexpr fr::review_input e17_not_held{.review = {2015_y / jun / 15, 2021_y / jun / 16},
                                        .due = 2021_y / jun / 15,
                                        .review_date = fr::postponed_deadline(2021_y / jun / 15),
                                        .review_held = false,
                                        .interviews_complete = false};
constexpr finding e17_late = fr::assess_review(e17, e17_company, {}, e17_not_held);
} // namespace

// E17: deadline in 2021 -> payment by 2022-03-31 (décret 2021-1916 art. 4 III), whichever day
// the review is checked; the criteria option (ord. 2020-1501) and the tolerance are cited.
static_assert(e17_held.kind == finding_kind::penalty);
static_assert(e17_held.payment_due == 2022_y / mar / 31);
static_assert(e17_held.rule->id == rules::l6323_13_v4.id);
static_assert(cites(e17_held, rules::decret_2021_1916));
static_assert(cites(e17_held, rules::ord_2020_1501));
static_assert(cites(e17_held, rules::covid_tolerance));
static_assert(e17_late.kind == finding_kind::penalty);
static_assert(e17_late.date == 2021_y / sep / 30);
static_assert(e17_late.payment_due == 2022_y / mar / 31);
static_assert(!cites(e17_late, rules::ord_2020_1501)); // ord. 2020-1501 over on 2021-06-30
static_assert(cites(e17_late, rules::covid_tolerance)); // the option, until 2021-09-30

// COVID postponement (ord. 2020-1501; ministry tolerance): deadlines from 2020-01-01 to
// 2021-06-30 move to 2021-06-30, or 2021-09-30 with the tolerance (default).
static_assert(fr::postponed_deadline(2019_y / dec / 31) == 2019_y / dec / 31);
static_assert(fr::postponed_deadline(2020_y / jan / 1) == 2021_y / sep / 30);
static_assert(fr::postponed_deadline(2020_y / mar / 7) == 2021_y / sep / 30);
static_assert(fr::postponed_deadline(2021_y / jun / 30) == 2021_y / sep / 30);
static_assert(fr::postponed_deadline(2021_y / jul / 1) == 2021_y / jul / 1);
static_assert(fr::postponed_deadline(2021_y / jun / 15, {.covid_tolerance = false}) ==
              2021_y / jun / 30);

namespace {
// --- The 2014 criteria (2 of 3) and the employer's option (ord. 2019-861, 2020-1501). The employee had
// only a mandatory (L6321-2) training and a certification: 2 of 3 under the 2014 text, but no
// training that counts under the 2018 text.
constexpr training mandatory_only[] = {{.date = 2017_y / oct / 2, .mandatory = true}};
constexpr dated_fact certification[] = {{.date = 2018_y / feb / 1}};
constexpr employee two_of_three{.id = "T",
                                .hire_date = 2015_y / jan / 5,
                                .trainings = mandatory_only,
                                .certifications = certification};
constexpr employee one_of_three{
    .id = "O", .hire_date = 2015_y / jan / 5, .trainings = mandatory_only};

constexpr finding review_on(const employee& e, year_month_day on, bool interviews,
                            fr::abondement_options o = {})
{
    return fr::assess_review(e, big, o, held(2021_y / jan / 5, on, interviews));
}
} // namespace

// Cumulative: interviews missing; 2 of 3 met under the 2014 set, nothing under the 2018 set.
// The option ends with the catch-up: on 2021-09-30 with the ministry tolerance (default; Q-R of
// 21 June 2021, as reported by Actance avocats: "La mesure transitoire [...] s'applique jusqu'au
// 30 septembre 2021"), on 2021-06-30 without it (ord. 2020-1501); docs/fr/penalty.md#criteria-option.
// The 2014 set saves the employer while the option lasts: cumulative with the interviews
// missing, disjunctive with them held (no 2018 training either way).
struct option_edge {
    year_month_day on;
    bool tolerance;
    finding_kind kind;
};
constexpr option_edge option_edges[] = {
    {2021_y / jun / 30, true, finding_kind::no_penalty},
    {2021_y / jul / 1, true, finding_kind::no_penalty},
    {2021_y / sep / 30, true, finding_kind::no_penalty},
    {2021_y / oct / 1, true, finding_kind::penalty},
    {2021_y / jun / 30, false, finding_kind::no_penalty},
    {2021_y / jul / 1, false, finding_kind::penalty},
    {2021_y / sep / 30, false, finding_kind::penalty},
    {2021_y / oct / 1, false, finding_kind::penalty},
};
constexpr bool option_edges_hold(fr::penalty_reading reading, bool interviews)
{
    for (const option_edge& c : option_edges)
        if (review_on(two_of_three, c.on, interviews,
                      {.reading = reading, .covid_tolerance = c.tolerance})
                .kind != c.kind)
            return false;
    return true;
}
static_assert(option_edges_hold(fr::penalty_reading::cumulative, false));
static_assert(option_edges_hold(fr::penalty_reading::disjunctive, true));
// The rule is the text granting the option that day.
static_assert(review_on(two_of_three, 2021_y / jun / 30, false).rule->id ==
              rules::ord_2020_1501.id);
static_assert(review_on(two_of_three, 2021_y / jul / 1, false).rule->id ==
              rules::covid_tolerance.id);
static_assert(review_on(two_of_three, 2021_y / sep / 30, false).rule->id ==
              rules::covid_tolerance.id);
static_assert(fr::catch_up_end() == 2021_y / sep / 30);
static_assert(fr::catch_up_end({.covid_tolerance = false}) == 2021_y / jun / 30);
// Before 2021 the option is ord. 2019-861's.
static_assert(review_on(two_of_three, 2020_y / dec / 31, false).rule->id == rules::ord_2019_861.id);
static_assert(review_on(two_of_three, 2021_y / jan / 1, false).rule->id == rules::ord_2020_1501.id);
// Option switched off: the 2018 set alone applies -> owed on 2021-06-30 too.
static_assert(review_on(two_of_three, 2021_y / jun / 30, false, {.criteria_option = false}).kind ==
              finding_kind::penalty);
// Only 1 of 3: owed under both sets -> owed, the option cited.
static_assert(review_on(one_of_three, 2021_y / jun / 30, false).kind == finding_kind::penalty);
static_assert(cites(review_on(one_of_three, 2021_y / jun / 30, false), rules::ord_2020_1501));
// Disjunctive, interviews missing: owed under both sets, option or not.
static_assert(review_on(two_of_three, 2021_y / jun / 30, false, disjunctive).kind ==
              finding_kind::penalty);

namespace {
// --- The 2014 text on its own (review before 2019-01-01; L6315-1 II v3, L6323-13 v2, R6323-3
// v1 from décret 2014-1120): 100 hours of CPF (130 part time) and EUR 30 an hour to the OPCA.
constexpr employee part_timer{.id = "P",
                              .hire_date = 2015_y / jan / 5,
                              .trainings = mandatory_only,
                              .flags = {.part_time = true}};
constexpr finding review_2014(const employee& e, year_month_day on, bool interviews,
                              fr::abondement_options o = {})
{
    return fr::assess_review(e, big, o, held(2018_y / dec / 31, on, interviews));
}
} // namespace

static_assert(fr::cpf_hours_2014(one_of_three) == 100);
static_assert(fr::cpf_hours_2014(part_timer) == 130);
static_assert(review_2014(one_of_three, 2018_y / dec / 31, false).kind == finding_kind::penalty);
static_assert(review_2014(one_of_three, 2018_y / dec / 31, false).paid_to == payee::opca);
static_assert(review_2014(one_of_three, 2018_y / dec / 31, false).amount == euros{300'000});
static_assert(!review_2014(one_of_three, 2018_y / dec / 31, false).payment_due);
static_assert(review_2014(one_of_three, 2018_y / dec / 31, false).rule->id ==
              rules::l6323_13_v2.id);
static_assert(cites(review_2014(one_of_three, 2018_y / dec / 31, false), rules::r6323_3_v1));
// Part time: 130 hours at EUR 30 -> EUR 3,900 (décret 2014-1120: "de 3 000 à 3 900 euros"),
// still to the OPCA and with no payment date.
static_assert(review_2014(part_timer, 2018_y / dec / 31, false).amount == euros{390'000});
static_assert(review_2014(part_timer, 2018_y / dec / 31, false).paid_to == payee::opca);
static_assert(!review_2014(part_timer, 2018_y / dec / 31, false).payment_due);
// The last day of the 2014 text, and the first of the 2018 text: EUR 3,000 to the Caisse des
// dépôts whatever the working time (R6323-3 v3).
static_assert(review_2014(part_timer, 2018_y / dec / 31, false).rule->id == rules::l6323_13_v2.id);
static_assert(fr::assess_review(part_timer, big, {}, held(2019_y / jan / 1, 2019_y / jan / 1, false))
                  .amount == euros{300'000});
static_assert(cites(review_2014(part_timer, 2018_y / dec / 31, false),
                    rules::r6323_3_v1_part_time));
// 2 of 3 with interviews missing: cumulative -> nothing; disjunctive (Centre Inffo 2016) -> owed.
static_assert(review_2014(two_of_three, 2018_y / dec / 31, false).kind == finding_kind::no_penalty);
static_assert(review_2014(two_of_three, 2018_y / dec / 31, false).rule->id ==
              rules::cass_2026_cumulative.id);
static_assert(review_2014(two_of_three, 2018_y / dec / 31, false, disjunctive).kind ==
              finding_kind::penalty);
// Interviews complete but 1 of 3: disjunctive owes, cumulative does not.
static_assert(review_2014(one_of_three, 2018_y / dec / 31, true, disjunctive).kind ==
              finding_kind::penalty);
static_assert(review_2014(one_of_three, 2018_y / dec / 31, true).kind == finding_kind::no_penalty);
static_assert(review_2014(one_of_three, 2018_y / dec / 31, true).rule->id ==
              rules::l6315_1_ii_v3.id);
// Interviews complete and 2 of 3: nothing under either reading, and the reading is not cited.
static_assert(review_2014(two_of_three, 2018_y / dec / 31, true, disjunctive).kind ==
              finding_kind::no_penalty);
static_assert(!cites(review_2014(two_of_three, 2018_y / dec / 31, true, disjunctive),
                     rules::centre_inffo_2016_disjunctive));
// 2016-08-09 / 2016-08-10: L6315-1 v2 -> v3, same criteria.
static_assert(cites(review_2014(one_of_three, 2016_y / aug / 9, false), rules::l6315_1_ii_v2));
static_assert(cites(review_2014(one_of_three, 2016_y / aug / 10, false), rules::l6315_1_ii_v3));
// 2018-12-31 / 2019-01-01: the 2014 text gives way to the 2018 criteria (CDC, not OPCA).
static_assert(review_2014(one_of_three, 2019_y / jan / 1, false).paid_to ==
              payee::caisse_des_depots);
static_assert(review_2014(one_of_three, 2019_y / jan / 1, false).rule->id == rules::l6323_13_v3.id);
// Before the CPF (2015-01-01) no abondement existed.
static_assert(review_2014(one_of_three, 2014_y / dec / 31, false).kind == finding_kind::no_penalty);
static_assert(review_2014(one_of_three, 2014_y / dec / 31, false).rule->id ==
              rules::l6323_13_v1.id);

namespace {
// --- Payment deadline from 2022 (R6323-3 IV): the last day of the calendar quarter after the
// état des lieux; reviews whose deadline fell in 2020 or 2021: 2022-03-31 (décret 2021-1916).
constexpr employee nobody{.id = "N", .hire_date = 2015_y / jan / 5};
constexpr std::optional<year_month_day> pay_by(year_month_day due, year_month_day on)
{
    return fr::assess_review(nobody, big, {}, held(due, on, false)).payment_due;
}
} // namespace

static_assert(pay_by(2023_y / mar / 31, 2023_y / mar / 31) == 2023_y / jun / 30);
static_assert(pay_by(2023_y / apr / 1, 2023_y / apr / 1) == 2023_y / sep / 30);
static_assert(pay_by(2023_y / dec / 31, 2023_y / dec / 31) == 2024_y / mar / 31);
static_assert(pay_by(2024_y / mar / 31, 2024_y / feb / 29) == 2024_y / jun / 30);
// Décret 2021-1916 art. 4 III: the deadline year decides, 2021-12-31 vs 2022-01-01.
static_assert(pay_by(2021_y / dec / 31, 2021_y / dec / 31) == 2022_y / mar / 31);
static_assert(pay_by(2021_y / dec / 31, 2022_y / jan / 15) == 2022_y / mar / 31);
static_assert(pay_by(2022_y / jan / 1, 2022_y / jan / 1) == 2022_y / jun / 30);
static_assert(pay_by(2020_y / mar / 7, 2020_y / mar / 7) == 2022_y / mar / 31);
// Before 2022 with a deadline outside 2020-2021 no text fixes a date: none is invented.
static_assert(!pay_by(2022_y / mar / 1, 2021_y / nov / 30));
static_assert(cites(fr::assess_review(nobody, big, {},
                                      held(2022_y / mar / 1, 2021_y / nov / 30, false)),
                    rules::r6323_3_v5));

// --- Version boundaries from 2025 (L6323-13 v6, v7 LEGIARTI000053151869; docs/fr/readings.md#penalty).
// 2025-10-25 / 26: L6323-13 v5 -> v6 (six -> eight years).
static_assert(fr::assess_review(nobody, big, {}, held(2025_y / oct / 25, 2025_y / oct / 25, false))
                  .rule->id == rules::l6323_13_v5.id);
static_assert(fr::assess_review(nobody, big, {},
                                held(2025_y / oct / 26, 2025_y / oct / 26, false, 8))
                  .rule->id == rules::l6323_13_v6.id);
// 2026-01-31 / 02-01: R6323-3 v6 (still "six ans") -> v7 ("huit ans"); the deadline is the same.
static_assert(cites(fr::assess_review(nobody, big, {},
                                      held(2026_y / jan / 31, 2026_y / jan / 31, false, 8)),
                    rules::r6323_3_v6));
static_assert(pay_by(2026_y / jan / 31, 2026_y / jan / 31) == 2026_y / jun / 30);
static_assert(cites(fr::assess_review(nobody, big, {},
                                      held(2026_y / feb / 1, 2026_y / feb / 1, false, 8)),
                    rules::r6323_3_v7));
static_assert(pay_by(2026_y / feb / 1, 2026_y / feb / 1) == 2026_y / jun / 30);
// 2026-08-31 / 09-01: L6323-13 v6 -> v7, a version marker with no effect on the figures.
static_assert(fr::assess_review(nobody, big, {}, held(2026_y / aug / 31, 2026_y / aug / 31, false))
                  .rule->id == rules::l6323_13_v6.id);
static_assert(fr::assess_review(nobody, big, {}, held(2026_y / sep / 1, 2026_y / sep / 1, false))
                  .rule->id == rules::l6323_13_v7.id);
static_assert(pay_by(2026_y / aug / 31, 2026_y / aug / 31) == 2026_y / dec / 31);
static_assert(pay_by(2026_y / sep / 1, 2026_y / sep / 1) == 2026_y / dec / 31);
static_assert(fr::assess_review(nobody, big, {}, held(2026_y / sep / 1, 2026_y / sep / 1, false))
                  .amount == euros{300'000});

// --- Measures are counted inside the period and on or before the review date.
namespace {
constexpr training after_review[] = {{.date = 2027_y / nov / 16, .mandatory = false}};
constexpr training on_review_day[] = {{.date = 2027_y / nov / 15, .mandatory = false}};
constexpr training before_period[] = {{.date = 2019_y / dec / 31, .mandatory = false}};
constexpr fr::review_input e2_period = held(2028_y / jan / 6, 2027_y / nov / 15, false, 8);
} // namespace
static_assert(fr::assess_review(employee{.hire_date = 2019_y / jan / 2, .trainings = after_review},
                                big, {}, e2_period)
                  .kind == finding_kind::penalty);
static_assert(fr::assess_review(employee{.hire_date = 2019_y / jan / 2, .trainings = before_period},
                                big, {}, e2_period)
                  .kind == finding_kind::penalty);
static_assert(fr::assess_review(employee{.hire_date = 2019_y / jan / 2, .trainings = on_review_day},
                                big, {}, e2_period)
                  .kind == finding_kind::no_penalty);

// --- Mise en demeure (L6323-13 al. 2-3): the insufficiency + 100 % to the Trésor public.
static_assert(fr::mise_en_demeure_amount(euros{300'000}) == euros{600'000});
static_assert(fr::mise_en_demeure(e11_disjunctive, euros{100'000}).amount == euros{400'000});
static_assert(fr::mise_en_demeure(e11_disjunctive, euros{100'000}).paid_to == payee::tresor_public);
static_assert(fr::mise_en_demeure(e11_disjunctive, euros{100'000}).rule->id ==
              rules::l6323_13_mise_en_demeure.id);
static_assert(fr::mise_en_demeure(e11_disjunctive, euros{300'000}).kind ==
              finding_kind::no_penalty);
static_assert(fr::mise_en_demeure(e11_cumulative, euros{}).kind == finding_kind::no_penalty);

TEST_CASE("the abondement rule set lists every rule once, each with its citation")
{
    const auto& rs = fr::abondement_set.rules;
    REQUIRE(rs.size() == 35);
    for (std::size_t i = 0; i < rs.size(); ++i) {
        CAPTURE(rs[i]->id);
        CHECK_FALSE(rs[i]->citation.empty());
        CHECK(rs[i]->in_force.ok());
        CHECK_FALSE(rs[i]->title.fr.empty());
        for (std::size_t j = 0; j < i; ++j)
            CHECK(rs[i]->id != rs[j]->id);
    }
}

TEST_CASE("E11 under both readings at run time")
{
    // E11; Cass. soc. 21 Jan 2026 n° 24-12.972; Centre Inffo, 4 March 2016 (docs/fr/readings.md#penalty).
    const auto cumulative = fr::assess_review(e11, big, {}, e11_review);
    const auto disj = fr::assess_review(e11, big, disjunctive, e11_review);
    CHECK(cumulative.kind == finding_kind::no_penalty);
    CHECK(disj.kind == finding_kind::penalty);
    CHECK(disj.amount.cents == 300'000);
    CHECK(disj.payment_due == 2022_y / sep / 30);
    CHECK(disj.why.size() <= careertalk::explanation::capacity());
}

TEST_CASE("the explanation never overflows: the longest chain fits")
{
    // Disjunctive + option + COVID + décret + threshold, the interviews and the period
    // readings and the mise en demeure: nine rules (ord. 2019-861 window), one short of the
    // capacity (a full chain may have lost one).
    constexpr careertalk::headcount_year h[] = {{2019_y, 60}};
    const company c{.headcount_history = h};
    fr::review_input postponed = held(2020_y / mar / 7, 2020_y / dec / 31, false);
    postponed.review = {2014_y / mar / 7, 2020_y / mar / 7};  // the six years of seniority
    const auto f = fr::assess_review(two_of_three, c, disjunctive, postponed);
    CHECK(f.kind == finding_kind::penalty);
    CHECK(f.why.size() == 9);
    CHECK_FALSE(f.why.full());
    CHECK(cites(f, rules::entretiens_prevus));
    CHECK(cites(f, rules::periode_anciennete));
    CHECK(cites(f, rules::l6323_13_mise_en_demeure));
    CHECK(cites(f, rules::ord_2019_861));
    CHECK(cites(f, rules::covid_tolerance));
    CHECK(cites(f, rules::decret_2021_1916));
    CHECK(cites(f, rules::pacte_grandfathering));
}

// --- The audit of the whole law (fr/law.hpp, assess_reviews; docs/fr/penalty.md): which
// interviews the penalty asks for, the period, the date of the review and the readings.
namespace {

using careertalk::evaluation;
using careertalk::interview;
using careertalk::obligation_kind;
using frtest::find;

constexpr company c200{.headcount = 200};
constexpr auto today = 2026_y / nov / 23;
constexpr training l6321_2_only[] = {{.date = 2022_y / mar / 1, .mandatory = true}};

// The abondement finding assessed on `on` (penalty or no_penalty), if any.
const finding* verdict(const evaluation& ev)
{
    const finding* f = find(ev, finding_kind::penalty);
    return f ? f : find(ev, finding_kind::no_penalty);
}

bool owed_under(const fr::penalty_opinion& o, std::string_view name)
{
    for (std::size_t i = 0; i < fr::penalty_readings_offered.size(); ++i)
        if (fr::penalty_readings_offered[i].name == name) return ((o.owed >> i) & 1U) != 0;
    return false;
}

} // namespace

// The readings' vote: disputed when some reading owes it and another does not.
static_assert(fr::penalty_opinion{.assessed = 0b11111, .owed = 0b10000}.disputed());
static_assert(!fr::penalty_opinion{.assessed = 0b11111, .owed = 0b11111}.disputed());
static_assert(!fr::penalty_opinion{.assessed = 0b11111, .owed = 0}.disputed());

// The audit in constant evaluation (issue 15 §1, first regression below): one interview, held
// late on 2023-09-01, in the six years from 2019-08-01 -> the abondement is owed.
namespace {
constexpr interview once_late[] = {{obligation_kind::entretien_professionnel, 2023_y / sep / 1}};
constexpr employee late_once{.hire_date = 2019_y / aug / 1, .interviews = once_late,
                             .trainings = l6321_2_only};
} // namespace
static_assert(find(careertalk::evaluate(fr::law, late_once, c200, today), finding_kind::penalty)
                  ->amount == euros{300'000});

TEST_CASE("regression: a late interview does not hide the missed ones (L6315-1 II v5, CDC FAQ)")
{
    // Issue 15 §1: hired 2019-08-01, one interview in six years, held late on 2023-09-01 (the
    // one due 2021-08-01 missed), no état des lieux, only a mandatory (L6321-2) training. The
    // rolling schedule restarted on 2023-09-01, so its next deadline (2025-09-01) fell after
    // the review's (2025-08-01) and the audit said EUR 0. The period planned interviews on
    // 2021-08-01 and 2023-08-01 and the review on 2025-08-01: one held -> EUR 3,000.
    const interview once[] = {{obligation_kind::entretien_professionnel, 2023_y / sep / 1}};
    const employee e{.hire_date = 2019_y / aug / 1, .interviews = once, .trainings = l6321_2_only};
    for (const fr::law_policy* policy : {&fr::law, &fr::ministry, &fr::anniversaries}) {
        const auto ev = careertalk::evaluate(*policy, e, c200, today);
        const finding* f = find(ev, finding_kind::penalty);
        REQUIRE(f);
        CHECK(f->amount == euros{300'000});
        CHECK(cites(*f, rules::entretiens_prevus));
    }
    const auto ev = careertalk::evaluate(fr::law, e, c200, today);
    const finding* f = find(ev, finding_kind::penalty);
    CHECK(f->date == 2025_y / aug / 1);  // not held: its deadline
    CHECK(f->review.begin == 2019_y / aug / 1);
    CHECK(f->review.end == 2025_y / aug / 1);
    CHECK(f->payment_due == 2025_y / dec / 31);  // R6323-3 IV: end of the next quarter
    // Every reading the library offers owes it: no disagreement to show.
    const auto opinions = fr::penalty_readings(e, c200, today);
    REQUIRE(opinions.size() == 1);
    CHECK_FALSE(opinions[0].disputed());
    CHECK(fr::reading_names(opinions[0].owed) ==
          "fr; fr:ministry; fr:literal; fr:anniversaries; fr+disjunctive");
}

TEST_CASE("regression: interviews held on time are not missing (L6315-1 II v5: the état des "
          "lieux is an entretien professionnel)")
{
    // Issue 15 §1: hired 2019-08-01, interviews a few days early on 2021-07-26 and 2023-07-24
    // (the rolling deadline moves to 2025-07-24), the état des lieux on its deadline
    // 2025-08-01 or the day after, only a mandatory training. The rolling audit saw the
    // 2025-07-24 interview missing and charged EUR 3,000; the employee had one at each
    // anniversary and the review itself: nothing owed (cumulative and interviews both met).
    for (const year_month_day held : {2025_y / aug / 1, 2025_y / aug / 2}) {
        CAPTURE(held);
        const interview record[] = {{obligation_kind::entretien_professionnel, 2021_y / jul / 26},
                                    {obligation_kind::entretien_professionnel, 2023_y / jul / 24},
                                    {obligation_kind::etat_des_lieux, held}};
        const employee e{.hire_date = 2019_y / aug / 1, .interviews = record,
                         .trainings = l6321_2_only};
        const auto ev = careertalk::evaluate(fr::law, e, c200, today);
        CHECK_FALSE(find(ev, finding_kind::penalty));
        const finding* f = verdict(ev);
        REQUIRE(f);
        CHECK(f->date == held);  // L6323-13: "les six ans précédant l'entretien"
        CHECK(f->rule->id == rules::l6315_1_ii_v5.id);  // the interviews were held
        // Only the disjunctive reading (no non-mandatory training) owes it: shown as disputed.
        const auto opinions = fr::penalty_readings(e, c200, today);
        REQUIRE(opinions.size() == 1);
        CHECK(opinions[0].disputed());
        CHECK(owed_under(opinions[0], "fr+disjunctive"));
        CHECK_FALSE(owed_under(opinions[0], "fr"));
        CHECK(fr::reading_names(opinions[0].owed) == "fr+disjunctive");
    }
}

TEST_CASE("the second period does not count the review that closed the first (L6315-1 II v7)")
{
    // Hired 2019-08-01, every interview of the first six years and the review on its day
    // (2025-08-01, the start of the next period); then nothing until the eight-year review on
    // 2033-08-01. The second period planned an interview by 2029-08-01 (the 2027 anniversary
    // moved to four years by loi 2025-989) and the review: one held, EUR 3,000.
    const interview record[] = {{obligation_kind::entretien_professionnel, 2021_y / jul / 26},
                                {obligation_kind::entretien_professionnel, 2023_y / jul / 24},
                                {obligation_kind::etat_des_lieux, 2025_y / aug / 1},
                                {obligation_kind::etat_des_lieux, 2033_y / aug / 1}};
    const employee e{.hire_date = 2019_y / aug / 1, .interviews = record};
    const auto ev = careertalk::evaluate(fr::law, e, c200, 2034_y / jan / 1);
    const finding* second = nullptr;
    for (const finding& f : ev.findings)
        if (f.about == obligation_kind::abondement_correctif && f.review.begin == 2025_y / aug / 1)
            second = &f;
    REQUIRE(second);
    CHECK(second->kind == finding_kind::penalty);
    CHECK(second->review.end == 2033_y / aug / 1);
    CHECK(second->date == 2033_y / aug / 1);
    // With an interview on 2029-07-20 the second period is complete.
    const interview complete[] = {record[0], record[1], record[2],
                                  {obligation_kind::entretien_parcours_professionnel, 2029_y / jul / 20},
                                  record[3]};
    const employee g{.hire_date = 2019_y / aug / 1, .interviews = complete};
    CHECK_FALSE(find(careertalk::evaluate(fr::law, g, c200, 2034_y / jan / 1), finding_kind::penalty));
}

TEST_CASE("the review held late: within the month on its date, later on its deadline "
          "(L6323-13 v5, docs/fr/penalty.md#tolerance)")
{
    // Hired 2019-08-01, no interview before the review, no training: the review due 2025-08-01.
    const auto assess = [](std::optional<year_month_day> held, year_month_day on) {
        std::vector<interview> record;
        if (held) record.push_back({obligation_kind::etat_des_lieux, *held});
        const employee e{.hire_date = 2019_y / aug / 1, .interviews = record};
        return careertalk::evaluate(fr::law, e, c200, on);
    };
    // Not held: undecided up to the end of the tolerance (2025-09-01), decided the day after on
    // the deadline.
    CHECK_FALSE(verdict(assess({}, 2025_y / aug / 1)));
    CHECK_FALSE(verdict(assess({}, 2025_y / sep / 1)));
    const auto decided = assess({}, 2025_y / sep / 2);
    REQUIRE(find(decided, finding_kind::penalty));
    CHECK(find(decided, finding_kind::penalty)->date == 2025_y / aug / 1);
    // Held on the tolerance's last day: assessed that day (paid by the end of the next quarter).
    const auto last_day = assess(2025_y / sep / 1, today);
    REQUIRE(find(last_day, finding_kind::penalty));
    CHECK(find(last_day, finding_kind::penalty)->date == 2025_y / sep / 1);
    CHECK(find(last_day, finding_kind::penalty)->payment_due == 2025_y / dec / 31);
    // Held the day after: on its deadline, and the same as decided before it was held.
    const auto too_late = assess(2025_y / sep / 2, today);
    REQUIRE(find(too_late, finding_kind::penalty));
    CHECK(find(too_late, finding_kind::penalty)->date == 2025_y / aug / 1);
    CHECK(find(too_late, finding_kind::penalty)->payment_due ==
          find(decided, finding_kind::penalty)->payment_due);
}

TEST_CASE("2025-10-25 / 2025-10-26: six or eight years, the interviews each period planned "
          "(L6315-1 II v5, v7, L6323-13 v5, v6, ministry Q-R no. 2)")
{
    // Six-year deadline 2025-10-25 (expired before the reform): six years, L6323-13 v5.
    const interview six[] = {{obligation_kind::entretien_professionnel, 2021_y / oct / 25},
                             {obligation_kind::entretien_professionnel, 2023_y / oct / 25},
                             {obligation_kind::etat_des_lieux, 2025_y / oct / 25}};
    const auto ev6 = careertalk::evaluate(
        fr::law, employee{.hire_date = 2019_y / oct / 25, .interviews = six, .trainings = l6321_2_only},
        c200, today);
    REQUIRE(verdict(ev6));
    CHECK(verdict(ev6)->kind == finding_kind::no_penalty);
    CHECK(verdict(ev6)->review.end == 2025_y / oct / 25);
    // 2025-10-26: eight years; the third anniversary (2025-10-26) moved to 2027-10-26, the
    // review's own, so the period planned 2021, 2023 and the review.
    const interview eight[] = {{obligation_kind::entretien_professionnel, 2021_y / oct / 26},
                               {obligation_kind::entretien_professionnel, 2023_y / oct / 26},
                               {obligation_kind::etat_des_lieux, 2027_y / oct / 26}};
    const employee e8{.hire_date = 2019_y / oct / 26, .interviews = eight, .trainings = l6321_2_only};
    const auto ev8 = careertalk::evaluate(fr::law, e8, c200, 2027_y / dec / 1);
    REQUIRE(verdict(ev8));
    CHECK(verdict(ev8)->kind == finding_kind::no_penalty);
    CHECK(verdict(ev8)->review.end == 2027_y / oct / 26);
    CHECK(verdict(ev8)->rule->id == rules::l6315_1_ii_v7.id);  // the interviews were held
    // Without the 2023 interview: fewer than planned, EUR 3,000.
    const interview missed[] = {eight[0], eight[2]};
    const auto short_one = careertalk::evaluate(
        fr::law, employee{.hire_date = 2019_y / oct / 26, .interviews = missed, .trainings = l6321_2_only},
        c200, 2027_y / dec / 1);
    REQUIRE(find(short_one, finding_kind::penalty));
    CHECK(find(short_one, finding_kind::penalty)->date == 2027_y / oct / 26);
}

TEST_CASE("29 February hire: the anniversaries fall on 28 February, and drift into the review's "
          "own (L6315-1 I, II v7, CPC art. 641 by analogy)")
{
    // Hired 2020-02-29: 2022-02-28, 2024-02-28 (the chain's), 2026-02-28 moved to 2028-02-28 by
    // the reform, a day before the eight-year review (2028-02-29): that one is the review's own.
    const interview record[] = {{obligation_kind::entretien_professionnel, 2022_y / feb / 28},
                                {obligation_kind::entretien_professionnel, 2024_y / feb / 29},
                                {obligation_kind::etat_des_lieux, 2028_y / feb / 29}};
    const employee e{.hire_date = 2020_y / feb / 29, .interviews = record, .trainings = l6321_2_only};
    const auto ev = careertalk::evaluate(fr::law, e, c200, 2028_y / apr / 1);
    REQUIRE(verdict(ev));
    CHECK(verdict(ev)->kind == finding_kind::no_penalty);
    CHECK(verdict(ev)->date == 2028_y / feb / 29);
    CHECK(verdict(ev)->review.begin == 2020_y / feb / 29);
}

TEST_CASE("a review postponed under COVID keeps the six years of seniority (L6315-1 II v5, "
          "ord. 2020-1501, docs/fr/penalty.md#period)")
{
    // Hired 2014-06-02: review due 2020-06-02, postponed (held 2021-09-01 under the ministry
    // tolerance); interviews 2016-06-01 and 2018-06-04; a non-mandatory training on 2021-03-01,
    // after the six years of seniority but within the six years before the review.
    const interview record[] = {{obligation_kind::entretien_professionnel, 2016_y / jun / 1},
                                {obligation_kind::entretien_professionnel, 2018_y / jun / 4},
                                {obligation_kind::etat_des_lieux, 2021_y / sep / 1}};
    const training late_training[] = {{.date = 2021_y / mar / 1, .mandatory = false}};
    const employee e{.hire_date = 2014_y / jun / 2, .interviews = record, .trainings = late_training};
    const auto ev = careertalk::evaluate(fr::law, e, c200, today);
    REQUIRE(verdict(ev));
    CHECK(verdict(ev)->kind == finding_kind::no_penalty);  // interviews held
    CHECK(verdict(ev)->review.begin == 2014_y / jun / 2);
    CHECK(verdict(ev)->review.end == 2020_y / jun / 2);
    CHECK(verdict(ev)->date == 2021_y / sep / 1);
    // Without the 2018 interview: the 2021 training is outside the period of seniority (owed,
    // the default), inside the six years before the review (not owed, review_period switch).
    const interview fewer[] = {record[0], record[2]};
    const employee f{.hire_date = 2014_y / jun / 2, .interviews = fewer, .trainings = late_training};
    fr::law_policy before_review = fr::law;
    before_review.abondement.period = fr::review_period::before_review;
    const auto owed = careertalk::evaluate(fr::law, f, c200, today);
    REQUIRE(find(owed, finding_kind::penalty));
    CHECK(cites(*find(owed, finding_kind::penalty), rules::periode_anciennete));
    CHECK(find(owed, finding_kind::penalty)->payment_due == 2022_y / mar / 31);  // décret 2021-1916
    const auto literal = careertalk::evaluate(before_review, f, c200, today);
    REQUIRE(find(literal, finding_kind::no_penalty));
    CHECK(find(literal, finding_kind::no_penalty)->review.begin == 2015_y / sep / 1);
}

TEST_CASE("late payment: the penalty cites the mise en demeure (L6323-13 al. 3 v5, v6)")
{
    // The finding says what happens if unpaid: after formal notice, twice the insufficiency to
    // the Trésor public (mise_en_demeure() computes it).
    const employee none{.hire_date = 2019_y / aug / 1};
    const auto ev = careertalk::evaluate(fr::law, none, c200, today);
    const finding* f = find(ev, finding_kind::penalty);
    REQUIRE(f);
    CHECK(cites(*f, rules::l6323_13_mise_en_demeure));
    const finding unpaid = fr::mise_en_demeure(*f, euros{});
    CHECK(unpaid.amount == euros{600'000});
    CHECK(unpaid.paid_to == payee::tresor_public);
    // Not in force before 2020 (PACTE): a 2014-text review does not cite it.
    CHECK_FALSE(cites(fr::assess_review(nobody, big, {}, held(2018_y / dec / 31, 2018_y / dec / 31, false)),
                      rules::l6323_13_mise_en_demeure));
}
