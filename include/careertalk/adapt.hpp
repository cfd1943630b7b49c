// careertalk/adapt.hpp: reading the host's own types.
//
// A payroll vendor already has an Employee struct. The library reads it in one of three
// ways, in this order of preference:
//
//   1. The host describes it with BOOST_DESCRIBE_STRUCT using the library's member names
//      (hire_date, birth_date, absences, ...). Members with other names are ignored; members
//      with a library name must convert to the library's field type (a std::vector<absence>
//      to std::span<const absence>, a std::string to std::string_view, ...).
//   2. The host specialises careertalk::employee_traits<T> (or company_traits<T>) with a
//      static function `to_employee(const T&)` (or `to_company`) mapping names that differ.
//   3. The host converts to careertalk::employee itself.
//
// adapt<Target>(source) does path 1 for any described record (employee, company, absence,
// interview, training, ...), so a host can also convert its own history records.
// examples/host_types.cpp shows each path; tests/compile_fail shows the error a type that
// fits none of them gets.
#pragma once

#include <careertalk/facts.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <concepts>
#include <type_traits>

namespace careertalk {

// Specialise to map a host type whose member names differ from the library's:
//   template <> struct employee_traits<Host> {
//       static careertalk::employee to_employee(const Host&);
//   };
template <class T>
struct employee_traits;
template <class T>
struct company_traits;

namespace detail {

constexpr bool same_name(const char* a, const char* b) noexcept {
    while (*a != '\0' && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

template <class T>
using public_members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class Target, class Source>
struct describe_match {
    // Count of source members whose name is one of Target's, and of those convertible.
    static constexpr std::size_t counts(bool convertible_only) {
        std::size_t n = 0;
        boost::mp11::mp_for_each<public_members<Target>>([&](auto tm) {
            using TM = decltype(tm);
            boost::mp11::mp_for_each<public_members<Source>>([&](auto sm) {
                using SM = decltype(sm);
                if constexpr (same_name(TM::name, SM::name)) {
                    using field = std::remove_cvref_t<decltype(std::declval<Target&>().*TM::pointer)>;
                    using given = decltype(std::declval<const Source&>().*SM::pointer);
                    if (!convertible_only || std::is_assignable_v<field&, given>) ++n;
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
// every shared member converts to Target's field type.
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
            if constexpr (detail::same_name(TM::name, SM::name)) t.*TM::pointer = s.*SM::pointer;
        });
    });
    return t;
}

template <class T>
concept has_employee_traits =
    requires(const T& t) { { employee_traits<T>::to_employee(t) } -> std::same_as<employee>; };
template <class T>
concept has_company_traits =
    requires(const T& t) { { company_traits<T>::to_company(t) } -> std::same_as<company>; };

// A type the library can read as an employee: careertalk::employee itself, a type with
// employee_traits, or a described type with a `hire_date` member.
template <class T>
concept employee_like =
    std::same_as<T, employee> || has_employee_traits<T> ||
    (described_as<T, employee> && detail::has_member<T>("hire_date"));

// A type the library can read as a company.
template <class T>
concept company_like =
    std::same_as<T, company> || has_company_traits<T> || described_as<T, company>;

// The employee a host value stands for. A type that is not employee_like stops here with a
// message that says how to fix it.
template <class T>
constexpr employee to_employee(const T& host) {
    static_assert(employee_like<T>,
                  "careertalk: this type is not employee_like. Describe it with "
                  "BOOST_DESCRIBE_STRUCT(T, (), (hire_date, ...)) using the member names of "
                  "careertalk::employee, or specialise careertalk::employee_traits<T> with "
                  "`static careertalk::employee to_employee(const T&)`, or convert to "
                  "careertalk::employee yourself.");
    if constexpr (std::same_as<T, employee>)
        return host;
    else if constexpr (has_employee_traits<T>)
        return employee_traits<T>::to_employee(host);
    else
        return adapt<employee>(host);
}

template <class T>
constexpr company to_company(const T& host) {
    static_assert(company_like<T>,
                  "careertalk: this type is not company_like. Describe it with "
                  "BOOST_DESCRIBE_STRUCT using the member names of careertalk::company "
                  "(headcount, ...), or specialise careertalk::company_traits<T> with "
                  "`static careertalk::company to_company(const T&)`, or convert to "
                  "careertalk::company yourself.");
    if constexpr (std::same_as<T, company>)
        return host;
    else if constexpr (has_company_traits<T>)
        return company_traits<T>::to_company(host);
    else
        return adapt<company>(host);
}

}  // namespace careertalk
