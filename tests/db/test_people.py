"""Person drafts: save, reload, edit, undo by re-saving, delete; list paging and filters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.enums import Gender, NameScript, SentenceType, StatusKind
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term
from app.errors import ValidationError
from app.models import Op, Person, Sentence
from app.services import people
from app.services.people import (
    CaseDraft,
    ChargeDraft,
    DetentionDraft,
    ListStatus,
    NameDraft,
    PersonDraft,
    PersonFilter,
    SentenceDraft,
    SortField,
    StatusDraft,
    TrialDraft,
)


def _babaryka() -> PersonDraft:
    return PersonDraft(
        gender=Gender.MALE,
        region_code="minsk_city",
        names=[
            NameDraft("Віктар Бабарыка", NameScript.BE_CYRILLIC, True),
            NameDraft("Виктор Бабарико", NameScript.RU_CYRILLIC),
        ],
        detentions=[DetentionDraft(PartialDate(2020, 6, 18))],
        cases=[
            CaseDraft(
                charges=[ChargeDraft("CC 235")],
                trial=TrialDraft(
                    court_code="minsk_city_court", judge_name="Judge A", verdict_on=date(2021, 7, 6)
                ),
                sentences=[
                    SentenceDraft(SentenceType.IMPRISONMENT, Term(14), starts_on=date(2020, 6, 18))
                ],
            )
        ],
        statuses=[
            StatusDraft(StatusKind.POLITICAL_PRISONER, PartialDate(2020, 6)),
            StatusDraft(StatusKind.INCOMMUNICADO, None),
        ],
    )


def _save(vault, draft):
    with vault.session() as session, session.begin():
        return people.save_person(session, draft)


def test_save_and_reload_roundtrip(vault):
    saved = _save(vault, _babaryka())
    assert saved.id and saved.display_name == "Віктар Бабарыка"
    assert saved.cases[0].sentences[0].expected_release == date(2034, 6, 18)
    with vault.session() as session:
        loaded = people.load_person(session, saved.id)
    assert loaded == saved


def test_resave_unchanged_writes_no_ops(vault):
    saved = _save(vault, _babaryka())
    with vault.session() as session:
        before = session.scalar(select(func.count()).select_from(Op))
    _save(vault, saved)
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(Op)) == before


def test_art_411_extension_moves_release(vault):
    saved = _save(vault, _babaryka())
    case = saved.cases[0]
    original = case.sentences[0]
    case.sentences.append(
        SentenceDraft(
            SentenceType.IMPRISONMENT,
            Term(1),
            starts_on=date(2023, 1, 1),
            extends_sentence_id=original.id,
        )
    )
    resaved = _save(vault, saved)
    assert resaved.cases[0].sentences[0].expected_release == date(2035, 6, 18)
    with vault.session() as session:
        row = session.get(Sentence, original.id)
        assert row.expected_release == date(2035, 6, 18)


def test_undo_by_saving_previous_draft_restores_removed_children(vault):
    first = _save(vault, _babaryka())
    import copy

    edited = copy.deepcopy(first)
    edited.statuses = edited.statuses[:1]
    edited.region_code = "brest"
    _save(vault, edited)
    with vault.session() as session:
        assert len(people.load_person(session, first.id).statuses) == 1
    _save(vault, first)  # undo
    with vault.session() as session:
        restored = people.load_person(session, first.id)
    assert restored.region_code == "minsk_city"
    assert [s.kind for s in restored.statuses] == [s.kind for s in first.statuses]


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: setattr(d.detentions[0], "released_on", date(2019, 1, 1)), "detentions.0"),
        (lambda d: setattr(d.cases[0].charges[0], "article_key", "CC 9999"), "cases.0.charges.0"),
        (lambda d: setattr(d.cases[0].trial, "verdict_on", None), "cases.0.sentences.0"),
        (lambda d: setattr(d, "names", []), "display_name"),
    ],
)
def test_validation_rejects_and_writes_nothing(vault, mutate, field):
    draft = _babaryka()
    mutate(draft)
    with pytest.raises(ValidationError) as err, vault.session() as session, session.begin():
        people.save_person(session, draft)
    assert err.value.field == field
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_delete_and_restore(vault):
    saved = _save(vault, _babaryka())
    with vault.session() as session, session.begin():
        people.delete_person(session, saved.id)
    with vault.session() as session:
        assert people.count_persons(session, PersonFilter()) == 0
    with vault.session() as session, session.begin():
        people.restore_person(session, saved.id)
    with vault.session() as session:
        assert people.count_persons(session, PersonFilter()) == 1


def test_search_across_scripts_and_filters(vault):
    saved = _save(vault, _babaryka())
    _save(
        vault,
        PersonDraft(
            names=[NameDraft("Maria Kalesnikava", NameScript.LATIN, True)],
            gender=Gender.FEMALE,
            region_code="minsk_city",
        ),
    )
    with vault.session() as session:
        for query in ("Babaryka", "бабарико", "Viktar Babar", "Бабарыка"):
            ids = [r.id for r in people.fetch_page(session, PersonFilter(query=query))]
            assert ids == [saved.id], query
        on = date(2024, 12, 31)
        pp = PersonFilter(status=ListStatus.POLITICAL_PRISONER, status_on=on)
        assert [r.id for r in people.fetch_page(session, pp)] == [saved.id]
        assert (
            people.count_persons(session, PersonFilter(status=ListStatus.IN_CUSTODY, status_on=on))
            == 1
        )
        assert (
            people.count_persons(
                session, PersonFilter(status=ListStatus.IN_CUSTODY, status_on=date(2020, 1, 1))
            )
            == 0
        )
        assert people.count_persons(session, PersonFilter(article_key="CC 235")) == 1
        assert people.count_persons(session, PersonFilter(court_code="minsk_city_court")) == 1
        assert people.count_persons(session, PersonFilter(gender=Gender.FEMALE)) == 1
        assert (
            people.count_persons(session, PersonFilter(gender=Gender.FEMALE, query="Babaryka")) == 0
        )


def test_keyset_pages_cover_everything_once_in_every_sort(vault):
    regions = ["brest", None, "minsk_city", "hrodna"]
    for i in range(23):
        _save(
            vault,
            PersonDraft(
                names=[NameDraft(f"Person {i:02d}", NameScript.LATIN, True)],
                region_code=regions[i % 4],
                detentions=[DetentionDraft(PartialDate(2021, 1 + i % 12))] if i % 3 else [],
            ),
        )
    with vault.session() as session:
        for sort in SortField:
            for descending in (False, True):
                seen, after = [], None
                while True:
                    page = people.fetch_page(
                        session, PersonFilter(), sort, descending, after, limit=5
                    )
                    if not page:
                        break
                    seen.extend(page)
                    after = page[-1]
                assert len(seen) == 23 and len({r.id for r in seen}) == 23, (sort, descending)
                full = people.fetch_page(session, PersonFilter(), sort, descending, None, limit=100)
                assert [r.id for r in seen] == [r.id for r in full]


def test_search_with_three_words(vault):
    from app.services.search import search_persons

    saved = _save(vault, PersonDraft(names=[NameDraft("Казак Ілья Дзянісавіч", NameScript.BE_CYRILLIC, True)]))
    with vault.session() as session:
        hits = search_persons(session, "Казак Илья Денисович")
    assert [h.person_id for h in hits] == [saved.id]


def test_sentences_outside_the_draft_survive_a_save(vault):
    """A sentence without a trial (e.g. imported) is invisible to the editor: saving must keep it."""
    saved = _save(vault, _babaryka())
    with vault.session() as session, session.begin():
        orphan = Sentence(person_id=saved.id, sentence_type=SentenceType.FINE, fine_amount=100)
        session.add(orphan)
    _save(vault, saved)
    with vault.session() as session:
        row = session.get(Sentence, orphan.id)
        assert row is not None and not row.deleted
