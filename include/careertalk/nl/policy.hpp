// careertalk/nl/policy.hpp: the Dutch conversation policy model.
//
// Dutch statute sets no periodic career, performance or appraisal conversation
// (docs/nl/cao.md#no-statutory-conversation): the rhythm comes from a CAO or the
// organisation's own policy. A `policy` is a constexpr, dated aggregate that expresses such a
// layer without code: which conversations (kind, rhythm, triggers, lead times, agenda, record
// and signing), which entitlements (loopbaanadvies or a scan every N years, budgets). Statute
// applies under every policy: the Poortwachter timeline (poortwachter.hpp). A policy with no
// conversation says so with a finding instead of guessing a date.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/nl/poortwachter.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>

#include <boost/describe/enum.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

namespace careertalk::inline v0::nl {

// A length of time: calendar months (clamped to the month end), then exact days.
struct duration {
    int months = 0;
    int days = 0;

    constexpr bool ok() const noexcept { return months >= 0 && days >= 0; }
    constexpr bool zero() const noexcept { return months == 0 && days == 0; }
    constexpr duration times(int n) const noexcept { return {months * n, days * n}; }
    friend constexpr bool operator==(duration, duration) noexcept = default;
};

constexpr duration years(int n) noexcept { return {12 * n, 0}; }
constexpr duration months(int n) noexcept { return {n, 0}; }
constexpr duration weeks(int n) noexcept { return {0, 7 * n}; }
constexpr duration days(int n) noexcept { return {0, n}; }

constexpr year_month_day after(year_month_day d, duration t) noexcept {
    return add_days(add_months(d, t.months), t.days);
}
constexpr year_month_day before(year_month_day d, duration t) noexcept {
    return add_days(add_months(d, -t.months), -t.days);
}

// The negative finding every Dutch evaluation rests on.
inline constexpr rule_ref no_statutory_conversation{
    .id = "nl.geen-wettelijke-plicht"_ct,
    .citation = "No Dutch statute requires a periodic loopbaan-, functionerings- or "
                "beoordelingsgesprek (BW 7:611, 7:669 lid 3 sub d only indirectly; "
                "docs/nl/cao.md#no-statutory-conversation)"_ct,
    .in_force = {date::year{1900} / 1 / 1, open_end},
    .title = {.en = "No statutory career conversation is due; a CAO or policy sets any rhythm"_ct,
              .fr = "Aucun entretien de carrière n'est dû par la loi ; seule une CAO ou une "
                    "politique en fixe le rythme"_ct,
              .nl = "Geen wettelijk verplicht loopbaangesprek; alleen een cao of beleid bepaalt "
                    "het ritme"_ct},
    .basis = authority::interpretation,
    .reading = "negative finding (no statute found; several sources confirm); a Dutch due date "
               "only comes from a configured policy."_ct};

// "1x per jaar" read as a calendar year or as 12 rolling months (docs/nl/cao.md#once-a-year).
enum class yearly_reading : std::uint8_t { calendar_year, rolling_12_months };
BOOST_DESCRIBE_ENUM(yearly_reading, calendar_year, rolling_12_months)

inline constexpr rule_ref yearly_as_calendar_year{
    .id = "nl.reading.yearly.calendar"_ct,
    .citation = "The CAO texts do not say which year (docs/nl/cao.md#once-a-year)"_ct,
    .in_force = {date::year{1900} / 1 / 1, open_end},
    .title = {.en = "'Once a year' read as once in each calendar year"_ct,
              .fr = "« Une fois par an » lu comme une fois par année civile"_ct,
              .nl = "'1x per jaar' gelezen als eenmaal per kalenderjaar"_ct},
    .basis = authority::interpretation,
    .reading = "switch conversation_policy::yearly; default calendar_year; the alternative is 12 rolling "
               "months after the last conversation. An interview counts for the year whose "
               "window opened last: one held on 1 January is the new year's, one held in "
               "January for a December window is last year's, late; none held after the "
               "employment has ended counts."_ct};

inline constexpr rule_ref yearly_as_rolling{
    .id = "nl.reading.yearly.rolling"_ct,
    .citation = "The CAO texts do not say which year (docs/nl/cao.md#once-a-year)"_ct,
    .in_force = {date::year{1900} / 1 / 1, open_end},
    .title = {.en = "'Once a year' read as within 12 months of the last conversation"_ct,
              .fr = "« Une fois par an » lu comme dans les 12 mois du dernier entretien"_ct,
              .nl = "'1x per jaar' gelezen als binnen 12 maanden na het vorige gesprek"_ct},
    .basis = authority::interpretation,
    .reading = "switch conversation_policy::yearly = rolling_12_months. None held after the employment "
               "has ended counts."_ct};

// How often a conversation recurs.
enum class rhythm : std::uint8_t {
    none,     // no rhythm of its own: held when planned, on request or after an outcome
    yearly,   // once a year, read as the policy's `yearly` says
    rolling,  // within `interval` of the previous one held (the first from the start)
    once,     // once, within `interval` of the start (cao-NU PhD plan)
    after,    // `count` times, `interval` apart, after each conversation of kind `anchor`
};
BOOST_DESCRIBE_ENUM(rhythm, none, yearly, rolling, once, after)

// How the written record is signed.
enum class signing : std::uint8_t {
    none,               // no signature rule
    signed_by_both,     // employer and employee sign (cao-NU)
    akkoord_of_gezien,  // "voor akkoord" when agreed, otherwise "voor gezien" (GGZ, practice)
};
BOOST_DESCRIBE_ENUM(signing, none, signed_by_both, akkoord_of_gezien)

// Which contracts qualify.
enum class contract_condition : std::uint8_t {
    any,
    fixed_term,   // bepaalde_tijd or promovendus
    promovendus,  // PhD candidates only
};
BOOST_DESCRIBE_ENUM(contract_condition, any, fixed_term, promovendus)

// Who qualifies for a conversation or an entitlement, and from when. Zero means no condition.
struct eligibility {
    int min_service_years = 0;      // years since hire
    int min_years_in_function = 0;  // years since function_start
    int min_age = 0;                // reached on the birthday (conventions::age_on_birthday)
    int below_age = 0;              // qualifies until this birthday
    int years_before_aow = 0;       // from the AOW date minus N years until the AOW date
    contract_condition contract = contract_condition::any;
    duration min_contract_length{};  // of a fixed-term contract, hire to end (cao-NU: 2 years)

    constexpr bool ok() const noexcept {
        return min_service_years >= 0 && min_years_in_function >= 0 && min_age >= 0 &&
               below_age >= 0 && years_before_aow >= 0 && min_contract_length.ok() &&
               (below_age == 0 || min_age < below_age);
    }
};

// The days on which an employee qualifies, what opened them, or the fact that is missing.
struct qualifying {
    period when{};
    trigger_kind opened_by = trigger_kind::hire;
    missing_fact missing = missing_fact::none;
};

constexpr qualifying qualifies(const eligibility& q, const employee& e) noexcept {
    qualifying r{{e.hire_date, open_end}, trigger_kind::hire, missing_fact::none};
    auto open_at = [&](year_month_day d, trigger_kind t) {
        if (r.when.begin < d) {
            r.when.begin = d;
            r.opened_by = t;
        }
    };
    auto close_at = [&](year_month_day d) {
        if (d < r.when.end) r.when.end = d;
    };
    if (e.contract_end) close_at(add_days(*e.contract_end, 1));
    if (q.min_service_years) open_at(add_years(e.hire_date, q.min_service_years),
                                     trigger_kind::seniority);
    if (q.min_years_in_function) {
        if (!e.function_start) return {{}, trigger_kind::function_years, missing_fact::function_start};
        open_at(add_years(*e.function_start, q.min_years_in_function),
                trigger_kind::function_years);
    }
    if (q.min_age || q.below_age) {
        if (!e.birth_date) return {{}, trigger_kind::age, missing_fact::birth_date};
        if (q.min_age) open_at(birthday(*e.birth_date, q.min_age), trigger_kind::age);
        if (q.below_age) close_at(birthday(*e.birth_date, q.below_age));
    }
    if (q.years_before_aow) {
        if (!e.aow_date) return {{}, trigger_kind::age, missing_fact::aow_date};
        open_at(add_years(*e.aow_date, -q.years_before_aow), trigger_kind::age);
        close_at(*e.aow_date);
    }
    const bool fixed = e.contract == contract_kind::bepaalde_tijd ||
                       e.contract == contract_kind::promovendus;
    if ((q.contract == contract_condition::fixed_term && !fixed) ||
        (q.contract == contract_condition::promovendus &&
         e.contract != contract_kind::promovendus))
        close_at(r.when.begin);
    if (!q.min_contract_length.zero()) {
        if (!e.contract_end) return {{}, trigger_kind::hire, missing_fact::contract_end};
        if (add_days(*e.contract_end, 1) < after(e.hire_date, q.min_contract_length))
            close_at(r.when.begin);
    }
    if (r.when.end < r.when.begin) r.when.end = r.when.begin;
    return r;
}

// When a part of an agenda applies, judged on the conversation's date.
enum class agenda_condition : std::uint8_t {
    always,
    years_in_function,          // `years` or more in the current function (CAO Rijk: 5)
    niet_tevreden_of_geen_grip,  // employee flagged dissatisfied or without grip (guide 2a)
};
BOOST_DESCRIBE_ENUM(agenda_condition, always, years_in_function, niet_tevreden_of_geen_grip)

struct agenda_part {
    std::span<const agenda_item> items{};
    agenda_condition when = agenda_condition::always;
    int years = 0;
};

// Lead times before a conversation; zero means none.
struct lead_times {
    duration preparation{};  // preparation starts, preparation form sent (voorbereiding)
    duration invitation{};   // written invitation with the topics, at least this long before
    duration topics{};       // the employee's own topics, at least this long before
    rule_ptr rule{};
    std::span<const agenda_item> preparation_agenda{};  // form and manager's checklist
};

// The written record after a conversation.
struct record_rule {
    bool required = false;    // a written record (verslag) is made
    duration deadline{};      // after the conversation; zero: the text sets no deadline
    bool pop = false;         // the POP is updated by the same deadline
    signing sign = signing::none;
    duration reaction{};      // the employee's written reaction window; zero: none
    duration keep_after_end{};  // retention after the employment ends; zero: not stated
    rule_ptr rule{};
    // Sets `deadline` when the text sets none (a library default: late is advisory).
    rule_ptr deadline_rule{};
};

// One conversation a policy owes.
struct conversation {
    obligation_kind kind = obligation_kind::loopbaangesprek;
    rule_ptr rule{};
    rhythm every = rhythm::none;
    duration interval{};   // rolling, once and after
    unsigned first_month = 1;   // yearly, calendar reading: the window's first month
    unsigned last_month = 12;   // ... and last month (planning talk by February: 2)
    obligation_kind anchor = obligation_kind::planningsgesprek;  // after
    int count = 1;               // after
    bool on_request = false;     // the employee may ask for it
    duration response{};         // a request is honoured within this; zero: no deadline
    bool once_a_year = false;    // on request, once a year: a request in a year (policy's
                                 // `yearly` reading) in which one was held owes nothing
    duration first{};            // rolling, yearly: the first is due this long after the start
                                 // at the latest (a library default, `first_rule`)
    rule_ptr first_rule{};
    bool needs_anchor = false;   // yearly, calendar: owed in a year only when a conversation of
                                 // kind `anchor` fell due in that year before its window
    eligibility who{};
    lead_times leads{};
    std::array<agenda_part, careertalk::agenda::max_parts> agenda{
        agenda_part{}, agenda_part{}, agenda_part{}, agenda_part{}};
    record_rule record{};
    duration after_bijtekenen{};  // outcome "bijtekenen 5 jaar": next one due this long after
    rule_ptr outcome_rule{};  // the rule applied to outcomes (guide, part 3)

    constexpr bool ok() const noexcept {
        const bool needs_interval = every == rhythm::rolling || every == rhythm::once ||
                                    every == rhythm::after;
        return rule.is_set() && interval.ok() && (!needs_interval || !interval.zero()) &&
               first_month >= 1 && first_month <= last_month && last_month <= 12 &&
               count >= 1 && count <= 12 && (every != rhythm::after || anchor != kind) &&
               response.ok() && (on_request || response.zero()) &&
               (on_request || !once_a_year) && first.ok() &&
               (first.zero() || first_rule.is_set()) && who.ok() &&
               leads.preparation.ok() && leads.invitation.ok() && leads.topics.ok() &&
               (leads.rule.is_set() ||
                (leads.preparation.zero() && leads.invitation.zero() && leads.topics.zero())) &&
               record.deadline.ok() && record.reaction.ok() && record.keep_after_end.ok() &&
               (record.rule.is_set() || (!record.required && record.reaction.zero())) &&
               (!record.deadline_rule.is_set() || !record.deadline.zero()) &&
               after_bijtekenen.ok() && (after_bijtekenen.zero() || outcome_rule.is_set());
    }
};

// Something the employee may claim: career advice or a scan every N years, or a budget.
struct entitlement {
    obligation_kind kind = obligation_kind::loopbaanadvies;  // or loopbaanscan, loopbaanbudget
    rule_ptr rule{};
    duration every{};      // at most once per this, counted from the last one; for a budget,
                           // the period it covers; zero: once
    euros amount{};        // a budget; zero for a service or a sum the library cannot compute
    bool on_request = false;  // claimed by a request of `kind`; the period starts then
    eligibility who{};        // ages are judged on the request date (or on the as-of date)

    constexpr bool ok() const noexcept {
        return rule.is_set() && every.ok() && amount.cents >= 0 && who.ok();
    }
};

struct conversation_policy;

namespace detail {

constexpr period intersect(period a, period b) noexcept {
    period r{a.begin < b.begin ? b.begin : a.begin, a.end < b.end ? a.end : b.end};
    if (r.end < r.begin) r.end = r.begin;
    return r;
}

// Latest interview of `kind` in [from, to].
constexpr std::optional<year_month_day> last_held(const employee& e, obligation_kind kind,
                                                  year_month_day from,
                                                  year_month_day to) noexcept {
    std::optional<year_month_day> best;
    for (const interview& i : e.interviews)
        if (i.kind == kind && from <= i.date && i.date <= to && (!best || *best < i.date))
            best = i.date;
    return best;
}

// True when an obligation of `kind` fell due in the year of `opens`, before it.
constexpr bool due_in_year_before(const evaluation& out, obligation_kind kind,
                                  year_month_day opens) noexcept {
    for (const obligation& o : out.obligations)
        if (o.kind == kind && o.due_date.year() == opens.year() && o.due_date < opens) return true;
    return false;
}

constexpr void add_missing_once(evaluation& out, const rule_ref* rule, missing_fact m,
                                obligation_kind about) {
    for (const finding& f : out.findings)
        if (f.kind == finding_kind::missing && f.rule->id == rule->id && f.missing == m) return;
    finding f{};
    f.kind = finding_kind::missing;
    f.rule = rule;
    f.date = out.as_of;
    f.missing = m;
    f.about = about;
    f.why.push_back(rule);
    out.add(f);
}

inline constexpr agenda_item sign_akkoord_of_gezien[] = {
    {"nl.verslag.akkoord"_ct, nullptr,
     {.en = "Both sign 'for agreement' if they agree, otherwise 'seen' (voor gezien)"_ct,
      .fr = "Les deux signent « pour accord » s'ils sont d'accord, sinon « pour vu »"_ct,
      .nl = "Beiden tekenen 'voor akkoord' bij overeenstemming, anders 'voor gezien'"_ct}},
    {"nl.verslag.reactie"_ct, nullptr,
     {.en = "The employee may add a written reaction to the file"_ct,
      .fr = "Le salarié peut joindre une réaction écrite au dossier"_ct,
      .nl = "De medewerker kan een schriftelijke reactie aan het dossier toevoegen"_ct}}};
inline constexpr agenda_item sign_both[] = {
    {"nl.verslag.ondertekend"_ct, nullptr,
     {.en = "The record is signed by employer and employee"_ct,
      .fr = "Le compte rendu est signé par l'employeur et le salarié"_ct,
      .nl = "Het verslag wordt door werkgever en medewerker ondertekend"_ct}}};

constexpr std::span<const agenda_item> signing_items(signing s) noexcept {
    switch (s) {
        case signing::akkoord_of_gezien: return sign_akkoord_of_gezien;
        case signing::signed_by_both: return sign_both;
        case signing::none: break;
    }
    return {};
}

}  // namespace detail

// A dated conversation policy: a CAO version, an organisation's policy, or statute only.
struct conversation_policy {
    static constexpr careertalk::jurisdiction jurisdiction = careertalk::jurisdiction::nl;
    std::string_view name{};            // as in `--rules nl:<name>`
    rule_ptr source{};  // the agreement or policy as a whole
    period valid{};                     // valid from / to (half-open)
    yearly_reading yearly = yearly_reading::calendar_year;
    std::span<const conversation> conversations{};
    std::span<const entitlement> entitlements{};

    constexpr bool ok() const noexcept {
        if (!source.is_set() || !valid.ok() || valid.empty()) return false;
        for (const conversation& c : conversations)
            if (!c.ok()) return false;
        for (const entitlement& x : entitlements)
            if (!x.ok()) return false;
        return true;
    }

    // The same policy with the other reading of "once a year".
    constexpr conversation_policy with_yearly(yearly_reading r) const noexcept {
        conversation_policy p = *this;
        p.yearly = r;
        return p;
    }

    constexpr void evaluate(const employee& e, const company& c, year_month_day as_of,
                            evaluation& out) const;

    // The lead times, the conversation and its record for a meeting planned on `meeting`.
    constexpr void plan_meeting(const conversation& c, const employee& e, year_month_day meeting,
                                year_month_day as_of, evaluation& out) const {
        add(c, e, as_of, out, trigger_kind::conversation, meeting, meeting, meeting,
            detail::first_held(e, c.kind, meeting, as_of), &no_rule);
        add_leads(c, e, meeting, as_of, out);
        add_record_duties(c, e, meeting, as_of, out);
        add_record_advice(c, e, meeting, out);
    }

private:
    constexpr const rule_ref* yearly_rule() const noexcept {
        return yearly == yearly_reading::calendar_year ? &yearly_as_calendar_year
                                                       : &yearly_as_rolling;
    }

    constexpr careertalk::agenda agenda_for(const conversation& c, const employee& e,
                                            year_month_day on, evaluation& out) const {
        careertalk::agenda a{};
        for (const agenda_part& part : c.agenda) {
            bool applies = true;
            if (part.when == agenda_condition::years_in_function) {
                if (!e.function_start) {
                    detail::add_missing_once(out, c.rule, missing_fact::function_start, c.kind);
                    applies = false;
                } else {
                    applies = whole_years_between(*e.function_start, on) >= part.years;
                }
            } else if (part.when == agenda_condition::niet_tevreden_of_geen_grip) {
                applies = e.flags.niet_tevreden || e.flags.geen_grip;
            }
            if (applies) a.add(part.items);
        }
        return a;
    }

    // One conversation owed. `deadline` is the rule that set `due` when the conversation's
    // own rule does not (a library default); `exemption`, the rule by which it is not owed.
    constexpr void add(const conversation& c, const employee& e, year_month_day as_of,
                       evaluation& out, trigger_kind t, year_month_day trigger_date,
                       year_month_day window, year_month_day due,
                       std::optional<year_month_day> held, rule_ptr reading,
                       rule_ptr deadline = {}, rule_ptr exemption = {}) const {
        obligation o{};
        o.kind = c.kind;
        o.trigger = t;
        o.trigger_date = trigger_date;
        o.window_start = window;
        o.due_date = due;
        o.held_on = held;
        o.state = exemption ? status::not_required : status_on(due, held, as_of);
        o.rule = c.rule;
        o.exemption = exemption;
        o.deadline_rule = deadline;
        o.agenda = agenda_for(c, e, held.value_or(due), out);
        o.why.push_back(c.rule);
        if (reading.is_set()) o.why.push_back(reading);
        if (deadline && deadline->id != reading->id) o.why.push_back(deadline);
        o.why.push_back(source);
        o.why.push_back(&conventions::clamp_to_month_end);
        out.add(o);
    }

    constexpr void add_duty(obligation_kind k, const rule_ref* rule, const conversation& c,
                            const employee& e, year_month_day meeting, year_month_day window,
                            year_month_day due, std::span<const agenda_item> items,
                            year_month_day as_of, evaluation& out,
                            rule_ptr deadline = {}) const {
        obligation o{};
        o.kind = k;
        o.trigger = trigger_kind::conversation;
        o.trigger_date = meeting;
        o.window_start = window;
        o.due_date = due;
        o.held_on = detail::first_held(e, k, window, as_of);
        o.state = status_on(due, o.held_on, as_of);
        o.rule = rule;
        o.deadline_rule = deadline;
        o.agenda = careertalk::agenda{items};
        o.why.push_back(rule);
        if (deadline) o.why.push_back(deadline);
        o.why.push_back(c.rule);
        o.why.push_back(&conventions::clamp_to_month_end);
        out.add(o);
    }

    // Lead times before `meeting`: a record of the lead's kind in the year before the meeting
    // (or from the lead's due date, if earlier; never before hire) counts. A lead that would
    // fall before the hire date is not owed.
    constexpr void add_leads(const conversation& c, const employee& e, year_month_day meeting,
                             year_month_day as_of, evaluation& out) const {
        const lead_times& l = c.leads;
        auto lead = [&](obligation_kind k, duration ahead, std::span<const agenda_item> items) {
            const year_month_day due = before(meeting, ahead);
            if (ahead.zero() || due < e.hire_date) return;  // no lead before the employment
            year_month_day from = add_years(meeting, -1);
            if (due < from) from = due;
            if (from < e.hire_date) from = e.hire_date;
            add_duty(k, l.rule, c, e, meeting, from, due, items, as_of, out);
        };
        lead(obligation_kind::voorbereiding, l.preparation, l.preparation_agenda);
        lead(obligation_kind::uitnodiging, l.invitation, {});
        lead(obligation_kind::onderwerpen_medewerker, l.topics, {});
    }

    constexpr void advise(const rule_ref* rule, obligation_kind about, year_month_day date,
                          period review, evaluation& out) const {
        finding f{};
        f.kind = finding_kind::advisory;
        f.rule = rule;
        f.date = date;
        f.review = review;
        f.about = about;
        f.why.push_back(rule);
        f.why.push_back(source);
        out.add(f);
    }

    // The written record and POP after a conversation, when the rule sets a deadline.
    constexpr void add_record_duties(const conversation& c, const employee& e,
                                     year_month_day meeting, year_month_day as_of,
                                     evaluation& out) const {
        const record_rule& r = c.record;
        if (!r.required || r.deadline.zero()) return;
        const year_month_day due = after(meeting, r.deadline);
        const rule_ptr deadline = r.deadline_rule;
        add_duty(obligation_kind::verslag, r.rule, c, e, meeting, meeting, due,
                 detail::signing_items(r.sign), as_of, out, deadline);
        if (r.pop)
            add_duty(obligation_kind::pop, r.rule, c, e, meeting, meeting, due, {}, as_of, out,
                     deadline);
    }

    // Advisories after a conversation: a record the text gives no deadline, the employee's
    // reaction window, and how long the records are kept once the employment has ended.
    constexpr void add_record_advice(const conversation& c, const employee& e,
                                     year_month_day meeting, evaluation& out) const {
        const record_rule& r = c.record;
        if (r.required && r.deadline.zero())
            advise(r.rule, obligation_kind::verslag, meeting, {meeting, open_end}, out);
        if (!r.reaction.zero()) {
            const year_month_day last = after(meeting, r.reaction);
            advise(r.rule, obligation_kind::reactie, last, inclusive(meeting, last), out);
        }
        if (!r.keep_after_end.zero() && e.contract_end) {
            const year_month_day until = after(*e.contract_end, r.keep_after_end);
            advise(r.rule, obligation_kind::verslag, until, inclusive(meeting, until), out);
        }
    }

    // The conversations whose windows open in `span` (the employee qualifies, the policy and
    // the rule are in force). A due date never passes `last`, the last day the employee
    // qualifies (the contract's end, the AOW date); a CAO's term only stops new windows
    // opening: one opened in the term keeps the date the CAO gives it.
    constexpr void periodic(const conversation& c, const employee& e, period span,
                            year_month_day last, trigger_kind opened_by, year_month_day as_of,
                            evaluation& out) const {
        if (c.every == rhythm::yearly && yearly == yearly_reading::calendar_year) {
            const year_month_day end = span.last_day();
            const int to = static_cast<int>((as_of < end ? as_of : end).year());
            for (int y = static_cast<int>(span.begin.year()); y <= to; ++y) {
                const date::year yy{y};
                const year_month_day opens = yy / date::month{c.first_month} / 1;
                year_month_day ws = opens;
                year_month_day we = last_day_of_month(yy / date::month{c.last_month} / 1);
                if (ws < span.begin) ws = span.begin;
                if (last < we) we = last;
                // Started after the window opened (a hire in May): the first is due `first`
                // after the start, in that year, when that is later (cycle_first_planning).
                rule_ptr deadline{};
                if (!c.first.zero() && opens < span.begin &&
                    y == static_cast<int>(span.begin.year())) {
                    year_month_day f = after(span.begin, c.first);
                    if (yy / date::December / 31 < f) f = yy / date::December / 31;
                    if (last < f) f = last;
                    if (we < f) {
                        we = f;
                        deadline = c.first_rule;
                    }
                }
                if (we < ws) continue;
                if (c.needs_anchor && !detail::due_in_year_before(out, c.anchor, opens)) continue;
                // Held before next year's window opens, it is this year's (late after `we`);
                // a year-long window: an interview on 1 January is the new year's. None counts
                // once the employment has ended.
                // No next window (the CAO's term ends): it counts for this year, late.
                const year_month_day next_opens =
                    date::year{y + 1} / date::month{c.first_month} / 1;
                year_month_day until = span.contains(next_opens) ? add_days(next_opens, -1) : last;
                // The first one, late, is met by the next year's (a hire in December plans once).
                if (deadline)
                    until = last_day_of_month(date::year{y + 1} / date::month{c.last_month} / 1);
                if (last < until) until = last;
                add(c, e, as_of, out, trigger_kind::periodic, ws, ws, we,
                    detail::first_held(e, c.kind, ws, as_of < until ? as_of : until),
                    yearly_rule(), deadline);
            }
            return;
        }
        // None held after the employment has ended counts (yearly_as_rolling).
        const year_month_day counted_until =
            e.contract_end && *e.contract_end < as_of ? *e.contract_end : as_of;
        if (c.every == rhythm::yearly || c.every == rhythm::rolling) {
            const duration step = c.every == rhythm::yearly ? months(12) : c.interval;
            const rule_ptr reading = c.every == rhythm::yearly ? yearly_rule() : &no_rule;
            year_month_day t = span.begin;
            trigger_kind tk = opened_by;
            for (int guard = 0; guard < 100 && t < span.end && t <= as_of; ++guard) {
                const year_month_day from = tk == trigger_kind::periodic ? add_days(t, 1) : t;
                year_month_day due = after(t, step) < last ? after(t, step) : last;
                // The first one: due `first` after the start, when that is sooner.
                rule_ptr deadline{};
                if (tk != trigger_kind::periodic && !c.first.zero() && after(t, c.first) < due) {
                    due = after(t, c.first);
                    deadline = c.first_rule;
                }
                if (due < from) break;  // held on the last day it was owed
                const auto held = detail::first_held(e, c.kind, from, counted_until);
                add(c, e, as_of, out, tk, t, from, due, held, reading, deadline);
                if (!held) break;
                t = *held;
                tk = trigger_kind::periodic;
            }
            return;
        }
        if (c.every == rhythm::once) {
            if (span.begin > as_of) return;
            const year_month_day due = after(span.begin, c.interval);
            add(c, e, as_of, out, opened_by, span.begin, span.begin, due,
                detail::first_held(e, c.kind, span.begin, counted_until), &no_rule);
            return;
        }
        if (c.every == rhythm::after) {
            const std::size_t n = out.obligations.size();
            for (std::size_t i = 0; i < n; ++i) {
                const obligation& a = out.obligations[i];
                if (a.kind != c.anchor) continue;
                // From the anchor held by its due date, else from its due date: a late
                // anchor does not move what was already due (as poortwachter's evaluations).
                const year_month_day m =
                    a.held_on && !(a.due_date < *a.held_on) ? *a.held_on : a.due_date;
                for (int k = 1; k <= c.count; ++k) {
                    const year_month_day ws = after(m, c.interval.times(k - 1));
                    const year_month_day due = after(m, c.interval.times(k));
                    if (!span.contains(due)) continue;
                    const year_month_day late = add_days(after(m, c.interval.times(k + 1)), -1);
                    auto held = detail::first_held(e, c.kind, k == 1 ? ws : add_days(ws, 1),
                                                   late < counted_until ? late : counted_until);
                    add(c, e, as_of, out, trigger_kind::conversation, m, ws, due, held, &no_rule);
                }
            }
        }
    }

    constexpr void evaluate_conversation(const conversation& c, const employee& e,
                                         year_month_day as_of, evaluation& out) const {
        const qualifying q = qualifies(c.who, e);
        const rule_ref* rule = c.rule;
        if (q.missing != missing_fact::none) {
            detail::add_missing_once(out, c.rule, q.missing, c.kind);
            return;
        }
        const period span = detail::intersect(detail::intersect(q.when, valid), rule->in_force);
        if (span.empty()) return;
        const trigger_kind opened_by =
            q.when.begin < span.begin ? trigger_kind::regime_start : q.opened_by;
        const std::size_t first = out.obligations.size();
        periodic(c, e, span, q.when.last_day(), opened_by, as_of, out);

        for (const request& r : e.requests) {
            if (!c.on_request || r.kind != c.kind || as_of < r.date || !span.contains(r.date))
                continue;
            // Once a year (Kinderopvang 8.3): held earlier in the request's year, not owed.
            const year_month_day year_from = yearly == yearly_reading::calendar_year
                                                 ? r.date.year() / date::January / 1
                                                 : add_days(add_months(r.date, -12), 1);
            if (c.once_a_year &&
                detail::last_held(e, c.kind, year_from, add_days(r.date, -1))) {
                add(c, e, as_of, out, trigger_kind::request, r.date, r.date,
                    after(r.date, c.response), std::nullopt, yearly_rule(), nullptr, c.rule);
                continue;
            }
            if (c.response.zero()) {
                finding f{};
                f.kind = finding_kind::entitlement;
                f.rule = c.rule;
                f.date = r.date;
                f.about = c.kind;
                f.why.push_back(c.rule);
                f.why.push_back(source);
                out.add(f);
            } else {
                add(c, e, as_of, out, trigger_kind::request, r.date, r.date,
                    after(r.date, c.response), detail::first_held(e, c.kind, r.date, as_of),
                    &no_rule);
            }
        }
        for (const outcome& o : e.outcomes) {
            if (!c.outcome_rule.is_set() || as_of < o.date || !span.contains(o.date)) continue;
            if (o.kind == outcome_kind::bijtekenen_5_jaar && !c.after_bijtekenen.zero()) {
                const year_month_day from = add_days(o.date, 1);
                // A date the guide does not give: the outcome rule (a reading) sets it.
                add(c, e, as_of, out, trigger_kind::outcome, o.date, from,
                    after(o.date, c.after_bijtekenen), detail::first_held(e, c.kind, from, as_of),
                    c.outcome_rule, c.outcome_rule);
            } else if (o.kind == outcome_kind::herorientatie) {
                // The guide sets no follow-up date for reorientation: the policy must.
                advise(c.outcome_rule, c.kind, o.date, {o.date, open_end}, out);
            }
        }

        // Lead times count back from each conversation's due date, the latest day it may be
        // held (plan_meeting counts them from a planned date); the record follows each one
        // held; advisories follow the last one held. Every conversation keeps its own, so a
        // later as-of only adds to them.
        const std::size_t instances_end = out.obligations.size();
        for (std::size_t i = first; i < instances_end; ++i)
            if (out.obligations[i].kind == c.kind)
                add_leads(c, e, out.obligations[i].due_date, as_of, out);
        std::optional<year_month_day> latest;
        for (const interview& i : e.interviews) {
            if (i.kind != c.kind || as_of < i.date || !span.contains(i.date)) continue;
            add_record_duties(c, e, i.date, as_of, out);
            if (!latest || *latest < i.date) latest = i.date;
        }
        if (latest) add_record_advice(c, e, *latest, out);
    }

    constexpr void evaluate_entitlement(const entitlement& x, const employee& e,
                                        year_month_day as_of, evaluation& out) const {
        const qualifying q = qualifies(x.who, e);
        const rule_ref* rule = x.rule;
        if (q.missing != missing_fact::none) {
            detail::add_missing_once(out, x.rule, q.missing, x.kind);
            return;
        }
        const period span = detail::intersect(detail::intersect(q.when, valid), rule->in_force);
        auto grant = [&](finding_kind k, year_month_day from, euros amount) {
            finding f{};
            f.kind = k;
            f.rule = x.rule;
            f.date = from;
            // A right with no period runs while the employee qualifies: the CAO's term only
            // limits when it is granted.
            f.review = {from, x.every.zero() ? q.when.end : after(from, x.every)};
            f.amount = amount;
            f.about = x.kind;
            f.why.push_back(x.rule);
            f.why.push_back(source);
            f.why.push_back(&conventions::clamp_to_month_end);
            out.add(f);
        };
        // Available from the start, or `every` after the last one used before `on`.
        auto available_from = [&](year_month_day on) {
            year_month_day from = span.begin;
            const auto used = detail::last_held(e, x.kind, e.hire_date, add_days(on, -1));
            if (used && !x.every.zero() && from < after(*used, x.every))
                from = after(*used, x.every);
            return from;
        };
        if (!x.on_request) {
            if (span.empty() || as_of < span.begin) return;
            const year_month_day from = available_from(add_days(as_of, 1));
            if (from < span.end) grant(finding_kind::entitlement, from, x.amount);
            return;
        }
        for (const request& r : e.requests) {
            if (r.kind != x.kind || as_of < r.date || !span.contains(r.date)) continue;
            year_month_day from = available_from(r.date);
            // A budget already claimed, under this rule or an earlier version of it.
            for (const request& earlier : e.requests)
                if (earlier.kind == x.kind && earlier.date < r.date && !x.every.zero() &&
                    from < after(earlier.date, x.every))
                    from = after(earlier.date, x.every);
            if (from <= r.date)
                grant(finding_kind::entitlement, r.date, x.amount);
            else
                grant(finding_kind::advisory, from, euros{});  // not yet: available from
        }
    }
};

constexpr void conversation_policy::evaluate(const employee& e, const company&, year_month_day as_of,
                                evaluation& out) const {
    poortwachter(e, as_of, out);  // statute, under every policy
    if (conversations.empty()) {
        detail::add_missing_once(out, &no_statutory_conversation, missing_fact::policy,
                                 obligation_kind::loopbaangesprek);
    }
    if (!valid.contains(as_of)) advise(source, obligation_kind::loopbaangesprek, as_of,
                                       valid, out);
    for (const conversation& c : conversations) evaluate_conversation(c, e, as_of, out);
    for (const entitlement& x : entitlements) evaluate_entitlement(x, e, as_of, out);
}

// Statute only: the Poortwachter timeline, and the finding that no conversation is due.
inline constexpr conversation_policy wet{
    .name = "wet"_ct,
    .source = &no_statutory_conversation,
    .valid = {date::year{1900} / 1 / 1, open_end},
};

}  // namespace careertalk::nl
