// careertalk/catalogue.hpp: every rule set the library knows, for `careertalk rules` and the
// generated rule book. Each jurisdiction's header adds its sets here.
#pragma once

#include <careertalk/fr/abondement.hpp>
#include <careertalk/fr/catalogue.hpp>
#include <careertalk/fr/regime_a.hpp>
#include <careertalk/rule.hpp>

#include <array>

namespace careertalk {

inline constexpr std::array<const rule_set*, 4> catalogue{
    &conventions::set,
    &fr::abondement_set,
    &fr::schedule_set,
    &fr::regime_a::set,
};

}  // namespace careertalk
