// careertalk/rule.hpp: the rules the library applies, each with its citation and the dates
// it was in force.
//
// A rule_ref is a constexpr value with static storage; results point to it, so an answer
// always names the rule behind it. Rule sets (the law of a country as in force on each date,
// a collective agreement, an organisation's policy) list their rules for the catalogue that
// `careertalk rules` prints and a lawyer reviews.
#pragma once

#include <careertalk/calendar.hpp>

#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>

namespace careertalk::inline v0 {

// Rule tables write their texts "..."_ct: the compiler passes the literal's length, where a
// string_view from a plain literal runs strlen one character at a time in constant evaluation
// (the tables hold ~90 KB of text). The library's own suffix: std's `sv` is not pulled into
// careertalk, so `using namespace careertalk` brings no operator a host could clash with.
constexpr std::string_view operator""_ct(const char* text, std::size_t size) noexcept {
    return {text, size};
}

// Languages of labels.
enum class lang : std::uint8_t { en, fr, nl };
BOOST_DESCRIBE_ENUM(lang, en, fr, nl)

// The country whose law a policy applies. Every policy type has a `static constexpr
// careertalk::jurisdiction jurisdiction`; a host employee type may declare one too, and then
// evaluating it under the other country's policy does not compile (evaluate.hpp).
enum class jurisdiction : std::uint8_t { fr, nl };
BOOST_DESCRIBE_ENUM(jurisdiction, fr, nl)

// A label in the three languages of the library.
struct labels {
    std::string_view en{};
    std::string_view fr{};
    std::string_view nl{};

    constexpr std::string_view operator()(lang l) const noexcept {
        switch (l) {
            case lang::fr: return fr;
            case lang::nl: return nl;
            case lang::en: break;
        }
        return en;
    }
};

// What kind of source a rule rests on, so a reader knows how binding it is.
enum class authority : std::uint8_t {
    statute,         // a code article or a law (C. trav., BW, ...)
    decree,          // a décret or a ministerial regulation
    case_law,        // a court decision
    agreement,       // a collective agreement (ANI, convention de branche, CAO)
    official,        // official guidance: ministry Q-R, CDC, UWV, service-public
    practice,        // organisational practice (the loopbaangesprek guide)
    interpretation,  // the library's reading where the text is silent; a policy switch
};
BOOST_DESCRIBE_ENUM(authority, statute, decree, case_law, agreement, official, practice,
                    interpretation)

// What an answer rests on, as the outputs' `basis` column says it: law, a collective agreement,
// guidance, practice, or a choice the library made where no text sets a date. A row whose basis
// is library_default is never legally overdue (status::advisory).
enum class basis : std::uint8_t {
    statute,            // a code article or a law
    regulation,         // a décret, an arrêté, a ministerial regulation
    case_law,           // a court decision reading the statute
    cao,                // a collective agreement (CAO; French ANI or accord de branche)
    official_guidance,  // ministry Q-R, CDC, UWV, service-public
    common_practice,    // organisational practice (the loopbaangesprek guide, a cycle)
    library_default,    // the library's own choice where no text decides
};
BOOST_DESCRIBE_ENUM(basis, statute, regulation, case_law, cao, official_guidance, common_practice,
                    library_default)

constexpr basis basis_of(authority a) noexcept {
    switch (a) {
        case authority::statute: return basis::statute;
        case authority::decree: return basis::regulation;
        case authority::case_law: return basis::case_law;
        case authority::agreement: return basis::cao;
        case authority::official: return basis::official_guidance;
        case authority::practice: return basis::common_practice;
        case authority::interpretation: break;
    }
    return basis::library_default;
}

// The words of the `basis` column (CSV, JSON, table, ICS).
constexpr std::string_view basis_name(basis b) noexcept {
    switch (b) {
        case basis::statute: return "statute";
        case basis::regulation: return "regulation";
        case basis::case_law: return "case law";
        case basis::cao: return "cao";
        case basis::official_guidance: return "official guidance";
        case basis::common_practice: return "common practice";
        case basis::library_default: break;
    }
    return "library default";
}

// One rule: a stable id, its citation, the period it was in force and its title.
struct rule_ref {
    std::string_view id{};      // stable, e.g. "fr.L6315-1.I.periodic.v5"
    std::string_view citation{};  // e.g. "C. trav., art. L6315-1, I (v5, LEGIARTI000038610069)"
    period in_force{};          // [first day, day after the last day); open_end if in force
    labels title{};
    authority basis = authority::statute;
    std::string_view reading = {};  // how the library reads the text, where it had to choose

    constexpr bool in_force_on(year_month_day d) const noexcept { return in_force.contains(d); }
};

// The rule a result names when it names none: an empty id. Results never hold a null pointer.
inline constexpr rule_ref no_rule{};

// A rule a result names, never null: unset it is `no_rule` (empty id, no citation), so `->`
// is always safe. `if (r)` tells whether one is set (an exemption, a deadline rule); comparing
// with nullptr does not compile, since no result holds one.
class rule_ptr {
public:
    constexpr rule_ptr() noexcept = default;
    constexpr rule_ptr(const rule_ref& r) noexcept : p_(&r) {}
    constexpr rule_ptr(std::nullptr_t) noexcept {}
    // A null pointer is no_rule. GCC with -fsanitize=undefined cannot compare a constexpr
    // object's address with null in constant evaluation, so there the test is made only when
    // the compiler can fold it (a null pointer); an object's address is taken as given.
    constexpr rule_ptr(const rule_ref* r) noexcept : p_(r) {
        if (std::is_constant_evaluated()) {
            if (__builtin_constant_p(r == nullptr) && r == nullptr) p_ = &no_rule;
        } else if (r == nullptr) {
            p_ = &no_rule;
        }
    }

    constexpr const rule_ref& operator*() const noexcept { return *p_; }
    constexpr const rule_ref* operator->() const noexcept { return p_; }
    constexpr const rule_ref* get() const noexcept { return p_; }
    constexpr operator const rule_ref*() const noexcept { return p_; }
    // By id: GCC's -fsanitize=null makes address comparisons non-constant.
    constexpr bool is_set() const noexcept { return !p_->id.empty(); }
    constexpr explicit operator bool() const noexcept { return is_set(); }

    friend constexpr bool operator==(rule_ptr a, rule_ptr b) noexcept { return a->id == b->id; }
    friend constexpr bool operator==(rule_ptr a, const rule_ref* b) noexcept {
        return a == rule_ptr{b};
    }
    friend bool operator==(rule_ptr, std::nullptr_t) = delete;

private:
    const rule_ref* p_ = &no_rule;
};

// A named list of rules: the catalogue entry of one rule set.
struct rule_set {
    std::string_view id;  // as given to `careertalk --rules`, e.g. "fr", "nl:cao-rijk"
    labels title{};
    std::span<const rule_ref* const> rules;
};

// Conventions the whole library applies. They are rules too, so explanations can cite them.
namespace conventions {

inline constexpr rule_ref clamp_to_month_end{
    .id = "conv.calendar.clamp"_ct,
    .citation = "CPC, art. 641, al. 2 (by analogy) (docs/conventions.md#clamp)"_ct,
    .in_force = {date::year{1900} / 1 / 1, open_end},
    .title = {.en = "Years and months are added with the day clamped to the month end"_ct,
              .fr = "Délais en mois ou années : à défaut de quantième identique, le dernier "
                    "jour du mois"_ct,
              .nl = "Termijnen in maanden of jaren: bij ontbrekende dag de laatste dag van de "
                    "maand"_ct},
    .basis = authority::interpretation,
    .reading = "29 Feb + 1 year = 28 Feb; 31 Mar + 1 month = 30 Apr; deadlines are inclusive; "
               "no weekend or holiday extension (CPC art. 642 is procedural)."_ct};

inline constexpr rule_ref age_on_birthday{
    .id = "conv.calendar.age"_ct,
    .citation = "Library convention (docs/conventions.md#age)"_ct,
    .in_force = {date::year{1900} / 1 / 1, open_end},
    .title = {.en = "Age N is reached on the Nth birthday (28 Feb for 29 Feb births in common "
                    "years)"_ct,
              .fr = "L'âge N est atteint au N-ième anniversaire (28 février pour les natifs du "
                    "29 février)"_ct,
              .nl = "Leeftijd N wordt bereikt op de N-de verjaardag (28 februari voor wie op 29 "
                    "februari is geboren)"_ct},
    .basis = authority::interpretation};

inline constexpr const rule_ref* all[] = {&clamp_to_month_end, &age_on_birthday};

inline constexpr rule_set set{
    .id = "conventions"_ct,
    .title = {.en = "Calendar conventions"_ct, .fr = "Conventions de calcul des dates"_ct,
              .nl = "Rekenregels voor data"_ct},
    .rules = all};

}  // namespace conventions

}  // namespace careertalk
