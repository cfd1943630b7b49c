// benchmarks/population.hpp: a deterministic synthetic population for the benchmarks.
//
// Same seed, same people: hire dates 1995-2026 (more recent hires than old ones, as turnover
// makes them), birth dates (hired at 18-58), contracts (84 % CDI), absences (maternity,
// parental, long illness, sabbatical, carer's leave, ordinary sickness), interviews held
// roughly on time with gaps, trainings, and companies whose headcounts are log-uniform
// from 2 to 5,000 (about 60 % of employees in companies of 50 or more), 5 % of them
// without a headcount (a missing fact the rules must name). The population can also be
// written as PEOPLE.csv + EVENTS.csv in the careertalk CLI's input format (issue 4).
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace careertalk::bench {

// SplitMix64: small, fast, and the same sequence on every platform.
struct rng {
    std::uint64_t state = 0;
    std::uint64_t next() noexcept {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int between(int lo, int hi) noexcept {  // uniform in [lo, hi]
        return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(double p) noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
};

// The as-of date of every benchmark run: fixed, so results never depend on the day.
inline constexpr year_month_day bench_as_of = date::year{2026} / date::November / 23;

struct population {
    std::string ids;  // "E0000001E0000002...": ids are views into it
    std::vector<employee> employees;
    std::vector<company> companies;
    std::vector<std::uint32_t> company_of;  // index into companies, per employee
    // Storage the employees' spans point into (never resized once filled).
    std::vector<absence> absences;
    std::vector<interview> interviews;
    std::vector<training> trainings;
    std::vector<headcount_year> headcounts;

    std::size_t size() const noexcept { return employees.size(); }
    std::size_t events() const noexcept {
        return absences.size() + interviews.size() + trainings.size();
    }
};

namespace detail {

inline constexpr int id_width = 8;

// "E0000001": 'E' and the number on id_width - 1 digits (up to 9,999,999 employees).
inline void write_id(char* out, std::size_t number) {
    out[0] = 'E';
    for (int k = id_width - 1; k >= 1; --k, number /= 10) out[k] = static_cast<char>('0' + number % 10);
}

inline year_month_day day_between(rng& r, year_month_day lo, year_month_day hi) {
    return add_days(lo, r.between(0, days_between(lo, hi)));
}

// Where an employee's records start in the shared storage, filled before spans are taken.
struct ranges {
    std::size_t absences = 0, interviews = 0, trainings = 0;
};

struct absence_draw {
    absence_kind kind{};
    double p = 0;  // chance per five years of tenure
    int min_days = 0, max_days = 0;
};

// One absence kind drawn with its chance, or none.
inline const absence_draw* draw_absence(rng& r) {
    static constexpr absence_draw kinds[] = {
        {absence_kind::conge_maternite, 0.06, 112, 180},
        {absence_kind::conge_parental_education, 0.03, 180, 730},
        {absence_kind::arret_longue_maladie, 0.03, 185, 400},
        {absence_kind::arret_maladie, 0.15, 3, 60},
        {absence_kind::conge_sabbatique, 0.01, 180, 330},
        {absence_kind::conge_proche_aidant, 0.01, 30, 90}};
    double u = static_cast<double>(r.next() >> 11) * 0x1.0p-53;
    for (const absence_draw& k : kinds) {
        if (u < k.p) return &k;
        u -= k.p;
    }
    return nullptr;
}

}  // namespace detail

// n employees, `seed` picks the population. Everything is dated on or before `as_of`.
inline population make_population(std::size_t n, std::uint64_t seed,
                                   year_month_day as_of = bench_as_of) {
    using namespace date::literals;
    rng r{seed};
    population p;
    const std::size_t n_companies = n / 40 + 1;
    p.companies.resize(n_companies);
    std::vector<std::size_t> history_start(n_companies);
    for (std::size_t i = 0; i < n_companies; ++i) {
        company& c = p.companies[i];
        const double log_size = std::log(2.0) + (std::log(5000.0) - std::log(2.0)) *
                                                    static_cast<double>(r.next() >> 11) * 0x1.0p-53;
        const int size = static_cast<int>(std::exp(log_size));
        if (!r.chance(0.05)) c.headcount = size;
        // Half the companies give their last five yearly averages (L130-1 CSS), around `size`.
        history_start[i] = p.headcounts.size();
        if (r.chance(0.5)) {
            for (int y = 5; y >= 1; --y)
                p.headcounts.push_back({as_of.year() - date::years{y},
                                        std::max(1, size + r.between(-size / 10, size / 10))});
        }
    }
    for (std::size_t i = 0; i < n_companies; ++i) {
        const std::size_t end = i + 1 < n_companies ? history_start[i + 1] : p.headcounts.size();
        p.companies[i].headcount_history = {p.headcounts.data() + history_start[i],
                                            end - history_start[i]};
    }

    p.employees.resize(n);
    p.company_of.resize(n);
    p.ids.resize(n * detail::id_width);
    std::vector<detail::ranges> starts(n + 1);
    const year_month_day first_hire = 1995_y / date::January / 1;
    const int span_days = days_between(first_hire, as_of);
    for (std::size_t i = 0; i < n; ++i) {
        employee& e = p.employees[i];
        starts[i] = {p.absences.size(), p.interviews.size(), p.trainings.size()};
        detail::write_id(p.ids.data() + i * detail::id_width, i + 1);
        p.company_of[i] = static_cast<std::uint32_t>(r.next() % n_companies);

        // Recent hires are likelier: the square of a uniform number skews towards as_of.
        const double u = static_cast<double>(r.next() >> 11) * 0x1.0p-53;
        e.hire_date = add_days(as_of, -static_cast<int>(u * u * span_days));
        if (!r.chance(0.03))
            e.birth_date = add_days(add_years(e.hire_date, -r.between(18, 57)), -r.between(0, 364));
        const int contract = r.between(0, 99);
        if (contract < 84) {
            e.contract = contract_kind::cdi;
        } else if (contract < 94) {
            e.contract = contract_kind::cdd;
            e.contract_end = add_months(e.hire_date, r.between(3, 18));
        } else if (contract < 98) {
            e.contract = contract_kind::apprentissage;
            e.contract_end = add_years(e.hire_date, r.between(1, 3));
        } else {
            e.contract = contract_kind::professionnalisation;
            e.contract_end = add_months(e.hire_date, r.between(6, 24));
        }
        const year_month_day last_day = e.contract_end && *e.contract_end < as_of ? *e.contract_end
                                                                                  : as_of;
        const int tenure = days_between(e.hire_date, last_day);

        // At most one absence per five years of tenure, in order and never overlapping.
        year_month_day cursor = add_days(e.hire_date, 30);
        for (int k = 0; k <= tenure / 1825; ++k) {
            const detail::absence_draw* kind = detail::draw_absence(r);
            if (!kind) continue;
            const year_month_day start = detail::day_between(r, cursor, add_days(cursor, 1825));
            if (!(start < last_day)) break;
            absence a{kind->kind, start,
                      add_days(start, r.between(kind->min_days, kind->max_days) - 1)};
            if (!(*a.end < last_day) && r.chance(0.5)) a.end.reset();  // still running
            p.absences.push_back(a);
            if (!a.end) break;
            cursor = add_days(*a.end, 2);
        }

        // Interviews: each 15 to 30 months after the previous (15 % of gaps 1-3 years longer);
        // 10 % of careers never get one.
        if (!r.chance(0.10)) {
            year_month_day d = add_months(e.hire_date, r.between(6, 30));
            while (d <= last_day) {
                const bool new_law = !(d < 2025_y / date::October / 26);
                p.interviews.push_back({new_law ? obligation_kind::entretien_parcours_professionnel
                                                : obligation_kind::entretien_professionnel,
                                        d});
                if (days_between(e.hire_date, d) > 6 * 365 && r.chance(0.15))
                    p.interviews.push_back({obligation_kind::etat_des_lieux, d});
                d = add_months(d, r.between(15, 30) + (r.chance(0.15) ? r.between(12, 36) : 0));
            }
        }
        // Trainings: about one every ten years, a fifth of them mandatory (L6321-2).
        for (int k = r.between(0, tenure / 1800); k > 0; --k) {
            p.trainings.push_back({detail::day_between(r, e.hire_date, last_day), r.chance(0.2),
                                   static_cast<std::uint16_t>(r.between(7, 70))});
        }
        // Keep trainings in date order (validate does not require it; the CSV reads better).
        auto first = p.trainings.begin() + static_cast<std::ptrdiff_t>(starts[i].trainings);
        std::sort(first, p.trainings.end(),
                  [](const training& a, const training& b) { return a.date < b.date; });
    }
    starts[n] = {p.absences.size(), p.interviews.size(), p.trainings.size()};
    for (std::size_t i = 0; i < n; ++i) {
        employee& e = p.employees[i];
        e.id = std::string_view{p.ids}.substr(i * detail::id_width, detail::id_width);
        e.absences = {p.absences.data() + starts[i].absences,
                      starts[i + 1].absences - starts[i].absences};
        e.interviews = {p.interviews.data() + starts[i].interviews,
                        starts[i + 1].interviews - starts[i].interviews};
        e.trainings = {p.trainings.data() + starts[i].trainings,
                       starts[i + 1].trainings - starts[i].trainings};
    }
    return p;
}

namespace detail {

inline void put_date(std::FILE* f, year_month_day d) {
    std::fprintf(f, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                 static_cast<unsigned>(d.day()));
}

template <class E>
const char* name_of(E e) {
    return boost::describe::enum_to_string(e, "?");
}

}  // namespace detail

// Writes PEOPLE.csv and EVENTS.csv (the CLI's input contract, issue 4). Returns false on an
// I/O error.
inline bool write_csv(const population& p, const char* people_path, const char* events_path) {
    std::FILE* people = std::fopen(people_path, "w");
    std::FILE* events = std::fopen(events_path, "w");
    bool ok = people && events;
    if (ok) {
        std::fputs("id,hire_date,birth_date,contract,contract_end,headcount,headcount_history\n",
                   people);
        std::fputs("id,kind,date,end_date,detail\n", events);
        for (std::size_t i = 0; i < p.size(); ++i) {
            const employee& e = p.employees[i];
            const company& c = p.companies[p.company_of[i]];
            const std::string id{e.id};
            std::fprintf(people, "%s,", id.c_str());
            detail::put_date(people, e.hire_date);
            std::fputc(',', people);
            if (e.birth_date) detail::put_date(people, *e.birth_date);
            std::fprintf(people, ",%s,", detail::name_of(e.contract));
            if (e.contract_end) detail::put_date(people, *e.contract_end);
            std::fputc(',', people);
            if (c.headcount) std::fprintf(people, "%d", *c.headcount);
            std::fputc(',', people);
            for (std::size_t k = 0; k < c.headcount_history.size(); ++k)
                std::fprintf(people, "%s%d:%d", k ? ";" : "",
                             static_cast<int>(c.headcount_history[k].year),
                             c.headcount_history[k].headcount);
            std::fputc('\n', people);

            for (const absence& a : e.absences) {
                std::fprintf(events, "%s,absence,", id.c_str());
                detail::put_date(events, a.start);
                std::fputc(',', events);
                if (a.end) detail::put_date(events, *a.end);
                std::fprintf(events, ",%s\n", detail::name_of(a.kind));
            }
            for (const interview& v : e.interviews) {
                std::fprintf(events, "%s,interview,", id.c_str());
                detail::put_date(events, v.date);
                std::fprintf(events, ",,%s\n", detail::name_of(v.kind));
            }
            for (const training& t : e.trainings) {
                std::fprintf(events, "%s,training,", id.c_str());
                detail::put_date(events, t.date);
                std::fprintf(events, ",,%s\n", t.mandatory ? "obligatoire" : "non_obligatoire");
            }
        }
        ok = !std::ferror(people) && !std::ferror(events);
    }
    if (people) ok = std::fclose(people) == 0 && ok;
    if (events) ok = std::fclose(events) == 0 && ok;
    return ok;
}

}  // namespace careertalk::bench
