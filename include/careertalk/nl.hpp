// careertalk/nl.hpp: Dutch rules alone (statute, Poortwachter, training, the loopbaangesprek
// guide and the cycle practices), without the French rules and the CAO presets.
//
// Cheaper to compile than careertalk.hpp. The CAO presets (nl::cao_rijk, ...) are in
// careertalk/nl/cao.hpp; look-up by name and nl::company_cao in careertalk/nl/catalogue.hpp.
#pragma once

#include <careertalk/adapt.hpp>
#include <careertalk/calendar.hpp>
#include <careertalk/evaluate.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/kinds.hpp>
#include <careertalk/nl/cycle.hpp>
#include <careertalk/nl/loopbaangesprek.hpp>
#include <careertalk/nl/policy.hpp>
#include <careertalk/nl/poortwachter.hpp>
#include <careertalk/nl/sickness.hpp>
#include <careertalk/nl/training.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>
#include <careertalk/validate.hpp>
