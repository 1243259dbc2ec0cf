from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import StatusKind
from app.domain.partial_dates import PartialDate
from app.domain.status import (
    Since,
    StatusPeriod,
    active_on,
    active_since,
    ended_between,
    is_active_on,
    started_between,
    validate_period,
)

PP = StatusKind.POLITICAL_PRISONER
SHIZO = StatusKind.SHIZO
INCOMMUNICADO = StatusKind.INCOMMUNICADO


def d(text: str) -> date:
    return date.fromisoformat(text)


def pd(text: str) -> PartialDate:
    return PartialDate.parse(text)


def test_end_day_is_the_first_day_without_the_status() -> None:
    period = StatusPeriod(PP, pd("2021-05-03"), d("2024-03-15"))
    assert not is_active_on(period, d("2021-05-02"))
    assert is_active_on(period, d("2021-05-03"))
    assert is_active_on(period, d("2024-03-14"))
    assert not is_active_on(period, d("2024-03-15"))


def test_ongoing_period_is_active_from_its_start() -> None:
    period = StatusPeriod(PP, pd("2021-05-03"))
    assert is_active_on(period, d("2099-01-01"))
    assert not is_active_on(period, d("2021-05-02"))


def test_partial_start_counts_from_its_earliest_day() -> None:
    assert is_active_on(StatusPeriod(PP, pd("2021-05")), d("2021-05-01"))
    assert not is_active_on(StatusPeriod(PP, pd("2021-05")), d("2021-04-30"))
    assert is_active_on(StatusPeriod(PP, pd("2021")), d("2021-01-01"))


def test_unknown_start_is_active_on_every_day_before_the_end() -> None:
    period = StatusPeriod(INCOMMUNICADO, None, d("2024-02-01"))
    assert is_active_on(period, d("1990-01-01"))
    assert is_active_on(period, d("2024-01-31"))
    assert not is_active_on(period, d("2024-02-01"))
    assert is_active_on(StatusPeriod(INCOMMUNICADO), d("2024-06-30"))


def test_active_on_filters_by_kind() -> None:
    periods = [
        StatusPeriod(SHIZO, pd("2024-03-01"), d("2024-03-11")),
        StatusPeriod(PP, pd("2022-01-10")),
    ]
    assert active_on(periods, SHIZO, d("2024-03-10"))
    assert not active_on(periods, SHIZO, d("2024-03-11"))
    assert active_on(periods, PP, d("2024-03-11"))
    assert not active_on(periods, INCOMMUNICADO, d("2024-03-05"))
    assert not active_on([], PP, d("2024-03-05"))


def test_active_since_merges_back_to_back_and_overlapping_periods() -> None:
    periods = [
        StatusPeriod(SHIZO, pd("2024-01-05"), d("2024-01-15")),
        StatusPeriod(SHIZO, pd("2024-01-15"), d("2024-01-25")),  # straight into the next term
        StatusPeriod(SHIZO, pd("2024-01-20"), d("2024-02-04")),  # overlaps
        StatusPeriod(SHIZO, pd("2024-03-01"), d("2024-03-11")),  # separate, after a gap
        StatusPeriod(PP, pd("2021-05-03")),
    ]
    assert active_since(periods, SHIZO, d("2024-02-03")) == Since(pd("2024-01-05"))
    assert active_since(periods, SHIZO, d("2024-01-05")) == Since(pd("2024-01-05"))
    assert active_since(periods, SHIZO, d("2024-03-05")) == Since(pd("2024-03-01"))
    assert active_since(periods, SHIZO, d("2024-02-04")) is None
    assert active_since(periods, SHIZO, d("2024-02-20")) is None
    assert active_since(periods, PP, d("2024-02-20")) == Since(pd("2021-05-03"))


def test_active_since_reports_unknown_when_the_span_reaches_an_unknown_start() -> None:
    periods = [
        StatusPeriod(INCOMMUNICADO, None, d("2023-06-01")),
        StatusPeriod(INCOMMUNICADO, pd("2023-05"), None),
    ]
    assert active_since(periods, INCOMMUNICADO, d("2024-12-31")) == Since(None)
    assert active_since([StatusPeriod(INCOMMUNICADO)], INCOMMUNICADO, d("2024-01-01")) == Since(
        None
    )


def test_active_since_prefers_the_more_precise_of_equal_starts() -> None:
    periods = [StatusPeriod(PP, pd("2021")), StatusPeriod(PP, pd("2021-01-01"))]
    assert active_since(periods, PP, d("2021-06-01")) == Since(pd("2021-01-01"))
    partial = [StatusPeriod(PP, pd("2021-05"), d("2021-06-10")), StatusPeriod(PP, pd("2021-06-10"))]
    assert active_since(partial, PP, d("2022-01-01")) == Since(pd("2021-05"))


def test_started_and_ended_between_include_both_bounds() -> None:
    march = (d("2024-03-01"), d("2024-03-31"))
    period = StatusPeriod(SHIZO, pd("2024-03-01"), d("2024-04-01"))
    assert started_between(period, *march)
    assert not ended_between(period, *march)
    assert ended_between(period, d("2024-04-01"), d("2024-04-30"))
    assert ended_between(StatusPeriod(SHIZO, pd("2024-02"), d("2024-03-31")), *march)
    assert started_between(StatusPeriod(SHIZO, pd("2024-03")), *march)
    assert not started_between(StatusPeriod(SHIZO, pd("2024")), *march)
    assert not started_between(StatusPeriod(SHIZO, None, d("2024-03-10")), *march)
    assert not ended_between(StatusPeriod(SHIZO, pd("2024-03-01")), *march)


def test_validate_period() -> None:
    assert validate_period(StatusPeriod(PP, pd("2021-05-03"), d("2024-03-15"))) == []
    assert validate_period(StatusPeriod(PP, None, d("2024-03-15"))) == []
    assert validate_period(StatusPeriod(PP, pd("2021-05"))) == []
    assert validate_period(StatusPeriod(PP, pd("2021-05"), d("2021-05-20"))) == []
    (message,) = validate_period(StatusPeriod(PP, pd("2021-05-03"), d("2021-05-01")))
    assert "before it starts" in message and "2021-05-01" in message
    (message,) = validate_period(StatusPeriod(PP, pd("2021-05"), d("2021-05-01")))
    assert "never active" in message


# --- Brute force comparison -----------------------------------------------------------------

WINDOW_START = date(2024, 1, 1)
WINDOW_DAYS = 120
WINDOW = [WINDOW_START + timedelta(days=n) for n in range(WINDOW_DAYS)]


@st.composite
def periods(draw: st.DrawFn) -> StatusPeriod:
    kind = draw(st.sampled_from([SHIZO, PP]))
    start: PartialDate | None = None
    first = WINDOW_START + timedelta(days=draw(st.integers(5, WINDOW_DAYS - 1)))
    shape = draw(st.sampled_from(["day", "month", "unknown"]))
    if shape == "day":
        start = PartialDate.from_date(first)
    elif shape == "month":
        start = PartialDate(first.year, first.month)
    end = None
    if draw(st.booleans()):
        end = first + timedelta(days=draw(st.integers(-3, 40)))
    return StatusPeriod(kind, start, end)


def active_days(period_list: list[StatusPeriod], kind: StatusKind) -> set[date]:
    """Days the status holds, listed one by one; days before the window stand in for the
    unknown past of a period with no start."""
    days: set[date] = set()
    for period in period_list:
        if period.kind != kind:
            continue
        day = WINDOW_START - timedelta(days=1) if period.start is None else period.start.earliest()
        while period.end is None or day < period.end:
            days.add(day)
            day += timedelta(days=1)
            if day > WINDOW[-1] + timedelta(days=50):
                break
    return days


@settings(max_examples=60)
@given(st.lists(periods(), max_size=5))
def test_active_on_and_since_agree_with_day_by_day_check(period_list: list[StatusPeriod]) -> None:
    for kind in (SHIZO, PP):
        days = active_days(period_list, kind)
        for day in WINDOW:
            assert active_on(period_list, kind, day) == (day in days)
            since = active_since(period_list, kind, day)
            if day not in days:
                assert since is None
                continue
            first = day
            while first - timedelta(days=1) in days:
                first -= timedelta(days=1)
            assert since is not None
            if first < WINDOW_START:
                assert since.start is None
            else:
                assert since.start is not None and since.start.earliest() == first
