"""Sentence terms and the release dates they imply.

Monthly reports and the "release soon" list depend on one number per prisoner: the day they are
expected to walk free. That day follows from the term the court imposed, the pre-trial custody
the court credited (Criminal Code of Belarus, Art. 75) and any later sentences added for
"malicious disobedience" in the colony (Art. 411), which documenters record as extensions.
Courts impose terms in calendar years, months and days, so the arithmetic here is calendar
arithmetic (``dateutil.relativedelta``), never "365 days a year".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from app.domain.enums import SentenceType

_UNIT_WORDS = {
    "y": "years",
    "yr": "years",
    "yrs": "years",
    "year": "years",
    "years": "years",
    "m": "months",
    "mo": "months",
    "mos": "months",
    "month": "months",
    "months": "months",
    "d": "days",
    "day": "days",
    "days": "days",
}
_PART = re.compile(r"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>[a-z]+)")
_SEPARATORS = re.compile(r"[\s,;+]+|\band\b")
MAX_TERM_CHARS = 200  # "12 years 11 months 30 days" is 26; anything far longer is not a term
_ACCEPTED_FORMS = 'e.g. "2y6m", "3 years 6 months", "1.5 years", "18m" or "10 days"'


@dataclass(frozen=True)
class Term:
    """A term as a court states it: whole years, months and days.

    Twelve months are carried into a year (``Term(months=18) == Term(1, 6)``): calendar
    arithmetic treats them identically, and one spelling per term keeps comparisons honest.
    Days are never carried into months, because a month has no fixed number of days.
    """

    years: int = 0
    months: int = 0
    days: int = 0

    def __post_init__(self) -> None:
        for name, value in (("years", self.years), ("months", self.months), ("days", self.days)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name} must be a whole number, not {value!r}")
            if value < 0:
                raise ValueError(f"a term cannot have negative {name} ({value})")
        if self.months >= 12:
            object.__setattr__(self, "years", self.years + self.months // 12)
            object.__setattr__(self, "months", self.months % 12)

    @classmethod
    def parse(cls, text: str) -> Term:
        """Read a term typed by a documenter.

        Fractional years are accepted when they are a whole number of months ("1.5 years" is
        one year six months, as courts and news reports write it); fractional months or days are
        rejected rather than rounded, because rounding would silently move a release date.
        """
        if len(text) > MAX_TERM_CHARS:
            # Also keeps the regexes linear: a long run of digits without a unit made them
            # backtrack quadratically (seconds for a 5000-digit cell).
            raise ValueError(f"this text is too long to be a term: write it {_ACCEPTED_FORMS}")
        normalised = text.strip().casefold()
        remainder = _SEPARATORS.sub(" ", _PART.sub(" ", normalised)).strip()
        parts = list(_PART.finditer(normalised))
        if not parts or remainder:
            raise ValueError(f"{text.strip()!r} is not a term: write it {_ACCEPTED_FORMS}")
        amounts: dict[str, Fraction] = {}
        for part in parts:
            unit = _UNIT_WORDS.get(part["unit"])
            if unit is None:
                raise ValueError(f"unknown unit {part['unit']!r} in {text.strip()!r}")
            if unit in amounts:
                raise ValueError(f"{unit} given twice in {text.strip()!r}")
            amounts[unit] = Fraction(part["number"].replace(",", "."))
        months = amounts.get("years", Fraction(0)) * 12 + amounts.get("months", Fraction(0))
        days = amounts.get("days", Fraction(0))
        if months.denominator != 1 or days.denominator != 1:
            raise ValueError(
                f"{text.strip()!r} is not a whole number of months and days: "
                "write the remainder out, e.g. 1 year 3 months 10 days"
            )
        return cls(months=int(months), days=int(days))

    def as_relativedelta(self) -> relativedelta:
        return relativedelta(years=self.years, months=self.months, days=self.days)

    @property
    def total_months_approx(self) -> float:
        """Length in months with a 30-day month, for sorting and statistics only, never dates."""
        return self.years * 12 + self.months + self.days / 30

    @property
    def is_zero(self) -> bool:
        return self.years == self.months == self.days == 0

    def __add__(self, other: object) -> Term:
        if not isinstance(other, Term):
            return NotImplemented
        return Term(self.years + other.years, self.months + other.months, self.days + other.days)

    def describe(self) -> str:
        """Plain English, e.g. "2 years 6 months"; reports translate their own wording."""
        parts = [
            f"{amount} {unit if amount == 1 else unit + 's'}"
            for amount, unit in ((self.years, "year"), (self.months, "month"), (self.days, "day"))
            if amount
        ]
        return " ".join(parts) if parts else "0 days"

    def __str__(self) -> str:
        return self.describe()


PRETRIAL_DAY_WORTH: Mapping[SentenceType, int] = {
    SentenceType.IMPRISONMENT: 1,
    SentenceType.ARREST: 1,
    SentenceType.RESTRICTED_FREEDOM_OPEN: 2,
    SentenceType.RESTRICTED_FREEDOM_HOME: 2,
    SentenceType.CORRECTIONAL_LABOUR: 3,
}
"""Days of each sentence type that one day of pre-trial custody stands for (Art. 75 CC)."""


def credited_days(pretrial_days: int, sentence_type: SentenceType) -> int:
    """Days of the sentence that pre-trial custody covers, under Art. 75 of the Criminal Code.

    One day held in custody before the verdict counts as one day of imprisonment or arrest, two
    days of restricted freedom (in an open facility or at home) or three days of correctional
    labour. Fines and other penalties are not measured in days, so custody is not converted into
    them here (a court may still reduce a fine; that is recorded, not computed). Home confinement
    is not in Art. 75's table either and gets no day arithmetic: a documenter enters its end date.
    """
    if pretrial_days < 0:
        raise ValueError(f"pre-trial custody cannot be negative ({pretrial_days} days)")
    return pretrial_days * PRETRIAL_DAY_WORTH.get(sentence_type, 0)


def pretrial_days(detained_on: date, sentence_starts: date) -> int:
    """Days in custody before the term starts running.

    The day of detention counts (the person spent it in custody); the day the sentence starts
    does not, because from that day on it is served as the sentence itself and counting it twice
    would release the person a day early. Detained 2021-05-03 with the sentence starting
    2021-05-05 gives 2 days.
    """
    if sentence_starts < detained_on:
        raise ValueError(
            f"the sentence cannot start ({sentence_starts}) before detention ({detained_on})"
        )
    return (sentence_starts - detained_on).days


def sentence_end_date(start: date, term: Term, credited_days: int = 0) -> date:
    """The expected release date: the first day the person is free.

    ``start`` is the day the term starts running. Two conventions give the same answer for
    imprisonment: start on the day of detention with no credit (custody counts day for day), or
    start on the day the verdict takes force and pass the credit from :func:`credited_days`.
    Prefer the first for imprisonment and arrest, since calendar months measured from a different
    anchor can differ by a day or two; use the second for restricted freedom and correctional
    labour, where custody is worth more than one day. Detained 2021-05-03 with five years
    gives 2026-05-03: the last day served is 2026-05-02.

    When the credit exceeds the whole term, release is on ``start`` (in practice the person
    leaves the courtroom free), never earlier.
    """
    if credited_days < 0:
        raise ValueError(f"credited days cannot be negative ({credited_days})")
    end = start + term.as_relativedelta() - timedelta(days=credited_days)
    return max(end, start)


@dataclass(frozen=True)
class Extension:
    """A later sentence added to an unserved one, typically under Art. 411 CC ("malicious
    disobedience to the colony administration"); ``imposed_on`` is the verdict date if known."""

    added_term: Term
    imposed_on: date | None = None


def expected_release(
    start: date,
    term: Term,
    credited_days: int = 0,
    extensions: Sequence[Extension] = (),
) -> date:
    """Release date after the original sentence and every extension, served consecutively.

    Each extension is added to the unserved remainder, so the release date it produces is the
    previously expected release plus the added term. Extensions apply in the order given (pass
    them in the order imposed): with month-end dates, adding one month and then another is not
    always the same day as adding two months at once, and the courts count each from the
    previous end.
    """
    release = sentence_end_date(start, term, credited_days)
    for extension in extensions:
        release = release + extension.added_term.as_relativedelta()
    return release


def total_term(term: Term, extensions: Sequence[Extension] = ()) -> Term:
    """The original term plus every extension: what the person was sentenced to in all."""
    total = term
    for extension in extensions:
        total = total + extension.added_term
    return total
