"""The timeline SVG (careertalk timeline) read back as XML: well-formed, one focusable group
per obligation the schedule shows for that employee (the same rows as `schedule --format csv`,
advisories and planned interviews aside), each with a <title> naming its rule, and the status
written beside each bar, not given by colour alone.

Run by ctest (cli.timeline_svg) with CAREERTALK (the tool) and CAREERTALK_OUT (a scratch
directory) in the environment, in tests/cli.
"""
import csv
import io
import os
import pathlib
import subprocess
import xml.etree.ElementTree as ET

import pytest

TOOL = os.environ["CAREERTALK"]
OUT = pathlib.Path(os.environ["CAREERTALK_OUT"])
SVG = "{http://www.w3.org/2000/svg}"
CASES = [
    ("P2", ["data/people_penalty.csv", "data/events_penalty.csv"], "fr"),
    ("E2", ["../../examples/data/people.csv", "../../examples/data/events.csv"], "fr"),
    ("N1", ["data/people_nl.csv", "data/events_nl.csv"], "nl"),
]


def tool(*args):
    return subprocess.run([TOOL, *args], check=True, capture_output=True).stdout


@pytest.mark.parametrize("employee,files,lang", CASES)
def test_timeline_has_one_obligation_per_schedule_row(employee, files, lang):
    svg = ET.fromstring(tool("timeline", "--id", employee, "--as-of", "2026-11-23", "--lang", lang, *files))
    schedule = csv.DictReader(io.StringIO(tool("schedule", "--as-of", "2026-11-23", "--format", "csv", *files).decode()))
    rows = [r for r in schedule if r["id"] == employee and r["trigger"] and r["status"] != "planned"]
    groups = [g for g in svg.iter(SVG + "g") if "obligation" in g.get("class", "").split()]
    assert len(groups) == len(rows) > 0
    for g, row in zip(groups, rows):
        assert g.get("tabindex") == "0"
        title = g.find(SVG + "title").text
        assert row["rule"] in title, (title, row["rule"])
        assert g.get("class").split()[1] == "status-" + row["status"]
        # The status is written in the row's label, not only coloured.
        assert any("(" in (t.text or "") for t in g.iter(SVG + "text"))


def test_timeline_shows_the_penalty_and_the_french_regimes():
    svg = ET.fromstring(tool("timeline", "--id", "P2", "--as-of", "2026-11-23",
                             "data/people_penalty.csv", "data/events_penalty.csv"))
    reviews = [g for g in svg.iter(SVG + "g") if g.get("class", "").startswith("review")]
    assert any("EUR 3000" in g.find(SVG + "title").text for g in reviews)
    bands = [g.find(SVG + "title").text for g in svg.iter(SVG + "g") if g.get("class") == "band"]
    assert any(b.startswith("2019 criteria") for b in bands)
    assert any(b.startswith("2025 law") for b in bands)


def test_timeline_shows_the_dutch_cao_term():
    svg = ET.fromstring(tool("timeline", "--id", "N1", "--as-of", "2026-11-23", "--lang", "nl",
                             "data/people_nl.csv", "data/events_nl.csv"))
    bands = [g.find(SVG + "title").text for g in svg.iter(SVG + "g") if g.get("class") == "band"]
    assert len(bands) == 1 and bands[0].startswith("cao-rijk looptijd — nl.cao-rijk: ")


def test_timeline_of_an_unknown_id_is_an_error():
    r = subprocess.run([TOOL, "timeline", "--id", "nobody", "--as-of", "2026-11-23", "data/four.csv"],
                       capture_output=True)
    assert r.returncode == 2
    assert b"--id nobody: no employee evaluated with this id" in r.stderr
