// A consumer of careertalk: used by the package.find_package,
// package.add_subdirectory and package.fetchcontent tests.
#include <careertalk/careertalk.hpp>

#include <iostream>

int main()
{
    const date::year_month_day got = careertalk::add_years(date::year{2024} / 2 / 29, 1);
    const date::year_month_day want = date::year{2025} / 2 / 28;
    if (got != want) {
        std::cerr << "add_years(2024-02-29, 1) = " << got << ", expected " << want << '\n';
        return 1;
    }
    std::cout << "careertalk consumer OK: add_years(2024-02-29, 1) = " << got << '\n';
    return 0;
}
