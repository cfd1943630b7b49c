#include "dialect.hpp"

#include <careertalk/io/csv.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <fstream>

#ifdef CAREERTALK_ICONV
#include <iconv.h>
#endif

namespace careertalk::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
            diag = up;
        }
    }
    return row[b.size()];
}

// --- encoding --------------------------------------------------------------------------------

std::optional<encoding> parse_encoding(std::string_view name) {
    const std::string n = fold(name);
    if (n == "detect" || n == "auto") return encoding::detect;
    if (n == "utf-8" || n == "utf8") return encoding::utf8;
    if (n == "cp1252" || n == "windows-1252") return encoding::cp1252;
    if (n == "latin1" || n == "latin-1" || n == "iso-8859-1") return encoding::latin1;
    return std::nullopt;
}

std::string_view iconv_name(encoding e) {
    switch (e) {
        case encoding::cp1252: return "WINDOWS-1252";
        case encoding::latin1: return "ISO-8859-1";
        case encoding::detect:
        case encoding::utf8: break;
    }
    return "UTF-8";
}

namespace {

// The length of the valid UTF-8 sequence at s[i] (a non-ASCII byte), 0 when invalid.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    for (std::size_t n = 2; n <= 4 && i + n <= s.size(); ++n)
        if (io::valid_utf8(s.substr(i, n))) return n;
    return 0;
}

std::string hex(unsigned char b) {
    constexpr std::string_view digits = "0123456789ABCDEF";
    return std::string{"0x"} + digits[b >> 4] + digits[b & 15];
}

constexpr std::size_t max_line = std::size_t{16} << 20;  // a longer line is cut (see below)
constexpr std::size_t block = std::size_t{1} << 16;       // read, and handed on, at once

}  // namespace

// cppcheck-suppress uninitMemberVar ; false positive: reference members, all initialised
decoded_input::decoded_input(std::streambuf& raw, std::string file, encoding e, reporter& rep)
    : raw_(raw), file_(std::move(file)), enc_(e), rep_(rep) {}

decoded_input::~decoded_input() {
#ifdef CAREERTALK_ICONV
    if (cd_ != nullptr) iconv_close(static_cast<iconv_t>(cd_));
#endif
}

// Reads more of the raw file after the bytes not yet decoded; false at its end.
bool decoded_input::fill() {
    pending_.erase(0, pending_pos_);
    pending_pos_ = 0;
    const std::size_t had = pending_.size();
    pending_.resize(had + block);
    const auto n = raw_.sgetn(pending_.data() + had, static_cast<std::streamsize>(block));
    pending_.resize(had + static_cast<std::size_t>(n > 0 ? n : 0));
    return n > 0;
}

// The next raw line with its '\n' (or the rest of the file); "" at the end. A hostile line
// without end is cut after max_line bytes, where a UTF-8 sequence does not continue.
std::string_view decoded_input::raw_line() {
    bool more = true;
    std::size_t from = 0;  // searched for '\n' before
    for (;;) {
        const std::string_view rest = std::string_view{pending_}.substr(pending_pos_);
        std::size_t n = rest.find('\n', from);
        if (n != std::string_view::npos && n < max_line) {
            ++n;
        } else if (rest.size() >= max_line) {
            n = max_line;
            while (n < rest.size() && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) ++n;
            if (n == rest.size() && more) n = std::string_view::npos;
        } else if (!more) {
            n = rest.size();
        }
        if (n == std::string_view::npos) {
            from = rest.size();
            more = fill();
            continue;
        }
        pending_pos_ += n;
        return rest.substr(0, n);
    }
}

// The first byte of `raw` from `from` on that begins no valid UTF-8 character, or npos; notes
// a multi-byte character before it (seen_utf8_).
std::size_t decoded_input::first_not_utf8(std::string_view raw, std::size_t from) {
    for (std::size_t i = from; i < raw.size(); ++i) {
        if (static_cast<unsigned char>(raw[i]) < 0x80) continue;
        const std::size_t n = utf8_length(raw, i);
        if (n == 0) return i;
        seen_utf8_ = true;
        i += n - 1;
    }
    return std::string_view::npos;
}

// Whether a line goes out as it is: UTF-8 (valid, as far as `detect` is concerned) after the
// first line, in a file not found to be Windows-1252.
bool decoded_input::passes(std::string_view raw) {
    if (line_ == 0) return false;  // its BOM is checked, and the separator found, on it alone
    if (enc_ == encoding::utf8) return true;  // the CSV reader rejects a record with invalid UTF-8
    if (enc_ != encoding::detect || cp1252_line_ != 0) return false;
    return first_not_utf8(raw) == std::string_view::npos;
}

void decoded_input::decode(std::string_view raw) {
    ++line_;
    if (line_ == 1 && raw.starts_with("\xEF\xBB\xBF")) {
        if (enc_ == encoding::cp1252 || enc_ == encoding::latin1) {
            rep_.error(file_, 1, "encoding", msg::bom_but_encoding, {iconv_name(enc_)});
            throw stop_run{};
        }
        seen_utf8_ = true;
    }
    if (enc_ == encoding::utf8) {
        out_ = raw;  // the CSV reader rejects a record with invalid UTF-8
        return;
    }
    if (enc_ == encoding::detect) {
        // UTF-8 up to the first byte that is not, if any: then the file is Windows-1252 from
        // this line on, unless UTF-8 came before it.
        std::size_t i = 0;
        if (cp1252_line_ == 0) {
            i = first_not_utf8(raw);
            if (i == std::string_view::npos) {
                out_ = raw;
                return;
            }
            if (seen_utf8_) {
                rep_.error(file_, line_, "encoding", msg::mixed_byte,
                           {hex(static_cast<unsigned char>(raw[i]))});
                throw stop_run{};
            }
            cp1252_line_ = line_;
        }
        // In Windows-1252, a valid UTF-8 character is UTF-8 mixed in.
        for (; i < raw.size(); ++i) {
            if (static_cast<unsigned char>(raw[i]) >= 0x80 && utf8_length(raw, i) != 0) {
                rep_.error(file_, line_, "encoding", msg::mixed_line,
                           {std::to_string(cp1252_line_)});
                throw stop_run{};
            }
        }
    }
    convert(raw);
}

void decoded_input::convert(std::string_view raw) {
    const encoding from = enc_ == encoding::detect ? encoding::cp1252 : enc_;
#ifdef CAREERTALK_ICONV
    if (cd_ == nullptr) {
        iconv_t cd = iconv_open("UTF-8", std::string{iconv_name(from)}.c_str());
        // iconv_open's failure value is (iconv_t)-1 (POSIX).
        if (cd == reinterpret_cast<iconv_t>(-1)) {  // NOLINT(performance-no-int-to-ptr)
            rep_.error(file_, line_, "encoding", msg::iconv_cannot, {iconv_name(from)});
            throw stop_run{};
        }
        cd_ = cd;
    }
    out_.resize(raw.size() * 3);  // a Windows-1252 byte is at most 3 bytes of UTF-8
    // cppcheck-suppress invalidLifetime ; false positive: `raw` is this function's parameter
    char* in = const_cast<char*>(raw.data());  // iconv's signature; it does not write there
    std::size_t in_left = raw.size();
    char* out = out_.data();
    std::size_t out_left = out_.size();
    // cppcheck-suppress invalidLifetime ; false positive: `raw` is this function's parameter
    if (iconv(static_cast<iconv_t>(cd_), &in, &in_left, &out, &out_left) ==
        static_cast<std::size_t>(-1)) {
        rep_.error(file_, line_, "encoding",
                   enc_ == encoding::detect ? msg::not_a_character_detected : msg::not_a_character,
                   {hex(static_cast<unsigned char>(*in)), iconv_name(from)});
        throw stop_run{};
    }
    out_.resize(out_.size() - out_left);
#else
    (void)raw;
    rep_.error(file_, line_, "encoding", msg::no_iconv, {iconv_name(from)});
    throw stop_run{};
#endif
}

decoded_input::int_type decoded_input::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    // Lines that pass as they are go out a block at a time. A line to convert, or to report
    // on, goes out alone, after the lines before it have been read (and their errors told).
    out_.clear();
    while (out_.size() < block) {
        const std::string_view raw = raw_line();
        if (raw.empty()) break;
        if (passes(raw)) {
            ++line_;
            out_ += raw;
            continue;
        }
        if (out_.empty()) {
            decode(raw);
            break;
        }
        pending_pos_ -= raw.size();  // decoded by the next call
        break;
    }
    if (out_.empty()) return traits_type::eof();
    setg(out_.data(), out_.data(), out_.data() + out_.size());
    return traits_type::to_int_type(*gptr());
}

char decoded_input::detect_separator() {
    if (traits_type::eq_int_type(underflow(), traits_type::eof())) return ',';
    std::array<std::size_t, 3> count{};
    constexpr std::array<char, 3> seps{';', ',', '\t'};
    bool quoted = false;
    for (const char* p = gptr(); p < egptr(); ++p) {
        if (*p == '"') quoted = !quoted;
        if (quoted) continue;
        for (std::size_t k = 0; k < seps.size(); ++k) count[k] += *p == seps[k];
    }
    const auto best = std::max_element(count.begin(), count.end());
    if (*best == 0) return ',';
    if (std::count(count.begin(), count.end(), *best) > 1) {
        rep_.error(file_, 1, "delimiter", msg::separator_tie);
        throw stop_run{};
    }
    return seps[static_cast<std::size_t>(best - count.begin())];
}

// --- fields ---------------------------------------------------------------------------------

std::string fold(std::string_view v) {
    // Most values are folded already (ASCII without capitals or blanks): copied at once.
    bool folded = true;
    for (const char c : v)
        folded &= (c > ' ') & (c <= '~') & !((c >= 'A') & (c <= 'Z'));
    if (folded) return std::string{v};
    std::string s;
    bool space = false;
    for (std::size_t i = 0; i < v.size(); ++i) {
        auto b = static_cast<unsigned char>(v[i]);
        const std::string_view rest = v.substr(i);
        // spaces: ASCII, no-break (U+00A0), narrow no-break (U+202F)
        std::size_t blank = b == ' ' || b == '\t' ? 1
                            : rest.starts_with("\xC2\xA0") ? 2
                            : rest.starts_with("\xE2\x80\xAF") ? 3
                                                               : 0;
        if (blank != 0) {
            space = true;
            i += blank - 1;
            continue;
        }
        if (space && !s.empty()) s.push_back(' ');
        space = false;
        if (rest.starts_with("\xE2\x80\x99")) {  // ’
            s.push_back('\'');
            i += 2;
        } else if (b == 0xC3 && i + 1 < v.size()) {  // Latin-1 capitals À..Þ but ×
            auto c = static_cast<unsigned char>(v[i + 1]);
            if (c >= 0x80 && c <= 0x9E && c != 0x97) c = static_cast<unsigned char>(c + 0x20);
            s.push_back(static_cast<char>(b));
            s.push_back(static_cast<char>(c));
            ++i;
        } else {
            if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b - 'A' + 'a');
            s.push_back(static_cast<char>(b));
        }
    }
    return s;
}

std::optional<date_format> parse_date_format(std::string_view name) {
    const std::string n = fold(name);
    if (n == "any" || n == "auto") return date_format::any;
    if (n == "iso" || n == "yyyy-mm-dd") return date_format::iso;
    if (n == "dmy" || n == "dd/mm/yyyy") return date_format::dmy;
    if (n == "mdy" || n == "mm/dd/yyyy") return date_format::mdy;
    return std::nullopt;
}

namespace {

std::optional<int> number(std::string_view s) {
    int n = 0;
    if (s.empty() || s.size() > 4) return std::nullopt;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return n;
}

std::optional<year_month_day> ymd(int y, int m, int d) {
    const year_month_day r{date::year{y}, date::month{static_cast<unsigned>(m)},
                           date::day{static_cast<unsigned>(d)}};
    if (m < 1 || m > 12 || d < 1 || d > 31 || !r.ok()) return std::nullopt;
    return r;
}

std::string long_text(year_month_day d, lang l) {
    // cppcheck-suppress ignoredReturnValue ; false positive: the result is concatenated
    return std::to_string(static_cast<unsigned>(d.day())) + " " +
           std::string{msg::months[static_cast<unsigned>(d.month()) - 1](l)} + " " +
           std::to_string(static_cast<int>(d.year()));
}

}  // namespace

date_result parse_date(std::string_view v, date_format f, lang l) {
    const std::string_view expected = (f == date_format::iso   ? msg::expected_iso
                                       : f == date_format::dmy ? msg::expected_dmy
                                       : f == date_format::mdy ? msg::expected_mdy
                                                               : msg::expected_any)(l);
    const std::string bad = quote(v);
    auto not_calendar = [&] {
        return date_result{std::nullopt, say(msg::not_a_calendar_date, l, {bad, expected})};
    };
    // A date-time is a date when its time is midnight (what spreadsheets write for a date).
    std::string_view d = v;
    if (const auto t = v.find_first_of(" T"); t != std::string_view::npos) {
        const std::string_view time = v.substr(t + 1);
        if (time != "00:00" && time != "00:00:00" && time != "0:00" && time != "00:00:00.000")
            return {std::nullopt, say(msg::time_of_day, l, {bad, expected})};
        d = v.substr(0, t);
    }
    if (d.size() == 10 && d[4] == '-' && d[7] == '-') {
        if (auto r = parse_iso_date(d)) return {r, {}};
        return not_calendar();
    }
    const auto s1 = d.find_first_of("/-");
    const auto s2 = s1 == std::string_view::npos ? s1 : d.find(d[s1], s1 + 1);
    if (f == date_format::iso || s2 == std::string_view::npos || d.size() - s2 != 5)
        return not_calendar();
    const auto a = number(d.substr(0, s1)), b = number(d.substr(s1 + 1, s2 - s1 - 1)),
               y = number(d.substr(s2 + 1));
    if (!a || !b || !y || s1 > 2 || s2 - s1 > 3) return not_calendar();
    const bool slash = d[s1] == '/';
    const bool dmy_ok = f != date_format::mdy;
    const bool mdy_ok = slash && f != date_format::dmy;
    const auto as_dmy = dmy_ok ? ymd(*y, *b, *a) : std::nullopt;
    const auto as_mdy = mdy_ok ? ymd(*y, *a, *b) : std::nullopt;
    if (as_dmy && as_mdy && *as_dmy != *as_mdy)
        return {std::nullopt,
                say(msg::ambiguous_date, l, {bad, long_text(*as_dmy, l), long_text(*as_mdy, l)})};
    if (as_dmy) return {as_dmy, {}};
    if (as_mdy) return {as_mdy, {}};
    return not_calendar();
}

std::optional<long long> parse_whole(std::string_view v, std::string& error, lang l) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string_view rest = v.substr(i);
        if (v[i] == ' ') continue;  // thousands: "1 200"
        if (rest.starts_with("\xC2\xA0")) {
            ++i;
            continue;
        }
        if (rest.starts_with("\xE2\x80\xAF")) {
            i += 2;
            continue;
        }
        s.push_back(v[i] == ',' ? '.' : v[i]);
    }
    const auto point = s.find('.');
    const std::string_view whole = std::string_view{s}.substr(0, point);
    long long n = 0;
    const auto [end, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), n);
    if (ec != std::errc{} || end != whole.data() + whole.size()) {
        error = msg::not_a_number(l);
        return std::nullopt;
    }
    if (point != std::string::npos) {
        const std::string_view frac = std::string_view{s}.substr(point + 1);
        if (frac.empty() || frac.find_first_not_of('0') != std::string_view::npos) {
            error = (frac.find_first_not_of("0123456789") != std::string_view::npos
                         ? msg::not_a_number
                         : msg::not_a_whole_number)(l);
            return std::nullopt;
        }
    }
    return n;
}

std::optional<char> parse_delimiter(std::string_view name) {
    if (name == ";" || name == "semicolon") return ';';
    if (name == "," || name == "comma") return ',';
    if (name == "\t" || name == "tab" || name == "\\t") return '\t';
    return std::nullopt;
}

// --- the map file ---------------------------------------------------------------------------

std::string input_map::column(std::string_view header) const {
    const auto it = columns.find(fold(header));
    return it != columns.end() ? it->second : std::string{header};
}

std::optional<std::string> input_map::value(std::string_view field, std::string_view v,
                                            std::string& error, lang l) const {
    const auto f = values.find(std::string{field});
    if (f == values.end()) return std::string{v};
    if (const auto it = f->second.find(fold(v)); it != f->second.end()) return it->second;
    error = say(msg::label_not_in_map, l,
                {quote(v), file, suggestion(
                                     v,
                                     [&](auto each) {
                                         for (const std::string& n : labels.at(std::string{field}))
                                             each(n);
                                     },
                                     l)});
    return std::nullopt;
}

dialect with_map(dialect d, const input_map* m) {
    if (m == nullptr) return d;
    if (m->delimiter) d.delimiter = m->delimiter;
    if (m->enc) d.enc = *m->enc;
    if (m->dates) d.dates = *m->dates;
    return d;
}

input_map load_map(const std::string& path, reporter& rep) {
    input_map m;
    m.file = path;
    std::ifstream raw_file{path, std::ios::binary};
    if (!raw_file) rep.fatal(path, msg::cannot_open_map);
    decoded_input in{*raw_file.rdbuf(), path, encoding::detect, rep};
    const char sep = in.detect_separator();
    io::csv_reader csv{in, {}, sep};
    std::vector<std::string> row;
    bool header = false;
    for (;;) {
        const auto st = csv.read(row);
        if (st == io::csv_status::end) break;
        const std::uint64_t line = csv.line();
        const lang l = rep.language();
        auto fail = [&](std::string_view field, const std::string& message) {
            rep.error(path, line, field, message);
            throw stop_run{};
        };
        if (st != io::csv_status::record) fail("csv", csv_text(csv, l));
        if (!header) {
            header = true;
            if (row.size() != 3 || fold(row[0]) != "section" || fold(row[1]) != "from" ||
                fold(row[2]) != "to")
                fail("header", say(msg::map_header, l));
            continue;
        }
        if (row.size() != 3) fail("csv", say(msg::map_row_width, l, {std::to_string(row.size())}));
        const std::string section = fold(row[0]);
        const std::string& from = row[1];
        const std::string& to = row[2];
        if (section == "column") {
            if (!m.columns.emplace(fold(from), to).second)
                fail("from", say(msg::column_mapped_twice, l, {quote(from)}));
        } else if (section.starts_with("value:") && section.size() > 6) {
            const std::string field = section.substr(6);
            if (!m.values[field].emplace(fold(from), to).second)
                fail("from", say(msg::label_mapped_twice, l, {quote(from), field}));
            m.labels[field].push_back(from);
        } else if (section == "default") {
            m.defaults[from] = to;
        } else if (section == "option") {
            const std::string o = fold(from);
            if (o == "delimiter") {
                if (!(m.delimiter = parse_delimiter(to))) fail("to", say(msg::map_delimiter, l));
            } else if (o == "encoding") {
                if (!(m.enc = parse_encoding(to)))
                    fail("to", say(msg::map_encoding, l, {quote(to)}));
            } else if (o == "date_format") {
                if (!(m.dates = parse_date_format(to)))
                    fail("to", say(msg::map_date_format, l, {quote(to)}));
            } else {
                fail("from", say(msg::map_unknown_option, l, {quote(from)}));
            }
        } else {
            fail("section", say(msg::map_unknown_section, l, {quote(row[0])}));
        }
    }
    if (!header) rep.fatal(path, msg::empty_map);
    return m;
}

}  // namespace careertalk::cli
