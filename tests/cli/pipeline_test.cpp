// Tests of the tool's two-thread pipeline (examples/careertalk/pipeline.hpp): the chunks are
// consumed in the order produced, never more than `depth` exist, and a failure on either side
// reaches the caller after what came before it.
#include "../../examples/careertalk/pipeline.hpp"

#include <array>
#include <atomic>
#include <stdexcept>
#include <vector>

#include "catch.hpp"

namespace {

struct chunk {
    std::array<int, 7> at{};
    std::size_t size = 0;
};

// Produces 0, 1, ... n - 1 in chunks of 7; throws std::runtime_error before `fail_at` if it
// is < n.
struct counter {
    int n;
    int fail_at;
    int next = 0;
    bool operator()(chunk& c) {
        for (c.size = 0; c.size < c.at.size(); ++c.size) {
            if (next == n) return false;
            if (next == fail_at) throw std::runtime_error{"bad row"};
            c.at[c.size] = next++;
        }
        return true;
    }
};

}  // namespace

TEST_CASE("pipelined: every item consumed once, in the order produced") {
    for (const int n : {0, 1, 7, 8, 1000}) {
        std::vector<int> seen;
        careertalk::cli::pipelined<chunk>(counter{n, n}, [&](chunk& c) {
            seen.insert(seen.end(), c.at.begin(), c.at.begin() + static_cast<long>(c.size));
        });
        REQUIRE(seen.size() == static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) REQUIRE(seen[static_cast<std::size_t>(i)] == i);
    }
}

TEST_CASE("pipelined: at most `depth` chunks are filled and not yet consumed") {
    std::atomic<int> filled{0}, consumed{0};
    int most = 0;
    counter items{5000, 5000};
    careertalk::cli::pipelined<chunk>(
        [&](chunk& c) {
            const bool more = items(c);
            ++filled;
            return more;
        },
        [&](chunk&) {
            most = std::max(most, filled.load() - consumed.load());
            ++consumed;
        },
        2);
    REQUIRE(consumed == filled);
    REQUIRE(most >= 1);
    REQUIRE(most <= 2);
}

TEST_CASE("pipelined: a producer's exception comes after the items read before it") {
    std::vector<int> seen;
    REQUIRE_THROWS_WITH(careertalk::cli::pipelined<chunk>(counter{100, 40},
                                                          [&](chunk& c) {
                                                              for (std::size_t i = 0; i < c.size; ++i)
                                                                  seen.push_back(c.at[i]);
                                                          }),
                        "bad row");
    REQUIRE(seen.size() == 40);  // the chunk it was filling included
    REQUIRE(seen.back() == 39);
}

TEST_CASE("pipelined: a consumer's exception stops the producer and reaches the caller") {
    std::atomic<int> produced{0};
    REQUIRE_THROWS_WITH(careertalk::cli::pipelined<chunk>(
                            [&](chunk& c) {
                                c.size = 0;
                                return ++produced < 1'000'000;
                            },
                            [](chunk&) { throw std::runtime_error{"disk full"}; }),
                        "disk full");
    REQUIRE(produced < 1'000'000);  // it stopped well before its end
}
