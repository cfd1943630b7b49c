#include "output.hpp"
#include "xlsx.hpp"

#include <careertalk/calendar.hpp>
#include <careertalk/io/csv.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace careertalk::cli {

std::string date_text(year_month_day d) {
    const int y = static_cast<int>(d.year());
    if (!d.ok() || y < 1000 || y > 9999) {
        std::ostringstream s;
        s << d;
        return s.str();
    }
    const auto m = static_cast<unsigned>(d.month()), dd = static_cast<unsigned>(d.day());
    const auto digit = [](unsigned v) { return static_cast<char>('0' + v % 10); };
    const auto uy = static_cast<unsigned>(y);
    return {digit(uy / 1000), digit(uy / 100), digit(uy / 10), digit(uy), '-', digit(m / 10),
            digit(m),         '-',             digit(dd / 10), digit(dd)};
}

destination::destination(std::string path) : path_(std::move(path)) {
    if (path_.empty() || path_ == "-") {
        f_ = stdout;
        return;
    }
    std::error_code ec;
    const auto st = std::filesystem::status(path_, ec);
    if (std::filesystem::is_directory(st)) throw output_error(msg::output_is_directory, {path_});
    if (std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
        // A device or a pipe (/dev/stdout, /dev/full): written in place, never replaced.
        f_ = std::fopen(path_.c_str(), "wb");
        if (!f_) throw output_error(msg::cannot_write, {path_, std::strerror(errno)});
        special_ = true;
        return;
    }
    tmp_ = path_ + ".tmp-" + std::to_string(::getpid());
    f_ = std::fopen(tmp_.c_str(), "wb");
    if (!f_)
        throw output_error(msg::cannot_write_temporary, {path_, tmp_, std::strerror(errno)});
}

destination::~destination() {
    if (f_ && f_ != stdout) std::fclose(f_);
    if (f_ != stdout && !committed_ && !special_ && !tmp_.empty()) std::remove(tmp_.c_str());
}

void destination::flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size())
        write_failed(errno);
    buf_.clear();
}

void destination::write_failed(int err) const {
    if (f_ == stdout) throw output_error(msg::stdout_write_failed, {std::strerror(err)});
    throw output_error(msg::write_failed, {path_, std::strerror(err)});
}

std::string destination::file_for_library() {
    if (f_ == stdout) throw output_error(msg::stdout_needs_file, {});
    if (special_) throw output_error(msg::needs_file, {path_});
    if (std::fclose(f_) != 0) {
        f_ = nullptr;
        write_failed(errno);
    }
    f_ = nullptr;
    return tmp_;
}

void destination::commit() {
    if (f_ == nullptr && !tmp_.empty()) {  // written by a library (file_for_library)
        if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
            const int err = errno;
            std::remove(tmp_.c_str());
            throw output_error(msg::cannot_rename, {path_, tmp_, std::strerror(err)});
        }
        committed_ = true;
        return;
    }
    flush();
    if (std::fflush(f_) != 0 || std::ferror(f_)) write_failed(errno);
    if (f_ == stdout) return;
    const int rc = std::fclose(f_);
    f_ = nullptr;
    if (special_) {
        if (rc != 0) write_failed(errno);
        committed_ = true;
        return;
    }
    if (rc != 0) {
        const int err = errno;
        std::remove(tmp_.c_str());
        write_failed(err);
    }
    if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
        const int err = errno;
        std::remove(tmp_.c_str());
        throw output_error(msg::cannot_rename, {path_, tmp_, std::strerror(err)});
    }
    committed_ = true;
}

namespace {

// Display width of UTF-8 text: one column per code point (the labels are Latin text).
std::size_t width(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The first `n` columns of `s` (whole code points).
std::string_view first_columns(std::string_view s, std::size_t n) {
    std::size_t at = 0;
    for (std::size_t cols = 0; at < s.size(); ++at)
        if ((static_cast<unsigned char>(s[at]) & 0xC0) != 0x80 && cols++ == n) break;
    return s.substr(0, at);
}

// `s` in lines of at most `n` columns, cut after the last space that fits (a word longer
// than a line is cut inside it, between code points).
std::vector<std::string_view> wrap(std::string_view s, std::size_t n) {
    std::vector<std::string_view> out;
    while (width(s) > n && n > 0) {
        std::string_view head = first_columns(s, n);
        const std::size_t space = head.rfind(' ');
        if (space != std::string_view::npos && space > 0) head = head.substr(0, space);
        out.push_back(head);
        s.remove_prefix(head.size());
        while (s.starts_with(' ')) s.remove_prefix(1);
    }
    if (!s.empty() || out.empty()) out.push_back(s);
    return out;
}

void append_markdown_cell(std::string& out, std::string_view v) {
    for (char c : v) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out.push_back(c);
    }
}

// A French or Dutch spreadsheet (docs/cli/output.md#csv): `;` between fields, since the
// comma is the decimal separator there.
constexpr char spreadsheet_separator = ';';

}  // namespace

boost::json::value json_number(const std::string& decimal) {
    const double d = std::strtod(decimal.c_str(), nullptr);
    const auto whole = static_cast<std::int64_t>(d);
    if (static_cast<double>(whole) == d) return whole;
    return d;
}

std::size_t table_width(bool full) {
    if (full) return 0;
    if (::isatty(STDOUT_FILENO) != 0) {
        if (const char* c = std::getenv("COLUMNS")) {
            char* end = nullptr;
            const unsigned long n = std::strtoul(c, &end, 10);
            if (end != c && *end == '\0' && n > 0) return n;
        }
        winsize ws{};
        if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    }
    return 100;
}

row_writer::row_writer(destination& out, format f, lang l, std::span<const column> cols,
                       const boost::json::object& head, std::size_t width)
    : out_(out), format_(f), lang_(l), cols_(cols), envelope_(!head.empty()), width_(width) {
    std::string& b = out_.buffer();
    if (format_ == format::csv) {
        std::vector<std::string_view> names;
        for (const column& c : cols_) names.push_back(lang_ == lang::en ? c.id : c.label(lang_));
        if (lang_ == lang::en) {
            io::append_csv_record(b, names);
        } else {
            b += "\xEF\xBB\xBF";  // UTF-8 BOM: Excel reads the file as UTF-8
            io::append_csv_record(b, names, spreadsheet_separator);
        }
    } else if (format_ == format::json) {
        if (envelope_) {
            std::string h = boost::json::serialize(head);
            h.pop_back();  // the closing brace: "rows" and the tail follow
            b += h + R"(,"rows":[)";
        } else {
            b += "[";
        }
    }
}

// A value as a French or Dutch spreadsheet reads it: dates DD/MM/YYYY (fr) or DD-MM-YYYY
// (nl, the Dutch regional format), decimal commas.
std::string row_writer::localised(std::string_view v, cell type) const {
    if (type == cell::number) {
        std::string n{v};
        std::replace(n.begin(), n.end(), '.', ',');
        return n;
    }
    if (type == cell::date && parse_iso_date(v)) {
        const char sep = lang_ == lang::fr ? '/' : '-';
        std::string s{v.substr(8, 2)};
        s += sep;
        s += v.substr(5, 2);
        s += sep;
        s += v.substr(0, 4);
        return s;
    }
    return std::string{v};
}

void row_writer::group(std::string heading) {
    flush_group();
    heading_ = std::move(heading);
}

void row_writer::row(std::vector<std::string> values) {
    ++count_;
    std::string& b = out_.buffer();
    switch (format_) {
        case format::csv: {
            if (lang_ == lang::en) {
                io::append_csv_record(b, values);
                break;
            }
            for (std::size_t i = 0; i < cols_.size(); ++i) {
                if (i != 0) b += spreadsheet_separator;
                if (cols_[i].type == cell::id)
                    io::append_csv_text(b, values[i], spreadsheet_separator);
                else
                    io::append_csv_field(b, localised(values[i], cols_[i].type),
                                         spreadsheet_separator);
            }
            b += "\r\n";
            break;
        }
        case format::json: {
            boost::json::object o;
            for (std::size_t i = 0; i < cols_.size(); ++i) {
                boost::json::value& x = o[cols_[i].id];
                if (values[i].empty()) x = nullptr;
                else if (cols_[i].type == cell::number) x = json_number(values[i]);
                else x = values[i];
            }
            b += first_ ? "\n" : ",\n";
            b += boost::json::serialize(o);
            break;
        }
        case format::xlsx:
            rows_.push_back(std::move(values));
            return;
        case format::rows:
            sink_(cols_, std::move(values));
            return;
        default:
            rows_.push_back(std::move(values));
            notes_.emplace_back();
            return;
    }
    first_ = false;
    out_.flush_if_big();
}

void row_writer::note(std::string text) {
    if (!notes_.empty()) notes_.back() = std::move(text);
}

void row_writer::trailer(std::string text) {
    if (format_ == format::table) trailers_.push_back(std::move(text));
}

void row_writer::flush_group() {
    std::string& b = out_.buffer();
    if (format_ == format::markdown) {
        if (!heading_.empty()) {
            b += first_ ? "## " : "\n## ";
            b += heading_;
            b += "\n\n";
            first_ = false;
        }
        if (!rows_.empty()) {
            b += '|';
            for (const column& c : cols_) {
                b += ' ';
                b += c.label(lang_);
                b += " |";
            }
            b += "\n|";
            for (std::size_t i = 0; i < cols_.size(); ++i) b += " --- |";
            b += '\n';
            for (const auto& r : rows_) {
                b += '|';
                for (const auto& v : r) {
                    b += ' ';
                    append_markdown_cell(b, v);
                    b += " |";
                }
                b += '\n';
            }
            first_ = false;
        }
    } else if (format_ == format::table &&
               (!heading_.empty() || !rows_.empty() || !trailers_.empty())) {
        flush_table();
    }
    if (format_ == format::xlsx) return;  // every row goes to the one sheet at finish()
    rows_.clear();
    notes_.clear();
    trailers_.clear();
    heading_.clear();
    out_.flush_if_big();
}

// Aligned columns. Over the width limit, the widest column that may shrink gives up its
// width first (down to its shrink_to), its cells wrapped onto more lines; --explain keeps
// every cell on one line.
void row_writer::flush_table() {
    std::string& b = out_.buffer();
    if (!first_) b += '\n';
    if (!heading_.empty()) b += heading_ + '\n';
    std::vector<std::size_t> w(cols_.size());
    for (std::size_t i = 0; i < cols_.size(); ++i) w[i] = width(cols_[i].label(lang_));
    for (const auto& r : rows_)
        for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], width(r[i]));
    std::size_t total = 1;
    for (std::size_t x : w) total += x + 2;
    while (width_ != 0 && total - 1 > width_) {
        std::size_t widest = cols_.size();
        for (std::size_t i = 0; i < cols_.size(); ++i)
            if (cols_[i].shrink_to != 0 && w[i] > cols_[i].shrink_to &&
                (widest == cols_.size() || w[i] > w[widest]))
                widest = i;
        if (widest == cols_.size()) break;
        const std::size_t cut = std::min(total - 1 - width_, w[widest] - cols_[widest].shrink_to);
        w[widest] -= cut;
        total -= cut;
    }
    // One row: a cell wider than its column continues on the next lines, cut at spaces.
    auto line = [&](auto cell) {
        std::vector<std::vector<std::string_view>> parts(cols_.size());
        std::size_t height = 1;
        for (std::size_t i = 0; i < cols_.size(); ++i) {
            parts[i] = wrap(cell(i), w[i]);
            height = std::max(height, parts[i].size());
        }
        for (std::size_t k = 0; k < height; ++k) {
            std::string l = " ";
            for (std::size_t i = 0; i < cols_.size(); ++i) {
                const std::string_view v = k < parts[i].size() ? parts[i][k] : "";
                l += ' ';
                l += v;
                if (i + 1 < cols_.size()) l.append(w[i] - width(v) + 1, ' ');
            }
            while (!l.empty() && l.back() == ' ') l.pop_back();
            b += l + '\n';
        }
    };
    if (!rows_.empty()) line([&](std::size_t i) { return cols_[i].label(lang_); });
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        line([&](std::size_t i) { return std::string_view{rows_[r][i]}; });
        if (!notes_[r].empty()) b += "      " + notes_[r] + '\n';
    }
    for (const std::string& t : trailers_) {
        const auto lines = wrap(t, width_ > 8 ? width_ - 4 : t.size());
        for (std::size_t k = 0; k < lines.size(); ++k)
            b += (k == 0 ? "  " : "    ") + std::string{lines[k]} + '\n';
    }
    first_ = false;
}

void row_writer::finish(const boost::json::object& tail, std::string_view sheet) {
    flush_group();
    if (format_ == format::xlsx) {
        write_xlsx(out_.file_for_library(), sheet, cols_, lang_, rows_);
        return;
    }
    if (format_ != format::json) return;
    std::string& b = out_.buffer();
    b += first_ ? "]" : "\n]";
    if (envelope_) {
        for (const auto& kv : tail) {
            b += ",\n" + boost::json::serialize(boost::json::string{kv.key()}) + ":";
            b += boost::json::serialize(kv.value());
        }
        b += "}";
    }
    b += "\n";
}

}  // namespace careertalk::cli
