#!/usr/bin/env bash
# Hostile input to the careertalk tool (issue 9). Generates the input of one CASE in WORK (big
# files are made at test time, never committed), runs the tool and checks the exit code, the
# message and that no partial file is presented as complete.
#
#   hostile.sh CASE TOOL WORK
#
# Exit codes of the tool (issue 4): 0 ok, 1 usage, 2 input errors, 3 output errors.
# CAREERTALK_TOOL_WRAPPER (e.g. "valgrind -q --error-exitcode=99") runs the tool under a checker.
set -euo pipefail

case_name="$1"
tool="$2"
work="$3/$case_name"
rm -rf "$work"
mkdir -p "$work"
cd "$work"
# shellcheck disable=SC2206
wrapper=(${CAREERTALK_TOOL_WRAPPER:-})
asof=(--as-of 2026-11-23)

fail() {
    if grep -q "unknown rule set 'fr'" err 2>/dev/null; then
        echo "hostile $case_name: skipped: this build of the tool knows no French rule set ($*)"
        exit 77  # SKIP_RETURN_CODE: shown as skipped, never as passed
    fi
    echo "hostile $case_name: $*" >&2
    echo "--- stderr (first lines):" >&2
    head -c 4000 err >&2 || true
    exit 1
}
# run EXPECTED_RC ARGS...: runs the tool, stdout to ./out, stderr to ./err.
run() {
    local want="$1"
    shift
    local rc=0
    "${wrapper[@]}" "$tool" "$@" >out 2>err || rc=$?
    [ "$rc" -eq "$want" ] || fail "exit code $rc, expected $want (careertalk $*)"
}
# expect_err REGEX: stderr has a line matching the extended regex.
expect_err() { grep -Eq -- "$1" err || fail "no line matching /$1/ on stderr"; }
# no_file PATH: the output file and its temporaries are absent.
no_file() {
    [ ! -e "$1" ] || fail "$1 exists after a failed run"
    ! ls "$1".tmp-* >/dev/null 2>&1 || fail "a temporary $1.tmp-* was left behind"
}
header='id,hire_date,birth_date,contract'

case "$case_name" in
big_field)  # a 10 MiB field: the reader stops with an error instead of eating memory
    { echo "$header"; echo "A,2020-01-06,1980-05-05,cdi"
      printf 'B'; head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' x; echo ",2020-01-06,,cdi"; } >people.csv
    run 2 schedule "${asof[@]}" --format csv -o result.csv people.csv
    expect_err '^people\.csv:3: csv: field longer than [0-9]+ bytes$'
    no_file result.csv
    run 2 schedule "${asof[@]}" --format csv people.csv
    [ ! -s out ] || fail "a run stopped by bad input printed a partial schedule"
    ;;
million_columns)  # a header of a million columns
    { printf 'id,hire_date'; seq -f ',c%g' 3 1000000 | tr -d '\n'; echo; echo "A,2020-01-06"; } >people.csv
    run 2 validate "${asof[@]}" people.csv
    expect_err '^people\.csv:1: csv: more than [0-9]+ columns$'
    ;;
nul_bytes)  # a NUL byte rejects its record; the others are still read
    { echo "$header"; echo "A,2020-01-06,,cdi"; printf 'B\0B,2020-01-06,,cdi\n'; echo "C,2021-03-01,,cdi"; } >people.csv
    run 2 schedule "${asof[@]}" --format csv people.csv
    expect_err '^people\.csv:3: .*NUL byte'
    expect_err '3 employees read, 2 evaluated, 1 rejected'
    # the other employees' results are still printed
    grep -q '^A,' out && grep -q '^C,' out || fail "the valid employees' rows are missing"
    ;;
invalid_utf8)  # invalid UTF-8 (a lone continuation byte, an overlong form) rejects the record
    # with --encoding utf-8 (detected, such bytes make the file Windows-1252: docs/cli/input.md)
    { echo "$header"; printf 'A\x80,2020-01-06,,cdi\n'; printf 'B\xc0\xaf,2020-01-06,,cdi\n'; echo "C,2021-03-01,,cdi"; } >people.csv
    run 2 validate --encoding utf-8 "${asof[@]}" people.csv
    expect_err '^people\.csv:2: .*invalid UTF-8'
    expect_err '^people\.csv:3: .*invalid UTF-8'
    expect_err '3 employees read, 1 evaluated, 2 rejected'
    ;;
eof_in_quote)  # the file ends inside a quoted field: an error, no result file
    { echo "$header"; echo "A,2020-01-06,,cdi"; printf '"B,2020-01-06,,cdi\nC,2021-03-01'; } >people.csv
    run 2 schedule "${asof[@]}" --format csv -o result.csv people.csv
    expect_err '^people\.csv:3: csv: end of file inside a quoted field$'
    no_file result.csv
    ;;
crlf_lf_mixed)  # CRLF, LF and CR line ends in one file: lines are still counted right
    printf '%s\r\nA,2020-01-06,,cdi\nB,2020-01-06,,cdi\r\nC,2020-01-06,,cdi\rD,2020-02-30,,cdi\r\nE,2021-03-01,,cdi\n' "$header" >people.csv
    run 2 validate "${asof[@]}" people.csv
    expect_err '^people\.csv:5: hire_date: not a calendar date'
    expect_err '5 employees read, 4 evaluated, 1 rejected'
    ;;
odd_dates)  # 0000-00-00 and 2025-2-3 are not dates; 9999-12-31 is one, but not a hire date
    { echo "$header"; echo "X,0000-00-00,,cdi"; echo "Y,9999-12-31,,cdi"; echo "Z,2025-2-3,,cdi"
      echo "W,2024-02-29,,cdi"; } >people.csv
    run 2 validate "${asof[@]}" people.csv
    expect_err '^people\.csv:2: hire_date: not a calendar date'
    expect_err '^people\.csv:3: hire_date: .*hire_out_of_range'
    expect_err '^people\.csv:4: hire_date: not a calendar date'
    expect_err '4 employees read, 1 evaluated, 3 rejected'
    ;;
million_events)  # a million events for one id: evaluated in bounded time
    { echo "$header"; echo "A,1999-12-01,1970-01-01,cdi"; } >people.csv
    { echo "id,kind,date,end_date,detail"
      awk 'BEGIN { for (i = 0; i < 1000000; ++i)
               printf "A,training,%04d-%02d-%02d,,non_obligatoire\n", 2000 + i % 26, 1 + i % 12, 1 + i % 28 }'
    } >events.csv
    run 0 schedule "${asof[@]}" --format csv people.csv events.csv
    expect_err '1 employees read, 1 evaluated, 0 rejected'
    ;;
many_absences)  # 20,000 one-day absences for one id, none overlapping: checked in bounded time
    { echo "$header"; echo "A,1900-01-01,1880-01-01,cdi"; } >people.csv
    { echo "id,kind,date,end_date,detail"
      # civil date of day n since 1970-01-01 (H. Hinnant, civil_from_days)
      awk 'function civil(z,   era, doe, yoe, doy, mp, d, m, y) {
               z += 719468; era = int(z / 146097); doe = z - era * 146097
               yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
               y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
               mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
               m = mp < 10 ? mp + 3 : mp - 9
               return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d) }
           BEGIN { for (i = 0; i < 20000; ++i) { x = civil(-25000 + 2 * i)
                       printf "A,absence,%s,%s,arret_maladie\n", x, x } }'
    } >events.csv
    run 0 validate "${asof[@]}" people.csv events.csv
    expect_err '1 employees read, 1 evaluated, 0 rejected'
    ;;
unreadable)  # a file that exists but cannot be read
    { echo "$header"; echo "A,2020-01-06,,cdi"; } >people.csv
    chmod 000 people.csv
    if [ "$(id -u)" -eq 0 ]; then
        # root reads anything: run the tool as nobody instead
        chmod 755 "$work"
        wrapper=(setpriv --reuid=65534 --regid=65534 --clear-groups -- "${wrapper[@]}")
    fi
    run 2 validate "${asof[@]}" people.csv
    expect_err '^people\.csv: cannot open: Permission denied$'
    ;;
directory)  # a directory instead of a file, as PEOPLE and as EVENTS
    mkdir d
    { echo "$header"; echo "A,2020-01-06,,cdi"; } >people.csv
    run 2 validate "${asof[@]}" d
    expect_err '^d: is a directory, not a file$'
    run 2 validate "${asof[@]}" people.csv d
    expect_err '^d: is a directory, not a file$'
    ;;
dev_full)  # output to a full disk: an error and exit 3, on standard output and with -o
    [ -w /dev/full ] || { echo "no /dev/full"; exit 0; }
    { echo "$header"; echo "A,2020-01-06,,cdi"; } >people.csv
    rc=0
    "${wrapper[@]}" "$tool" schedule "${asof[@]}" --format csv people.csv >/dev/full 2>err || rc=$?
    [ "$rc" -eq 3 ] || fail "exit code $rc writing to /dev/full, expected 3"
    expect_err '^careertalk: standard output: write failed: No space left on device$'
    run 3 schedule "${asof[@]}" --format csv -o /dev/full people.csv
    expect_err '^careertalk: /dev/full: write failed: No space left on device$'
    ;;
*)
    echo "hostile.sh: unknown case $case_name" >&2
    exit 1
    ;;
esac
echo "hostile $case_name: ok"
