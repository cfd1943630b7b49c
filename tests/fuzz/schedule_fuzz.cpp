// libFuzzer target: the careertalk tool's people/events -> schedule path (examples/careertalk:
// EVENTS.csv index and PEOPLE.csv streaming), then evaluation under the French law.
//
// Input: PEOPLE.csv, then optionally a line "===" and EVENTS.csv. The as-of date is fixed.
// Whatever the bytes, reading ends normally or with the tool's stop_run; every employee the
// tool evaluates without diagnostics has obligations with valid, ordered dates and a rule.
#include "input.hpp"
#include "report.hpp"

#include <careertalk/evaluate.hpp>
#include <careertalk/fr/law.hpp>
#include <careertalk/results.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

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
    const std::string_view all{reinterpret_cast<const char*>(data), size};
    const std::size_t cut = all.find("\n===\n");
    std::stringbuf people_buf{std::string{all.substr(0, cut)}};
    std::stringbuf events_buf{cut == std::string_view::npos ? std::string{}
                                                              : std::string{all.substr(cut + 5)}};
    cli::reporter rep{false};
    const careertalk::io::csv_limits limits{.max_field_bytes = 4096, .max_columns = 64};
    try {
        cli::event_index events;
        if (cut != std::string_view::npos) events.load(events_buf, "EVENTS.csv", rep, limits);
        cli::people_reader reader{people_buf, "PEOPLE.csv", events, rep, limits};
        auto ev = std::make_unique<careertalk::evaluation>();
        cli::person p;
        while (reader.next(p)) {
            if (p.rejected) continue;
            careertalk::evaluate_into(careertalk::fr::law, p.facts, p.company, 2026_y / nov / 23,
                                      *ev);
            if (!ev->ok()) {
                check(ev->obligations.empty(), "obligations despite diagnostics");
                continue;
            }
            for (const careertalk::obligation& o : ev->obligations) {
                check(o.trigger_date.ok() && o.window_start.ok() && o.due_date.ok(),
                      "an invalid date in an obligation");
                check(o.trigger_date <= o.due_date, "due before its trigger");
                check(o.window_start <= o.due_date, "window closes before it opens");
                check(o.rule != nullptr, "an obligation without a rule");
            }
        }
        events.report_unclaimed(rep);
    } catch (const cli::stop_run&) {
        // the tool stops the run with a message: a normal ending for bad input
    }
    return 0;
}
