// Catch2 v2 only: the test runner's main(), compiled once into
// careertalk_catch_main and linked into every test executable.
// (With Catch2 v3, Catch2::Catch2WithMain is used instead.)
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
