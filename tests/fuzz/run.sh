#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset, clang++) and runs each for SECONDS,
# starting from its seed corpus tests/fuzz/corpus/<name>/. Prints the executions per target.
#
#   tests/fuzz/run.sh SECONDS [TARGET...]     e.g. tests/fuzz/run.sh 60; tests/fuzz/run.sh 600 date
#
# New inputs go to build/fuzz/corpus/<name>/ (not to the repository); a crash leaves its input
# in build/fuzz/artifacts/ and makes the script fail. Turn a crash into a regression test by
# copying that input into tests/fuzz/corpus/<name>/ (CTest fuzz.<name>.corpus replays it).
# FUZZ_BUILD_DIR overrides the build directory.
set -euo pipefail

[ $# -ge 1 ] && [[ "$1" =~ ^[0-9]+$ ]] || { echo "usage: $0 SECONDS [TARGET...]" >&2; exit 2; }
seconds="$1"
shift

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${FUZZ_BUILD_DIR:-$repo/build/fuzz}"
cd "$repo"
if [ -n "${FUZZ_BUILD_DIR:-}" ]; then
    cmake --preset fuzz -B "$build" >/dev/null
    cmake --build "$build" --target fuzzers -j2
else
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in tests/fuzz/*_fuzz.cpp; do
        n="$(basename "$f" _fuzz.cpp)"
        [ -x "$build/tests/fuzz/${n}_fuzz" ] && targets+=("$n")
    done
fi

status=0
summary=""
for n in "${targets[@]}"; do
    corpus="$build/corpus/$n"
    mkdir -p "$corpus" "$build/artifacts"
    log="$build/fuzz-$n.log"
    echo "fuzz: $n for ${seconds}s (log: $log)"
    # The tool under test reports bad input on stderr at every run: keep it in the log only.
    if "$build/tests/fuzz/${n}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/${n}-" \
        "$corpus" "tests/fuzz/corpus/$n" >"$log" 2>&1; then
        result="ok"
    else
        result="FAILED"
        status=1
        grep -E "ERROR|SUMMARY|==[0-9]+==|_fuzz:|Test unit written" "$log" | head -20 || true
    fi
    runs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)"
    summary+="$(printf '%-10s %12s executions in %ss  %s' "$n" "${runs:-?}" "$seconds" "$result")"$'\n'
done
echo
echo "fuzz summary:"
printf '%s' "$summary"
exit $status
