// careertalk/io/csv.hpp: a small streaming CSV reader (RFC 4180) and a safe CSV writer.
//
// The reader takes quoted fields with embedded commas, quotes and newlines, CRLF, LF or CR
// line ends (mixed), a UTF-8 byte order mark, and counts physical lines so that every error
// can be reported as FILE:LINE. It is built for hostile input: a field or a record that is
// too big stops the reading with an error instead of eating memory, a NUL byte or invalid
// UTF-8 rejects the record and reading goes on. A problem is given as an English message()
// and as a code, problem(), that a host can word in its own language. The writer neutralises
// fields a spreadsheet would run as a formula (OWASP "CSV injection").
#pragma once

#include <cstddef>
#include <cstdint>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::inline v0::io {

// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF; Unicode 15, table 3-7).
constexpr bool valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t n = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) n = 1;
        else if (b == 0xE0) n = 2, lo = 0xA0;
        else if (b == 0xED) n = 2, hi = 0x9F;
        else if (b >= 0xE1 && b <= 0xEF) n = 2;
        else if (b == 0xF0) n = 3, lo = 0x90;
        else if (b == 0xF4) n = 3, hi = 0x8F;
        else if (b >= 0xF1 && b <= 0xF3) n = 3;
        else return false;
        if (s.size() - i <= n) return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) return false;
        }
        i += n + 1;
    }
    return true;
}

struct csv_limits {
    std::size_t max_field_bytes = std::size_t{1} << 20;  // 1 MiB
    std::size_t max_columns = 1024;
};

enum class csv_status {
    record,      // `fields` holds the next record
    end,         // no more records
    bad_record,  // this record is rejected (message()); the next read() goes on after it
    error,       // the input cannot be read further (message()); every later read() says so
};

// What went wrong after bad_record or error, for a host that words it in its own language:
// message() is the English text of problem() and problem_number().
enum class csv_problem : std::uint8_t {
    none,
    too_many_columns,             // more than csv_limits::max_columns (the number)
    field_too_long,               // longer than csv_limits::max_field_bytes (the number)
    quote_in_unquoted_field,      // a '"' inside a field that does not start with one
    end_of_file_in_quoted_field,  // the input ends before the closing quote
    character_after_quote,        // a closing quote followed by other than a separator or end
    nul_byte,                     // a NUL byte in column `number` (1-based): record rejected
    invalid_utf8,                 // invalid UTF-8 in column `number` (1-based): record rejected
};

class csv_reader {
public:
    // `separator`: ',' (RFC 4180), or ';' or tab as European spreadsheets write.
    explicit csv_reader(std::streambuf& in, csv_limits limits = {}, char separator = ',')
        : in_(&in), limits_(limits), separator_(separator) {}

    // Reads the next non-blank record into `fields` (resized to its column count).
    csv_status read(std::vector<std::string>& fields) {
        if (failed_) return csv_status::error;
        if (at_start_) skip_bom();
        while (peek() == '\r' || peek() == '\n') get();  // blank lines
        if (peek() == eof) return csv_status::end;
        record_line_ = line_;
        bad_ = csv_problem::none;
        std::size_t n = 0;
        for (;;) {
            if (n == limits_.max_columns)
                return fail(csv_problem::too_many_columns, limits_.max_columns);
            if (n == fields.size()) fields.emplace_back();
            std::string& f = fields[n++];
            f.clear();
            const bool quoted = peek() == '"';
            if (!(quoted ? read_quoted(f) : read_plain(f))) return csv_status::error;
            if (bad_ == csv_problem::none) check_content(f, n);
            const int c = get();
            if (c == separator_) continue;
            if (c == '\r' && peek() == '\n') get();
            break;  // end of line or of input
        }
        fields.resize(n);
        if (bad_ != csv_problem::none) {
            set_problem(bad_, bad_column_);
            return csv_status::bad_record;
        }
        return csv_status::record;
    }

    // Physical line (1-based) on which the last record read began.
    std::uint64_t line() const noexcept { return record_line_; }
    // What went wrong, after bad_record or error.
    const std::string& message() const noexcept { return message_; }
    // The same as a code and the number it names (0 when none).
    csv_problem problem() const noexcept { return problem_; }
    std::size_t problem_number() const noexcept { return number_; }

private:
    static constexpr int eof = std::char_traits<char>::eof();
    static constexpr std::size_t block = std::size_t{1} << 16;  // read from the input at once

    // The input is read a block at a time into buf_ (the bytes from pos_ are unread), so that
    // an unquoted field is found and copied at once.
    bool refill() {
        if (pos_ < buf_.size()) return true;
        buf_.resize(block);
        const auto n = in_->sgetn(buf_.data(), static_cast<std::streamsize>(block));
        buf_.resize(static_cast<std::size_t>(n > 0 ? n : 0));
        pos_ = 0;
        return !buf_.empty();
    }
    int peek() {
        if (pos_ == buf_.size() && !refill()) return eof;
        return static_cast<unsigned char>(buf_[pos_]);
    }
    int get() {
        const int c = peek();
        if (c == eof) return c;
        ++pos_;
        if (c == '\n' || (c == '\r' && peek() != '\n')) ++line_;
        return c;
    }

    // The bytes of an incomplete BOM stay data (the start of the first field), where the
    // UTF-8 check rejects them.
    void skip_bom() {
        at_start_ = false;
        refill();  // a whole block, or the whole input when shorter
        if (std::string_view{buf_}.starts_with("\xEF\xBB\xBF")) pos_ += 3;
    }

    bool read_plain(std::string& f) {
        for (;;) {
            const char* const b = buf_.data() + pos_;
            const char* const e = buf_.data() + buf_.size();
            const char* p = b;
            while (p != e && *p != separator_ && *p != '\r' && *p != '\n' && *p != '"') ++p;
            const auto n = static_cast<std::size_t>(p - b);
            if (f.size() + n > limits_.max_field_bytes) {
                fail(csv_problem::field_too_long, limits_.max_field_bytes);
                return false;
            }
            f.append(b, n);
            pos_ += n;
            if (p != e) {
                if (*p != '"') return true;
                fail(csv_problem::quote_in_unquoted_field);
                return false;
            }
            if (!refill()) return true;  // end of input
        }
    }

    bool read_quoted(std::string& f) {
        get();  // opening quote
        for (;;) {
            const int c = get();
            if (c == eof) {
                fail(csv_problem::end_of_file_in_quoted_field);
                return false;
            }
            if (c == '"') {
                if (peek() != '"') break;
                get();
            }
            if (f.size() >= limits_.max_field_bytes) {
                fail(csv_problem::field_too_long, limits_.max_field_bytes);
                return false;
            }
            f.push_back(static_cast<char>(c));
        }
        const int c = peek();
        if (c != separator_ && c != '\r' && c != '\n' && c != eof) {
            fail(csv_problem::character_after_quote);
            return false;
        }
        return true;
    }

    void check_content(std::string_view f, std::size_t column) {
        bool ascii = true;  // and no NUL: the usual field, checked in one pass
        for (const char c : f) ascii &= static_cast<unsigned char>(c - 1) < 0x7F;
        if (ascii) return;
        if (f.find('\0') != std::string_view::npos) bad_ = csv_problem::nul_byte;
        else if (!valid_utf8(f)) bad_ = csv_problem::invalid_utf8;
        else return;
        bad_column_ = column;
    }

    void set_problem(csv_problem p, std::size_t number) {
        problem_ = p;
        number_ = number;
        const std::string n = std::to_string(number);
        switch (p) {
            case csv_problem::too_many_columns: message_ = "more than " + n + " columns"; break;
            case csv_problem::field_too_long: message_ = "field longer than " + n + " bytes"; break;
            case csv_problem::quote_in_unquoted_field:
                message_ = "quote inside an unquoted field (quote the whole field and double "
                           "the quote)";
                break;
            case csv_problem::end_of_file_in_quoted_field:
                message_ = "end of file inside a quoted field";
                break;
            case csv_problem::character_after_quote:
                message_ = "unexpected character after a closing quote";
                break;
            case csv_problem::nul_byte: message_ = "NUL byte in column " + n; break;
            case csv_problem::invalid_utf8: message_ = "invalid UTF-8 in column " + n; break;
            case csv_problem::none: message_.clear(); break;
        }
    }

    csv_status fail(csv_problem p, std::size_t number = 0) {
        failed_ = true;
        set_problem(p, number);
        return csv_status::error;
    }

    std::streambuf* in_;
    csv_limits limits_;
    int separator_;
    std::uint64_t line_ = 1;
    std::uint64_t record_line_ = 1;
    bool at_start_ = true;
    bool failed_ = false;
    std::string buf_;
    std::size_t pos_ = 0;
    csv_problem bad_ = csv_problem::none;  // of the record being read
    std::size_t bad_column_ = 0;
    csv_problem problem_ = csv_problem::none;
    std::size_t number_ = 0;
    std::string message_;
};

// True when a spreadsheet would run `v` as a formula: it starts with =, +, -, @, a tab or a
// carriage return (OWASP, "CSV Injection").
constexpr bool looks_like_formula(std::string_view v) noexcept {
    return !v.empty() && std::string_view{"=+-@\t\r"}.find(v.front()) != std::string_view::npos;
}

// Appends `v` to `out` as one CSV field: a formula-like field gets a leading apostrophe, and
// the field is quoted (quotes doubled) when it holds the separator, a quote or a line end.
inline void append_csv_field(std::string& out, std::string_view v, char sep = ',') {
    const bool formula = looks_like_formula(v);
    bool quote = formula;
    for (const char c : v) quote |= (c == '"') | (c == '\r') | (c == '\n') | (c == sep);
    if (!quote) {
        out += v;
        return;
    }
    out.push_back('"');
    if (formula) out.push_back('\'');
    for (char c : v) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

// True when a spreadsheet opening a CSV would turn the text `v` into a number and lose it:
// digits only, with a leading zero (00123 becomes 123) or more than 15 digits (Excel keeps
// 15 significant digits).
constexpr bool number_would_lose(std::string_view v) noexcept {
    if (v.empty() || v.find_first_not_of("0123456789") != std::string_view::npos) return false;
    return (v.size() > 1 && v.front() == '0') || v.size() > 15;
}

// Appends `v` as a field a spreadsheet shows as that text: a number it would change is
// written as the formula ="00123" (quoted, RFC 4180), which Excel and LibreOffice show as
// 00123; any other text as append_csv_field. The formula only ever holds digits.
inline void append_csv_text(std::string& out, std::string_view v, char sep = ',') {
    if (!number_would_lose(v)) return append_csv_field(out, v, sep);
    out += R"("="")";
    out += v;
    out += R"(""")";
}

// Appends the fields as one CSV record ending in CRLF (RFC 4180, 2.1). A record of one empty
// field is written "" so that it is not read back as a blank line.
template <class Field = std::string_view>  // or std::string
void append_csv_record(std::string& out, const std::vector<Field>& fields, char sep = ',') {
    if (fields.size() == 1 && fields[0].empty()) {
        out += "\"\"\r\n";
        return;
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i != 0) out.push_back(sep);
        append_csv_field(out, fields[i], sep);
    }
    out += "\r\n";
}

}  // namespace careertalk::io
