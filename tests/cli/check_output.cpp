// Checks the careertalk tool's machine-readable outputs (used by tests/cli):
//
//   check_output json FILE KEY...   FILE is a JSON array of objects, each with every KEY, or
//                                   an object whose "rows" is such an array
//   check_output ics FILE           FILE is RFC 5545: CRLF line ends only, no physical line
//                                   over 75 octets, folds not splitting UTF-8, one UID per
//                                   VEVENT, all UIDs distinct
//
// Prints what is wrong and exits 1, else prints a one-line summary and exits 0.
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

namespace {

int fail(const std::string& why) {
    std::cerr << "check_output: " << why << "\n";
    return 1;
}

int check_json(const std::string& text, int argc, char** argv) {
    boost::system::error_code ec;
    const boost::json::value v = boost::json::parse(text, ec);
    if (ec) return fail("not JSON: " + ec.message());
    const boost::json::value* rows = &v;
    if (v.is_object()) {
        rows = v.as_object().if_contains("rows");
        if (rows == nullptr) return fail("an object without \"rows\"");
    }
    if (!rows->is_array()) return fail("not an array");
    std::size_t n = 0;
    for (const auto& row : rows->as_array()) {
        if (!row.is_object()) return fail("element " + std::to_string(n) + " is not an object");
        for (int k = 3; k < argc; ++k)
            if (!row.as_object().contains(argv[k]))
                return fail("element " + std::to_string(n) + " has no key " + argv[k]);
        ++n;
    }
    std::cout << "json: " << n << " objects\n";
    return n == 0 ? fail("no objects") : 0;
}

int check_ics(const std::string& text) {
    std::size_t at = 0, lines = 0, events = 0, uids_in_event = 0;
    std::set<std::string> uids;
    std::string logical;
    auto end_logical = [&]() -> int {
        if (logical.rfind("BEGIN:VEVENT", 0) == 0) uids_in_event = 0, ++events;
        if (logical.rfind("UID:", 0) == 0) {
            ++uids_in_event;
            if (!uids.insert(logical).second) return fail("duplicate " + logical);
        }
        if (logical == "END:VEVENT" && uids_in_event != 1) return fail("VEVENT without one UID");
        return 0;
    };
    while (at < text.size()) {
        const std::size_t crlf = text.find("\r\n", at);
        if (crlf == std::string::npos) return fail("text after the last CRLF");
        const std::string line = text.substr(at, crlf - at);
        ++lines;
        if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos)
            return fail("bare CR or LF in line " + std::to_string(lines));
        if (line.size() > 75) return fail("line " + std::to_string(lines) + " over 75 octets");
        if (!line.empty() && line[0] == ' ') {
            if (line.size() > 1 && (static_cast<unsigned char>(line[1]) & 0xC0) == 0x80)
                return fail("fold splits a UTF-8 sequence at line " + std::to_string(lines));
            logical += line.substr(1);
        } else {
            if (lines > 1)
                if (const int rc = end_logical()) return rc;
            logical = line;
        }
        at = crlf + 2;
    }
    if (const int rc = end_logical()) return rc;
    if (logical != "END:VCALENDAR") return fail("does not end with END:VCALENDAR");
    std::cout << "ics: " << lines << " lines, " << events << " events\n";
    return events == 0 ? fail("no events") : 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) return fail("usage: check_output json|ics FILE [KEY...]");
    std::ifstream in{argv[2], std::ios::binary};
    if (!in) return fail(std::string{"cannot read "} + argv[2]);
    const std::string text{std::istreambuf_iterator<char>{in}, {}};
    const std::string mode = argv[1];
    if (mode == "json") return check_json(text, argc, argv);
    if (mode == "ics") return check_ics(text);
    return fail("unknown mode " + mode);
}
