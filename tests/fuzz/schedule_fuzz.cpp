// libFuzzer target: the careertalk tool's people/events -> schedule path (examples/careertalk:
// EVENTS.csv index and PEOPLE.csv streaming), then evaluation under the rule set the tool
// would choose.
//
// Input: one byte that picks the --rules rule set among every one the tool knows
// (rule_set_names(), modulo their count), then PEOPLE.csv, then optionally a line "===" and
// EVENTS.csv. A `rules` column overrides the byte's choice, an `idcc` or `cao` column picks the
// branch preset, as in the tool. The as-of date is fixed. Whatever the bytes, reading ends
// normally or with the tool's stop_run; every employee the tool evaluates without diagnostics
// has obligations with valid, ordered dates and a rule.
#include "../invariants/harness.hpp"
#include "input.hpp"
#include "report.hpp"

#include <careertalk/evaluate.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule_sets.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "schedule_fuzz: %s\n", what);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace cli = careertalk::cli;
    using namespace date::literals;
    if (size == 0) return 0;
    static const std::vector<std::string> rule_sets = careertalk::rule_set_names();
    const std::string& rules = rule_sets[data[0] % rule_sets.size()];
    const std::string_view all{reinterpret_cast<const char*>(data) + 1, size - 1};
    const std::size_t cut = all.find("\n===\n");
    std::stringbuf people_buf{std::string{all.substr(0, cut)}};
    std::stringbuf events_buf{cut == std::string_view::npos ? std::string{}
                                                              : std::string{all.substr(cut + 5)}};
    cli::reporter rep{false};
    const careertalk::io::csv_limits limits{.max_field_bytes = 4096, .max_columns = 64};
    try {
        cli::event_index events;
        // Each file's separator and encoding detected, as the tool does by default.
        if (cut != std::string_view::npos)
            events.load({"EVENTS.csv", nullptr, {}, &events_buf}, rep, limits);
        cli::people_reader reader{{"PEOPLE.csv", nullptr, {}, &people_buf}, events, rep, limits,
                                  {{}, {}, std::nullopt, {}, 2026_y / nov / 23}};
        auto ev = std::make_unique<careertalk::evaluation>();
        cli::person p;
        while (reader.next(p)) {
            if (p.rejected) continue;
            careertalk::rule_choice_error why;
            const auto policy =
                careertalk::find_rule_set(p.rules.empty() ? std::string_view{rules} : p.rules,
                                          p.company, why);
            check(policy || !why.message.empty(), "no rule set and no reason");
            if (!policy) continue;
            (*policy)(p.facts, p.company, 2026_y / nov / 23, *ev);
            if (!ev->ok()) {
                // Only an overflow keeps what fitted (and says so); invalid facts give none.
                check(ev->obligations.empty() || ev->diagnostics.back().code ==
                                                     careertalk::diagnostic_code::capacity_exceeded,
                      "obligations despite diagnostics");
                continue;
            }
            for (const careertalk::obligation& o : ev->obligations) {
                check(o.trigger_date.ok() && o.window_start.ok() && o.due_date.ok(),
                      "an invalid date in an obligation");
                check(o.trigger_date <= o.due_date || invariants::precedes_its_trigger(o),
                      "due before its trigger");
                check(o.window_start <= o.due_date, "window closes before it opens");
                check(o.rule.is_set(), "an obligation without a rule");
            }
        }
        events.report_unclaimed(rep);
    } catch (const cli::stop_run&) {
        // the tool stops the run with a message: a normal ending for bad input
    }
    return 0;
}
