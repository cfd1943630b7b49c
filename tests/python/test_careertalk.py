"""The Python package (python/careertalk) against the careertalk tool, and on bad input.

Run by ctest (tests python.*, python/CMakeLists.txt) with PYTHONPATH on the built package and
CAREERTALK on the tool; `pytest tests/python` does the same by hand with both set.
"""
import csv
import dataclasses
import datetime
import io
import json
import os
import pathlib
import subprocess
import warnings
from decimal import Decimal

import pytest

import careertalk

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATASETS = {
    "examples": (ROOT / "examples/data/people.csv", ROOT / "examples/data/events.csv"),
    "c": (ROOT / "tests/c/data/people.csv", ROOT / "tests/c/data/events.csv"),
}
AS_OF = "2026-11-23"


def cli(*args):
    """The tool's CSV rows (header first), as lists of strings."""
    tool = os.environ.get("CAREERTALK")
    if not tool:
        pytest.skip("CAREERTALK (the careertalk tool) not set")
    run = subprocess.run([tool, *args], capture_output=True, check=False)
    assert run.returncode in (0, 2), run.stderr.decode()
    return list(csv.reader(io.StringIO(run.stdout.decode("utf-8"))))


def records(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def quiet(call, *args, **kwargs):
    """The call's result; the tool's warnings (unknown columns, missing facts) are expected."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", careertalk.InputWarning)
        return call(*args, **kwargs)


def as_text(v):
    if v is None:
        return ""
    if isinstance(v, datetime.date):
        return v.isoformat()
    return str(v)


def same_rows(tool_rows, rows):
    """The package's dataclasses as the tool's CSV writes them, compared row by row."""
    header, body = tool_rows[0], tool_rows[1:]
    assert len(rows) == len(body), "%d rows, the tool has %d" % (len(rows), len(body))
    for n, (want, row) in enumerate(zip(body, rows)):
        got = [as_text(getattr(row, c)) for c in header]
        assert got == want, "row %d: %r, the tool: %r" % (n, got, want)
    return len(body)


def files(name):
    return [str(p) for p in DATASETS[name]]


# --- the same answers as the tool ---------------------------------------------------------

SCHEDULE_OPTIONS = [
    ({}, []),
    ({"explain": True}, ["--explain"]),
    ({"horizon": 1, "warn_days": 92}, ["--horizon", "1", "--warn-days", "92"]),
    ({"status": "overdue,due_soon", "due_within": "6m"},
     ["--status", "overdue,due_soon", "--due-within", "6m"]),
    ({"rules": "fr:ministry"}, ["--rules", "fr:ministry"]),
]


@pytest.mark.parametrize("data", DATASETS)
@pytest.mark.parametrize("options,flags", SCHEDULE_OPTIONS)
def test_schedule_equals_tool(data, options, flags):
    people, events = (records(p) for p in DATASETS[data])
    rows = quiet(careertalk.schedule, people, events, AS_OF, **options)
    assert same_rows(cli("schedule", "--as-of", AS_OF, "--format", "csv", *flags, *files(data)),
                     rows) > 0


@pytest.mark.parametrize("data", DATASETS)
def test_audit_equals_tool(data):
    people, events = (records(p) for p in DATASETS[data])
    rows = quiet(careertalk.audit, people, events, AS_OF)
    assert same_rows(cli("audit", "--as-of", AS_OF, "--format", "csv", *files(data)), rows) > 0
    assert all(isinstance(r.penalty_eur, (Decimal, type(None))) for r in rows)


@pytest.mark.parametrize("data", DATASETS)
def test_audit_until_equals_tool(data):
    people, events = (records(p) for p in DATASETS[data])
    rows = quiet(careertalk.audit, people, events, AS_OF, until="2028-12-31")
    assert all(isinstance(r, careertalk.OutlookRow) for r in rows)
    same_rows(cli("audit", "--as-of", AS_OF, "--until", "2028-12-31", "--format", "csv",
                  *files(data)), rows)


@pytest.mark.parametrize("spec", [None, "nl", "fr:idcc-1351"])
def test_rules_equal_tool(spec):
    flags = ["--rules", spec] if spec else []
    assert same_rows(cli("rules", "--format", "csv", *flags), careertalk.rules(spec)) > 0


@pytest.mark.parametrize("kind,rules,on", [
    ("entretien_professionnel", "fr", "2020-01-01"),
    ("entretien_parcours_professionnel", "fr", "2026-03-01"),
    ("etat_des_lieux", "fr", "2026-03-01"),
    ("personeelsgesprek", "nl:cao-rijk", "2025-06-01"),
])
def test_agenda_equals_tool(kind, rules, on):
    rows = careertalk.agenda(kind, rules, on)
    assert same_rows(cli("agenda", "--kind", kind, "--rules", rules, "--on", on, "--format", "csv"),
                     rows) > 0


def test_lang_gives_the_labels_of_the_tool():
    rows = careertalk.agenda("etat_des_lieux", "fr", "2026-03-01", lang="fr")
    tool = os.environ.get("CAREERTALK") or pytest.skip("CAREERTALK not set")
    run = subprocess.run([tool, "agenda", "--kind", "etat_des_lieux", "--on", "2026-03-01",
                          "--lang", "fr", "--format", "json"], capture_output=True, check=True)
    want = json.loads(run.stdout)
    assert [r.label for r in rows] == [w["label"] for w in want]
    assert rows[0].label != careertalk.agenda("etat_des_lieux", "fr", "2026-03-01")[0].label


# --- the forms of input ---------------------------------------------------------------------

def typed(rows):
    """The records with dates as datetime.date, numbers as int, empty cells as None."""
    out = []
    for r in rows:
        t = {}
        for k, v in r.items():
            if v == "":
                t[k] = None
            elif k.endswith("date") or k in ("contract_end", "function_start", "aow_date"):
                t[k] = datetime.date.fromisoformat(v)
            elif v.isdigit() and k != "id":
                t[k] = int(v)
            else:
                t[k] = v
        out.append(t)
    return out


@pytest.mark.parametrize("data", DATASETS)
def test_typed_dicts_and_dataclasses_give_the_same_rows(data):
    people, events = (records(p) for p in DATASETS[data])
    want = quiet(careertalk.schedule, people, events, AS_OF)
    assert quiet(careertalk.schedule, typed(people), typed(events),
                 datetime.date(2026, 11, 23)) == want
    Person = dataclasses.make_dataclass("Person", list(typed(people)[0]))
    Event = dataclasses.make_dataclass("Event", list(typed(events)[0]))
    assert quiet(careertalk.schedule, (Person(**p) for p in typed(people)),
                 [Event(**e) for e in typed(events)], AS_OF) == want


@pytest.mark.parametrize("data", DATASETS)
def test_dataframes_in_and_out(data):
    pd = pytest.importorskip("pandas")
    people, events = (pd.read_csv(p, dtype=str, keep_default_na=False) for p in DATASETS[data])
    # A date column as pandas reads it with parse_dates: Timestamps at midnight.
    people["hire_date"] = pd.to_datetime(people["hire_date"])
    want = quiet(careertalk.audit, *(records(p) for p in DATASETS[data]), AS_OF)
    frame = quiet(careertalk.audit, people, events, AS_OF, as_frame=True)
    assert list(frame.columns) == [f.name for f in dataclasses.fields(careertalk.AuditRow)]
    assert [careertalk.AuditRow(*r) for r in frame.itertuples(index=False, name=None)] == want


def test_without_pandas(monkeypatch):
    """Without pandas, dicts still work and as_frame=True says what it needs."""
    monkeypatch.setattr(careertalk, "_pandas", lambda: None)
    rows = careertalk.schedule(PEOPLE, None, AS_OF)
    assert rows and all(isinstance(r, careertalk.ScheduleRow) for r in rows)
    with pytest.raises(ImportError, match="pandas"):
        careertalk.schedule(PEOPLE, None, AS_OF, as_frame=True)


def test_warning_points_at_the_caller():
    with pytest.warns(careertalk.InputWarning) as w:
        careertalk.schedule([dict(PEOPLE[0], colour="blue")], None, AS_OF)
    assert w[0].filename == __file__


def test_empty_result_frame_has_the_columns():
    pd = pytest.importorskip("pandas")
    frame = careertalk.schedule([], [], AS_OF, as_frame=True)
    assert isinstance(frame, pd.DataFrame) and frame.empty
    assert "due_date" in frame.columns


@pytest.mark.filterwarnings("ignore::careertalk.InputWarning")
def test_dask_map_partitions():
    """docs/python.md#dask: the package in map_partitions gives the rows of one call."""
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    people, events = (pd.read_csv(p, dtype=str, keep_default_na=False)
                      for p in DATASETS["examples"])
    meta = careertalk.schedule([], [], AS_OF, as_frame=True)

    def schedule_partition(part):
        mine = events[events["id"].isin(part["id"])]
        return careertalk.schedule(part, mine, AS_OF, as_frame=True)

    got = dd.from_pandas(people, npartitions=3).map_partitions(schedule_partition, meta=meta)
    got = got.compute(scheduler="threads").reset_index(drop=True)
    want = careertalk.schedule(people, events, AS_OF, as_frame=True)
    key = ["id", "obligation", "due_date", "status"]
    pd.testing.assert_frame_equal(got.sort_values(key, kind="stable").reset_index(drop=True),
                                  want.sort_values(key, kind="stable").reset_index(drop=True))


# --- bad input: an exception naming the record and the field ---------------------------------

PEOPLE = [{"id": "A", "hire_date": "2020-01-06", "headcount": 60},
          {"id": "B", "hire_date": "2019-09-02", "headcount": 60}]


def problems(call, *args, **kwargs):
    with pytest.raises(careertalk.InputError) as e:
        call(*args, **kwargs)
    assert isinstance(e.value, ValueError)
    return e.value.problems


def test_missing_hire_date():
    people = [PEOPLE[0], {"id": "B", "headcount": 60, "hire_date": None}]
    [p] = problems(careertalk.schedule, people, None, AS_OF)
    assert (p.source, p.record, p.id, p.field) == ("people", 1, "B", "hire_date")
    assert "B" in str(p) and "hire_date" in str(p)


def test_bad_dates():
    people = [dict(PEOPLE[0], hire_date="2020-02-30"), dict(PEOPLE[1], hire_date="06/01/2020")]
    found = problems(careertalk.audit, people, None, AS_OF)
    assert [(p.record, p.id, p.field) for p in found] == [(0, "A", "hire_date"),
                                                          (1, "B", "hire_date")]
    assert "2020-02-30" in found[0].message
    [p] = problems(careertalk.schedule, PEOPLE, None, "23/11/2026")
    assert (p.source, p.field) == ("", "as_of")
    [p] = problems(careertalk.audit, PEOPLE, None, AS_OF, until="2025-01-01")
    assert p.field == "until" and "before" in p.message


def test_unknown_event_kind():
    events = [{"id": "A", "kind": "interview", "date": "2022-01-03",
               "detail": "entretien_professionnel"},
              {"id": "B", "kind": "party", "date": "2022-01-03"}]
    [p] = problems(careertalk.schedule, PEOPLE, events, AS_OF)
    assert (p.source, p.record, p.id, p.field) == ("events", 1, "B", "kind")
    assert "party" in p.message


def test_event_of_nobody_and_bad_interview_kind():
    events = [{"id": "Z", "kind": "interview", "date": "2022-01-03",
               "detail": "entretien_professionnel"},
              {"id": "A", "kind": "interview", "date": "2022-01-03", "detail": "chat"}]
    found = problems(careertalk.schedule, PEOPLE, events, AS_OF)
    assert {(p.record, p.id, p.field) for p in found} >= {(1, "A", "detail")}
    assert any(p.id == "Z" for p in found)  # nothing dropped silently


def test_unknown_rule_set_and_language():
    [p] = problems(careertalk.schedule, PEOPLE, None, AS_OF, rules="fr:nowhere")
    assert p.field == "rules" and "fr:nowhere" in p.message
    [p] = problems(careertalk.schedule, [dict(PEOPLE[0], rules="xx")], None, AS_OF)
    assert (p.record, p.id, p.field) == (0, "A", "rules")
    [p] = problems(careertalk.rules, "zz")
    assert p.field == "rules"
    [p] = problems(careertalk.schedule, PEOPLE, None, AS_OF, lang="de")
    assert p.field == "lang"


def test_agenda_problems():
    [p] = problems(careertalk.agenda, "chat")
    assert p.field == "kind" and "chat" in p.message
    [p] = problems(careertalk.agenda, "entretien_professionnel", "nl:cao-rijk", "2026-03-01")
    assert p.field == "kind" and "nl:cao-rijk" in p.message


def test_bad_options():
    [p] = problems(careertalk.schedule, PEOPLE, None, AS_OF, due_within="soon")
    assert p.field == "due_within"
    [p] = problems(careertalk.schedule, PEOPLE, None, AS_OF, status="late")
    assert p.field == "status"
    [p] = problems(careertalk.schedule, PEOPLE, None, AS_OF, horizon=-1)
    assert p.field == "horizon"


def test_records_that_are_not_records():
    [p] = problems(careertalk.schedule, [PEOPLE[0], 42], None, AS_OF)
    assert (p.source, p.record) == ("people", 1)
    [p] = problems(careertalk.schedule, "people.csv", None, AS_OF)
    assert p.source == "people"
    [p] = problems(careertalk.schedule, PEOPLE, None, None)
    assert p.field == "as_of"


def test_record_numbers_survive_newlines_in_values():
    people = [dict(PEOPLE[0], name="two\nlines"), dict(PEOPLE[1], hire_date="x")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", careertalk.InputWarning)
        [p] = problems(careertalk.schedule, people, None, AS_OF)
    assert (p.record, p.id, p.field) == (1, "B", "hire_date")


def test_warnings_name_the_record():
    people = [dict(PEOPLE[0], colour="blue")]
    with pytest.warns(careertalk.InputWarning) as w:
        careertalk.schedule(people, None, AS_OF)
    found = [p for x in w for p in x.message.problems]
    assert any("colour" in p.message for p in found)


def test_stubs_declare_the_api():
    """__init__.pyi declares every public name: the functions, and the types of _types.py."""
    package = pathlib.Path(careertalk.__file__).parent
    stub = (package / "__init__.pyi").read_text()
    assert (package / "py.typed").exists()
    for name in careertalk.__all__:
        assert ("def %s(" % name in stub) or ("import %s as %s" % (name, name) in stub), name
    for name in ("schedule", "audit", "agenda", "rules"):
        assert stub.count("def %s(" % name) >= 2, "as_frame overloads of " + name
