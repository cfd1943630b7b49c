// Tests of careertalk/io/csv.hpp: RFC 4180 reading (2.1-2.7: CRLF, optional final line end,
// quoted fields with commas, quotes and line ends), the line counter used for FILE:LINE
// messages, the limits against hostile input (issue 9), and the formula-neutralising writer
// (OWASP "CSV Injection").
#include <careertalk/io/csv.hpp>

#include "catch.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace io = careertalk::io;
using rows = std::vector<std::vector<std::string>>;

namespace {

struct result {
    rows records;
    std::vector<std::uint64_t> lines;
    io::csv_status last{};
    std::string message;
    std::uint64_t error_line = 0;
};

result read_all(const std::string& text, io::csv_limits limits = {}, char separator = ',') {
    std::istringstream in{text};
    io::csv_reader r{*in.rdbuf(), limits, separator};
    result out;
    std::vector<std::string> f;
    for (;;) {
        const auto st = r.read(f);
        if (st == io::csv_status::record) {
            out.records.push_back(f);
            out.lines.push_back(r.line());
            continue;
        }
        out.last = st;
        out.message = r.message();
        out.error_line = r.line();
        if (st != io::csv_status::bad_record) break;
    }
    return out;
}

}  // namespace

static_assert(io::valid_utf8("Léa Petit"));
static_assert(io::valid_utf8("\xF0\x9F\x98\x80"));    // U+1F600
static_assert(!io::valid_utf8("\xC3"));              // truncated
static_assert(!io::valid_utf8("\xC0\xAF"));          // overlong '/'
static_assert(!io::valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
static_assert(!io::valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
static_assert(!io::valid_utf8("\xFF"));
static_assert(io::looks_like_formula("=1+1") && io::looks_like_formula("+33") &&
              io::looks_like_formula("-2") && io::looks_like_formula("@SUM(A1)"));
static_assert(!io::looks_like_formula("2026-01-01") && !io::looks_like_formula(""));

TEST_CASE("plain records, LF and CRLF mixed, blank lines skipped") {
    const auto r = read_all("id,date\r\nE1,2026-01-01\n\nE2,2026-02-01\r\n");
    CHECK(r.last == io::csv_status::end);
    CHECK(r.records == rows{{"id", "date"}, {"E1", "2026-01-01"}, {"E2", "2026-02-01"}});
    CHECK(r.lines == std::vector<std::uint64_t>{1, 2, 4});
}

TEST_CASE("a semicolon or tab separator (European spreadsheets): commas are then data") {
    const auto r = read_all("a;b\r\n\"x;y\";1,5\r\n", {}, ';');
    CHECK(r.records == rows{{"a", "b"}, {"x;y", "1,5"}});
    CHECK(read_all("a\tb\nc,d\te\n", {}, '\t').records == rows{{"a", "b"}, {"c,d", "e"}});
    const auto bad = read_all("\"a\",b\n", {}, ';');  // a comma after a quote is not a separator
    CHECK(bad.last == io::csv_status::error);
}

TEST_CASE("no line end after the last record (RFC 4180 2.2)") {
    const auto r = read_all("a,b\n1,2");
    CHECK(r.records == rows{{"a", "b"}, {"1", "2"}});
}

TEST_CASE("empty fields and a trailing comma") {
    const auto r = read_all("a,,c,\n");
    CHECK(r.records == rows{{"a", "", "c", ""}});
}

TEST_CASE("quoted fields: commas, doubled quotes, embedded newlines (RFC 4180 2.6, 2.7)") {
    const auto r = read_all("id,note\nE1,\"Paris, \"\"La Défense\"\"\nfloor 2\r\nroom 3\"\nE2,x\n");
    REQUIRE(r.last == io::csv_status::end);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1][1] == "Paris, \"La Défense\"\nfloor 2\r\nroom 3");
    CHECK(r.lines == std::vector<std::uint64_t>{1, 2, 5});  // E2 is on physical line 5
}

TEST_CASE("a lone CR ends a line too") {
    const auto r = read_all("a\rb\r");
    CHECK(r.records == rows{{"a"}, {"b"}});
    CHECK(r.lines == std::vector<std::uint64_t>{1, 2});
}

TEST_CASE("UTF-8 byte order mark is skipped") {
    const auto r = read_all("\xEF\xBB\xBFid,x\nE1,1\n");
    CHECK(r.records == rows{{"id", "x"}, {"E1", "1"}});
}

TEST_CASE("an incomplete BOM is data, rejected as invalid UTF-8") {
    const auto r = read_all("\xEF\xBBid\nE1\n");
    CHECK(r.records == rows{{"E1"}});
    CHECK(r.message == "invalid UTF-8 in column 1");
}

TEST_CASE("end of file inside a quoted field is an error at the record's line") {
    const auto r = read_all("a\n\"open\nstill open");
    CHECK(r.last == io::csv_status::error);
    CHECK(r.message == "end of file inside a quoted field");
    CHECK(r.error_line == 2);
}

TEST_CASE("a quote inside an unquoted field is an error") {
    const auto r = read_all("a\nab\"c\n");
    CHECK(r.last == io::csv_status::error);
    CHECK(r.message.starts_with("quote inside an unquoted field"));
    CHECK(r.error_line == 2);
}

TEST_CASE("text after a closing quote is an error") {
    const auto r = read_all("\"a\"b,c\n");
    CHECK(r.last == io::csv_status::error);
    CHECK(r.message == "unexpected character after a closing quote");
}

TEST_CASE("NUL bytes and invalid UTF-8 reject the record, reading goes on") {
    const auto r = read_all(std::string{"a,b\nx,y\0z\n\xFF,1\nok,2\n", 20});
    CHECK(r.records == rows{{"a", "b"}, {"ok", "2"}});
    CHECK(r.lines == std::vector<std::uint64_t>{1, 4});
}

TEST_CASE("a NUL-carrying record reports its column") {
    std::istringstream in{std::string{"x,y\0z\n", 6}};
    io::csv_reader r{*in.rdbuf()};
    std::vector<std::string> f;
    CHECK(r.read(f) == io::csv_status::bad_record);
    CHECK(r.message() == "NUL byte in column 2");
    CHECK(r.line() == 1);
    CHECK(r.read(f) == io::csv_status::end);
}

TEST_CASE("limits: field size and column count stop the reading") {
    const io::csv_limits small{.max_field_bytes = 8, .max_columns = 3};
    auto r = read_all("12345678,1\n", small);  // exactly at the limit
    CHECK(r.last == io::csv_status::end);
    r = read_all("a\n123456789\n", small);
    CHECK(r.last == io::csv_status::error);
    CHECK(r.message == "field longer than 8 bytes");
    CHECK(r.error_line == 2);
    r = read_all("\"123456789\"", small);
    CHECK(r.message == "field longer than 8 bytes");
    r = read_all("a,b,c\n", small);
    CHECK(r.last == io::csv_status::end);
    r = read_all("a,b,c,d\n", small);
    CHECK(r.last == io::csv_status::error);
    CHECK(r.message == "more than 3 columns");
}

TEST_CASE("problem(): each problem as a code and its number, for a host's own wording") {
    auto problem = [](const std::string& text, io::csv_limits limits = {}) {
        std::istringstream in{text};
        io::csv_reader r{*in.rdbuf(), limits};
        std::vector<std::string> f;
        while (r.read(f) == io::csv_status::record) {}
        return std::pair{r.problem(), r.problem_number()};
    };
    using enum io::csv_problem;
    const io::csv_limits small{.max_field_bytes = 8, .max_columns = 3};
    CHECK(problem("a\n") == std::pair{none, std::size_t{0}});
    CHECK(problem("a,b,c,d\n", small) == std::pair{too_many_columns, std::size_t{3}});
    CHECK(problem("123456789\n", small) == std::pair{field_too_long, std::size_t{8}});
    CHECK(problem("ab\"c\n") == std::pair{quote_in_unquoted_field, std::size_t{0}});
    CHECK(problem("\"open") == std::pair{end_of_file_in_quoted_field, std::size_t{0}});
    CHECK(problem("\"a\"b\n") == std::pair{character_after_quote, std::size_t{0}});
    CHECK(problem(std::string{"x,y,\0\n", 6}) == std::pair{nul_byte, std::size_t{3}});
    CHECK(problem("ok,\xFF\n") == std::pair{invalid_utf8, std::size_t{2}});
    // A good field after a bad one in the same record does not move the column.
    CHECK(problem("\xFF,ok\n") == std::pair{invalid_utf8, std::size_t{1}});
}

TEST_CASE("after an error every read says error") {
    std::istringstream in{"\"open"};
    io::csv_reader r{*in.rdbuf()};
    std::vector<std::string> f;
    CHECK(r.read(f) == io::csv_status::error);
    CHECK(r.read(f) == io::csv_status::error);
}

TEST_CASE("writer: quoting and formula neutralising") {
    std::string s;
    io::append_csv_record(s, {"E1", "a,b", "say \"hi\"", "=HYPERLINK(\"x\")", "-1", "@x", "+1",
                              "line\nbreak", ""});
    CHECK(s == "E1,\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",\"'-1\",\"'@x\",\"'+1\","
               "\"line\nbreak\",\r\n");
}

TEST_CASE("writer output reads back (round trip)") {
    const std::vector<std::string_view> fields{"a,b", "q\"q", "multi\r\nline", "plain", ""};
    std::string s;
    io::append_csv_record(s, fields);
    const auto r = read_all(s);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0] == std::vector<std::string>(fields.begin(), fields.end()));
}

TEST_CASE("a record of one empty field is written quoted, so it reads back") {
    std::string s;
    io::append_csv_record(s, {""});
    CHECK(s == "\"\"\r\n");
    const auto r = read_all(s + "x\r\n");
    CHECK(r.records == rows{{""}, {"x"}});
}

// A French or Dutch spreadsheet's CSV (docs/cli/output.md#csv): ';' between fields, ids that a
// spreadsheet would turn into numbers written as ="..." so they stay text.
static_assert(io::number_would_lose("00123") && io::number_would_lose("0456") &&
              io::number_would_lose("1234567890123456"));  // 16 digits: Excel keeps 15
static_assert(!io::number_would_lose("123") && !io::number_would_lose("0") &&
              !io::number_would_lose("123456789012345") && !io::number_would_lose("A0123") &&
              !io::number_would_lose("0-12") && !io::number_would_lose(""));

TEST_CASE("writer: a semicolon separator quotes a field holding it and not one with a comma") {
    std::string s;
    io::append_csv_record(s, {"a;b", "1,5", "fr; fr:ministry"}, ';');
    CHECK(s == "\"a;b\";1,5;\"fr; fr:ministry\"\r\n");
}

TEST_CASE("writer: an id with a leading zero stays text and other ids stay as they are") {
    std::string s;
    io::append_csv_text(s, "00123", ';');
    s += ';';
    io::append_csv_text(s, "123", ';');
    s += ';';
    io::append_csv_text(s, "=1+1", ';');  // a formula-like id is still neutralised
    CHECK(s == R"("=""00123""";123;"'=1+1")");
    // Read back as CSV, the field is the formula ="00123" (a spreadsheet shows 00123).
    std::string id;
    io::append_csv_text(id, "00123");
    const auto r = read_all(id + "\r\n");
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0][0] == R"(="00123")");
}
