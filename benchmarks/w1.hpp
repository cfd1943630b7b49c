// benchmarks/w1.hpp: workload W1 (for each employee, the next interview due, the next état des
// lieux due and whether the company is subject to the abondement correctif, under French law
// as in force on the as-of date) through the library, careertalk::fr::next_due, and as a plain
// hand-coded loop doing the same arithmetic with no policy object, no sink and no obligation.
//
// The twin is checked equal to the library on every employee before any time is reported. It
// follows careertalk::fr::law's defaults (rolling clock, administrative pre-60 reading, direct
// transitions, strict review deadline, seniority from hire, return interviews due 2 months after
// the return, interviews due during a listed leave moved to the return) and covers facts
// without an agreement on periodicity, as the benchmark population has none.
#pragma once

#include "population.hpp"

#include <careertalk/fr/law.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace careertalk::bench {

// The W1 answer. Empty dates: nothing pending; empty penalty: headcount unknown; invalid:
// impossible facts, then nothing else is given.
struct w1_result {
    std::optional<year_month_day> next_interview{};
    std::optional<year_month_day> next_etat_des_lieux{};
    std::optional<bool> penalty_subject{};
    bool invalid = false;
    friend constexpr bool operator==(const w1_result&, const w1_result&) = default;
};

// W1 through the library.
inline w1_result w1_library(const employee& e, const company& c, year_month_day as_of) {
    const fr::next_due_result r = fr::next_due(fr::law, e, c, as_of);
    return {r.interview, r.etat_des_lieux, r.penalty_subject, !r.ok()};
}

// W2's policy: French law as in force on each date.
inline constexpr const fr::law_policy& w2_policy = fr::law;

namespace hand {

using namespace date::literals;
inline constexpr year_month_day loi_2014 = 2014_y / date::March / 7;
inline constexpr year_month_day loi_2016 = 2016_y / date::August / 10;
inline constexpr year_month_day loi_2018 = 2019_y / date::January / 1;
inline constexpr year_month_day covid_first = 2020_y / date::January / 1;
inline constexpr year_month_day covid_last = 2021_y / date::June / 30;
inline constexpr year_month_day covid_catch_up = 2021_y / date::September / 30;
inline constexpr year_month_day loi_2025 = 2025_y / date::October / 26;
inline constexpr year_month_day lfss_2026 = 2025_y / date::December / 31;
inline constexpr year_month_day far = 9999_y / date::December / 31;

inline bool counts_as_interview(obligation_kind k) {
    using enum obligation_kind;
    return k == entretien_professionnel || k == etat_des_lieux ||
           k == entretien_parcours_professionnel || k == entretien_retour ||
           k == entretien_avant_conge || k == entretien_mi_carriere || k == entretien_fin_carriere;
}

// Earliest interview (or état des lieux) in [from, until) that happened by as_of.
inline std::optional<year_month_day> first_held(const employee& e, year_month_day from,
                                                year_month_day until, year_month_day as_of,
                                                bool reviews_only = false) {
    std::optional<year_month_day> best;
    for (const interview& i : e.interviews) {
        const bool kind = reviews_only ? i.kind == obligation_kind::etat_des_lieux
                                       : counts_as_interview(i.kind);
        if (kind && from <= i.date && i.date < until && i.date <= as_of && (!best || i.date < *best))
            best = i.date;
    }
    return best;
}

// The earliest interview held at the employee's request in [from, until), by as_of.
inline std::optional<year_month_day> first_requested(const employee& e, year_month_day from,
                                                     year_month_day until, year_month_day as_of) {
    std::optional<year_month_day> best;
    for (const interview& i : e.interviews)
        if (i.at_employee_request && counts_as_interview(i.kind) && from <= i.date &&
            i.date < until && i.date <= as_of && (!best || i.date < *best))
            best = i.date;
    return best;
}

// An interview due while the employee is away on a listed leave (known by as_of) is due on the
// return, when the leave's end is known.
inline year_month_day at_return(const employee& e, year_month_day due, year_month_day as_of) {
    for (const absence& a : e.absences) {
        if (as_of < a.start || due < a.start || (a.end && *a.end < due)) continue;
        using enum absence_kind;
        bool away = false;
        switch (a.kind) {
            case conge_maternite: case conge_adoption: case conge_parental_education:
            case conge_proche_aidant: case conge_sabbatique: case mobilite_volontaire_securisee:
            case arret_longue_maladie: case conge_solidarite_familiale:
            case conge_supplementaire_naissance: away = true; break;
            case arret_maladie:
                away = add_months(a.start, 6) < (a.end ? add_days(*a.end, 1) : due);
                break;
            default: break;
        }
        if (away) return a.end ? add_days(*a.end, 1) : due;
    }
    return due;
}

// The checks of careertalk::validate, written out with the same calendar test
// (is_calendar_date): false when a fact cannot be true.
inline bool dated_ok(year_month_day d, year_month_day hire) {
    return is_calendar_date(d) && !(d < hire);
}

template <class Record>
bool all_dated_ok(std::span<const Record> records, year_month_day hire) {
    for (const Record& r : records)
        if (!dated_ok(r.date, hire)) return false;
    return true;
}

inline bool valid(const employee& e, const company& c, year_month_day as_of) {
    const year_month_day hire = e.hire_date;
    if (!is_calendar_date(as_of) || !is_calendar_date(hire) || hire < 1900_y / 1 / 1 ||
        add_years(as_of, 1) < hire)
        return false;
    if (e.birth_date && (!is_calendar_date(*e.birth_date) || hire < *e.birth_date)) return false;
    if (e.contract_end && !dated_ok(*e.contract_end, hire)) return false;
    if ((e.function_start && !e.function_start->ok()) || (e.aow_date && !e.aow_date->ok()))
        return false;
    for (std::size_t i = 0; i < e.absences.size(); ++i) {
        const absence& a = e.absences[i];
        if (!dated_ok(a.start, hire) || (a.end && (!is_calendar_date(*a.end) || *a.end < a.start)))
            return false;
        for (std::size_t j = 0; j < i; ++j) {  // no two absences share a day
            const absence& b = e.absences[j];
            if (!(a.end && *a.end < b.start) && !(b.end && *b.end < a.start)) return false;
        }
    }
    if (!all_dated_ok(e.interviews, hire) || !all_dated_ok(e.trainings, hire) ||
        !all_dated_ok(e.certifications, hire) || !all_dated_ok(e.progressions, hire) ||
        !all_dated_ok(e.medical_visits, hire) || !all_dated_ok(e.requests, hire) ||
        !all_dated_ok(e.outcomes, hire))
        return false;
    for (const dated_fact& t : e.transfers)
        if (!is_calendar_date(t.date)) return false;
    if (c.headcount && *c.headcount < 0) return false;
    for (const headcount_year& h : c.headcount_history)
        if (h.headcount < 0) return false;
    return !c.agreement_date || c.agreement_date->ok();
}

struct pending {
    std::optional<year_month_day> interview, review, periodic;
    year_month_day dates[32]{};
    int n = 0;
    year_month_day add(year_month_day due, bool review_kind) {
        auto& slot = review_kind ? review : interview;
        if (!slot || due < *slot) slot = due;
        if (n < 32) dates[n++] = due;
        return due;
    }
};

}  // namespace hand

// W1 by hand: the same dates, written out.
inline w1_result w1_hand(const employee& e, const company& c, year_month_day as_of) {
    using namespace hand;
    w1_result result;
    if (!valid(e, c, as_of)) {
        result.invalid = true;
        return result;
    }
    pending p;
    const bool reform = loi_2025 <= as_of;
    const bool ended_2014 = e.contract_end && *e.contract_end < loi_2014;
    const auto ended_before = [&](year_month_day d) { return e.contract_end && *e.contract_end < d; };
    if (loi_2014 <= as_of && !ended_2014) {
        // Periodic interviews, rolling from the last one held.
        const bool present = e.hire_date < loi_2014;
        year_month_day ref = present ? loi_2014 : e.hire_date;
        for (bool from_hire = true;; from_hire = false) {
            const bool first = from_hire && !present;  // the first interview after hire
            year_month_day due;
            if (loi_2025 <= ref && reform) {
                due = add_years(ref, first ? 1 : 4);
            } else {
                due = add_years(ref, 2);
                if (loi_2025 <= due && reform) {
                    if (!first) due = add_years(ref, 4);
                    else if (add_years(loi_2025, -1) <= ref) due = add_years(ref, 1);
                }
            }
            if (covid_first <= due && due <= covid_last && covid_first <= as_of) due = covid_last;
            auto held = first_held(e, from_hire ? ref : add_days(ref, 1), far, as_of);
            if (held && ended_before(due) && *e.contract_end < *held) held.reset();
            if (!held) {
                if (!ended_before(due)) p.periodic = p.add(at_return(e, due, as_of), false);
                break;
            }
            ref = *held;
        }
        // Interviews before and after absences.
        for (const absence& a : e.absences) {
            if (as_of < a.start) continue;
            using enum absence_kind;
            if (loi_2016 <= a.start && (a.kind == conge_proche_aidant ||
                                        a.kind == conge_solidarite_familiale)) {
                if (!first_held(e, add_months(a.start, -3), a.end ? add_days(*a.end, 1) : far, as_of))
                    p.add(std::max(add_days(a.start, -1), e.hire_date), false);
            }
            if (!a.end) continue;
            const year_month_day r = add_days(*a.end, 1);
            if (r < loi_2014 || ended_before(r)) continue;
            bool listed = false;
            switch (a.kind) {
                case conge_maternite: case conge_adoption: case conge_parental_education:
                case temps_partiel_parental: case conge_proche_aidant: case conge_sabbatique:
                case mobilite_volontaire_securisee: case mandat_syndical: listed = true; break;
                case arret_longue_maladie: listed = true; break;
                case arret_maladie: listed = add_months(a.start, 6) < r; break;
                case conge_supplementaire_naissance: listed = lfss_2026 <= r; break;
                case conge_solidarite_familiale: listed = loi_2016 <= r; break;
                default: break;
            }
            if (!listed) continue;
            if (a.kind == conge_maternite || a.kind == conge_adoption) {
                bool followed = false;
                for (const absence& b : e.absences)
                    followed = followed || (b.kind == conge_supplementaire_naissance && b.start == r);
                if (followed) continue;
            }
            const bool solidarity = a.kind == conge_solidarite_familiale;
            const bool parental = a.kind == conge_parental_education ||
                                  a.kind == temps_partiel_parental;
            const year_month_day window =
                !solidarity && (loi_2018 <= r || parental) ? a.start : r;
            const bool exemptable = !solidarity && loi_2025 <= r && reform;
            if (exemptable && first_held(e, add_months(r, -12), std::min(a.start, r), as_of))
                continue;  // 12-month rule
            // Held from the return on, or shortly (2 months) before it at the employee's request;
            // due 2 months after the return, a return in the COVID window by 2021-06-30.
            const year_month_day from = window < r ? std::max(window, add_months(r, -2)) : r;
            if ((from < r && first_requested(e, from, r, as_of)) || first_held(e, r, far, as_of))
                continue;
            year_month_day due = add_months(r, 2);
            if (!solidarity && covid_first <= r && r <= covid_last && covid_first <= as_of)
                due = std::max(due, covid_last);
            p.add(at_return(e, due, as_of), false);
        }
        // Mid-career EPP within two months of the mid-career visit (from 2025-10-26).
        std::optional<year_month_day> visit;
        for (const medical_visit& v : e.medical_visits)
            if (v.kind == visit_kind::mi_carriere && v.date <= as_of && (!visit || v.date < *visit))
                visit = v.date;
        if (visit && loi_2025 <= *visit && !first_held(e, *visit, far, as_of))
            p.add(at_return(e, add_months(*visit, 2), as_of), false);
        // États des lieux: 6 years, 8 for cycles whose 6-year deadline had not passed on
        // 2025-10-26.
        year_month_day start = e.hire_date < loi_2014 ? loi_2014 : e.hire_date;
        std::optional<year_month_day> previous;
        for (int cycle = 0; cycle < 16; ++cycle) {
            const int years = !reform || (start < loi_2025 && add_years(start, 6) < loi_2025) ? 6 : 8;
            const year_month_day strict = add_years(start, years);
            year_month_day due = strict;
            year_month_day from = add_years(start, years - 1);
            if (cycle == 0 && years == 8 && reform && loi_2014 <= e.hire_date &&
                add_years(loi_2025, -1) <= e.hire_date) {
                const auto first =
                    first_held(e, e.hire_date, add_days(add_years(due, -7), 1), as_of);
                from = add_years(first ? *first : add_years(e.hire_date, 1), 7);
            }
            // Ord. 2020-1501, then the ministry's catch-up to 2021-09-30.
            if (years == 6 && covid_first <= strict && strict <= covid_last && covid_first <= as_of)
                due = std::max(due, covid_catch_up);
            const year_month_day after = previous ? add_days(*previous, 1) : from;
            auto held = first_held(e, std::max(from, after), far, as_of, true);
            if (held && ended_before(due) && *e.contract_end < *held) held.reset();
            if (!held && ended_before(due)) break;
            if (!held) p.add(at_return(e, due, as_of), true);
            if (as_of < strict) break;
            if (held) previous = held;
            start = strict;
        }
        // The pre-60 interview (administrative reading), unless one is held or due in the
        // window.
        if (reform && e.birth_date) {
            const year_month_day begin = add_years(*e.birth_date, 58);
            const year_month_day end = add_years(*e.birth_date, 60);
            const year_month_day from = std::max({begin, loi_2025, e.hire_date});
            // Not while a periodic interview due before the window is pending (one may fall in it).
            const bool wait = as_of < end && p.periodic && *p.periodic < from;
            if (from < end && !ended_before(from) && !wait && !first_held(e, from, far, as_of)) {
                bool due_in_window = false;
                for (int k = 0; k < p.n; ++k)
                    due_in_window = due_in_window || (from <= p.dates[k] && p.dates[k] < end);
                if (!due_in_window) p.add(at_return(e, add_days(end, -1), as_of), false);
            }
        }
    }
    result.next_interview = p.interview;
    result.next_etat_des_lieux = p.review;

    // Abondement threshold: the host's answer, else L130-1 CSS on the yearly averages (five
    // years at 50 or more; 2019 at 50 or more counts as reached), else the headcount given.
    if (c.penalty_threshold_met) {
        result.penalty_subject = *c.penalty_threshold_met;
    } else if (2020_y / 1 / 1 <= as_of && !c.headcount_history.empty()) {
        for (int k = 1; k <= 5; ++k) {
            const date::year y = as_of.year() - date::years{k};
            const headcount_year* found = nullptr;
            for (const headcount_year& h : c.headcount_history) {
                if (h.year == y) {
                    found = &h;
                    break;
                }
            }
            if (!found) break;
            if (found->headcount < 50) {
                result.penalty_subject = false;
                break;
            }
            if (k == 5 || y == 2019_y) {
                result.penalty_subject = true;
                break;
            }
        }
    } else if (c.headcount) {
        result.penalty_subject = *c.headcount >= 50;
    }
    return result;
}

inline void put_optional_date(std::FILE* f, const std::optional<year_month_day>& d) {
    if (d) detail::put_date(f, *d);
}

// W1 answers of the whole population as CSV (id,next_interview,next_etat_des_lieux,
// penalty_subject with yes/no/unknown): the reference the peers must reproduce.
template <class CompanyOf>
bool write_w1(const population& p, CompanyOf company_of, year_month_day as_of, const char* path) {
    std::FILE* f = std::fopen(path, "w");
    if (!f) return false;
    std::fputs("id,next_interview,next_etat_des_lieux,penalty_subject\n", f);
    for (std::size_t i = 0; i < p.size(); ++i) {
        const w1_result r = w1_library(p.employees[i], company_of(i), as_of);
        std::fprintf(f, "%.*s,", static_cast<int>(p.employees[i].id.size()),
                     p.employees[i].id.data());
        put_optional_date(f, r.next_interview);
        std::fputc(',', f);
        put_optional_date(f, r.next_etat_des_lieux);
        std::fprintf(f, ",%s\n", !r.penalty_subject ? "unknown" : *r.penalty_subject ? "yes" : "no");
    }
    const bool ok = !std::ferror(f);
    return std::fclose(f) == 0 && ok;
}

}  // namespace careertalk::bench
