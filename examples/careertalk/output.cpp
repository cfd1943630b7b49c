#include "output.hpp"

#include <careertalk/io/csv.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace careertalk::cli {

destination::destination(std::string path) : path_(std::move(path)) {
    if (path_.empty() || path_ == "-") {
        f_ = stdout;
        return;
    }
    std::error_code ec;
    const auto st = std::filesystem::status(path_, ec);
    if (std::filesystem::is_directory(st)) throw output_error(path_ + ": is a directory");
    if (std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
        // A device or a pipe (/dev/stdout, /dev/full): written in place, never replaced.
        f_ = std::fopen(path_.c_str(), "wb");
        if (!f_) throw output_error(path_ + ": cannot write: " + std::strerror(errno));
        special_ = true;
        return;
    }
    tmp_ = path_ + ".tmp-" + std::to_string(::getpid());
    f_ = std::fopen(tmp_.c_str(), "wb");
    if (!f_)
        throw output_error(path_ + ": cannot write a temporary file next to it (" + tmp_ +
                           "): " + std::strerror(errno));
}

destination::~destination() {
    if (f_ && f_ != stdout) {
        std::fclose(f_);
        if (!committed_ && !special_) std::remove(tmp_.c_str());
    }
}

void destination::flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size())
        throw output_error((f_ == stdout ? std::string{"standard output"} : path_) +
                           ": write failed: " + std::strerror(errno));
    buf_.clear();
}

void destination::commit() {
    flush();
    const std::string name = f_ == stdout ? std::string{"standard output"} : path_;
    if (std::fflush(f_) != 0 || std::ferror(f_))
        throw output_error(name + ": write failed: " + std::strerror(errno));
    if (f_ == stdout) return;
    const int rc = std::fclose(f_);
    f_ = nullptr;
    if (special_) {
        if (rc != 0) throw output_error(path_ + ": write failed: " + std::strerror(errno));
        committed_ = true;
        return;
    }
    if (rc != 0) {
        std::remove(tmp_.c_str());
        throw output_error(name + ": write failed: " + std::strerror(errno));
    }
    if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
        const int err = errno;
        std::remove(tmp_.c_str());
        throw output_error(name + ": cannot rename " + tmp_ + ": " + std::strerror(err));
    }
    committed_ = true;
}

namespace {

// Display width of UTF-8 text: one column per code point (the labels are Latin text).
std::size_t width(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void append_markdown_cell(std::string& out, std::string_view v) {
    for (char c : v) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out.push_back(c);
    }
}

}  // namespace

row_writer::row_writer(destination& out, format f, lang l, std::span<const column> cols)
    : out_(out), format_(f), lang_(l), cols_(cols) {
    std::string& b = out_.buffer();
    if (format_ == format::csv) {
        std::vector<std::string_view> ids;
        for (const column& c : cols_) ids.push_back(c.id);
        io::append_csv_record(b, ids);
    } else if (format_ == format::json) {
        b += "[";
    }
}

void row_writer::group(std::string heading) {
    flush_group();
    heading_ = std::move(heading);
}

void row_writer::row(std::vector<std::string> values) {
    std::string& b = out_.buffer();
    switch (format_) {
        case format::csv: {
            std::vector<std::string_view> v(values.begin(), values.end());
            io::append_csv_record(b, v);
            break;
        }
        case format::json: {
            b += first_ ? "\n{" : ",\n{";
            for (std::size_t i = 0; i < cols_.size(); ++i) {
                if (i != 0) b += ',';
                b += boost::json::serialize(boost::json::string{cols_[i].id});
                b += ':';
                if (values[i].empty()) b += "null";
                else if (cols_[i].number) b += values[i];
                else b += boost::json::serialize(boost::json::string{values[i]});
            }
            b += '}';
            break;
        }
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
        if (!first_) b += '\n';
        if (!heading_.empty()) b += heading_ + '\n';
        std::vector<std::size_t> w(cols_.size());
        for (std::size_t i = 0; i < cols_.size(); ++i) w[i] = width(cols_[i].label(lang_));
        for (const auto& r : rows_)
            for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], width(r[i]));
        auto line = [&](auto cell) {
            std::string l = " ";
            for (std::size_t i = 0; i < cols_.size(); ++i) {
                const std::string_view v = cell(i);
                l += ' ';
                l += v;
                if (i + 1 < cols_.size()) l.append(w[i] - width(v) + 1, ' ');
            }
            while (!l.empty() && l.back() == ' ') l.pop_back();
            b += l + '\n';
        };
        if (!rows_.empty()) line([&](std::size_t i) { return cols_[i].label(lang_); });
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            line([&](std::size_t i) { return std::string_view{rows_[r][i]}; });
            if (!notes_[r].empty()) b += "      " + notes_[r] + '\n';
        }
        for (const std::string& t : trailers_) b += "  " + t + '\n';
        first_ = false;
    }
    rows_.clear();
    notes_.clear();
    trailers_.clear();
    heading_.clear();
    out_.flush_if_big();
}

void row_writer::finish() {
    flush_group();
    if (format_ == format::json) out_.buffer() += first_ ? "]\n" : "\n]\n";
}

}  // namespace careertalk::cli
