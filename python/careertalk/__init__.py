"""careertalk: career conversations owed, by when, with what agenda, and what a breach costs.

The careertalk tool's commands for Python (docs/python.md). People and events are any iterable
of dicts or dataclasses, or pandas DataFrames, with the tool's columns (docs/cli/input.md);
dates are datetime.date or ISO strings. The results are lists of dataclasses, or DataFrames
with as_frame=True. The answers are the tool's: the records are read by the tool's reader and
evaluated by its commands (the native module _careertalk).
"""
from __future__ import annotations

import csv
import dataclasses
import datetime
import functools
import gc
import io
import math
import re
import warnings
from typing import Any, Iterable, Optional

from . import _careertalk
from ._types import (AgendaItem, AuditRow, InputError, InputWarning, OutlookRow, Problem, Rule,
                     ScheduleRow)

__all__ = [
    "AgendaItem", "AuditRow", "InputError", "InputWarning", "OutlookRow", "Problem", "Rule",
    "ScheduleRow", "agenda", "audit", "rules", "schedule",
]


DateLike = Any  # datetime.date or "YYYY-MM-DD"
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _date_argument(name: str, value: DateLike) -> str:
    if isinstance(value, datetime.datetime):
        value = _midnight_date(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and _ISO.match(value):
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise InputError([Problem("", None, None, name,
                              "not a calendar date %r (expected datetime.date or YYYY-MM-DD)"
                              % (value,))])


@functools.lru_cache(maxsize=None)
def _iso_date(text: Optional[str]) -> Optional[datetime.date]:
    return datetime.date.fromisoformat(text) if text else None


def _midnight_date(value: datetime.datetime) -> Any:
    """A date-time at midnight (a pandas Timestamp of a date column) is its date; any other
    stays a date-time, which the reader refuses with its own message."""
    return value.date() if value.time() == datetime.time() else value


def _cell(value: Any) -> str:
    """One value as the tool's CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        value = _midnight_date(value)
        if isinstance(value, datetime.datetime):
            return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        if math.isnan(value):  # pandas' empty cell
            return ""
        if value.is_integer():  # pandas' integer column with empty cells
            return str(int(value))
    if value is getattr(_pandas(), "NaT", None) or value is getattr(_pandas(), "NA", None):
        return ""
    return str(value)


def _pandas() -> Any:
    try:
        import pandas
        return pandas
    except ImportError:
        return None


class _Table:
    """Records written as the CSV text the tool reads; the record of a line of it, and its id."""

    def __init__(self, source: str, records: Any):
        self.source = source
        out = io.StringIO()
        pd = _pandas()
        if pd is not None and isinstance(records, pd.DataFrame):
            self.columns = [str(c) for c in records.columns]
            if self.columns:
                _frame_cells(records).to_csv(out, index=False, lineterminator="\n")
        else:
            self.columns, dicts = self._columns_of(records)
            writer = csv.writer(out, lineterminator="\n")
            if self.columns:
                writer.writerow(self.columns)
            writer.writerows([v if v.__class__ is str else _cell(v) for v in map(d.get, self.columns)]
                             for d in dicts)
        # No people: the columns the reader requires, so the arguments are still checked.
        self.text = out.getvalue() or ("id,hire_date\n" if source == "people" else "")
        self._records: Optional[dict[int, tuple[int, Optional[str]]]] = None

    def _columns_of(self, records: Any) -> tuple[list[str], list[dict[str, Any]]]:
        if isinstance(records, (str, bytes)) or not hasattr(records, "__iter__"):
            raise InputError([Problem(self.source, None, None, "",
                                      "expected an iterable of dicts or dataclasses, or a "
                                      "DataFrame, not %s" % type(records).__name__)])
        dicts: list[dict[str, Any]] = []
        columns: dict[str, None] = {}
        for i, r in enumerate(records):
            if isinstance(r, dict):
                d = r
            elif dataclasses.is_dataclass(r) and not isinstance(r, type):
                d = {f.name: getattr(r, f.name) for f in dataclasses.fields(r)}
            else:
                raise InputError([Problem(self.source, i, None, "",
                                          "expected a dict or a dataclass, not %s"
                                          % type(r).__name__)])
            for k in d:
                if k not in columns:
                    if not isinstance(k, str):
                        raise InputError([Problem(self.source, i, None, repr(k),
                                                  "a column name must be a string")])
                    columns[k] = None
            dicts.append(d)
        return list(columns), dicts

    def record_of(self, line: int) -> tuple[Optional[int], Optional[str]]:
        """The record that starts on `line` of the text (1: the header) and its id, read back
        as the tool's reader counts lines (a quoted value may hold line breaks)."""
        if self._records is None:
            self._records = {}
            reader = csv.reader(io.StringIO(self.text))
            at = self.columns.index("id") if "id" in self.columns else None
            start = 1
            for n, row in enumerate(reader):
                if n > 0:
                    self._records[start] = (n - 1, row[at] or None if at is not None else None)
                start = reader.line_num + 1
        return self._records.get(line, (None, None))


def _frame_cells(frame: Any) -> Any:
    """A DataFrame with each column as the tool's CSV writes it (text)."""
    pd = _pandas()
    cells = {}
    for name, col in frame.items():
        if pd.api.types.is_datetime64_any_dtype(col):
            midnight = col.dropna().dt.normalize().eq(col.dropna()).all()
            cells[name] = col.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%d %H:%M:%S")
        elif col.dtype == object and col.map(type).eq(str).all():
            cells[name] = col
        else:
            cells[name] = col.map(_cell)
        cells[name] = cells[name].where(col.notna(), "")
    return pd.DataFrame(cells, columns=list(frame.columns))


def _run(command: str, cls: type, people: Any, events: Any, as_of: DateLike, as_frame: bool,
         **options: Any) -> Any:
    # Millions of new objects (cells, rows) would start the cyclic collector again and again,
    # each pass walking the caller's records too; none of them can form a cycle.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_uncollected(command, cls, people, events, as_of, as_frame, **options)
    finally:
        if collecting:
            gc.enable()


def _run_uncollected(command: str, cls: type, people: Any, events: Any, as_of: DateLike,
                     as_frame: bool, **options: Any) -> Any:
    tables = {}
    if people is not None:
        tables["people"] = _Table("people", people)
    if events is not None:
        tables["events"] = _Table("events", events)
        if not tables["events"].columns:  # no events: no file, as with the tool
            del tables["events"]
    if options.get("until") is not None:
        options["until"] = _date_argument("until", options["until"])
    names, kinds, data, reported = _careertalk.run(
        command, tables["people"].text if "people" in tables else None,
        tables["events"].text if "events" in tables else None,
        _date_argument("as_of", as_of), **options)
    errors, warned = [], []
    for source, line, field, message, is_error in reported:
        table = tables.get(source)
        record, record_id = table.record_of(line) if table else (None, None)
        problem = Problem(source, record, record_id, field, message)
        (errors if is_error else warned).append(problem)
    if errors:
        raise InputError(errors)
    if warned:
        warnings.warn(InputWarning(warned), stacklevel=4)  # schedule()'s caller
    fields = [f.name for f in dataclasses.fields(cls)]
    unknown = set(names) - set(fields)
    if unknown:  # the package is older than its native module
        raise RuntimeError("careertalk: columns %s not in %s" % (sorted(unknown), cls.__name__))
    by_name = dict(zip(names, data))
    for f in dataclasses.fields(cls):  # dates the tool writes as text (a rule's validity)
        if f.name in by_name and "date" in str(f.type) and kinds[names.index(f.name)] == "text":
            by_name[f.name] = [_iso_date(v) for v in by_name[f.name]]
    n = len(data[0]) if data else 0
    columns = [by_name.get(f, [None] * n) for f in fields]  # why, agenda: explain=True only
    if as_frame:
        pd = _pandas()
        if pd is None:
            raise ImportError("as_frame=True needs pandas (Debian: python3-pandas)")
        return pd.DataFrame(dict(zip(fields, columns)), columns=fields)
    return [cls(*values) for values in zip(*columns)]


def schedule(people: Any, events: Any = None, as_of: DateLike = None, rules: str = "fr",
             lang: str = "en", *, explain: bool = False, horizon: int = 2, warn_days: int = 90,
             due_within: Optional[str] = None, status: Optional[str] = None,
             headcount: Optional[int] = None, as_frame: bool = False) -> Any:
    """The conversations owed around `as_of` (`careertalk schedule`): per employee and kind the
    last one due before it, everything overdue, and everything due up to `horizon` years."""
    return _run("schedule", ScheduleRow, people, events, _required(as_of), as_frame,
                rules=rules, lang=lang, explain=explain, horizon=horizon, warn_days=warn_days,
                due_within=due_within, status=status, headcount=headcount)


def audit(people: Any, events: Any = None, as_of: DateLike = None, rules: str = "fr",
          lang: str = "en", *, until: DateLike = None, headcount: Optional[int] = None,
          as_frame: bool = False) -> Any:
    """Compliance per review period with penalties (`careertalk audit`); with `until`, the
    abondements that fall due by then if nothing more is done (OutlookRow)."""
    return _run("audit", AuditRow if until is None else OutlookRow, people, events,
                _required(as_of), as_frame, rules=rules, lang=lang, until=until,
                headcount=headcount)


def agenda(kind: str, rules: str = "fr", on: DateLike = None, lang: str = "en", *,
           as_frame: bool = False) -> Any:
    """What a conversation of `kind` held `on` a date must cover under `rules`
    (`careertalk agenda`); `on` defaults to today."""
    return _run("agenda", AgendaItem, None, None, on or datetime.date.today(), as_frame,
                rules=rules, lang=lang, kind=kind)


def rules(rules: Optional[str] = None, lang: str = "en", *, as_frame: bool = False) -> Any:
    """Every rule of every rule set (`careertalk rules`), or of the sets named `rules` or
    starting with `rules:`."""
    return _run("rules", Rule, None, None, datetime.date.today(), as_frame, rules=rules or "",
                lang=lang)


def _required(as_of: DateLike) -> DateLike:
    if as_of is None:
        raise InputError([Problem("", None, None, "as_of", "required: the evaluation date")])
    return as_of
