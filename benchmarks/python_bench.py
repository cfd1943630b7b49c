#!/usr/bin/env python3
"""The Python package against the careertalk tool on one synthetic population (issue 19).

    benchmarks/python_bench.py CAREERTALK WORKDIR [--employees N] [--results FILE]

Writes the population with cli_make_population.py (default 1,000,000 employees, 5 events
each; reused when WORKDIR has it), then times `careertalk schedule --format csv` on the files
and careertalk.schedule() on the same records: from dicts (the list of dataclasses) and from
pandas DataFrames (as_frame=True) when pandas is installed. Reading the files into dicts or
frames is timed apart. Prints BENCH lines, and key=value lines to --results. The timings are
never judged: it fails only when the package's rows differ from the tool's. Needs the package
on PYTHONPATH (build/<preset>/python).
"""
import argparse
import csv
import io
import os
import pathlib
import resource
import subprocess
import sys
import time
import warnings

import careertalk

AS_OF = "2026-11-23"


def timed(call):
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


def as_text(v):
    return "" if v is None else v.isoformat() if hasattr(v, "isoformat") else str(v)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("careertalk")
    ap.add_argument("workdir")
    ap.add_argument("--employees", type=int, default=1_000_000)
    ap.add_argument("--results")
    args = ap.parse_args()

    data = pathlib.Path(args.workdir) / ("population_%d" % args.employees)
    people_csv, events_csv = data / "people.csv", data / "events.csv"
    if not (people_csv.exists() and events_csv.exists()):
        data.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(pathlib.Path(__file__).with_name(
            "cli_make_population.py")), str(data), str(args.employees)], check=True)

    tool_csv = data / "schedule.csv"
    run, cli_s = timed(lambda: subprocess.run(
        [args.careertalk, "schedule", "--as-of", AS_OF, "--format", "csv", "-o", str(tool_csv),
         str(people_csv), str(events_csv)], capture_output=True, check=False))
    if run.returncode not in (0, 2):
        sys.exit("careertalk failed: " + run.stderr.decode()[-2000:])

    def read(path):
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    (people, events), read_s = timed(lambda: (read(people_csv), read(events_csv)))
    warnings.simplefilter("ignore", careertalk.InputWarning)  # the population's `name` column
    rows, module_s = timed(lambda: careertalk.schedule(people, events, AS_OF))
    del people, events
    mismatch = False
    with open(tool_csv, encoding="utf-8", newline="") as f:
        tool = csv.reader(f)
        header = next(tool)
        tool_rows = 0
        for n, want in enumerate(tool):
            tool_rows += 1
            got = [as_text(getattr(rows[n], c)) for c in header] if n < len(rows) else None
            if got != want and not mismatch:
                print("row %d differs: %r, the tool: %r" % (n, got, want), file=sys.stderr)
                mismatch = True
    mismatch |= tool_rows != len(rows)
    figures = {
        "python_schedule_employees": args.employees,
        "python_schedule_rows": len(rows),
        "python_cli_csv_s": round(cli_s, 2),
        "python_read_dicts_s": round(read_s, 2),
        "python_module_dataclasses_s": round(module_s, 2),
    }
    del rows
    try:
        import pandas as pd
    except ImportError:
        pd = None
        print("python_bench: pandas not installed: no DataFrame figures")
    if pd is not None:
        (people, events), frame_read_s = timed(lambda: (
            pd.read_csv(people_csv, dtype=str, keep_default_na=False),
            pd.read_csv(events_csv, dtype=str, keep_default_na=False)))
        frame, frame_s = timed(lambda: careertalk.schedule(people, events, AS_OF, as_frame=True))
        mismatch |= len(frame) != tool_rows
        figures["python_read_frames_s"] = round(frame_read_s, 2)
        figures["python_module_frame_s"] = round(frame_s, 2)
    figures["python_peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    figures["python_cpus"] = os.cpu_count()
    for k, v in figures.items():
        print("BENCH %s=%s" % (k, v))
    if args.results:
        with open(args.results, "w") as f:
            f.writelines("%s=%s\n" % kv for kv in figures.items())
    if mismatch:
        sys.exit("python_bench: the package's rows differ from the tool's")


if __name__ == "__main__":
    main()
