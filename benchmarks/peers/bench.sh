#!/usr/bin/env bash
# Installs the peers from package-lock.json (exact versions) on first use, then runs them.
#   benchmarks/peers/bench.sh PEOPLE.csv EVENTS.csv W1.csv [--results FILE]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v node >/dev/null || { echo "peers: node not found (cmake/quickstart.sh bench installs it)" >&2; exit 1; }
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund >&2
fi
exec node run.mjs "$@"
