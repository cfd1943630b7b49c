// Tests of careertalk/io/ics.hpp against RFC 5545: 3.1 (CRLF, folding at 75 octets, a fold
// never splits a UTF-8 sequence), 3.3.11 (TEXT escaping), 3.6.1 (VEVENT with UID and
// DTSTAMP), 3.3.4 (DATE values), 3.3.5 (UTC DATE-TIME), 3.6.6 (VALARM).
#include <careertalk/io/ics.hpp>

#include "catch.hpp"

#include <string>
#include <vector>

namespace io = careertalk::io;
using namespace date::literals;

namespace {
std::vector<std::string> physical_lines(const std::string& s) {
    std::vector<std::string> out;
    std::size_t at = 0;
    for (std::size_t crlf; (crlf = s.find("\r\n", at)) != std::string::npos; at = crlf + 2)
        out.push_back(s.substr(at, crlf - at));
    REQUIRE(at == s.size());  // everything ends in CRLF
    return out;
}
std::string unfold(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out.push_back(s[i]);
    }
    return out;
}
}  // namespace

TEST_CASE("TEXT escaping (RFC 5545 3.3.11)") {
    std::string s;
    io::append_ics_text(s, "a,b;c\\d\r\ne");
    CHECK(s == "a\\,b\\;c\\\\d\\ne");
}

TEST_CASE("a short line is one line ending in CRLF") {
    std::string s;
    io::append_ics_line(s, "BEGIN:VEVENT");
    CHECK(s == "BEGIN:VEVENT\r\n");
    std::string exact(75, 'x');
    s.clear();
    io::append_ics_line(s, exact);  // 75 octets: not folded
    CHECK(s == exact + "\r\n");
}

TEST_CASE("folding at 75 octets (RFC 5545 3.1)") {
    const std::string line = "SUMMARY:" + std::string(200, 'a');
    std::string s;
    io::append_ics_line(s, line);
    const auto lines = physical_lines(s);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 75);  // space + 74
    CHECK(lines[1][0] == ' ');
    CHECK(lines[2][0] == ' ');
    CHECK(unfold(s) == line + "\r\n");
}

TEST_CASE("a fold never splits a UTF-8 sequence") {
    // "é" is 2 octets; with a 7-octet prefix the 75-octet cut falls inside one of them.
    std::string line = "SUMMARY";
    for (int i = 0; i < 60; ++i) line += "é";
    std::string s;
    io::append_ics_line(s, line);
    for (const auto& l : physical_lines(s)) {
        CHECK(l.size() <= 75);
        const auto first = static_cast<unsigned char>(l[l[0] == ' ' ? 1 : 0]);
        CHECK((first & 0xC0) != 0x80);  // no line starts inside a sequence
        const auto last = static_cast<unsigned char>(l.back());
        CHECK(last != 0xC3);  // no line ends on a lead byte
    }
    CHECK(unfold(s) == line + "\r\n");
}

TEST_CASE("continuation bytes only (not UTF-8) still fold and terminate") {
    std::string s;
    io::append_ics_line(s, std::string(100, '\x80'));
    for (const auto& l : physical_lines(s)) CHECK(l.size() <= 75);
}

TEST_CASE("a VEVENT: all-day, stable UID, DTSTAMP, escaped text") {
    std::string s;
    io::append_ics_begin(s);
    io::append_ics_event(s, {.uid = "E1-entretien_professionnel@careertalk",
                             .date = 2028_y / feb / 29,
                             .stamp = "20261123T101500Z",
                             .summary = "E1: entretien, due",
                             .description = "line 1\nline 2"});
    io::append_ics_end(s);
    const auto lines = physical_lines(s);
    const std::vector<std::string> expected{
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//careertalk//careertalk//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        "UID:E1-entretien_professionnel@careertalk",
        "DTSTAMP:20261123T101500Z",
        "DTSTART;VALUE=DATE:20280229",
        "DTEND;VALUE=DATE:20280301",  // exclusive end: the next day, across 29 February
        "SUMMARY:E1: entretien\\, due",
        "DESCRIPTION:line 1\\nline 2",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR"};
    CHECK(lines == expected);
}

TEST_CASE("ics_date pads years and months") {
    CHECK(io::ics_date(2026_y / dec / 31) == "20261231");
    CHECK(io::ics_date(date::year{999} / jan / 1) == "09990101");
}

TEST_CASE("ics_date_time is UTC to the second (RFC 5545 3.3.5, form #2)") {
    const std::chrono::system_clock::time_point d{date::sys_days{2028_y / feb / 29}};
    CHECK(io::ics_date_time(d) == "20280229T000000Z");
    CHECK(io::ics_date_time(d + std::chrono::hours{23} + std::chrono::minutes{59} +
                            std::chrono::seconds{59} + std::chrono::milliseconds{999}) ==
          "20280229T235959Z");  // the fraction is dropped, never rounded into the next day
    CHECK(io::ics_date_time(d - std::chrono::seconds{1}) == "20280228T235959Z");
}

TEST_CASE("a reminder is a DISPLAY VALARM with its DESCRIPTION, days before (RFC 5545 3.6.6)") {
    std::string s;
    io::append_ics_event(s, {.uid = "u@careertalk",
                             .date = 2027_y / jan / 15,
                             .stamp = "20261123T000000Z",
                             .summary = "E1: entretien professionnel (à venir)",
                             .alarm_days = 92});
    const auto lines = physical_lines(s);
    const std::vector<std::string> alarm{"BEGIN:VALARM", "ACTION:DISPLAY",
                                         "DESCRIPTION:E1: entretien professionnel (à venir)",
                                         "TRIGGER:-P92D", "END:VALARM", "END:VEVENT"};
    REQUIRE(lines.size() > alarm.size());
    CHECK(std::vector<std::string>(lines.end() - 6, lines.end()) == alarm);
}
