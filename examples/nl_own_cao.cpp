// A host defines its own CAO as a constexpr policy in a few lines and evaluates an employee.
//
// The (fictional) "CAO Voorbeeld 2025" promises a yearly development conversation within
// 12 months of the last one, invitations 2 weeks ahead, a signed record within 10 days, and
// career advice every 4 years. Nothing here is law: it is the host's own agreement.
#include <careertalk/careertalk.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <iostream>

using namespace date::literals;
namespace ct = careertalk;
namespace nl = careertalk::nl;

inline constexpr ct::rule_ref voorbeeld{
    .id = "host.cao-voorbeeld.4.2",
    .citation = "CAO Voorbeeld 2025, art. 4.2 (host's own agreement)",
    .in_force = {2025_y / jan / 1, ct::open_end},
    .title = {"Yearly development conversation", "Entretien annuel de développement",
              "Jaarlijks ontwikkelgesprek"},
    .basis = ct::authority::agreement};

inline constexpr nl::conversation gesprekken[] = {{
    .kind = ct::obligation_kind::ontwikkelgesprek,
    .rule = &voorbeeld,
    .every = nl::rhythm::rolling,
    .interval = nl::months(12),
    .leads = {.invitation = nl::weeks(2), .rule = &voorbeeld},
    .record = {.required = true, .deadline = nl::days(10), .sign = nl::signing::signed_by_both,
               .rule = &voorbeeld},
}};
inline constexpr nl::entitlement rechten[] = {
    {.kind = ct::obligation_kind::loopbaanadvies, .rule = &voorbeeld, .every = nl::years(4)}};

inline constexpr nl::conversation_policy cao_voorbeeld{.name = "cao-voorbeeld", .source = &voorbeeld,
                                          .valid = voorbeeld.in_force,
                                          .conversations = gesprekken, .entitlements = rechten};
static_assert(cao_voorbeeld.ok());

int main() {
    const ct::interview held[] = {{ct::obligation_kind::ontwikkelgesprek, 2025_y / mar / 31}};
    const ct::employee anna{.id = "anna", .hire_date = 2019_y / sep / 2, .interviews = held};
    const auto ev = ct::evaluate(cao_voorbeeld, anna, ct::company{}, 2025_y / nov / 23);
    for (const auto& o : ev.obligations)
        std::cout << boost::describe::enum_to_string(o.kind, "?") << " due " << o.due_date
                  << " (" << boost::describe::enum_to_string(o.state, "?") << ") - "
                  << o.rule->citation << '\n';
    for (const auto& f : ev.findings)
        std::cout << boost::describe::enum_to_string(f.about, "?") << " from " << f.date << " - "
                  << f.rule->citation << '\n';
    return ev.ok() ? 0 : 1;
}
