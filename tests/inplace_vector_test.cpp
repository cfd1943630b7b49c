// Tests of careertalk/inplace_vector.hpp: a full vector refuses elements instead of
// dropping them silently.
#include <careertalk/inplace_vector.hpp>

#include "catch.hpp"

constexpr bool refuses_when_full() {
    careertalk::inplace_vector<int, 2> v;
    return v.push_back(1) && v.push_back(2) && !v.push_back(3) && v.size() == 2 && v[1] == 2;
}
static_assert(refuses_when_full());
static_assert(careertalk::inplace_vector<int, 3>::capacity() == 3);

TEST_CASE("inplace_vector keeps order and clears without losing capacity") {
    careertalk::inplace_vector<int, 4> v;
    for (int i = 0; i < 4; ++i) REQUIRE(v.push_back(i * 10));
    REQUIRE(v.full());
    REQUIRE_FALSE(v.push_back(99));
    int expected = 0;
    for (int x : v) {
        REQUIRE(x == expected);
        expected += 10;
    }
    v.clear();
    REQUIRE(v.empty());
    REQUIRE(v.push_back(7));
    REQUIRE(v.back() == 7);
}

// An element built in the slot past the end, then appended (no copy; issue 8).
constexpr bool builds_in_place() {
    careertalk::inplace_vector<int, 2> v;
    *v.next_slot() = 5;
    v.push_back_slot();
    int* last = v.next_slot();
    *last = 6;
    v.push_back_slot();
    return v.size() == 2 && v[0] == 5 && v[1] == 6 && last == &v[1] && !v.next_slot();
}
static_assert(builds_in_place());
