// How an HR export is written (docs/cli/input.md): its encoding, separator and date format,
// values with free case and spaces, decimal commas, and a map from its column names and labels
// to careertalk's. Everything here works on one field or one line; input.cpp reads the files.
#pragma once

#include "report.hpp"

#include <careertalk/calendar.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

// --- encoding --------------------------------------------------------------------------------

// `detect`: UTF-8 (a BOM is skipped) while the bytes are valid UTF-8; a file whose first
// non-ASCII byte is not UTF-8 is read as Windows-1252; a file with both is an error.
enum class encoding : std::uint8_t { detect, utf8, cp1252, latin1 };
std::optional<encoding> parse_encoding(std::string_view name);
std::string_view iconv_name(encoding e);

// The text of a file in UTF-8, as the CSV reader asks for it: valid UTF-8 lines a block at a
// time, a line to convert (or to report on) alone.
// Undecodable bytes and a mixed encoding are reported as FILE:LINE: encoding: ... and stop the
// run: the rest of such a file cannot be trusted.
class decoded_input : public std::streambuf {
public:
    decoded_input(std::streambuf& raw, std::string file, encoding e, reporter& rep);
    ~decoded_input() override;
    decoded_input(const decoded_input&) = delete;
    decoded_input& operator=(const decoded_input&) = delete;

    // The separator of the header line: the most frequent of ';', ',' and tab outside quotes
    // (',' when it has none; a tie is an error naming --delimiter).
    char detect_separator();

protected:
    int_type underflow() override;

private:
    bool fill();
    std::string_view raw_line();
    std::size_t first_not_utf8(std::string_view raw, std::size_t from = 0);
    bool passes(std::string_view raw);
    void decode(std::string_view raw);  // one line into out_
    void convert(std::string_view raw);

    std::streambuf& raw_;
    std::string pending_;  // raw bytes read, not yet decoded from pending_pos_
    std::size_t pending_pos_ = 0;
    std::string file_;
    encoding enc_;
    reporter& rep_;
    std::uint64_t line_ = 0;
    bool seen_utf8_ = false;  // a valid multi-byte UTF-8 sequence so far (detect)
    std::uint64_t cp1252_line_ = 0;  // the first line read as Windows-1252 (detect)
    std::string out_;
    void* cd_ = nullptr;  // iconv_t, opened on the first line that needs it
};

// --- fields ---------------------------------------------------------------------------------

// Trimmed of spaces (and no-break spaces), ASCII and Latin-1 letters lowercased, runs of spaces
// as one, the typographic apostrophe as ': the form values and names are compared in.
std::string fold(std::string_view v);

enum class date_format : std::uint8_t { any, iso, dmy, mdy };
std::optional<date_format> parse_date_format(std::string_view name);

struct date_result {
    std::optional<year_month_day> date;
    std::string error;  // set when !date
};
// YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY and (mdy, or any) MM/DD/YYYY, each optionally followed by a
// zero time (" 00:00", " 00:00:00", "T00:00:00"). With `any`, a slashed date that reads as two
// different dates is an error. The error is in language `l`.
date_result parse_date(std::string_view v, date_format f, lang l);

// A number with a decimal comma or point and spaces between thousands; must be whole.
std::optional<long long> parse_whole(std::string_view v, std::string& error, lang l);

// --- the map file ---------------------------------------------------------------------------

// A CSV with rows `section,from,to` (docs/cli/input.md#map):
//   column,Matricule,id               the export's column -> careertalk's
//   value:contract,CDI,cdi            a label of a field -> careertalk's name
//   default,kind,absence              a field the export does not have, for every row
//   option,date_format,dmy            delimiter, encoding or date_format of the file it maps
struct input_map {
    std::string file;
    std::map<std::string, std::string> columns;  // fold(from) -> to
    std::map<std::string, std::map<std::string, std::string>> values;  // field -> fold(label)
    std::map<std::string, std::vector<std::string>> labels;  // field -> labels as written
    std::map<std::string, std::string> defaults;  // field -> value
    std::optional<char> delimiter;
    std::optional<encoding> enc;
    std::optional<date_format> dates;

    // The careertalk name of an export's column (itself when unmapped).
    std::string column(std::string_view header) const;
    // The careertalk value of `v` in `field`: v itself when the map has no labels for the
    // field; nullopt (with a did-you-mean in `error`, in language `l`) when it has some but
    // not v.
    std::optional<std::string> value(std::string_view field, std::string_view v,
                                     std::string& error, lang l) const;
};

// Reads a map; errors are reported as MAP:LINE: field: message and stop the run.
input_map load_map(const std::string& path, reporter& rep);

// How the files are read: the command line's choices, then a file's map's.
struct dialect {
    std::optional<char> delimiter;
    encoding enc = encoding::detect;
    date_format dates = date_format::any;
};
dialect with_map(dialect d, const input_map* m);
std::optional<char> parse_delimiter(std::string_view name);

// Edit distance of two short names (for did-you-mean).
std::size_t edit_distance(std::string_view a, std::string_view b);

// 'v', cut at 40 bytes: a hostile 10 MiB field is not echoed whole.
inline std::string quote(std::string_view v) {
    constexpr std::size_t shown = 40;
    std::string s = "'";
    s.append(v.substr(0, shown));
    if (v.size() > shown) s += "...";
    return s + "'";
}

// The names `each(f)` calls f with, joined by ", ".
std::string list_names(auto each) {
    std::string s;
    each([&](std::string_view n) {
        if (!s.empty()) s += ", ";
        s += n;
    });
    return s;
}

// The name `each(f)` calls f with closest to v within two edits (compared folded), or "".
std::string closest(std::string_view v, auto each) {
    std::string best;
    std::size_t best_d = 3;
    const std::string fv = fold(v.substr(0, 64));
    each([&](std::string_view n) {
        const std::size_t d = edit_distance(fv, fold(n));
        if (d < best_d && d < n.size() / 2) best_d = d, best = n;
    });
    return best;
}

// "; did you mean 'x'?" for the closest name, else " (one of: ...)", in language `l`.
std::string suggestion(std::string_view v, auto each, lang l) {
    if (const std::string best = closest(v, each); !best.empty())
        return say(msg::did_you_mean, l, {quote(best)});
    return say(msg::one_of, l, {list_names(each)});
}

}  // namespace careertalk::cli
