// careertalk/adapt.hpp: reading the host's own types.
//
// A payroll vendor already has an Employee struct. The library reads it in one of three
// ways, in this order of preference:
//
//   1. The host describes it with BOOST_DESCRIBE_STRUCT using the library's member names
//      (hire_date, birth_date, absences, ...). Members with other names are ignored; members
//      with a library name must convert to the library's field type (a std::vector<absence>
//      to std::span<const absence>, a std::string to std::string_view, a
//      std::chrono::year_month_day to a date). The employee views the host's value.
//   2. The host specialises careertalk::employee_traits<T> (or company_traits<T>) with
//      `static void to_employee(const T&, careertalk::employee_storage&)` (or `to_company`
//      with a company_storage) that fills an owning storage with what it converts.
//   3. The host converts to careertalk::employee itself.
//
// Lifetimes: an employee is a view. Path 1 views the host's value, path 2 the storage, path 3
// whatever the host pointed it at: evaluate while that lives. A traits function cannot return
// an employee (its histories would point into locals that die on return): that signature is a
// compile error that says so. Reuse one storage per thread (evaluate_into takes one): clear()
// keeps the capacity, so nothing is allocated per employee once it has grown.
//
// Each likely mistake stops at compile time with one short message naming the member and what
// was expected (docs/troubleshooting.md has the compilers' text; tests/compile_fail the cases).
#pragma once

#include <careertalk/facts.hpp>
#include <careertalk/results.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <concepts>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

// The storages below hold std::vectors, usable in constant expressions only where the
// standard library's vector is constexpr (C++20's P1004R2: libstdc++ 12, libc++ 15). A
// function that defines a storage is constexpr there only; elsewhere (emscripten 3.1's libc++
// 14, the WebAssembly build of docs/web.md) it is an ordinary inline function.
#if defined(__cpp_lib_constexpr_vector) && __cpp_lib_constexpr_vector >= 201907L
#define CAREERTALK_CONSTEXPR_STORAGE constexpr
#else
#define CAREERTALK_CONSTEXPR_STORAGE inline
#endif

namespace careertalk::inline v0 {

// Specialise to map a host type whose member names differ from the library's:
//   template <> struct employee_traits<Host> {
//       static void to_employee(const Host&, careertalk::employee_storage&);
//   };
template <class T>
struct employee_traits;
template <class T>
struct company_traits;

namespace detail {
// A vector's elements as a span, from data() and size(): span's range constructor would cost
// every includer compile time (its constraints, once per element type).
template <class T>
constexpr std::span<const T> span_of(const std::vector<T>& v) noexcept {
    return {v.data(), v.size()};
}
}  // namespace detail

// What a traits function fills: the employee's scalar facts in `facts`, its id and histories
// in the owning members. view() gives the employee, whose id and spans point into this
// storage (whatever `facts` held in them is replaced).
struct employee_storage {
    employee facts{};
    std::string id;
    std::vector<absence> absences;
    std::vector<interview> interviews;
    std::vector<training> trainings;
    std::vector<dated_fact> certifications;
    std::vector<dated_fact> progressions;
    std::vector<dated_fact> transfers;
    std::vector<medical_visit> medical_visits;
    std::vector<request> requests;
    std::vector<outcome> outcomes;

    // Empties it for the next employee, keeping the capacity.
    constexpr void clear() noexcept {
        facts = {};
        id.clear();
        absences.clear();
        interviews.clear();
        trainings.clear();
        certifications.clear();
        progressions.clear();
        transfers.clear();
        medical_visits.clear();
        requests.clear();
        outcomes.clear();
    }

    constexpr employee view() const noexcept {
        employee e = facts;
        e.id = id;
        e.absences = detail::span_of(absences);
        e.interviews = detail::span_of(interviews);
        e.trainings = detail::span_of(trainings);
        e.certifications = detail::span_of(certifications);
        e.progressions = detail::span_of(progressions);
        e.transfers = detail::span_of(transfers);
        e.medical_visits = detail::span_of(medical_visits);
        e.requests = detail::span_of(requests);
        e.outcomes = detail::span_of(outcomes);
        return e;
    }
};

// The same for a company: scalar facts in `facts`, the headcount history and CAO id owned.
struct company_storage {
    company facts{};
    std::vector<headcount_year> headcount_history;
    std::string cao;

    constexpr void clear() noexcept {
        facts = {};
        headcount_history.clear();
        cao.clear();
    }

    constexpr company view() const noexcept {
        company c = facts;
        c.headcount_history = detail::span_of(headcount_history);
        c.cao = cao;
        return c;
    }
};

namespace detail {

constexpr bool same_name(const char* a, const char* b) noexcept {
    while (*a != '\0' && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

constexpr std::size_t length(const char* s) noexcept {
    std::size_t n = 0;
    while (s[n] != '\0') ++n;
    return n;
}

// Levenshtein distance, capped at 3 (enough to tell a slip of the keyboard from a new name).
constexpr std::size_t distance(const char* a, const char* b) noexcept {
    const std::size_t n = length(a), m = length(b);
    if (n > 31 || m > 31) return 3;
    std::size_t row[32]{};
    for (std::size_t j = 0; j <= m; ++j) row[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return std::min<std::size_t>(row[m], 3);
}

template <class T>
using public_members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T>
inline constexpr bool is_optional_date = false;
template <class D>
inline constexpr bool is_optional_date<std::optional<D>> = date_like<D>;

// A library field takes a host member when it is assignable, or a date in the other clock.
template <class Field, class Given>
constexpr bool takes() noexcept {
    using G = std::remove_cvref_t<Given>;
    if constexpr (std::is_assignable_v<Field&, Given>) return true;
    else if constexpr (std::same_as<Field, year_month_day>) return date_like<G>;
    else if constexpr (std::same_as<Field, std::optional<year_month_day>>)
        return date_like<G> || is_optional_date<G>;
    else return false;
}

template <class Field, class Given>
constexpr void assign(Field& field, const Given& given) {
    if constexpr (std::is_assignable_v<Field&, const Given&>) field = given;
    else if constexpr (is_optional_date<Given>) {
        if (given) field = to_date(*given);
        else field = std::nullopt;
    } else field = to_date(given);
}

template <class Target, class Source>
struct describe_match {
    // Count of source members whose name is one of Target's, and of those it takes.
    static constexpr std::size_t counts(bool taken_only) {
        std::size_t n = 0;
        boost::mp11::mp_for_each<public_members<Target>>([&](auto tm) {
            using TM = decltype(tm);
            boost::mp11::mp_for_each<public_members<Source>>([&](auto sm) {
                using SM = decltype(sm);
                if constexpr (same_name(TM::name, SM::name)) {
                    using field = std::remove_cvref_t<decltype(std::declval<Target&>().*TM::pointer)>;
                    using given = decltype(std::declval<const Source&>().*SM::pointer);
                    if (!taken_only || takes<field, given>()) ++n;
                }
            });
        });
        return n;
    }
};

template <class Source>
constexpr bool has_member(const char* name) {
    bool found = false;
    boost::mp11::mp_for_each<public_members<Source>>(
        [&](auto sm) { found = found || same_name(decltype(sm)::name, name); });
    return found;
}

}  // namespace detail

// Source is described with Boost.Describe, shares at least one member name with Target, and
// Target takes every shared member.
template <class Source, class Target>
concept described_as =
    boost::describe::has_describe_members<Source>::value &&
    detail::describe_match<Target, Source>::counts(false) > 0 &&
    detail::describe_match<Target, Source>::counts(false) ==
        detail::describe_match<Target, Source>::counts(true);

// Builds a Target from the same-named members of a described Source (path 1).
template <class Target, described_as<Target> Source>
constexpr Target adapt(const Source& s) {
    Target t{};
    boost::mp11::mp_for_each<detail::public_members<Target>>([&](auto tm) {
        using TM = decltype(tm);
        boost::mp11::mp_for_each<detail::public_members<Source>>([&](auto sm) {
            using SM = decltype(sm);
            if constexpr (detail::same_name(TM::name, SM::name))
                detail::assign(t.*TM::pointer, s.*SM::pointer);
        });
    });
    return t;
}

template <class T>
concept has_employee_traits = requires(const T& t, employee_storage& s) {
    { employee_traits<T>::to_employee(t, s) } -> std::same_as<void>;
};
template <class T>
concept has_company_traits = requires(const T& t, company_storage& s) {
    { company_traits<T>::to_company(t, s) } -> std::same_as<void>;
};

namespace detail {

// Index (from 1) of a library field that a described Source gets wrong, 0 if none: with
// `wrong_type`, a same-named member the field cannot take; otherwise a member whose name is
// not the library's but one or two letters from a library name of 5 letters or more (a
// misspelt member would otherwise be ignored in silence).
template <class Target, class Source>
constexpr std::size_t suspect_field(bool wrong_type) {
    std::size_t found = 0, index = 0;
    boost::mp11::mp_for_each<public_members<Target>>([&](auto tm) {
        using TM = decltype(tm);
        ++index;
        boost::mp11::mp_for_each<public_members<Source>>([&](auto sm) {
            using SM = decltype(sm);
            if (found != 0) return;
            if constexpr (same_name(TM::name, SM::name)) {
                using field = std::remove_cvref_t<decltype(std::declval<Target&>().*TM::pointer)>;
                using given = decltype(std::declval<const Source&>().*SM::pointer);
                if (wrong_type && !takes<field, given>()) found = index;
            } else if (!wrong_type && length(TM::name) >= 5 && !has_member<Target>(SM::name) &&
                       distance(TM::name, SM::name) <= 2) {
                found = index;
            }
        });
    });
    return found;
}

}  // namespace detail

// A type the library can read as an employee: careertalk::employee itself, a type with
// employee_traits, or a described type with a `hire_date` member and no misspelt member.
template <class T>
concept employee_like =
    std::same_as<T, employee> || has_employee_traits<T> ||
    (described_as<T, employee> && detail::has_member<T>("hire_date") &&
     detail::suspect_field<employee, T>(false) == 0);

// A type the library can read as a company.
template <class T>
concept company_like =
    std::same_as<T, company> || has_company_traits<T> || described_as<T, company>;

// Converting it needs a storage (path 2); paths 1 and 3 are views of the value itself.
template <class T>
concept needs_storage = has_employee_traits<T> || has_company_traits<T>;

namespace detail {

// The one mistake to report for a type that is not employee_like, most specific first.
enum class employee_mistake : std::uint8_t {
    none,
    policy,          // a policy where an employee was expected
    dangling_traits, // employee_traits returning an employee
    wrong_type,      // a library name the library cannot take
    misspelt,        // a described member one or two letters from a library name
    no_hire_date,    // described, without hire_date
    not_described,   // none of the three paths
};

template <class T>
concept returns_employee = requires(const T& t) {
    { employee_traits<T>::to_employee(t) } -> std::convertible_to<employee>;
};

template <class T>
constexpr employee_mistake employee_mistake_of() {
    if constexpr (employee_like<T>) {
        return employee_mistake::none;
    } else if constexpr (policy_like<T>) {
        return employee_mistake::policy;
    } else if constexpr (returns_employee<T>) {
        return employee_mistake::dangling_traits;
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        if constexpr (suspect_field<employee, T>(true) != 0) return employee_mistake::wrong_type;
        if constexpr (suspect_field<employee, T>(false) != 0) return employee_mistake::misspelt;
        if constexpr (!has_member<T>("hire_date")) return employee_mistake::no_hire_date;
    }
    return employee_mistake::not_described;
}

// One static_assert per library member, so the message names it (C++20 messages are literals).
// The fields in the order of employee's BOOST_DESCRIBE_STRUCT (facts.hpp).
#define CAREERTALK_EMPLOYEE_FIELDS(X)                                                           \
    X(1, "id", "a string (std::string, std::string_view)")                                     \
    X(2, "hire_date", "a date (date::year_month_day or std::chrono::year_month_day)")         \
    X(3, "birth_date", "a date or std::optional of a date")                                    \
    X(4, "contract", "careertalk::contract_kind")                                              \
    X(5, "contract_end", "a date or std::optional of a date")                                  \
    X(6, "absences", "a contiguous range of careertalk::absence (e.g. std::vector)")          \
    X(7, "interviews", "a contiguous range of careertalk::interview (e.g. std::vector)")      \
    X(8, "trainings", "a contiguous range of careertalk::training (e.g. std::vector)")        \
    X(9, "certifications", "a contiguous range of careertalk::dated_fact (e.g. std::vector)") \
    X(10, "progressions", "a contiguous range of careertalk::dated_fact (e.g. std::vector)")  \
    X(11, "transfers", "a contiguous range of careertalk::dated_fact (e.g. std::vector)")     \
    X(12, "medical_visits", "a contiguous range of careertalk::medical_visit")                 \
    X(13, "requests", "a contiguous range of careertalk::request (e.g. std::vector)")         \
    X(14, "outcomes", "a contiguous range of careertalk::outcome (e.g. std::vector)")         \
    X(15, "function_start", "a date or std::optional of a date")                               \
    X(16, "aow_date", "a date or std::optional of a date")                                     \
    X(17, "flags", "careertalk::employee_flags")

template <class T>
constexpr void report_employee_mistake() {
    constexpr employee_mistake m = employee_mistake_of<T>();
    if constexpr (m == employee_mistake::policy) {
        static_assert(always_false<T>,
                      "careertalk: a policy was passed where an employee was expected; the order "
                      "is evaluate(policy, employee, company, as_of)");
    } else if constexpr (m == employee_mistake::dangling_traits) {
        static_assert(always_false<T>,
                      "careertalk: employee_traits<T>::to_employee(const T&) returns an employee "
                      "whose histories would point into storage that dies on return; write "
                      "`static void to_employee(const T&, careertalk::employee_storage&)`");
    } else if constexpr (m == employee_mistake::misspelt) {
        constexpr std::size_t f = suspect_field<employee, T>(false);
#define CAREERTALK_MISSPELT(N, NAME, TYPE)                                                      \
    static_assert(f != (N), "careertalk: a described member looks like a misspelling of `" NAME \
                          "`; use the library's member name `" NAME "`");
        CAREERTALK_EMPLOYEE_FIELDS(CAREERTALK_MISSPELT)
#undef CAREERTALK_MISSPELT
    } else if constexpr (m == employee_mistake::wrong_type) {
        constexpr std::size_t f = suspect_field<employee, T>(true);
#define CAREERTALK_WRONG_TYPE(N, NAME, TYPE)                                   \
    static_assert(f != (N), "careertalk: member `" NAME "` has the wrong type; " \
                          "expected " TYPE);
        CAREERTALK_EMPLOYEE_FIELDS(CAREERTALK_WRONG_TYPE)
#undef CAREERTALK_WRONG_TYPE
    } else if constexpr (m == employee_mistake::no_hire_date) {
        static_assert(always_false<T>,
                      "careertalk: the described employee has no member `hire_date`, the one fact "
                      "every rule needs; add it to BOOST_DESCRIBE_STRUCT (a date)");
    } else if constexpr (m == employee_mistake::not_described) {
        static_assert(always_false<T>,
                      "careertalk: this type is not employee_like; describe it with "
                      "BOOST_DESCRIBE_STRUCT using careertalk::employee's member names, "
                      "specialise careertalk::employee_traits<T>, or convert it yourself");
    }
}
#undef CAREERTALK_EMPLOYEE_FIELDS

template <class T>
constexpr void report_company_mistake() {
    if constexpr (policy_like<T>) {
        static_assert(always_false<T>,
                      "careertalk: a policy was passed where a company was expected; the order "
                      "is evaluate(policy, employee, company, as_of)");
    } else {
        static_assert(always_false<T>,
                      "careertalk: this type is not company_like; describe it with "
                      "BOOST_DESCRIBE_STRUCT using careertalk::company's member names "
                      "(headcount, ...), specialise careertalk::company_traits<T> with "
                      "`static void to_company(const T&, careertalk::company_storage&)`, or "
                      "convert it yourself");
    }
}

}  // namespace detail

namespace detail {

// Paths 1 and 3: a view of the value itself.
template <class T>
constexpr employee view_as_employee(const T& host) {
    if constexpr (std::same_as<T, employee>) return host;
    else return adapt<employee>(host);
}
template <class T>
constexpr company view_as_company(const T& host) {
    if constexpr (std::same_as<T, company>) return host;
    else return adapt<company>(host);
}

}  // namespace detail

// The employee a host value stands for. With employee_traits it is converted into `storage`,
// which the employee views and which must outlive it; otherwise it views `host`.
template <employee_like T>
constexpr employee to_employee(const T& host, employee_storage& storage) {
    if constexpr (has_employee_traits<T>) {
        storage.clear();
        employee_traits<T>::to_employee(host, storage);
        return storage.view();
    } else {
        return detail::view_as_employee(host);
    }
}

// The employee a described host value (or an employee) stands for: a view of `host`.
template <employee_like T>
constexpr employee to_employee(const T& host) {
    static_assert(!has_employee_traits<T>,
                  "careertalk: this type converts through employee_traits, into storage the "
                  "employee views: call to_employee(host, storage) with an "
                  "employee_storage that outlives the employee");
    return detail::view_as_employee(host);
}

// Any other type: the one message that says what is wrong with it.
template <class T, class... Storage>
    requires(!employee_like<T>)
constexpr employee to_employee(const T&, Storage&...) {
    detail::report_employee_mistake<T>();
    return {};
}

template <company_like T>
constexpr company to_company(const T& host, company_storage& storage) {
    if constexpr (has_company_traits<T>) {
        storage.clear();
        company_traits<T>::to_company(host, storage);
        return storage.view();
    } else {
        return detail::view_as_company(host);
    }
}

template <company_like T>
constexpr company to_company(const T& host) {
    static_assert(!has_company_traits<T>,
                  "careertalk: this type converts through company_traits, into storage the "
                  "company views: call to_company(host, storage) with a company_storage that "
                  "outlives the company");
    return detail::view_as_company(host);
}

template <class T, class... Storage>
    requires(!company_like<T>)
constexpr company to_company(const T&, Storage&...) {
    detail::report_company_mistake<T>();
    return {};
}

}  // namespace careertalk
