// The compiled facade (careertalk/facade.hpp): the engine, compiled once for every host.
#include <careertalk/facade.hpp>
#include <careertalk/rule_sets.hpp>

namespace careertalk::inline v0::compiled {

namespace {

// A diagnostic's message points to static text, so it cannot quote the unknown name back
// (the command-line tool does, with rule_choice_error::message).
diagnostic unknown_rule_set(std::string_view field) {
    constexpr auto code = diagnostic_code::unknown_rule_set;
    if (field == "idcc")
        return {record_kind::company, 0, "idcc", code,
                "no branch agreement preset for this idcc in this build"};
    if (field == "cao")
        return {record_kind::company, 0, "cao", code, "no CAO preset of this name in this build"};
    return {record_kind::policy, 0, "rules", code,
            "unknown rule set name (careertalk::compiled::rule_set_names() lists them)"};
}

}  // namespace

void evaluate_into(std::string_view rules, const employee& e, const company& c,
                   year_month_day as_of, evaluation& out) {
    rule_choice_error why;
    if (const auto policy = careertalk::find_rule_set(rules, c, why)) {
        (*policy)(e, c, as_of, out);
        return;
    }
    out.clear(as_of);
    out.add(unknown_rule_set(why.field));
}

evaluation evaluate(std::string_view rules, const employee& e, const company& c,
                    year_month_day as_of) {
    evaluation out{};
    evaluate_into(rules, e, c, as_of, out);
    return out;
}

std::vector<std::string> rule_set_names() { return careertalk::rule_set_names(); }

}  // namespace careertalk::compiled
