// The same message with its `{}` in each language compiles (cli_message_holes.fail.cpp).
#include "../../examples/careertalk/messages.hpp"

inline constexpr careertalk::cli::message duplicate{
    "duplicate id {} (first on line {})", "identifiant {} en double (première occurrence à la ligne {})",
    "dubbele id {} (eerst op regel {})"};
static_assert(careertalk::cli::holes(duplicate.fr) == 2);

int main() { return duplicate.en.empty() ? 1 : 0; }
