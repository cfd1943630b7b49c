#!/usr/bin/env python3
"""The headers that cost most in a clang -ftime-trace file: each header's own time (its
"Source" event less the headers it includes), largest first.

    compile_top_includes.py TRACE.json [N]
"""
import collections
import json
import os
import sys


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        events = json.load(f)["traceEvents"]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    sources = sorted((e for e in events if e.get("ph") == "X" and e.get("name") == "Source"),
                     key=lambda e: (e["ts"], -e["dur"]))
    own = collections.Counter()
    open_ = []  # the enclosing headers of the current one
    for e in sources:
        while open_ and open_[-1]["ts"] + open_[-1]["dur"] <= e["ts"]:
            open_.pop()
        own[e["args"]["detail"]] += e["dur"]
        if open_:
            own[open_[-1]["args"]["detail"]] -= e["dur"]
        open_.append(e)
    for path, us in own.most_common(n):
        print(f"{us / 1000:8.1f} ms  {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
