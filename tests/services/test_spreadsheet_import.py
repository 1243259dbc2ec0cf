"""Import: bad input reported cell by cell, all-or-nothing writes, updates, duplicates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.enums import Gender, NameScript, ReleaseReason
from app.domain.partial_dates import PartialDate
from app.models import Detention, Op, Person, PersonName, Sentence, VaultMeta
from app.services.search import search_persons
from app.services.spreadsheet import (
    Decision,
    ImportRejected,
    RowAction,
    apply_import,
)
from app.services.stats import live_counts
from tests.services.sheets import plan_file, write_sheet

GOOD = {
    "person_key": "P1",
    "name": "Лосік Ігар",
    "birth_date": "1992-05-23",
    "region": "Brest",
    "case_key": "C1",
    "articles": "CC 342:1",
    "detained_on": "2020-06-25",
    "court": "Brest Regional Court",
    "verdict_on": "2021-12-14",
    "sentence_type": "imprisonment",
    "sentence_term": "15y",
    "regime": "strict",
    "sentence_starts_on": "2020-06-25",
}


def test_each_bad_cell_is_named_by_file_row_column_and_reason(vault, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "people.csv",
        [
            GOOD,
            {"person_key": "P2", "name": "Пратасевіч Раман", "birth_date": "1995-02-30"},
            {"person_key": "P3", "name": "Знак Максім", "articles": "CC 999"},
            {"person_key": "P4", "name": "Статкевіч Мікола", "region": "Atlantis"},
            {
                "person_key": "P5",
                "name": "Кніга Алесь",
                "detained_on": "2021-05-03",
                "released_on": "2020-01-01",
            },
            {"person_key": "P6", "name": "Рабкоў Аляксей", "shizo_until": "2023-01-01"},
        ],
    )
    plan = plan_file(vault, path)
    assert [str(e) for e in plan.errors] == [
        "people.csv, row 3, column birth_date: 1995-02-30 is not a real calendar date",
        "people.csv, row 4, column articles: 'CC 999' is not in the article reference list "
        "(CC 999)",
        "people.csv, row 5, column region: 'Atlantis' is not a known region: use Minsk city or a "
        "region name (Minsk city, Brest, Homieĺ, Hrodna, Mahilioŭ, Minsk region, Viciebsk)",
        "people.csv, row 6, column released_on: release (2020-01-01) is before detention "
        "(2021-05-03)",
        "people.csv, row 7, column shizo_until: an end needs shizo_since (write 'unknown' if the "
        "start is not known)",
    ]
    assert [o.action for o in plan.outcomes] == [RowAction.CREATE] + [RowAction.REJECT] * 5
    assert plan.has_errors
    assert "1 new" in plan.summary() and "5 rejected" in plan.summary()


def test_a_refused_partial_import_writes_nothing(vault, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "people.csv",
        [GOOD, {"person_key": "P2", "name": "Пратасевіч Раман", "birth_date": "1995-02-30"}],
    )
    before = live_counts(vault)
    with pytest.raises(ImportRejected, match=r"people.csv: 1 of 2 rows have errors; nothing"):
        apply_import(vault, plan_file(vault, path))
    assert live_counts(vault) == before
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(VaultMeta)) == 2  # id, created


def test_an_interrupted_import_rolls_back_whole(vault, tmp_path: Path) -> None:
    rows = [dict(GOOD, person_key=f"P{i}", case_key=f"C{i}") for i in range(30)]
    plan = plan_file(vault, write_sheet(tmp_path / "people.csv", rows))
    before = live_counts(vault)
    seen: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int) -> None:
        seen.append((done, total))
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        apply_import(vault, plan, progress=cancel_halfway)
    assert seen and live_counts(vault) == before


def test_an_accepted_partial_import_takes_the_valid_rows(vault, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "people.csv",
        [
            GOOD,
            {"person_key": "P2", "name": "Пратасевіч Раман", "birth_date": "1995-02-30"},
            {"person_key": "P3", "name": "Пратасевіч Дзмітрый", "relatives": "P2:parent"},
            {"person_key": "P4", "name": "Лосік Дар’я", "relatives": "P1:spouse"},
        ],
    )
    plan = plan_file(vault, path)
    assert [str(e) for e in plan.errors][1:] == [
        "people.csv, row 4, column relatives: no person with person_key 'P2'"
    ]
    result = apply_import(vault, plan, accept_partial=True)
    assert (result.rows_imported, result.rows_rejected, result.persons_created) == (2, 2, 2)
    counts = live_counts(vault)
    assert counts["persons"] == 2 and counts["relations"] == 1 and counts["charges"] == 1
    with vault.session() as session:
        sentence = session.scalars(select(Sentence)).one()
        assert sentence.expected_release == date(2035, 6, 25)
        found = sorted(hit.display_name for hit in search_persons(session, "Losik"))
        assert found == sorted(["Лосік Ігар", "Лосік Дар’я"])
        assert session.scalar(select(func.count()).select_from(Op)) == counts["ops"] > 0


def test_rows_of_one_record_must_agree(vault, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "people.csv",
        [
            {**GOOD, "gender": "m"},
            {"person_key": "P1", "gender": "f", "shizo_since": "2023-01-01"},
            {"person_key": "P1", "case_key": "C1", "verdict_on": "2021-12-15"},
            {"person_key": "P1", "political_prisoner_since": "2020-07"},
        ],
    )
    plan = plan_file(vault, path)
    assert [str(e) for e in plan.errors] == [
        "people.csv, row 3, column gender: 'female' contradicts row 2 ('male') for the same person",
        "people.csv, row 4, column verdict_on: '2021-12-15' contradicts row 2 ('2021-12-14') for "
        "the same trial",
    ]
    result = apply_import(vault, plan, accept_partial=True)
    assert result.records_created["status_periods"] == 1


def test_a_second_import_updates_and_never_erases(vault, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "v1.csv", [{**GOOD, "city": "Баранавічы"}])
    apply_import(vault, plan_file(vault, first))
    assert [o.action for o in plan_file(vault, first).outcomes] == [RowAction.MATCH]
    released = {
        "person_key": "P1",
        "name": "Лосік Ігар",
        "case_key": "C1",
        "detained_on": "2020-06-25",
        "released_on": "2025-02-20",
        "release_reason": "pardoned",
    }
    plan = plan_file(vault, write_sheet(tmp_path / "v2.csv", [released]))
    assert [o.action for o in plan.outcomes] == [RowAction.UPDATE]
    assert plan.records_to_update == {"detentions": 1}
    assert (plan.persons_to_create, plan.persons_to_update) == (0, 1)
    apply_import(vault, plan)
    with vault.session() as session:
        detention = session.scalars(select(Detention)).one()
        person = session.scalars(select(Person)).one()
    assert (detention.released_on, detention.release_reason) == (
        date(2025, 2, 20),
        ReleaseReason.PARDONED,
    )
    assert person.city == "Баранавічы" and person.custody_status == "released"
    assert live_counts(vault)["sentences"] == 1


def test_a_person_key_already_used_for_someone_else(vault, tmp_path: Path) -> None:
    apply_import(vault, plan_file(vault, write_sheet(tmp_path / "a.csv", [GOOD])))
    plan = plan_file(
        vault, write_sheet(tmp_path / "b.csv", [{"person_key": "P1", "name": "Кот Ala"}])
    )
    assert [str(e) for e in plan.errors] == [
        "b.csv, row 2, column person_key: 'P1' already belongs to 'Лосік Ігар' in this vault; "
        "this row names someone else (give the row a new person_key)"
    ]


def test_an_art_411_extension_extends_the_previous_sentence(vault, tmp_path: Path) -> None:
    extension = {
        "person_key": "P1",
        "case_key": "C2",
        "articles": "ч. 2 ст. 411 УК",
        "court": "Mahilioŭ Regional Court",
        "verdict_on": "2023-03-01",
        "sentence_type": "imprisonment",
        "sentence_term": "1y6m",
        "extends_sentence": "yes",
    }
    lonely = {
        "person_key": "P9",
        "name": "Кот Ала",
        "articles": "CC 411",
        "extends_sentence": "yes",
    }
    plan = plan_file(vault, write_sheet(tmp_path / "p.csv", [extension, GOOD, lonely]))
    assert [str(e) for e in plan.errors] == [
        "p.csv, row 4, column extends_sentence: no earlier sentence of this person to extend"
    ]
    apply_import(vault, plan, accept_partial=True)
    with vault.session() as session:
        base, added = sorted(session.scalars(select(Sentence)), key=lambda s: s.term_years)[::-1]
    assert added.extends_sentence_id == base.id
    assert base.expected_release == date(2036, 12, 25)  # 15 years + 1 year 6 months


@pytest.fixture
def babaryka(vault) -> str:
    with vault.session() as session, session.begin():
        person = Person(
            display_name="Бабарыка Віктар Дзмітрыевіч",
            birth_date=PartialDate(1963, 11, 28),
            gender=Gender.MALE,
            region_code="minsk_city",
        )
        session.add(person)
        session.flush()
        session.add(
            PersonName(
                person_id=person.id,
                full_name="Бабарыка Віктар Дзмітрыевіч",
                script=NameScript.BE_CYRILLIC,
                is_primary=True,
            )
        )
    return person.id


def test_likely_duplicates_across_scripts(vault, babaryka: str, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "press.csv",
        [
            {
                "name": "Viktar Babaryka",
                "birth_date": "1963",
                "city": "Minsk",
                "articles": "CC 243",
            },
            {"name": "Бабарико Виктор", "birth_date": "1970"},
            {"name": "Babaryka"},
            {"person_key": "X1", "name": "Колесникова Мария", "birth_date": "1982-04-24"},
            {"person_key": "X2", "name": "Maryja Kalesnikava", "birth_date": "1982-04"},
        ],
    )
    plan = plan_file(vault, path)
    found = {
        (c.person_key, c.other_person_id or c.other_person_key, c.likely) for c in plan.duplicates
    }
    assert found == {
        ("row 2", babaryka, True),
        ("row 4", babaryka, False),  # a surname alone, no birth date: possible
        ("row 4", "row 2", False),
        ("row 4", "row 3", False),
        ("X2", "X1", True),
    }
    likely = next(c for c in plan.duplicates if c.person_key == "row 2")
    assert likely.reason == "same name across scripts and the same birth date"
    assert (likely.name, likely.other_name) == ("Viktar Babaryka", "Бабарыка Віктар Дзмітрыевіч")

    decisions = {c.id: Decision.MERGE for c in plan.duplicates if c.person_key in ("row 2", "X2")}
    result = apply_import(vault, plan, decisions=decisions)
    assert (result.persons_created, result.persons_updated) == (3, 1)
    with vault.session() as session:
        merged = session.get(Person, babaryka)
        names = sorted(
            n.full_name
            for n in session.scalars(select(PersonName).where(PersonName.person_id == babaryka))
        )
        assert merged.birth_date == PartialDate(1963, 11, 28)  # not overwritten by "1963"
        assert merged.city == "Minsk"  # a blank field is filled
        assert names == ["Viktar Babaryka", "Бабарыка Віктар Дзмітрыевіч"]
        assert live_counts(vault)["charges"] == 1
        kalesnikava = search_persons(session, "Калеснікава")
        assert len(kalesnikava) == 1


def test_unknown_decisions_are_refused(vault, babaryka: str, tmp_path: Path) -> None:
    plan = plan_file(vault, write_sheet(tmp_path / "p.csv", [{"name": "Babaryka Viktar"}]))
    with pytest.raises(ValueError, match="unknown duplicate candidate"):
        apply_import(vault, plan, decisions={"nonsense": Decision.MERGE})
    result = apply_import(vault, plan, decisions={plan.duplicates[0].id: "new"})
    assert result.persons_created == 1 and live_counts(vault)["persons"] == 2
