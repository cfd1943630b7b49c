// The careertalk tool's commands (commands.hpp): schedule, audit, summary, rules, agenda,
// timeline and validate, from the parsed options to the rows.
#include "commands.hpp"
#include "filters.hpp"
#include "input.hpp"
#include "labels.hpp"
#include "messages.hpp"
#include "output.hpp"
#include "pipeline.hpp"
#include "progress.hpp"
#include "questions.hpp"
#include "report.hpp"
#include "timeline.hpp"
#include "warnings.hpp"
#include "xlsx.hpp"

#include <careertalk/careertalk.hpp>
#include <careertalk/fr/agenda.hpp>
#include <careertalk/fr/texts.hpp>
#include <careertalk/io/ics.hpp>
#include <careertalk/io/names.hpp>
#include <careertalk/rule_sets.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>

#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <fstream>
#include <iostream>
#include <map>

namespace ct = careertalk;
using namespace careertalk::cli;

namespace {


std::string text(ct::year_month_day d) { return date_text(d); }
std::string text(const std::optional<ct::year_month_day>& d) { return d ? text(*d) : ""; }

std::string euros_text(ct::euros e) {
    const auto c = e.cents < 0 ? -e.cents : e.cents;
    std::string cents = std::to_string(c % 100);
    return (e.cents < 0 ? "-" : "") + std::to_string(c / 100) + "." +
           (cents.size() == 1 ? "0" : "") + cents;
}

// What a row rests on (rule.hpp basis), as the table and the calendar say it; csv and json
// carry basis_name().
constexpr label_table<ct::basis> basis_labels{{
    {"statute", "loi", "wet"},
    {"regulation", "règlement", "regeling"},
    {"case law", "jurisprudence", "rechtspraak"},
    {"cao", "convention collective", "cao"},
    {"official guidance", "doctrine administrative", "officiële uitleg"},
    {"common practice", "usage", "gangbare praktijk"},
    {"library default", "choix de la bibliothèque", "keuze van de bibliotheek"},
}};
constexpr ct::labels basis_label{"basis", "fondement", "grondslag"};

std::string basis_text(ct::basis b, bool table, ct::lang l) {
    return std::string{table ? label_of(basis_labels, b, l) : ct::basis_name(b)};
}
ct::basis basis_of_rule(const ct::rule_ref* r) {
    return r != nullptr ? ct::basis_of(r->basis) : ct::basis::library_default;
}

constexpr ct::labels why_label{"why", "pourquoi", "waarom"};
constexpr ct::labels no_review_label{
    "no review period ended by the as-of date",
    "aucune période de revue achevée à la date d'évaluation",
    "geen beoordelingsperiode afgelopen op de peildatum"};

constexpr ct::labels no_headcount_label{
    "headcount not given: no penalty could be assessed (give --headcount N or a headcount column)",
    "effectif non renseigné : aucune pénalité n'a pu être évaluée (--headcount N ou une colonne "
    "headcount)",
    "personeelsomvang niet opgegeven: geen boete kon worden beoordeeld (--headcount N of een "
    "kolom headcount)"};

constexpr ct::labels agenda_label{"agenda", "ordre du jour", "agenda"};

// The agenda's items, each by `name`, separated by "; ".
std::string agenda_text(const ct::agenda& a, auto name) {
    std::string s;
    for (const ct::agenda_item& i : a) {
        if (!s.empty()) s += "; ";
        s += name(i);
    }
    return s;
}

std::string why_text(const ct::explanation& why) {
    std::string s;
    for (const ct::rule_ref* r : why) {
        if (!r) continue;
        if (!s.empty()) s += "; ";
        s.append(r->id).append(" (").append(r->citation).append(")");
    }
    return s;
}

// The --keep columns go after the id in csv and json rows (the table has them in the heading).
std::vector<column> with_kept(std::vector<column> cols, const options& opt) {
    std::vector<column> kept;
    for (const std::string& k : opt.keep) kept.push_back({k, {k, k, k}});
    cols.insert(cols.begin() + 1, kept.begin(), kept.end());
    return cols;
}
std::vector<std::string> with_kept(std::vector<std::string> v, const person& p) {
    v.insert(v.begin() + 1, p.kept.begin(), p.kept.end());
    return v;
}

// --- the per-employee run shared by schedule, audit and validate ---------------------------


// Why no rule set applies to `p`, in the run's language (the library's message in English).
std::string rule_choice_text(const ct::rule_choice_error& why, const person& p,
                             const options& opt) {
    const ct::lang l = opt.lang;
    if (l == ct::lang::en) return why.message;
    if (why.field == "idcc" && p.company.idcc)
        return say(msg::unknown_idcc, l, {std::to_string(*p.company.idcc)});
    if (why.field == "cao")
        return say(msg::unknown_cao, l,
                   {quote(p.company.cao), list_names([](auto f) {
                        for (std::string_view n : ct::nl::policy_names) f(n);
                    })});
    return say(msg::unknown_rule_set, l,
               {p.rules.empty() ? std::string_view{opt.rules} : std::string_view{p.rules},
                ct::known_rule_sets()});
}

// The source read from memory when the host gave its text (options::memory).
input_source in_memory(input_source src, const options& opt) {
    if (const auto at = opt.memory.find(src.path); at != opt.memory.end()) src.stream = at->second;
    return src;
}

// Employees read and evaluated together, ahead of the thread that writes their rows.
struct evaluated_employee {
    person p;
    ct::evaluation ev;
};
struct employee_chunk {
    std::array<evaluated_employee, 128> at;  // 128 evaluations: 7 MiB
    std::size_t size = 0;
};

// Reads the files and calls `each(person, evaluation)` for every employee evaluated, in the
// order of PEOPLE.csv. Reading and evaluating run on a second thread, a chunk of employees
// ahead of `each` (pipeline.hpp); so `each` must not report problems, and what must be reported
// about an employee is reported by `check(person, evaluation)`, on the reading thread, in order.
template <class Each, class Check = void (*)(const person&, const ct::evaluation&)>
void for_each_employee(run_state& st, bool evaluate, Each each,
                       Check check = [](const person&, const ct::evaluation&) {}) {
    event_index events;
    std::vector<std::string> event_files = st.opt.event_files;
    if (!st.opt.events.empty()) event_files.insert(event_files.begin(), st.opt.events);
    for (const std::string& spec : event_files)
        events.load(in_memory(source_of(spec, st.opt.how, st.rep), st.opt), st.rep, {});
    input_source people = in_memory(source_of(st.opt.people, st.opt.how, st.rep), st.opt);
    if (!st.opt.map.empty()) {
        people.map = std::make_shared<input_map>(load_map(st.opt.map, st.rep));
        people.how = with_map(st.opt.how, people.map.get());
    }
    const std::vector<std::string> company =
        st.opt.company.empty() ? std::vector<std::string>{}
                               : load_company(source_of(st.opt.company, st.opt.how, st.rep), st.rep);
    people_reader reader{people, events, st.rep, {},
                         {st.opt.keep, st.opt.where,
                          st.opt.headcount < 0 ? std::nullopt : std::optional{st.opt.headcount},
                          company, st.opt.as_of}};
    const std::string& pf = st.opt.people;
    missing_facts missing{st.opt.warnings == "all", st.opt.lang};
    // Reads the next employee into `e`, evaluated: false at the end; a rejected one is
    // reported and counted, and `e` is read again.
    auto read_one = [&](evaluated_employee& e) {
        person& p = e.p;
        while (reader.next(p)) {
            auto reject = [&] {
                st.rejected.push_back({p.id.empty() ? std::string{"?"} : p.id, pf, p.line});
            };
            if (p.rejected) {
                reject();
                continue;
            }
            ct::rule_choice_error why;
            const auto policy = find_rule_set(
                p.rules.empty() ? std::string_view{st.opt.rules} : p.rules, p.company, why);
            if (!policy) {
                st.rep.error(pf, p.line, why.field, rule_choice_text(why, p, st.opt));
                reject();
                continue;
            }
            if (evaluate) (*policy)(p.facts, p.company, st.opt.as_of, e.ev);
            else e.ev = ct::validate(p.facts, p.company, st.opt.as_of);
            if (!e.ev.ok()) {
                for (const ct::diagnostic& d : e.ev.diagnostics) {
                    const bool in_events = d.record != ct::record_kind::employee &&
                                           d.record != ct::record_kind::company &&
                                           d.record != ct::record_kind::headcount_year &&
                                           d.record != ct::record_kind::policy;
                    std::string field{d.field};
                    if (in_events && field == "start") field = "date";
                    if (in_events && field == "end") field = "end_date";
                    const origin o = p.origin_of(d);
                    st.rep.error(in_events ? events.file(o.file) : pf, o.line, field,
                                 std::string{diagnostic_text(d, st.opt.lang)} + " (" +
                                     std::string{ct::io::name_of(d.code)} + ")");
                }
                reject();
                continue;
            }
            for (const ct::finding& f : e.ev.findings)
                if (f.kind == ct::finding_kind::missing && f.rule)
                    missing.note(st.rep, pf, p.line, p.id, f);
            check(p, e.ev);
            ++st.evaluated;
            return true;
        }
        return false;
    };
    progress shown{st.rep, pf, reader.input().size};
    pipelined<employee_chunk>(
        [&](employee_chunk& c) {
            shown.update(reader.read_count(), [&] { return reader.input().position(); });
            for (c.size = 0; c.size < c.at.size(); ++c.size)
                if (!read_one(c.at[c.size])) return false;
            return true;
        },
        [&](employee_chunk& c) {
            for (std::size_t i = 0; i < c.size; ++i) each(c.at[i].p, c.at[i].ev);
        });
    shown.done();
    events.report_unclaimed(st.rep);
    missing.summarise();
    st.read = reader.read_count();
    if (st.rep.collecting()) return;  // the host has every problem: no summary on stderr
    const ct::lang l = st.opt.lang;
    // Skipped employees and rejected events are named when there are any.
    std::string more;
    if (!st.opt.where.empty())
        more += ", " + std::to_string(reader.skipped_count()) + " " +
                std::string{skipped_where_label(l)};
    if (events.rejected() != 0)
        more += ", " + std::to_string(events.rejected()) + " " +
                std::string{events_rejected_label(l)};
    std::fprintf(stderr, "careertalk: %llu %s, %llu %s, %zu %s%s\n",
                 static_cast<unsigned long long>(st.read), read_summary_label(l).data(),
                 static_cast<unsigned long long>(st.evaluated), evaluated_label(l).data(),
                 st.rejected.size(), rejected_label(l).data(), more.c_str());
    if (!st.rejected.empty()) {
        std::string list;
        constexpr std::size_t shown = 50;
        for (std::size_t i = 0; i < st.rejected.size() && i < shown; ++i) {
            const rejected_row& r = st.rejected[i];
            list += (i ? ", " : "") + r.id + " (" + r.file + ":" + std::to_string(r.line) + ")";
        }
        if (st.rejected.size() > shown)
            list += ", " + std::string{and_label(l)} + " " +
                    std::to_string(st.rejected.size() - shown) + std::string{more_label(l)};
        std::fprintf(stderr, "careertalk: %s: %s\n", rejected_label(l).data(), list.c_str());
    }
}

// The JSON envelope of schedule and audit (docs/schema/): what the rows were computed with,
// then (finish) who was left out and the counts.
boost::json::object json_head(const options& opt) {
    boost::json::array readings;
    for (const auto& r : ct::fr::penalty_readings_offered) readings.emplace_back(std::string_view{r.name});
    return {{"as_of", text(opt.as_of)}, {"rules", opt.rules}, {"readings", std::move(readings)}};
}
boost::json::object json_tail(const run_state& st, std::uint64_t rows) {
    return {{"rejected", boost::json::value_from(st.rejected)},
            {"totals", boost::json::value_from(run_totals{st.read, st.evaluated,
                                                          st.rejected.size(), rows})}};
}

int finish(run_state& st, destination& out) {
    out.commit();
    return st.rep.errors() == 0 ? 0 : exit_input;
}

// --- schedule ------------------------------------------------------------------------------

constexpr column schedule_columns[] = {
    {"id", {"Id", "Matricule", "Personeelsnummer"}, cell::id},
    {"obligation", {"Obligation", "Obligation", "Verplichting"}, cell::text, 24},
    {"trigger", {"Trigger", "Déclencheur", "Aanleiding"}, cell::text, 12},
    {"trigger_date", {"Trigger date", "Date du déclencheur", "Datum aanleiding"}, cell::date, 11},
    {"window_start", {"From", "À partir du", "Vanaf"}, cell::date, 11},
    {"due_date", {"Due", "Échéance", "Uiterlijk"}, cell::date, 11},
    {"status", {"Status", "Statut", "Status"}, cell::text, 24},
    {"held_on", {"Held on", "Réalisé le", "Gehouden op"}, cell::date, 11},
    {"exemption", {"Exemption", "Dispense", "Vrijstelling"}},
    {"rule", {"Rule", "Règle", "Regel"}},
    {"citation", {"Citation", "Référence", "Bron"}, cell::text, 30},
    {"why", {"Why", "Pourquoi", "Waarom"}},
    {"agenda", {"Agenda", "Ordre du jour", "Agenda"}},
    {"basis", {"Basis", "Fondement", "Grondslag"}, cell::text, 12},
};
// The table shows these columns (the id is in the heading; the rule id is in --explain).
constexpr std::size_t schedule_table[] = {1, 2, 3, 4, 5, 6, 7, 10, 13};
// Without --explain, csv and json leave out `why` and `agenda` (basis stays last).
constexpr std::size_t schedule_explain_only[] = {11, 12};

// Drops the --explain-only values or columns of a schedule row.
template <class T>
void drop_explain_only(std::vector<T>& v) {
    v.erase(v.begin() + schedule_explain_only[0], v.begin() + schedule_explain_only[1] + 1);
}

ct::status status_of(const ct::obligation& o, const options& opt);

// Which obligations the schedule shows: per kind the last one due before the as-of date,
// everything overdue, and everything due from the as-of date to the horizon; then only those
// the filters keep.
std::vector<const ct::obligation*> shown(const ct::evaluation& ev, const options& opt) {
    const auto horizon = ct::add_years(opt.as_of, opt.horizon_years);
    std::map<ct::obligation_kind, const ct::obligation*> last_before;
    for (const ct::obligation& o : ev.obligations)
        if (o.due_date < opt.as_of) {
            auto& l = last_before[o.kind];
            if (!l || l->due_date <= o.due_date) l = &o;
        }
    std::vector<const ct::obligation*> out;
    for (const ct::obligation& o : ev.obligations) {
        const bool show = o.due_date < opt.as_of
                              ? (last_before[o.kind] == &o || o.state == ct::status::overdue)
                              : o.due_date <= horizon;
        if (show) out.push_back(&o);
    }
    std::stable_sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->due_date < b->due_date; });
    std::erase_if(out, [&](const ct::obligation* o) {
        return !opt.filter.keep(status_of(*o, opt), o->due_date, o->held_on.has_value());
    });
    return out;
}

// The status with the tool's warning horizon; what the rules decided beyond dates stays.
ct::status status_of(const ct::obligation& o, const options& opt) {
    if (o.state == ct::status::not_required || o.state == ct::status::no_record) return o.state;
    const ct::status s = ct::status_on(o.due_date, o.held_on, opt.as_of, opt.warn_days);
    return s == ct::status::overdue && ct::due_basis(o) == ct::basis::library_default
               ? ct::status::advisory
               : s;
}

// An interview of the obligation's kind planned (dated after the as-of date) in its window.
std::optional<ct::year_month_day> planned_for(const person& p, const ct::obligation& o) {
    std::optional<ct::year_month_day> on;
    if (o.held_on) return on;
    for (const planned_interview& i : p.planned)
        if (i.kind == o.kind && !(i.date < o.window_start) && !(o.due_date < i.date) &&
            (!on || i.date < *on))
            on = i.date;
    return on;
}
constexpr ct::labels planned_label{"planned", "prévu", "ingepland"};

// Whether a format writes words for people (labels in --lang) or the library's ids (JSON,
// English CSV and the calendar's UIDs).
bool for_people(format f, ct::lang l) {
    return f == format::table || f == format::markdown || f == format::xlsx ||
           f == format::ics || (f == format::csv && l != ct::lang::en);
}

// An enumerator as a person reads it, or its id.
template <class E, std::size_t N>
std::string word(const std::array<ct::labels, N>& table, E e, bool words, ct::lang l) {
    return std::string{words ? label_of(table, e, l) : ct::io::name_of(e)};
}

// An exemption's title without the status printed before it: "non requis: un entretien...",
// not "non requis: Non requis : un entretien..." (the titles repeat it to stand alone).
std::string_view without_status(std::string_view title, std::string_view status) {
    if (status.empty() || title.size() <= status.size() ||
        std::tolower(static_cast<unsigned char>(title[0])) != status[0] ||
        title.substr(1, status.size() - 1) != status.substr(1))
        return title;
    std::string_view rest = title.substr(status.size());
    if (rest.starts_with(" :")) rest.remove_prefix(2);
    else if (rest.starts_with(':')) rest.remove_prefix(1);
    else return title;
    while (rest.starts_with(' ')) rest.remove_prefix(1);
    return rest;
}

std::vector<std::string> schedule_values(const person& p, const ct::obligation& o,
                                         const options& opt, bool table, bool words) {
    const ct::status s = status_of(o, opt);
    std::string status = word(status_labels, s, words, opt.lang);
    // An interview planned by the due date (so after the as-of date: never an overdue one).
    if (const auto on = planned_for(p, o)) {
        const std::string planned{planned_label(words ? opt.lang : ct::lang::en)};
        status = table ? planned + " " + text(*on) : planned;
    }
    if (table && o.exemption)
        status += ": " + std::string{without_status(o.exemption->title(opt.lang), status)};
    std::vector<std::string> v{
        p.id,
        word(obligation_labels, o.kind, words, opt.lang),
        word(trigger_labels, o.trigger, words, opt.lang),
        text(o.trigger_date),
        text(o.window_start),
        text(o.due_date),
        status,
        text(o.held_on),
        o.exemption ? std::string{o.exemption->id} : "",
        o.rule ? std::string{o.rule->id} : "",
        o.rule ? std::string{o.rule->citation} : "",
        why_text(o.why),
        agenda_text(o.agenda, [](const ct::agenda_item& i) { return std::string{i.id}; }),
        basis_text(ct::due_basis(o), words, opt.lang)};
    if (table) {
        std::vector<std::string> t;
        for (std::size_t i : schedule_table) t.push_back(std::move(v[i]));
        return t;
    }
    if (!opt.explain) drop_explain_only(v);
    return with_kept(std::move(v), p);
}

// An advisory or entitlement in the schedule's csv and json rows: its kind as the status,
// what it is about as the obligation, the start of its period (if any) as `window_start` and
// its date as `due_date` (the table prints it as a line under the employee's rows).
std::vector<std::string> finding_values(const person& p, const ct::finding& fd,
                                        const options& opt, bool words) {
    std::vector<std::string> v{p.id,
                               word(obligation_labels, fd.about, words, opt.lang),
                               "",
                               "",
                               fd.review.begin.ok() ? text(fd.review.begin) : "",
                               text(fd.date),
                               word(finding_labels, fd.kind, words, opt.lang),
                               "",
                               "",
                               std::string{fd.rule->id},
                               std::string{fd.rule->citation},
                               why_text(fd.why),
                               "",
                               basis_text(basis_of_rule(fd.rule), words, opt.lang)};
    if (!opt.explain) drop_explain_only(v);
    return with_kept(std::move(v), p);
}

// A planned interview waiting for no shown obligation, in csv and json: its kind and date
// (as `due_date`) with the status `planned`.
std::vector<std::string> planned_values(const person& p, const planned_interview& i,
                                        const options& opt, bool words) {
    std::vector<std::string> v{p.id, word(obligation_labels, i.kind, words, opt.lang), "", "", "",
                               text(i.date), std::string{planned_label(words ? opt.lang : ct::lang::en)},
                               "", "", "", "", "", "", ""};
    if (!opt.explain) drop_explain_only(v);
    return with_kept(std::move(v), p);
}

std::vector<column> pick(std::span<const column> all, std::span<const std::size_t> idx) {
    std::vector<column> c;
    for (std::size_t i : idx) c.push_back(all[i]);
    return c;
}

constexpr ct::labels hired_label{"hired", "embauche", "in dienst"};
constexpr ct::labels rules_label{"rules", "règles", "regels"};

std::string heading(const person& p, std::string_view rules, ct::lang l) {
    std::string kept;
    for (const std::string& k : p.kept) kept += " " + k;
    return p.id + kept + "  (" + std::string{hired_label(l)} + " " + text(p.facts.hire_date) + ", " +
           std::string{rules_label(l)} + " " + std::string{rules} + ")";
}

// The days from `d` minus the span to `d` (months and years by the calendar: 3m before
// 31 May is 28 or 29 February).
int days_before(ct::year_month_day d, duration t) {
    switch (t.unit) {
        case 'w': return 7 * t.count;
        case 'm': return ct::days_between(ct::add_months(d, -t.count), d);
        case 'y': return ct::days_between(ct::add_years(d, -t.count), d);
        default: return t.count;
    }
}

constexpr ct::labels trigger_word{"trigger", "déclencheur", "aanleiding"};
constexpr ct::labels window_word{"window", "période", "periode"};
constexpr ct::labels to_word{"to", "au", "tot en met"};
constexpr ct::labels held_on_word{"held on", "réalisé le", "gehouden op"};

// Who a calendar entry is about.
// The employee as the calendar names them: with --keep, the kept values joined by spaces and
// the id in parentheses ("Martin Camille (E1)"); the id alone otherwise.
std::string who(const person& p) {
    std::string s;
    for (const std::string& v : p.kept)
        if (!v.empty()) s += (s.empty() ? "" : " ") + v;
    return s.empty() ? p.id : s + " (" + p.id + ")";
}

// The --split-by columns: `rules`, or a --keep column; and the value of that column for `p`.
std::ptrdiff_t kept_index(const options& opt) {
    const auto at = std::find(opt.keep.begin(), opt.keep.end(), opt.split_by);
    return at == opt.keep.end() ? -1 : at - opt.keep.begin();
}
bool split_column_known(const options& opt) {
    return opt.split_by == "rules" || kept_index(opt) >= 0;
}
std::string split_value(const person& p, const options& opt) {
    if (const std::ptrdiff_t i = kept_index(opt); i >= 0)
        return p.kept[static_cast<std::size_t>(i)];
    return p.rules.empty() ? opt.rules : p.rules;
}

// The calendar entries of one employee: the obligations the schedule shows that are still
// open (all of them with --all), never one that is not required.
void append_ics_events(std::string& b, const person& p, const ct::evaluation& ev,
                       const options& opt, std::string_view stamp) {
    const ct::lang l = opt.lang;
    std::string unused;
    const std::optional<duration> remind =
        opt.remind_text.empty() ? std::nullopt : parse_duration(opt.remind_text, unused, l);
    for (const ct::obligation* o : shown(ev, opt)) {
        const ct::status s = status_of(*o, opt);
        if (s == ct::status::not_required) continue;
        const bool closed = s == ct::status::met || s == ct::status::met_late ||
                            s == ct::status::no_record;
        if (closed && !opt.all) continue;
        const std::string uid = p.id + "-" + std::string{ct::io::name_of(o->kind)} + "-" +
                                std::string{ct::io::name_of(o->trigger)} + "-" +
                                ct::io::ics_date(o->trigger_date) + "@careertalk";
        const std::string summary = who(p) + (l == ct::lang::fr ? " : " : ": ") +
                                    std::string{label_of(obligation_labels, o->kind, l)} + " (" +
                                    std::string{label_of(status_labels, s, l)} + ")";
        std::string desc;
        if (o->rule)
            desc = std::string{o->rule->title(l)} + "\n" + std::string{o->rule->citation} + "\n";
        desc += std::string{basis_label(l)} + ": " + basis_text(ct::due_basis(*o), true, l) + "\n";
        desc += std::string{trigger_word(l)} + ": " +
                std::string{label_of(trigger_labels, o->trigger, l)} + " " + text(o->trigger_date) +
                "\n" + std::string{window_word(l)} + ": " + text(o->window_start) + " " +
                std::string{to_word(l)} + " " + text(o->due_date);
        if (o->held_on) desc += "\n" + std::string{held_on_word(l)} + ": " + text(o->held_on);
        std::optional<int> alarm;
        if (remind && !closed) alarm = days_before(o->due_date, *remind);
        ct::io::append_ics_event(b, {uid, o->due_date, stamp, summary, desc, alarm});
    }
}

// A file name for a --split-by value: letters, digits (any non-ASCII UTF-8 kept), '-', '_'
// and '.'; anything else becomes '_'; an empty value is "none".
std::string calendar_file_name(std::string_view value) {
    std::string n;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        n.push_back(u >= 0x80 || std::isalnum(u) || c == '-' || c == '_' ? c : '_');
    }
    if (n.empty() || n.front() == '.') n.insert(n.begin(), '_');
    return (value.empty() ? std::string{"none"} : n) + ".ics";
}

int write_ics(run_state& st) {
    const std::string stamp = ct::io::ics_date_time(std::chrono::system_clock::now());
    if (st.opt.split_by.empty()) {
        destination out{st.opt.output};
        std::string& b = out.buffer();
        ct::io::append_ics_begin(b);
        for_each_employee(st, true, [&](const person& p, const ct::evaluation& ev) {
            append_ics_events(b, p, ev, st.opt, stamp);
            out.flush_if_big();
        });
        ct::io::append_ics_end(b);
        return finish(st, out);
    }
    // One calendar per value of the column, in the directory -o names.
    std::map<std::string, std::string> calendars;  // file name -> events
    std::map<std::string, std::string> value_of;   // file name -> the value it came from
    for_each_employee(st, true, [&](const person& p, const ct::evaluation& ev) {
        const std::string value = split_value(p, st.opt);
        const std::string name = calendar_file_name(value);
        if (const auto [at, fresh] = value_of.emplace(name, value); !fresh && at->second != value)
            throw output_error(msg::split_by_clash,
                               {st.opt.output + "/" + name, st.opt.split_by, at->second, value});
        append_ics_events(calendars[name], p, ev, st.opt, stamp);
    });
    std::error_code ec;
    std::filesystem::create_directories(st.opt.output, ec);
    if (ec) throw output_error(msg::cannot_create_directory, {st.opt.output, ec.message()});
    for (const auto& [name, events] : calendars) {
        destination out{(std::filesystem::path{st.opt.output} / name).string()};
        std::string& b = out.buffer();
        ct::io::append_ics_begin(b);
        b += events;
        ct::io::append_ics_end(b);
        out.commit();
    }
    return st.rep.errors() == 0 ? 0 : exit_input;
}

int run_schedule(run_state& st, format f) {
    if (f == format::ics) return write_ics(st);
    destination out{st.opt.output};
    const bool table = f == format::table;
    const bool words = for_people(f, st.opt.lang);
    std::vector<column> cols = table ? pick(schedule_columns, schedule_table)
                                     : std::vector<column>(std::begin(schedule_columns),
                                                           std::end(schedule_columns));
    if (!table && !st.opt.explain) drop_explain_only(cols);
    if (!table) cols = with_kept(std::move(cols), st.opt);
    row_writer w{out, f, st.opt.lang, cols, json_head(st.opt), table_width(st.opt.explain)};
    w.send_to(st.opt.sink);
    // The advisories and entitlements the schedule lists (rows in csv and json, lines in the
    // table).
    const auto listed = [&](const ct::finding& fd) {
        return (fd.kind == ct::finding_kind::advisory || fd.kind == ct::finding_kind::entitlement) &&
               fd.rule && st.opt.filter.keep_finding(ct::io::name_of(fd.kind), fd.date, st.opt.as_of);
    };
    for_each_employee(st, true, [&](const person& p, const ct::evaluation& ev) {
        const auto rows = shown(ev, st.opt);
        // Filtered, an employee with nothing left is not listed.
        if (st.opt.filter.active() && rows.empty() &&
            std::none_of(ev.findings.begin(), ev.findings.end(), listed))
            return;
        if (table) w.group(heading(p, p.rules.empty() ? st.opt.rules : p.rules, st.opt.lang));
        for (const ct::obligation* o : rows) {
            w.row(schedule_values(p, *o, st.opt, table, words));
            if (table && st.opt.explain) {
                std::string n = std::string{why_label(st.opt.lang)} + ": " + why_text(o->why);
                if (!o->agenda.empty())
                    n += "\n      " + std::string{agenda_label(st.opt.lang)} + ": " +
                         agenda_text(o->agenda, [&](const ct::agenda_item& i) {
                             return std::string{i.label(st.opt.lang)};
                         });
                w.note(std::move(n));
            }
        }
        // A planned interview no shown obligation is waiting for is still said.
        const auto obligations = shown(ev, st.opt);
        for (const planned_interview& i : p.planned) {
            if (std::any_of(obligations.begin(), obligations.end(), [&](auto* o) {
                    return planned_for(p, *o) == i.date;
                }))
                continue;
            if (table)
                w.trailer(std::string{planned_label(st.opt.lang)} + ": " +
                          std::string{label_of(obligation_labels, i.kind, st.opt.lang)} + " " +
                          text(i.date));
            else
                w.row(planned_values(p, i, st.opt, words));
        }
        for (const ct::finding& fd : ev.findings) {
            if (!listed(fd)) continue;
            if (table)
                w.trailer(std::string{label_of(finding_labels, fd.kind, st.opt.lang)} + ": " +
                          std::string{fd.rule->title(st.opt.lang)} + " (" +
                          std::string{fd.rule->citation} + ") [" +
                          basis_text(basis_of_rule(fd.rule), true, st.opt.lang) + "]");
            else
                w.row(finding_values(p, fd, st.opt, words));
        }
    });
    w.finish(json_tail(st, w.rows()), "schedule");
    return finish(st, out);
}

// --- audit ---------------------------------------------------------------------------------

constexpr column audit_columns[] = {
    {"id", {"Id", "Matricule", "Personeelsnummer"}, cell::id},
    {"period_start", {"Period from", "Période du", "Periode van"}, cell::date},
    {"period_end", {"to", "au", "tot en met"}, cell::date},
    {"obligation", {"Obligation", "Obligation", "Verplichting"}, cell::text, 24},
    {"due_date", {"Due", "Échéance", "Uiterlijk"}, cell::date},
    {"held_on", {"Held on", "Réalisé le", "Gehouden op"}, cell::date},
    {"status", {"Status", "Statut", "Status"}, cell::text, 16},
    {"penalty_eur", {"Penalty EUR", "Pénalité EUR", "Boete EUR"}, cell::number},
    {"payee", {"Payee", "Bénéficiaire", "Ontvanger"}, cell::text, 12},
    {"payment_due", {"Payment due", "Paiement avant le", "Te betalen voor"}, cell::date},
    {"rule", {"Rule", "Règle", "Regel"}},
    {"citation", {"Citation", "Référence", "Bron"}, cell::text, 30},
    // The readings the library offers under which the abondement is owed (fr::penalty_readings;
    // docs/fr/penalty.md#readings); the table says it in a note when they disagree.
    {"owed_under", {"Owed under", "Dû selon", "Verschuldigd volgens"}, cell::text, 20},
    {"basis", {"Basis", "Fondement", "Grondslag"}},
};
constexpr std::size_t audit_table[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12};
constexpr ct::labels disputed_label{"readings disagree on the abondement of",
                                    "les lectures divergent sur l'abondement du",
                                    "lezingen verschillen over de storting van"};
constexpr ct::labels owed_under_label{"owed under", "dû selon", "verschuldigd volgens"};
constexpr ct::labels owed_nowhere_label{"owed under none", "dû selon aucune",
                                        "nergens verschuldigd"};

// What a studiekosten event comes to (nl/training.hpp assess()): the csv and json status and
// the table's words.
struct training_verdict {
    std::string_view id;
    ct::labels label;
};
constexpr training_verdict kosteloos{
    "kosteloos",
    {"free, counts as working time", "gratuite, temps de travail", "kosteloos, arbeidstijd"}};
constexpr training_verdict beding_nietig{
    "beding_nietig", {"free; repayment clause void", "gratuite ; clause de remboursement nulle",
                      "kosteloos; studiekostenbeding nietig"}};
constexpr training_verdict beding_mogelijk{
    "beding_mogelijk", {"repayment clause may be valid", "clause de remboursement possible",
                        "studiekostenbeding mogelijk geldig"}};
constexpr training_verdict aftrekbaar{
    "aftrekbaar", {"deductible from the transition payment",
                   "déductible de l'indemnité de transition",
                   "aftrekbaar van de transitievergoeding"}};
constexpr training_verdict niet_aftrekbaar{
    "niet_aftrekbaar", {"not deductible from the transition payment",
                        "non déductible de l'indemnité de transition",
                        "niet aftrekbaar van de transitievergoeding"}};

constexpr ct::labels studiekosten_dutch_only_label{
    "studiekosten events are assessed under Dutch rules only (nl, nl:<name>)",
    "les événements studiekosten ne sont évalués que selon les règles néerlandaises (nl, "
    "nl:<nom>)",
    "studiekosten worden alleen onder Nederlandse regels beoordeeld (nl, nl:<naam>)"};

bool dutch(std::string_view rules) { return rules == "nl" || rules.starts_with("nl:"); }

int run_audit_until(run_state& st, format f);

// Whether the audit assesses the employee's studiekosten: under Dutch rules only.
bool studiekosten_assessed(const person& p, const options& opt) {
    const std::string_view rules = p.rules.empty() ? std::string_view{opt.rules} : p.rules;
    return dutch(rules) && !p.studiekosten.empty();
}

int run_audit(run_state& st, format f) {
    if (st.opt.until) return run_audit_until(st, f);
    destination out{st.opt.output};
    const bool table = f == format::table;
    const bool words = for_people(f, st.opt.lang);
    const ct::lang l = st.opt.lang;
    const std::vector<column> cols =
        table ? pick(audit_columns, audit_table)
              : with_kept(std::vector<column>(std::begin(audit_columns), std::end(audit_columns)),
                          st.opt);
    row_writer w{out, f, l, cols, json_head(st.opt), table_width(st.opt.explain)};
    w.send_to(st.opt.sink);
    const person* current = nullptr;
    ct::euros penalties{};
    auto emit = [&](std::vector<std::string> v) {
        if (table) {
            std::vector<std::string> t;
            for (std::size_t i : audit_table) t.push_back(std::move(v[i]));
            v = std::move(t);
        } else {
            v = with_kept(std::move(v), *current);
        }
        w.row(std::move(v));
    };
    for_each_employee(st, true, [&](const person& p, const ct::evaluation& ev) {
        current = &p;
        if (table) w.group(heading(p, p.rules.empty() ? st.opt.rules : p.rules, st.opt.lang));
        bool reviewed = false;
        std::optional<ct::inplace_vector<ct::fr::penalty_opinion, ct::max_findings>> opinions;
        std::size_t review_index = 0;
        for (const ct::finding& fd : ev.findings) {
            if (fd.kind != ct::finding_kind::penalty && fd.kind != ct::finding_kind::no_penalty)
                continue;
            reviewed = true;
            std::string owed_under;
            if (fd.about == ct::obligation_kind::abondement_correctif) {
                if (!opinions) opinions = ct::fr::penalty_readings(p.facts, p.company, st.opt.as_of);
                const std::size_t k = review_index++;
                if (k < opinions->size()) {
                    const ct::fr::penalty_opinion& o = (*opinions)[k];
                    owed_under = ct::fr::reading_names(o.owed);
                    if (table && o.disputed())
                        w.trailer(std::string{disputed_label(st.opt.lang)} + " " + text(fd.date) +
                                  ": " + std::string{owed_under_label(st.opt.lang)} + " " +
                                  owed_under);
                    else if (table && o.owed == 0 && o.assessed != 0 &&
                             fd.kind == ct::finding_kind::penalty)
                        w.trailer(std::string{owed_nowhere_label(st.opt.lang)});
                }
            }
            const std::string from = text(fd.review.begin), to = text(fd.review.last_day());
            for (const ct::obligation& o : ev.obligations) {
                if (!fd.review.contains(o.due_date) || o.due_date > st.opt.as_of) continue;
                const ct::status s = status_of(o, st.opt);
                emit({p.id, from, to, word(obligation_labels, o.kind, words, l), text(o.due_date),
                      text(o.held_on), word(status_labels, s, words, l), "", "", "",
                      o.rule ? std::string{o.rule->id} : "",
                      o.rule ? std::string{o.rule->citation} : "", "",
                      basis_text(ct::due_basis(o), words, l)});
            }
            const bool penalty = fd.kind == ct::finding_kind::penalty;
            if (penalty) penalties.cents += fd.amount.cents;
            emit({p.id, from, to, word(obligation_labels, fd.about, words, l), text(fd.date), "",
                  word(finding_labels, fd.kind, words, l),
                  penalty ? euros_text(fd.amount) : "0.00",
                  penalty ? word(payee_labels, fd.paid_to, words, l) : "", text(fd.payment_due),
                  fd.rule ? std::string{fd.rule->id} : "",
                  fd.rule ? std::string{fd.rule->citation} : "", owed_under,
                  basis_text(basis_of_rule(fd.rule), words, l)});
        }
        // Studiekosten (Dutch rules only): BW 7:611a, then the transition payment's Besluit.
        const bool assessed = studiekosten_assessed(p, st.opt);
        // Without a headcount the abondement cannot be assessed: say so, not "no period".
        const bool no_headcount = std::any_of(ev.findings.begin(), ev.findings.end(), [](auto& fd) {
            return fd.kind == ct::finding_kind::missing &&
                   fd.missing == ct::missing_fact::headcount;
        });
        if (!reviewed && !assessed)
            w.trailer(std::string{no_headcount ? no_headcount_label(st.opt.lang)
                                               : no_review_label(st.opt.lang)});
        if (!assessed) return;
        for (ct::nl::pop_training t : p.studiekosten) {
            if (p.facts.contract_end && !(st.opt.as_of < *p.facts.contract_end))
                t.contract_ended = p.facts.contract_end;
            const ct::nl::training_assessment a = ct::nl::assess(t);
            auto row = [&](const training_verdict& v, const ct::rule_ref* r) {
                emit({p.id, text(t.costs_from), "", "studiekosten", "", text(t.specified_on),
                      std::string{words ? v.label(l) : v.id}, "", "", "", std::string{r->id},
                      std::string{r->citation}, "", basis_text(ct::basis_of(r->basis), words, l)});
            };
            if (a.mandatory || a.beding_mogelijk)
                row(a.beding_nietig ? beding_nietig : a.mandatory ? kosteloos : beding_mogelijk,
                    a.why[0]);
            row(a.aftrekbaar ? aftrekbaar : niet_aftrekbaar, a.why[a.why.size() - 1]);
        }
    }, [&](const person& p, const ct::evaluation&) {
        if (!p.studiekosten.empty() && !studiekosten_assessed(p, st.opt))
            st.rep.warning(st.opt.people, p.line, "rules", studiekosten_dutch_only_label(l));
    });
    boost::json::object tail = json_tail(st, w.rows());
    tail["totals"].as_object()["penalty_eur"] = json_number(euros_text(penalties));
    w.finish(tail, "audit");
    return finish(st, out);
}

// --- audit --until: the abondements that will fall due if nothing is done ------------------

constexpr column outlook_columns[] = {
    {"id", {"Id", "Matricule", "Personeelsnummer"}, cell::id},
    {"period_start", {"Period from", "Période du", "Periode van"}, cell::date},
    {"period_end", {"to", "au", "tot en met"}, cell::date},
    {"review_due", {"Review due", "État des lieux avant le", "Evaluatie uiterlijk"}, cell::date},
    {"penalty_eur", {"Penalty EUR", "Pénalité EUR", "Boete EUR"}, cell::number},
    {"payee", {"Payee", "Bénéficiaire", "Ontvanger"}},
    {"payment_due", {"Payment due", "Paiement avant le", "Te betalen voor"}, cell::date},
    {"hold", {"Interviews to hold", "Entretiens à tenir", "Te houden gesprekken"}},
    {"hold_by", {"First by", "Le premier avant le", "Eerste uiterlijk"}, cell::date},
    {"preventable", {"Preventable", "Évitable", "Te voorkomen"}},
    {"training_by", {"Or a training by", "Ou une formation avant le", "Of een opleiding uiterlijk"}, cell::date},
    {"owed_under", {"Owed under", "Dû selon", "Verschuldigd volgens"}},
    {"rule", {"Rule", "Règle", "Regel"}},
    {"citation", {"Citation", "Référence", "Bron"}},
    {"basis", {"Basis", "Fondement", "Grondslag"}},
};
constexpr std::size_t outlook_table[] = {1, 2, 3, 4, 6, 7, 9, 10, 11};
constexpr ct::labels yes_no[] = {{"yes", "oui", "ja"}, {"no", "non", "nee"}};
constexpr ct::labels missed_label{"missed", "manqué", "gemist"};
constexpr ct::labels by_label{"by", "avant le", "uiterlijk"};

bool french(std::string_view rules) { return rules == "fr" || rules.starts_with("fr:"); }

// --- timeline ------------------------------------------------------------------------------

constexpr ct::labels no_such_employee{"no employee evaluated with this id",
                                      "aucun salarié évalué avec ce matricule",
                                      "geen beoordeelde medewerker met dit nummer"};

// One employee's timeline as SVG: the obligations the schedule shows, with its statuses.
int run_timeline(run_state& st) {
    destination out{st.opt.output};
    bool found = false;
    for_each_employee(st, true, [&](const person& p, const ct::evaluation& ev) {
        if (p.id != st.opt.timeline_id) return;
        found = true;
        const std::string_view rules = p.rules.empty() ? st.opt.rules : p.rules;
        const std::vector<timeline_band> bands = timeline_bands(rules, p.company, st.opt.lang);
        std::vector<timeline_entry> entries;
        for (const ct::obligation* o : shown(ev, st.opt))
            entries.push_back({o, status_of(*o, st.opt)});
        out.buffer() += timeline_svg({.id = p.id,
                                      .facts = p.facts,
                                      .ev = ev,
                                      .shown = entries,
                                      .as_of = st.opt.as_of,
                                      .until = ct::add_years(st.opt.as_of, st.opt.horizon_years),
                                      .language = st.opt.lang,
                                      .bands = bands});
    });
    if (!found) {
        std::fprintf(stderr, "careertalk: --id %s: %s\n", st.opt.timeline_id.c_str(),
                     no_such_employee(st.opt.lang).data());
        return exit_input;
    }
    return finish(st, out);
}

int run_audit_until(run_state& st, format f) {
    destination out{st.opt.output};
    const bool table = f == format::table;
    const std::vector<column> cols =
        table ? pick(outlook_columns, outlook_table)
              : with_kept(std::vector<column>(std::begin(outlook_columns), std::end(outlook_columns)),
                          st.opt);
    row_writer w{out, f, st.opt.lang, cols};
    w.send_to(st.opt.sink);
    const ct::lang l = st.opt.lang;
    for_each_employee(st, true, [&](const person& p, const ct::evaluation&) {
        const std::string_view rules = p.rules.empty() ? std::string_view{st.opt.rules} : p.rules;
        const auto outlooks = outlook_for(rules, p.facts, p.company, st.opt.as_of, *st.opt.until);
        if (!outlooks) return;
        const auto penalties =
            projected_penalties(*outlooks, p.facts, p.company, st.opt.as_of, *st.opt.until);
        if (penalties.empty()) return;
        if (table) w.group(heading(p, rules, l));
        for (const projected_penalty& pp : penalties) {
            const ct::fr::review_outlook& o = pp.outlook;
            std::string hold, first;
            for (const ct::fr::planned_interview& m : o.missing) {
                const bool missed = m.latest < st.opt.as_of;
                if (!hold.empty()) hold += "; ";
                hold += std::string{ct::io::name_of(m.kind)} + " " +
                        std::string{(missed ? missed_label : by_label)(l)} + " " + text(m.latest);
                if (!missed && first.empty()) first = text(m.latest);
            }
            std::vector<std::string> v{
                p.id, text(o.verdict.review.begin), text(o.verdict.review.last_day()),
                text(o.deadline), euros_text(o.verdict.amount),
                std::string{ct::io::name_of(o.verdict.paid_to)}, text(o.verdict.payment_due),
                hold, o.interviews_can_prevent ? first : "",
                std::string{yes_no[o.interviews_can_prevent ? 0 : 1](l)}, text(o.training_by),
                ct::fr::reading_names(pp.owed_under),
                o.verdict.rule ? std::string{o.verdict.rule->id} : "",
                o.verdict.rule ? std::string{o.verdict.rule->citation} : "",
                basis_text(basis_of_rule(o.verdict.rule), table, l)};
            if (table) {
                std::vector<std::string> t;
                for (std::size_t i : outlook_table) t.push_back(std::move(v[i]));
                v = std::move(t);
            } else {
                v = with_kept(std::move(v), p);
            }
            w.row(std::move(v));
        }
    });
    w.finish();
    return finish(st, out);
}

// --- summary -------------------------------------------------------------------------------

constexpr column summary_columns[] = {
    {"section", {"Section", "Rubrique", "Onderdeel"}},
    {"item", {"Item", "Élément", "Onderwerp"}},
    {"employees", {"Employees", "Salariés", "Werknemers"}, cell::number},
    {"count", {"Count", "Nombre", "Aantal"}, cell::number},
    {"eur", {"EUR", "EUR", "EUR"}, cell::number},
    {"date", {"Date", "Date", "Datum"}, cell::date},
};
constexpr ct::labels summary_sections[] = {
    {"status", "statut", "status"},
    {"incurred", "encourue", "verschuldigd"},
    {"incurred_total", "total encouru", "totaal verschuldigd"},
    {"incurred_under", "encourue selon", "verschuldigd volgens"},
    {"projected", "projetée", "verwacht"},
    {"projected_min", "projetée min", "verwacht min"},
    {"projected_max", "projetée max", "verwacht max"},
    {"not_assessed", "non évaluée", "niet beoordeeld"},
};
enum summary_section { s_status, s_incurred, s_incurred_total, s_incurred_under, s_projected,
                       s_min, s_max, s_not_assessed };

// What the summary counts for a group of employees (all of them, or one --by value).
struct tally {
    std::map<ct::status, money> by_status;  // schedule rows, and the employees who have one
    exposure ex;
};
constexpr ct::labels all_label{"all", "tous", "alle"};

int run_summary(run_state& st, format f) {
    destination out{st.opt.output};
    const ct::lang l = st.opt.lang;
    const bool table = f == format::table;
    const exposure none{st.opt.as_of, *st.opt.until};
    // nullopt: the whole population; then one per value of the --by column.
    std::map<std::optional<std::string>, tally> groups{{std::nullopt, tally{{}, none}}};
    const auto by_at = std::find(st.opt.keep.begin(), st.opt.keep.end(), st.opt.by);
    for_each_employee(st, true, [&](const person& p, const ct::evaluation& ev) {
        tally mine{{}, none};
        for (const ct::obligation* o : shown(ev, st.opt)) {
            money& m = mine.by_status[status_of(*o, st.opt)];
            ++m.count;
            m.employees = 1;
        }
        const std::string_view rules = p.rules.empty() ? std::string_view{st.opt.rules} : p.rules;
        if (french(rules)) mine.ex.add(p.facts, p.company, ev);
        auto add_to = [&](tally& t) {
            for (const auto& [s, m] : mine.by_status) t.by_status[s] += m;
            t.ex.merge(mine.ex);
        };
        add_to(groups.at(std::nullopt));
        if (!st.opt.by.empty())
            add_to(groups.try_emplace(p.kept[static_cast<std::size_t>(by_at - st.opt.keep.begin())],
                                      tally{{}, none})
                       .first->second);
    });
    std::vector<column> cols(std::begin(summary_columns), std::end(summary_columns));
    if (!st.opt.by.empty()) cols.insert(cols.begin(), column{st.opt.by, {st.opt.by, st.opt.by, st.opt.by}});
    row_writer w{out, f, l, cols};
    w.send_to(st.opt.sink);
    for (const auto& [group, t] : groups) {
        const std::string name = group ? *group : table ? std::string{all_label(l)} : "";
        auto row = [&](summary_section s, std::string item, const money& m, std::string date,
                       bool amount = true) {
            std::vector<std::string> v{
                std::string{table ? summary_sections[s](l) : summary_sections[s].en}, std::move(item),
                std::to_string(m.employees), std::to_string(m.count),
                amount ? euros_text(m.total) : "", std::move(date)};
            if (!st.opt.by.empty()) v.insert(v.begin(), name);
            w.row(std::move(v));
        };
        for (const auto& [s, m] : t.by_status)
            row(s_status,
                std::string{table ? status_labels[static_cast<int>(s)](l) : ct::io::name_of(s)}, m,
                "", false);
        for (const auto& [date, m] : t.ex.incurred()) row(s_incurred, "", m, text(date));
        row(s_incurred_total, "", t.ex.incurred_total(), "");
        for (std::size_t i = 0; i < t.ex.incurred_under().size(); ++i)
            row(s_incurred_under, std::string{ct::fr::penalty_readings_offered[i].name},
                t.ex.incurred_under()[i], text(st.opt.as_of));
        const auto& projected = t.ex.projected();
        std::size_t lo = 0, hi = 0;
        for (std::size_t i = 0; i < projected.size(); ++i) {
            row(s_projected, std::string{ct::fr::penalty_readings_offered[i].name}, projected[i],
                text(*st.opt.until));
            if (projected[i].total.cents < projected[lo].total.cents) lo = i;
            if (projected[hi].total.cents < projected[i].total.cents) hi = i;
        }
        row(s_min, std::string{ct::fr::penalty_readings_offered[lo].name}, projected[lo],
            text(*st.opt.until));
        row(s_max, std::string{ct::fr::penalty_readings_offered[hi].name}, projected[hi],
            text(*st.opt.until));
        row(s_not_assessed, "headcount", {.employees = t.ex.not_assessed()}, "", false);
    }
    w.finish();
    return finish(st, out);
}

// --- rules ---------------------------------------------------------------------------------

constexpr column rule_columns[] = {
    {"set", {"Set", "Ensemble", "Set"}},
    {"id", {"Rule", "Règle", "Regel"}},
    {"citation", {"Citation", "Référence", "Bron"}},
    {"in_force_from", {"In force from", "En vigueur du", "Geldig van"}},
    {"in_force_to", {"to", "au", "tot en met"}},
    {"basis", {"Basis", "Fondement", "Grondslag"}},
    {"title", {"Title", "Intitulé", "Titel"}},
    {"reading", {"Reading", "Lecture retenue", "Lezing"}},
};
constexpr std::size_t rules_table[] = {1, 2, 3, 4, 5, 6};
// Markdown only: the texts of the article versions cited, for the lawyer to read beside the rule.
constexpr column rule_text_column{"text", {"Text", "Texte", "Tekst"}};

// The texts of the article versions `citation` names by LEGIARTI id, from the snapshot of the
// official texts (fr/texts.hpp, generated by cmake/extract_legi.mjs), one line per alinéa.
std::string cited_texts(std::string_view citation) {
    constexpr std::string_view tag = "LEGIARTI";
    constexpr std::size_t id_size = tag.size() + 12;
    std::string out;
    for (auto at = citation.find(tag); at != std::string_view::npos;
         at = citation.find(tag, at + id_size)) {
        const std::string_view id = citation.substr(at, id_size);
        if (!out.empty()) out += "<br><br>";
        const ct::fr::texts::article_version* v = ct::fr::texts::find(id);
        if (v == nullptr) {
            out += "**" + std::string{id} + "**: not in the snapshot";
            continue;
        }
        out += "**" + std::string{v->article} + " v" + std::to_string(v->version) + "** (" +
               std::string{id} + ", " + std::string{v->start} + " to " +
               (v->last.empty() ? std::string{"today"} : std::string{v->last}) + "): ";
        if (v->text.empty()) out += "text not in the snapshot of the official texts";
        for (const char c : v->text) {
            if (c == '\n') out += "<br>";
            else out.push_back(c);
        }
    }
    return out;
}

bool set_matches(std::string_view set, std::string_view spec) {
    return spec.empty() || set == spec ||
           (set.size() > spec.size() && set.substr(0, spec.size()) == spec &&
            set[spec.size()] == ':');
}

int run_rules(const options& opt, format f, bool rules_given) {
    destination out{opt.output};
    const bool table = f == format::table;
    std::vector<column> cols =
        table ? pick(rule_columns, rules_table)
              : std::vector<column>(std::begin(rule_columns), std::end(rule_columns));
    if (f == format::markdown) cols.push_back(rule_text_column);
    row_writer w{out, f, opt.lang, cols};
    w.send_to(opt.sink);
    bool any = false;
    for (const ct::rule_set* set : ct::catalogue) {
        if (!set_matches(set->id, rules_given ? std::string_view{opt.rules} : "")) continue;
        any = true;
        if (table || f == format::markdown)
            w.group(std::string{set->id} + ": " + std::string{set->title(opt.lang)});
        for (const ct::rule_ref* r : set->rules) {
            std::vector<std::string> v{
                std::string{set->id}, std::string{r->id}, std::string{r->citation},
                text(r->in_force.begin),
                r->in_force.end == ct::open_end ? "" : text(r->in_force.last_day()),
                basis_text(ct::basis_of(r->basis), table, opt.lang),
                std::string{r->title(opt.lang)},
                std::string{r->reading}};
            if (f == format::markdown) v.push_back(cited_texts(r->citation));
            if (table) {
                std::vector<std::string> t;
                for (std::size_t i : rules_table) t.push_back(std::move(v[i]));
                w.row(std::move(t));
                if (!r->reading.empty()) w.note("reading: " + std::string{r->reading});
            } else {
                w.row(std::move(v));
            }
        }
    }
    w.finish();
    if (!any) throw usage_error(say(msg::no_rule_set, opt.lang, {opt.rules}));
    out.commit();
    return 0;
}

// --- agenda --------------------------------------------------------------------------------

constexpr column agenda_columns[] = {
    {"item", {"Item", "Point", "Onderwerp"}},
    {"label", {"To cover", "À aborder", "Te bespreken"}},
    {"rule", {"Rule", "Règle", "Regel"}},
    {"citation", {"Citation", "Référence", "Bron"}},
};
constexpr std::size_t agenda_table[] = {1, 3};

// One part of a standalone agenda: its items, and the condition under which they apply
// (empty: always).
struct agenda_block {
    std::span<const ct::agenda_item> items;
    std::string condition;
};

// The agenda a rule set gives a conversation of `kind` held on `on`, independently of the
// employee: the items always covered, then the items that depend on the employee, each block
// with its condition. Empty when the rule set has no such conversation on that date.
std::vector<agenda_block> standalone_agenda(std::string_view rules, ct::obligation_kind kind,
                                            ct::year_month_day on) {
    using K = ct::obligation_kind;
    namespace ag = ct::fr::agendas;
    std::vector<agenda_block> blocks;
    if (rules == "fr" || rules.starts_with("fr:")) {
        const bool before_2014 = on < ct::fr::loi_2014;
        const bool since_2025 = !(on < ct::fr::loi_2025);
        switch (kind) {
            case K::entretien_professionnel:
                if (before_2014)
                    blocks.push_back({ct::fr::regime_a::ani_2003_agenda,
                                      "company covered by the ANI 2003 or a branch agreement"});
                else if (!since_2025)
                    blocks.push_back({ct::fr::base_agenda(on), ""});
                break;
            case K::entretien_parcours_professionnel:
                if (since_2025) blocks.push_back({ct::fr::base_agenda(on), ""});
                break;
            case K::etat_des_lieux:
                if (!before_2014) {
                    blocks.push_back({ct::fr::base_agenda(on), ""});
                    blocks.push_back({ct::fr::etat_des_lieux_agenda(on), ""});
                }
                break;
            case K::entretien_retour:
            case K::entretien_avant_conge:
                if (!before_2014) {
                    blocks.push_back({ct::fr::base_agenda(on), ""});
                    if (kind == K::entretien_retour) {
                        blocks.push_back({ag::retour_parental,
                                          "return from parental leave or L1225-47 part time"});
                        blocks.push_back({ag::fin_de_mandat,
                                          "end of a mandate (L2141-5: 2,000 employees or more, "
                                          "or delegation hours of 30 % or more)"});
                    }
                }
                break;
            case K::entretien_mi_carriere:
                if (since_2025) {
                    blocks.push_back({ct::fr::base_agenda(on), ""});
                    blocks.push_back({ag::mi_carriere, ""});
                }
                break;
            case K::entretien_fin_carriere:
                if (since_2025) {
                    blocks.push_back({ct::fr::base_agenda(on), ""});
                    blocks.push_back({ag::fin_carriere, ""});
                }
                break;
            case K::entretien_deuxieme_partie_carriere:
                if (!(on < ct::fr::regime_a::loi_2009_start) && before_2014)
                    blocks.push_back({ct::fr::regime_a::l6321_1_al3_agenda, ""});
                break;
            default: break;
        }
        return blocks;
    }
    if (rules.starts_with("nl:")) {
        const ct::nl::conversation_policy* p = ct::nl::find_policy(rules.substr(3));
        if (!p || !p->valid.contains(on)) return blocks;
        for (const ct::nl::conversation& c : p->conversations) {
            if (c.kind != kind) continue;
            for (const ct::nl::agenda_part& part : c.agenda) {
                if (part.items.empty()) continue;
                std::string condition;
                if (part.when == ct::nl::agenda_condition::years_in_function)
                    condition = std::to_string(part.years) + " years or more in the function";
                else if (part.when == ct::nl::agenda_condition::niet_tevreden_of_geen_grip)
                    condition = "employee not satisfied or without grip on what they want";
                blocks.push_back({part.items, condition});
            }
            break;
        }
    }
    return blocks;
}

int run_agenda(const options& opt, format f, const std::string& kind_text) {
    const auto kind = ct::io::parse_name<ct::obligation_kind>(kind_text);
    if (!kind) throw usage_error(say(msg::agenda_unknown_kind, opt.lang, {kind_text}));
    const auto blocks = standalone_agenda(opt.rules, *kind, opt.as_of);
    if (blocks.empty())
        throw usage_error(
            say(msg::agenda_none, opt.lang, {opt.rules, kind_text, text(opt.as_of), opt.rules}));
    destination out{opt.output};
    const bool table = f == format::table;
    const std::vector<column> cols =
        table ? pick(agenda_columns, agenda_table)
              : std::vector<column>(std::begin(agenda_columns), std::end(agenda_columns));
    row_writer w{out, f, opt.lang, cols};
    w.send_to(opt.sink);
    const bool grouped = table || f == format::markdown;
    if (grouped) w.group(kind_text + ", " + opt.rules + ", " + text(opt.as_of));
    for (const agenda_block& b : blocks) {
        if (grouped && !b.condition.empty()) w.group("if " + b.condition);
        for (const ct::agenda_item& i : b.items) {
            std::vector<std::string> v{std::string{i.id}, std::string{i.label(opt.lang)},
                                       i.rule ? std::string{i.rule->id} : "",
                                       i.rule ? std::string{i.rule->citation} : ""};
            if (table) v = {v[1], v[3]};
            w.row(std::move(v));
        }
    }
    w.finish();
    out.commit();
    return 0;
}

// --- labels --------------------------------------------------------------------------------

// An enumeration's ids and their words in `l`, in declaration order.
template <class E, std::size_t N>
boost::json::object words_of(const std::array<ct::labels, N>& table, ct::lang l) {
    boost::json::object o;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto e) { o[e.name] = label_of(table, e.value, l); });
    return o;
}

// A command's column ids and their headers in `l`.
boost::json::object headers_of(std::span<const column> cols, ct::lang l) {
    boost::json::object o;
    for (const column& c : cols) o[c.id] = c.label(l);
    return o;
}

// The words the tool writes for people, in --lang, by the ids its JSON carries, and the
// names --rules takes: for a host that shows JSON answers to people (the page of docs/web.md)
// in the tool's own words.
int run_labels(const options& opt) {
    const ct::lang l = opt.lang;
    boost::json::object status = words_of<ct::status>(status_labels, l);
    status["planned"] = planned_label(l);
    const boost::json::object words{
        {"rule_sets", boost::json::value_from(ct::rule_set_names())},
        {"obligation", words_of<ct::obligation_kind>(obligation_labels, l)},
        {"trigger", words_of<ct::trigger_kind>(trigger_labels, l)},
        {"status", std::move(status)},
        {"finding", words_of<ct::finding_kind>(finding_labels, l)},
        {"payee", words_of<ct::payee>(payee_labels, l)},
        {"basis", words_of<ct::basis>(basis_labels, l)},
        {"columns",
         {{"schedule", headers_of(schedule_columns, l)},
          {"audit", headers_of(audit_columns, l)},
          {"summary", headers_of(summary_columns, l)},
          {"rules", headers_of(rule_columns, l)},
          {"agenda", headers_of(agenda_columns, l)}}},
    };
    destination out{opt.output};
    out.buffer() = boost::json::serialize(words) + "\n";
    out.commit();
    return 0;
}

// --- validate ------------------------------------------------------------------------------

int run_validate(run_state& st) {
    for_each_employee(st, false, [](const person&, const ct::evaluation&) {});
    return st.rep.errors() == 0 ? 0 : exit_input;
}

}  // namespace

std::string careertalk::cli::usage_problem(const options& opt, format f) {
    const bool to_file = !opt.output.empty() && opt.output != "-";
    const ct::lang l = opt.lang;
    if (f == format::xlsx && !xlsx_available()) return say(msg::no_xlsx, l);
    if (f == format::xlsx && !to_file) return say(msg::xlsx_needs_file, l);
    std::string why;
    if (!opt.remind_text.empty() && !parse_duration(opt.remind_text, why, l)) return "--remind: " + why;
    const bool ics_only = opt.all || !opt.remind_text.empty() || !opt.split_by.empty();
    if (ics_only && f != format::ics) return say(msg::ics_only, l);
    if (!opt.split_by.empty() && !to_file) return say(msg::split_by_needs_dir, l);
    if (!opt.split_by.empty() && !split_column_known(opt))
        return say(msg::split_by_unknown, l, {opt.split_by});
    return {};
}

int careertalk::cli::run(run_state& st, command c, format f, const std::string& kind,
                         bool rules_given) {
    switch (c) {
        case command::schedule: return run_schedule(st, f);
        case command::audit: return run_audit(st, f);
        case command::summary: return run_summary(st, f);
        case command::rules: return run_rules(st.opt, f, rules_given);
        case command::agenda: return run_agenda(st.opt, f, kind);
        case command::timeline: return run_timeline(st);
        case command::labels: return run_labels(st.opt);
        case command::validate: break;
    }
    return run_validate(st);
}
