// Tests of careertalk/fr/agenda.hpp: the items of each version of L6315-1
// (docs/fr/readings.md#agenda), each with its rule and its labels in the three languages.
#include <careertalk/fr/agenda.hpp>

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;

// 2014: prospects, no evaluation, written copy; 2016-08-10: + VAE; 2019-01-01: + CPF/CEP;
// 2025-10-26: 1° to 5° and the four constraints.
static_assert(fr::base_agenda(2016_y / aug / 9).size() == 3);
static_assert(fr::base_agenda(2016_y / aug / 10).size() == 4);
static_assert(fr::base_agenda(2018_y / dec / 31).size() == 4);
static_assert(fr::base_agenda(2019_y / jan / 1).size() == 5);
static_assert(fr::base_agenda(2025_y / oct / 25).size() == 5);
static_assert(fr::base_agenda(2025_y / oct / 26).size() == 9);
static_assert(fr::base_agenda(2025_y / oct / 26)[0].id == "fr.L6315-1.I.1");
static_assert(fr::etat_des_lieux_agenda(2025_y / oct / 25)[0].id == "fr.L6315-1.II.check.6");
static_assert(fr::etat_des_lieux_agenda(2025_y / oct / 26)[0].id == "fr.L6315-1.II.check.8");

TEST_CASE("every item has a rule and three labels") {
    const std::span<const agenda_item> lists[] = {
        fr::agendas::entretien_2014, fr::agendas::entretien_2016,  fr::agendas::entretien_2019,
        fr::agendas::epp_2025,       fr::agendas::etat_des_lieux_6, fr::agendas::etat_des_lieux_8,
        fr::agendas::retour_parental, fr::agendas::fin_de_mandat,  fr::agendas::mi_carriere,
        fr::agendas::fin_carriere};
    for (const auto list : lists)
        for (const agenda_item& i : list) {
            CAPTURE(i.id);
            REQUIRE(i.rule.is_set());
            REQUIRE_FALSE(i.label.en.empty());
            REQUIRE_FALSE(i.label.fr.empty());
            REQUIRE_FALSE(i.label.nl.empty());
        }
}

TEST_CASE("an interview's agenda combines its base and extra lists") {
    agenda a{fr::base_agenda(2026_y / may / 4)};
    REQUIRE(a.add(fr::agendas::fin_carriere));
    REQUIRE(a.add(fr::agendas::mi_carriere));
    REQUIRE(a.size() == 9 + 2 + 5);
    std::size_t n = 0;
    for (const agenda_item& i : a) n += i.rule == &fr::rules::fin_carriere;
    REQUIRE(n == 2);
}
