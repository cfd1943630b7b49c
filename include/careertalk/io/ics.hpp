// careertalk/io/ics.hpp: iCalendar (RFC 5545) output, one all-day VEVENT per obligation,
// with an optional VALARM reminder a number of days before it (3.6.6).
//
// Content lines end in CRLF and are folded at 75 octets (3.1) without splitting a UTF-8
// sequence; TEXT values escape backslash, semicolon, comma and newline (3.3.11). A UID must
// be globally unique and stable (3.8.4.7): the caller builds it from the employee id and the
// obligation's kind and trigger, which do not change when the calendar is regenerated.
#pragma once

#include <careertalk/calendar.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
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

// "20261204T181100Z": a UTC DATE-TIME (3.3.5, form #2), to the second.
inline std::string ics_date_time(std::chrono::system_clock::time_point t) {
    const auto s = std::chrono::floor<std::chrono::seconds>(t);
    const auto d = std::chrono::floor<date::days>(s);
    const auto secs = static_cast<int>((s - d).count());
    std::string out = ics_date(year_month_day{d}) + "T";
    for (const int v : {secs / 3600, secs / 60 % 60, secs % 60}) {
        out.push_back(static_cast<char>('0' + v / 10));
        out.push_back(static_cast<char>('0' + v % 10));
    }
    return out + "Z";
}

// One all-day event.
struct ics_event {
    std::string_view uid{};
    year_month_day date{};        // the day of the event
    std::string_view stamp{};     // DTSTAMP (required by 3.6.1): when the calendar was made,
                                  // as ics_date_time()
    std::string_view summary{};
    std::string_view description{};
    std::optional<int> alarm_days{};  // a display reminder this many days before the day
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
    append_ics_line(out, "DTSTAMP:" + std::string{e.stamp});
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
    if (e.alarm_days) {
        // A DISPLAY alarm needs its own DESCRIPTION (3.6.6); the trigger is relative to the
        // start of the day of the event.
        append_ics_line(out, "BEGIN:VALARM");
        append_ics_line(out, "ACTION:DISPLAY");
        line = "DESCRIPTION:";
        append_ics_text(line, e.summary);
        append_ics_line(out, line);
        append_ics_line(out, "TRIGGER:-P" + std::to_string(*e.alarm_days) + "D");
        append_ics_line(out, "END:VALARM");
    }
    append_ics_line(out, "END:VEVENT");
}

inline void append_ics_end(std::string& out) { append_ics_line(out, "END:VCALENDAR"); }

}  // namespace careertalk::io
