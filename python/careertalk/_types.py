"""The types of the careertalk package: its problems and its rows (re-exported by careertalk)."""
from __future__ import annotations

import dataclasses
import datetime
from decimal import Decimal
from typing import Optional


@dataclasses.dataclass(frozen=True)
class Problem:
    """One problem with the input: where (source, record, id), which field, and why."""
    source: str  # "people", "events", or "" for an argument of the call
    record: Optional[int]  # position in the people or events given (0-based); None: the header
    id: Optional[str]  # the record's id, when it has one
    field: str
    message: str

    def __str__(self) -> str:
        where = self.source or "argument"
        if self.record is not None:
            where += "[%d]" % self.record
        if self.id:
            where += " (id %r)" % self.id
        return "%s: %s: %s" % (where, self.field, self.message) if self.field else \
            "%s: %s" % (where, self.message)


class _Problems(Exception):
    """An exception carrying `problems`; its message shows the first five."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = len(problems) - 5
        super().__init__(shown + ("; and %d more" % more if more > 0 else ""))


class InputError(_Problems, ValueError):
    """Bad input: nothing is returned. `problems` lists every one (record, field, reason)."""


class InputWarning(_Problems, UserWarning):
    """Input the tool reads but warns about (an unknown column, a fact a rule needs missing).
    `problems` lists every one."""


# The rows: one field per column of the tool's CSV output (docs/cli/output.md), in its order.
# Dates are datetime.date, amounts Decimal, empty cells None. With slots and not frozen: a
# frozen dataclass sets each field through object.__setattr__, twice as slow on millions of rows.

@dataclasses.dataclass(slots=True)
class ScheduleRow:
    id: str
    obligation: str
    trigger: Optional[str]
    trigger_date: Optional[datetime.date]
    window_start: Optional[datetime.date]
    due_date: Optional[datetime.date]
    status: str
    held_on: Optional[datetime.date]
    exemption: Optional[str]
    rule: Optional[str]
    citation: Optional[str]
    why: Optional[str]  # explain=True only
    agenda: Optional[str]  # explain=True only
    basis: Optional[str]


@dataclasses.dataclass(slots=True)
class AuditRow:
    id: str
    period_start: Optional[datetime.date]
    period_end: Optional[datetime.date]
    obligation: str
    due_date: Optional[datetime.date]
    held_on: Optional[datetime.date]
    status: str
    penalty_eur: Optional[Decimal]
    payee: Optional[str]
    payment_due: Optional[datetime.date]
    rule: Optional[str]
    citation: Optional[str]
    owed_under: Optional[str]
    basis: Optional[str]


@dataclasses.dataclass(slots=True)
class OutlookRow:
    """audit(until=...): an abondement that falls due by `until` if nothing more is done."""
    id: str
    period_start: Optional[datetime.date]
    period_end: Optional[datetime.date]
    review_due: Optional[datetime.date]
    penalty_eur: Optional[Decimal]
    payee: Optional[str]
    payment_due: Optional[datetime.date]
    hold: Optional[str]
    hold_by: Optional[datetime.date]
    preventable: Optional[str]
    training_by: Optional[datetime.date]
    owed_under: Optional[str]
    rule: Optional[str]
    citation: Optional[str]
    basis: Optional[str]


@dataclasses.dataclass(slots=True)
class Rule:
    set: str
    id: str
    citation: str
    in_force_from: Optional[datetime.date]
    in_force_to: Optional[datetime.date]
    basis: str
    title: str
    reading: Optional[str]


@dataclasses.dataclass(slots=True)
class AgendaItem:
    item: str
    label: str
    rule: Optional[str]
    citation: Optional[str]
