from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.partial_dates import (
    DatePrecision,
    PartialDate,
    month_bounds,
    parse_month,
)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    precision = draw(st.sampled_from(DatePrecision))
    if precision is DatePrecision.YEAR:
        return PartialDate(day.year)
    if precision is DatePrecision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate.from_date(day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021", PartialDate(2021)),
        ("2021-05", PartialDate(2021, 5)),
        ("2021-05-03", PartialDate(2021, 5, 3)),
        ("05.2021", PartialDate(2021, 5)),
        ("03.05.2021", PartialDate(2021, 5, 3)),
        ("3.5.2021", PartialDate(2021, 5, 3)),
        ("  2021-5 ", PartialDate(2021, 5)),
        ("2024-02-29", PartialDate(2024, 2, 29)),
    ],
)
def test_parse_accepts_iso_and_dotted_forms(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "21", "2021/05/03", "May 2021", "2021-13", "2021-02-30", "2023-02-29", "31.04.2021",
     "1899", "2101-01", "2021-05-03T10:00", "05-2021", "0.2021"],
)  # fmt: skip
def test_parse_rejects_other_text(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_parse_error_names_accepted_forms() -> None:
    with pytest.raises(ValueError, match=r"YYYY-MM-DD.*DD\.MM\.YYYY"):
        PartialDate.parse("May 2021")
    with pytest.raises(ValueError, match="not a real calendar date"):
        PartialDate.parse("2021-02-30")


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(2021, None, 3), (1899, None, None), (2101, 1, 1), (2021, 0, None), (2021, 2, 29),
     (2021, 4, 31), (2021.0, None, None), (True, None, None)],
)  # fmt: skip
def test_constructor_validates(year: object, month: object, day: object) -> None:
    with pytest.raises(ValueError):
        PartialDate(year, month, day)  # type: ignore[arg-type]


def test_iso_str_precision_and_bounds() -> None:
    year, month, day = PartialDate(2024), PartialDate(2024, 2), PartialDate(2024, 2, 9)
    assert [year.iso(), month.iso(), day.iso()] == ["2024", "2024-02", "2024-02-09"]
    assert str(month) == "2024-02"
    assert [p.precision for p in (year, month, day)] == list(DatePrecision)
    assert [p.is_full for p in (year, month, day)] == [False, False, True]
    assert (year.earliest(), year.latest()) == (date(2024, 1, 1), date(2024, 12, 31))
    assert (month.earliest(), month.latest()) == (date(2024, 2, 1), date(2024, 2, 29))
    assert PartialDate(2023, 2).latest() == date(2023, 2, 28)
    assert (day.earliest(), day.latest()) == (date(2024, 2, 9), date(2024, 2, 9))


def test_from_date_is_full_precision() -> None:
    assert PartialDate.from_date(date(2021, 5, 3)) == PartialDate(2021, 5, 3)


def test_ordering_by_earliest_day_then_precision() -> None:
    values = [
        PartialDate(2021, 2),
        PartialDate(2021, 1, 2),
        PartialDate(2021, 1, 1),
        PartialDate(2021, 1),
        PartialDate(2021),
        PartialDate(2020, 12, 31),
    ]
    assert [v.iso() for v in sorted(values)] == [
        "2020-12-31",
        "2021",
        "2021-01",
        "2021-01-01",
        "2021-01-02",
        "2021-02",
    ]
    assert PartialDate(2021) <= PartialDate(2021)
    assert PartialDate(2021, 12) > PartialDate(2021)
    assert not PartialDate(2021) < PartialDate(2021)


def test_values_are_hashable_and_equal_by_content() -> None:
    assert len({PartialDate(2021, 5), PartialDate.parse("05.2021"), PartialDate(2021)}) == 2


def test_month_bounds_and_parse_month() -> None:
    assert month_bounds(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_bounds(2023, 12) == (date(2023, 12, 1), date(2023, 12, 31))
    assert parse_month("2024-12") == (2024, 12)
    assert parse_month("03.2024") == (2024, 3)
    for text in ("2024", "2024-12-01", "2024-13", "december"):
        with pytest.raises(ValueError):
            parse_month(text)


@given(partial_dates())
def test_iso_round_trips_through_parse(value: PartialDate) -> None:
    assert PartialDate.parse(value.iso()) == value
    assert PartialDate.parse(str(value)).precision is value.precision


@given(partial_dates())
def test_earliest_not_after_latest_and_both_inside_the_value(value: PartialDate) -> None:
    assert value.earliest() <= value.latest()
    for day in (value.earliest(), value.latest()):
        assert day.year == value.year
        assert value.month is None or day.month == value.month
    assert (value.latest() - value.earliest()).days == {
        DatePrecision.DAY: 0,
        DatePrecision.MONTH: month_bounds(value.year, value.month or 1)[1].day - 1,
        DatePrecision.YEAR: 365 if calendar.isleap(value.year) else 364,
    }[value.precision]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_dotted_full_date_parses_to_the_same_day(day: date) -> None:
    assert PartialDate.parse(day.strftime("%d.%m.%Y")).earliest() == day


@given(partial_dates(), partial_dates())
def test_order_agrees_with_earliest_then_precision(a: PartialDate, b: PartialDate) -> None:
    expected = (a.earliest(), a.precision.rank) < (b.earliest(), b.precision.rank)
    assert (a < b) is expected
    assert (a == b) is ((a.earliest(), a.precision) == (b.earliest(), b.precision))
