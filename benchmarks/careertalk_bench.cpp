// careertalk_bench: W1 (next due dates), its hand-coded twin, W2 (whole-career schedule and
// audit) on one thread and on all cores, and the heap allocations of the per-employee path.
//
//   careertalk_bench [--employees N] [--seed S] [--min-seconds T] [--csv-only]
//                    [--write-csv PEOPLE.csv EVENTS.csv] [--w1-out W1.csv] [--results FILE]
//                    [--w1-proof N] [--one-pass w1|w2]
//
// --csv-only writes the population (and W1.csv) and stops: the inputs of the peers and the CLI.
// --w1-proof N: first checks W1 (fr::next_due, which computes the next dates directly) equal
// to the full evaluation on N random careers of the invariant tests (default 1,000,000; 0
// skips). --one-pass runs one W1 or W2 pass over the population and stops: what
// benchmarks/instructions.sh counts under callgrind.
// Prints `key=value` figures (also written to --results for the BENCH summary); single-thread
// rates are timed in CPU time, the parallel one in wall time. Exits 1 when
// the hand-coded twin disagrees with the library on any employee: a timing is only reported
// for answers that agree.

// GCC 12 flags free() in the replaced operator delete below as mismatched once it inlines
// both into std::vector (a known false positive: the pair is malloc/free throughout).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
#include "population.hpp"
#include "w1.hpp"

#include "fr_profile.hpp"       // tests/invariants: the random French careers
#include "next_due_oracle.hpp"  // tests/invariants: next_due read off a full evaluation

#include <careertalk/batch.hpp>
#include <careertalk/fr/law.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <new>
#include <string>
#include <thread>

// A counting global operator new: the allocations of the hot path are counted, not guessed.
namespace {
std::atomic<std::uint64_t> allocations{0};
}
void* operator new(std::size_t n) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc{};
}
void* operator new[](std::size_t n) { return operator new(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

using namespace careertalk;
using clock_type = std::chrono::steady_clock;

struct options {
    std::size_t employees = 200'000;
    std::uint64_t seed = 20261123;
    double min_seconds = 0.5;
    const char* people_csv = nullptr;
    const char* events_csv = nullptr;
    const char* w1_out = nullptr;
    const char* results = nullptr;
    bool csv_only = false;
    std::uint64_t w1_proof = 1'000'000;
    std::string one_pass;  // "w1" or "w2": one pass, for callgrind
};

// Seconds of wall time, or of this process's CPU time (std::clock): single-thread figures use
// CPU time, which other jobs on a shared machine disturb far less; parallel ones need wall time.
enum class timing { wall, cpu };
double now(timing t) {
    if (t == timing::cpu) return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
    return std::chrono::duration<double>(clock_type::now().time_since_epoch()).count();
}

// Best employees/s over repeated passes of `pass` (which evaluates the whole population), run
// for at least min_seconds and at least 3 passes.
template <class Pass>
double best_rate(std::size_t n, double min_seconds, timing t, Pass pass) {
    double best = 0;
    double total = 0;
    for (int k = 0; k < 3 || total < min_seconds; ++k) {
        const double t0 = now(t);
        pass();
        const double s = now(t) - t0;
        total += s;
        best = std::max(best, static_cast<double>(n) / s);
    }
    return best;
}

// Something each pass returns so the compiler cannot drop the work.
std::uint64_t fold(const bench::w1_result& r) {
    const auto days = [](const std::optional<year_month_day>& d) {
        return d ? static_cast<std::uint64_t>(sys_days{*d}.time_since_epoch().count()) : 0u;
    };
    return days(r.next_interview) * 31 + days(r.next_etat_des_lieux) * 7 +
           (r.penalty_subject ? 1u + *r.penalty_subject : 0u) + (r.invalid ? 5u : 0u);
}

// The population's facts are all possible: the twin's validation is also checked on
// impossible variants of the first employees (each breaks one check of validate()).
bool twin_agrees_on_invalid_facts(const bench::population& p, year_month_day as_of) {
    using namespace date::literals;
    const headcount_year negative[] = {{2025_y, -1}};
    for (std::size_t i = 0; i < std::min<std::size_t>(p.size(), 2000); ++i) {
        const company& c = p.companies[p.company_of[i]];
        const employee& e = p.employees[i];
        const interview before_hire[] = {{obligation_kind::entretien_professionnel,
                                          add_days(e.hire_date, -1)}};
        const absence overlapping[] = {{absence_kind::arret_maladie, e.hire_date, e.hire_date},
                                       {absence_kind::arret_maladie, e.hire_date, std::nullopt}};
        employee v[6] = {e, e, e, e, e, e};
        v[0].birth_date = add_days(e.hire_date, 1);
        v[1].interviews = before_hire;
        v[2].absences = overlapping;
        v[3].contract_end = add_days(e.hire_date, -1);
        v[4].hire_date = add_years(as_of, 2);
        v[5].aow_date = 2025_y / 2 / 29;
        company negative_history = c;
        negative_history.headcount_history = negative;
        const auto agrees = [&](const employee& x, const company& y) {
            const bench::w1_result lib = bench::w1_library(x, y, as_of);
            return lib.invalid && lib == bench::w1_hand(x, y, as_of);
        };
        for (const employee& x : v)
            if (!agrees(x, c)) return false;
        if (!agrees(e, negative_history)) return false;
    }
    return true;
}

volatile std::uint64_t sink_value = 0;

struct results_file {
    std::FILE* f = nullptr;
    void put(const char* key, double v, const char* fmt = "%.0f") {
        std::printf("%s=", key);
        std::printf(fmt, v);
        std::printf("\n");
        if (f) {
            std::fprintf(f, "%s=", key);
            std::fprintf(f, fmt, v);
            std::fprintf(f, "\n");
        }
    }
};

bool parse(int argc, char** argv, options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool more = i + 1 < argc;
        if (a == "--employees" && more) o.employees = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--seed" && more) o.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--min-seconds" && more) o.min_seconds = std::strtod(argv[++i], nullptr);
        else if (a == "--w1-out" && more) o.w1_out = argv[++i];
        else if (a == "--results" && more) o.results = argv[++i];
        else if (a == "--csv-only") o.csv_only = true;
        else if (a == "--w1-proof" && more) o.w1_proof = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--one-pass" && more) o.one_pass = argv[++i];
        else if (a == "--write-csv" && i + 2 < argc) {
            o.people_csv = argv[++i];
            o.events_csv = argv[++i];
        } else {
            std::fprintf(stderr, "careertalk_bench: unknown or incomplete argument '%s'\n", argv[i]);
            return false;
        }
    }
    return o.employees > 0 && (o.one_pass.empty() || o.one_pass == "w1" || o.one_pass == "w2");
}

// One W1 or W2 pass over the population, out of line so that callgrind can count its
// instructions alone (--toggle-collect, benchmarks/instructions.sh).
template <class CompanyOf>
[[gnu::noinline]] std::uint64_t w1_one_pass(const bench::population& p, CompanyOf company_of,
                                            year_month_day as_of) {
    std::uint64_t acc = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        acc += fold(bench::w1_library(p.employees[i], company_of(i), as_of));
    return acc;
}
template <class CompanyOf>
[[gnu::noinline]] std::uint64_t w2_one_pass(const bench::population& p, CompanyOf company_of,
                                            year_month_day as_of, evaluation& ev) {
    std::uint64_t acc = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        evaluate_into(bench::w2_policy, p.employees[i], company_of(i), as_of, ev);
        acc += ev.obligations.size() + ev.findings.size();
    }
    return acc;
}

}  // namespace

int main(int argc, char** argv) {
    options o;
    if (!parse(argc, argv, o)) return 2;

    const auto t0 = clock_type::now();
    const bench::population p = bench::make_population(o.employees, o.seed);
    std::printf("population: %zu employees, %zu events, %zu companies, seed %llu (%.1f s)\n",
                p.size(), p.events(), p.companies.size(),
                static_cast<unsigned long long>(o.seed),
                std::chrono::duration<double>(clock_type::now() - t0).count());
    if (o.people_csv && !bench::write_csv(p, o.people_csv, o.events_csv)) {
        std::fprintf(stderr, "careertalk_bench: cannot write %s / %s\n", o.people_csv,
                     o.events_csv);
        return 1;
    }
    const year_month_day as_of = bench::bench_as_of;
    auto company_of = [&](std::size_t i) -> const company& { return p.companies[p.company_of[i]]; };
    if (o.w1_out && !bench::write_w1(p, company_of, as_of, o.w1_out)) {
        std::fprintf(stderr, "careertalk_bench: cannot write %s\n", o.w1_out);
        return 1;
    }
    if (o.csv_only) return 0;
    if (!o.one_pass.empty()) {
        static evaluation one{};  // 57 KiB: not on the stack
        sink_value = o.one_pass == "w1" ? w1_one_pass(p, company_of, as_of)
                                        : w2_one_pass(p, company_of, as_of, one);
        return 0;
    }

    // W1's direct computation against the whole-career evaluation, on the random careers of
    // the invariant tests (every kind of absence and interview, dates at the regime edges).
    if (o.w1_proof > 0) {
        const auto t1 = clock_type::now();
        const std::string r =
            invariants::check_next_due(fr::law, invariants::fr_profile::french, o.w1_proof);
        if (!r.empty()) {
            std::fprintf(stderr, "careertalk_bench: W1 disagrees with the full evaluation %s\n",
                         r.c_str());
            return 1;
        }
        std::printf("w1 proof: next_due equals the full evaluation on %llu random careers, two "
                    "as-of dates each (%.1f s)\n",
                    static_cast<unsigned long long>(o.w1_proof),
                    std::chrono::duration<double>(clock_type::now() - t1).count());
    }

    // Correctness first: the hand-coded twin must give the library's answer for everyone.
    for (std::size_t i = 0; i < p.size(); ++i) {
        const bench::w1_result lib = bench::w1_library(p.employees[i], company_of(i), as_of);
        const bench::w1_result hand = bench::w1_hand(p.employees[i], company_of(i), as_of);
        if (!(lib == hand)) {
            std::fprintf(stderr,
                         "careertalk_bench: hand-coded W1 disagrees with the library on %.*s\n",
                         static_cast<int>(p.employees[i].id.size()), p.employees[i].id.data());
            return 1;
        }
    }

    if (!twin_agrees_on_invalid_facts(p, as_of)) {
        std::fprintf(stderr, "careertalk_bench: hand-coded W1 disagrees with the library on "
                             "impossible facts\n");
        return 1;
    }

    results_file out{o.results ? std::fopen(o.results, "w") : nullptr};
    const std::size_t n = p.size();

    // W1, library and hand-coded, interleaved so a load change hits both alike.
    std::uint64_t allocs_w1 = 0;
    auto w1_lib_pass = [&] {
        const std::uint64_t before = allocations.load();
        const std::uint64_t acc = w1_one_pass(p, company_of, as_of);
        allocs_w1 += allocations.load() - before;
        sink_value = sink_value + acc;
    };
    auto w1_hand_pass = [&] {
        std::uint64_t acc = 0;
        for (std::size_t i = 0; i < n; ++i)
            acc += fold(bench::w1_hand(p.employees[i], company_of(i), as_of));
        sink_value = sink_value + acc;
    };
    double w1 = 0, hand = 0;
    for (int round = 0; round < 3; ++round) {
        w1 = std::max(w1, best_rate(n, o.min_seconds / 3, timing::cpu, w1_lib_pass));
        hand = std::max(hand, best_rate(n, o.min_seconds / 3, timing::cpu, w1_hand_pass));
    }

    // W2: the whole career, one evaluation reused.
    std::uint64_t allocs_w2 = 0;
    evaluation ev{};
    auto w2_pass = [&] {
        const std::uint64_t before = allocations.load();
        const std::uint64_t acc = w2_one_pass(p, company_of, as_of, ev);
        allocs_w2 += allocations.load() - before;
        sink_value = sink_value + acc;
    };
    const double w2 = best_rate(n, o.min_seconds, timing::cpu, w2_pass);

    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    auto w2_parallel_pass = [&] {
        std::atomic<std::uint64_t> acc{0};
        evaluate_batch(
            bench::w2_policy, std::span<const employee>{p.employees}, company_of, as_of,
            [&](std::size_t, const evaluation& e) {
                acc.fetch_add(e.obligations.size(), std::memory_order_relaxed);
            },
            threads);
        sink_value = sink_value + acc.load();
    };
    const double w2_parallel = best_rate(n, o.min_seconds, timing::wall, w2_parallel_pass);

    out.put("employees", static_cast<double>(n));
    out.put("w1_proof_careers", static_cast<double>(o.w1_proof));
    out.put("events", static_cast<double>(p.events()));
    out.put("w1_employees_per_s", w1);
    out.put("w1_hand_employees_per_s", hand);
    out.put("abstraction_ratio", hand / w1, "%.3f");
    out.put("w2_employees_per_s", w2);
    out.put("w2_parallel_employees_per_s", w2_parallel);
    out.put("w2_threads", threads);
    out.put("hot_path_allocations", static_cast<double>(allocs_w1 + allocs_w2));
    out.put("hot_path_allocations_w1", static_cast<double>(allocs_w1));
    out.put("hot_path_allocations_w2", static_cast<double>(allocs_w2));
    if (out.f) std::fclose(out.f);
    return 0;
}
