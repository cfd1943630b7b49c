#include "rule_sets.hpp"

#include <careertalk/fr/idcc.hpp>
#include <careertalk/fr/law.hpp>
#include <careertalk/nl/catalogue.hpp>

namespace careertalk::cli {

std::vector<std::string> rule_set_names() {
    std::vector<std::string> names{"fr"};
    for (const auto& p : fr::policies) names.push_back("fr:" + std::string{p.name});
    for (const fr::accord* a : fr::idcc::all) names.push_back("fr:" + std::string{a->name});
    names.emplace_back("nl");
    for (std::string_view n : nl::policy_names) names.push_back("nl:" + std::string{n});
    return names;
}

std::string known_rule_sets() {
    std::string s;
    for (const std::string& n : rule_set_names()) s += (s.empty() ? "" : ", ") + n;
    return s;
}

std::optional<policy_ref> find_rule_set(std::string_view spec, const company& c,
                                        rule_choice_error& error) {
    const bool french = spec == "fr" || spec.starts_with("fr:");
    if (french && c.idcc) {
        // The branch's preset (fr/idcc.hpp). A branch without one: say so rather than apply
        // the law alone to a company whose branch may set other dates.
        if (const fr::accord* a = fr::find_agreement(*c.idcc)) return policy_ref::of(*a);
        error = {"idcc", "unknown idcc " + std::to_string(*c.idcc) +
                             ": no branch agreement preset for it in this build"};
        return std::nullopt;
    }
    if (spec == "fr") return policy_ref::of(fr::law);
    if (french) {
        if (const fr::law_policy* p = fr::find_policy(spec.substr(3))) return policy_ref::of(*p);
        if (const fr::accord* a = fr::find_agreement(spec.substr(3))) return policy_ref::of(*a);
    }
    // "nl": the CAO preset named by the `cao` column, else statute only (nl/catalogue.hpp). An
    // unknown CAO is an input error, never statute alone.
    static constexpr nl::company_cao by_cao{};
    if (spec == "nl") {
        if (c.cao.empty() || nl::find_policy(c.cao)) return policy_ref::of(by_cao);
        std::string known;
        for (std::string_view n : nl::policy_names)
            known += (known.empty() ? "" : ", ") + std::string{n};
        const std::string_view shown = c.cao.substr(0, 40);  // a hostile field is not echoed whole
        error = {"cao", "unknown cao '" + std::string{shown} +
                            (shown.size() < c.cao.size() ? "...'" : "'") + " (known: " + known +
                            ")"};
        return std::nullopt;
    }
    if (spec.starts_with("nl:"))
        if (const nl::conversation_policy* p = nl::find_policy(spec.substr(3))) return policy_ref::of(*p);
    error = {"rules", "unknown rule set '" + std::string{spec} + "' (known: " +
                          known_rule_sets() + ")"};
    return std::nullopt;
}

}  // namespace careertalk::cli
