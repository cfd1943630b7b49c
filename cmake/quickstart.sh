#!/usr/bin/env bash
# careertalk quick start: installs what is missing (Debian/Ubuntu), then runs
# one CMake workflow preset.
#
#   cmake/quickstart.sh demo|test|bench|asan|clang|web
#
# demo also installs the careertalk tool to /usr/local/bin (as root) or ~/.local/bin
# ($CAREERTALK_BINDIR overrides). web builds the page (docs/web.md) and prints the file to open.
# Works from any directory. Build trees go to build/<preset>/.
set -euo pipefail

# Debian packages the build needs. Add new dependencies HERE.
PACKAGES="cmake g++ ninja-build libhowardhinnant-date-dev libboost1.81-dev catch2 libcli11-dev libboost-json1.81-dev pkg-config libxlsxwriter-dev"
# Extra packages per preset.
# test preset: .ci/run then runs the CLI tests under valgrind (cmake/memcheck.sh); a JDK and
# JNA run the Java example over the C interface (tests java.*; skipped without them), mono the
# C# one (tests csharp.*); python3
# with pytest, openpyxl, icalendar and jsonschema reads the outputs back (tests cli.readback_*);
# python3-dev and python3-pybind11 build the Python package, tested with pandas and Dask
# (tests python.*; docs/python.md).
# emscripten builds the page and the npm package, chromium runs the page (tests web.*, with
# tests/web's npm packages: puppeteer-core and typescript, installed below with npm ci).
TEST_PACKAGES="valgrind default-jdk-headless libjna-java python3 python3-pytest python3-openpyxl python3-icalendar python3-jsonschema python3-dev python3-pybind11 python3-pandas python3-dask mono-mcs mono-runtime emscripten chromium"
# clang preset; also what .ci/run needs for libFuzzer (libclang-rt) and cmake/lint.sh.
CLANG_PACKAGES="clang libclang-rt-14-dev clang-tidy cppcheck"
# bench: GNU time (peak memory of the CLI run); valgrind (instructions per employee); clang
# (-ftime-trace) and python3: the costliest includes; node and npm for the peers, unless a node is
# already installed (e.g. NodeSource's nodejs, which bundles npm and conflicts with Debian's).
# emscripten: the page's sizes and speed (bench.web).
BENCH_PACKAGES="time valgrind clang python3 emscripten"
# web: emscripten (which brings Debian's node unless one is installed) and the page's build.
WEB_PACKAGES="emscripten"
if ! command -v npm >/dev/null 2>&1; then
    BENCH_PACKAGES="$BENCH_PACKAGES nodejs npm"
    TEST_PACKAGES="$TEST_PACKAGES nodejs npm"
fi

usage() {
    echo "usage: $0 demo|test|bench|asan|clang|web" >&2
    exit 2
}

[ $# -eq 1 ] || usage
preset="$1"
case "$preset" in
    demo|test|bench|asan|clang|web) ;;
    *) usage ;;
esac

wanted="$PACKAGES"
if [ "$preset" = clang ]; then
    wanted="$wanted $CLANG_PACKAGES"
fi
if [ "$preset" = test ]; then
    wanted="$wanted $TEST_PACKAGES"
fi
if [ "$preset" = bench ]; then
    wanted="$wanted $BENCH_PACKAGES"
fi
if [ "$preset" = web ]; then
    wanted="$wanted $WEB_PACKAGES"
fi

# Step 1: dependencies.
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in $wanted; do
        status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
        case "$status" in
            *"ok installed"*) ;;
            *) missing="$missing $pkg" ;;
        esac
    done
else
    echo "quickstart: dpkg-query not found (not Debian/Ubuntu?); skipping the package check." >&2
    echo "quickstart: you need: $wanted" >&2
fi
missing="${missing# }"

if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "quickstart: installing:$missing" | tr -s ' '
        apt-get update
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
    else
        echo "sudo apt-get install $missing"
        exit 1
    fi
fi

# Step 2: the workflow.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
# The web tests' npm packages (tests/web/package-lock.json), again whenever the lock changes.
if [ "$preset" = test ] && command -v npm >/dev/null 2>&1 &&
    ! cmp -s tests/web/package-lock.json tests/web/node_modules/.careertalk-lock; then
    (cd tests/web && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.careertalk-lock) ||
        echo "quickstart: npm ci in tests/web failed: web.browser and web.types will say they are skipped" >&2
fi
if [ "$preset" = web ]; then
    cmake --workflow --preset web
    echo "quickstart: open $repo_root/build/web/web/page/index.html in a browser"
    exit 0
fi
if [ "$preset" != demo ]; then
    exec cmake --workflow --preset "$preset"
fi
cmake --workflow --preset demo

# Step 3 (demo): install the tool where the README's next commands find it: /usr/local/bin as
# root, else ~/.local/bin (on the PATH of Debian's default ~/.profile once it exists), or
# $CAREERTALK_BINDIR when set.
tool="build/demo/examples/careertalk/careertalk"
if [ ! -x "$tool" ]; then
    echo "quickstart: the careertalk tool was not built (see the configure messages above)" >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then bindir=/usr/local/bin; else bindir="$HOME/.local/bin"; fi
bindir="${CAREERTALK_BINDIR:-$bindir}"
mkdir -p "$bindir"
install -m 755 "$tool" "$bindir/careertalk"
echo "quickstart: installed $bindir/careertalk"
case ":$PATH:" in
    *":$bindir:"*) ;;
    *) echo "quickstart: $bindir is not on your PATH; run: export PATH=\"$bindir:\$PATH\"" ;;
esac
