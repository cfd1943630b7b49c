// A host TU that calls the header-only evaluate (benchmarks/compile_time.sh times it against
// host_tu/facade.cpp, the same call through the compiled facade).
#include <careertalk/careertalk.hpp>

#include <cstdio>

int main() {
    using namespace date::literals;
    const careertalk::employee e{.id = "E1", .hire_date = 2019_y / mar / 4};
    const careertalk::company c{.headcount = 120};
    const careertalk::evaluation r = careertalk::evaluate(careertalk::fr::law, e, c, 2026_y / jan / 15);
    std::printf("%zu\n", r.obligations.size());
}
