// careertalk/io/names.hpp: enum <-> text through Boost.Describe.
//
// The enumerator names are the ids of CSV columns, JSON values and command-line options
// (kinds.hpp, results.hpp), so text formats never keep their own lists of names.
#pragma once

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace careertalk::inline v0::io {

// The enumerator's name, or "" for a value that is not an enumerator.
template <class E>
    requires std::is_enum_v<E>
constexpr std::string_view name_of(E e) noexcept {
    std::string_view out{};
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        if (d.value == e) out = d.name;
    });
    return out;
}

// The enumerator named exactly `s` (case-sensitive), if any.
template <class E>
    requires std::is_enum_v<E>
constexpr std::optional<E> parse_name(std::string_view s) noexcept {
    std::optional<E> out{};
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        if (!out && s == std::string_view{d.name}) out = d.value;
    });
    return out;
}

// Calls f(name) for every enumerator of E, in declaration order (lists for help texts).
template <class E, class F>
    requires std::is_enum_v<E>
constexpr void for_each_name(F&& f) {
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto d) { f(std::string_view{d.name}); });
}

}  // namespace careertalk::io
