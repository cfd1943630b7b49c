"""The careertalk tool's files read back by the tools their users have (docs/cli/output.md).

Run by ctest (tests/cli/CMakeLists.txt) with CAREERTALK (the tool), CAREERTALK_OUT (a
scratch directory) and CAREERTALK_SCHEMAS (docs/schema) in the environment, in tests/cli.

- CSV for a French or Dutch spreadsheet, with Python's csv module: BOM, ';', translated
  headers and statuses, DD/MM/YYYY and DD-MM-YYYY dates, decimal commas, leading-zero ids.
- xlsx with openpyxl: typed dates and numbers, ids as text, frozen header, filter.
- ICS with icalendar (an RFC 5545 parser): events, VALARM, DTSTAMP, UTF-8 summaries.
- JSON with jsonschema against the published schemas.
"""

import csv
import datetime as dt
import io
import json
import os
import pathlib
import subprocess

import icalendar
import jsonschema
import openpyxl
import pytest

TOOL = os.environ["CAREERTALK"]
OUT = pathlib.Path(os.environ["CAREERTALK_OUT"])
SCHEMAS = pathlib.Path(os.environ["CAREERTALK_SCHEMAS"])
FILES = ["data/people_output.csv", "data/events_output.csv"]
AS_OF = ["--as-of", "2026-11-23"]


def run(*args, ok=(0,)):
    r = subprocess.run([TOOL, *args], capture_output=True, check=False)
    assert r.returncode in ok, r.stderr.decode()
    return r


def rows_of_csv(data: bytes, sep: str):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                               delimiter=sep))


# --- CSV -------------------------------------------------------------------------------------

def test_csv_fr_schedule_reads_back_in_a_french_spreadsheet_dialect():
    out = run("schedule", *AS_OF, "--format", "csv", "--lang", "fr", *FILES).stdout
    assert out.startswith(b"\xef\xbb\xbf")  # Excel takes the file as UTF-8 only with a BOM
    rows = rows_of_csv(out, ";")
    assert list(rows[0])[:7] == ["Matricule", "Obligation", "Déclencheur", "Date du déclencheur",
                                 "À partir du", "Échéance", "Statut"]
    # The id keeps its leading zeros: ="00123", which a spreadsheet shows as 00123.
    ids = {r["Matricule"] for r in rows}
    assert ids == {'="00123"', '="0456"', "7", '="0789"'}
    # The 29 February hire: its dates as DD/MM/YYYY, the real calendar dates.
    r0456 = [r for r in rows if r["Matricule"] == '="0456"']
    assert {dt.datetime.strptime(r["Échéance"], "%d/%m/%Y").date() for r in r0456} >= {
        dt.date(2020, 2, 29), dt.date(2028, 2, 29)}
    assert {r["Statut"] for r in rows} <= {"réalisé", "réalisé en retard", "en retard",
                                          "bientôt dû", "à venir", "non requis", "indicatif",
                                          "non enregistré", "à savoir", "droit"}
    assert "en retard" in {r["Statut"] for r in rows}
    assert "entretien professionnel" in {r["Obligation"] for r in rows}


def test_csv_fr_audit_has_decimal_commas():
    out = run("audit", *AS_OF, "--format", "csv", "--lang", "fr", *FILES).stdout
    rows = rows_of_csv(out, ";")
    penalties = [r for r in rows if r["Statut"] == "pénalité"]
    # 00123 (fr), 7 (fr:ministry) and 0789: one interview in the six years before the review.
    assert {r["Matricule"] for r in penalties} == {'="00123"', "7", '="0789"'}
    for r in penalties:
        assert r["Pénalité EUR"] == "3000,00"
        assert float(r["Pénalité EUR"].replace(",", ".")) == 3000.0
        day = lambda column: dt.datetime.strptime(r[column], "%d/%m/%Y").date()
        assert day("Paiement avant le") > day("Échéance")  # paid after the review it follows


def test_csv_nl_dates_are_dutch():
    out = run("schedule", *AS_OF, "--format", "csv", "--lang", "nl", *FILES).stdout
    rows = rows_of_csv(out, ";")
    assert "Personeelsnummer" in rows[0] and "Uiterlijk" in rows[0]
    for r in rows:
        dt.datetime.strptime(r["Uiterlijk"], "%d-%m-%Y")
    assert "achterstallig" in {r["Status"] for r in rows}


def test_csv_en_stays_plain():
    out = run("schedule", *AS_OF, "--format", "csv", *FILES).stdout
    assert not out.startswith(b"\xef\xbb\xbf")
    rows = rows_of_csv(out, ",")
    assert {r["id"] for r in rows} == {"00123", "0456", "7", "0789"}
    assert all(len(r["due_date"]) == 10 and r["due_date"][4] == "-" for r in rows)


# --- xlsx ------------------------------------------------------------------------------------

def workbook(command, *extra):
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{command}.xlsx"
    r = run(command, *AS_OF, "--format", "xlsx", "-o", str(path), *extra, *FILES, ok=(0, 1))
    if r.returncode == 1 and b"without libxlsxwriter" in r.stderr:
        pytest.skip("built without libxlsxwriter")
    assert r.returncode == 0, r.stderr.decode()
    return openpyxl.load_workbook(path).active


def test_xlsx_schedule_is_typed_frozen_and_filtered():
    ws = workbook("schedule", "--lang", "fr")
    header = [c.value for c in ws[1]]
    assert header[0] == "Matricule" and "Échéance" in header
    assert ws.freeze_panes == "A2"  # the header row stays in view
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{ws.max_row}"
    due = header.index("Échéance")
    ids = set()
    for row in ws.iter_rows(min_row=2):
        assert isinstance(row[0].value, str)  # ids are text
        ids.add(row[0].value)
        assert isinstance(row[due].value, dt.datetime)  # a date, not text
        assert row[due].number_format == "dd/mm/yyyy"
    assert ids == {"00123", "0456", "7", "0789"}
    dues = {r[due].value.date() for r in ws.iter_rows(min_row=2) if r[0].value == "0456"}
    assert dt.date(2028, 2, 29) in dues


def test_xlsx_audit_penalties_are_numbers():
    ws = workbook("audit")
    header = [c.value for c in ws[1]]
    amount = header.index("Penalty EUR")
    values = [r[amount].value for r in ws.iter_rows(min_row=2) if r[amount].value is not None]
    assert 3000 in values and all(isinstance(v, (int, float)) for v in values)


# --- ICS -------------------------------------------------------------------------------------

def calendar(*extra):
    out = run("schedule", *AS_OF, "--format", "ics", *extra, *FILES).stdout
    return icalendar.Calendar.from_ical(out), out


def test_ics_parses_with_reminders_and_a_fresh_dtstamp():
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    cal, raw = calendar("--lang", "fr", "--remind", "3m")
    after = dt.datetime.now(dt.timezone.utc)
    events = list(cal.walk("VEVENT"))
    assert events
    for ev in events:
        stamp = ev.decoded("DTSTAMP")
        assert before <= stamp <= after  # the time of export, in UTC
        alarms = list(ev.walk("VALARM"))
        assert len(alarms) == 1 and alarms[0]["ACTION"] == "DISPLAY"
        start = ev.decoded("DTSTART")
        before_due = -alarms[0].decoded("TRIGGER")
        # 3 months before the due date, by the calendar (89 to 92 days).
        month = start.month - 3 + (12 if start.month <= 3 else 0)
        year = start.year - (1 if start.month <= 3 else 0)
        day = min(start.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                              31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
        assert before_due == start - dt.date(year, month, day)
    summaries = [str(ev["SUMMARY"]) for ev in events]
    assert any("état des lieux récapitulatif" in s for s in summaries)  # accents, in French
    assert any(s.startswith("00123 : ") for s in summaries)  # names the employee
    # RFC 5545 3.1: no line over 75 octets, CRLF ends.
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))


def test_ics_open_only_unless_all():
    open_only, _ = calendar()
    everything, _ = calendar("--all")
    statuses = lambda c: {str(e["SUMMARY"]).rsplit("(", 1)[1].rstrip(")") for e in c.walk("VEVENT")}
    assert "met" not in statuses(open_only) and "met late" not in statuses(open_only)
    assert "met late" in statuses(everything)
    assert len(list(everything.walk("VEVENT"))) > len(list(open_only.walk("VEVENT")))


def test_ics_split_by_writes_one_calendar_per_value():
    d = OUT / "split"
    for f in d.glob("*.ics") if d.exists() else []:
        f.unlink()
    run("schedule", *AS_OF, "--format", "ics", "--split-by", "rules", "-o", str(d), *FILES)
    names = sorted(p.name for p in d.glob("*.ics"))
    assert names == ["fr.ics", "fr_ministry.ics"]
    who = {n: {str(e["SUMMARY"]).split(":")[0] for e in
               icalendar.Calendar.from_ical((d / n).read_bytes()).walk("VEVENT")} for n in names}
    assert who == {"fr.ics": {"00123", "0456", "0789"}, "fr_ministry.ics": {"7"}}


# --- JSON ------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["schedule", "audit"])
def test_json_matches_its_schema(command):
    schema = json.loads((SCHEMAS / f"{command}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    for extra in ([], ["--explain"]) if command == "schedule" else ([],):
        doc = json.loads(run(command, *AS_OF, "--format", "json", *extra, *FILES).stdout)
        jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
        assert doc["as_of"] == "2026-11-23"
        assert doc["totals"]["rows"] == len(doc["rows"])
        assert doc["totals"]["employees_read"] == 4 and doc["rejected"] == []
        # 0456 (hired 2020-02-29) has no review period ended yet: no audit row.
        ids = {"00123", "0456", "7", "0789"} if command == "schedule" else {"00123", "7", "0789"}
        assert {r["id"] for r in doc["rows"]} == ids
    if command == "audit":
        assert doc["totals"]["penalty_eur"] == 9000


def test_json_names_rejected_rows():
    schema = json.loads((SCHEMAS / "schedule.schema.json").read_text())
    r = run("schedule", *AS_OF, "--format", "json", "data/bad_date.csv", ok=(2,))
    doc = json.loads(r.stdout)
    jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
    assert doc["rejected"] and doc["totals"]["rejected"] == len(doc["rejected"])
    assert all(x["file"] == "data/bad_date.csv" and x["line"] > 1 for x in doc["rejected"])


def test_json_schema_rejects_a_wrong_document():
    # The schema can fail: a row without a due date, a status that does not exist.
    schema = json.loads((SCHEMAS / "schedule.schema.json").read_text())
    doc = json.loads(run("schedule", *AS_OF, "--format", "json", *FILES).stdout)
    doc["rows"][0]["status"] = "done"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
