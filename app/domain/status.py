"""Point-in-time questions over status periods.

Monthly reports ask "who was recognised as a political prisoner on the last day of the month",
"who was held incommunicado", "who entered or left SHIZO this month". A status period records
when a status began (possibly only a month or a year, possibly unknown) and when it ended.

Conventions, used by every function here:

* ``end`` is the day the status ended, and the status is *not* active on that day: the periods
  are half-open, ``[start, end)``. A prisoner released on 2024-03-15 stops being a political
  prisoner on 2024-03-15; a SHIZO term of 10 days from 2024-03-01 has ``end`` 2024-03-11. Two
  periods where one ends on the day the next starts are therefore one continuous span.
* A partial start counts from its earliest day: a status "since May 2021" is active on
  2021-05-01. Reports would rather count a person for a few days too many than drop them.
* An unknown start (``None``) is active on every day before the end. Documenters often learn of
  an incommunicado status, or of an old listing as "extremist", long after it began; the status
  is real and must still count on the report date even though nobody can say when it started.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.enums import StatusKind
from app.domain.partial_dates import PartialDate


@dataclass(frozen=True)
class StatusPeriod:
    kind: StatusKind
    start: PartialDate | None = None
    end: date | None = None

    @property
    def first_day(self) -> date:
        """The first day the period counts as active; ``date.min`` for an unknown start."""
        return date.min if self.start is None else self.start.earliest()


@dataclass(frozen=True)
class Since:
    """Start of the continuous span of a status covering a given day (``None``: unknown)."""

    start: PartialDate | None


def is_active_on(period: StatusPeriod, on: date) -> bool:
    return period.first_day <= on and (period.end is None or on < period.end)


def active_on(periods: Iterable[StatusPeriod], kind: StatusKind, on: date) -> bool:
    return any(p.kind == kind and is_active_on(p, on) for p in periods)


def active_since(periods: Iterable[StatusPeriod], kind: StatusKind, on: date) -> Since | None:
    """When the status covering ``on`` began, or ``None`` if it is not active on ``on``.

    Overlapping and back-to-back periods of the same kind are one span: a prisoner moved from
    one SHIZO term straight into the next has been in SHIZO since the first began. If the span
    reaches back into a period with an unknown start, the answer is ``Since(None)``. Among
    periods starting on the same earliest day, the most precise start is reported.
    """
    relevant = [p for p in periods if p.kind == kind]
    if not any(is_active_on(p, on) for p in relevant):
        return None
    span_start = on
    extended = True
    while extended:
        extended = False
        for period in relevant:
            reaches_span = period.end is None or period.end >= span_start
            if reaches_span and period.first_day < span_start:
                span_start = period.first_day
                extended = True
    if span_start == date.min:
        return Since(None)
    starts = [p.start for p in relevant if p.start is not None and p.first_day == span_start]
    return Since(max(starts, key=lambda s: s.precision.rank))


def started_between(period: StatusPeriod, first: date, last: date) -> bool:
    """Whether the status began within ``first``..``last`` (both days included).

    An unknown start never counts as starting in a reporting period; a partial start counts in
    the period holding its earliest day, matching :func:`is_active_on`.
    """
    return period.start is not None and first <= period.start.earliest() <= last


def ended_between(period: StatusPeriod, first: date, last: date) -> bool:
    """Whether the status ended within ``first``..``last`` (both days included).

    ``end`` is the first day without the status, so a release on 1 April is an April release
    even though the last day in custody was 31 March.
    """
    return period.end is not None and first <= period.end <= last


def validate_period(period: StatusPeriod) -> list[str]:
    """Problems a documenter should fix; an empty list means the period is consistent."""
    if period.start is None or period.end is None:
        return []
    if period.end < period.start.earliest():
        return [f"{period.kind} ends ({period.end}) before it starts ({period.start})"]
    if period.end == period.start.earliest():
        return [
            f"{period.kind} ends on the day it starts ({period.end}), so it is never active: "
            "the end is the first day without the status"
        ]
    return []
