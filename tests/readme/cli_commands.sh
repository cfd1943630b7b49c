#!/bin/sh
# Runs every command of README.md between <!-- cli-commands:begin --> and
# <!-- cli-commands:end --> as typed, from the repository root, with the built tool first on
# the PATH: each must exit 0 and print something. Then runs the shell block between
# <!-- cli-script:begin --> and <!-- cli-script:end --> as one script (set -e): it must exit 0
# and print something.
#   cli_commands.sh REPO_ROOT TOOL_DIR
set -eu
root="$1"
PATH="$2:$PATH"
export PATH
cd "$root"
commands="$(sed -n '/<!-- cli-commands:begin -->/,/<!-- cli-commands:end -->/p' README.md |
    grep '^careertalk ' || true)"
if [ -z "$commands" ]; then
    echo "README.md: no careertalk command between the cli-commands markers" >&2
    exit 1
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
echo "$commands" | while IFS= read -r line; do
    echo "+ $line"
    if ! sh -c "$line" >"$out"; then
        echo "README.md: failed: $line" >&2
        exit 1
    fi
    if [ ! -s "$out" ]; then
        echo "README.md: no output: $line" >&2
        exit 1
    fi
done
script="$(sed -n '/<!-- cli-script:begin -->/,/<!-- cli-script:end -->/p' README.md |
    grep -v '^<!--' | grep -v '^```' || true)"
if [ -z "$script" ]; then
    echo "README.md: no shell block between the cli-script markers" >&2
    exit 1
fi
echo "+ the cli-script block"
if ! sh -ec "$script" >"$out"; then
    echo "README.md: the cli-script block failed" >&2
    exit 1
fi
if [ ! -s "$out" ]; then
    echo "README.md: the cli-script block printed nothing" >&2
    exit 1
fi
