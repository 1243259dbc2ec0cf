"""Hostile text into every parser a documenter's input reaches: partial dates, reporting months,
sentence terms, article citations and keys, and every spreadsheet cell parser.

Contract: a pure parser returns a value or raises ``ValueError`` (``KeyError`` for a lookup by
key) with a one-line message; the importer turns that into a row error naming row and column.
Nothing else may escape, nothing may hang.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import reference
from app.domain.partial_dates import PartialDate, parse_month
from app.domain.sentences import Term
from app.services.spreadsheet import values
from tests.hardening.fuzzing import fuzz_settings, time_limit

pytestmark = pytest.mark.slow  # seconds per target; CI runs the small default count

# Text that looks like what the parsers expect, broken in every way, plus anything at all.
_PIECES = st.sampled_from(
    [
        "2021", "05", "5", "31", "-", ".", "..", " ", "y", "m", "d", "years", "1.5", ",5",
        "ч.", "ч. 1", "ст.", "342", "361-1", "19.11", "УК", "КоАП", "CC", "CAO", "p", "part",
        ";", ":", "P-0001", "spouse", "\u00a0", "\u2013", "٢٠٢١", "０５", "9" * 30, "0" * 5000,
        "\x00", "\ud7ff", "\U0001f600", "(", "[", "*", "+", "\\", "yes", "no", "?", "—",
    ]
)  # fmt: skip
HOSTILE_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(_PIECES, max_size=12).map("".join),
    st.lists(_PIECES, max_size=6).map(" ".join),
    st.integers().map(str),
    st.from_regex(r"\d{1,6}[-./]\d{1,6}([-./]\d{1,8})?", fullmatch=True),
)


PURE_PARSERS: dict[str, Callable[[str], Any]] = {
    "PartialDate.parse": PartialDate.parse,
    "parse_month": parse_month,
    "Term.parse": Term.parse,
    "find_articles": reference.find_articles,
    "match_region": reference.match_region,
    "match_court": reference.match_court,
    "parse_partial_date": values.parse_partial_date,
    "parse_full_date": values.parse_full_date,
    "parse_since": values.parse_since,
    "parse_yes_no": values.parse_yes_no,
    "parse_count": values.parse_count,
    "parse_fine": values.parse_fine,
    "parse_term": values.parse_term,
    "parse_region": values.parse_region,
    "parse_court": values.parse_court,
    "parse_articles": values.parse_articles,
    "parse_names": values.parse_names,
    "parse_categories": values.parse_categories,
    "parse_relatives": values.parse_relatives,
    "parse_sources": values.parse_sources,
    "detect_script": values.detect_script,
    "gender": values.GENDERS.parse,
    "sentence type": values.SENTENCE_TYPES.parse,
    "relation": values.RELATIONS.parse,
}


def _check(parse: Callable[[str], Any], text: str) -> None:
    with time_limit():
        try:
            parse(text)
        except ValueError as exc:
            message = str(exc)
            assert message and "\n" not in message.strip(), repr(message)


@pytest.mark.parametrize("name", sorted(PURE_PARSERS))
def test_parser_succeeds_or_says_why(name):
    parse = PURE_PARSERS[name]

    @fuzz_settings()
    @given(HOSTILE_TEXT)
    def run(text: str) -> None:
        # The importer hands parsers stripped, non-empty cells; the domain parsers take anything.
        cell = text.strip()
        if cell or name in ("PartialDate.parse", "parse_month", "Term.parse", "find_articles"):
            _check(parse, cell if name.startswith("parse_") else text)

    run()


@fuzz_settings()
@given(HOSTILE_TEXT)
def test_article_lookup_by_key_is_a_key_error_or_an_article(text):
    with time_limit():
        try:
            found = reference.article(text)
        except KeyError as exc:
            assert str(exc)
        else:
            assert found.key == text


@fuzz_settings()
@given(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6))
def test_terms_read_back_what_they_describe(years, months, days):
    term = Term(years, months, days)
    assert Term.parse(term.describe()) == term
