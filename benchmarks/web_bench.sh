#!/usr/bin/env bash
# The page and the npm package (docs/web.md, issue 20): the sizes of careertalk.wasm,
# careertalk.js and the whole page, and the package's `schedule` (csv) on PEOPLE and EVENTS
# (the peers' 10,000 employees), best of three, against the tool's on the same files.
#
#   benchmarks/web_bench.sh WEB_DIR TOOL PEOPLE.csv EVENTS.csv --results FILE
set -euo pipefail

web="$1" tool="$2" people="$3" events="$4"
[ "$5" = --results ] || { echo "usage: $0 WEB_DIR TOOL PEOPLE EVENTS --results FILE" >&2; exit 2; }
results="$6"

size() { stat -c %s "$1"; }
page_bytes=$(cat "$web"/page/* | wc -c)
web_seconds=$(node --input-type=module -e '
    import { readFileSync } from "node:fs";
    import { resolve } from "node:path";
    import { pathToFileURL } from "node:url";
    const { load } = await import(pathToFileURL(resolve(process.argv[1], "package/index.mjs")).href);
    const ct = await load();
    const people = readFileSync(process.argv[2]), events = readFileSync(process.argv[3]);
    let best = Infinity;
    for (let i = 0; i < 3; ++i) {
        const t = performance.now();
        const r = ct.schedule({ people, events, asOf: "2026-11-23", format: "csv" });
        if (r.code !== 0 || r.answer.length === 0) throw new Error("schedule failed: " + r.messages.join("\n"));
        best = Math.min(best, (performance.now() - t) / 1000);
    }
    console.log(best.toFixed(3));
' "$web" "$people" "$events")
tool_seconds=$( { /usr/bin/time -f %e "$tool" schedule --as-of 2026-11-23 --format csv "$people" "$events" > /dev/null; } 2>&1 | tail -n 1)

{
    echo "web_wasm_bytes=$(size "$web/package/careertalk.wasm")"
    echo "web_js_bytes=$(size "$web/package/careertalk.js")"
    echo "web_page_bytes=$page_bytes"
    echo "web_10k_schedule_seconds=$web_seconds"
    echo "tool_10k_schedule_seconds=$tool_seconds"
} | tee "$results"
