// Two threads over a stream of chunks: `produce` fills the next chunk on a second thread while
// `consume` empties the previous one on the calling thread, in the order they were produced.
// The tool reads and evaluates employees ahead while it writes the rows of those before
// (docs/cli/output.md#speed), so its output is the same as one thread's. A build without
// threads (WebAssembly without pthreads: the page of docs/web.md) runs the two in turn.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace careertalk::cli {

// Calls `produce(Chunk&)` until it returns false (the input ended: that chunk is the last)
// and `consume(Chunk&)` on each chunk produced, in order. At most `depth` chunks exist, so
// memory stays bounded whatever the input's size. An exception from `produce` reaches the
// caller after the chunks produced before it are consumed (the chunk it was filling too, with
// what it had); one from `consume` stops the producer and reaches the caller.
template <class Chunk, class Produce, class Consume>
void pipelined(Produce produce, Consume consume, std::size_t depth = 3) {
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
    (void)depth;
    Chunk c;
    for (bool more = true; more;) {
        try {
            more = produce(c);
        } catch (...) {
            consume(c);  // what it had, as on two threads
            throw;
        }
        consume(c);
    }
#else
    std::vector<std::unique_ptr<Chunk>> chunks;
    std::deque<Chunk*> empty, full;
    for (std::size_t i = 0; i < depth; ++i) {
        chunks.push_back(std::make_unique<Chunk>());
        empty.push_back(chunks.back().get());
    }
    std::mutex m;
    std::condition_variable changed;
    bool ended = false;    // the producer has pushed its last chunk
    bool stopped = false;  // the consumer failed: the producer must stop
    std::exception_ptr failure;

    std::jthread producer{[&] {
        for (bool more = true; more;) {
            Chunk* c = nullptr;
            {
                std::unique_lock lock{m};
                changed.wait(lock, [&] { return stopped || !empty.empty(); });
                if (stopped) return;
                c = empty.front();
                empty.pop_front();
            }
            std::exception_ptr e;
            try {
                more = produce(*c);
            } catch (...) {
                e = std::current_exception();
                more = false;
            }
            std::lock_guard lock{m};
            full.push_back(c);
            failure = e;
            ended = !more;
            changed.notify_all();
        }
    }};
    try {
        for (;;) {
            Chunk* c = nullptr;
            {
                std::unique_lock lock{m};
                changed.wait(lock, [&] { return ended || !full.empty(); });
                if (full.empty()) break;
                c = full.front();
                full.pop_front();
            }
            consume(*c);
            std::lock_guard lock{m};
            empty.push_back(c);
            changed.notify_all();
        }
    } catch (...) {
        {
            std::lock_guard lock{m};
            stopped = true;
            changed.notify_all();
        }
        producer.join();
        throw;
    }
    producer.join();
    if (failure) std::rethrow_exception(failure);
#endif
}

}  // namespace careertalk::cli
