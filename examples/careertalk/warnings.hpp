// The warnings about missing facts (a birth date a rule needs, a headcount): one line per
// fact and rule at the end of the run, with the count and the first five ids, so a million
// rows without a headcount give one line, not a million; `--warnings all` gives one per row
// as they are read (docs/cli/input.md#warnings).
#pragma once

#include "labels.hpp"
#include "messages.hpp"
#include "report.hpp"

#include <careertalk/io/names.hpp>
#include <careertalk/results.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

class missing_facts {
public:
    missing_facts(bool each_row, lang l) : each_row_(each_row), lang_(l) {}

    // A finding of kind `missing` for employee `id` (row `line` of `file`).
    void note(reporter& rep, std::string_view file, std::uint64_t line, std::string_view id,
              const finding& f) {
        const std::string_view field = io::name_of(f.missing);
        const std::string rule = std::string{f.rule->id} + " (" + std::string{f.rule->citation} + ")";
        if (each_row_) {
            rep.warning(file, line, field, msg::missing_fact, {rule});
            return;
        }
        kind* k = nullptr;
        for (kind& c : kinds_)
            if (c.field == field && c.rule == rule && c.file == file) k = &c;
        if (k == nullptr)
            k = &kinds_.emplace_back(kind{std::string{file}, std::string{field}, rule, line});
        if (k->ids.size() < shown) k->ids.emplace_back(id);
        ++k->count;
    }

    // The summary lines, in the order the facts were first missed:
    // "FILE: field: warning: not given for N employees (A, B, C, D, E and 7 more); needed by RULE"
    // (for one employee: "FILE:LINE: field: warning: not given for employee A; needed by RULE").
    void summarise() const {
        for (const kind& k : kinds_) {
            std::string ids;
            for (const std::string& id : k.ids) ids += (ids.empty() ? "" : ", ") + id;
            if (k.count > k.ids.size())
                ids += " " + std::string{and_label(lang_)} + " " +
                       std::to_string(k.count - k.ids.size()) + std::string{more_label(lang_)};
            const std::string text =
                k.count == 1 ? say(msg::missing_fact_once, lang_, {ids, k.rule})
                             : say(msg::missing_facts, lang_, {std::to_string(k.count), ids, k.rule});
            // One employee: the row's line, as --warnings all gives it.
            const std::string where =
                k.count == 1 ? k.file + ":" + std::to_string(k.first_line) : k.file;
            std::fprintf(stderr, "%s: %s: %s: %s\n", where.c_str(), k.field.c_str(),
                         warning_label(lang_).data(), text.c_str());
        }
    }

private:
    static constexpr std::size_t shown = 5;
    struct kind {
        std::string file, field, rule;
        std::uint64_t first_line = 0;
        std::vector<std::string> ids{};
        std::uint64_t count = 0;
    };
    bool each_row_;
    lang lang_;
    std::vector<kind> kinds_;
};

}  // namespace careertalk::cli
