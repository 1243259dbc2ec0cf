"""Dates that are only partly known.

Documenters often know only "detained in May 2021" or "sentenced in 2022": the source said no
more, and inventing a day would be a false statement in a human-rights record. ``PartialDate``
keeps exactly the precision the source gave, stores as an ISO prefix ("2021", "2021-05",
"2021-05-03") that sorts correctly as text, and answers the two questions reports ask of it: the
earliest and the latest day it can stand for.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import total_ordering

MIN_YEAR = 1900
MAX_YEAR = 2100

_ACCEPTED_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, MM.YYYY or DD.MM.YYYY"

_PATTERNS = (
    re.compile(r"(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})"),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(r"(?P<month>\d{1,2})\.(?P<year>\d{4})"),
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),
)


class DatePrecision(StrEnum):
    """How much of a date the source actually gave, coarsest first."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"

    @property
    def rank(self) -> int:
        return list(DatePrecision).index(self)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a calendar month (the reporting period of a monthly report)."""
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last_day)


def parse_month(text: str) -> tuple[int, int]:
    """Read a reporting month written "2024-12" or "12.2024" into ``(year, month)``."""
    value = PartialDate.parse(text)
    if value.precision is not DatePrecision.MONTH:
        raise ValueError(f"{text.strip()!r} is not a month: use YYYY-MM or MM.YYYY")
    assert value.month is not None
    return value.year, value.month


@total_ordering
@dataclass(frozen=True, eq=True)
class PartialDate:
    """A year, a month of a year, or a full day, validated against the real calendar.

    Ordering follows the earliest day a value can stand for, then precision (coarser first), so
    "2021" < "2021-01" < "2021-01-01" < "2021-01-02" < "2021-02": a timeline of events with mixed
    precision reads in a stable, sensible order.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        for name, value in (("year", self.year), ("month", self.month), ("day", self.day)):
            optional = name != "year" and value is None
            if not optional and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValueError(f"{name} must be a whole number, not {value!r}")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"year {self.year} is outside {MIN_YEAR}..{MAX_YEAR}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month: give the month or drop the day")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")
        if (
            self.day is not None
            and not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]
        ):
            raise ValueError(
                f"{self.year:04d}-{self.month:02d}-{self.day:02d} is not a real calendar date"
            )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ISO prefixes ("2021", "2021-05", "2021-05-03") or the dotted day-first forms
        documenters type from Belarusian and Russian sources ("05.2021", "03.05.2021")."""
        stripped = text.strip()
        for pattern in _PATTERNS:
            match = pattern.fullmatch(stripped)
            if match is None:
                continue
            parts = match.groupdict()
            month = parts.get("month")
            day = parts.get("day")
            return cls(
                int(parts["year"]),
                None if month is None else int(month),
                None if day is None else int(day),
            )
        raise ValueError(f"{stripped!r} is not a date: use {_ACCEPTED_FORMS}")

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> DatePrecision:
        if self.month is None:
            return DatePrecision.YEAR
        if self.day is None:
            return DatePrecision.MONTH
        return DatePrecision.DAY

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()

    def earliest(self) -> date:
        """The first day this value can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        """The last day this value can mean."""
        if self.day is not None:
            return self.earliest()
        return month_bounds(self.year, self.month or 12)[1]

    def _sort_key(self) -> tuple[date, int]:
        return self.earliest(), self.precision.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() < other._sort_key()
