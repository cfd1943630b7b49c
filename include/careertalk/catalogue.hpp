// careertalk/catalogue.hpp: every rule set the library knows, for `careertalk rules` and the
// generated rule book. Each jurisdiction's header adds its sets here.
#pragma once

#include <careertalk/rule.hpp>

#include <array>

namespace careertalk {

inline constexpr std::array<const rule_set*, 1> catalogue{
    &conventions::set,
};

}  // namespace careertalk
