// careertalk/careertalk.hpp: the whole public library.
//
// careertalk answers, for an employee on a date: which career conversations are owed, by
// when and why, what each must cover, and whether an employer complied over a period and
// what a breach costs. Each answer cites the rule behind it.
//
// Not included, to keep this header cheap to compile (include them where needed):
// careertalk/batch.hpp (whole populations on several threads; it brings in <thread>), the
// catalogues of presets careertalk/fr/idcc.hpp (branch agreements by IDCC) and
// careertalk/nl/catalogue.hpp (CAO presets, nl::company_cao), the list of every rule set
// careertalk/catalogue.hpp, and careertalk/rule_sets.hpp (rule sets by name). One
// jurisdiction alone: careertalk/fr.hpp, careertalk/nl.hpp.
#pragma once

#include <careertalk/audit.hpp>
#include <careertalk/fr.hpp>
#include <careertalk/inplace_vector.hpp>
#include <careertalk/nl.hpp>
