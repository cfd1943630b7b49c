// careertalk/rule_sets.hpp: the rule sets by name ("fr", "fr:<name>", "nl", "nl:<name>"), as
// the command-line tool's --rules and the compiled facade (facade.hpp) take them, and the
// policy they name for a company (its branch agreement, idcc, or CAO, cao).
//
// It brings in the catalogues of presets (fr/idcc.hpp, nl/catalogue.hpp) and the list of every
// rule set (catalogue.hpp), which careertalk.hpp leaves out.
#pragma once

#include <careertalk/catalogue.hpp>
#include <careertalk/evaluate.hpp>
#include <careertalk/fr/idcc.hpp>
#include <careertalk/fr/law.hpp>
#include <careertalk/nl/catalogue.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::inline v0 {

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
    std::string_view field;  // the input column to blame: "rules", "idcc" or "cao"
    std::string message;
};

// The rule set names this build knows ("fr", "fr:<name>", "nl", "nl:<name>").
inline std::vector<std::string> rule_set_names() {
    std::vector<std::string> names{"fr"};
    for (const auto& p : fr::policies) names.push_back("fr:" + std::string{p.name});
    for (const fr::accord* a : fr::idcc::all) names.push_back("fr:" + std::string{a->name});
    names.emplace_back("nl");
    for (std::string_view n : nl::policy_names) names.push_back("nl:" + std::string{n});
    return names;
}

// The same, comma-separated, for messages and --help.
inline std::string known_rule_sets() {
    std::string s;
    for (const std::string& n : rule_set_names()) s += (s.empty() ? "" : ", ") + n;
    return s;
}

// The policy for rule set `spec` and the company `c`, or why there is none. A French
// agreement's periodicity (agreement_cycle_months, agreement_date) is a company fact that
// fr::law applies itself.
inline std::optional<policy_ref> find_rule_set(std::string_view spec, const company& c,
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

}  // namespace careertalk
