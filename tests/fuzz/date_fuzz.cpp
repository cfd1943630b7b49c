// libFuzzer target: careertalk::parse_iso_date (calendar.hpp) against an independent reading
// of ISO 8601 "YYYY-MM-DD", and the round trip date -> text -> date. Also drives the clamped
// arithmetic on every accepted date (no invalid date may come out of add_months/add_years).
#include <careertalk/calendar.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

// The reference: ten characters, digits except two dashes, year >= 1, a real calendar day.
bool reference_accepts(std::string_view s) {
    if (s.size() != 10) return false;
    for (std::size_t i = 0; i < 10; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
    }
    auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (y < 1 || m < 1 || m > 12 || d < 1) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return d <= days[m - 1];
}

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "date_fuzz: %s\n", what);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view s{reinterpret_cast<const char*>(data), size};
    const auto d = careertalk::parse_iso_date(s);
    check(d.has_value() == reference_accepts(s), "parse_iso_date disagrees with the reference");
    if (!d) return 0;
    check(d->ok(), "an accepted date is not ok()");
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d->year()),
                  static_cast<unsigned>(d->month()), static_cast<unsigned>(d->day()));
    check(std::string_view{text} == s, "round trip date -> text differs");
    check(careertalk::parse_iso_date(text) == d, "round trip text -> date differs");
    for (int n = -25; n <= 25; n += 7) {
        const auto m = careertalk::add_months(*d, n);
        check(m.ok(), "add_months made an invalid date");
        check(m.day() <= d->day(), "add_months moved the day forward");
        check(careertalk::add_years(*d, n).ok(), "add_years made an invalid date");
        check(careertalk::add_days(careertalk::add_days(*d, n * 40), -n * 40) == *d,
              "add_days does not invert");
    }
    return 0;
}
