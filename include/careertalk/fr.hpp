// careertalk/fr.hpp: French law alone (fr::law and its readings, the abondement, regime A and
// branch agreements composed by the host), without the Dutch rules and the IDCC presets.
//
// Cheaper to compile than careertalk.hpp. The twelve branch presets (fr::idcc) are in
// careertalk/fr/idcc.hpp; the list of every rule set in careertalk/catalogue.hpp.
#pragma once

#include <careertalk/adapt.hpp>
#include <careertalk/calendar.hpp>
#include <careertalk/evaluate.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/fr/abondement.hpp>
#include <careertalk/fr/agreements.hpp>
#include <careertalk/fr/headcount.hpp>
#include <careertalk/fr/law.hpp>
#include <careertalk/fr/regime_a.hpp>
#include <careertalk/kinds.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>
#include <careertalk/validate.hpp>
