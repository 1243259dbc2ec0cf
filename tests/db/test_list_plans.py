"""The person list's two query shapes (start from a filter's matches, or walk the name-ordered
index and probe) return exactly the same pages, and SQLite really runs the intended shape."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import Gender, NameScript, StatusKind
from app.domain.partial_dates import PartialDate
from app.models import Person
from app.services import people
from app.services.demo import generate_demo
from app.services.people import (
    DetentionDraft,
    ListStatus,
    NameDraft,
    PersonDraft,
    PersonFilter,
    SortField,
    StatusDraft,
)

FILTERS = [
    PersonFilter(query="Б"),
    PersonFilter(query="Ka"),
    PersonFilter(query="Аляксандр Ка"),
    PersonFilter(query="Babaryka"),
    PersonFilter(query="Ціханоўск"),
    PersonFilter(query="zzzq"),
    PersonFilter(query="12"),
    PersonFilter(region_code="brest"),
    PersonFilter(gender=Gender.FEMALE, query="а"),
    PersonFilter(status=ListStatus.POLITICAL_PRISONER, status_on=date(2024, 12, 31)),
    PersonFilter(status=ListStatus.INCOMMUNICADO, status_on=date(2025, 6, 1)),
    PersonFilter(status=ListStatus.IN_CUSTODY, status_on=date(2023, 1, 1), query="М"),
    PersonFilter(status=ListStatus.RELEASED, status_on=date(2025, 1, 1)),
    PersonFilter(article_key="CC 342"),
    PersonFilter(article_key="CC 361-1", status=ListStatus.POLITICAL_PRISONER),
    PersonFilter(court_code="minsk_city_court"),
    PersonFilter(category="journalist", event_from=date(2021, 1, 1), event_to=date(2023, 12, 31)),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from app.services.vault import create_vault

    vault, _ = create_vault(tmp_path_factory.mktemp("plans") / "v", "plans passphrase")
    generate_demo(vault, persons=400, seed=7)
    yield vault
    vault.lock()


def _reference(session, flt: PersonFilter) -> list[str]:
    """Every filter as a per-row probe (no session: no shape choice), in list order."""
    clauses = people.filter_clauses(flt)
    return list(
        session.scalars(select(Person.id).where(*clauses).order_by(Person.sort_name, Person.id))
    )


def _all_pages(session, flt: PersonFilter, sort=SortField.NAME, descending=False) -> list[str]:
    ids: list[str] = []
    after = None
    while True:
        page = people.fetch_page(session, flt, sort, descending, after, limit=37)
        ids += [row.id for row in page]
        if len(page) < 37:
            return ids
        after = page[-1]


@pytest.mark.parametrize("walk_min", [0, 30, 10**9], ids=["always-walk", "mixed", "always-start"])
def test_both_shapes_return_the_same_pages(demo, monkeypatch, walk_min):
    monkeypatch.setattr(people, "WALK_MIN_MATCHES", walk_min)
    nonempty = 0
    with demo.session() as session:
        for flt in FILTERS:
            expected = _reference(session, flt)
            nonempty += bool(expected)
            assert _all_pages(session, flt) == expected, flt
            assert people.count_persons(session, flt) == len(expected), flt
            by_region = _all_pages(session, flt, SortField.REGION, descending=True)
            assert sorted(by_region) == sorted(expected), flt
    assert nonempty >= len(FILTERS) - 3  # the filters really select something


def _plan(session, flt: PersonFilter) -> str:
    clauses = people.filter_clauses(flt, session, paged=True)
    stmt = select(Person.id).where(*clauses).order_by(Person.sort_name, Person.id).limit(200)
    compiled = stmt.compile(session.get_bind())
    raw = session.connection().connection.dbapi_connection
    rows = raw.execute("EXPLAIN QUERY PLAN " + str(compiled), tuple(compiled.params.values()))
    return "\n".join(row[3] for row in rows)


def test_rare_name_starts_from_the_name_index_and_common_one_walks_the_list(demo, monkeypatch):
    monkeypatch.setattr(people, "WALK_MIN_MATCHES", 50)
    with demo.session() as session:
        rare = _plan(session, PersonFilter(query="Ціханоўская"))
        common = _plan(session, PersonFilter(query="а"))
    assert "LIST SUBQUERY" in rare and "sqlite_autoindex_name_keys_1" in rare, rare
    assert "SCAN persons USING COVERING INDEX ix_persons_name_id" in common, common
    assert "ix_name_keys_person_id_key" in common and "TEMP B-TREE" not in common, common


def test_search_helpers_follow_the_list(demo):
    from app.services.search import find_person_ids, search_persons

    with demo.session() as session:
        ids = [row.id for row in people.fetch_page(session, PersonFilter(query="Ка"))]
        assert len(ids) > 5
        assert find_person_ids(session, "Ка") == ids
        assert [hit.person_id for hit in search_persons(session, "Ка", limit=5)] == ids[:5]
        assert find_person_ids(session, "  ") == [] and search_persons(session, "") == []


@pytest.mark.parametrize(
    ("starts_on", "on", "held"),
    [
        (PartialDate(2020), date(2019, 12, 31), False),
        (PartialDate(2020), date(2020, 1, 1), True),
        (PartialDate(2020, 6), date(2020, 5, 31), False),
        (PartialDate(2020, 6), date(2020, 6, 1), True),
        (PartialDate(2020, 6, 18), date(2020, 6, 17), False),
        (PartialDate(2020, 6, 18), date(2020, 6, 18), True),
        (None, date(1990, 1, 1), True),
    ],
)
def test_partial_start_dates_count_from_their_first_day(vault, starts_on, on, held):
    """A status or custody known only to the year or month counts from its first day."""
    draft = PersonDraft(
        names=[NameDraft("Ales Bialiatski", NameScript.LATIN, True)],
        statuses=[StatusDraft(StatusKind.POLITICAL_PRISONER, starts_on, date(2030, 1, 1))],
        detentions=[DetentionDraft(starts_on)] if starts_on else [],
    )
    with vault.session() as session, session.begin():
        people.save_person(session, draft)
    statuses = [ListStatus.POLITICAL_PRISONER] + ([ListStatus.IN_CUSTODY] if starts_on else [])
    with vault.session() as session:
        for status in statuses:
            flt = PersonFilter(status=status, status_on=on)
            assert people.count_persons(session, flt) == int(held), status
            assert len(people.fetch_page(session, flt)) == int(held), status
