// careertalk/io/ics.hpp: iCalendar (RFC 5545) output, one all-day VEVENT per obligation.
//
// Content lines end in CRLF and are folded at 75 octets (3.1) without splitting a UTF-8
// sequence; TEXT values escape backslash, semicolon, comma and newline (3.3.11). A UID must
// be globally unique and stable (3.8.4.7): the caller builds it from the employee id and the
// obligation's kind and trigger, which do not change when the calendar is regenerated.
#pragma once

#include <careertalk/calendar.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace careertalk::inline v0::io {

inline constexpr std::size_t ics_max_line_octets = 75;

// Appends `v` escaped as an RFC 5545 TEXT value (a CR is dropped, a LF becomes "\n").
inline void append_ics_text(std::string& out, std::string_view v) {
    for (char c : v) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r': break;
            default: out.push_back(c);
        }
    }
}

// Appends one content line, folded so that no physical line exceeds 75 octets before its
// CRLF; continuation lines start with a space. A fold never splits a UTF-8 sequence.
inline void append_ics_line(std::string& out, std::string_view line) {
    std::size_t limit = ics_max_line_octets;
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        if (cut == 0) cut = limit;  // not UTF-8: cut anywhere rather than loop
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = ics_max_line_octets - 1;  // the leading space counts
    }
    out.append(line);
    out += "\r\n";
}

// "20270115" (DATE value, 3.3.4).
inline std::string ics_date(year_month_day d) {
    const auto y = static_cast<int>(d.year());
    const auto m = static_cast<unsigned>(d.month());
    const auto dd = static_cast<unsigned>(d.day());
    std::string s(8, '0');
    s[0] = static_cast<char>('0' + y / 1000 % 10);
    s[1] = static_cast<char>('0' + y / 100 % 10);
    s[2] = static_cast<char>('0' + y / 10 % 10);
    s[3] = static_cast<char>('0' + y % 10);
    s[4] = static_cast<char>('0' + m / 10);
    s[5] = static_cast<char>('0' + m % 10);
    s[6] = static_cast<char>('0' + dd / 10);
    s[7] = static_cast<char>('0' + dd % 10);
    return s;
}

// One all-day event.
struct ics_event {
    std::string_view uid{};
    year_month_day date{};     // the day of the event
    year_month_day stamp{};    // DTSTAMP (required by 3.6.1): the evaluation date, so output
                               // is reproducible
    std::string_view summary{};
    std::string_view description{};
};

inline void append_ics_begin(std::string& out) {
    append_ics_line(out, "BEGIN:VCALENDAR");
    append_ics_line(out, "VERSION:2.0");
    append_ics_line(out, "PRODID:-//careertalk//careertalk//EN");
    append_ics_line(out, "CALSCALE:GREGORIAN");
}

inline void append_ics_event(std::string& out, const ics_event& e) {
    std::string line;
    append_ics_line(out, "BEGIN:VEVENT");
    line = "UID:";
    append_ics_text(line, e.uid);
    append_ics_line(out, line);
    append_ics_line(out, "DTSTAMP:" + ics_date(e.stamp) + "T000000Z");
    append_ics_line(out, "DTSTART;VALUE=DATE:" + ics_date(e.date));
    append_ics_line(out, "DTEND;VALUE=DATE:" + ics_date(add_days(e.date, 1)));
    line = "SUMMARY:";
    append_ics_text(line, e.summary);
    append_ics_line(out, line);
    if (!e.description.empty()) {
        line = "DESCRIPTION:";
        append_ics_text(line, e.description);
        append_ics_line(out, line);
    }
    append_ics_line(out, "TRANSP:TRANSPARENT");
    append_ics_line(out, "END:VEVENT");
}

inline void append_ics_end(std::string& out) { append_ics_line(out, "END:VCALENDAR"); }

}  // namespace careertalk::io
