// Helpers for the French tests: find an obligation or finding of an evaluation.
#pragma once

#include <careertalk/fr/law.hpp>
#include <careertalk/evaluate.hpp>

#include <cstddef>

namespace frtest {

using namespace careertalk;

// The n-th obligation of `kind` (0-based), or nullptr.
constexpr const obligation* find(const evaluation& ev, obligation_kind kind, std::size_t n = 0) {
    for (const obligation& o : ev.obligations)
        if (o.kind == kind && n-- == 0) return &o;
    return nullptr;
}

// The first obligation created by `rule`, or nullptr.
constexpr const obligation* by_rule(const evaluation& ev, const rule_ref* rule) {
    for (const obligation& o : ev.obligations)
        if (o.rule == rule) return &o;
    return nullptr;
}

constexpr std::size_t count(const evaluation& ev, obligation_kind kind) {
    std::size_t n = 0;
    for (const obligation& o : ev.obligations) n += o.kind == kind;
    return n;
}

// The last periodic interview listed (the one the clock points to).
constexpr const obligation* last_periodic(const evaluation& ev) {
    const obligation* last = nullptr;
    for (const obligation& o : ev.obligations)
        if (o.kind == obligation_kind::entretien_professionnel ||
            o.kind == obligation_kind::entretien_parcours_professionnel)
            last = &o;
    return last;
}

constexpr const finding* find(const evaluation& ev, finding_kind kind, const rule_ref* rule = nullptr) {
    for (const finding& f : ev.findings)
        if (f.kind == kind && (!rule || f.rule == rule)) return &f;
    return nullptr;
}

constexpr bool has_item(const obligation& o, std::string_view id) {
    for (const agenda_item& i : o.agenda)
        if (i.id == id) return true;
    return false;
}

constexpr bool explains(const obligation& o, const rule_ref* r) {
    for (const rule_ref* x : o.why)
        if (x == r) return true;
    return false;
}

}  // namespace frtest
