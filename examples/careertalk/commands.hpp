// The careertalk tool's commands, shared by the program (main.cpp: its command line) and the
// Python module (python/careertalk.cpp), so both give the same rows from the same input.
#pragma once

#include "filters.hpp"
#include "input.hpp"
#include "output.hpp"
#include "report.hpp"

#include <boost/describe/class.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

namespace careertalk::cli {

constexpr int exit_usage = 1;
constexpr int exit_input = 2;
constexpr int exit_output = 3;

// A request the command cannot serve (an unknown conversation kind or rule set): exit_usage.
struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct options {
    std::string as_of_text;
    year_month_day as_of{};
    std::string rules = "fr";
    std::string format_text = "table";
    std::string lang_text = "en";
    careertalk::lang lang = careertalk::lang::en;
    bool explain = false;
    bool strict = false;
    int horizon_years = 2;
    int warn_days = 90;
    std::string output;
    std::string people, events;
    row_filter filter;                         // --due-within, --status
    std::optional<year_month_day> until;   // audit, summary: --until
    std::string by;                            // summary: --by COLUMN (read as a --keep column)
    // Reading HR exports (docs/cli/input.md)
    std::string delimiter_text, encoding_text, date_format_text, map;
    dialect how;
    std::vector<std::string> event_files;  // --events FILE[:MAP]
    int headcount = -1;                    // --headcount; -1: not given
    std::string company;                   // --company FILE[:MAP]
    std::vector<std::string> keep;         // --keep: columns carried after the id
    std::vector<std::string> where_text;   // --where COLUMN=VALUE
    std::string timeline_id;               // timeline: --id
    std::string warnings = "summary";      // --warnings summary|all
    std::vector<where_clause> where;
    // ICS (docs/cli/output.md#ics)
    bool all = false;             // --all: met obligations too
    std::string remind_text;      // --remind 3m
    std::string split_by;         // --split-by COLUMN
    // Embedding (the Python module): files read from memory by name instead of opened, and
    // rows handed to `sink` instead of written.
    std::map<std::string, std::streambuf*, std::less<>> memory;
    row_sink sink;
};

// An employee left out of the results, and where (the JSON's "rejected").
struct rejected_row {
    std::string id;  // "?" when the row has none
    std::string file;
    std::uint32_t line = 0;
};
BOOST_DESCRIBE_STRUCT(rejected_row, (), (id, file, line))

// The JSON's "totals".
struct run_totals {
    std::uint64_t employees_read = 0;
    std::uint64_t evaluated = 0;
    std::uint64_t rejected = 0;
    std::uint64_t rows = 0;
};
BOOST_DESCRIBE_STRUCT(run_totals, (), (employees_read, evaluated, rejected, rows))

struct run_state {
    options opt;
    reporter rep;
    std::uint64_t evaluated = 0;
    std::vector<rejected_row> rejected;
    std::uint64_t read = 0;
};

enum class command { schedule, audit, summary, rules, agenda, timeline, labels, validate };

// Runs one command; `kind` is agenda's --kind, `rules_given` whether rules had --rules. Throws
// stop_run, usage_error and output_error.
int run(run_state& st, command c, format f, const std::string& kind = {},
        bool rules_given = false);

// What is wrong with a combination of options the parser cannot see, or "".
std::string usage_problem(const options& opt, format f);

}  // namespace careertalk::cli
