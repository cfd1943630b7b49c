// careertalk/nl/catalogue.hpp: the Dutch policies by name, and their rule sets.
//
// `careertalk schedule --rules nl:<name>` looks a policy up with find_policy(). The policy
// `company_cao` picks the preset named by company.cao, and applies statute only when it names
// none: no Dutch due date without a configured policy (docs/nl/cao.md). An unknown name is a
// diagnostic, never a silent fall back to statute.
#pragma once

#include <careertalk/nl/cao.hpp>
#include <careertalk/nl/cycle.hpp>
#include <careertalk/nl/loopbaangesprek.hpp>
#include <careertalk/nl/policy.hpp>
#include <careertalk/nl/poortwachter.hpp>
#include <careertalk/nl/training.hpp>

#include <array>
#include <string_view>

namespace careertalk::inline v0::nl {

inline constexpr std::array<const conversation_policy*, 12> policies{
    &loopbaangesprek, &cao_rijk,          &sociaal_werk_policy, &gehandicaptenzorg_policy,
    &umc_policy,      &cao_nu,            &waterschappen_policy, &kinderopvang_policy,
    &ggz_policy,      &cycle_calendar,    &cycle_rolling,        &wet};

// The names find_policy() knows, in catalogue order.
inline constexpr std::array<std::string_view, policies.size()> policy_names = [] {
    std::array<std::string_view, policies.size()> names{};
    for (std::size_t i = 0; i < policies.size(); ++i) names[i] = policies[i]->name;
    return names;
}();

// The policy named `name` (without the "nl:" prefix), or nullptr.
constexpr const conversation_policy* find_policy(std::string_view name) noexcept {
    for (const conversation_policy* p : policies)
        if (p->name == name) return p;
    return nullptr;
}

// The preset named by company.cao; statute only when it names none. An unknown name is a
// diagnostic (the facts name a CAO this build has no preset for) and nothing is evaluated.
struct company_cao {
    static constexpr careertalk::jurisdiction jurisdiction = careertalk::jurisdiction::nl;
    constexpr bool ok() const noexcept { return true; }
    constexpr void evaluate(const employee& e, const company& c, year_month_day as_of,
                            evaluation& out) const {
        if (c.cao.empty()) return wet.evaluate(e, c, as_of, out);
        if (const conversation_policy* p = find_policy(c.cao)) return p->evaluate(e, c, as_of, out);
        out.add(diagnostic{record_kind::company, 0, "cao", diagnostic_code::policy_not_ok,
                           "no CAO preset of this name (nl::policy_names lists them)"});
    }
};

namespace catalogue_detail {
inline constexpr const rule_ref* statute[] = {
    &no_statutory_conversation, &week_counting,        &ziekmelding_arbodienst_rule,
    &ziekmelding_week1,         &probleemanalyse_rule, &plan_van_aanpak_rule,
    &evaluatie_rule,            &melding_13e_week_rule, &melding_42e_week_rule,
    &eerstejaarsevaluatie_rule, &tweede_spoor_rule,    &vervroegde_iva_rule,
    &deskundigenoordeel_rule,   &wia_aanvraag_91,      &wia_aanvraag_rule,
    &re_integratieverslag_rule, &loondoorbetaling_52,  &loondoorbetaling_rule,
    &ziek_uit_dienst_rule,      &uitzend_meldtermijn_rule,   &bijzondere_meldtermijn_rule,
    &bw_7_611a_lid_1,           &bw_7_611a_lid_2_4,    &bw_7_611a_vrijwillig,
    &besluit_transitievergoeding, &besluit_2020,       &yearly_as_calendar_year,
    &yearly_as_rolling};
}  // namespace catalogue_detail

inline constexpr rule_set statute_set{
    .id = "nl"_ct,
    .title = {.en = "Netherlands: statute (Poortwachter, training) and readings"_ct,
              .fr = "Pays-Bas : loi (Poortwachter, formation) et lectures"_ct,
              .nl = "Nederland: wet (Poortwachter, scholing) en leeswijzen"_ct},
    .rules = catalogue_detail::statute};

inline constexpr rule_set guide_set{.id = "nl:loopbaangesprek"_ct,
                                    .title = guide.title,
                                    .rules = guide_rules};
inline constexpr rule_set cao_rijk_set{.id = "nl:cao-rijk"_ct, .title = rijk.title,
                                       .rules = rijk_rules};
inline constexpr rule_set sociaal_werk_set{.id = "nl:sociaal-werk"_ct, .title = sociaal_werk.title,
                                           .rules = sociaal_werk_rules};
inline constexpr rule_set gehandicaptenzorg_set{.id = "nl:gehandicaptenzorg"_ct,
                                                .title = gehandicaptenzorg.title,
                                                .rules = gehandicaptenzorg_rules};
inline constexpr rule_set umc_set{.id = "nl:umc"_ct, .title = umc.title, .rules = umc_rules};
inline constexpr rule_set cao_nu_set{.id = "nl:cao-nu"_ct, .title = cao_nu_source.title,
                                     .rules = cao_nu_rules};
inline constexpr rule_set waterschappen_set{.id = "nl:waterschappen"_ct,
                                            .title = waterschappen.title,
                                            .rules = waterschappen_rules};
inline constexpr rule_set kinderopvang_set{.id = "nl:kinderopvang"_ct, .title = kinderopvang.title,
                                           .rules = kinderopvang_rules};
inline constexpr rule_set ggz_set{.id = "nl:ggz"_ct, .title = ggz.title, .rules = ggz_rules};
inline constexpr rule_set cycle_set{.id = "nl:cycle"_ct, .title = cycle_practice.title,
                                    .rules = cycle_rules};

inline constexpr std::array<const rule_set*, 11> rule_sets{
    &statute_set, &guide_set,        &cao_rijk_set, &sociaal_werk_set, &gehandicaptenzorg_set,
    &umc_set,     &cao_nu_set,       &waterschappen_set, &kinderopvang_set, &ggz_set,
    &cycle_set};

}  // namespace careertalk::nl
