"""Listing, loading and saving persons with everything attached to them.

The GUI edits plain drafts (dataclasses), never live ORM objects: drafts cross threads safely,
keep the user's edits when a save fails, and make undo trivial (saving an earlier draft restores
it, resurrecting tombstoned children by id). Saves go through the ORM, so the change feed and the
audit log are written in the same transaction by the flush hooks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, exists, func, literal, or_, select, text
from sqlalchemy.orm import Session

from app import reference
from app.domain.enums import (
    CaseKind,
    CaseStatus,
    EventType,
    Gender,
    NameScript,
    PlaceKind,
    PublicationLevel,
    Regime,
    RelationType,
    ReleaseReason,
    SentenceType,
    StatusKind,
)
from app.domain.names import query_keys
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Extension, Term, expected_release
from app.errors import ValidationError
from app.models import (
    Case,
    Charge,
    Detention,
    Judge,
    NameKey,
    Person,
    PersonName,
    Relation,
    RepressionEvent,
    Sentence,
    StatusPeriod,
    Trial,
)
from app.services.derived import refresh_derived
from app.services.search import PREFIX_END

# -- listing --------------------------------------------------------------------------------


class ListStatus(StrEnum):
    POLITICAL_PRISONER = "political_prisoner"
    INCOMMUNICADO = "incommunicado"
    IN_CUSTODY = "in_custody"
    RELEASED = "released"


class SortField(StrEnum):
    NAME = "name"
    REGION = "region"
    STATUS = "status"
    LATEST = "latest"


SORT_COLUMNS = {
    SortField.NAME: Person.sort_name,
    SortField.REGION: Person.region_code,
    SortField.STATUS: Person.custody_status,
    SortField.LATEST: Person.latest_event_on,
}


@dataclass(frozen=True)
class PersonFilter:
    query: str = ""
    region_code: str | None = None
    gender: Gender | None = None
    status: ListStatus | None = None
    status_on: date | None = None  # None = today
    article_key: str | None = None
    court_code: str | None = None
    category: str | None = None
    event_from: date | None = None
    event_to: date | None = None


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    region_code: str | None
    gender: Gender
    custody_status: str
    latest_event_on: date | None
    sort_name: str = ""

    def sort_value(self, sort: SortField) -> Any:
        return {
            SortField.NAME: self.sort_name,
            SortField.REGION: self.region_code,
            SortField.STATUS: self.custody_status,
            SortField.LATEST: self.latest_event_on,
        }[sort]


_PADDED = "CASE length({c}) WHEN 4 THEN {c} || '-01-01' WHEN 7 THEN {c} || '-01' ELSE {c} END"


def _status_clause(status: ListStatus, on: date) -> Any:
    day = on.isoformat()
    if status in (ListStatus.POLITICAL_PRISONER, ListStatus.INCOMMUNICADO):
        return exists().where(
            StatusPeriod.person_id == Person.id,
            StatusPeriod.kind == StatusKind(status.value),
            ~StatusPeriod.deleted,
            or_(
                StatusPeriod.starts_on.is_(None),
                text(_PADDED.format(c="status_periods.starts_on") + " <= :sday").bindparams(
                    sday=day
                ),
            ),
            or_(StatusPeriod.ends_on.is_(None), StatusPeriod.ends_on > on),
        )
    held = exists().where(
        Detention.person_id == Person.id,
        ~Detention.deleted,
        Detention.detained_on.is_not(None),
        text(_PADDED.format(c="detentions.detained_on") + " <= :dday").bindparams(dday=day),
        or_(Detention.released_on.is_(None), Detention.released_on > on),
    )
    if status == ListStatus.IN_CUSTODY:
        return held
    ever = exists().where(Detention.person_id == Person.id, ~Detention.deleted)
    return and_(ever, ~held)


def filter_clauses(flt: PersonFilter) -> list[Any]:
    clauses: list[Any] = [~Person.deleted]
    if flt.query.strip():
        keys = query_keys(flt.query)
        for key in keys:
            clauses.append(
                Person.id.in_(
                    select(NameKey.person_id).where(
                        NameKey.key >= key, NameKey.key < key + PREFIX_END
                    )
                )
            )
        if not keys:
            clauses.append(literal(False))
    if flt.region_code:
        clauses.append(Person.region_code == flt.region_code)
    if flt.gender:
        clauses.append(Person.gender == flt.gender)
    if flt.category:
        clauses.append(Person.categories.like(f"%,{flt.category},%"))
    if flt.status:
        clauses.append(_status_clause(flt.status, flt.status_on or date.today()))
    if flt.article_key:
        clauses.append(
            exists().where(
                Charge.person_id == Person.id,
                ~Charge.deleted,
                or_(
                    Charge.article_key == flt.article_key,
                    Charge.article_key.like(flt.article_key + " p%"),
                ),
            )
        )
    if flt.court_code:
        clauses.append(
            exists().where(
                Charge.person_id == Person.id,
                ~Charge.deleted,
                Trial.case_id == Charge.case_id,
                ~Trial.deleted,
                Trial.court_code == flt.court_code,
            )
        )
    if flt.event_from:
        clauses.append(Person.latest_event_on >= flt.event_from)
    if flt.event_to:
        clauses.append(Person.latest_event_on <= flt.event_to)
    return clauses


def count_persons(session: Session, flt: PersonFilter) -> int:
    return session.scalar(select(func.count()).select_from(Person).where(*filter_clauses(flt))) or 0


def _after_clause(col: Any, value: Any, last_id: str, descending: bool) -> Any:
    """Keyset predicate for ORDER BY (col, id), SQLite placing NULLs first ascending."""
    if not descending:
        if value is None:
            return or_(col.is_not(None), and_(col.is_(None), Person.id > last_id))
        return or_(col > value, and_(col == value, Person.id > last_id))
    if value is None:
        return and_(col.is_(None), Person.id < last_id)
    return or_(col < value, and_(col == value, Person.id < last_id), col.is_(None))


def fetch_page(
    session: Session,
    flt: PersonFilter,
    sort: SortField = SortField.NAME,
    descending: bool = False,
    after: PersonRow | None = None,
    limit: int = 200,
) -> list[PersonRow]:
    """One page of the list in keyset order: cost independent of how far the user scrolled."""
    col = SORT_COLUMNS[sort]
    clauses = filter_clauses(flt)
    if after is not None:
        clauses.append(_after_clause(col, after.sort_value(sort), after.id, descending))
    order = (col.desc(), Person.id.desc()) if descending else (col.asc(), Person.id.asc())
    rows = session.execute(
        select(
            Person.id,
            Person.display_name,
            Person.region_code,
            Person.gender,
            Person.custody_status,
            Person.latest_event_on,
            Person.sort_name,
        )
        .where(*clauses)
        .order_by(*order)
        .limit(limit)
    )
    return [PersonRow(*r) for r in rows]


# -- drafts ---------------------------------------------------------------------------------


@dataclass
class NameDraft:
    full_name: str
    script: NameScript = NameScript.BE_CYRILLIC
    is_primary: bool = False
    id: str | None = None


@dataclass
class ChargeDraft:
    article_key: str
    id: str | None = None


@dataclass
class SentenceDraft:
    sentence_type: SentenceType = SentenceType.IMPRISONMENT
    term: Term = field(default_factory=Term)
    regime: Regime = Regime.NONE
    fine_amount: int | None = None
    starts_on: date | None = None
    credited_days: int = 0
    extends_sentence_id: str | None = None
    expected_release: date | None = None  # computed on save
    notes: str = ""
    id: str | None = None


@dataclass
class TrialDraft:
    court_code: str | None = None
    judge_name: str = ""
    verdict_on: date | None = None
    in_absentia: bool = False
    special_proceedings: bool = False
    closed_hearing: bool = False
    id: str | None = None


@dataclass
class CaseDraft:
    kind: CaseKind = CaseKind.CRIMINAL
    number: str = ""
    opened_on: PartialDate | None = None
    status: CaseStatus = CaseStatus.INVESTIGATION
    charges: list[ChargeDraft] = field(default_factory=list)
    trial: TrialDraft | None = None
    sentences: list[SentenceDraft] = field(default_factory=list)
    notes: str = ""
    id: str | None = None


@dataclass
class DetentionDraft:
    detained_on: PartialDate | None = None
    place_kind: PlaceKind | None = None
    place_name: str = ""
    released_on: date | None = None
    release_reason: ReleaseReason | None = None
    case_id: str | None = None
    id: str | None = None


@dataclass
class StatusDraft:
    kind: StatusKind
    starts_on: PartialDate | None = None
    ends_on: date | None = None
    note: str = ""
    id: str | None = None


@dataclass
class RelationDraft:
    other_person_id: str
    relation_type: RelationType
    other_name: str = ""
    id: str | None = None


@dataclass
class EventDraft:
    event_type: EventType
    occurred_on: PartialDate | None = None
    place: str = ""
    description: str = ""
    id: str | None = None


@dataclass
class PersonDraft:
    display_name: str = ""
    gender: Gender = Gender.UNKNOWN
    birth_date: PartialDate | None = None
    region_code: str | None = None
    city: str = ""
    occupation: str = ""
    categories: tuple[str, ...] = ()
    health_concerns: str = ""
    publication: PublicationLevel = PublicationLevel.PUBLISH
    notes: str = ""
    names: list[NameDraft] = field(default_factory=list)
    cases: list[CaseDraft] = field(default_factory=list)
    detentions: list[DetentionDraft] = field(default_factory=list)
    statuses: list[StatusDraft] = field(default_factory=list)
    relations: list[RelationDraft] = field(default_factory=list)
    events: list[EventDraft] = field(default_factory=list)
    id: str | None = None


# -- validation -----------------------------------------------------------------------------


def validate(draft: PersonDraft) -> list[tuple[str, str]]:
    """(field path, message) pairs; the editor shows each next to its field."""
    errors: list[tuple[str, str]] = []
    if not draft.display_name.strip() and not any(n.full_name.strip() for n in draft.names):
        errors.append(("display_name", "A person needs at least one name."))
    known = {a.key for a in reference.articles()}
    for ci, case in enumerate(draft.cases):
        for chi, charge in enumerate(case.charges):
            if charge.article_key not in known:
                errors.append(
                    (f"cases.{ci}.charges.{chi}", f"Unknown article: {charge.article_key}.")
                )
        for si, sentence in enumerate(case.sentences):
            verdict = case.trial.verdict_on if case.trial else None
            if verdict is None:
                errors.append((f"cases.{ci}.sentences.{si}", "A sentence needs a verdict date."))
            if sentence.credited_days < 0:
                errors.append((f"cases.{ci}.sentences.{si}", "Credited days cannot be negative."))
        if case.trial and case.trial.court_code:
            try:
                reference.court(case.trial.court_code)
            except KeyError:
                errors.append((f"cases.{ci}.trial", "Unknown court."))
    for di, det in enumerate(draft.detentions):
        if det.released_on and det.detained_on and det.released_on < det.detained_on.earliest():
            errors.append((f"detentions.{di}", "Release date is before the detention date."))
        if det.release_reason and not det.released_on:
            errors.append((f"detentions.{di}", "A release reason needs a release date."))
    for si, status in enumerate(draft.statuses):
        if status.ends_on and status.starts_on and status.ends_on < status.starts_on.earliest():
            errors.append((f"statuses.{si}", "The status ends before it starts."))
    if draft.region_code:
        try:
            reference.region(draft.region_code)
        except KeyError:
            errors.append(("region_code", "Unknown region."))
    return errors


def compute_release(
    case: CaseDraft, sentence: SentenceDraft, all_sentences: Sequence[SentenceDraft] = ()
) -> date | None:
    """Expected release for an imprisonment-like sentence; Art. 411 extensions that point at it
    (``extends_sentence_id``) move the date."""
    if sentence.starts_on is None or sentence.sentence_type == SentenceType.FINE:
        return None
    extensions = [
        Extension(s.term, None)
        for s in all_sentences
        if sentence.id and s.extends_sentence_id == sentence.id
    ]
    return expected_release(sentence.starts_on, sentence.term, sentence.credited_days, extensions)


# -- load / save ----------------------------------------------------------------------------


def _live(model: Any) -> Any:
    return ~model.deleted


def load_person(session: Session, person_id: str) -> PersonDraft:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise KeyError(person_id)
    names = session.scalars(
        select(PersonName)
        .where(PersonName.person_id == person_id, _live(PersonName))
        .order_by(PersonName.is_primary.desc(), PersonName.created_at)
    ).all()
    charges = session.scalars(
        select(Charge).where(Charge.person_id == person_id, _live(Charge)).order_by(Charge.id)
    ).all()
    case_ids = list(dict.fromkeys(c.case_id for c in charges))
    sentences = session.scalars(
        select(Sentence)
        .where(Sentence.person_id == person_id, _live(Sentence))
        .order_by(Sentence.id)
    ).all()
    trials = session.scalars(
        select(Trial).where(Trial.case_id.in_(case_ids), _live(Trial)).order_by(Trial.id)
    ).all()
    judges = {
        j.id: j.full_name
        for j in session.scalars(
            select(Judge).where(Judge.id.in_([t.judge_id for t in trials if t.judge_id]))
        )
    }
    trial_by_case = {t.case_id: t for t in trials}
    sentences_by_trial: dict[str | None, list[Sentence]] = {}
    for s in sentences:
        sentences_by_trial.setdefault(s.trial_id, []).append(s)
    cases = []
    for case in session.scalars(select(Case).where(Case.id.in_(case_ids)).order_by(Case.id)).all():
        trial = trial_by_case.get(case.id)
        cases.append(
            CaseDraft(
                kind=case.kind,
                number=case.number or "",
                opened_on=case.opened_on,
                status=case.status,
                notes=case.notes or "",
                id=case.id,
                charges=[ChargeDraft(c.article_key, c.id) for c in charges if c.case_id == case.id],
                trial=None
                if trial is None
                else TrialDraft(
                    trial.court_code,
                    judges.get(trial.judge_id or "", ""),
                    trial.verdict_on,
                    trial.in_absentia,
                    trial.special_proceedings,
                    trial.closed_hearing,
                    trial.id,
                ),
                sentences=[
                    SentenceDraft(
                        s.sentence_type,
                        Term(s.term_years, s.term_months, s.term_days),
                        s.regime,
                        s.fine_amount,
                        s.starts_on,
                        s.credited_days,
                        s.extends_sentence_id,
                        s.expected_release,
                        s.notes or "",
                        s.id,
                    )
                    for s in sentences_by_trial.get(trial.id if trial else "\0", [])
                ],
            )
        )
    detentions = [
        DetentionDraft(
            d.detained_on,
            d.place_kind,
            d.place_name or "",
            d.released_on,
            d.release_reason,
            d.case_id,
            d.id,
        )
        for d in session.scalars(
            select(Detention)
            .where(Detention.person_id == person_id, _live(Detention))
            .order_by(Detention.detained_on, Detention.id)
        )
    ]
    statuses = [
        StatusDraft(s.kind, s.starts_on, s.ends_on, s.note or "", s.id)
        for s in session.scalars(
            select(StatusPeriod)
            .where(StatusPeriod.person_id == person_id, _live(StatusPeriod))
            .order_by(StatusPeriod.starts_on, StatusPeriod.id)
        )
    ]
    rel_rows = session.execute(
        select(Relation, Person.display_name)
        .join(Person, Person.id == Relation.other_person_id)
        .where(Relation.person_id == person_id, _live(Relation))
        .order_by(Relation.id)
    ).all()
    relations = [
        RelationDraft(r.other_person_id, r.relation_type, name, r.id) for r, name in rel_rows
    ]
    events = [
        EventDraft(e.event_type, e.occurred_on, e.place or "", e.description or "", e.id)
        for e in session.scalars(
            select(RepressionEvent)
            .where(RepressionEvent.person_id == person_id, _live(RepressionEvent))
            .order_by(RepressionEvent.occurred_on, RepressionEvent.id)
        )
    ]
    return PersonDraft(
        display_name=person.display_name,
        gender=person.gender,
        birth_date=person.birth_date,
        region_code=person.region_code,
        city=person.city or "",
        occupation=person.occupation or "",
        categories=tuple(sorted(person.category_set)),
        health_concerns=person.health_concerns or "",
        publication=person.publication,
        notes=person.notes or "",
        names=[NameDraft(n.full_name, n.script, n.is_primary, n.id) for n in names],
        cases=cases,
        detentions=detentions,
        statuses=statuses,
        relations=relations,
        events=events,
        id=person.id,
    )


def _upsert(session: Session, model: type, draft_id: str | None, values: dict[str, Any]) -> Any:
    """Create, update or resurrect one row; only changed attributes produce ops."""
    obj = session.get(model, draft_id) if draft_id else None
    if obj is None:
        obj = model(**values)
        if draft_id:
            obj.id = draft_id
        session.add(obj)
        session.flush()
        return obj
    if obj.deleted:
        obj.deleted = False
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
    return obj


def _tombstone_missing(session: Session, model: type, where: Any, keep: set[str]) -> None:
    for obj in session.scalars(select(model).where(where, ~model.deleted)):
        if obj.id not in keep:
            obj.deleted = True


def _judge_id(session: Session, name: str, court_code: str | None) -> str | None:
    name = name.strip()
    if not name:
        return None
    found = session.scalars(
        select(Judge).where(Judge.full_name == name, ~Judge.deleted).limit(1)
    ).first()
    if found is None:
        found = Judge(full_name=name, court_code=court_code)
        session.add(found)
        session.flush()
    return found.id


def save_person(session: Session, draft: PersonDraft) -> PersonDraft:
    """Validate, then write the whole draft in the caller's transaction; returns the draft as
    stored (with ids and computed release dates), ready to be the undo point of the next save."""
    errors = validate(draft)
    if errors:
        raise ValidationError("; ".join(msg for _f, msg in errors), field=errors[0][0])
    names = [n for n in draft.names if n.full_name.strip()]
    display = draft.display_name.strip() or next(
        (n.full_name for n in names if n.is_primary), names[0].full_name if names else ""
    )
    person = _upsert(
        session,
        Person,
        draft.id,
        {
            "display_name": display,
            "gender": draft.gender,
            "birth_date": draft.birth_date,
            "region_code": draft.region_code,
            "city": draft.city or None,
            "occupation": draft.occupation or None,
            "categories": ("," + ",".join(sorted(set(draft.categories))) + ",")
            if draft.categories
            else "",
            "health_concerns": draft.health_concerns or None,
            "publication": draft.publication,
            "notes": draft.notes or None,
        },
    )
    pid = person.id
    kept: set[str] = set()
    new_names = []
    for n in names:
        row = _upsert(
            session,
            PersonName,
            n.id,
            {
                "person_id": pid,
                "full_name": n.full_name.strip(),
                "script": n.script,
                "is_primary": n.is_primary,
            },
        )
        kept.add(row.id)
        new_names.append(replace(n, id=row.id))
    _tombstone_missing(session, PersonName, PersonName.person_id == pid, kept)

    new_cases = []
    kept_charges: set[str] = set()
    kept_sentences: set[str] = set()
    for case in draft.cases:
        case_row = _upsert(
            session,
            Case,
            case.id,
            {
                "kind": case.kind,
                "number": case.number or None,
                "opened_on": case.opened_on,
                "status": case.status,
                "notes": case.notes or None,
            },
        )
        charges = []
        for ch in case.charges:
            row = _upsert(
                session,
                Charge,
                ch.id,
                {"case_id": case_row.id, "person_id": pid, "article_key": ch.article_key},
            )
            kept_charges.add(row.id)
            charges.append(replace(ch, id=row.id))
        trial_draft = None
        trial_id = None
        if case.trial is not None:
            t = case.trial
            trial_row = _upsert(
                session,
                Trial,
                t.id,
                {
                    "case_id": case_row.id,
                    "court_code": t.court_code,
                    "judge_id": _judge_id(session, t.judge_name, t.court_code),
                    "verdict_on": t.verdict_on,
                    "in_absentia": t.in_absentia,
                    "special_proceedings": t.special_proceedings,
                    "closed_hearing": t.closed_hearing,
                },
            )
            trial_id = trial_row.id
            trial_draft = replace(t, id=trial_row.id)
        sentences = []
        for s in case.sentences:
            row = _upsert(
                session,
                Sentence,
                s.id,
                {
                    "person_id": pid,
                    "trial_id": trial_id,
                    "sentence_type": s.sentence_type,
                    "term_years": s.term.years,
                    "term_months": s.term.months,
                    "term_days": s.term.days,
                    "regime": s.regime,
                    "fine_amount": s.fine_amount,
                    "starts_on": s.starts_on,
                    "credited_days": s.credited_days,
                    "extends_sentence_id": s.extends_sentence_id,
                    "notes": s.notes or None,
                },
            )
            kept_sentences.add(row.id)
            sentences.append(replace(s, id=row.id))
        new_cases.append(
            replace(case, id=case_row.id, charges=charges, trial=trial_draft, sentences=sentences)
        )
    _tombstone_missing(session, Charge, Charge.person_id == pid, kept_charges)
    # Only sentences the editor could see (those under the draft's trials) may be removed:
    # a sentence recorded without a trial, or under a case where this person has no charge, is
    # not in the draft and must survive the save untouched.
    visible_trials = [c.trial.id for c in new_cases if c.trial is not None and c.trial.id]
    _tombstone_missing(
        session,
        Sentence,
        and_(Sentence.person_id == pid, Sentence.trial_id.in_(visible_trials)),
        kept_sentences,
    )

    all_sentences = [s for c in new_cases for s in c.sentences]
    for case in new_cases:
        for s in case.sentences:
            release = compute_release(case, s, all_sentences)
            row = session.get(Sentence, s.id)
            if row.expected_release != release:
                row.expected_release = release

    def children(model: type, items: list[Any], values: Any) -> None:
        kept_ids: set[str] = set()
        for item in items:
            kept_ids.add(_upsert(session, model, item.id, {"person_id": pid, **values(item)}).id)
        _tombstone_missing(session, model, model.person_id == pid, kept_ids)

    children(
        Detention,
        draft.detentions,
        lambda d: {
            "detained_on": d.detained_on,
            "place_kind": d.place_kind,
            "place_name": d.place_name or None,
            "released_on": d.released_on,
            "release_reason": d.release_reason,
            "case_id": d.case_id,
        },
    )
    children(
        StatusPeriod,
        draft.statuses,
        lambda s: {
            "kind": s.kind,
            "starts_on": s.starts_on,
            "ends_on": s.ends_on,
            "note": s.note or None,
        },
    )
    children(
        Relation,
        draft.relations,
        lambda r: {"other_person_id": r.other_person_id, "relation_type": r.relation_type},
    )
    children(
        RepressionEvent,
        draft.events,
        lambda e: {
            "event_type": e.event_type,
            "occurred_on": e.occurred_on,
            "place": e.place or None,
            "description": e.description or None,
        },
    )
    session.flush()
    refresh_derived(session.connection(), [pid])
    return load_person(session, pid)


def delete_person(session: Session, person_id: str) -> None:
    """Tombstone (undoable with restore_person); related rows stay, hidden with the person."""
    person = session.get(Person, person_id)
    if person is not None and not person.deleted:
        person.deleted = True


def restore_person(session: Session, person_id: str) -> None:
    person = session.get(Person, person_id)
    if person is not None and person.deleted:
        person.deleted = False
