// Tests of the progress line (examples/careertalk/progress.hpp, docs/cli/output.md#progress):
// drawn on a terminal after the first second, in the run's language, erased before a problem
// and at the end; nothing at all when standard error is not a terminal.
#include "../../examples/careertalk/progress.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "catch.hpp"

namespace ct = careertalk;
using ct::cli::progress;
using ct::cli::reporter;

namespace {

// What `f` writes on standard error.
template <class F>
std::string stderr_of(F f) {
    std::fflush(stderr);
    std::FILE* tmp = std::tmpfile();
    REQUIRE(tmp != nullptr);
    const int saved = dup(STDERR_FILENO);
    dup2(fileno(tmp), STDERR_FILENO);
    f();
    std::fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    std::string text;
    std::rewind(tmp);
    for (int ch; (ch = std::fgetc(tmp)) != EOF;) text.push_back(static_cast<char>(ch));
    std::fclose(tmp);
    return text;
}

void wait_past_first_second() { std::this_thread::sleep_for(std::chrono::milliseconds{1050}); }

}  // namespace

TEST_CASE("progress: on a terminal, rows, rate and time left after the first second") {
    reporter rep{false, ct::lang::fr};
    const std::string text = stderr_of([&] {
        progress shown{rep, "people.csv", 1000, true};
        shown.update(2048, [] { return std::uint64_t{500}; });  // within the first second
        wait_past_first_second();
        shown.update(4096, [] { return std::uint64_t{500}; });
        shown.update(4100, [] { return std::uint64_t{600}; });  // under 1,024 rows: not drawn
        rep.warning("people.csv", 7, "headcount", "missing");
    });
    // Half the file in about a second: about a second left.
    REQUIRE(text.starts_with("\rcareertalk: people.csv: 4096 lignes lues, "));
    REQUIRE(text.find(" par seconde, environ 1 s restantes\033[K") != std::string::npos);
    REQUIRE(text.find("\rcareertalk", 1) == std::string::npos);  // drawn once
    // The warning erased it first and starts its own line.
    REQUIRE(text.ends_with("\r\033[Kpeople.csv:7: headcount: avertissement: missing\n"));
}

TEST_CASE("progress: the line is erased at the end, and unknown sizes show no time left") {
    reporter rep;
    const std::string text = stderr_of([&] {
        progress shown{rep, "-", 0, true};
        wait_past_first_second();
        shown.update(1024, [] { return std::uint64_t{0}; });
    });
    REQUIRE(text.find("1024 rows read, ") != std::string::npos);
    REQUIRE(text.find("about ? s left") != std::string::npos);
    REQUIRE(text.ends_with("\r\033[K"));
}

TEST_CASE("progress: nothing when standard error is not a terminal, or problems are collected") {
    reporter plain, collected;
    collected.collect([](auto...) {});
    const std::string text = stderr_of([&] {
        progress off{plain, "people.csv", 1000, false};
        progress hooked{collected, "people.csv", 1000, true};
        wait_past_first_second();
        off.update(4096, [] { return std::uint64_t{500}; });
        hooked.update(4096, [] { return std::uint64_t{500}; });
    });
    REQUIRE(text.empty());
}
