// careertalk/catalogue.hpp: every rule set the library knows, for `careertalk rules` and the
// generated rule book. Each jurisdiction's header adds its sets here.
#pragma once

#include <careertalk/fr/abondement.hpp>
#include <careertalk/fr/catalogue.hpp>
#include <careertalk/fr/idcc.hpp>
#include <careertalk/fr/regime_a.hpp>
#include <careertalk/nl/catalogue.hpp>
#include <careertalk/rule.hpp>

#include <array>

namespace careertalk::inline v0 {

inline constexpr std::array<const rule_set*, 29> catalogue{
    &conventions::set,
    &fr::abondement_set,
    &fr::schedule_set,
    &fr::regime_a::set,
    &fr::agreements_set,
    &fr::idcc_sets[0],
    &fr::idcc_sets[1],
    &fr::idcc_sets[2],
    &fr::idcc_sets[3],
    &fr::idcc_sets[4],
    &fr::idcc_sets[5],
    &fr::idcc_sets[6],
    &fr::idcc_sets[7],
    &fr::idcc_sets[8],
    &fr::idcc_sets[9],
    &fr::idcc_sets[10],
    &fr::idcc_sets[11],
    &fr::idcc_sets[12],
    &nl::statute_set,
    &nl::guide_set,
    &nl::cao_rijk_set,
    &nl::sociaal_werk_set,
    &nl::gehandicaptenzorg_set,
    &nl::umc_set,
    &nl::cao_nu_set,
    &nl::waterschappen_set,
    &nl::kinderopvang_set,
    &nl::ggz_set,
    &nl::cycle_set,
};

}  // namespace careertalk
