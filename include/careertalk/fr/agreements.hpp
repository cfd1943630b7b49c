// careertalk/fr/agreements.hpp: a French collective agreement (branch or company) on career
// interviews as a constexpr, dated policy composed with the law: careertalk::fr::accord.
//
// An accord runs the law's whole schedule (fr/law.hpp) and changes only what an agreement may
// change: the periodicity (C. trav. L6315-1 III) and the delays the law leaves open (return and
// end-of-mandate interviews). It adds what only the agreement grants: interviews on request,
// after a transfer between contractors, a conventional review, a stand-alone pre-60 interview,
// notice. The law wins where it is stricter (docs/fr/readings.md#agreements):
//   - before 2019-01-01 an agreement could not lengthen the two years (a shorter one binds);
//   - from 2019-01-01 it sets the periodicity, but the first-year EPP of the 2025 law stays;
//   - a rule that can leave more than 4 years between two interviews is capped from 2026-10-01
//     (loi 2025-989 art. 3 II), from its conclusion for an agreement made after the reform, and
//     such an agreement is not ok();
//   - a conventional review never replaces the statutory état des lieux on which the abondement
//     is assessed: both are listed, and only the statutory one is assessed.
// Each date names the rule that produced it: `rule` is the clause when the agreement's date
// governs and the law's rule when the law's does; `why` lists both.
#pragma once

#include <careertalk/fr/law.hpp>

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace careertalk::inline v0::fr {

namespace rules {

inline constexpr rule_ref faveur{
    .id = "fr.L2251-1.faveur"_ct,
    .citation = "C. trav., art. L2251-1 (v1, LEGIARTI000006901772; principe de faveur)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "The agreement's earlier date binds where the law cannot be departed from"_ct,
              .fr = "L'échéance conventionnelle plus favorable s'applique"_ct,
              .nl = "De gunstigere termijn van het akkoord geldt"_ct},
    .basis = authority::statute,
    .reading = "Before 2019 and for the first-year EPP an agreement may only shorten the law's "
               "delay [I]."_ct};

inline constexpr rule_ref loi_plus_stricte{
    .id = "fr.agreement.law-stricter"_ct,
    .citation = "C. trav., art. L6315-1, I and III (v2 LEGIARTI000028698019 to v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "The law is stricter here: its date prevails over the agreement's"_ct,
              .fr = "La loi est plus stricte : son échéance prévaut sur celle de l'accord"_ct,
              .nl = "De wet is strenger: haar termijn gaat vóór die van het akkoord"_ct},
    .basis = authority::interpretation,
    .reading = "Before 2019-01-01 the two years could not be lengthened; the first-year EPP "
               "(2025) cannot be changed by agreement."_ct};

inline constexpr rule_ref revue_conventionnelle{
    .id = "fr.agreement.review"_ct,
    .citation = "C. trav., art. L6315-1, II and III (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Conventional review: owed under the agreement, besides the statutory état "
                    "des lieux"_ct,
              .fr = "Bilan conventionnel : dû au titre de l'accord, en plus de l'état des lieux "
                    "légal"_ct,
              .nl = "Conventionele terugblik: verschuldigd volgens het akkoord, naast de "
                    "wettelijke"_ct},
    .basis = authority::interpretation,
    .reading = "The abondement is assessed on the statutory 8 years only; the conventional "
               "review is listed from 2025-10-26, when the two periods part."_ct};

inline constexpr rule_ref non_etendu{
    .id = "fr.L2262-1.not-extended"_ct,
    .citation = "C. trav., art. L2262-1 (v1, LEGIARTI000006901810) and L2261-15 (v1 "
                "LEGIARTI000006901793, v2 LEGIARTI000042654539): an agreement not extended "
                "binds only the members of the signatory organisations"_ct,
    .in_force = {date::year{1982} / 11 / 14, open_end},
    .title = {.en = "Agreement not extended: binding only on members of the signatory "
                    "organisations"_ct,
              .fr = "Accord non étendu : applicable aux seuls adhérents des organisations "
                    "signataires"_ct,
              .nl = "Niet algemeen verbindend verklaard: bindt alleen leden van de "
                    "ondertekenende organisaties"_ct},
    .basis = authority::statute,
    .reading = "Selecting the preset says the employer is a member; otherwise use the law."_ct};

}  // namespace rules

// How an agreement counts the time to the next interview.
enum class counting : std::uint8_t {
    calendar_months,  // ref + N months, clamped (CPC 641)
    calendar_years,   // by 31 December of the Nth calendar year after ref's (IDCC 1527)
    months_worked,    // N months each at least partly worked (IDCC 1090)
};
BOOST_DESCRIBE_ENUM(counting, calendar_months, calendar_years, months_worked)

// The periodicity clause (L6315-1 III).
struct periodicity {
    int every = 0;  // months, or calendar years for counting::calendar_years; 0: none
    counting unit = counting::calendar_months;
    int first_within = 0;      // months from hire to the first interview; 0: `every`
    int tolerance_months = 0;  // may be held this long after the previous one's anniversary
    int small_every = 0;       // `every` in companies with fewer than `small_below` employees
    int small_below = 0;
    const rule_ref* rule = nullptr;
};

// At least `interviews` per frame of `years` years from hire (of the statutory review cycle
// when 0: 6 years, 8 once the 2025 law reaches it), each `spacing_months` apart.
struct quota {
    int interviews = 0;
    int years = 0;
    int spacing_months = 0;
    int every_on_request = 0;  // months between interviews when asked in the frame's first year
    bool suspensions_postpone = false;  // a suspension pushes the frame's end back (IDCC 2216)
    const rule_ref* rule = nullptr;
};

// An interview the employee may ask for (e.requests of an interview kind).
struct on_request {
    bool granted = false;
    int unless_held_within_months = 0;  // refused when one was held that recently
    int offer_within_days = 0;          // 0: the text gives no delay (an entitlement)
    bool flagged_only = false;          // only for employee_flags::flagged_group (IDCC 573)
    const rule_ref* rule = nullptr;
};

// Delays the law leaves open, and notice.
struct delays {
    int return_days = 0;  // return interview after maternity, adoption, parental leave
    const rule_ref* return_rule = nullptr;
    int mandate_months = 0;  // end-of-mandate interview, from the mandate's last day
    const rule_ref* mandate_rule = nullptr;
    int notice_days = 0;  // the employee is told of the date and object this long before
    const rule_ref* notice_rule = nullptr;
};

// The interview after a transfer between contractors (e.transfers).
struct transfer_clause {
    int within_months = 0;  // months from the transfer
    int cycle_years = 0;    // otherwise by the end of the running cycle of this many years
    const rule_ref* rule = nullptr;
};

// A review kept apart from the statutory état des lieux.
struct review_clause {
    int years = 0;
    counting unit = counting::calendar_months;  // calendar_years: during the year of the Nth
                                                // anniversary, before N + 1 years (IDCC 1527)
    const rule_ref* rule = nullptr;
};

// Interviews owed after events recorded in the facts (IDCC 1090).
struct event_triggers {
    bool after_certification = false;   // after a certification obtained (e.certifications)
    bool before_function_change = false;  // before a change of function (outcome recorded)
    int after_failed_exam_months = 0;     // within N months of the employer learning of it
    const rule_ref* rule = nullptr;
};

// An agreement on career interviews, in force over `in_force`.
struct accord;

namespace accord_detail {

// The law with an agreement's periodicity: the hook of fr::schedule (periodic_deadline_of).
struct accord_law : law_policy {
    const accord* clauses = nullptr;
    int every = 0;  // the periodicity for this company (IDCC 1527 depends on its size)

    constexpr deadline periodic_deadline(const employee& e, year_month_day ref, bool from_hire,
                                         agreement, year_month_day as_of) const;
};

// The last day of the calendar year `years` after d's.
constexpr year_month_day end_of_year_after(year_month_day d, int years) noexcept {
    return (d.year() + date::years{years}) / date::December / 31;
}

// A calendar month [first, first + 1 month) with no day worked: one absence known on as_of
// covers it (an absence still running is taken to end on as_of).
constexpr bool month_not_worked(const employee& e, year_month_day first,
                                year_month_day as_of) noexcept {
    const year_month_day last = last_day_of_month(first);
    for (const absence& a : e.absences) {
        if (as_of < a.start) continue;
        const year_month_day end = a.end ? *a.end : as_of;
        if (!(first < a.start) && !(end < last)) return true;
    }
    return false;
}

// ref + n months at least partly worked: each later calendar month without work adds one. An
// absence still running counts as known on the deadline reached: a deadline already passed is
// not pushed back by the rest of its month (issue 9: what was decided stays).
constexpr year_month_day months_worked_after(const employee& e, year_month_day ref, int n,
                                             year_month_day as_of) noexcept {
    int skipped = 0;
    for (int guard = 0; guard < 480; ++guard) {
        const year_month_day due = add_months(ref, n + skipped);
        int k = 0;
        for (year_month_day m = add_months(ref.year() / ref.month() / 1, 1); !(due < m);
             m = add_months(m, 1))
            k += month_not_worked(e, m, std::min(as_of, due));
        if (k == skipped) return due;
        skipped = k;
    }
    return add_months(ref, n + skipped);
}

// Days of the absences known on as_of inside [from, to) (one still running ends on as_of).
constexpr int days_absent(const employee& e, year_month_day from, year_month_day to,
                          year_month_day as_of) noexcept {
    int n = 0;
    for (const absence& a : e.absences) {
        if (as_of < a.start) continue;
        const year_month_day b = std::max(a.start, from);
        const year_month_day x = std::min(add_days(a.end ? *a.end : as_of, 1), to);
        if (b < x) n += days_between(b, x);
    }
    return n;
}

constexpr int count_held(const employee& e, year_month_day from, year_month_day to,
                         year_month_day as_of) noexcept {
    int n = 0;
    for (const interview& i : e.interviews)
        n += detail::is_interview(i.kind) && !(i.date < from) && !(to < i.date) && !(as_of < i.date);
    return n;
}

}  // namespace accord_detail

struct accord {
    static constexpr careertalk::jurisdiction jurisdiction = careertalk::jurisdiction::fr;
    std::uint16_t idcc = 0;  // 0: a company agreement
    std::string_view name{};  // `--rules fr:<name>`, e.g. "idcc-3043"
    labels title{};
    year_month_day concluded{};  // signature: before 2025-10-26 the art. 3 II deferral applies
    period in_force{};           // the clauses apply to dates in it
    bool extended = true;        // false: binds only members of the signatory organisations
    periodicity periodic{};
    quota frame{};
    on_request demande{};  // interviews on request
    delays delay{};
    transfer_clause transfer{};
    review_clause review{};
    event_triggers events{};
    const rule_ref* pre60 = nullptr;  // a stand-alone interview between 58 and 60 (IDCC 176)
    const rule_ref* source = nullptr;  // the agreement's main clause (catalogue, advisories)
    law_policy law = fr::law;              // the readings of the law it composes with

    // Longest gap the clauses allow between two interviews, in months (no absence counted).
    constexpr int max_gap_months() const noexcept {
        int gap = 0;
        const int every = std::max(periodic.every, periodic.small_every);
        if (periodic.unit == counting::calendar_years)
            gap = 12 * (every + 1) - 1;  // 1 January to 31 December N years later
        else if (every > 0)
            gap = every + periodic.tolerance_months;
        if (frame.interviews > 0 && periodic.every == 0) {
            const int years = frame.years > 0 ? frame.years : 8;
            gap = 24 * years - 2 * (frame.interviews - 1) * frame.spacing_months;
        }
        return gap;
    }

    // False for an agreement the law forbids: a negative delay, a date that is not one, or,
    // concluded from 2025-10-26, a rule that can leave more than 4 years (L6315-1 III v7).
    constexpr bool ok() const noexcept {
        if (!concluded.ok() || !in_force.ok() || !law.ok()) return false;
        for (int v : {periodic.every, periodic.first_within, periodic.tolerance_months,
                      periodic.small_every, periodic.small_below, frame.interviews, frame.years,
                      frame.spacing_months, frame.every_on_request,
                      demande.unless_held_within_months, demande.offer_within_days,
                      events.after_failed_exam_months,
                      delay.return_days, delay.mandate_months, delay.notice_days,
                      transfer.within_months, transfer.cycle_years, review.years})
            if (v < 0) return false;
        return concluded < loi_2025 || max_gap_months() <= 48;
    }

    // Whether the clauses apply on d.
    constexpr bool applies(year_month_day d) const noexcept { return in_force.contains(d); }

    // The periodicity for company c (IDCC 1527: by headcount; unknown: the shorter one).
    constexpr int every_for(const company& c) const noexcept {
        if (periodic.small_below > 0 && c.headcount && *c.headcount < periodic.small_below)
            return periodic.small_every;
        return periodic.every;
    }

    // The frame [begin, end) of the quota containing d (frames from hire; the statutory
    // cycle of 6, then 8 years, from hire or 2014-03-07 when frame.years is 0).
    constexpr period frame_of(const employee& e, year_month_day d, year_month_day as_of,
                              year_month_day suspensions_until = open_end) const {
        year_month_day start = frame.years > 0 ? e.hire_date : std::max(e.hire_date, loi_2014);
        // Ends: a frame lasts a year or more and a valid date is before year 10000 (ok()), so
        // this reaches d however far it is from hire (not a fixed count of frames: fuzzing
        // found an interview 1,000 years after hire).
        for (;;) {
            const int years = frame.years > 0
                                  ? frame.years
                                  : review_years(start, add_years(start, 6), as_of);
            const year_month_day nominal = add_years(start, years);
            year_month_day end = nominal;
            for (int i = 0; frame.suspensions_postpone && i < 8; ++i) {
                const year_month_day next = add_days(
                    nominal,
                    accord_detail::days_absent(e, start, end, std::min(as_of, suspensions_until)));
                if (next == end) break;
                end = next;
            }
            if (d < end) return {start, end};
            start = end;
        }
    }

    constexpr void evaluate(const employee& e, const company& c, year_month_day as_of,
                            evaluation& out) const;

    // The abondements the statutory reviews will cost by `until` if nothing more is done, on
    // the agreement's periodicity (law_policy::outlook; docs/fr/penalty.md#outlook).
    review_outlooks outlook(const employee& e, const company& c, year_month_day as_of,
                            year_month_day until) const;

private:
    constexpr void adjust_delays(const employee& e, year_month_day as_of, evaluation& out) const;
    constexpr void add_requests(const employee& e, year_month_day as_of, evaluation& out) const;
    constexpr void add_transfers(const employee& e, year_month_day as_of, evaluation& out) const;
    constexpr void add_reviews(const employee& e, year_month_day as_of, evaluation& out) const;
    constexpr void add_events(const employee& e, year_month_day as_of, evaluation& out) const;
    constexpr void add_pre60(const employee& e, year_month_day as_of, evaluation& out) const;
    constexpr void add_notices(year_month_day as_of, evaluation& out) const;

    friend struct accord_detail::accord_law;
    // The agreement's own deadline after ref (the earliest of its clauses), with its clause.
    constexpr std::optional<deadline> own_deadline(const employee& e, year_month_day ref,
                                                   bool from_hire, int every,
                                                   year_month_day as_of) const;
};

constexpr std::optional<deadline> accord::own_deadline(const employee& e, year_month_day ref,
                                                       bool from_hire, int every,
                                                       year_month_day as_of) const {
    if (!applies(as_of)) return std::nullopt;
    deadline d{};
    const auto consider = [&](year_month_day due, const rule_ref* rule) {
        if (!d.rule || due < d.due) {
            d.due = due;
            d.rule = rule;
        }
    };
    if (from_hire && periodic.first_within > 0) {
        consider(add_months(ref, periodic.first_within), periodic.rule);
    } else if (every > 0) {
        switch (periodic.unit) {
            case counting::calendar_months:
                consider(add_months(ref, every + (from_hire ? 0 : periodic.tolerance_months)),
                         periodic.rule);
                break;
            case counting::calendar_years:
                consider(accord_detail::end_of_year_after(ref, every), periodic.rule);
                break;
            case counting::months_worked:
                consider(accord_detail::months_worked_after(e, ref, every, as_of), periodic.rule);
                break;
        }
    }
    if (frame.interviews > 0) {
        // The deadline with the suspensions started by `until`.
        const auto frame_due = [&](year_month_day until) {
            period f = frame_of(e, ref, as_of, until);
            int held = from_hire ? 0 : accord_detail::count_held(e, f.begin, ref, as_of);
            if (held >= frame.interviews) {
                f = frame_of(e, f.end, as_of, until);
                held = 0;
            }
            const int left = frame.interviews - held;
            year_month_day due =
                add_days(add_months(f.end, -(left - 1) * frame.spacing_months), -1);
            // Too late to fit them all: the frame's last day, not a date before the last one [I].
            if (due < ref) due = add_days(f.end, -1);
            return std::pair{f, due};
        };
        // A suspension pushes back only a deadline not yet passed when it starts: from the
        // deadline without suspensions, add those started by the deadline reached (issue 9:
        // a deadline decided on an earlier as-of date stays).
        auto [f, due] = frame_due(ref);
        for (int i = 0; i < 16; ++i) {
            const auto next = frame_due(due);
            if (!(due < next.second)) break;
            f = next.first;
            due = next.second;
        }
        consider(due, frame.rule);
        if (frame.every_on_request > 0)
            for (const request& r : e.requests)
                if (detail::is_interview(r.kind) && !(as_of < r.date) && f.contains(r.date) &&
                    r.date < add_years(f.begin, 1))
                    consider(std::max(add_months(ref, frame.every_on_request), r.date),
                             frame.rule);  // not before the request: never retroactive
    }
    if (!d.rule) return std::nullopt;
    d.why.push_back(d.rule);
    return d;
}

namespace accord_detail {

constexpr deadline accord_law::periodic_deadline(const employee& e, year_month_day ref,
                                                 bool from_hire, agreement,
                                                 year_month_day as_of) const {
    deadline by_law = fr::periodic_deadline(ref, from_hire, agreement{}, as_of, first_year,
                                            long_agreement);
    const auto own = clauses->own_deadline(e, ref, from_hire, every, as_of);
    // A clause governs the deadlines that fall while it is in force, under the law and under
    // the clause; one already past when it came into force stays the law's [I].
    if (!own || !clauses->applies(own->due) || !clauses->applies(by_law.anchor)) return by_law;
    // Before 2019 and for the 2025 first-year EPP the agreement may only shorten the law's.
    // (Rules compared by id: GCC's -fsanitize=null makes address comparisons non-constant.)
    const bool law_floor = ref < loi_2018 || by_law.rule->id == rules::premiere_annee_2025.id;
    if (law_floor) {
        if (!(own->due < by_law.anchor)) {
            by_law.why.push_back(&rules::loi_plus_stricte);
            by_law.why.push_back(own->rule);
            return by_law;
        }
    }
    deadline d = *own;
    const bool under_2025 = !(as_of < loi_2025) && !(d.due < loi_2025);
    const bool pre_reform = clauses->concluded < loi_2025;
    if (law_floor)
        d.why.push_back(&rules::faveur);
    else
        d.why.push_back(!under_2025 ? &rules::accord_2019
                                    : pre_reform ? &rules::accords_anterieurs : &rules::accord_2025);
    // loi 2025-989 art. 3 II: no more than 4 years from 2026-10-01 (from the conclusion of an
    // agreement made after the reform), read as the law's policy reads a long agreement.
    const year_month_day cap_from = pre_reform ? accords_2026 : clauses->concluded;
    if (under_2025 && !(d.due < cap_from) && add_years(ref, 4) < d.due) {
        const year_month_day agreed = d.due;
        d.rule = &rules::periodique_2025;
        d.why = {};
        d.why.push_back(d.rule);
        d.why.push_back(pre_reform ? &rules::accords_anterieurs : &rules::accord_2025);
        if (long_agreement == agreement_reading::direct) {
            d.due = std::max(add_years(ref, 4), cap_from);
            d.why.push_back(&rules::accord_direct);
        } else {
            d.due = std::min(add_years(std::max(ref, cap_from), 4), agreed);  // as epp_deadline
            d.why.push_back(&rules::accord_2222);
        }
        d.why.push_back(own->rule);
    }
    // Counted from an interview (or a hire) before the clause or the 2025 text: the law's
    // periodic rule in force on it started the clock.
    const rule_ref* started = ref < loi_2025 ? &rules::periodique_2014 : &rules::periodique_2025;
    if (!d.rule->in_force_on(ref) && std::none_of(d.why.begin(), d.why.end(), [&](const rule_ref* r) {
            return r->id == started->id;  // by id: see above
        }))
        d.why.push_back(started);
    d.anchor = d.due;
    if (!(d.due < covid_first_due) && !(covid_deadline < d.due) && !(as_of < covid_first_due)) {
        d.due = covid_deadline;
        d.why.push_back(&rules::covid_report);
    }
    d.why.push_back(&conventions::clamp_to_month_end);
    return d;
}

constexpr obligation_kind interview_kind_on(year_month_day d, year_month_day as_of) noexcept {
    return d < loi_2025 || as_of < loi_2025 ? obligation_kind::entretien_professionnel
                                            : obligation_kind::entretien_parcours_professionnel;
}

}  // namespace accord_detail

constexpr void accord::evaluate(const employee& e, const company& c, year_month_day as_of,
                                evaluation& out) const {
    const accord_detail::accord_law with_clauses{law, this, every_for(c)};
    if (periodic.small_below > 0 && !c.headcount && applies(as_of)) {
        finding f{};
        f.kind = finding_kind::missing;
        f.rule = periodic.rule;
        f.date = as_of;
        f.missing = missing_fact::headcount;
        f.about = accord_detail::interview_kind_on(as_of, as_of);
        f.why.push_back(periodic.rule);
        out.add(f);
    }
    if (!extended && applies(as_of)) {
        finding f{};
        f.kind = finding_kind::advisory;
        f.rule = &rules::non_etendu;
        f.date = in_force.begin;
        f.about = accord_detail::interview_kind_on(as_of, as_of);
        f.why.push_back(source);
        out.add(f);
    }
    // The law's sequence with the agreement's periodicity and delays. The abondement is
    // assessed on the statutory états des lieux and the interviews the law and the periodicity
    // make due, before the agreement's own additions.
    law.evaluate_with(with_clauses, e, c, as_of, out,
                      [&](evaluation& scheduled) { adjust_delays(e, as_of, scheduled); });
    add_requests(e, as_of, out);
    add_transfers(e, as_of, out);
    add_reviews(e, as_of, out);
    add_events(e, as_of, out);
    add_pre60(e, as_of, out);
    add_notices(as_of, out);
}

inline review_outlooks accord::outlook(const employee& e, const company& c, year_month_day as_of,
                                       year_month_day until) const {
    return outlook_under(law, *this, accord_detail::accord_law{law, this, every_for(c)}, e, c,
                         as_of, until);
}

// Return and end-of-mandate interviews: the agreement's delay replaces "à l'issue".
constexpr void accord::adjust_delays(const employee& e, year_month_day as_of,
                                     evaluation& out) const {
    for (obligation& o : out.obligations) {
        if (o.kind != obligation_kind::entretien_retour || o.state == status::not_required ||
            !applies(o.trigger_date))
            continue;
        int days = 0;
        const rule_ref* rule = nullptr;
        if (o.trigger == trigger_kind::end_of_mandate && delay.mandate_months > 0) {
            const year_month_day end = add_days(o.trigger_date, -1);
            days = days_between(o.trigger_date, add_months(end, delay.mandate_months));
            rule = delay.mandate_rule;
        } else if (o.trigger == trigger_kind::return_from_absence && delay.return_days > 0) {
            for (const absence& a : e.absences)
                if (a.resumption() == o.trigger_date &&
                    (a.kind == absence_kind::conge_maternite ||
                     a.kind == absence_kind::conge_adoption ||
                     a.kind == absence_kind::conge_parental_education ||
                     a.kind == absence_kind::temps_partiel_parental)) {
                    days = delay.return_days;
                    rule = delay.return_rule;
                }
        }
        if (!rule) continue;
        o.due_date = add_days(o.trigger_date, days);
        o.deadline_rule = nullptr;  // the agreement's own delay, not the library default
        o.state = status_on(o.due_date, o.held_on, as_of);
        explanation why{};
        why.push_back(rule);
        for (const rule_ref* r : o.why)
            if (!why.full()) why.push_back(r);
        o.why = why;
        o.rule = rule;
    }
}

// Interviews asked for by the employee.
constexpr void accord::add_requests(const employee& e, year_month_day as_of,
                                    evaluation& out) const {
    if (!demande.granted) return;
    for (const request& r : e.requests) {
        if (!detail::is_interview(r.kind) || as_of < r.date || !applies(r.date)) continue;
        if (demande.flagged_only && !e.flags.flagged_group) continue;
        const year_month_day since = add_months(r.date, -demande.unless_held_within_months);
        if (demande.unless_held_within_months > 0 &&
            accord_detail::count_held(e, since, add_days(r.date, -1), as_of) > 0)
            continue;
        if (demande.offer_within_days == 0) {
            finding f{};
            f.kind = finding_kind::entitlement;
            f.rule = demande.rule;
            f.date = r.date;
            f.about = accord_detail::interview_kind_on(r.date, as_of);
            f.why.push_back(demande.rule);
            out.add(f);
            continue;
        }
        obligation o = detail::make(accord_detail::interview_kind_on(r.date, as_of),
                                    trigger_kind::request, r.date, r.date,
                                    add_days(r.date, demande.offer_within_days),
                                    detail::first_held(e, r.date, open_end, as_of), demande.rule,
                                    as_of);
        o.why.push_back(demande.rule);
        o.agenda = detail::base_for(o, as_of);
        out.add(o);
    }
}

// The interview the incoming contractor owes a transferred employee.
constexpr void accord::add_transfers(const employee& e, year_month_day as_of,
                                     evaluation& out) const {
    if (!transfer.rule) return;
    for (const dated_fact& t : e.transfers) {
        if (as_of < t.date || !applies(t.date)) continue;
        year_month_day due = add_months(t.date, transfer.within_months);
        if (transfer.within_months == 0 && transfer.cycle_years > 0) {
            year_month_day end = e.hire_date;  // seniority is kept on a transfer
            while (!(t.date < end)) end = add_years(end, transfer.cycle_years);
            due = add_days(end, -1);
        }
        obligation o = detail::make(accord_detail::interview_kind_on(t.date, as_of),
                                    trigger_kind::transfer, t.date, t.date, due,
                                    detail::first_held(e, t.date, open_end, as_of), transfer.rule,
                                    as_of);
        o.why.push_back(transfer.rule);
        o.why.push_back(&conventions::clamp_to_month_end);
        o.agenda = detail::base_for(o, as_of);
        out.add(o);
    }
}

// The conventional review, listed from 2025-10-26 when the statutory one became 8 years.
constexpr void accord::add_reviews(const employee& e, year_month_day as_of,
                                   evaluation& out) const {
    if (review.years <= 0 || as_of < loi_2025) return;
    std::optional<year_month_day> previous;
    for (int k = 1; k < 16; ++k) {
        const int years = k * review.years;
        const year_month_day due =
            review.unit == counting::calendar_years
                ? std::min(accord_detail::end_of_year_after(e.hire_date, years),
                           add_days(add_years(e.hire_date, years + 1), -1))
                : add_years(e.hire_date, years);
        const year_month_day from = add_years(due, -1);
        // A cycle whose statutory 6 years ran out before the reform keeps the law's review; it
        // and a cycle before the clause owe nothing here, so they take no review held late.
        const bool listed = !(add_years(e.hire_date, years) < loi_2025) && applies(due);
        auto held =
            listed ? detail::first_held(e, previous ? std::max(from, add_days(*previous, 1)) : from,
                                        open_end, as_of, true)
                   : std::nullopt;
        // As the law's (fr/schedule.hpp): after the contract's end, a review does not count.
        if (held && detail::ended_before(e, due) && *e.contract_end < *held) held.reset();
        if (held) previous = held;
        if (!held && detail::ended_before(e, due)) return;
        if (listed) {
            // Hired before the clause: the review is owed from the clause's first day, on the
            // seniority counted from hire.
            const year_month_day first_day = review.rule->in_force.begin;
            const bool arises = e.hire_date < first_day;
            obligation o = detail::make(
                obligation_kind::etat_des_lieux,
                arises ? trigger_kind::regime_start : trigger_kind::seniority,
                arises ? first_day : e.hire_date, from, due, held, review.rule, as_of);
            o.why.push_back(review.rule);
            o.why.push_back(&rules::revue_conventionnelle);
            o.why.push_back(&conventions::clamp_to_month_end);
            o.agenda = detail::base_for(o, as_of);
            out.add(o);
        }
        if (as_of < due) return;
    }
}

// Interviews after a certification, before a change of function, after a failed exam.
constexpr void accord::add_events(const employee& e, year_month_day as_of,
                                  evaluation& out) const {
    if (!events.rule) return;
    const auto add = [&](trigger_kind trigger, year_month_day date, year_month_day due) {
        if (as_of < date || !applies(date)) return;
        obligation o = detail::make(accord_detail::interview_kind_on(date, as_of), trigger, date, date,
                                    due, detail::first_held(e, date, open_end, as_of),
                                    events.rule, as_of);
        o.why.push_back(events.rule);
        o.agenda = detail::base_for(o, as_of);
        out.add(o);
    };
    if (events.after_certification)
        for (const dated_fact& f : e.certifications) add(trigger_kind::certification, f.date, f.date);
    for (const outcome& x : e.outcomes) {
        if (x.kind == outcome_kind::changement_fonction && events.before_function_change)
            add(trigger_kind::outcome, x.date, x.date);
        if (x.kind == outcome_kind::examen_echec && events.after_failed_exam_months > 0)
            add(trigger_kind::outcome, x.date, add_months(x.date, events.after_failed_exam_months));
    }
}

// A stand-alone end-of-career interview in [58, 60) where the law only adds items.
constexpr void accord::add_pre60(const employee& e, year_month_day as_of, evaluation& out) const {
    if (!pre60 || !e.birth_date || as_of < loi_2025) return;
    const period window{birthday(*e.birth_date, 58), birthday(*e.birth_date, 60)};
    const year_month_day from = std::max({window.begin, loi_2025, e.hire_date});
    if (!(from < window.end) || !applies(std::min(window.last_day(), as_of)) ||
        detail::ended_before(e, from))
        return;
    // The first held from `from`; after the 60th birthday it is late, not missing (as the
    // law's, fr/schedule.hpp).
    std::optional<year_month_day> held;
    for (const interview& i : e.interviews)
        if (i.kind == obligation_kind::entretien_fin_carriere && !(i.date < from) &&
            !(as_of < i.date) && (!held || i.date < *held))
            held = i.date;
    // As the law's (fr/schedule.hpp): a 58th birthday before 2025-10-26 is owed from then.
    const bool arises = window.begin < loi_2025;
    obligation o = detail::make(obligation_kind::entretien_fin_carriere,
                                arises ? trigger_kind::regime_start : trigger_kind::age,
                                arises ? loi_2025 : window.begin, from, window.last_day(), held,
                                pre60, as_of);
    o.why.push_back(pre60);
    o.why.push_back(&rules::fin_carriere);
    o.why.push_back(&conventions::age_on_birthday);
    o.agenda = detail::base_for(o, as_of);
    o.agenda.add(agendas::fin_carriere);
    // The law's own (administrative reading) gives way to the stand-alone one.
    for (obligation& x : out.obligations)
        if (x.kind == obligation_kind::entretien_fin_carriere) {
            x = o;
            return;
        }
    out.add(o);
}

// Notice: the latest day to tell the employee of a pending interview's date and object.
constexpr void accord::add_notices(year_month_day as_of, evaluation& out) const {
    if (delay.notice_days <= 0 || !applies(as_of)) return;
    const std::size_t n = out.obligations.size();
    for (std::size_t i = 0; i < n; ++i) {
        const obligation& o = out.obligations[i];
        if (!detail::is_periodic(o.kind) || o.held_on || o.state == status::not_required)
            continue;
        finding f{};
        f.kind = finding_kind::advisory;
        f.rule = delay.notice_rule;
        f.date = add_days(o.due_date, -delay.notice_days);
        f.about = o.kind;
        f.why.push_back(delay.notice_rule);
        f.why.push_back(o.rule);
        out.add(f);
    }
}

}  // namespace careertalk::fr
