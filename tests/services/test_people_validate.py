"""``people.validate``: every rule, each checked on an otherwise valid record, with the path of the
field the editor shows the message under; and relations seen from the other side."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from app.domain.enums import EventType, NameScript, RelationType, SentenceType, StatusKind
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term
from app.errors import ValidationError
from app.services import people
from app.services.people import (
    CaseDraft,
    ChargeDraft,
    DetentionDraft,
    EventDraft,
    NameDraft,
    PersonDraft,
    RelationDraft,
    ReverseRelation,
    SentenceDraft,
    SourceDraft,
    SourceEntity,
    SourceTarget,
    StatusDraft,
    TrialDraft,
)

TODAY = date(2025, 1, 15)


def _record() -> PersonDraft:
    """A complete, valid record: every rule below breaks exactly one thing in it."""
    return PersonDraft(
        id="p1",
        birth_date=PartialDate(1972),
        region_code="minsk_city",
        names=[
            NameDraft("Марыя Калеснікава", NameScript.BE_CYRILLIC, True),
            NameDraft("Мария Колесникова", NameScript.RU_CYRILLIC),
        ],
        detentions=[
            DetentionDraft(PartialDate(2020, 9, 7), released_on=date(2020, 9, 8)),
            DetentionDraft(PartialDate(2020, 9, 8), case_id="c1"),
        ],
        cases=[
            CaseDraft(
                opened_on=PartialDate(2020, 9),
                charges=[ChargeDraft("CC 361-1"), ChargeDraft("CC 357")],
                trial=TrialDraft("minsk_city_court", "", date(2021, 9, 6)),
                sentences=[
                    SentenceDraft(
                        SentenceType.IMPRISONMENT, Term(11), starts_on=date(2020, 9, 8), id="s1"
                    )
                ],
                id="c1",
            )
        ],
        statuses=[StatusDraft(StatusKind.POLITICAL_PRISONER, PartialDate(2020, 9))],
        relations=[RelationDraft("p2", RelationType.SIBLING, "Tatsiana")],
        events=[EventDraft(EventType.SEARCH, PartialDate(2020, 9), id="e1")],
        sources=[
            SourceDraft(
                "Viasna",
                "https://spring96.org/en/news/99000",
                date(2021, 9, 6),
                about=(
                    SourceTarget(SourceEntity.PERSON),
                    SourceTarget(SourceEntity.CASE, "c1"),
                    SourceTarget(SourceEntity.EVENT, "e1"),
                ),
            )
        ],
    )


def _set(path: str, value: object) -> Callable[[PersonDraft], None]:
    """``_set("cases.0.trial.verdict_on", x)``: assign through attributes and list indexes."""

    def mutate(draft: PersonDraft) -> None:
        *head, last = path.split(".")
        obj: object = draft
        for part in head:
            obj = obj[int(part)] if part.isdigit() else getattr(obj, part)  # type: ignore[index]
        setattr(obj, last, value)

    return mutate


def test_the_sample_record_is_valid():
    assert people.validate(_record(), TODAY) == []


RULES = [
    (_set("names", []), "display_name", "A person needs at least one name."),
    (_set("names.1.full_name", "Марыя  калеснікава"), None, None),  # other script: no twin
    (_set("birth_date", PartialDate(2025, 2)), "birth_date", "The date of birth is in the future."),
    (_set("region_code", "atlantis"), "region_code", "Unknown region."),
    (_set("cases.0.opened_on", PartialDate(2026)), "cases.0.opened_on", None),
    (_set("cases.0.charges.1.article_key", "CC 9999"), "cases.0.charges.1", None),
    (_set("cases.0.charges.1.article_key", "CC 361-1"), "cases.0.charges.1", None),
    (_set("cases.0.trial.verdict_on", None), "cases.0.sentences.0", None),
    (_set("cases.0.trial.verdict_on", date(2025, 2, 1)), "cases.0.trial.verdict_on", None),
    (_set("cases.0.trial.verdict_on", date(2020, 8, 1)), "cases.0.trial.verdict_on", None),
    (_set("cases.0.trial.court_code", "nowhere"), "cases.0.trial", "Unknown court."),
    (_set("cases.0.sentences.0.credited_days", -1), "cases.0.sentences.0", None),
    (_set("cases.0.sentences.0.extends_sentence_id", "s1"), "cases.0.sentences.0", None),
    (_set("detentions.0.released_on", date(2020, 9, 1)), "detentions.0", None),
    (_set("detentions.1.release_reason", "served"), "detentions.1", None),
    (_set("detentions.1.detained_on", PartialDate(2025, 3)), "detentions.1.detained_on", None),
    (_set("detentions.0.detained_on", PartialDate(1970)), "detentions.0.detained_on", None),
    (_set("detentions.1.released_on", date(2025, 1, 16)), "detentions.1.released_on", None),
    (_set("detentions.1.case_id", "gone"), "detentions.1.case_id", None),
    (_set("detentions.1.detained_on", PartialDate(2020, 9, 7)), "detentions.1", None),
    (_set("statuses.0.ends_on", date(2020, 8, 1)), "statuses.0", None),
    (_set("statuses.0.starts_on", PartialDate(2025, 2)), "statuses.0.starts_on", None),
    (_set("relations.0.other_person_id", "p1"), "relations.0", None),
    (_set("events.0.occurred_on", PartialDate(2026)), "events.0.occurred_on", None),
    (_set("sources.0.url", "ftp://spring96.org/x"), "sources.0.url", None),
    (_set("sources.0.url", "spring96.org/x"), "sources.0.url", None),
    (_set("sources.0.url", "https://spring 96.org"), "sources.0.url", None),
    (_set("sources.0.url", "javascript:alert(1)"), "sources.0.url", None),
    (_set("sources.0.published_on", date(2025, 1, 16)), "sources.0.published_on", None),
    (_set("sources.0.about", ()), "sources.0.about", "Choose what the source is about."),
    (
        _set("sources.0.about", (SourceTarget(SourceEntity.CASE, "c9"),)),
        "sources.0.about",
        "The case it is cited for is not in this record.",
    ),
    (
        _set("sources.0.about", (SourceTarget(SourceEntity.EVENT, None),)),
        "sources.0.about",
        "The event it is cited for is not in this record.",
    ),
]


@pytest.mark.parametrize(("mutate", "path", "message"), RULES)
def test_each_rule_names_its_field(mutate, path, message):
    draft = _record()
    mutate(draft)
    problems = people.validate(draft, TODAY)
    if path is None:
        assert problems == []
        return
    assert [p for p, _m in problems] == [path]
    if message is not None:
        assert problems[0][1] == message


@pytest.mark.parametrize(
    ("publication", "url", "ok"),
    [
        ("Viasna", "", True),
        ("", "http://spring96.org", True),
        ("", "", False),
        ("  ", " ", False),
    ],
)
def test_a_source_needs_a_publication_or_a_link(publication, url, ok):
    draft = _record()
    draft.sources[0].publication, draft.sources[0].url = publication, url
    expected = [] if ok else [("sources.0.publication", "A source needs a publication or a link.")]
    assert people.validate(draft, TODAY) == expected


def test_imprecise_dates_raise_no_false_alarm():
    """ "2020" may be any day of 2020: it overlaps nothing and is not in the future on 1 Jan."""
    draft = _record()
    draft.detentions[1].detained_on = PartialDate(2020)  # could be 8 Sep or later
    draft.birth_date = PartialDate(2020)
    draft.detentions[0].detained_on = PartialDate(2020)
    draft.events[0].occurred_on = PartialDate(2025)
    assert people.validate(draft, TODAY) == []


def test_a_duplicate_spelling_and_a_duplicate_relative():
    draft = _record()
    draft.names.append(NameDraft(" марыя  Калеснікава ", NameScript.BE_CYRILLIC))
    draft.relations.append(RelationDraft("p2", RelationType.OTHER))
    assert people.validate(draft, TODAY) == [
        ("names.2", "This spelling is listed twice."),
        ("relations.1", "This person is already listed as a relative."),
    ]


def test_save_refuses_a_future_date(vault):
    draft = PersonDraft(
        names=[NameDraft("Ihar Losik", NameScript.LATIN, True)],
        events=[EventDraft(EventType.SEARCH, PartialDate(date.today().year + 1))],
    )
    with pytest.raises(ValidationError) as err, vault.session() as session, session.begin():
        people.save_person(session, draft)
    assert err.value.field == "events.0.occurred_on"


# -- relations from both sides -----------------------------------------------------------------


def _save(vault, draft: PersonDraft) -> PersonDraft:
    with vault.session() as session, session.begin():
        return people.save_person(session, draft)


def test_a_relation_is_seen_read_only_from_the_other_side(vault):
    child = _save(vault, PersonDraft(names=[NameDraft("Child", NameScript.LATIN, True)]))
    sibling = _save(vault, PersonDraft(names=[NameDraft("Sibling", NameScript.LATIN, True)]))
    parent = PersonDraft(names=[NameDraft("Parent", NameScript.LATIN, True)])
    parent.relations = [
        RelationDraft(child.id, RelationType.CHILD, "Child"),
        RelationDraft(sibling.id, RelationType.SIBLING, "Sibling"),
    ]
    parent = _save(vault, parent)
    with vault.session() as session:
        seen = people.load_person(session, child.id)
    # Recorded on Parent: "Child is my child", so from Child's side Parent is the parent.
    assert seen.relations == []
    assert seen.reverse_relations == (
        ReverseRelation(parent.id, RelationType.PARENT, "Parent", parent.relations[0].id),
    )
    # Saving Child's record leaves the relation, which lives on Parent's record, alone.
    assert _save(vault, seen).reverse_relations == seen.reverse_relations
    with vault.session() as session:
        assert len(people.load_person(session, parent.id).relations) == 2

    # Once Sibling records the tie too, it is listed once, as Sibling's own.
    with vault.session() as session:
        own = people.load_person(session, sibling.id)
    assert [r.relation_type for r in own.reverse_relations] == [RelationType.SIBLING]
    own.relations.append(RelationDraft(parent.id, RelationType.SIBLING, "Parent"))
    assert _save(vault, own).reverse_relations == ()

    # A deleted person's ties disappear from the other side with them.
    with vault.session() as session, session.begin():
        people.delete_person(session, parent.id)
    with vault.session() as session:
        assert people.load_person(session, child.id).reverse_relations == ()
