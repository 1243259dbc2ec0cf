"""Cell parsers: articles in every citation style, terms, dates, vocabularies, sources."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import Gender, Reliability, SentenceType
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term
from app.services.spreadsheet import values as v
from app.services.spreadsheet.cells import neutralise, restore


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "CC 130:3; CC 361-1:1; CAO 19.11:2; CC 342",
            ("CC 130 p3", "CC 361-1 p1", "CAO 19.11 p2", "CC 342"),
        ),
        ("ч. 3 арт. 130 УК", ("CC 130 p3",)),
        ("Part 1 of Article 342", ("CC 342 p1",)),
        ("ч.2 ст.342 УК\nст. 19.11 КоАП", ("CC 342 p2", "CAO 19.11")),
        ("УК 342:1, УК 368:1", ("CC 342 p1", "CC 368 p1")),
        ("cc 361-4:2", ("CC 361-4 p2",)),
    ],
)
def test_articles_in_template_and_human_forms(text: str, keys: tuple[str, ...]) -> None:
    assert v.parse_articles(text) == keys


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("CC 999", "not in the article reference list"),
        ("CC 130:2", r"not in the article reference list \(CC 130 p2\)"),
        ("ч. 7 ст. 342 УК", "this part of Art. 342 CC is not in the reference list"),
        ("hooliganism", "is not a known article"),
        ("ст. 342 и ст. 368 УК", "names several articles"),
    ],
)
def test_unknown_articles_are_rejected(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        v.parse_articles(text)


def test_custom_articles_of_the_vault_are_accepted() -> None:
    assert v.parse_articles("CC 500:1", frozenset({"CC 500 p1"})) == ("CC 500 p1",)
    assert v.format_article("CC 361-1 p3") == "CC 361-1:3"
    assert v.format_article("CAO 19.11") == "CAO 19.11"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("4y", Term(4)),
        ("1y6m", Term(1, 6)),
        ("8m", Term(months=8)),
        ("15d", Term(days=15)),
        ("2 years 6 months", Term(2, 6)),
        ("3 года 6 мес.", Term(3, 6)),
        ("1 год", Term(1)),
        ("10 сут", Term(days=10)),
        ("1.5 years", Term(1, 6)),
    ],
)
def test_terms(text: str, term: Term) -> None:
    assert v.parse_term(text) == term
    assert v.parse_term(v.format_term(term.years, term.months, term.days)) == term


def test_dates_and_starts() -> None:
    assert v.parse_partial_date("2021-05") == PartialDate(2021, 5)
    assert v.parse_partial_date("03.05.2021") == PartialDate(2021, 5, 3)
    assert v.parse_full_date("2021-05-03") == date(2021, 5, 3)
    assert v.parse_since("unknown") is v.UNKNOWN
    assert v.parse_since("Невядома") is v.UNKNOWN
    with pytest.raises(ValueError, match="2021-02-30 is not a real calendar date"):
        v.parse_partial_date("2021-02-30")
    with pytest.raises(ValueError, match="'2021-05' is not a full date"):
        v.parse_full_date("2021-05")


def test_vocabularies_accept_three_languages() -> None:
    assert v.GENDERS.parse("ж") is Gender.FEMALE
    assert v.GENDERS.parse("M") is Gender.MALE
    assert v.SENTENCE_TYPES.parse("лишение свободы") is SentenceType.IMPRISONMENT
    assert v.SENTENCE_TYPES.parse("restricted_freedom") is SentenceType.RESTRICTED_FREEDOM_HOME
    assert v.SENTENCE_TYPES.parse("restricted_freedom_open") is SentenceType.RESTRICTED_FREEDOM_OPEN
    with pytest.raises(ValueError, match="'x' is not a known gender: use f, m, other, blank"):
        v.GENDERS.parse("x")
    assert v.parse_categories("журналіст; HRD") == ("journalist", "human_rights_defender")
    assert v.parse_relatives("P-2:жонка; P 3:son") == (
        ("P-2", v.RELATIONS.parse("spouse")),
        ("P 3", v.RELATIONS.parse("child")),
    )
    with pytest.raises(ValueError, match="is not person_key:relation"):
        v.parse_relatives("P-2")
    assert v.parse_fine("50 б.в.") == 50
    assert v.parse_yes_no("Да") is True


def test_sources() -> None:
    specs = v.parse_sources(
        "https://spring96.org/a?x=1;y=2; Наша Ніва | https://nashaniva.com/1 | 2024-05-16 | "
        "confirmed\nДрукаваная газета"
    )
    assert [s.url for s in specs] == [
        "https://spring96.org/a?x=1;y=2",
        "https://nashaniva.com/1",
        None,
    ]
    assert specs[1].reliability is Reliability.CONFIRMED
    assert specs[1].published_on == date(2024, 5, 16)
    assert v.parse_source(specs[1].format()) == specs[1]


def test_script_detection() -> None:
    assert v.detect_script("Ціханоўская Святлана").value == "be"
    assert v.detect_script("Тихановская Светлана").value == "ru"
    assert v.detect_script("Sviatlana Tsikhanouskaya").value == "latin"


@pytest.mark.parametrize(
    "text", ["=1+1", "+375", "-5", "@SUM(A1)", "\t=x", "'=already", "''=twice", "plain", "'quoted"]
)
def test_formula_escaping_round_trips(text: str) -> None:
    escaped = neutralise(text)
    assert not escaped.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(escaped) == text
