// careertalk/fr/headcount.hpp: is the employer at or above the 50-employee threshold of the
// abondement correctif (C. trav. L6323-13, L6315-1 II)?
//
// Order of the answers, first that applies wins:
//   1. company.penalty_threshold_met: the host's own answer (it knows its DSN counts);
//   2. from 2020-01-01, a company.headcount_history: C. séc. soc. L130-1 (PACTE), the annual
//      headcount is the average of the monthly headcounts of the previous calendar year, and an
//      upward crossing counts once the threshold has been reached for five consecutive calendar
//      years (a year below resets the count);
//   3. company.headcount >= 50 as given (before 2020, the general Code du travail count, which
//      the library does not recompute);
//   4. otherwise unknown: the caller reports missing_fact::headcount, never a guess.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/rule.hpp>

#include <boost/describe/enum.hpp>

#include <cstdint>

namespace careertalk::inline v0::fr {

inline constexpr int penalty_threshold_headcount = 50; // L6323-13 al. 1: "au moins cinquante"

// The first day the L130-1 CSS count applies to the abondement (loi 2019-486 PACTE, art. 11;
// L6315-1 v5 and L6323-13 v4).
inline constexpr year_month_day pacte_start = date::year{2020} / date::January / 1;

namespace abondement_rules {

inline constexpr rule_ref host_threshold_answer{
    .id = "fr.abondement.threshold.host"_ct,
    .citation = "C. trav., art. L6323-13, al. 1 (v2 LEGIARTI000028697879 to v7 "
                "LEGIARTI000053151869; threshold as determined by the employer)"_ct,
    .in_force = {date::year{2015} / 1 / 1, open_end},
    .title = {.en = "The employer's own determination that it is (or is not) at or above 50 "
                    "employees"_ct,
              .fr = "Franchissement du seuil de cinquante salariés déclaré par l'employeur"_ct,
              .nl = "Door de werkgever opgegeven drempel van 50 werknemers"_ct},
    .basis = authority::interpretation,
    .reading =
        "company.penalty_threshold_met wins over any headcount the library could compute."_ct};

inline constexpr rule_ref css_l130_1{
    .id = "fr.CSS.L130-1.II"_ct,
    .citation = "C. séc. soc., art. L130-1, I and II (loi n° 2019-486 du 22 mai 2019, art. 11)"_ct,
    .in_force = {pacte_start, open_end},
    .title = {.en = "Headcount: average of the monthly headcounts of the previous calendar year; "
                    "an upward crossing counts after five consecutive calendar years"_ct,
              .fr = "Effectif : moyenne des effectifs mensuels de l'année civile précédente ; "
                    "franchissement à la hausse pris en compte après cinq années civiles "
                    "consécutives"_ct,
              .nl = "Personeelsomvang: gemiddelde van de maandelijkse aantallen van het vorige "
                    "kalenderjaar; een overschrijding telt na vijf opeenvolgende kalenderjaren"_ct},
    .basis = authority::statute,
    .reading = "headcount_history holds the average of each calendar year's months. On a date "
               "in year N the company is subject when the averages of years N-5 .. N-1 are all "
               ">= 50 (the fifth year in which the annual headcount, the average of the previous "
               "year, is >= 50). A year below 50 restarts the count (L130-1 II al. 2). A year "
               "missing from the history makes the answer unknown."_ct};

inline constexpr rule_ref css_l130_1_sixth_year{
    .id = "fr.CSS.L130-1.II.sixth-year"_ct,
    .citation = "C. séc. soc., art. L130-1, II, later reading (docs/fr/readings.md#headcount)"_ct,
    .in_force = {pacte_start, open_end},
    .title = {.en = "Five-year rule read as biting from the sixth year"_ct,
              .fr = "Règle des cinq ans lue comme applicable à compter de la sixième année"_ct,
              .nl = "Vijfjaarsregel gelezen als van toepassing vanaf het zesde jaar"_ct},
    .basis = authority::interpretation,
    .reading = "Not the default: subject when the averages of years N-6 .. N-1 are all >= 50."_ct};

inline constexpr rule_ref pacte_grandfathering{
    .id = "fr.CSS.L130-1.pacte-2019"_ct,
    .citation = "Loi n° 2019-486 du 22 mai 2019, art. 11 (docs/fr/readings.md#headcount)"_ct,
    .in_force = {pacte_start, open_end},
    .title = {.en = "A company already at or above 50 in 2019 stays subject without waiting five "
                    "years"_ct,
              .fr = "Entreprise déjà à cinquante salariés ou plus en 2019 : assujettie sans "
                    "attendre cinq ans"_ct,
              .nl = "Een bedrijf dat in 2019 al 50 of meer werknemers had, blijft onderworpen"_ct},
    .basis = authority::interpretation,
    .reading = "Unconfirmed: the library could not read the PACTE transitional clause. "
               "Compliance-safe default: the 2019 average >= 50 with no year below 50 since counts "
               "as five years reached. headcount_options::pacte_grandfathering = false turns it "
               "off."_ct};

inline constexpr rule_ref headcount_as_given{
    .id = "fr.abondement.threshold.headcount"_ct,
    .citation = "C. trav., art. L6323-13, al. 1 (v2 LEGIARTI000028697879 to v7 "
                "LEGIARTI000053151869); before 2020 the general count of C. trav. "
                "L1111-2, not recomputed (docs/fr/readings.md#headcount)"_ct,
    .in_force = {date::year{2015} / 1 / 1, open_end},
    .title = {.en = "Headcount as given by the host compared with 50"_ct,
              .fr = "Effectif fourni par l'employeur comparé au seuil de cinquante"_ct,
              .nl = "Opgegeven personeelsomvang vergeleken met 50"_ct},
    .basis = authority::interpretation,
    .reading = "Used when no history is given (or before 2020): company.headcount >= 50. The "
               "library cannot apply the five-year rule without a history."_ct};

} // namespace abondement_rules

// Switches on the disputed points of the L130-1 count (docs/fr/readings.md#headcount). The defaults
// are compliance-safe: the company is subject as early as any reading makes it.
struct headcount_options {
    bool from_sixth_year = false;     // true: abondement_rules::css_l130_1_sixth_year
    bool pacte_grandfathering = true; // abondement_rules::pacte_grandfathering
};

enum class threshold_state : std::uint8_t {
    met,     // at or above 50: the abondement can be owed
    not_met, // below 50: no abondement
    unknown, // no headcount: report missing_fact::headcount
};
BOOST_DESCRIBE_ENUM(threshold_state, met, not_met, unknown)

// The answer and the rule it rests on.
struct threshold {
    threshold_state state = threshold_state::unknown;
    const rule_ref* rule = nullptr;
};

namespace abondement_detail {

// The average of year y, or -1 when the history does not hold it. (A value, not a pointer: GCC's
// UBSan instrumentation makes a null-pointer test non-constant.)
constexpr int average_of(std::span<const headcount_year> h, date::year y) noexcept
{
    for (const auto& e : h)
        if (e.year == y)
            return e.headcount;
    return -1;
}

// L130-1 II on a date in year n from the yearly averages.
constexpr threshold l130_1(std::span<const headcount_year> h, date::year n,
                           const headcount_options& o) noexcept
{
    const int needed = o.from_sixth_year ? 6 : 5;
    const rule_ref* rule = o.from_sixth_year ? &abondement_rules::css_l130_1_sixth_year
                                             : &abondement_rules::css_l130_1;
    for (int k = 1; k <= needed; ++k) {
        const date::year y = n - date::years{k};
        const int average = average_of(h, y);
        if (average < 0)
            return {threshold_state::unknown, rule};
        if (average < penalty_threshold_headcount)
            return {threshold_state::not_met, rule};
        if (y == date::year{2019} && o.pacte_grandfathering)
            return {threshold_state::met, &abondement_rules::pacte_grandfathering};
    }
    return {threshold_state::met, rule};
}

} // namespace abondement_detail

// Is the company at or above the abondement threshold on `on` (the date of the état des lieux)?
constexpr threshold penalty_threshold(const company& c, year_month_day on,
                                      const headcount_options& o = {}) noexcept
{
    if (c.penalty_threshold_met)
        return {*c.penalty_threshold_met ? threshold_state::met : threshold_state::not_met,
                &abondement_rules::host_threshold_answer};
    if (on >= pacte_start && !c.headcount_history.empty())
        return abondement_detail::l130_1(c.headcount_history, on.year(), o);
    if (c.headcount)
        return {*c.headcount >= penalty_threshold_headcount ? threshold_state::met
                                                            : threshold_state::not_met,
                &abondement_rules::headcount_as_given};
    return {threshold_state::unknown, on >= pacte_start ? &abondement_rules::css_l130_1
                                                        : &abondement_rules::headcount_as_given};
}

} // namespace careertalk::fr
