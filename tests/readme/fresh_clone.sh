#!/bin/sh
# The README's quick start from a fresh clone, as a new user types it: clones REPO (a path or
# URL, default: this repository) into a temporary directory, runs `cmake/quickstart.sh demo`
# with a temporary HOME (the tool installed in its ~/.local/bin), then every command of README.md between the cli-commands markers with
# the installed `careertalk` found on the PATH alone (~/.local/bin, or /usr/local/bin as root).
# It builds the demo preset: minutes, so it is not part of ctest. Run it before a release:
#   tests/readme/fresh_clone.sh [REPO]
set -eu
here="$(cd "$(dirname "$0")/../.." && pwd)"
repo="${1:-$here}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work/clone"
mkdir -p "$work/home"
HOME="$work/home"
export HOME
# The PATH a login shell of that user has: Debian's ~/.profile adds ~/.local/bin. As root the
# tool would go to /usr/local/bin: the check installs into the temporary HOME instead.
PATH="$HOME/.local/bin:/usr/local/bin:/usr/bin:/bin"
CAREERTALK_BINDIR="$HOME/.local/bin"
export PATH CAREERTALK_BINDIR
cd "$work/clone"
cmake/quickstart.sh demo >"$work/quickstart.log" 2>&1 || {
    tail -40 "$work/quickstart.log" >&2
    exit 1
}
grep '^quickstart: installed' "$work/quickstart.log"
test "$(command -v careertalk)" = "$HOME/.local/bin/careertalk"
sh tests/readme/cli_commands.sh "$work/clone" "$(dirname "$(command -v careertalk)")"
echo "fresh clone: the README's commands ran as typed"
