#!/usr/bin/env bash
# Compile time of <careertalk/careertalk.hpp> against <date/date.h> alone: g++ -O2 -std=c++20
# with the definitions the date::date CMake target gives every user (ONLY_C_LOCALE=1,
# HAS_STRING_VIEW=1), best of 5 runs each, and the ratio (issue 8 target: at most 1.3); the same
# for each jurisdiction alone, <careertalk/fr.hpp> and <careertalk/nl.hpp> (issue 21 target:
# at most 1.15). Then, with clang++ -ftime-trace, the ten headers that cost most in
# careertalk.hpp, each by its own time (less the headers it includes). Then a host TU that calls
# evaluate header-only (host_tu/header_only.cpp) against the same call through the compiled
# facade (host_tu/facade.cpp, <careertalk/facade.hpp>), and their ratio (issue 18 target: at
# most 1/3). The time is the compiler's CPU time (user + sys), which other jobs on a shared
# machine disturb far less than wall time, but still by up to 30 %; so the three header ratios
# are also given in the compiler's instructions (callgrind), which they do not disturb at all.
#
#   benchmarks/compile_time.sh [--results FILE] [--header H]...
#
# --header adds a line "H seconds" for another header (to find what costs). Prints
# `key=value` figures; --results appends them to FILE for the BENCH summary.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
include="$here/../include"
cxx="${CXX:-g++}"
results=""
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --results) results="$2"; shift 2 ;;
        --header) extra+=("$2"); shift 2 ;;
        *) echo "usage: $0 [--results FILE] [--header H]..." >&2; exit 2 ;;
    esac
done

flags=(-std=c++20 -O2 -DONLY_C_LOCALE=1 -DHAS_STRING_VIEW=1 -I"$include")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Best of 5 CPU seconds to compile the source file $1.
best_of_5_tu() {
    local best="" s
    for _ in 1 2 3 4 5; do
        s=$( { TIMEFORMAT='%U %S'; time "$cxx" "${flags[@]}" -c "$1" \
                   -o "$work/tu.o"; } 2>&1 | awk '{ printf "%.3f", $1 + $2 }')
        best=$(awk -v a="$s" -v b="${best:-$s}" 'BEGIN { printf "%.3f", (a < b) ? a : b }')
    done
    echo "$best"
}

# Best of 5 CPU seconds to compile a TU that includes $1.
best_of_5() {
    printf '#include <%s>\nint main() { return 0; }\n' "$1" > "$work/tu.cpp"
    best_of_5_tu "$work/tu.cpp"
}

# The compiler's instructions (callgrind, over all of g++'s processes) for a TU that includes
# $1, in the background; `wait`, then read them with instructions_of $1. Unlike CPU time, a
# busy machine does not move this figure.
count_instructions() {
    local n="ir_${1//[\/.]/_}"
    printf '#include <%s>\nint main() { return 0; }\n' "$1" > "$work/$n.cpp"
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/$n.%p.out" \
        "$cxx" "${flags[@]}" -c "$work/$n.cpp" -o "$work/$n.o" >/dev/null 2>&1 &
}
instructions_of() {
    local n="ir_${1//[\/.]/_}"
    awk '/^totals:/ { n += $2 } END { printf "%.0f", n }' "$work/$n".*.out
}

# $1 / $2 to 3 decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

date_s=$(best_of_5 date/date.h)
careertalk_s=$(best_of_5 careertalk/careertalk.hpp)
fr_s=$(best_of_5 careertalk/fr.hpp)
nl_s=$(best_of_5 careertalk/nl.hpp)

# Where the time goes (clang's trace; skipped without clang++).
if command -v clang++ >/dev/null; then
    printf '#include <careertalk/careertalk.hpp>\nint main() { return 0; }\n' > "$work/trace.cpp"
    (cd "$work" && clang++ "${flags[@]}" -ftime-trace -ftime-trace-granularity=50 -c trace.cpp \
         -o trace.o)
    echo "top ten includes of careertalk.hpp by own time (clang -ftime-trace):"
    python3 "$here/compile_top_includes.py" "$work/trace.json" 10
else
    echo "top ten includes: clang++ not found, skipped"
fi
# The same ratios in the compiler's instructions (skipped without valgrind).
instr=""
if command -v valgrind >/dev/null; then
    for h in date/date.h careertalk/careertalk.hpp careertalk/fr.hpp careertalk/nl.hpp; do
        count_instructions "$h"
    done
    wait
    date_ir=$(instructions_of date/date.h)
    instr="
compile_date_instructions=$date_ir
compile_instructions_ratio=$(ratio "$(instructions_of careertalk/careertalk.hpp)" "$date_ir")
compile_fr_instructions_ratio=$(ratio "$(instructions_of careertalk/fr.hpp)" "$date_ir")
compile_nl_instructions_ratio=$(ratio "$(instructions_of careertalk/nl.hpp)" "$date_ir")"
fi
header_only_host_s=$(best_of_5_tu "$here/host_tu/header_only.cpp")
facade_host_s=$(best_of_5_tu "$here/host_tu/facade.cpp")
facade_ratio=$(ratio "$facade_host_s" "$header_only_host_s")

out="compile_date_seconds=$date_s
compile_careertalk_seconds=$careertalk_s
compile_ratio=$(ratio "$careertalk_s" "$date_s")
compile_fr_seconds=$fr_s
compile_fr_ratio=$(ratio "$fr_s" "$date_s")
compile_nl_seconds=$nl_s
compile_nl_ratio=$(ratio "$nl_s" "$date_s")
header_only_host_tu_s=$header_only_host_s
facade_host_tu_s=$facade_host_s
facade_ratio=$facade_ratio$instr"
for h in "${extra[@]}"; do
    out="$out
compile_seconds[$h]=$(best_of_5 "$h")"
done
echo "$out"
if [ -n "$results" ]; then echo "$out" > "$results"; fi
