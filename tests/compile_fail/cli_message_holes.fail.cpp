// A message of the careertalk tool whose French lacks a `{}` of the English does not compile
// (examples/careertalk/messages.hpp): the argument would be dropped silently.
// expected-error: a message needs its three languages with the same number of
#include "../../examples/careertalk/messages.hpp"

inline constexpr careertalk::cli::message duplicate{"duplicate id {} (first on line {})",
                                                    "identifiant {} en double",
                                                    "dubbele id {} (eerst op regel {})"};

int main() { return duplicate.en.empty() ? 1 : 0; }
