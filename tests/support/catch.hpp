// Compatibility header: test files write #include "catch.hpp" and work with
// Catch2 v3 (catch2/catch_all.hpp) and Catch2 v2 (catch2/catch.hpp).
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
