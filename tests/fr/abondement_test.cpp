// Tests of careertalk/fr/abondement.hpp: the abondement correctif verdict of an état des lieux.
#include <careertalk/fr/abondement.hpp>

#include "catch.hpp"

using namespace date::literals;
namespace fr = careertalk::fr;

// L6323-13 al. 3 (v5, v6): insufficiency + 100 %.
static_assert(fr::mise_en_demeure_amount(careertalk::euros{300'000}) ==
              careertalk::euros{600'000});
