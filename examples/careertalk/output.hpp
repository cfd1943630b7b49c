// Output of the careertalk tool: a destination written atomically, and rows printed as an
// aligned table, CSV (plain, or for a French or Dutch spreadsheet), JSON, Markdown or an xlsx
// workbook (docs/cli/output.md).
#pragma once

#include "messages.hpp"

#include <careertalk/rule.hpp>

#include <boost/json/object.hpp>

#include <cstdio>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

// A date as the tool writes it: "2027-01-15", as date.h's operator<< prints it (which a date of
// years 1000-9999 skips: no stream is built for the million rows of a big run).
std::string date_text(year_month_day d);

// rows: each row handed to a row_sink (the Python module), nothing written.
enum class format { table, csv, json, ics, markdown, xlsx, rows };

// what() is the English text; text(l) the message in the run's language.
class output_error : public std::runtime_error {
public:
    output_error(const labels& m, std::initializer_list<std::string_view> args)
        : std::runtime_error(say(m, lang::en, args)), message_(&m), args_(args.begin(), args.end()) {}
    std::string text(lang l) const {
        const std::vector<std::string_view> args(args_.begin(), args_.end());
        return say(*message_, l, args);
    }

private:
    const labels* message_;  // a message of messages.hpp (static)
    std::vector<std::string> args_;
};

// Standard output, or a file written to FILE.tmp-PID and renamed over FILE on commit(), so a
// partial file is never presented as complete (a device such as /dev/stdout is written in
// place). Write failures (a full disk) throw.
class destination {
public:
    explicit destination(std::string path);  // "" or "-": standard output
    destination(const destination&) = delete;
    destination& operator=(const destination&) = delete;
    ~destination();

    std::string& buffer() { return buf_; }
    void flush_if_big() {
        if (buf_.size() >= (std::size_t{1} << 20)) flush();
    }
    void commit();
    // For a library that writes the file itself (xlsx): closes the stream and returns the
    // temporary file's path; commit() renames it. Standard output and devices are refused.
    std::string file_for_library();

private:
    void flush();
    [[noreturn]] void write_failed(int err) const;  // errno
    std::string path_, tmp_;
    std::FILE* f_ = nullptr;
    std::string buf_;
    bool committed_ = false;
    bool special_ = false;  // not a regular file: no temporary, no rename
};

// What a column holds: localised CSV and xlsx write dates and numbers in the reader's
// convention and keep ids as text; JSON writes numbers as numbers.
enum class cell : unsigned char { text, number, date, id };

struct column {
    std::string_view id;       // CSV header and JSON key
    labels label{};            // table header, and the header of a French or Dutch CSV or xlsx
    cell type = cell::text;
    // The table may cut it down to this width to fit the terminal (0: never; --explain: never).
    std::uint8_t shrink_to = 0;
};

// Where format::rows sends each row: the columns, and the row's values (unlocalised, as the
// English CSV writes them).
using row_sink = std::function<void(std::span<const column> cols, std::vector<std::string> values)>;

// A decimal ("3000.00") as a JSON number: an integer when it has no fraction (3000, not the
// 3E3 Boost.JSON writes for a double).
boost::json::value json_number(const std::string& decimal);

// The width the table fits: $COLUMNS on a terminal, else the terminal's width, else 100;
// 0 (no limit) when `full` (--explain).
std::size_t table_width(bool full);

// Rows with a fixed set of columns. The table format aligns the rows of each group (one
// employee, one rule set) under a heading; the other formats ignore groups.
class row_writer {
public:
    // `head` (JSON only): the keys of the envelope object written before "rows"; without it
    // JSON is a bare array of rows. `width`: the table's limit (table_width()).
    row_writer(destination& out, format f, lang l, std::span<const column> cols,
               const boost::json::object& head = {}, std::size_t width = 0);
    void send_to(row_sink sink) { sink_ = std::move(sink); }  // format::rows
    void group(std::string heading);
    void row(std::vector<std::string> values);
    void note(std::string text);     // a line under the last row (table only)
    void trailer(std::string text);  // a line after the group's rows (table only)
    // `tail` (JSON with a head): the keys written after "rows". `sheet`: the xlsx sheet's name.
    void finish(const boost::json::object& tail = {}, std::string_view sheet = "careertalk");
    std::uint64_t rows() const noexcept { return count_; }

private:
    void flush_group();
    void flush_table();
    std::string localised(std::string_view v, cell type) const;
    destination& out_;
    format format_ = format::table;  // set by the constructor; cppcheck misreads it otherwise
    lang lang_;
    std::span<const column> cols_;
    bool envelope_ = false;        // JSON: an object with "rows"
    std::size_t width_ = 0;        // table: 0 no limit
    std::string heading_;
    std::vector<std::vector<std::string>> rows_;  // table: the group's rows; xlsx: every row
    std::vector<std::string> notes_;              // the note after each row ("" none)
    std::vector<std::string> trailers_;
    bool first_ = true;
    std::uint64_t count_ = 0;
    row_sink sink_;
};

}  // namespace careertalk::cli
