// careertalk/careertalk.hpp: the whole public library.
//
// careertalk answers, for an employee on a date: which career conversations are owed, by
// when and why, what each must cover, and whether an employer complied over a period and
// what a breach costs. Each answer cites the rule behind it.
//
// Not included, to keep this header cheap to compile: careertalk/batch.hpp (whole
// populations on several threads; it brings in <thread>).
#pragma once

#include <careertalk/adapt.hpp>
#include <careertalk/audit.hpp>
#include <careertalk/calendar.hpp>
#include <careertalk/catalogue.hpp>
#include <careertalk/evaluate.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/fr/abondement.hpp>
#include <careertalk/fr/agreements.hpp>
#include <careertalk/fr/headcount.hpp>
#include <careertalk/fr/idcc.hpp>
#include <careertalk/fr/law.hpp>
#include <careertalk/fr/regime_a.hpp>
#include <careertalk/inplace_vector.hpp>
#include <careertalk/kinds.hpp>
#include <careertalk/nl/catalogue.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>
#include <careertalk/validate.hpp>
