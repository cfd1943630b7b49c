// Invariant testing over random facts (issue 9): a seeded generator of valid facts, the
// properties every rule set must hold, and a shrinker that prints the smallest failing facts.
//
// Reproducible: employee i of a run is generated from seed (base + i) with splitmix64, which
// gives the same facts on every platform. A failure prints that seed; rerun one employee with
//   CAREERTALK_INVARIANT_SEED=<seed> CAREERTALK_INVARIANT_EMPLOYEES=1 <test binary>
// CAREERTALK_INVARIANT_EMPLOYEES sets how many employees each rule set gets (the `soak`
// test preset raises it).
#pragma once

#include <careertalk/batch.hpp>
#include <careertalk/evaluate.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace invariants {

using careertalk::year_month_day;
using namespace careertalk;

// ---------------------------------------------------------------------------------------
// Run size and seed from the environment.

inline std::uint64_t env_or(const char* name, std::uint64_t fallback) {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0') return fallback;
    return std::strtoull(v, nullptr, 10);
}
inline std::uint64_t employees_per_set(std::uint64_t fallback) {
    return env_or("CAREERTALK_INVARIANT_EMPLOYEES", fallback);
}
inline std::uint64_t base_seed() { return env_or("CAREERTALK_INVARIANT_SEED", 20251026); }

// splitmix64 (Steele, Lea, Flood 2014): small, fast, identical everywhere.
class rng {
public:
    explicit rng(std::uint64_t seed) : s_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi] (the modulo bias is irrelevant here).
    int between(int lo, int hi) {
        return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(int percent) { return between(0, 99) < percent; }
    template <class T>
    T pick(std::span<const T> xs) {
        return xs[static_cast<std::size_t>(between(0, static_cast<int>(xs.size()) - 1))];
    }

private:
    std::uint64_t s_;
};

// ---------------------------------------------------------------------------------------
// What to generate for a rule set.

// Whether an obligation is owed for a period whose window closes on its due date, the next
// period starting the day after (French fixed anniversaries, Dutch calendar-year rhythms): an
// interview the day after the due date belongs to the next period (see check_deadline).
using period_rule = bool (*)(const obligation&);

struct profile {
    std::span<const contract_kind> contracts{};
    std::span<const absence_kind> absences{};
    std::span<const obligation_kind> interviews{};  // kinds of conversations held
    std::span<const year_month_day> landmarks{};    // regime edges: dates are drawn near them
    std::span<const std::uint16_t> idccs{};         // FR branches the rule set knows
    std::span<const std::string_view> caos{};       // NL presets
};

// Facts that own their histories; view() gives the library's span-based records.
struct facts {
    std::uint64_t seed = 0;
    employee person{};
    company employer{};
    year_month_day as_of{};
    year_month_day later{};  // a second, later as-of date
    std::vector<absence> absences{};
    std::vector<interview> interviews{};
    std::vector<training> trainings{};
    std::vector<dated_fact> certifications{};
    std::vector<dated_fact> progressions{};
    std::vector<dated_fact> transfers{};
    std::vector<medical_visit> medical_visits{};
    std::vector<request> requests{};
    std::vector<outcome> outcomes{};
    std::vector<headcount_year> headcounts{};

    employee view() const {
        employee e = person;
        e.absences = absences;
        e.interviews = interviews;
        e.trainings = trainings;
        e.certifications = certifications;
        e.progressions = progressions;
        e.transfers = transfers;
        e.medical_visits = medical_visits;
        e.requests = requests;
        e.outcomes = outcomes;
        return e;
    }
    company company_view() const {
        company c = employer;
        c.headcount_history = headcounts;
        return c;
    }

    // The facts as known on `d`: later events removed, an absence not over yet still running.
    facts known_on(year_month_day d) const {
        facts f = *this;
        auto keep = [d](auto& v) {
            std::erase_if(v, [d](const auto& x) { return d < x.date; });
        };
        std::erase_if(f.absences, [d](const absence& a) { return d < a.start; });
        for (absence& a : f.absences)
            if (a.end && d < *a.end) a.end.reset();
        keep(f.interviews);
        keep(f.trainings);
        keep(f.certifications);
        keep(f.progressions);
        keep(f.transfers);
        keep(f.medical_visits);
        keep(f.requests);
        keep(f.outcomes);
        return f;
    }

    // Events, counted across all histories, for the shrinker.
    std::size_t events() const {
        return absences.size() + interviews.size() + trainings.size() + certifications.size() +
               progressions.size() + transfers.size() + medical_visits.size() +
               requests.size() + outcomes.size() + headcounts.size();
    }
    facts without_event(std::size_t k) const {
        facts f = *this;
        auto drop = [&k](auto& v) {
            if (k < v.size()) {
                v.erase(v.begin() + static_cast<std::ptrdiff_t>(k));
                k = static_cast<std::size_t>(-1);
                return true;
            }
            k -= v.size();
            return false;
        };
        drop(f.absences) || drop(f.interviews) || drop(f.trainings) ||
            drop(f.certifications) || drop(f.progressions) || drop(f.transfers) ||
            drop(f.medical_visits) || drop(f.requests) || drop(f.outcomes) ||
            drop(f.headcounts);
        return f;
    }
};

template <class E>
std::string name(E e) {
    return boost::describe::enum_to_string(e, "?");
}
inline std::string text(year_month_day d) {
    if (!d.ok()) return "invalid";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}
inline std::string text(const std::optional<year_month_day>& d) { return d ? text(*d) : ""; }

// The facts in the CLI's CSV shapes (issue 4), so a failure can be replayed with the tool.
inline std::string print(const facts& f) {
    const employee& e = f.person;
    const company& c = f.employer;
    std::string s = "seed " + std::to_string(f.seed) + ", as_of " + text(f.as_of) +
                    ", later as_of " + text(f.later) + "\n";
    // The columns of examples/careertalk/input.cpp, in its order.
    s += "PEOPLE.csv\nid,hire_date,birth_date,contract,contract_end,headcount,headcount_history,"
         "penalty_threshold_met,agreement_cycle_months,agreement_date,idcc,function_start,"
         "aow_date,cao,part_time,mandate_delegation_30,niet_tevreden,geen_grip,flagged_group\n";
    std::string history;
    for (const auto& h : f.headcounts)
        history += (history.empty() ? "" : ";") + std::to_string(static_cast<int>(h.year)) +
                   ":" + std::to_string(h.headcount);
    const auto yes_no = [](bool b) { return std::string{b ? "yes" : "no"}; };
    s += "x," + text(e.hire_date) + "," + text(e.birth_date) + "," + name(e.contract) + "," +
         text(e.contract_end) + "," + (c.headcount ? std::to_string(*c.headcount) : "") + "," +
         history + "," +
         (c.penalty_threshold_met ? yes_no(*c.penalty_threshold_met) : std::string{}) + "," +
         (c.agreement_cycle_months ? std::to_string(*c.agreement_cycle_months) : "") + "," +
         text(c.agreement_date) + "," + (c.idcc ? std::to_string(*c.idcc) : "") + "," +
         text(e.function_start) + "," + text(e.aow_date) + "," + std::string{c.cao} + "," +
         yes_no(e.flags.part_time) + "," + yes_no(e.flags.mandate_delegation_30) + "," +
         yes_no(e.flags.niet_tevreden) + "," + yes_no(e.flags.geen_grip) + "," +
         yes_no(e.flags.flagged_group) + "\n";
    s += "EVENTS.csv\nid,kind,date,end_date,detail\n";
    for (const auto& a : f.absences)
        s += "x,absence," + text(a.start) + "," + text(a.end) + "," + name(a.kind) + "\n";
    for (const auto& i : f.interviews)
        s += "x,interview," + text(i.date) + ",," + name(i.kind) + "\n";
    for (const auto& t : f.trainings)
        s += "x,training," + text(t.date) + ",," +
             (t.mandatory ? "obligatoire" : "non_obligatoire") + "\n";
    for (const auto& x : f.certifications) s += "x,certification," + text(x.date) + ",,\n";
    for (const auto& x : f.progressions) s += "x,progression," + text(x.date) + ",,\n";
    for (const auto& x : f.transfers) s += "x,transfer," + text(x.date) + ",,\n";
    for (const auto& x : f.medical_visits)
        s += "x,visite_" + name(x.kind) + "," + text(x.date) + ",,\n";
    for (const auto& x : f.requests)
        s += "x,request," + text(x.date) + ",," + name(x.kind) + "\n";
    for (const auto& x : f.outcomes)
        s += "x,outcome," + text(x.date) + ",," + name(x.kind) + "\n";
    return s;
}

// ---------------------------------------------------------------------------------------
// The generator: valid facts only (validate() must accept them; the test checks it).

inline year_month_day near(rng& r, year_month_day lo, year_month_day hi,
                           std::span<const year_month_day> landmarks) {
    // A third of the dates fall on an edge: a landmark (+-1 day) or a month end / 29 Feb.
    const int span = days_between(lo, hi);
    if (span <= 0) return lo;
    year_month_day d = add_days(lo, r.between(0, span));
    const int edge = r.between(0, 8);
    if (edge == 0 && !landmarks.empty())
        d = add_days(r.pick(landmarks), r.between(-1, 1));
    else if (edge == 1)
        d = last_day_of_month(d);
    else if (edge == 2)
        d = date::year{static_cast<int>(d.year()) / 4 * 4} / date::February / 29;
    if (d < lo) return lo;
    if (hi < d) return hi;
    return d;
}

inline facts generate(std::uint64_t seed, const profile& p) {
    rng r{seed};
    facts f{};
    f.seed = seed;
    const year_month_day first = date::year{1985} / 1 / 1;
    const year_month_day last = date::year{2035} / 12 / 31;
    employee& e = f.person;
    e.id = "x";
    e.hire_date = near(r, first, last, p.landmarks);
    if (r.chance(80))
        e.birth_date = add_days(add_years(e.hire_date, -r.between(15, 64)), -r.between(0, 365));
    if (!p.contracts.empty()) e.contract = r.pick(p.contracts);
    if (r.chance(25))
        e.contract_end = add_days(e.hire_date, r.between(0, 3 * 366));
    if (r.chance(40)) e.function_start = add_days(e.hire_date, r.between(0, 15 * 365));
    if (e.birth_date && r.chance(50))
        e.aow_date = add_months(*e.birth_date, 12 * 67 + r.between(0, 11));
    e.flags = {r.chance(20), r.chance(10), r.chance(20), r.chance(20), r.chance(10)};

    f.as_of = add_days(e.hire_date, r.between(-365, 35 * 365));
    if (r.chance(20)) f.as_of = near(r, add_days(e.hire_date, -365), last, p.landmarks);
    f.later = add_days(f.as_of, r.between(1, 8 * 365));
    // Events run past the later as-of: those dated after an as-of must be ignored.
    const year_month_day horizon = add_days(f.later, 2 * 365);

    // Absences in order, without overlap; only the last may still be running.
    year_month_day t = e.hire_date;
    for (int n = r.between(0, 4); n > 0 && !p.absences.empty(); --n) {
        const year_month_day start = near(r, t, add_days(t, 4 * 365), p.landmarks);
        const bool running = n == 1 && r.chance(10);
        absence a{r.pick(p.absences), start, std::nullopt};
        if (!running) a.end = add_days(start, r.between(0, 2 * 365));
        f.absences.push_back(a);
        if (running) break;
        t = add_days(*a.end, r.between(1, 3 * 365));
    }
    auto dated = [&] { return near(r, e.hire_date, horizon, p.landmarks); };
    for (int n = r.between(0, 8); n > 0 && !p.interviews.empty(); --n)
        f.interviews.push_back({r.pick(p.interviews), dated()});
    for (int n = r.between(0, 5); n > 0; --n)
        f.trainings.push_back({dated(), r.chance(40), static_cast<std::uint16_t>(r.between(0, 80))});
    for (int n = r.between(0, 2); n > 0; --n) f.certifications.push_back({dated()});
    for (int n = r.between(0, 2); n > 0; --n) f.progressions.push_back({dated()});
    if (r.chance(5)) f.transfers.push_back({dated()});
    for (int n = r.between(0, 2); n > 0; --n)
        f.medical_visits.push_back({static_cast<visit_kind>(r.between(0, 2)), dated()});
    for (int n = r.between(0, 2); n > 0 && !p.interviews.empty(); --n)
        f.requests.push_back({r.pick(p.interviews), dated()});
    for (int n = r.between(0, 1); n > 0; --n)
        f.outcomes.push_back({static_cast<outcome_kind>(r.between(0, 3)), dated()});

    company& c = f.employer;
    auto size = [&] { return r.chance(50) ? r.between(0, 49) : r.pick<int>(std::array{49, 50, 51, 250, 1200}); };
    if (r.chance(75)) c.headcount = size();
    if (r.chance(30)) {
        const int y0 = static_cast<int>(f.as_of.year()) - r.between(1, 7);
        for (int y = y0, n = r.between(1, 6); n > 0; ++y, --n)
            f.headcounts.push_back({date::year{y}, size()});
    }
    if (r.chance(10)) c.penalty_threshold_met = r.chance(50);
    if (r.chance(20)) c.agreement_cycle_months = r.pick<int>(std::array{12, 18, 24, 36, 48});
    if (c.agreement_cycle_months && r.chance(70))
        c.agreement_date = near(r, date::year{2014} / 3 / 7, last, p.landmarks);
    if (!p.idccs.empty() && r.chance(30)) c.idcc = r.pick(p.idccs);
    if (!p.caos.empty() && r.chance(50)) c.cao = r.pick(p.caos);
    return f;
}

// ---------------------------------------------------------------------------------------
// The properties.

template <class P>
evaluation run(const P& policy, const facts& f, year_month_day as_of) {
    return careertalk::evaluate(policy, f.view(), f.company_view(), as_of);
}

// What identifies an obligation across evaluations: what, why and when (not its status).
inline bool same_obligation(const obligation& a, const obligation& b) {
    return a.kind == b.kind && a.trigger == b.trigger && a.trigger_date == b.trigger_date &&
           a.window_start == b.window_start && a.due_date == b.due_date && a.rule == b.rule;
}
inline std::string describe(const obligation& o) {
    return name(o.kind) + " (trigger " + name(o.trigger) + " " + text(o.trigger_date) +
           ", window " + text(o.window_start) + ", due " + text(o.due_date) + ", " +
           name(o.state) + (o.held_on ? " held " + text(o.held_on) : std::string{}) +
           ", rule " + (o.rule ? std::string{o.rule->id} : "none") + ")";
}

inline bool equal(const agenda& a, const agenda& b) {
    if (a.size() != b.size()) return false;
    auto j = b.begin();
    for (const agenda_item& i : a) {
        if (i.id != j->id || i.rule != j->rule) return false;
        ++j;
    }
    return true;
}
template <class T, std::size_t N>
bool equal(const inplace_vector<T, N>& a, const inplace_vector<T, N>& b, auto same) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}
inline bool equal(const explanation& a, const explanation& b) {
    return equal(a, b, [](const rule_ref* x, const rule_ref* y) { return x == y; });
}
// Everything two evaluations say, field by field.
inline bool equal(const evaluation& a, const evaluation& b) {
    return a.as_of == b.as_of &&
           equal(a.obligations, b.obligations,
                 [](const obligation& x, const obligation& y) {
                     return same_obligation(x, y) && x.state == y.state &&
                            x.held_on == y.held_on && x.exemption == y.exemption &&
                            equal(x.agenda, y.agenda) && equal(x.why, y.why);
                 }) &&
           equal(a.findings, b.findings,
                 [](const finding& x, const finding& y) {
                     return x.kind == y.kind && x.rule == y.rule && x.review == y.review &&
                            x.date == y.date && x.amount == y.amount &&
                            x.paid_to == y.paid_to && x.payment_due == y.payment_due &&
                            x.missing == y.missing && x.about == y.about && equal(x.why, y.why);
                 }) &&
           equal(a.diagnostics, b.diagnostics, [](const diagnostic& x, const diagnostic& y) {
               return x.record == y.record && x.index == y.index && x.field == y.field &&
                      x.code == y.code && x.message == y.message;
           });
}

// Obligations due before the event that dates them, by definition: the interview before a
// leave (due before the leave starts) and the lead times of a planned conversation (the
// invitation, the preparation and the employee's topics, due before the meeting).
inline bool precedes_its_trigger(const obligation& o) {
    if (o.trigger == trigger_kind::before_absence) return true;
    return o.trigger == trigger_kind::conversation &&
           (o.kind == obligation_kind::uitnodiging || o.kind == obligation_kind::voorbereiding ||
            o.kind == obligation_kind::onderwerpen_medewerker);
}

// The obligation carries (as its rule or in its explanation) a rule in force on its trigger
// date: the one that started its clock. A calendar convention (authority::interpretation)
// never makes an obligation, so it does not count. A later text that sets the deadline of a
// clock started earlier appears beside it with its transitional rule.
inline bool carries_rule_in_force(const obligation& o) {
    const auto in_force = [&](const rule_ref* r) {
        return r != nullptr && r->basis != authority::interpretation &&
               r->in_force_on(o.trigger_date);
    };
    return in_force(o.rule) || std::any_of(o.why.begin(), o.why.end(), in_force);
}

// Properties of one evaluation on its own. Returns the first violation, or "".
inline std::string check_one(const evaluation& ev, const company& c) {
    if (!ev.ok())
        return "valid facts gave a diagnostic: " + name(ev.diagnostics[0].code) + " on " +
               std::string{ev.diagnostics[0].field} + " (" +
               std::string{ev.diagnostics[0].message} + ")";
    for (const obligation& o : ev.obligations) {
        const std::string d = describe(o);
        if (!o.trigger_date.ok() || !o.window_start.ok() || !o.due_date.ok())
            return "an obligation has an invalid date: " + d;
        if (!precedes_its_trigger(o) && o.due_date < o.trigger_date)
            return "due before its trigger: " + d;
        if (o.due_date < o.window_start) return "window closes before it opens: " + d;
        if (!o.rule) return "no rule: " + d;
        if (!carries_rule_in_force(o)) return "no rule in force on the trigger date: " + d;
        if (o.why.empty()) return "no explanation: " + d;
        if (o.why.full() || o.agenda.full())
            return "an explanation or agenda at capacity (one may have been cut): " + d;
        if (o.held_on && ev.as_of < *o.held_on) return "held after the as-of date: " + d;
        if (o.held_on && *o.held_on < o.window_start) return "held before its window: " + d;
        const bool late = o.held_on && o.due_date < *o.held_on;
        switch (o.state) {
            case status::met:
                if (!o.held_on || late) return "met but not held by the due date: " + d;
                break;
            case status::met_late:
                if (!late) return "met_late but not held after the due date: " + d;
                break;
            case status::overdue:
                if (o.held_on || !(o.due_date < ev.as_of)) return "wrongly overdue: " + d;
                if (careertalk::due_basis(o) == careertalk::basis::library_default)
                    return "overdue on a date no text sets (must be advisory): " + d;
                break;
            case status::advisory:
                if (o.held_on || !(o.due_date < ev.as_of) ||
                    careertalk::due_basis(o) != careertalk::basis::library_default)
                    return "wrongly advisory: " + d;
                break;
            case status::no_record:
                if (o.held_on) return "no_record but held: " + d;
                break;
            case status::due_soon:
            case status::upcoming:
                if (o.held_on || o.due_date < ev.as_of) return "wrongly pending: " + d;
                break;
            case status::not_required:
                if (!o.exemption) return "not_required without an exemption: " + d;
                break;
        }
    }
    const bool small = c.headcount && *c.headcount < 50 && c.penalty_threshold_met != true &&
                       std::all_of(c.headcount_history.begin(), c.headcount_history.end(),
                                   [](const headcount_year& h) { return h.headcount < 50; });
    for (const finding& f : ev.findings) {
        if (!f.rule) return "a finding without a rule: " + name(f.kind);
        if (f.why.full()) return "a finding's explanation at capacity: " + name(f.kind);
        if (f.kind == finding_kind::missing && f.missing == missing_fact::none)
            return "a missing-fact finding that names no fact";
        if (f.kind == finding_kind::penalty && small && f.amount.cents != 0)
            return "a penalty below 50 employees: " + name(f.about) + " " +
                   std::to_string(f.amount.cents) + " cents (" + std::string{f.rule->id} + ")";
    }
    return {};
}

// Evaluating at a later date keeps what was decided before the earlier one: the obligations
// due before `earlier.as_of` are the same (kind, trigger, dates, rule); a met or met_late one
// stays as it was; an overdue one stays overdue or becomes met_late with a holding date
// between the two as-of dates; a not_required one stays not_required. Penalties assessed
// before the earlier date stay as they were.
inline std::string check_later(const evaluation& earlier, const evaluation& later) {
    const year_month_day t1 = earlier.as_of;
    for (const obligation& o : earlier.obligations) {
        if (!(o.due_date < t1)) continue;
        const obligation* match = nullptr;
        for (const obligation& p : later.obligations)
            if (same_obligation(o, p)) match = &p;
        // A missed interview of a repealed text (fr/regime_a.hpp) becomes a finding of the audit
        // once it can no longer be met (issue 15 §6).
        if (match == nullptr && o.state == status::overdue &&
            std::any_of(later.findings.begin(), later.findings.end(), [&](const finding& f) {
                return f.rule == o.rule && f.date == o.due_date && f.about == o.kind;
            }))
            continue;
        if (match == nullptr)
            return "decided, then gone at a later as-of: " + describe(o) + " decided on " +
                   text(t1) + ", gone on " + text(later.as_of);
        const obligation& p = *match;
        const std::string d = describe(o) + " became " + describe(p);
        switch (o.state) {
            case status::met:
            case status::met_late:
                if (p.state != o.state || p.held_on != o.held_on) return "a held one changed: " + d;
                break;
            case status::overdue:
            case status::advisory:
            case status::no_record:  // not held either: a later record may meet it late
                if (p.state == o.state) break;
                if (p.state != status::met_late || !p.held_on || !(t1 < *p.held_on))
                    return "an overdue one changed other than by a later holding: " + d;
                break;
            case status::not_required:
                if (p.state != status::not_required || p.exemption != o.exemption)
                    return "an exemption changed: " + d;
                break;
            case status::due_soon:
            case status::upcoming: break;  // not decided yet (and impossible here)
        }
    }
    for (const obligation& p : later.obligations) {
        if (!(p.due_date < t1)) continue;
        if (std::none_of(earlier.obligations.begin(), earlier.obligations.end(),
                         [&](const obligation& o) { return same_obligation(o, p); }))
            return "appeared at a later as-of though due before the earlier: " + describe(p) +
                   " absent on " + text(t1) + ", present on " + text(later.as_of);
    }
    for (const finding& f : earlier.findings) {
        if (f.kind != finding_kind::penalty || !(f.date < t1)) continue;
        if (std::none_of(later.findings.begin(), later.findings.end(), [&](const finding& g) {
                return g.kind == f.kind && g.rule == f.rule && g.review == f.review &&
                       g.date == f.date && g.amount == f.amount;
            }))
            return "a penalty changed at a later as-of: " + name(f.about) + " assessed on " +
                   text(f.date) + ", changed or gone on " + text(later.as_of);
    }
    return {};
}

// The same conversation under its name on either side of a reform: the French entretien
// professionnel is the entretien de parcours professionnel from 2025-10-26 (loi 2025-989).
inline bool renamed(obligation_kind a, obligation_kind b) {
    const auto periodic = [](obligation_kind k) {
        return k == obligation_kind::entretien_professionnel ||
               k == obligation_kind::entretien_parcours_professionnel;
    };
    return a == b || (periodic(a) && periodic(b));
}

// A conversation held on its due date is met; the day after, met_late. Checked on the facts
// known on the as-of date, for the first obligation not yet held when no interview was taken
// inside its window (so no other obligation can take the new interview): one interview of its
// kind is added on the due date (then the day after) and the same obligation is looked up once
// that day has passed. A period-based obligation (`period_based`) held the day after its due
// date stays overdue, and that interview meets the next period's obligation (a period-based
// one due later: the French periodic interview changes its name on 2025-10-26), on time,
// unless that one is not owed (not_required: the contract is over).
template <class P>
std::string check_deadline(const P& policy, const facts& f, period_rule period_based = nullptr) {
    const facts known = f.known_on(f.as_of);
    const evaluation ev = run(policy, known, f.as_of);
    const obligation* first = nullptr;
    for (const obligation& o : ev.obligations) {
        // Advisory: not held and past a date no text sets (still owed, never overdue).
        const bool pending = o.state == status::overdue || o.state == status::due_soon ||
                             o.state == status::upcoming || o.state == status::advisory;
        if (pending && o.kind != obligation_kind::abondement_correctif &&
            (first == nullptr || o.due_date < first->due_date))
            first = &o;
    }
    if (first == nullptr) return {};
    // A text that comes into force after the as-of date may move a pending deadline (the COVID
    // postponement of 2020, the 2025 lengths): the deadline that counts is the one known once
    // it has passed (same trigger and kind; its window, rule and name may change with it).
    obligation moved = *first;
    for (int n = 0; n < 4 && f.as_of < add_days(moved.due_date, 1); ++n) {
        const evaluation then = run(policy, known, add_days(moved.due_date, 1));
        const auto it = std::find_if(
            then.obligations.begin(), then.obligations.end(), [&](const obligation& p) {
                return renamed(p.kind, moved.kind) && p.trigger == moved.trigger &&
                       p.trigger_date == moved.trigger_date;
            });
        if (it == then.obligations.end()) {
            // Projected from a trigger still to come (the next fixed period): the law in force
            // by then may reshape the chain, so there is nothing to compare.
            if (f.as_of < moved.trigger_date) return {};
            break;
        }
        if (same_obligation(*it, moved)) break;
        moved = *it;
    }
    first = &moved;
    // An interview already taken inside its window could be re-assigned: not this check's case.
    for (const obligation& o : ev.obligations)
        if (o.held_on && !(*o.held_on < first->window_start)) return {};
    for (int late = 0; late <= 1; ++late) {
        facts g = known;
        const year_month_day held = add_days(first->due_date, late);
        // After the contract's end an interview may count for nothing (French reviews, Dutch
        // calendar years): the day after is not checked then.
        if (f.person.contract_end && *f.person.contract_end < held) continue;
        if (first->kind == obligation_kind::visite_mi_carriere)  // a medical visit, not a talk
            g.medical_visits.push_back({visit_kind::mi_carriere, held});
        else
            g.interviews.push_back({first->kind, held});
        const evaluation again = run(policy, g, ev.as_of < held ? held : ev.as_of);
        const obligation* match = nullptr;
        for (const obligation& p : again.obligations)
            if (same_obligation(*first, p)) match = &p;
        const std::string d = describe(*first) + " with an interview on " + text(held);
        if (match == nullptr) return "gone once held: " + d;
        if (late && period_based != nullptr && period_based(*first)) {
            // Missed: overdue, or advisory past a date no text sets (a library default).
            const status missed = due_basis(*first) == basis::library_default ? status::advisory
                                                                              : status::overdue;
            if (match->state != missed || match->held_on)
                return "period-based, held the day after the due date, not overdue: " + d +
                       " gave " + describe(*match);
            // The next period: met by that interview, unless it is not owed (a contract over).
            const obligation* next = nullptr;
            for (const obligation& p : again.obligations)
                // The same rule's next period counts even when it is the last of its term (a
                // CAO's last year, whose own day-after has no next period: not period-based).
                if ((period_based(p) || (p.rule == first->rule && p.kind == first->kind &&
                                         p.trigger == first->trigger)) &&
                    first->due_date < p.due_date &&
                    (next == nullptr || p.due_date < next->due_date))
                    next = &p;
            if (next == nullptr || (next->state != status::not_required &&
                                    (next->state != status::met || next->held_on != held)))
                return "period-based, held the day after the due date, next period not met: " +
                       d;
            continue;
        }
        const status want = late ? status::met_late : status::met;
        if (match->state != want || match->held_on != held)
            return std::string{late ? "held the day after the due date, not met_late: "
                                    : "held on the due date, not met: "} +
                   d + " gave " + describe(*match);
    }
    return {};
}

// All properties on one set of facts; "" when they hold. Exceptions are violations too.
template <class P>
std::string check(const P& policy, const facts& f, period_rule period_based = nullptr) {
    try {
        const evaluation valid = careertalk::validate(f.view(), f.company_view(), f.as_of);
        if (!valid.ok()) return "generator bug: invalid facts (" + name(valid.diagnostics[0].code) + ")";
        const evaluation ev = run(policy, f, f.as_of);
        if (auto e = check_one(ev, f.company_view()); !e.empty()) return "on " + text(f.as_of) + ": " + e;
        const evaluation later = run(policy, f, f.later);
        if (auto e = check_one(later, f.company_view()); !e.empty()) return "on " + text(f.later) + ": " + e;
        if (!equal(ev, run(policy, f, f.as_of))) return "two evaluations of the same facts differ: all";
        if (auto e = check_later(ev, later); !e.empty()) return e;
        return check_deadline(policy, f, period_based);
    } catch (const std::exception& x) {
        return std::string{"threw: "} + x.what();
    } catch (...) {
        return "threw a non-standard exception";
    }
}

// The kind of a violation, for a survey of many failures: the property and the obligation
// kind it is about ("window closes before it opens: etat_des_lieux").
inline std::string category(std::string_view message) {
    if (message.starts_with("on ") && message.size() > 15) message.remove_prefix(15);
    const auto colon = message.find(": ");
    if (colon == std::string_view::npos) return std::string{message.substr(0, 60)};
    const auto rest = message.substr(colon + 2);
    return std::string{message.substr(0, colon + 2)} +
           std::string{rest.substr(0, rest.find_first_of(" (:"))};
}

// Removes events one at a time while the same property still fails (same category);
// returns the smallest facts.
template <class P>
facts shrink(const P& policy, facts f, period_rule period_based = nullptr) {
    const std::string kind = category(check(policy, f, period_based));
    for (std::size_t k = 0; k < f.events();) {
        facts g = f.without_event(k);
        if (const std::string e = check(policy, g, period_based);
            !e.empty() && category(e) == kind)
            f = std::move(g);
        else
            ++k;
    }
    return f;
}

// The report for a failure: the violation on the smallest facts, and how to rerun.
template <class P>
std::string failure(const P& policy, const facts& f, period_rule period_based = nullptr) {
    const facts small = shrink(policy, f, period_based);
    return check(policy, small, period_based) + "\nminimal facts (" + std::to_string(small.events()) +
           " of " + std::to_string(f.events()) + " events):\n" + print(small) +
           "rerun: CAREERTALK_INVARIANT_SEED=" + std::to_string(f.seed) +
           " CAREERTALK_INVARIANT_EMPLOYEES=1";
}

// Checks employees [0, n) of the run under `policy` and returns what failed (empty when all
// held). Stops at the first failure and reports it shrunk, unless
// CAREERTALK_INVARIANT_SURVEY=1: then it goes on and counts the failures per category with the
// first (shrunk) example of each. `period_based` says which obligations of `policy` are
// period-based (check_deadline).
template <class P>
std::string check_population(const P& policy, const profile& p, std::uint64_t n,
                             std::vector<facts>* sample = nullptr,
                             period_rule period_based = nullptr) {
    const bool survey = env_or("CAREERTALK_INVARIANT_SURVEY", 0) != 0;
    struct tally {
        std::string category;
        std::uint64_t count = 0;
        std::string example;
    };
    std::vector<tally> seen;
    for (std::uint64_t i = 0; i < n; ++i) {
        facts f = generate(base_seed() + i, p);
        if (const std::string e = check(policy, f, period_based); !e.empty()) {
            const std::string c = category(e);
            auto it = std::find_if(seen.begin(), seen.end(),
                                   [&](const tally& t) { return t.category == c; });
            if (it == seen.end()) {
                seen.push_back({c, 1, failure(policy, f, period_based)});
                if (!survey) break;
            } else {
                ++it->count;
            }
        }
        if (sample != nullptr && sample->size() < 400) sample->push_back(std::move(f));
    }
    std::string failed;
    for (const tally& t : seen)
        failed += std::to_string(t.count) + " x " + t.category + "\n  first: " + t.example + "\n\n";
    return failed;
}

// Single, batch on one thread and batch on two threads give identical evaluations.
template <class P>
std::string check_batch(const P& policy, const std::vector<facts>& population,
                        year_month_day as_of) {
    std::vector<employee> people;
    std::vector<company> companies;
    for (const facts& f : population) {
        people.push_back(f.view());
        companies.push_back(f.company_view());
    }
    for (unsigned threads : {1u, 2u}) {
        std::vector<int> bad(people.size(), 0);
        careertalk::evaluate_batch(
            policy, std::span<const employee>{people},
            [&](std::size_t i) -> const company& { return companies[i]; }, as_of,
            [&](std::size_t i, const evaluation& ev) {
                bad[i] += equal(ev, careertalk::evaluate(policy, people[i], companies[i], as_of)) ? 1 : 2;
            },
            threads);
        for (std::size_t i = 0; i < bad.size(); ++i)
            if (bad[i] != 1)
                return "batch on " + std::to_string(threads) + " thread(s) differs from single "
                       "evaluation (or visited it " + std::to_string(bad[i]) + " times):\n" +
                       print(population[i]);
    }
    return {};
}

}  // namespace invariants
