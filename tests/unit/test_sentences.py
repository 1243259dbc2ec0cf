from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.enums import SentenceType
from app.domain.sentences import (
    Extension,
    Term,
    credited_days,
    expected_release,
    pretrial_days,
    sentence_end_date,
    total_term,
)

terms = st.builds(
    Term,
    years=st.integers(0, 25),
    months=st.integers(0, 30),
    days=st.integers(0, 400),
)
starts = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


# --- Term -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2y6m", Term(2, 6)),
        ("2y 6m", Term(2, 6)),
        ("3 years 6 months", Term(3, 6)),
        ("3 Years, 6 Months and 10 days", Term(3, 6, 10)),
        ("1 year", Term(1)),
        ("1.5 years", Term(1, 6)),
        ("1,5 years", Term(1, 6)),
        ("2.25y", Term(2, 3)),
        ("18m", Term(1, 6)),
        ("6 months", Term(0, 6)),
        ("15 days", Term(days=15)),
        ("10d", Term(days=10)),
        ("1y 1m 1d", Term(1, 1, 1)),
        ("0d", Term()),
    ],
)
def test_term_parse(text: str, expected: Term) -> None:
    assert Term.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "2", "two years", "2 weeks", "1.3 years", "1.5 months", "2.5 days", "2y 3y", "-2y",
     "2y6", "years 2", "2y x"],
)  # fmt: skip
def test_term_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        Term.parse(text)


def test_term_rejects_negative_and_non_integers() -> None:
    with pytest.raises(ValueError):
        Term(years=-1)
    with pytest.raises(ValueError):
        Term(months=1.5)  # type: ignore[arg-type]


def test_term_carries_months_into_years_but_not_days_into_months() -> None:
    assert Term(months=30) == Term(2, 6)
    assert Term(months=30).years == 2
    assert Term(days=45) == Term(0, 0, 45)


def test_term_properties() -> None:
    term = Term(2, 6, 15)
    assert term.total_months_approx == pytest.approx(30.5)
    assert term.as_relativedelta() == relativedelta(years=2, months=6, days=15)
    assert not term.is_zero
    assert Term().is_zero
    assert Term(1, 8) + Term(0, 6, 3) == Term(2, 2, 3)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        (Term(2, 6), "2 years 6 months"),
        (Term(1), "1 year"),
        (Term(0, 1, 1), "1 month 1 day"),
        (Term(days=15), "15 days"),
        (Term(), "0 days"),
    ],
)
def test_describe(term: Term, text: str) -> None:
    assert term.describe() == text
    assert str(term) == text


@given(terms)
def test_describe_parses_back(term: Term) -> None:
    assert Term.parse(term.describe()) == term


@given(terms, terms)
def test_term_addition_is_componentwise_and_commutative(a: Term, b: Term) -> None:
    total = a + b
    assert total == b + a
    assert total.total_months_approx == pytest.approx(a.total_months_approx + b.total_months_approx)


# --- Pre-trial credit (Art. 75) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence_type", "expected"),
    [
        (SentenceType.IMPRISONMENT, 100),
        (SentenceType.ARREST, 100),
        (SentenceType.RESTRICTED_FREEDOM_OPEN, 200),
        (SentenceType.RESTRICTED_FREEDOM_HOME, 200),
        (SentenceType.CORRECTIONAL_LABOUR, 300),
        (SentenceType.FINE, 0),
        (SentenceType.HOME_CONFINEMENT, 0),
        (SentenceType.OTHER, 0),
    ],
)
def test_credited_days_by_sentence_type(sentence_type: SentenceType, expected: int) -> None:
    assert credited_days(100, sentence_type) == expected


def test_credited_days_rejects_negative_custody() -> None:
    with pytest.raises(ValueError):
        credited_days(-1, SentenceType.IMPRISONMENT)


def test_pretrial_days_counts_detention_day_not_verdict_day() -> None:
    assert pretrial_days(date(2021, 5, 3), date(2021, 5, 5)) == 2
    assert pretrial_days(date(2021, 5, 3), date(2021, 5, 3)) == 0
    assert pretrial_days(date(2020, 8, 9), date(2021, 8, 9)) == 365
    with pytest.raises(ValueError):
        pretrial_days(date(2021, 5, 3), date(2021, 5, 2))


# --- Release dates ---------------------------------------------------------------------------


def test_five_years_from_detention() -> None:
    assert sentence_end_date(date(2021, 5, 3), Term(5)) == date(2026, 5, 3)


def test_imprisonment_from_verdict_with_credit_matches_detention_start() -> None:
    detained, verdict = date(2021, 5, 3), date(2022, 2, 17)
    custody = pretrial_days(detained, verdict)
    assert custody == 290
    credit = credited_days(custody, SentenceType.IMPRISONMENT)
    assert sentence_end_date(verdict, Term(5), credit) == date(2026, 5, 3)


def test_restricted_freedom_credit_counts_double() -> None:
    # 3 years restricted freedom from 2022-01-10, 100 days in custody = 200 days credit:
    # 2025-01-10 minus 200 days.
    credit = credited_days(100, SentenceType.RESTRICTED_FREEDOM_HOME)
    assert sentence_end_date(date(2022, 1, 10), Term(3), credit) == date(2024, 6, 24)


def test_correctional_labour_credit_counts_triple() -> None:
    # 1 year from 2023-03-01 minus 3 * 30 days = 2024-03-01 minus 90 days (2024 is a leap year).
    credit = credited_days(30, SentenceType.CORRECTIONAL_LABOUR)
    assert sentence_end_date(date(2023, 3, 1), Term(1), credit) == date(2023, 12, 2)


def test_month_end_start_clips_to_month_length() -> None:
    assert sentence_end_date(date(2021, 1, 31), Term(0, 1)) == date(2021, 2, 28)
    assert sentence_end_date(date(2020, 2, 29), Term(1)) == date(2021, 2, 28)
    assert sentence_end_date(date(2021, 1, 31), Term(0, 1, 1)) == date(2021, 3, 1)


def test_credit_longer_than_term_releases_on_start() -> None:
    start = date(2022, 1, 10)
    assert sentence_end_date(start, Term(0, 6), 400) == start


def test_negative_credit_is_rejected() -> None:
    with pytest.raises(ValueError):
        sentence_end_date(date(2022, 1, 10), Term(1), -1)


def test_art_411_extension_is_added_to_the_expected_release() -> None:
    start, term = date(2021, 5, 3), Term(3)
    extensions = [
        Extension(Term(1), imposed_on=date(2023, 9, 1)),
        Extension(Term(0, 6), imposed_on=date(2024, 2, 1)),
    ]
    assert expected_release(start, term) == date(2024, 5, 3)
    assert expected_release(start, term, extensions=extensions[:1]) == date(2025, 5, 3)
    assert expected_release(start, term, extensions=extensions) == date(2025, 11, 3)
    assert total_term(term, extensions) == Term(4, 6)
    assert total_term(term) == term


def test_extensions_apply_in_the_order_given_from_each_previous_end() -> None:
    one_month = Extension(Term(0, 1))
    start = date(2020, 12, 31)
    # Jan 31 + 1 month = Feb 28, + 1 month = Mar 28, not Mar 31.
    chained = expected_release(start, Term(0, 1), extensions=[one_month, one_month])
    assert chained == date(2021, 3, 28)
    assert expected_release(start, Term(0, 3)) == date(2021, 3, 31)


@given(starts, terms)
def test_no_credit_end_is_start_plus_term(start: date, term: Term) -> None:
    expected = start + relativedelta(years=term.years, months=term.months, days=term.days)
    assert sentence_end_date(start, term) == expected


@given(starts, terms, st.integers(0, 5000))
def test_credit_moves_release_back_day_for_day_until_start(
    start: date, term: Term, credit: int
) -> None:
    expected = max(start, sentence_end_date(start, term) - timedelta(days=credit))
    assert sentence_end_date(start, term, credit) == expected


@given(starts, terms, terms, st.integers(0, 3000), st.integers(0, 3000))
def test_end_date_monotone_in_term_and_credit(
    start: date, term: Term, extra: Term, credit: int, more_credit: int
) -> None:
    base = sentence_end_date(start, term, credit)
    assert sentence_end_date(start, term + extra, credit) >= base
    assert sentence_end_date(start, term, credit + more_credit) <= base
    assert base >= start


extensions_lists = st.lists(st.builds(Extension, terms, st.none() | starts), max_size=4)


@given(starts, terms, st.integers(0, 2000), extensions_lists)
def test_extensions_never_bring_release_forward(
    start: date, term: Term, credit: int, extensions: list[Extension]
) -> None:
    releases = [
        expected_release(start, term, credit, extensions[:n]) for n in range(len(extensions) + 1)
    ]
    assert releases[0] == sentence_end_date(start, term, credit)
    assert releases == sorted(releases)
    assert total_term(term, extensions).total_months_approx == pytest.approx(
        term.total_months_approx + sum(e.added_term.total_months_approx for e in extensions)
    )


@given(starts, terms, st.lists(st.builds(Term, st.integers(0, 10), st.integers(0, 30)), max_size=4))
def test_whole_month_extensions_combine_when_release_day_is_at_most_28(
    start: date, term: Term, added: list[Term]
) -> None:
    assume(sentence_end_date(start, term).day <= 28)
    extensions = [Extension(t) for t in added]
    combined = Extension(total_term(Term(), extensions))
    assert expected_release(start, term, extensions=extensions) == expected_release(
        start, term, extensions=[combined]
    )
