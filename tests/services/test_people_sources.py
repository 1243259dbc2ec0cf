"""Sources in the person draft: cited for the person, a case or an event; saved like the other
children (upsert, tombstone what the draft no longer has, resurrect on undo), with the change
feed and the audit log written by the flush hooks."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from app.domain.enums import EventType, NameScript, Reliability
from app.domain.partial_dates import PartialDate
from app.models import AuditEntry, Op, RepressionEvent, Source, SourceLink
from app.services import people
from app.services.people import (
    ABOUT_PERSON,
    CaseDraft,
    ChargeDraft,
    EventDraft,
    NameDraft,
    PersonDraft,
    SourceDraft,
    SourceEntity,
    SourceTarget,
)


def _save(vault, draft: PersonDraft) -> PersonDraft:
    with vault.session() as session, session.begin():
        return people.save_person(session, draft)


def _load(vault, person_id: str) -> PersonDraft:
    with vault.session() as session:
        return people.load_person(session, person_id)


def _person(name: str = "Марфа Рабкова") -> PersonDraft:
    return PersonDraft(
        names=[NameDraft(name, NameScript.BE_CYRILLIC, True)],
        cases=[CaseDraft(number="1-2021", charges=[ChargeDraft("CC 342")])],
        events=[EventDraft(EventType.SEARCH, PartialDate(2020, 9, 17), "Minsk")],
    )


def _viasna(**changes) -> SourceDraft:
    source = SourceDraft(
        publication="Viasna",
        url="https://spring96.org/be/news/100000",
        published_on=date(2020, 9, 18),
        reliability=Reliability.CONFIRMED,
        note="Press release",
    )
    return replace(source, **changes)


def _live_links(vault) -> set[tuple[str, str, str]]:
    with vault.session() as session:
        return {
            (link.source_id, link.entity, link.entity_id)
            for link in session.scalars(select(SourceLink).where(~SourceLink.deleted))
        }


def test_a_new_person_with_a_source_round_trips(vault):
    draft = _person()
    draft.sources.append(_viasna())
    saved = _save(vault, draft)
    assert len(saved.sources) == 1
    source = saved.sources[0]
    assert source.id and source.about == ABOUT_PERSON
    assert (source.publication, source.url, source.published_on, source.reliability) == (
        "Viasna",
        "https://spring96.org/be/news/100000",
        date(2020, 9, 18),
        Reliability.CONFIRMED,
    )
    assert _load(vault, saved.id) == saved
    assert _live_links(vault) == {(source.id, "person", saved.id)}


def test_citations_of_a_case_and_an_event_and_their_removal(vault):
    saved = _save(vault, _person())
    case, event = saved.cases[0], saved.events[0]
    saved.sources.append(
        _viasna(
            about=(
                SourceTarget(SourceEntity.PERSON),
                SourceTarget(SourceEntity.CASE, case.id),
                SourceTarget(SourceEntity.EVENT, event.id),
            )
        )
    )
    resaved = _save(vault, saved)
    source_id = resaved.sources[0].id
    assert [t.entity for t in resaved.sources[0].about] == ["person", "case", "event"]
    assert _live_links(vault) == {
        (source_id, "person", saved.id),
        (source_id, "case", case.id),
        (source_id, "event", event.id),
    }
    resaved.sources[0].about = (SourceTarget(SourceEntity.CASE, case.id),)
    third = _save(vault, resaved)
    assert third.sources[0].about == (SourceTarget(SourceEntity.CASE, case.id),)
    assert _live_links(vault) == {(source_id, "case", case.id)}


def test_removing_a_source_tombstones_it_and_resaving_the_old_draft_restores_it(vault):
    draft = _person()
    draft.sources.append(_viasna())
    first = _save(vault, draft)
    source_id = first.sources[0].id
    edited = copy.deepcopy(first)
    edited.sources = []
    assert _save(vault, edited).sources == []
    with vault.session() as session:
        assert session.get(Source, source_id).deleted  # cited by nobody any more
        links = session.scalars(select(SourceLink)).all()
        assert [link.deleted for link in links] == [True]
    restored = _save(vault, first)  # undo
    assert restored.sources == first.sources
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(SourceLink)) == 1  # no duplicate
        assert not session.get(Source, source_id).deleted


def test_a_shared_source_survives_when_one_person_stops_citing_it(vault):
    ales = _person("Алесь Бяляцкі")
    ales.sources.append(_viasna())
    ales = _save(vault, ales)
    marfa = _person()
    marfa.sources.append(copy.deepcopy(ales.sources[0]))
    marfa = _save(vault, marfa)
    assert marfa.sources[0].id == ales.sources[0].id
    marfa.sources = []
    _save(vault, marfa)
    with vault.session() as session:
        assert not session.get(Source, ales.sources[0].id).deleted
    assert _load(vault, ales.id).sources == ales.sources


def test_an_events_own_source_column_is_shown_and_can_be_removed(vault):
    saved = _save(vault, _person())
    with vault.session() as session, session.begin():
        source = Source(publication="Nasha Niva", url="https://nashaniva.com/1")
        session.add(source)
        session.flush()
        session.get(RepressionEvent, saved.events[0].id).source_id = source.id
        source_id = source.id
    loaded = _load(vault, saved.id)
    assert [(s.id, s.about) for s in loaded.sources] == [
        (source_id, (SourceTarget(SourceEntity.EVENT, saved.events[0].id),))
    ]
    assert _save(vault, loaded) == loaded
    assert _live_links(vault) == set()  # still only the event's column, no extra link
    loaded.sources = []
    _save(vault, loaded)
    with vault.session() as session:
        assert session.get(RepressionEvent, saved.events[0].id).source_id is None
        assert session.get(Source, source_id).deleted


def test_saving_a_source_writes_the_change_feed_and_the_audit_log(vault):
    saved = _save(vault, _person())
    with vault.session() as session:
        ops_before = session.scalar(select(func.count()).select_from(Op))
    saved.sources.append(_viasna())
    resaved = _save(vault, saved)
    source_id = resaved.sources[0].id
    with vault.session() as session:
        ops_after = session.scalar(select(func.count()).select_from(Op))
        entities = set(
            session.scalars(select(Op.entity).order_by(Op.origin, Op.seq).offset(ops_before)).all()
        )
        assert {"source", "source_link"} <= entities
        audited = set(session.scalars(select(AuditEntry.entity_id)).all())
        assert source_id in audited
    assert _save(vault, resaved) == resaved
    with vault.session() as session:  # an unchanged re-save writes nothing
        assert session.scalar(select(func.count()).select_from(Op)) == ops_after
