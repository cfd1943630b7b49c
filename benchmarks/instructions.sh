#!/usr/bin/env bash
# Instructions per employee of W1 and W2 (one pass over the benchmark population, counted by
# callgrind inside that pass alone): a figure other jobs on a shared machine do not disturb.
#
#   benchmarks/instructions.sh CAREERTALK_BENCH [--employees N] [--results FILE]
#
# Prints `key=value` figures; --results writes them to FILE for the BENCH summary. Needs
# valgrind.
set -euo pipefail

bench="$1"
shift
employees=20000
results=""
while [ $# -gt 0 ]; do
    case "$1" in
        --employees) employees="$2"; shift 2 ;;
        --results) results="$2"; shift 2 ;;
        *) echo "usage: $0 CAREERTALK_BENCH [--employees N] [--results FILE]" >&2; exit 2 ;;
    esac
done
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind not found" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Instructions callgrind counted inside the pass of workload $1 (w1 or w2).
count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/$1.out" \
        --toggle-collect="*$1_one_pass*" \
        "$bench" --employees "$employees" --one-pass "$1" >/dev/null 2>"$work/$1.log"
    awk '/^(summary|totals):/ { print $2; exit }' "$work/$1.out"
}

out=""
for w in w1 w2; do
    ir=$(count "$w")
    out="$out${out:+
}${w}_instructions_per_employee=$(awk -v a="$ir" -v n="$employees" 'BEGIN { printf "%.0f", a / n }')"
done
echo "$out"
if [ -n "$results" ]; then echo "$out" > "$results"; fi
