#!/usr/bin/env bash
# Time and peak memory of `careertalk schedule` on 1,000,000 employees with about 5,000,000
# events (issue 8 target: under 30 s and 500 MiB). Peak memory is the maximum resident set
# size reported by GNU time (Debian package `time`). The CPU time (user + sys) is printed too:
# on a shared machine it says what the wall time would be without the other jobs.
#
#   benchmarks/cli_bench.sh CAREERTALK CAREERTALK_BENCH WORKDIR [--results FILE] [--employees N]
set -euo pipefail

[ $# -ge 3 ] || { echo "usage: $0 CAREERTALK CAREERTALK_BENCH WORKDIR [--results FILE] [--employees N]" >&2; exit 2; }
cli="$1" gen="$2" work="$3"
shift 3
results="" employees=1000000
while [ $# -gt 0 ]; do
    case "$1" in
        --results) results="$2"; shift 2 ;;
        --employees) employees="$2"; shift 2 ;;
        *) echo "$0: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "$0: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 1; }

mkdir -p "$work"
people="$work/people_${employees}.csv" events="$work/events_${employees}.csv"
if [ ! -s "$people" ] || [ ! -s "$events" ]; then
    "$gen" --employees "$employees" --csv-only --write-csv "$people" "$events"
fi
n_events=$(( $(wc -l < "$events") - 1 ))

status=0
/usr/bin/time -f "%e %M %U %S" -o "$work/cli_time.txt" \
    "$cli" schedule --as-of 2026-11-23 --format csv "$people" "$events" \
    > "$work/cli_schedule.csv" 2> "$work/cli_stderr.txt" || status=$?
tail -n 3 "$work/cli_stderr.txt" >&2 || true
# Exit 2 means some rows were rejected: the run still counts, and stderr says how many.
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
    echo "$0: careertalk schedule failed with exit code $status" >&2
    exit 1
fi
read -r seconds kib user sys < <(tail -n 1 "$work/cli_time.txt")
out="cli_employees=$employees
cli_events=$n_events
cli_exit_code=$status
cli_output_rows=$(( $(wc -l < "$work/cli_schedule.csv") - 1 ))
cli_1m_seconds=$seconds
cli_1m_cpu_seconds=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
cli_1m_peak_mib=$(awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }')"
echo "$out"
if [ -n "$results" ]; then echo "$out" > "$results"; fi
