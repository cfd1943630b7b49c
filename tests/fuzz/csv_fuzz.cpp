// libFuzzer target: careertalk/io/csv.hpp. Whatever the bytes, the reader ends (end or error),
// keeps to its limits, reports non-decreasing line numbers, never returns a record with a NUL
// byte or invalid UTF-8, and every record it returns survives a write/read round trip through
// append_csv_record (a formula-like field reads back with its neutralising apostrophe).
#include <careertalk/io/csv.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace io = careertalk::io;

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "csv_fuzz: %s\n", what);
        std::abort();
    }
}

constexpr io::csv_limits limits{.max_field_bytes = 256, .max_columns = 16};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in{std::string{reinterpret_cast<const char*>(data), size}};
    io::csv_reader reader{*in.rdbuf(), limits};
    std::vector<std::string> fields;
    std::uint64_t last_line = 0;
    for (std::size_t n = 0;; ++n) {
        check(n <= size + 1, "more records than input bytes");
        const auto st = reader.read(fields);
        if (st == io::csv_status::end) break;
        check(reader.line() >= last_line, "line numbers went backwards");
        last_line = reader.line();
        if (st == io::csv_status::error) {
            check(!reader.message().empty(), "error without a message");
            check(reader.read(fields) == io::csv_status::error, "read after an error");
            break;
        }
        if (st == io::csv_status::bad_record) {
            check(!reader.message().empty(), "bad record without a message");
            continue;
        }
        check(!fields.empty() && fields.size() <= limits.max_columns, "column limit");
        for (const std::string& f : fields) {
            check(f.size() <= limits.max_field_bytes, "field limit");
            check(f.find('\0') == std::string::npos, "NUL byte in a record");
            check(io::valid_utf8(f), "invalid UTF-8 in a record");
        }
        // Round trip through the writer (after a BOM, so that a field starting with U+FEFF
        // is not taken for one).
        std::string text = "\xEF\xBB\xBF";
        io::append_csv_record(text, std::vector<std::string_view>(fields.begin(), fields.end()));
        std::istringstream again{text};
        io::csv_reader back{*again.rdbuf(), {.max_field_bytes = 2 * limits.max_field_bytes + 2,
                                             .max_columns = limits.max_columns}};
        std::vector<std::string> copy;
        check(back.read(copy) == io::csv_status::record, "written record does not read back");
        check(copy.size() == fields.size(), "round trip changed the column count");
        for (std::size_t i = 0; i < fields.size(); ++i)
            check(copy[i] == (io::looks_like_formula(fields[i]) ? "'" + fields[i] : fields[i]),
                  "round trip changed a field");
        check(back.read(copy) == io::csv_status::end, "written record reads as more");
    }
    return 0;
}
