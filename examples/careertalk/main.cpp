// careertalk: schedules, audits, agendas and the rule catalogue from CSV files.
//
//   careertalk schedule --as-of DATE [--rules SET] [--format table|csv|json|ics|xlsx] PEOPLE [EVENTS]
//   careertalk audit    --as-of DATE [--rules SET] [--format table|csv|json|xlsx] PEOPLE [EVENTS]
//   careertalk agenda   --rules SET --kind KIND [--on DATE] [--format table|csv|json|markdown]
//   careertalk rules    [--rules SET] [--format table|csv|json|markdown]
//                       (markdown adds the text of each cited article version)
//   careertalk summary  --as-of DATE [--until DATE] [--format table|csv|json] PEOPLE [EVENTS]
//   careertalk validate PEOPLE [EVENTS]
//   careertalk timeline --id ID --as-of DATE [--rules SET] PEOPLE [EVENTS]   (SVG)
//   careertalk labels   [--lang LANG]   (the words of the outputs, by the JSON's ids)
//   schedule and summary filter with --due-within 3m and --status overdue,due_soon; audit
//   --until DATE projects the abondements (docs/cli/questions.md).
//
// Exit codes: 0 ok, 1 usage error, 2 input errors (results are still printed for every valid
// employee unless --strict), 3 the output could not be written.
#include "commands.hpp"
#include "labels.hpp"
#include "messages.hpp"

#include <careertalk/rule_sets.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace ct = careertalk;
using namespace careertalk::cli;

namespace {

ct::year_month_day today() {
    return ct::year_month_day{std::chrono::floor<date::days>(std::chrono::system_clock::now())};
}

// How HR exports are read (docs/cli/input.md).
void add_input_options(CLI::App* c, options& opt) {
    c->add_option("--delimiter", opt.delimiter_text,
                  "Field separator: ; , or tab (default: detected from the header line)");
    c->add_option("--encoding", opt.encoding_text,
                  "utf-8, cp1252 (Windows-1252) or latin1 (default: detected)");
    c->add_option("--date-format", opt.date_format_text,
                  "any (default: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY, MM/DD/YYYY; an ambiguous "
                  "date is an error), iso, dmy or mdy");
    c->add_option("--map", opt.map, "Map of PEOPLE's column names and labels to careertalk's");
    c->add_option("--events", opt.event_files,
                  "An events file, FILE or FILE:MAP (repeatable; besides EVENTS)");
    c->add_option("--headcount", opt.headcount,
                  "The company's headcount, for every employee without a headcount column")
        ->check(CLI::Range(0, 100'000'000));
    c->add_option("--company", opt.company,
                  "FILE[:MAP]: one row of company columns (headcount, headcount_history, idcc, "
                  "...) for every employee whose row leaves them blank");
    c->add_option("--keep", opt.keep,
                  "Columns of PEOPLE carried to every output row, after the id (a,b,c)")
        ->delimiter(',');
    c->add_option("--warnings", opt.warnings,
                  "Missing facts: summary (default: one line per fact with its count and first "
                  "five ids) or all (one line per row)")
        ->check(CLI::IsMember({"summary", "all"}));
    c->add_option("--where", opt.where_text,
                  "Only employees whose COLUMN is VALUE (repeatable; a column given twice "
                  "takes either value)");
}

// Reads the --delimiter, --encoding, --date-format and --where texts; false (reported) when
// one is not understood.
bool read_input_options(options& opt) {
    auto bad = [](const std::string& option, const std::string& why) {
        std::fprintf(stderr, "careertalk: %s: %s\n", option.c_str(), why.c_str());
        return false;
    };
    auto bad_value = [&](const std::string& option, const ct::labels& why) {
        return bad(option, say(why, opt.lang));
    };
    if (!opt.delimiter_text.empty()) {
        opt.how.delimiter = parse_delimiter(opt.delimiter_text);
        if (!opt.how.delimiter) return bad_value("--delimiter", msg::expected_delimiter);
    }
    if (!opt.encoding_text.empty()) {
        const auto e = parse_encoding(opt.encoding_text);
        if (!e) return bad_value("--encoding", msg::expected_encoding);
        opt.how.enc = *e;
    }
    if (!opt.date_format_text.empty()) {
        const auto d = parse_date_format(opt.date_format_text);
        if (!d) return bad_value("--date-format", msg::expected_date_format);
        opt.how.dates = *d;
    }
    std::string why;
    if (!parse_where(opt.where_text, opt.where, why, opt.lang)) return bad("--where", why);
    return true;
}

}  // namespace

int main(int argc, char** argv) try {
    CLI::App app{"careertalk: career conversations owed, by when, with what agenda, and what a "
                 "breach costs, from CSV exports (French and Dutch rules)."};
    app.require_subcommand(1);
    options opt;

    const std::map<std::string, ct::lang> langs{
        {"en", ct::lang::en}, {"fr", ct::lang::fr}, {"nl", ct::lang::nl}};
    // An unknown --rules is a usage error even when every row names its own rule set.
    const CLI::Validator known_rules{[](std::string& spec) {
                                         ct::rule_choice_error why;
                                         return find_rule_set(spec, ct::company{}, why)
                                                    ? std::string{}
                                                    : why.message;
                                     },
                                     "RULE SET"};
    auto add_common = [&](CLI::App* c, bool files, const std::vector<std::string>& formats) {
        c->add_option("--lang", opt.lang_text, "Language of labels and messages: en, fr or nl")
            ->check(CLI::IsMember({"en", "fr", "nl"}));
        c->add_option("-o,--output", opt.output,
                      "Write to FILE (atomically: a temporary file renamed when complete)");
        if (!formats.empty())
            c->add_option("--format", opt.format_text, "Output format")
                ->check(CLI::IsMember(formats));
        if (files) {
            c->add_option("--as-of", opt.as_of_text, "Evaluation date YYYY-MM-DD (default: today)");
            c->add_option("--rules", opt.rules,
                          "Rule set: fr (default), fr:<name>, nl, nl:<name>; a `rules` column "
                          "overrides it per employee")
                ->check(known_rules);
            c->add_flag("--strict", opt.strict, "Stop at the first input error");
            c->add_option("PEOPLE", opt.people, "PEOPLE.csv")->required();
            c->add_option("EVENTS", opt.events, "EVENTS.csv");
            add_input_options(c, opt);
        }
    };
    auto* schedule = app.add_subcommand("schedule", "Conversations owed around the as-of date");
    add_common(schedule, true, {"table", "csv", "json", "ics", "xlsx"});
    schedule->add_flag("--all", opt.all, "ics: also the obligations already met");
    schedule->add_option("--remind", opt.remind_text,
                         "ics: a reminder this long before each due date: 10d, 2w, 3m or 1y");
    schedule->add_option("--split-by", opt.split_by,
                         "ics: one calendar per value of COLUMN, in the directory -o names");
    schedule->add_flag("--explain", opt.explain, "Show the chain of rules behind each row");
    schedule->add_option("--horizon", opt.horizon_years, "Years ahead to show (default 2)")
        ->check(CLI::Range(0, 100));
    schedule->add_option("--warn-days", opt.warn_days,
                         "Days before a due date from which it is due_soon (default 90)")
        ->check(CLI::Range(0, 36500));
    auto* audit = app.add_subcommand(
        "audit", "Compliance per review period, with penalties; Dutch study costs (studiekosten)");
    add_common(audit, true, {"table", "csv", "json", "xlsx"});
    audit->add_flag("--explain", opt.explain, "Print the full citations in the table");
    auto* summary = app.add_subcommand(
        "summary", "Counts by status, and the abondement incurred and projected under each reading");
    add_common(summary, true, {"table", "csv", "json"});
    // The HR director's questions (docs/cli/questions.md).
    std::string due_within_text, status_text, until_text;
    for (CLI::App* c : {schedule, summary}) {
        c->add_option("--due-within", due_within_text,
                      "Only what is owed, not held and due by the as-of date plus this (3m, 6w, "
                      "90d, 1y); overdue rows included");
        c->add_option("--status", status_text, "Only rows with these statuses (overdue,due_soon)");
    }
    audit->add_option("--until", until_text,
                      "Project the abondements falling due by DATE if nothing more is done, with "
                      "the interviews that would prevent each");
    summary->add_option("--until", until_text,
                        "Project the abondement to DATE (default: the as-of date plus one year)");
    summary->add_option("--by", opt.by,
                        "Also count by the values of this PEOPLE column (e.g. site), read as with "
                        "--keep");
    auto* rules = app.add_subcommand("rules", "Every rule set and rule with its citation");
    add_common(rules, false, {"table", "csv", "json", "markdown"});
    auto* rules_opt = rules->add_option("--rules", opt.rules, "Only this rule set");
    auto* agenda = app.add_subcommand("agenda", "What a conversation must cover");
    add_common(agenda, false, {"table", "csv", "json", "markdown"});
    std::string kind_text;
    agenda->add_option("--rules", opt.rules, "Rule set (default fr)")->check(known_rules);
    agenda->add_option("--kind", kind_text, "Conversation kind, e.g. entretien_professionnel")
        ->required();
    agenda->add_option("--on", opt.as_of_text, "Date YYYY-MM-DD (default: today)");
    auto* labels = app.add_subcommand(
        "labels", "The words of the tool's outputs in --lang, by the ids its JSON carries (JSON)");
    add_common(labels, false, {});
    auto* validate = app.add_subcommand("validate", "Check the input files only");
    add_common(validate, true, {});
    auto* timeline = app.add_subcommand(
        "timeline", "One employee's timeline as an SVG picture (docs/cli/timeline.md)");
    add_common(timeline, true, {});
    timeline->add_option("--id", opt.timeline_id, "The employee's id")->required();
    timeline->add_option("--horizon", opt.horizon_years, "Years ahead to show (default 2)")
        ->check(CLI::Range(0, 100));
    timeline->add_option("--warn-days", opt.warn_days,
                         "Days before a due date from which it is due_soon (default 90)")
        ->check(CLI::Range(0, 36500));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : exit_usage;
    }
    opt.lang = langs.at(opt.lang_text);
    const std::map<std::string, format> formats{{"table", format::table}, {"csv", format::csv},
                                                {"json", format::json}, {"ics", format::ics},
                                                {"markdown", format::markdown},
                                                {"xlsx", format::xlsx}};
    const format f = formats.at(opt.format_text);
    if (const std::string why = usage_problem(opt, f); !why.empty()) {
        std::fprintf(stderr, "careertalk: %s\n", why.c_str());
        return exit_usage;
    }
    if (opt.as_of_text.empty()) {
        opt.as_of = today();
    } else if (auto d = ct::parse_iso_date(opt.as_of_text)) {
        opt.as_of = *d;
    } else {
        std::fprintf(stderr, "careertalk: %s\n",
                     say(msg::option_not_a_date, opt.lang,
                         {agenda->parsed() ? "--on" : "--as-of", opt.as_of_text})
                         .c_str());
        return exit_usage;
    }

    std::string filter_error;
    if (!due_within_text.empty()) {
        const auto d = parse_duration(due_within_text, filter_error, opt.lang);
        if (!d) {
            std::fprintf(stderr, "careertalk: --due-within: %s\n", filter_error.c_str());
            return exit_usage;
        }
        opt.filter.due_by = d->after(opt.as_of);
    }
    if (!status_text.empty()) {
        auto s = parse_statuses(status_text, filter_error, opt.lang);
        if (!s) {
            std::fprintf(stderr, "careertalk: --status: %s\n", filter_error.c_str());
            return exit_usage;
        }
        opt.filter.statuses = std::move(*s);
    }
    if (!until_text.empty()) {
        opt.until = ct::parse_iso_date(until_text);
        if (!opt.until || *opt.until < opt.as_of) {
            std::fprintf(stderr, "careertalk: %s\n",
                         say(opt.until ? msg::until_before_as_of : msg::until_not_a_date, opt.lang,
                             {until_text, date_text(opt.as_of)})
                             .c_str());
            return exit_usage;
        }
    } else if (summary->parsed()) {
        opt.until = ct::add_years(opt.as_of, 1);
    }
    if (!opt.by.empty() && std::find(opt.keep.begin(), opt.keep.end(), opt.by) == opt.keep.end())
        opt.keep.push_back(opt.by);
    if (!read_input_options(opt)) return exit_usage;
    run_state st{opt, reporter{opt.strict, opt.lang}, 0, {}, 0};
    try {
        const command c = rules->parsed()      ? command::rules
                          : agenda->parsed()   ? command::agenda
                          : schedule->parsed() ? command::schedule
                          : audit->parsed()    ? command::audit
                          : summary->parsed()  ? command::summary
                          : timeline->parsed() ? command::timeline
                          : labels->parsed()   ? command::labels
                                               : command::validate;
        return run(st, c, f, kind_text, rules_opt->count() > 0);
    } catch (const usage_error& e) {
        std::fprintf(stderr, "careertalk: %s\n", e.what());
        return exit_usage;
    } catch (const stop_run&) {
        std::fprintf(stderr, "careertalk: %s\n", stopped_label(opt.lang).data());
        return exit_input;
    } catch (const output_error& e) {
        std::fprintf(stderr, "careertalk: %s\n", e.text(opt.lang).c_str());
        return exit_output;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "careertalk: %s\n", say(msg::out_of_memory, opt.lang).c_str());
        return exit_input;
    }
} catch (const std::exception& e) {  // setting up the command line itself failed
    std::fprintf(stderr, "careertalk: %s\n", e.what());
    return exit_usage;
} catch (...) {
    std::fprintf(stderr, "careertalk: unexpected error\n");
    return exit_usage;
}
