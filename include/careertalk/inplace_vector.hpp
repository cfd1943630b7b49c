// careertalk/inplace_vector.hpp: a fixed-capacity vector usable in constant evaluation.
//
// Results live in these so that evaluating an employee never allocates. A full vector
// refuses the element (push_back returns false) and the caller reports it: nothing is
// dropped silently. Named after the C++26 std::inplace_vector it anticipates.
#pragma once

#include <array>
#include <cstddef>
#include <span>

namespace careertalk::inline v0 {

template <class T, std::size_t N>
class inplace_vector {
public:
    using value_type = T;
    using iterator = T*;
    using const_iterator = const T*;

    constexpr inplace_vector() = default;

    static constexpr std::size_t capacity() noexcept { return N; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr bool full() const noexcept { return size_ == N; }

    // Appends `v`; returns false, leaving the vector unchanged, when it is full.
    constexpr bool push_back(const T& v) noexcept {
        if (size_ == N) return false;
        items_[size_++] = v;
        return true;
    }
    // The slot past the end, to build an element in place before push_back_slot() appends
    // it (no copy); nullptr when the vector is full. The slot keeps whatever it held.
    constexpr T* next_slot() noexcept { return size_ == N ? nullptr : &items_[size_]; }
    constexpr void push_back_slot() noexcept { ++size_; }
    constexpr void pop_back() noexcept { --size_; }
    constexpr void clear() noexcept { size_ = 0; }

    constexpr T& operator[](std::size_t i) noexcept { return items_[i]; }
    constexpr const T& operator[](std::size_t i) const noexcept { return items_[i]; }
    constexpr T& back() noexcept { return items_[size_ - 1]; }
    constexpr const T& back() const noexcept { return items_[size_ - 1]; }

    constexpr T* begin() noexcept { return items_.data(); }
    constexpr T* end() noexcept { return items_.data() + size_; }
    constexpr const T* begin() const noexcept { return items_.data(); }
    constexpr const T* end() const noexcept { return items_.data() + size_; }

    constexpr operator std::span<const T>() const noexcept { return {items_.data(), size_}; }

private:
    std::array<T, N> items_{};
    std::size_t size_ = 0;
};

}  // namespace careertalk
