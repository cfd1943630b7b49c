// A consumer of the compiled facade (careertalk::compiled / careertalk::compiled_shared), built
// by the package.find_package test against the installed package: it includes only the light
// header and links the library, which holds the engine.
#include <careertalk/facade.hpp>

#include <iostream>

int main() {
    using namespace date::literals;
    const careertalk::employee e{.id = "P1", .hire_date = 2020_y / feb / 29};
    const careertalk::company c{.headcount = 60};
    const careertalk::evaluation ev = careertalk::compiled::evaluate("fr", e, c, 2026_y / mar / 1);
    const careertalk::evaluation unknown =
        careertalk::compiled::evaluate("xx", e, c, 2026_y / mar / 1);
    if (!ev.ok() || ev.obligations.empty() || unknown.ok()) {
        std::cerr << "unexpected facade answer\n";
        return 1;
    }
    std::cout << ev.obligations.size() << " obligations; unknown rule set: "
              << unknown.diagnostics[0].message << '\n';
    return 0;
}
