// A host writes its own French company agreement as a constexpr policy in a few lines, then
// evaluates an employee under it and under a branch preset found by IDCC number.
//
// The (fictional) "Accord Exemple 2026" promises an entretien de parcours professionnel every
// 3 years, counted in months worked, and answers a request within 15 days. Concluded after the
// 2025 reform, it may not leave more than 4 years between two interviews (C. trav. L6315-1 III):
// the static_assert below would fail for a 5-year clause (tests/compile_fail/
// fr_agreement_forbidden.fail.cpp shows the compile error).
#include <careertalk/careertalk.hpp>
#include <careertalk/fr/idcc.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <iostream>

using namespace date::literals;
namespace ct = careertalk;
namespace fr = careertalk::fr;

inline constexpr ct::rule_ref exemple{
    .id = "host.accord-exemple.3",
    .citation = "Accord Exemple 2026, art. 3 (host's own company agreement)",
    .in_force = {2026_y / mar / 2, ct::open_end},
    .title = {"Interview every 3 years worked; on request within 15 days",
              "Entretien tous les 3 ans de travail ; sur demande sous 15 jours",
              "Gesprek elke 3 gewerkte jaren; op verzoek binnen 15 dagen"},
    .basis = ct::authority::agreement};

inline constexpr fr::accord accord_exemple{
    .name = "accord-exemple",
    .concluded = 2026_y / mar / 2,
    .in_force = exemple.in_force,
    .periodic = {.every = 36, .unit = fr::counting::months_worked, .rule = &exemple},
    .demande = {.granted = true, .offer_within_days = 15, .rule = &exemple},
    .source = &exemple};
static_assert(accord_exemple.ok());
static_assert(!fr::accord{.concluded = 2026_y / mar / 2,
                          .in_force = exemple.in_force,
                          .periodic = {.every = 60, .rule = &exemple}}
                   .ok());  // 5 years: the law forbids it since 2025-10-26

void print(const ct::evaluation& ev) {
    for (const auto& o : ev.obligations)
        std::cout << "  " << boost::describe::enum_to_string(o.kind, "?") << " due "
                  << o.due_date << " (" << boost::describe::enum_to_string(o.state, "?")
                  << ") - " << o.rule->citation << '\n';
}

int main() {
    const ct::interview held[] = {
        {ct::obligation_kind::entretien_parcours_professionnel, 2026_y / apr / 7}};
    const ct::request asked[] = {
        {ct::obligation_kind::entretien_parcours_professionnel, 2026_y / nov / 2}};
    const ct::employee claire{.id = "claire", .hire_date = 2021_y / sep / 1,
                              .interviews = held, .requests = asked};
    const ct::company company{.headcount = 120, .idcc = 1527};
    std::cout << "Accord Exemple 2026:\n";
    const auto ev = ct::evaluate(accord_exemple, claire, company, 2026_y / nov / 23);
    print(ev);
    if (const fr::accord* branch = fr::find_agreement(*company.idcc)) {
        std::cout << "Branch preset " << branch->name << ":\n";
        print(ct::evaluate(*branch, claire, company, 2026_y / nov / 23));
    }
    return ev.ok() ? 0 : 1;
}
