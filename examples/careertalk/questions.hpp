// The HR director's questions (docs/cli/questions.md): what the abondement correctif has cost
// and will cost, for `careertalk summary` and `careertalk audit --until`.
#pragma once

#include <careertalk/facts.hpp>
#include <careertalk/fr/law.hpp>
#include <careertalk/results.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace careertalk::cli {

// The outlook (fr::law_policy::outlook) of `e` under rule set `rules` for company `c`: the law
// under one of its readings, or the company's branch agreement (idcc); nullopt under Dutch
// rules, which have no abondement.
std::optional<fr::review_outlooks> outlook_for(std::string_view rules, const employee& e,
                                               const company& c, year_month_day as_of,
                                               year_month_day until);

// One projected abondement for `audit --until`: the outlook under the employee's rules, and
// the readings the library offers (fr::penalty_readings_offered) that project it too.
struct projected_penalty {
    fr::review_outlook outlook;
    std::uint8_t owed_under = 0;  // bit i: penalty_readings_offered[i]
};

// The penalties among `outlooks` (of `e`), with the readings of the law that project each.
std::vector<projected_penalty> projected_penalties(const fr::review_outlooks& outlooks,
                                                   const employee& e, const company& c,
                                                   year_month_day as_of, year_month_day until);

// Sums of abondements (or rows) over employees.
struct money {
    std::uint64_t employees = 0;
    std::uint64_t count = 0;
    euros total{};

    // One more abondement of `amount` (the employee is counted by the caller, once).
    void add_one(euros amount) {
        ++count;
        total.cents += amount.cents;
    }
    money& operator+=(const money& o) {
        employees += o.employees;
        count += o.count;
        total.cents += o.total.cents;
        return *this;
    }
};

// The penalty exposure of a population (`summary`): already incurred as of the as-of date, by
// payment date and under each reading the library offers, and projected to `until` under each.
class exposure {
public:
    exposure(year_month_day as_of, year_month_day until) : as_of_(as_of), until_(until) {}

    // One evaluated French employee: `ev` under its own rules; projected under each reading of
    // the law (a branch agreement's employees too, as audit's owed_under).
    void add(const employee& e, const company& c, const evaluation& ev);

    // Adds another population's exposure (the same dates) to this one.
    void merge(const exposure& other);

    // Incurred penalties by payment date (unset: the texts fix none for that review).
    const std::map<std::optional<year_month_day>, money>& incurred() const { return incurred_; }
    money incurred_total() const;
    // Incurred by the as-of date under each reading of the law, one per
    // penalty_readings_offered (a branch agreement's employees too, as audit's owed_under).
    const std::array<money, fr::penalty_readings_offered.size()>& incurred_under() const {
        return incurred_under_;
    }
    // Projected to `until`, one per penalty_readings_offered.
    const std::array<money, fr::penalty_readings_offered.size()>& projected() const {
        return projected_;
    }
    std::uint64_t not_assessed() const { return not_assessed_; }  // headcount missing

private:
    year_month_day as_of_;
    year_month_day until_;
    std::map<std::optional<year_month_day>, money> incurred_;
    std::array<money, fr::penalty_readings_offered.size()> incurred_under_{};
    std::array<money, fr::penalty_readings_offered.size()> projected_{};
    std::uint64_t incurred_employees_ = 0;
    std::uint64_t not_assessed_ = 0;
};

}  // namespace careertalk::cli
