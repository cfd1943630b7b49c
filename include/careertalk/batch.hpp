// careertalk/batch.hpp: evaluating a whole population, on one thread or several.
//
// No global state: each worker owns one evaluation and reuses it, so the run allocates
// nothing per employee. Results are handed to a callback rather than stored, since a
// million evaluations would not fit in memory.
#pragma once

#include <careertalk/evaluate.hpp>

#include <algorithm>
#include <cstddef>
#include <span>
#include <thread>
#include <vector>

namespace careertalk::inline v0 {

// Calls `sink(i, evaluation)` for every employees[i], evaluated at company_of(i) under `p` on
// `as_of`. With threads > 1 the employees are split into contiguous chunks evaluated
// concurrently, and `sink` is called from several threads at once (each index exactly once);
// the evaluation passed to it is only valid during the call.
template <policy_like P, class E, class CompanyOf, class Sink, date_like D>
void evaluate_batch(const P& p, std::span<const E> employees, CompanyOf company_of, D as_of,
                    Sink sink, unsigned threads = 1) {
    auto run = [&](std::size_t first, std::size_t last) {
        evaluation ev{};
        employee_storage storage;
        for (std::size_t i = first; i < last; ++i) {
            evaluate_into(p, employees[i], company_of(i), as_of, ev, storage);
            sink(i, static_cast<const evaluation&>(ev));
        }
    };
    const std::size_t n = employees.size();
    threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(n, 1))));
    if (threads == 1) {
        run(0, n);
        return;
    }
    std::vector<std::jthread> workers;
    workers.reserve(threads);
    const std::size_t chunk = (n + threads - 1) / threads;
    for (unsigned t = 0; t < threads; ++t) {
        const std::size_t first = std::min(n, t * chunk);
        const std::size_t last = std::min(n, first + chunk);
        workers.emplace_back(run, first, last);
    }
}

}  // namespace careertalk
