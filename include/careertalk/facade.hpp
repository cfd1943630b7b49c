// careertalk/facade.hpp: the compiled facade, for a host that wants results without compiling
// the rules engine in its own translation units. Link careertalk::compiled (static) or
// careertalk::compiled_shared; the engine is compiled once, in the library (src/facade.cpp).
//
// This header includes only the fact and result types (facts.hpp, results.hpp): no policy, no
// rule, no template of the engine, so a TU that includes it instantiates nothing of it. What
// it still costs is date.h (the library's date type), which facts.hpp needs; the benchmark
// bench.compile_time prints the figure (facade_host_tu_s against header_only_host_tu_s).
//
// Why functions and not `extern template evaluate_into<P, ...>`: evaluate_into is constexpr,
// hence inline, and an explicit instantiation declaration does not suppress the implicit
// instantiation of an inline function ([temp.explicit]), so a host would still parse and
// instantiate the engine. A non-template function behind a rule set name hides it entirely.
//
// Rule sets are chosen by name, as the command-line tool's --rules: "fr", "fr:<policy>",
// "fr:<agreement>", "nl", "nl:<cao>" (rule_set_names() lists them; rule_sets.hpp is the
// lookup). Under "fr" or "fr:..." a company with an idcc gets its branch preset; under "nl" one
// with a cao gets its CAO preset. An unknown name, idcc or CAO is a diagnostic with
// diagnostic_code::unknown_rule_set, never an exception or a crash.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/export.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/results.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::inline v0::compiled {

// careertalk::evaluate_into(policy, e, c, as_of, out) under the rule set named `rules`: `out` is
// cleared first and can be reused from one employee to the next.
CAREERTALK_EXPORT void evaluate_into(std::string_view rules, const employee& e, const company& c,
                                     year_month_day as_of, evaluation& out);

// The same, returning the evaluation (about 48 KiB: in a loop, reuse one with evaluate_into).
CAREERTALK_EXPORT evaluation evaluate(std::string_view rules, const employee& e,
                                      const company& c, year_month_day as_of);

// The rule set names this build knows.
CAREERTALK_EXPORT std::vector<std::string> rule_set_names();

// A std::chrono as-of date, converted on the way in.
inline void evaluate_into(std::string_view rules, const employee& e, const company& c,
                          std::chrono::year_month_day as_of, evaluation& out) {
    evaluate_into(rules, e, c, to_date(as_of), out);
}
inline evaluation evaluate(std::string_view rules, const employee& e, const company& c,
                           std::chrono::year_month_day as_of) {
    return evaluate(rules, e, c, to_date(as_of));
}

}  // namespace careertalk::compiled
