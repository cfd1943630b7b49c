#!/usr/bin/env bash
# Time and peak memory of `careertalk schedule` on 1,000,000 employees with about 5,000,000
# events (issue 21 target: under 3 s on two cores, under 5 s on one, under 250 MiB), and how
# they grow with the number of employees. Peak memory is the maximum resident set size
# reported by GNU time (Debian package `time`). The CPU time (user + sys) is printed too: on a
# shared machine it says what the wall time would be without the other jobs.
#
#   benchmarks/cli_bench.sh CAREERTALK CAREERTALK_BENCH WORKDIR [--results FILE]
#                           [--employees N] [--scaling "N1 N2 ..."]
#
# --scaling: one run per size, the rows written to /dev/null; printed as
# cli_scaling=N:SECONDS:MIB,... (the bench preset goes from 10 k to 10 M employees).
set -euo pipefail

usage="usage: $0 CAREERTALK CAREERTALK_BENCH WORKDIR [--results FILE] [--employees N] [--scaling \"N1 N2 ...\"]"
[ $# -ge 3 ] || { echo "$usage" >&2; exit 2; }
cli="$1" gen="$2" work="$3"
shift 3
results="" employees=1000000 scaling=""
while [ $# -gt 0 ]; do
    case "$1" in
        --results) results="$2"; shift 2 ;;
        --employees) employees="$2"; shift 2 ;;
        --scaling) scaling="$2"; shift 2 ;;
        *) echo "$0: unknown argument $1" >&2; echo "$usage" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "$0: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 1; }
mkdir -p "$work"

inputs() {  # inputs N: writes the population of N employees once; prints its two files
    local people="$work/people_$1.csv" events="$work/events_$1.csv"
    if [ ! -s "$people" ] || [ ! -s "$events" ]; then
        "$gen" --employees "$1" --csv-only --write-csv "$people" "$events" >&2
    fi
    echo "$people $events"
}

# run OUT PREFIX...: `careertalk schedule` on $people and $events (prefixed by PREFIX, such as
# taskset), rows to OUT; sets seconds, kib, cpu and status.
run() {
    local out="$1"
    shift
    status=0
    /usr/bin/time -f "%e %M %U %S" -o "$work/cli_time.txt" \
        "$@" "$cli" schedule --as-of 2026-11-23 --format csv "$people" "$events" \
        > "$out" 2> "$work/cli_stderr.txt" || status=$?
    tail -n 3 "$work/cli_stderr.txt" >&2 || true
    # Exit 2 means some rows were rejected: the run still counts, and stderr says how many.
    if [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
        echo "$0: careertalk schedule failed with exit code $status" >&2
        exit 1
    fi
    local user sys
    read -r seconds kib user sys < <(tail -n 1 "$work/cli_time.txt")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

read -r people events < <(inputs "$employees")
run "$work/cli_schedule.csv"
out="cli_employees=$employees
cli_events=$(( $(wc -l < "$events") - 1 ))
cli_exit_code=$status
cli_output_rows=$(( $(wc -l < "$work/cli_schedule.csv") - 1 ))
cli_1m_seconds=$seconds
cli_1m_cpu_seconds=$cpu
cli_1m_peak_mib=$(mib "$kib")"
# One core: the same run pinned to the first CPU, its rows to /dev/null like the scaling runs.
run /dev/null taskset -c 0
out="$out
cli_1m_one_core_seconds=$seconds"
curve=""
for n in $scaling; do
    read -r people events < <(inputs "$n")
    run /dev/null
    curve="$curve${curve:+,}$n:${seconds}s:$(mib "$kib")MiB"
done
[ -z "$scaling" ] || out="$out
cli_scaling=$curve"
echo "$out"
if [ -n "$results" ]; then echo "$out" > "$results"; fi
