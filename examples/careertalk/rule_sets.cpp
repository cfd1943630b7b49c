#include "rule_sets.hpp"

namespace careertalk::cli {

struct rule_sets::derived {};

rule_sets::rule_sets() : derived_(new derived{}) {}
rule_sets::~rule_sets() { delete derived_; }

std::string rule_sets::known() const { return "(none yet)"; }

std::optional<policy_ref> rule_sets::find(std::string_view spec, const company&,
                                          rule_choice_error& error) {
    error = {"rules", "unknown rule set '" + std::string{spec} + "' (known: " + known() + ")"};
    return std::nullopt;
}

}  // namespace careertalk::cli
