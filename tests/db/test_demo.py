"""The demo generator: reproducible, realistic enough for reports, syncable and searchable."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import reference
from app.domain.enums import Gender, NameScript, SentenceType
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Extension, Term, expected_release
from app.models import (
    SYNCED_MODELS,
    Charge,
    Detention,
    Judge,
    NameKey,
    Op,
    Person,
    PersonName,
    RepressionEvent,
    Sentence,
    StatusPeriod,
    Trial,
)
from app.services import demo
from app.services.demo import DEMO_TODAY, generate_demo
from app.services.derived import refresh_derived
from app.services.search import rebuild_name_keys, search_persons
from app.services.vault import Vault, create_vault
from app.sync.changelog import CREATE_FIELD, LOCAL_ONLY_FIELDS, encode_value
from tests.conftest import PASSPHRASE

PERSONS = 300


def _new_vault(directory: Path) -> Vault:
    return create_vault(directory, PASSPHRASE)[0]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, int]]]:
    """One generated vault shared by the read-only checks (generation is the slow part)."""
    vault = _new_vault(tmp_path_factory.mktemp("demo") / "vault")
    counts = generate_demo(vault, PERSONS, seed=1)
    yield vault, counts
    vault.lock()


@pytest.fixture
def demo_vault(generated: tuple[Vault, dict[str, int]]) -> Vault:
    return generated[0]


def _dump(vault: Vault) -> dict[str, list[tuple]]:
    """Every synced row, every column, in id order; plus the (derived) search keys."""
    with vault.engine.connect() as conn:
        dump = {
            model.__tablename__: [
                tuple(row) for row in conn.execute(select(model).order_by(model.id))
            ]
            for model in SYNCED_MODELS
        }
        dump["name_keys"] = [
            tuple(row)
            for row in conn.execute(select(NameKey).order_by(NameKey.key, NameKey.person_id))
        ]
    return dump


def _all(vault: Vault, *columns, where=()) -> list[tuple]:  # type: ignore[no-untyped-def]
    with vault.session() as session:
        return [tuple(row) for row in session.execute(select(*columns).where(*where))]


# --- reproducibility ----------------------------------------------------------------------------


def test_same_seed_gives_identical_vault_content(demo_vault: Vault, tmp_path: Path) -> None:
    again = _new_vault(tmp_path / "again")
    try:
        generate_demo(again, PERSONS, seed=1)
        assert _dump(again) == _dump(demo_vault)
    finally:
        again.lock()


def test_another_seed_gives_other_content(demo_vault: Vault, tmp_path: Path) -> None:
    other = _new_vault(tmp_path / "other")
    try:
        generate_demo(other, 10, seed=2)
        names = {row[0] for row in _all(other, Person.display_name)}
        ids = {row[0] for row in _all(other, Person.id)}
    finally:
        other.lock()
    assert not ids & {row[0] for row in _all(demo_vault, Person.id)}
    assert names != {row[0] for row in _all(demo_vault, Person.display_name)}


def test_ids_and_timestamps_look_like_the_apps_own(demo_vault: Vault) -> None:
    ids = [row[0] for row in _all(demo_vault, Charge.id)]
    assert all(len(i) == 32 and int(i, 16) >= 0 and i[12] == "7" for i in ids)
    stamps = _all(demo_vault, Person.created_at, Person.updated_at)
    assert all(created == updated and created.date() <= DEMO_TODAY for created, updated in stamps)


def test_counts_returned_match_the_tables(generated: tuple[Vault, dict[str, int]]) -> None:
    vault, counts = generated
    tables = {
        "persons": Person,
        "names": PersonName,
        "charges": Charge,
        "sentences": Sentence,
        "name_keys": NameKey,
    }
    with vault.session() as session:
        for name, model in tables.items():
            assert counts[name] == session.scalar(select(func.count()).select_from(model))
    assert counts["persons"] == PERSONS


def test_running_twice_appends_new_people_and_reuses_judges(vault: Vault) -> None:
    generate_demo(vault, 20, seed=1)
    judges = _all(vault, Judge.id)
    generate_demo(vault, 20, seed=1)
    assert len(_all(vault, Person.id)) == 40
    assert _all(vault, Judge.id) == judges


def test_batches_report_progress_and_keep_families_together(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH_PERSONS", 4)
    monkeypatch.setattr(demo, "_units", lambda _rng, _persons: iter([3, 2, 3, 1, 1]))
    progress: list[tuple[int, int]] = []
    counts = generate_demo(vault, 10, progress=lambda done, total: progress.append((done, total)))
    assert progress == [(3, 10), (5, 10), (9, 10), (10, 10)]
    assert counts["persons"] == len(_all(vault, Person.id)) == 10
    assert counts["relations"] >= 3


# --- realism ------------------------------------------------------------------------------------


def test_about_one_in_six_is_a_woman(demo_vault: Vault) -> None:
    genders = Counter(row[0] for row in _all(demo_vault, Person.gender))
    assert 0.10 <= genders[Gender.FEMALE] / PERSONS <= 0.30
    assert genders[Gender.FEMALE] + genders[Gender.MALE] == PERSONS


def test_every_region_appears_and_minsk_leads(demo_vault: Vault) -> None:
    regions = Counter(row[0] for row in _all(demo_vault, Person.region_code))
    assert set(regions) == {item.code for item in reference.regions()}
    assert regions.most_common(1)[0][0] == "minsk_city"


def test_charges_use_reference_articles_weighted_like_the_reports(demo_vault: Vault) -> None:
    keys = Counter(row[0] for row in _all(demo_vault, Charge.article_key))
    assert set(keys) <= {item.key for item in reference.articles()}
    assert keys.most_common(1)[0][0] == "CC 342 p1"


def test_names_come_in_three_scripts_with_one_primary(demo_vault: Vault) -> None:
    names = _all(demo_vault, PersonName.person_id, PersonName.script, PersonName.is_primary)
    scripts: dict[str, set[str]] = {}
    primaries = Counter(person for person, _script, primary in names if primary)
    for person, script, _primary in names:
        scripts.setdefault(person, set()).add(script)
    assert all(
        s >= {NameScript.BE_CYRILLIC, NameScript.RU_CYRILLIC, NameScript.LATIN}
        for s in scripts.values()
    )
    assert set(primaries.values()) == {1} and len(primaries) == PERSONS


def test_imprisonment_release_dates_follow_the_sentence_rules(demo_vault: Vault) -> None:
    with demo_vault.session() as session:
        sentences = list(session.scalars(select(Sentence)))
        absentia = set(session.scalars(select(Trial.id).where(Trial.in_absentia)))
    extensions: dict[str, list[Sentence]] = {}
    for s in sentences:
        if s.extends_sentence_id:
            extensions.setdefault(s.extends_sentence_id, []).append(s)
    imprisonment = [s for s in sentences if s.sentence_type == SentenceType.IMPRISONMENT]
    assert imprisonment and extensions
    for s in imprisonment:
        if s.trial_id in absentia:
            assert s.starts_on is None and s.expected_release is None
            continue
        assert s.starts_on is not None
        added = [
            Extension(Term(e.term_years, e.term_months, e.term_days))
            for e in extensions.get(s.id, [])
        ]
        term = Term(s.term_years, s.term_months, s.term_days)
        assert s.expected_release == expected_release(s.starts_on, term, s.credited_days, added)
    for s in sentences:
        if s.sentence_type != SentenceType.FINE and s.starts_on is not None:
            assert s.expected_release is not None


def test_dates_are_consistent_and_never_after_the_demo_today(demo_vault: Vault) -> None:
    detentions = _all(demo_vault, Detention.detained_on, Detention.released_on)
    for detained, released in detentions:
        assert detained is not None and detained.earliest() <= DEMO_TODAY
        assert released is None or detained.earliest() <= released <= DEMO_TODAY
    for start, end in _all(demo_vault, StatusPeriod.starts_on, StatusPeriod.ends_on):
        assert start is None or start.earliest() <= DEMO_TODAY
        assert end is None or start is None or start.earliest() <= end
    for (occurred,) in _all(demo_vault, RepressionEvent.occurred_on):
        assert isinstance(occurred, PartialDate) and occurred.earliest() <= DEMO_TODAY
    verdicts = [row[0] for row in _all(demo_vault, Trial.verdict_on) if row[0] is not None]
    assert max(verdicts) <= DEMO_TODAY and min(verdicts) >= date(2020, 8, 9)


def test_released_and_held_people_are_both_there(demo_vault: Vault) -> None:
    reasons = Counter(row[0] for row in _all(demo_vault, Detention.release_reason))
    assert reasons[None] > 0 and reasons["served"] > 0 and reasons["pardoned"] > 0
    trials = _all(demo_vault, Trial.in_absentia, Trial.closed_hearing)
    assert 0.05 <= sum(absent for absent, _ in trials) / len(trials) <= 0.25
    assert any(closed for _, closed in trials)


# --- sync and search ----------------------------------------------------------------------------


def test_every_row_has_its_create_op(demo_vault: Vault) -> None:
    with demo_vault.session() as session:
        rows = sum(
            session.scalar(select(func.count()).select_from(model)) or 0 for model in SYNCED_MODELS
        )
        ops = session.scalar(select(func.count()).where(Op.field == CREATE_FIELD)) or 0
        created = set(session.scalars(select(Op.entity_id).where(Op.field == CREATE_FIELD)))
        ids = set(session.scalars(select(Person.id)))
    assert ops == rows
    assert ids <= created


def test_create_ops_hold_exactly_the_stored_rows(demo_vault: Vault) -> None:
    """Replaying a create op must give the row as stored: same fields, same encoded values."""
    with demo_vault.session() as session:
        for model in SYNCED_MODELS:
            for obj in session.scalars(select(model).order_by(model.id).limit(5)):
                op_value = session.scalar(
                    select(Op.value).where(Op.entity_id == obj.id, Op.field == CREATE_FIELD)
                )
                stored = {
                    column.key: encode_value(getattr(obj, column.key))
                    for column in model.__table__.columns
                    if column.key not in LOCAL_ONLY_FIELDS
                }
                assert json.loads(op_value) == stored


def test_search_keys_are_what_the_search_index_would_build(demo_vault: Vault) -> None:
    written = set(_all(demo_vault, NameKey.key, NameKey.person_id))
    with demo_vault.engine.connect() as conn, conn.begin() as transaction:
        rebuild_name_keys(conn, [row[0] for row in conn.execute(select(Person.id))])
        rebuilt = {tuple(row) for row in conn.execute(select(NameKey.key, NameKey.person_id))}
        transaction.rollback()
    assert written == rebuilt


def test_derived_list_columns_match_refresh_derived(demo_vault: Vault) -> None:
    """The demo fills the local list columns itself; they must be what refresh_derived() gives
    (whole rows are compared, so a derived column added later is covered too)."""
    persons = select(Person.__table__).order_by(Person.id)
    with demo_vault.engine.connect() as conn, conn.begin() as transaction:
        written = conn.execute(persons).all()
        refresh_derived(conn)
        refreshed = conn.execute(persons).all()
        transaction.rollback()
    assert written == refreshed
    assert {row.custody_status for row in written} == {"in_custody", "released", ""}


@pytest.mark.parametrize("script", [NameScript.LATIN, NameScript.RU_CYRILLIC])
def test_people_are_found_by_their_latin_and_russian_names(demo_vault: Vault, script: str) -> None:
    names = _all(
        demo_vault, PersonName.person_id, PersonName.full_name, where=(PersonName.script == script,)
    )
    with demo_vault.session() as session:
        for person_id, full_name in sorted(names)[:10]:
            # Two words: surname and given name (Cyrillic) or given name and surname (Latin).
            query = " ".join(full_name.split()[:2])
            assert person_id in {hit.person_id for hit in search_persons(session, query)}
