#!/usr/bin/env python3
"""Writes a synthetic PEOPLE.csv and EVENTS.csv for the careertalk tool at scale.

    benchmarks/cli_make_population.py DIR [PEOPLE] [EVENTS_PER_PERSON] [--shuffle-events]

Defaults: 1,000,000 people, 5 events each (5,000,000 events). Deterministic (seeded), so runs
compare. French employees under the law (hired 1995-2026, some fixed-term, some part-time),
events: interviews, trainings, absences with returns, mid-career visits. With
--shuffle-events the events file is in random order (the tool indexes it either way).
Used by the scale measurement of issue 4 and reusable by the benchmarks (issue 8).
"""
import random
import sys


def day(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, 28)


def iso(d):
    return "%04d-%02d-%02d" % d


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shuffle = "--shuffle-events" in sys.argv
    if not args:
        sys.exit(__doc__)
    out = args[0]
    people = int(args[1]) if len(args) > 1 else 1_000_000
    per = int(args[2]) if len(args) > 2 else 5
    rng = random.Random(20261123)
    events = []
    with open(out + "/people.csv", "w") as p, open(out + "/events.csv", "w") as e:
        p.write("id,name,hire_date,birth_date,contract,contract_end,headcount,part_time\n")
        e.write("id,kind,date,end_date,detail\n")
        for i in range(people):
            pid = "P%07d" % i
            hire = day(rng, 1995, 2026)
            birth = (hire[0] - rng.randint(18, 55), rng.randint(1, 12), rng.randint(1, 28))
            cdd = rng.random() < 0.1
            end = iso((hire[0] + 1, hire[1], hire[2])) if cdd else ""
            p.write("%s,Person %d,%s,%s,%s,%s,%d,%s\n" % (
                pid, i, iso(hire), iso(birth), "cdd" if cdd else "cdi", end,
                rng.choice([20, 49, 50, 120, 1000]), "true" if rng.random() < 0.2 else ""))
            had_absence = False  # one absence a person at most: absences may not overlap
            for k in range(per):
                y = min(2026, hire[0] + 1 + k * 2)
                d = iso((y, hire[1], hire[2]))
                r = rng.random()
                if r < 0.5:
                    row = "%s,interview,%s,,entretien_professionnel" % (pid, d)
                elif r < 0.8 or (r < 0.95 and had_absence):
                    kind = rng.choice(["obligatoire", "non_obligatoire"])
                    row = "%s,training,%s,,%s" % (pid, d, kind)
                elif r < 0.95:
                    had_absence = True
                    last = iso((y, hire[1], min(28, hire[2] + k + 1)))
                    row = "%s,absence,%s,%s,arret_maladie" % (pid, d, last)
                else:
                    row = "%s,certification,%s,," % (pid, d)
                if shuffle:
                    events.append(row)
                else:
                    e.write(row + "\n")
        if shuffle:
            rng.shuffle(events)
            for row in events:
                e.write(row + "\n")


if __name__ == "__main__":
    main()
