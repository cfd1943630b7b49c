// careertalk._careertalk: the careertalk tool's commands (examples/careertalk/commands.hpp)
// for the Python package (python/careertalk/__init__.py). The package writes the records it is
// given as CSV text in careertalk's own columns; the tool's readers, rules and row builders do
// the rest, so the package answers exactly as the tool does. Rows come back by column, each
// distinct value made into a Python object once (dates as datetime.date, amounts as Decimal).
#include "commands.hpp"

#include <careertalk/io/names.hpp>
#include <careertalk/rule_sets.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <map>
#include <span>
#include <tuple>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace py = pybind11;
namespace ct = careertalk;
using namespace careertalk::cli;

namespace {

// The rows of one run by column: per column its distinct values and, per row, which one.
class columns_of_rows {
public:
    void add(std::span<const column> cols, std::vector<std::string> values) {
        if (cols_.empty()) {
            cols_.assign(cols.begin(), cols.end());
            distinct_.resize(cols.size());
            index_.resize(cols.size());
            cells_.resize(cols.size());
        }
        for (std::size_t i = 0; i < values.size() && i < cols_.size(); ++i) {
            auto [at, fresh] = index_[i].try_emplace(std::move(values[i]),
                                                     static_cast<std::uint32_t>(distinct_[i].size()));
            if (fresh) distinct_[i].push_back(at->first);
            cells_[i].push_back(at->second);
        }
    }

    // (names, kinds, values by column): kinds are "text", "date", "number" or "id".
    py::tuple to_python() const {
        const py::object date = py::module_::import("datetime").attr("date").attr("fromisoformat");
        const py::object decimal = py::module_::import("decimal").attr("Decimal");
        py::list names, kinds, data;
        for (std::size_t i = 0; i < cols_.size(); ++i) {
            names.append(py::str(std::string{cols_[i].id}));
            kinds.append(py::str(kind_name(cols_[i].type)));
            std::vector<py::object> objects;
            objects.reserve(distinct_[i].size());
            for (const std::string& v : distinct_[i]) {
                if (v.empty()) objects.emplace_back(py::none());
                else if (cols_[i].type == cell::date) objects.push_back(date(v));
                else if (cols_[i].type == cell::number) objects.push_back(decimal(v));
                else objects.emplace_back(py::str(v));
            }
            py::list values(cells_[i].size());
            for (std::size_t r = 0; r < cells_[i].size(); ++r)
                values[r] = objects[cells_[i][r]];
            data.append(std::move(values));
        }
        return py::make_tuple(std::move(names), std::move(kinds), std::move(data));
    }

private:
    static const char* kind_name(cell c) {
        switch (c) {
            case cell::date: return "date";
            case cell::number: return "number";
            case cell::id: return "id";
            case cell::text: break;
        }
        return "text";
    }

    std::vector<column> cols_;
    std::vector<std::vector<std::string>> distinct_;
    std::vector<std::unordered_map<std::string, std::uint32_t>> index_;
    std::vector<std::vector<std::uint32_t>> cells_;
};

// A problem the reader or the run reported: (source, line, field, message, is_error); source
// "people" or "events" with the line of the CSV text, or "" for an argument.
using problem = std::tuple<std::string, std::uint64_t, std::string, std::string, bool>;

// What the package asks for; the arguments are checked as the tool's command line checks them.
struct request {
    std::string command;
    std::optional<std::string> people, events;
    std::string as_of, rules, lang, kind;
    bool explain = false;
    int horizon = 2, warn_days = 90;
    std::optional<std::string> due_within, status, until;
    std::optional<int> headcount;
};

ct::year_month_day date_argument(const std::string& text) {
    if (const auto d = ct::parse_iso_date(text)) return *d;
    throw py::value_error("not a calendar date '" + text + "' (expected YYYY-MM-DD)");
}

// The options of the run, or the argument problems that stop it.
std::vector<problem> read_request(const request& r, options& opt) {
    std::vector<problem> bad;
    auto blame = [&](std::string field, std::string message) {
        bad.emplace_back("", 0, std::move(field), std::move(message), true);
    };
    const std::map<std::string, ct::lang, std::less<>> langs{
        {"en", ct::lang::en}, {"fr", ct::lang::fr}, {"nl", ct::lang::nl}};
    if (const auto l = langs.find(r.lang); l != langs.end()) opt.lang = l->second;
    else blame("lang", "unknown language '" + r.lang + "' (en, fr or nl)");
    opt.as_of = date_argument(r.as_of);
    opt.rules = r.rules;
    ct::rule_choice_error why;
    // rules(): any prefix of a set's name; the others: a rule set this build has.
    if (r.command != "rules" && !find_rule_set(r.rules, ct::company{}, why))
        blame("rules", why.message);
    if (r.command == "agenda" && !ct::io::parse_name<ct::obligation_kind>(r.kind))
        blame("kind", say(msg::agenda_unknown_kind, opt.lang, {r.kind}));
    opt.explain = r.explain;
    opt.horizon_years = r.horizon;
    opt.warn_days = r.warn_days;
    if (r.horizon < 0 || r.horizon > 100) blame("horizon", "expected 0 to 100 years");
    if (r.warn_days < 0 || r.warn_days > 36500) blame("warn_days", "expected 0 to 36500 days");
    std::string error;
    if (r.due_within) {
        if (const auto d = parse_duration(*r.due_within, error, opt.lang)) opt.filter.due_by = d->after(opt.as_of);
        else blame("due_within", error);
    }
    if (r.status) {
        if (auto s = parse_statuses(*r.status, error, opt.lang)) opt.filter.statuses = std::move(*s);
        else blame("status", error);
    }
    if (r.until) {
        opt.until = date_argument(*r.until);
        if (*opt.until < opt.as_of) blame("until", "before the as-of date " + r.as_of);
    }
    if (r.headcount) {
        if (*r.headcount < 0 || *r.headcount > 100'000'000) blame("headcount", "expected 0 to 100,000,000");
        opt.headcount = *r.headcount;
    }
    // The package writes careertalk's own columns as UTF-8 CSV with ISO dates.
    opt.how = dialect{',', encoding::utf8, date_format::iso};
    return bad;
}

// Runs `command` on the CSV texts; returns (names, kinds, values by column, problems).
py::tuple run(const request& r) {
    options opt;
    std::vector<problem> problems = read_request(r, opt);
    columns_of_rows rows;
    if (problems.empty()) {
        const py::gil_scoped_release unlocked;  // Python threads (Dask) run meanwhile
        std::stringbuf people{r.people.value_or("")}, events{r.events.value_or("")};
        if (r.people) {
            opt.people = "people";
            opt.memory.emplace("people", &people);
        }
        if (r.events) {
            opt.events = "events";
            opt.memory.emplace("events", &events);
        }
        opt.sink = [&rows](std::span<const column> cols, std::vector<std::string> values) {
            rows.add(cols, std::move(values));
        };
        run_state st{opt, reporter{false, opt.lang}, 0, {}, 0};
        st.rep.collect([&problems](std::string_view file, std::uint64_t line,
                                   std::string_view field, std::string_view message, bool error) {
            problems.emplace_back(std::string{file}, line, std::string{field},
                                  std::string{message}, error);
        });
        const std::map<std::string, command, std::less<>> commands{
            {"schedule", command::schedule},
            {"audit", command::audit},
            {"rules", command::rules},
            {"agenda", command::agenda}};
        try {
            careertalk::cli::run(st, commands.at(r.command), format::rows, r.kind,
                                 r.command == "rules" && !r.rules.empty());
        } catch (const stop_run&) {
            // reported through the hook
        } catch (const usage_error& e) {
            problems.emplace_back("", 0, r.command == "rules" ? "rules" : "kind", e.what(), true);
        }
    }
    py::tuple out = rows.to_python();
    return py::make_tuple(out[0], out[1], out[2], py::cast(problems));
}

}  // namespace

PYBIND11_MODULE(_careertalk, m) {
    m.doc() = "careertalk's commands for the Python package (use the careertalk package)";
    m.def(
        "run",
        [](std::string command, std::optional<std::string> people,
           std::optional<std::string> events, std::string as_of, std::string rules,
           std::string lang, bool explain, int horizon, int warn_days,
           std::optional<std::string> due_within, std::optional<std::string> status,
           std::optional<std::string> until, std::optional<int> headcount, std::string kind) {
            return run({std::move(command), std::move(people), std::move(events),
                        std::move(as_of), std::move(rules), std::move(lang), std::move(kind),
                        explain, horizon, warn_days, std::move(due_within), std::move(status),
                        std::move(until), headcount});
        },
        py::arg("command"), py::arg("people"), py::arg("events"), py::arg("as_of"),
        py::arg("rules"), py::arg("lang"), py::arg("explain") = false, py::arg("horizon") = 2,
        py::arg("warn_days") = 90, py::arg("due_within") = py::none(),
        py::arg("status") = py::none(), py::arg("until") = py::none(),
        py::arg("headcount") = py::none(), py::arg("kind") = "");
}
