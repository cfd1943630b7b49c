// Which policy evaluates an employee: --rules or the `rules` column ("fr", "fr:<name>",
// "nl:<name>"), refined by the company's agreement (agreement_cycle_months, idcc).
#pragma once

#include <careertalk/evaluate.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

// Any careertalk::policy, behind one function pointer.
struct policy_ref {
    const void* object = nullptr;
    void (*run)(const void*, const employee&, const company&, year_month_day,
                evaluation&) = nullptr;

    template <careertalk::policy P>
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
    std::string field;  // "rules", "agreement_cycle_months" or "idcc"
    std::string message;
};

class rule_sets {
public:
    rule_sets();
    ~rule_sets();
    rule_sets(const rule_sets&) = delete;
    rule_sets& operator=(const rule_sets&) = delete;

    // The policy for rule set `spec` and the agreement facts of `c`, or why there is none.
    std::optional<policy_ref> find(std::string_view spec, const company& c,
                                   rule_choice_error& error);
    // The rule set names this build knows, for messages and --help.
    std::string known() const;

private:
    struct derived;  // French policies derived from an agreement, kept alive here
    derived* derived_;
};

}  // namespace careertalk::cli
