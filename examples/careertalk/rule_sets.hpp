// Which policy evaluates an employee: --rules or the `rules` column ("fr", "fr:<name>",
// "nl", "nl:<name>"), and the company's branch agreement (idcc) or CAO (cao).
#pragma once

#include <careertalk/evaluate.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

// Any careertalk::policy_like, behind one function pointer.
struct policy_ref {
    const void* object = nullptr;
    void (*run)(const void*, const employee&, const company&, year_month_day,
                evaluation&) = nullptr;

    template <careertalk::policy_like P>
    static policy_ref of(const P& p) {
        return {&p, [](const void* q, const employee& e, const company& c, year_month_day d,
                       evaluation& out) {
                    careertalk::evaluate_into(*static_cast<const P*>(q), e, c, d, out);
                }};
    }
    void operator()(const employee& e, const company& c, year_month_day d,
                    evaluation& out) const {
        run(object, e, c, d, out);
    }
};

struct rule_choice_error {
    std::string field;  // the PEOPLE.csv column to blame: "rules", "idcc" or "cao"
    std::string message;
};

// The policy for rule set `spec` and the company `c`, or why there is none. A French
// agreement's periodicity (agreement_cycle_months, agreement_date) is a company fact that
// fr::law applies itself.
std::optional<policy_ref> find_rule_set(std::string_view spec, const company& c,
                                        rule_choice_error& error);

// The rule set names this build knows ("fr", "fr:<name>", "nl", "nl:<name>").
std::vector<std::string> rule_set_names();

// The same, comma-separated, for messages and --help.
std::string known_rule_sets();

}  // namespace careertalk::cli
