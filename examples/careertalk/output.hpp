// Output of the careertalk tool: a destination written atomically, and rows printed as an
// aligned table, CSV, JSON or Markdown.
#pragma once

#include <careertalk/rule.hpp>

#include <cstdio>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

enum class format { table, csv, json, ics, markdown };

struct output_error : std::runtime_error {
    using std::runtime_error::runtime_error;
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

private:
    void flush();
    std::string path_, tmp_;
    std::FILE* f_ = nullptr;
    std::string buf_;
    bool committed_ = false;
    bool special_ = false;  // not a regular file: no temporary, no rename
};

struct column {
    std::string_view id;  // CSV header and JSON key
    labels label{};       // table header
    bool number = false;  // JSON number
};

// Rows with a fixed set of columns. The table format aligns the rows of each group (one
// employee, one rule set) under a heading; the other formats ignore groups.
class row_writer {
public:
    row_writer(destination& out, format f, lang l, std::span<const column> cols);
    void group(std::string heading);
    void row(std::vector<std::string> values);
    void note(std::string text);     // a line under the last row (table only)
    void trailer(std::string text);  // a line after the group's rows (table only)
    void finish();

private:
    void flush_group();
    destination& out_;
    format format_ = format::table;  // set by the constructor; cppcheck misreads it otherwise
    lang lang_;
    std::span<const column> cols_;
    std::string heading_;
    std::vector<std::vector<std::string>> rows_;  // table: the rows of the current group
    std::vector<std::string> notes_;              // the note after each row ("" none)
    std::vector<std::string> trailers_;
    bool first_ = true;
};

}  // namespace careertalk::cli
