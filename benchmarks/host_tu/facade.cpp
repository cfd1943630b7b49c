// A host TU that calls the compiled facade (benchmarks/compile_time.sh times it against
// host_tu/header_only.cpp, the same call header-only).
#include <careertalk/facade.hpp>

#include <cstdio>

int main() {
    using namespace date::literals;
    const careertalk::employee e{.id = "E1", .hire_date = 2019_y / mar / 4};
    const careertalk::company c{.headcount = 120};
    const careertalk::evaluation r = careertalk::compiled::evaluate("fr", e, c, 2026_y / jan / 15);
    std::printf("%zu\n", r.obligations.size());
}
