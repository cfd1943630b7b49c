#!/bin/sh
# Runs every command of README.md between <!-- cli-commands:begin --> and
# <!-- cli-commands:end --> as typed, from the repository root, with the built tool first on
# the PATH: each must exit 0 and print something. Then runs the shell block between
# <!-- cli-script:begin --> and <!-- cli-script:end --> as one script (set -e), which must too.
#   cli_commands.sh REPO_ROOT TOOL_DIR
set -eu
root="$1"
PATH="$(cd "$2" && pwd):$PATH"
export PATH
cd "$root"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

# What README.md has between the markers NAME:begin and NAME:end, without them.
between() {
    sed -n "/<!-- $1:begin -->/,/<!-- $1:end -->/p" README.md | grep -v '^<!--' || true
}

# Runs the shell text $2 (named $1 in messages): exit 0 and some output, or this script fails.
check() {
    echo "+ $1"
    if ! sh -ec "$2" >"$out"; then
        echo "README.md: failed: $1" >&2
        exit 1
    fi
    if [ ! -s "$out" ]; then
        echo "README.md: no output: $1" >&2
        exit 1
    fi
}

commands="$(between cli-commands | grep '^careertalk ' || true)"
script="$(between cli-script | grep -v '^```' || true)"
if [ -z "$commands" ] || [ -z "$script" ]; then
    echo "README.md: no careertalk command between the cli-commands markers, or no shell" \
        "block between the cli-script markers" >&2
    exit 1
fi
echo "$commands" | while IFS= read -r line; do check "$line" "$line"; done
check "the cli-script block" "$script"
