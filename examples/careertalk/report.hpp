// Error and warning reporting of the careertalk tool: every problem is one line
// "FILE:LINE: field: message" on stderr, counted; --strict stops at the first error.
#pragma once

#include "labels.hpp"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace careertalk::cli {

// Thrown to stop the run (--strict, or input that cannot be read at all).
struct stop_run {};

class reporter {
public:
    explicit reporter(bool strict = false, lang l = lang::en) : strict_(strict), lang_(l) {}

    void error(std::string_view file, std::uint64_t line, std::string_view field,
               std::string_view message) {
        ++errors_;
        print(file, line, field, message);
        if (strict_) throw stop_run{};
    }
    void warning(std::string_view file, std::uint64_t line, std::string_view field,
                 std::string_view message) {
        print(file, line, field,
              std::string{warning_label(lang_)} + ": " + std::string{message});
    }
    // A problem with the run itself (a file that cannot be opened): always stops.
    [[noreturn]] void fatal(std::string_view file, std::string_view message) {
        ++errors_;
        std::fprintf(stderr, "%.*s: %.*s\n", static_cast<int>(file.size()), file.data(),
                     static_cast<int>(message.size()), message.data());
        throw stop_run{};
    }
    std::uint64_t errors() const noexcept { return errors_; }

private:
    static void print(std::string_view file, std::uint64_t line, std::string_view field,
                      std::string_view message) {
        std::fprintf(stderr, "%.*s:%llu: %.*s: %.*s\n", static_cast<int>(file.size()),
                     file.data(), static_cast<unsigned long long>(line),
                     static_cast<int>(field.size()), field.data(),
                     static_cast<int>(message.size()), message.data());
    }

    bool strict_;
    lang lang_;
    std::uint64_t errors_ = 0;
};

}  // namespace careertalk::cli
