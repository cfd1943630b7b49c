# Type stubs of the careertalk package's functions (python/careertalk/__init__.py); its types
# are those of _types.py, which is typed.
import datetime
from typing import Any, Iterable, Literal, Mapping, Optional, Union, overload

import pandas

from ._types import AgendaItem as AgendaItem
from ._types import AuditRow as AuditRow
from ._types import InputError as InputError
from ._types import InputWarning as InputWarning
from ._types import OutlookRow as OutlookRow
from ._types import Problem as Problem
from ._types import Rule as Rule
from ._types import ScheduleRow as ScheduleRow

DateLike = Union[datetime.date, str]
Records = Union[Iterable[Mapping[str, Any]], Iterable[Any], pandas.DataFrame]
Lang = Literal["en", "fr", "nl"]

@overload
def schedule(people: Records, events: Optional[Records] = ..., as_of: Optional[DateLike] = ...,
             rules: str = ..., lang: Lang = ..., *, explain: bool = ..., horizon: int = ...,
             warn_days: int = ..., due_within: Optional[str] = ..., status: Optional[str] = ...,
             headcount: Optional[int] = ..., as_frame: Literal[False] = ...) -> list[ScheduleRow]: ...
@overload
def schedule(people: Records, events: Optional[Records] = ..., as_of: Optional[DateLike] = ...,
             rules: str = ..., lang: Lang = ..., *, explain: bool = ..., horizon: int = ...,
             warn_days: int = ..., due_within: Optional[str] = ..., status: Optional[str] = ...,
             headcount: Optional[int] = ..., as_frame: Literal[True]) -> pandas.DataFrame: ...
@overload
def audit(people: Records, events: Optional[Records] = ..., as_of: Optional[DateLike] = ...,
          rules: str = ..., lang: Lang = ..., *, until: None = ..., headcount: Optional[int] = ...,
          as_frame: Literal[False] = ...) -> list[AuditRow]: ...
@overload
def audit(people: Records, events: Optional[Records] = ..., as_of: Optional[DateLike] = ...,
          rules: str = ..., lang: Lang = ..., *, until: DateLike, headcount: Optional[int] = ...,
          as_frame: Literal[False] = ...) -> list[OutlookRow]: ...
@overload
def audit(people: Records, events: Optional[Records] = ..., as_of: Optional[DateLike] = ...,
          rules: str = ..., lang: Lang = ..., *, until: Optional[DateLike] = ...,
          headcount: Optional[int] = ..., as_frame: Literal[True]) -> pandas.DataFrame: ...
@overload
def agenda(kind: str, rules: str = ..., on: Optional[DateLike] = ..., lang: Lang = ..., *,
           as_frame: Literal[False] = ...) -> list[AgendaItem]: ...
@overload
def agenda(kind: str, rules: str = ..., on: Optional[DateLike] = ..., lang: Lang = ..., *,
           as_frame: Literal[True]) -> pandas.DataFrame: ...
@overload
def rules(rules: Optional[str] = ..., lang: Lang = ..., *,
          as_frame: Literal[False] = ...) -> list[Rule]: ...
@overload
def rules(rules: Optional[str] = ..., lang: Lang = ..., *,
          as_frame: Literal[True]) -> pandas.DataFrame: ...
