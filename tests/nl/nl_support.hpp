// Helpers for the Dutch tests: pick results out of an evaluation.
#pragma once

#include <careertalk/results.hpp>

#include <cstddef>

namespace nl_test {

// The n-th obligation of `kind` (0-based), or nullptr.
constexpr const careertalk::obligation* nth(const careertalk::evaluation& ev,
                                            careertalk::obligation_kind kind, std::size_t n = 0) {
    for (const auto& o : ev.obligations)
        if (o.kind == kind && n-- == 0) return &o;
    return nullptr;
}

constexpr std::size_t count(const careertalk::evaluation& ev, careertalk::obligation_kind kind) {
    std::size_t n = 0;
    for (const auto& o : ev.obligations) n += o.kind == kind;
    return n;
}

// The n-th finding about `about` of kind `kind`, or nullptr.
constexpr const careertalk::finding* finding_of(const careertalk::evaluation& ev,
                                                careertalk::finding_kind kind,
                                                careertalk::obligation_kind about,
                                                std::size_t n = 0) {
    for (const auto& f : ev.findings)
        if (f.kind == kind && f.about == about && n-- == 0) return &f;
    return nullptr;
}

// True when the agenda has an item with this id.
constexpr bool has_item(const careertalk::agenda& a, std::string_view id) {
    for (const auto& i : a)
        if (i.id == id) return true;
    return false;
}

}  // namespace nl_test
