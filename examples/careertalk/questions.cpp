#include "questions.hpp"

#include <careertalk/fr/idcc.hpp>

namespace careertalk::cli {

std::optional<fr::review_outlooks> outlook_for(std::string_view rules, const employee& e,
                                               const company& c, year_month_day as_of,
                                               year_month_day until) {
    if (rules != "fr" && !rules.starts_with("fr:")) return std::nullopt;
    // As find_rule_set (rule_sets.hpp): the company's branch first, then the reading or preset.
    const fr::accord* a = c.idcc ? fr::find_agreement(*c.idcc) : nullptr;
    if (!a && rules.starts_with("fr:")) {
        if (const fr::law_policy* p = fr::find_policy(rules.substr(3)))
            return p->outlook(e, c, as_of, until);
        a = fr::find_agreement(rules.substr(3));
    }
    return a ? a->outlook(e, c, as_of, until) : fr::law.outlook(e, c, as_of, until);
}

std::vector<projected_penalty> projected_penalties(const fr::review_outlooks& outlooks,
                                                   const employee& e, const company& c,
                                                   year_month_day as_of, year_month_day until) {
    std::vector<projected_penalty> out;
    for (const fr::review_outlook& o : outlooks)
        if (o.verdict.kind == finding_kind::penalty) out.push_back({o, 0});
    if (out.empty()) return out;
    // The readings date a review differently, never start its period differently.
    for (std::size_t i = 0; i < fr::penalty_readings_offered.size(); ++i)
        for (const fr::review_outlook& o :
             fr::penalty_readings_offered[i].policy->outlook(e, c, as_of, until))
            for (projected_penalty& p : out)
                if (o.verdict.kind == finding_kind::penalty &&
                    o.verdict.review.begin == p.outlook.verdict.review.begin)
                    p.owed_under |= static_cast<std::uint8_t>(1U << i);
    return out;
}

void exposure::add(const employee& e, const company& c, const evaluation& ev) {
    bool counted = false, missing = false;
    std::map<std::optional<year_month_day>, std::uint64_t> mine;
    for (const finding& f : ev.findings) {
        if (f.about != obligation_kind::abondement_correctif) continue;
        missing = missing || (f.kind == finding_kind::missing && f.missing == missing_fact::headcount);
        if (f.kind != finding_kind::penalty) continue;
        money& m = incurred_[f.payment_due];
        m.add_one(f.amount);
        if (mine[f.payment_due]++ == 0) ++m.employees;
        counted = true;
    }
    incurred_employees_ += counted;
    // Under each reading: incurred by the as-of date, and projected to `until`.
    for (std::size_t i = 0; i < fr::penalty_readings_offered.size(); ++i) {
        const auto& reading = *fr::penalty_readings_offered[i].policy;
        money& now = incurred_under_[i];
        const std::uint64_t incurred_before = now.count;
        const evaluation decided = careertalk::evaluate(reading, e, c, as_of_);
        for (const finding& f : decided.findings)
            if (f.about == obligation_kind::abondement_correctif && f.kind == finding_kind::penalty)
                now.add_one(f.amount);
        now.employees += now.count != incurred_before;
        money& later = projected_[i];
        const std::uint64_t projected_before = later.count;
        for (const fr::review_outlook& o : reading.outlook(e, c, as_of_, until_)) {
            missing = missing || o.verdict.kind == finding_kind::missing;
            if (o.verdict.kind == finding_kind::penalty) later.add_one(o.verdict.amount);
        }
        later.employees += later.count != projected_before;
    }
    not_assessed_ += missing;
}

void exposure::merge(const exposure& other) {
    for (const auto& [date, m] : other.incurred_) incurred_[date] += m;
    for (std::size_t i = 0; i < projected_.size(); ++i) {
        incurred_under_[i] += other.incurred_under_[i];
        projected_[i] += other.projected_[i];
    }
    incurred_employees_ += other.incurred_employees_;
    not_assessed_ += other.not_assessed_;
}

money exposure::incurred_total() const {
    money t{.employees = incurred_employees_};
    for (const auto& [date, m] : incurred_) {
        t.count += m.count;
        t.total.cents += m.total.cents;
    }
    return t;
}

}  // namespace careertalk::cli
