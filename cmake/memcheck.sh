#!/usr/bin/env bash
# Runs the careertalk tool's end-to-end tests (CTest labels cli and hostile) with the tool
# under valgrind memcheck: any invalid access, uninitialised read or definite leak makes the
# tool exit 99, which fails the test. The two largest hostile inputs are left to the native
# and ASan runs (under valgrind they would take minutes), and so is hostile.unreadable: as root
# it runs the tool as nobody, and valgrind as nobody cannot load a tool inside a build tree
# only root may enter (a clone under `mktemp -d`); the tool stops at open() there anyway.
#
#   cmake/memcheck.sh [BUILD_DIR]     (default build/test, already built)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$repo/build/test}" && pwd)"
command -v valgrind >/dev/null 2>&1 || { echo "memcheck: valgrind not installed" >&2; exit 1; }
logs="$build/memcheck"
rm -rf "$logs"
mkdir -p "$logs"
export CAREERTALK_TOOL_WRAPPER="valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --track-origins=yes --log-file=$logs/%p.log"
status=0
ctest --test-dir "$build" -L '^(cli|hostile)$' -E 'hostile\.(million_events|many_absences|unreadable)' \
    --output-on-failure -j2 --timeout 900 || status=1
# A log with an error summary other than 0 errors names the culprit.
for f in "$logs"/*.log; do
    [ -e "$f" ] || continue
    if grep -q "ERROR SUMMARY: [1-9]" "$f"; then
        status=1
        echo "memcheck: errors in $f:"
        head -60 "$f"
    fi
done
echo "memcheck: $(ls "$logs" | wc -l) tool runs checked"
[ $status -eq 0 ] && echo "memcheck: clean"
exit $status
