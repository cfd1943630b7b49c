// Error and warning reporting of the careertalk tool: every problem is one line
// "FILE:LINE: field: message" on stderr, counted; --strict stops at the first error.
#pragma once

#include "messages.hpp"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace careertalk::cli {

// Thrown to stop the run (--strict, or input that cannot be read at all).
struct stop_run {};

class reporter {
public:
    explicit reporter(bool strict = false, lang l = lang::en) : strict_(strict), lang_(l) {}

    // Where problems go instead of stderr (the Python module raises them): file, line (0 for
    // the file itself), field, message, and whether it is an error.
    using hook = std::function<void(std::string_view, std::uint64_t, std::string_view,
                                    std::string_view, bool)>;
    void collect(hook h) { hook_ = std::move(h); }
    bool collecting() const noexcept { return static_cast<bool>(hook_); }

    void error(std::string_view file, std::uint64_t line, std::string_view field,
               std::string_view message) {
        ++errors_;
        if (hook_) hook_(file, line, field, message, true);
        else print(file, line, field, message);
        if (strict_) throw stop_run{};
    }
    void warning(std::string_view file, std::uint64_t line, std::string_view field,
                 std::string_view message) {
        if (hook_) hook_(file, line, field, message, false);
        else print(file, line, field,
                   std::string{warning_label(lang_)} + ": " + std::string{message});
    }
    // A problem with the run itself (a file that cannot be opened): always stops.
    [[noreturn]] void fatal(std::string_view file, std::string_view message) {
        ++errors_;
        if (hook_) hook_(file, 0, "", message, true);
        else {
            end_status();
            std::fprintf(stderr, "%.*s: %.*s\n", static_cast<int>(file.size()), file.data(),
                         static_cast<int>(message.size()), message.data());
        }
        throw stop_run{};
    }
    // The same with a message of messages.hpp in the run's language, `{}` filled by `args`.
    void error(std::string_view file, std::uint64_t line, std::string_view field,
               const labels& m, std::initializer_list<std::string_view> args = {}) {
        error(file, line, field, say(m, lang_, args));
    }
    void warning(std::string_view file, std::uint64_t line, std::string_view field,
                 const labels& m, std::initializer_list<std::string_view> args = {}) {
        warning(file, line, field, say(m, lang_, args));
    }
    [[noreturn]] void fatal(std::string_view file, const labels& m,
                            std::initializer_list<std::string_view> args = {}) {
        fatal(file, say(m, lang_, args));
    }
    std::uint64_t errors() const noexcept { return errors_; }
    lang language() const noexcept { return lang_; }

    // A line that stays at the bottom of the terminal (progress.hpp): redrawn in place, and
    // erased before a problem is printed and by end_status().
    void status(std::string_view text) {
        std::fprintf(stderr, "\r%.*s\033[K", static_cast<int>(text.size()), text.data());
        std::fflush(stderr);
        status_shown_ = true;
    }
    void end_status() {
        if (status_shown_) std::fputs("\r\033[K", stderr);
        status_shown_ = false;
    }

private:
    void print(std::string_view file, std::uint64_t line, std::string_view field,
               std::string_view message) {
        end_status();
        std::fprintf(stderr, "%.*s:%llu: %.*s: %.*s\n", static_cast<int>(file.size()),
                     file.data(), static_cast<unsigned long long>(line),
                     static_cast<int>(field.size()), field.data(),
                     static_cast<int>(message.size()), message.data());
    }

    bool strict_;
    lang lang_;
    std::uint64_t errors_ = 0;
    bool status_shown_ = false;
    hook hook_;
};

}  // namespace careertalk::cli
