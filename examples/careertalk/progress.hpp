// The progress line of a long run (docs/cli/output.md#progress): the rows of a file read so
// far, their rate and the time left, redrawn on standard error at most twice a second, and
// only while standard error is a terminal: logs and pipes get the problems and the summary.
#pragma once

#include "report.hpp"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

namespace careertalk::cli {

class progress {
public:
    // `size`: the file's bytes (0 when unknown, as for a pipe: no time left is shown).
    progress(reporter& rep, std::string file, std::uint64_t size,
             bool terminal = isatty(STDERR_FILENO) == 1)
        : rep_(rep), file_(std::move(file)), size_(size), on_(terminal && !rep.collecting()) {}
    ~progress() { done(); }
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;

    // `rows` read so far; `position()` the bytes of the file read, asked only when drawn.
    template <class Position>
    void update(std::uint64_t rows, Position position) {
        if (!on_ || rows - checked_ < 1024) return;  // the clock once per 1,024 rows
        checked_ = rows;
        const auto now = clock::now();
        if (now - drawn_ < std::chrono::milliseconds{500}) return;
        drawn_ = now;
        const double seconds = std::chrono::duration<double>(now - start_).count();
        if (seconds < 1) return;  // a short run shows nothing
        const auto rate = std::llround(static_cast<double>(rows) / seconds);
        const auto read = static_cast<double>(position());
        const std::string left =
            size_ != 0 && read > 0 && read <= static_cast<double>(size_)
                ? std::to_string(std::llround(seconds * (static_cast<double>(size_) - read) / read))
                : std::string{"?"};
        rep_.status("careertalk: " + file_ + ": " +
                    say(msg::progress, rep_.language(),
                        {std::to_string(rows), std::to_string(rate), left}));
    }
    void done() { rep_.end_status(); }

private:
    using clock = std::chrono::steady_clock;
    reporter& rep_;
    std::string file_;
    std::uint64_t size_;
    bool on_;
    std::uint64_t checked_ = 0;
    clock::time_point start_ = clock::now();
    clock::time_point drawn_{};
};

}  // namespace careertalk::cli
