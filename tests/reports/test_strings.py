"""Report wording: plural forms, numbers, dates and periods in the three report languages, and
the day arithmetic behind "held at month end"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import status as status_rules
from app.domain.enums import Gender, StatusKind
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term
from app.reports.data import covered_days
from app.reports.model import PersonRef
from app.reports.strings import ReportStrings, plural


@pytest.mark.parametrize(
    ("n", "be", "ru"),
    [
        (1, "год", "год"),
        (2, "гады", "года"),
        (4, "гады", "года"),
        (5, "гадоў", "лет"),
        (11, "гадоў", "лет"),
        (12, "гадоў", "лет"),
        (21, "год", "год"),
        (22, "гады", "года"),
        (111, "гадоў", "лет"),
    ],
)
def test_slavic_plural_forms(n, be, ru):
    assert plural(n, ("год", "гады", "гадоў"), "be") == be
    assert plural(n, ("год", "года", "лет"), "ru") == ru


def test_terms_numbers_and_dates():
    en, be, ru = ReportStrings("en"), ReportStrings("be"), ReportStrings("ru")
    assert en.term(Term(1, 6)) == "1 year 6 months"
    assert be.term(Term(months=8)) == "8 месяцаў"
    assert ru.term(Term(4)) == "4 года"
    assert en.number(1265) == "1,265" and ru.number(1265) == "1\u00a0265"
    assert en.date(date(2024, 12, 23)) == "December 23, 2024"
    assert be.date(date(2024, 12, 23)) == "23 снежня 2024 г."
    assert ru.since(PartialDate(2024, 4)) == "с апреля 2024 г."
    assert en.since(PartialDate(2024, 4)) == "since April 2024"
    assert en.since(None) == "since an unknown date"
    assert be.month_title(2024, 12) == "Снежань 2024"
    assert ru.month_name(2024, 12) == "декабрь 2024 г."
    assert en.change(5, 7) == "–2" and en.change(7, 5) == "+2" and en.change(3, 3) == "±0"
    assert en.duration(PartialDate(2020, 8, 9), date(2024, 12, 31)) == "4 years 4 months"
    assert en.count_of(1, "person") == "1 person" and be.count_of(3, "woman") == "3 жанчыны"


def test_anonymised_person_wording():
    ref = PersonRef(
        name=None, initials="A. K.", city="Брэст", region_code="brest", gender=Gender.FEMALE
    )
    assert ReportStrings("en").person(ref) == "a resident of Brest"
    assert ReportStrings("be").person(ref) == "жыхарка г. Брэст"
    assert ReportStrings("ru").person(ref, "initials") == "A. K."
    no_city = PersonRef(None, "A. K.", None, "homiel", Gender.MALE)
    assert ReportStrings("en").person(no_city) == "a resident of Homieĺ"
    with pytest.raises(ValueError, match="language"):
        ReportStrings("de")


days_strategy = st.lists(
    st.dates(date(2019, 1, 1), date(2026, 12, 31)), min_size=1, max_size=14, unique=True
).map(sorted)
starts = st.one_of(
    st.none(),
    st.dates(date(2018, 1, 1), date(2026, 12, 31)).flatmap(
        lambda d: st.sampled_from(
            [PartialDate(d.year), PartialDate(d.year, d.month), PartialDate.from_date(d)]
        )
    ),
)


@given(days=days_strategy, start=starts, length=st.one_of(st.none(), st.integers(1, 3000)))
def test_covered_days_agree_with_the_domain_rule(days, start, length):
    first = date(2018, 1, 1) if start is None else start.earliest()
    end = None if length is None else first + timedelta(days=length)
    period = status_rules.StatusPeriod(StatusKind.POLITICAL_PRISONER, start, end)
    expected = [i for i, day in enumerate(days) if status_rules.is_active_on(period, day)]
    assert list(covered_days(days, period.first_day, period.end)) == expected
    # The report passes ISO text (an unknown start as ""): the same days must come out.
    iso_start = "" if start is None else period.first_day.isoformat()
    iso_end = None if end is None else end.isoformat()
    assert list(covered_days([d.isoformat() for d in days], iso_start, iso_end)) == expected
