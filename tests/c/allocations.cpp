// Nothing is allocated per employee (careertalk/c/careertalk.h, "Ownership"): once an
// evaluation has grown to the largest lists, evaluating employee after employee into it
// allocates nothing. A counting operator new sees every allocation of the library.
#include <careertalk/c/careertalk.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>

namespace {
std::atomic<long> allocations{0};
}

// Every form of new and delete, so that none is paired with a sanitizer's own.
void* operator new(std::size_t n) {
    ++allocations;
    if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
    throw std::bad_alloc{};
}
void* operator new[](std::size_t n) { return operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    ++allocations;
    return std::malloc(n == 0 ? 1 : n);
}
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept { return operator new(n, t); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

int main() {
    careertalk_evaluation* ev = nullptr;
    if (careertalk_evaluation_new(&ev) != CAREERTALK_OK) return 1;
    careertalk_date as_of = 0;
    careertalk_date_from_ymd(2026, 11, 23, &as_of);
    careertalk_company c{};
    c.headcount = 200;
    c.agreement_cycle_months = c.idcc = CAREERTALK_NONE;
    c.penalty_threshold_met = -1;
    c.agreement_date = CAREERTALK_NO_DATE;
    careertalk_interview interviews[3]{};
    careertalk_absence absences[2]{};
    careertalk_employee e{};
    e.birth_date = e.contract_end = e.function_start = e.aow_date = CAREERTALK_NO_DATE;
    e.interviews = interviews;
    e.absences = absences;
    auto run = [&](int i) {
        careertalk_date_from_ymd(2010 + i % 12, 1 + i % 12, 1 + i % 28, &e.hire_date);
        e.interview_count = static_cast<std::size_t>(i % 4);
        for (auto& x : interviews) {
            x.date = e.hire_date + 400 + 700 * static_cast<int>(&x - interviews);
            x.kind = CAREERTALK_OBLIGATION_ENTRETIEN_PROFESSIONNEL;
        }
        e.absence_count = static_cast<std::size_t>(i % 3);  // sorted by start, as hosts keep them
        for (auto& a : absences) {
            a.kind = CAREERTALK_ABSENCE_CONGE_MATERNITE;
            a.start = e.hire_date + 100 + 1000 * static_cast<int>(&a - absences);
            a.end = a.start + 111;
        }
        return careertalk_evaluate(ev, i % 2 ? "fr" : "fr:ministry", i % 2 ? 2 : 11, &e, &c, as_of);
    };
    for (int i = 0; i < 12; ++i)
        if (run(i) != CAREERTALK_OK) return 1;  // warm-up: the storage grows
    const long before = allocations.load();
    if (before == 0) return 1;  // the warm-up grew the storage: the counter sees the library
    for (int i = 0; i < 1000; ++i)
        if (run(i) != CAREERTALK_OK) return 1;
    const long per_run = allocations.load() - before;
    careertalk_evaluation_free(ev);
    std::printf("allocations: %ld in the warm-up, %ld in 1000 evaluations after it\n", before,
                per_run);
    return per_run == 0 ? 0 : 1;
}
