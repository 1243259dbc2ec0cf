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
from urllib.parse import urlsplit

from sqlalchemy import (
    String,
    and_,
    bindparam,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
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
    Reliability,
    SentenceType,
    StatusKind,
)
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Extension, Term, expected_release
from app.errors import ValidationError
from app.models import (
    Case,
    Charge,
    Detention,
    Judge,
    Person,
    PersonName,
    Relation,
    RepressionEvent,
    Sentence,
    Source,
    SourceLink,
    StatusPeriod,
    Trial,
)
from app.services.derived import refresh_derived, refresh_summaries
from app.services.search import has_key_prefix, key_members, name_query_keys

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


def _day(value: date) -> Any:
    """A day to compare a DATE column with, written into the SQL as a literal. DATE columns
    have NUMERIC affinity in SQLite, and against a *bound* text parameter the affinity is
    applied on every row's comparison: scanning 6000 status periods took 80 ms instead of
    2.5 ms with cipher_memory_security on. A literal gets its affinity once, when the statement
    is prepared. The value is an ISO date, so nothing user-typed reaches the SQL text."""
    return bindparam(None, value.isoformat(), type_=String, literal_execute=True)


def _started_by(column: Any, day: date) -> Any:
    """A partial date ("2020", "2020-06", "2020-06-18") on or before ``day``. Comparing the
    stored text with the ISO day gives the same answer as padding it to a full date first
    ("2020" <= "2020-01-01"), without building a string per row (and stays index-friendly)."""
    return type_coerce(column, String) <= day.isoformat()


@dataclass(frozen=True)
class _PersonSet:
    """A filter answered from another table, in both shapes SQLite can run it: ``members`` (the
    matching person ids, to start from) and ``probe`` (an EXISTS checked per listed row)."""

    members: Any  # None: too broad to ever start from
    probe: Any


def _via(model: Any, *conditions: Any) -> _PersonSet:
    return _PersonSet(
        select(model.person_id).where(*conditions),
        exists().where(model.person_id == Person.id, *conditions),
    )


def _status_set(status: ListStatus, on: date) -> _PersonSet:
    if status in (ListStatus.POLITICAL_PRISONER, ListStatus.INCOMMUNICADO):
        return _via(
            StatusPeriod,
            StatusPeriod.kind == StatusKind(status.value),
            ~StatusPeriod.deleted,
            or_(StatusPeriod.starts_on.is_(None), _started_by(StatusPeriod.starts_on, on)),
            or_(StatusPeriod.ends_on.is_(None), StatusPeriod.ends_on > _day(on)),
        )
    held = _via(
        Detention,
        ~Detention.deleted,
        Detention.detained_on.is_not(None),
        _started_by(Detention.detained_on, on),
        or_(Detention.released_on.is_(None), Detention.released_on > _day(on)),
    )
    # Custody sets are large (a quarter to a half of all persons) and no index yields them
    # without reading most detentions: only ever worth probing, never worth starting from.
    if status == ListStatus.IN_CUSTODY:
        return _PersonSet(None, held.probe)
    ever = _via(Detention, ~Detention.deleted)
    return _PersonSet(None, and_(ever.probe, ~held.probe))


def _person_sets(flt: PersonFilter) -> list[_PersonSet]:
    sets = [_PersonSet(key_members(key), has_key_prefix(key)) for key in name_query_keys(flt.query)]
    if flt.status:
        sets.append(_status_set(flt.status, flt.status_on or date.today()))
    if flt.article_key:
        sets.append(
            _via(
                Charge,
                ~Charge.deleted,
                or_(  # the article or any of its parts ("CC 342" -> "CC 342 p1"), as ranges
                    Charge.article_key == flt.article_key,
                    Charge.article_key.between(
                        flt.article_key + " p", flt.article_key + " p\uffff"
                    ),
                ),
            )
        )
    if flt.court_code:
        court = (~Charge.deleted, ~Trial.deleted, Trial.court_code == flt.court_code)
        sets.append(
            _PersonSet(
                select(Charge.person_id).join(Trial, Trial.case_id == Charge.case_id).where(*court),
                exists().where(
                    Charge.person_id == Person.id, Trial.case_id == Charge.case_id, *court
                ),
            )
        )
    return sets


# A page of the list walks the name-ordered index and probes each row while the rarest filter set
# holds at least this many persons (matches are then dense enough to fill a page quickly);
# below it, the set's persons are looked up and sorted. Measured at 100k persons, where the
# two shapes cost about the same around 5-8k matches.
WALK_MIN_MATCHES = 6000


def _set_size(session: Session, members: Any, cap: int) -> int:
    # Select a constant, not the id: copying a text value per row costs an allocation, and with
    # cipher_memory_security every allocation is an mlock/munlock pair.
    capped = members.with_only_columns(literal(1)).limit(cap).subquery()
    return session.scalar(select(func.count()).select_from(capped)) or 0


def filter_clauses(
    flt: PersonFilter, session: Session | None = None, *, paged: bool = False
) -> list[Any]:
    """WHERE terms on ``Person`` for the list filter. With a ``session`` the filters answered
    from other tables are shaped for speed: the smallest one (counted from its index, capped)
    drives the query and the others are probed per row; for a ``paged`` query a set that
    is large anyway is probed too, because walking the list in its order then fills a page
    sooner than sorting every match. Without a session every set is a probe (always correct)."""
    clauses: list[Any] = [~Person.deleted]
    if flt.query.strip() and not name_query_keys(flt.query):
        clauses.append(false())  # only digits or punctuation: no name can match
    if flt.region_code:
        clauses.append(Person.region_code == flt.region_code)
    if flt.gender:
        clauses.append(Person.gender == flt.gender)
    if flt.category:
        clauses.append(Person.categories.like(f"%,{flt.category},%"))
    if flt.event_from:
        clauses.append(Person.latest_event_on >= _day(flt.event_from))
    if flt.event_to:
        clauses.append(Person.latest_event_on <= _day(flt.event_to))
    sets = _person_sets(flt)
    candidates = [s for s in sets if s.members is not None]
    driver: _PersonSet | None = None
    if session is not None and candidates:
        cap = WALK_MIN_MATCHES if paged else 4 * WALK_MIN_MATCHES
        sizes = [_set_size(session, s.members, cap) for s in candidates]
        smallest = min(range(len(candidates)), key=sizes.__getitem__)
        if not paged or sizes[smallest] < WALK_MIN_MATCHES:
            driver = candidates[smallest]
            clauses.append(Person.id.in_(driver.members))
    clauses += [s.probe for s in sets if s is not driver]
    return clauses


def count_persons(session: Session, flt: PersonFilter) -> int:
    clauses = filter_clauses(flt, session)
    return session.scalar(select(func.count()).select_from(Person).where(*clauses)) or 0


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
    """One page of the list in keyset order: cost independent of how far the user scrolled.

    The page's ids are chosen first, from indexes only where the filter allows, and only then
    are the 200 rows read: a broad search may look at thousands of candidates, and reading each
    candidate's full row would decrypt most of the persons table."""
    col = SORT_COLUMNS[sort]
    clauses = filter_clauses(flt, session, paged=True)
    if after is not None:
        clauses.append(_after_clause(col, after.sort_value(sort), after.id, descending))
    order = (col.desc(), Person.id.desc()) if descending else (col.asc(), Person.id.asc())
    page_ids = select(Person.id).where(*clauses).order_by(*order).limit(limit)
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
        .where(Person.id.in_(page_ids))
        .order_by(*order)
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


@dataclass(frozen=True)
class ReverseRelation:
    """A tie recorded on *another* person's record that names this person (A -> B "sibling",
    seen while editing B). Read-only here: it is edited on A, where it is stored.
    ``relation_type`` is already turned around to read from this person's side (A is B's ...)."""

    other_person_id: str
    relation_type: RelationType
    other_name: str = ""
    id: str = ""


@dataclass
class EventDraft:
    event_type: EventType
    occurred_on: PartialDate | None = None
    place: str = ""
    description: str = ""
    id: str | None = None


class SourceEntity(StrEnum):
    """Records of a person that a source can be cited for (``SourceLink.entity``)."""

    PERSON = "person"
    CASE = "case"
    EVENT = "event"


@dataclass(frozen=True)
class SourceTarget:
    """What a source is cited for. ``entity_id`` is None for the person being edited (a new
    person has no id yet) and the case's or event's id otherwise."""

    entity: SourceEntity
    entity_id: str | None = None

    def __post_init__(self) -> None:
        # Stored rows and Qt hand back plain strings; keep the enum so ``is`` checks hold.
        object.__setattr__(self, "entity", SourceEntity(self.entity))


ABOUT_PERSON = (SourceTarget(SourceEntity.PERSON),)


@dataclass
class SourceDraft:
    """A publication the record rests on, and which of the person's records it is cited for.

    Sources are shared rows: the same article may be cited by several persons, so editing one
    here edits it for everyone citing it, and removing it here only removes this record's
    citations (the source itself is tombstoned once nothing cites it any more).
    """

    publication: str = ""
    url: str = ""
    published_on: date | None = None
    reliability: Reliability = Reliability.UNVERIFIED
    note: str = ""
    about: tuple[SourceTarget, ...] = ABOUT_PERSON
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
    sources: list[SourceDraft] = field(default_factory=list)
    reverse_relations: tuple[ReverseRelation, ...] = ()  # shown, never saved from here
    id: str | None = None


# -- validation -----------------------------------------------------------------------------


Problem = tuple[str, str]
"""(field path, message): the path names the field, e.g. ``detentions.0.released_on``."""


def validate(draft: PersonDraft, today: date | None = None) -> list[Problem]:
    """(field path, message) pairs; the editor shows each next to its field.

    Only facts that cannot be true are refused (a release before the detention, a date still to
    come, an article missing from the reference); unknowns (no term, no fine amount, an unknown
    start) stay allowed, because sources are often incomplete and a record must still be saved.
    ``today`` is for tests; dates after it are refused.
    """
    today = today or date.today()
    errors: list[Problem] = []
    if not draft.display_name.strip() and not any(n.full_name.strip() for n in draft.names):
        errors.append(("display_name", "A person needs at least one name."))
    seen_names: set[tuple[str, NameScript]] = set()
    for ni, name in enumerate(draft.names):
        key = (" ".join(name.full_name.casefold().split()), name.script)
        if key[0] and key in seen_names:
            errors.append((f"names.{ni}", "This spelling is listed twice."))
        seen_names.add(key)
    if draft.birth_date and draft.birth_date.earliest() > today:
        errors.append(("birth_date", "The date of birth is in the future."))
    if draft.region_code:
        try:
            reference.region(draft.region_code)
        except KeyError:
            errors.append(("region_code", "Unknown region."))
    errors += _case_problems(draft, today)
    errors += _custody_problems(draft, today)
    for si, status in enumerate(draft.statuses):
        if status.ends_on and status.starts_on and status.ends_on < status.starts_on.earliest():
            errors.append((f"statuses.{si}", "The status ends before it starts."))
        if status.starts_on and status.starts_on.earliest() > today:
            errors.append((f"statuses.{si}.starts_on", "The status starts in the future."))
    related: set[str] = set()
    for ri, relation in enumerate(draft.relations):
        if draft.id and relation.other_person_id == draft.id:
            errors.append((f"relations.{ri}", "A person cannot be their own relative."))
        elif relation.other_person_id in related:
            errors.append((f"relations.{ri}", "This person is already listed as a relative."))
        related.add(relation.other_person_id)
    for ei, event in enumerate(draft.events):
        if event.occurred_on and event.occurred_on.earliest() > today:
            errors.append((f"events.{ei}.occurred_on", "The event date is in the future."))
    errors += _source_problems(draft, today)
    return errors


def _case_problems(draft: PersonDraft, today: date) -> list[Problem]:
    errors: list[Problem] = []
    known = {a.key for a in reference.articles()}
    for ci, case in enumerate(draft.cases):
        opened = case.opened_on.earliest() if case.opened_on else None
        if opened and opened > today:
            errors.append((f"cases.{ci}.opened_on", "The case opening date is in the future."))
            opened = None  # one message for one mistake
        charged: set[str] = set()
        for chi, charge in enumerate(case.charges):
            if charge.article_key not in known:
                errors.append(
                    (f"cases.{ci}.charges.{chi}", f"Unknown article: {charge.article_key}.")
                )
            elif charge.article_key in charged:
                errors.append((f"cases.{ci}.charges.{chi}", "The same article is charged twice."))
            charged.add(charge.article_key)
        verdict = case.trial.verdict_on if case.trial else None
        for si, sentence in enumerate(case.sentences):
            if verdict is None:
                errors.append((f"cases.{ci}.sentences.{si}", "A sentence needs a verdict date."))
            if sentence.credited_days < 0:
                errors.append((f"cases.{ci}.sentences.{si}", "Credited days cannot be negative."))
            if sentence.id and sentence.extends_sentence_id == sentence.id:
                errors.append((f"cases.{ci}.sentences.{si}", "A sentence cannot extend itself."))
        if case.trial and case.trial.court_code:
            try:
                reference.court(case.trial.court_code)
            except KeyError:
                errors.append((f"cases.{ci}.trial", "Unknown court."))
        if verdict and verdict > today:
            errors.append((f"cases.{ci}.trial.verdict_on", "The verdict date is in the future."))
        elif verdict and opened and verdict < opened:
            errors.append(
                (f"cases.{ci}.trial.verdict_on", "The verdict is dated before the case was opened.")
            )
    return errors


def _custody_problems(draft: PersonDraft, today: date) -> list[Problem]:
    errors: list[Problem] = []
    case_ids = {c.id for c in draft.cases if c.id}
    born = draft.birth_date.latest() if draft.birth_date else None
    if born and draft.birth_date and draft.birth_date.earliest() > today:
        born = None  # already refused as a future date; one message for one mistake
    for di, det in enumerate(draft.detentions):
        if det.released_on and det.detained_on and det.released_on < det.detained_on.earliest():
            errors.append((f"detentions.{di}", "Release date is before the detention date."))
        if det.release_reason and not det.released_on:
            errors.append((f"detentions.{di}", "A release reason needs a release date."))
        if det.detained_on and det.detained_on.earliest() > today:
            errors.append((f"detentions.{di}.detained_on", "The detention date is in the future."))
        elif det.detained_on and born and det.detained_on.latest() < born:
            errors.append((f"detentions.{di}.detained_on", "Detained before the date of birth."))
        if det.released_on and det.released_on > today:
            errors.append((f"detentions.{di}.released_on", "The release date is in the future."))
        if det.case_id and det.case_id not in case_ids:
            errors.append((f"detentions.{di}.case_id", "The linked case is not in this record."))
    # Two custody periods cannot overlap. Starts known only to the month or year are taken at
    # their latest day, so imprecise sources never raise a false alarm.
    spans = [
        (di, det.detained_on.latest(), det.released_on or date.max)
        for di, det in enumerate(draft.detentions)
        if det.detained_on
    ]
    for later, (dj, start_j, end_j) in enumerate(spans):
        for di, start_i, end_i in spans[:later]:
            if start_i < end_j and start_j < end_i:
                errors.append(
                    (f"detentions.{dj}", f"This custody period overlaps period {di + 1}.")
                )
                break
    return errors


def _source_problems(draft: PersonDraft, today: date) -> list[Problem]:
    errors: list[Problem] = []
    case_ids = {c.id for c in draft.cases if c.id}
    event_ids = {e.id for e in draft.events if e.id}
    for si, source in enumerate(draft.sources):
        path = f"sources.{si}"
        if not source.publication.strip() and not source.url.strip():
            errors.append((f"{path}.publication", "A source needs a publication or a link."))
        if source.url.strip() and not is_web_link(source.url):
            errors.append((f"{path}.url", "A link must be a web address (http:// or https://)."))
        if source.published_on and source.published_on > today:
            errors.append((f"{path}.published_on", "The publication date is in the future."))
        if not source.about:
            errors.append((f"{path}.about", "Choose what the source is about."))
        for target in source.about:
            if target.entity is SourceEntity.CASE and target.entity_id not in case_ids:
                errors.append((f"{path}.about", "The case it is cited for is not in this record."))
            elif target.entity is SourceEntity.EVENT and target.entity_id not in event_ids:
                errors.append((f"{path}.about", "The event it is cited for is not in this record."))
    return errors


def is_web_link(url: str) -> bool:
    """An http(s) address with a host and no spaces: anything else (a file path, "tg://",
    "javascript:") must not become a clickable link in the record or a report."""
    url = url.strip()
    if not url or any(ch.isspace() for ch in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


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
    reverse_relations = _reverse_relations(
        session, person_id, {r.other_person_id for r, _ in rel_rows}
    )
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
        sources=_load_sources(session, person_id, case_ids, events),
        reverse_relations=reverse_relations,
        id=person.id,
    )


def _reverse_relations(
    session: Session, person_id: str, already: set[str]
) -> tuple[ReverseRelation, ...]:
    """Ties other (live) persons recorded towards this one, turned to read from this side;
    a person this record already names itself is left out, so nobody is listed twice."""
    rows = session.execute(
        select(Relation, Person.display_name)
        .join(Person, Person.id == Relation.person_id)
        .where(Relation.other_person_id == person_id, _live(Relation), _live(Person))
        .order_by(Person.sort_name, Relation.id)
    ).all()
    return tuple(
        ReverseRelation(r.person_id, r.relation_type.inverse, name, r.id)
        for r, name in rows
        if r.person_id not in already and r.person_id != person_id
    )


_TARGET_ORDER = {SourceEntity.PERSON: 0, SourceEntity.CASE: 1, SourceEntity.EVENT: 2}


def _load_sources(
    session: Session, person_id: str, case_ids: Sequence[str], events: Sequence[EventDraft]
) -> list[SourceDraft]:
    """Sources cited for the person, their cases or their events, each with what it is cited
    for. An event's own ``source_id`` column counts as a citation of that event."""
    visible = _visible_targets(person_id, case_ids, [e.id for e in events if e.id])
    about: dict[str, set[SourceTarget]] = {}
    for link in session.scalars(
        select(SourceLink).where(SourceLink.entity_id.in_(list(visible)), _live(SourceLink))
    ):
        target = visible.get(link.entity_id)
        if target is not None and target.entity == link.entity:
            about.setdefault(link.source_id, set()).add(target)
    event_sources = session.execute(
        select(RepressionEvent.id, RepressionEvent.source_id).where(
            RepressionEvent.id.in_([e.id for e in events if e.id]),
            RepressionEvent.source_id.is_not(None),
        )
    ).all()
    for event_id, source_id in event_sources:
        about.setdefault(source_id, set()).add(visible[event_id])
    rows = session.scalars(
        select(Source).where(Source.id.in_(list(about)), _live(Source)).order_by(Source.id)
    )
    return [
        SourceDraft(
            publication=s.publication or "",
            url=s.url or "",
            published_on=s.published_on,
            reliability=s.reliability,
            note=s.note or "",
            about=tuple(
                sorted(
                    about[s.id],
                    key=lambda t: (_TARGET_ORDER[t.entity], t.entity_id or ""),
                )
            ),
            id=s.id,
        )
        for s in rows
    ]


def _visible_targets(
    person_id: str, case_ids: Sequence[str], event_ids: Sequence[str]
) -> dict[str, SourceTarget]:
    """Entity id -> draft target, for every record of this person a source can be cited for."""
    visible = {person_id: SourceTarget(SourceEntity.PERSON)}
    visible.update({c: SourceTarget(SourceEntity.CASE, c) for c in case_ids})
    visible.update({e: SourceTarget(SourceEntity.EVENT, e) for e in event_ids})
    return visible


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
    _save_sources(
        session,
        pid,
        draft.sources,
        [c.id for c in new_cases if c.id],
        [e.id for e in draft.events if e.id],
    )
    session.flush()
    refresh_derived(session.connection(), [pid])
    return load_person(session, pid)


def _save_sources(
    session: Session,
    pid: str,
    sources: Sequence[SourceDraft],
    case_ids: Sequence[str],
    event_ids: Sequence[str],
) -> None:
    """Upsert the sources, then make this record's citations exactly what the draft says.

    Links are matched by (source, entity, entity id), not by their own id, so re-saving an older
    draft (undo) resurrects the tombstoned link instead of adding a duplicate. A source left with
    no citation anywhere is tombstoned too; one still cited by someone else stays.
    """
    visible = _visible_targets(pid, case_ids, event_ids)
    wanted: set[tuple[str, str, str]] = set()
    for draft in sources:
        row = _upsert(
            session,
            Source,
            draft.id,
            {
                "publication": draft.publication.strip() or None,
                "url": draft.url.strip() or None,
                "published_on": draft.published_on,
                "reliability": draft.reliability,
                "note": draft.note.strip() or None,
            },
        )
        for target in draft.about:
            entity_id = pid if target.entity is SourceEntity.PERSON else target.entity_id
            if entity_id in visible and visible[entity_id].entity == target.entity:
                wanted.add((row.id, target.entity.value, entity_id))
    touched: set[str] = set()
    for event in session.scalars(select(RepressionEvent).where(RepressionEvent.id.in_(event_ids))):
        if event.source_id is None:
            continue
        key = (event.source_id, SourceEntity.EVENT.value, event.id)
        if key in wanted:
            wanted.discard(key)  # already recorded in the event's own column
        else:
            touched.add(event.source_id)
            event.source_id = None
    found: set[tuple[str, str, str]] = set()
    for link in session.scalars(
        select(SourceLink)
        .where(SourceLink.entity_id.in_(list(visible)))
        .order_by(SourceLink.deleted, SourceLink.id)
    ):
        key = (link.source_id, link.entity, link.entity_id)
        if link.entity != visible[link.entity_id].entity.value:
            continue
        keep = key in wanted and key not in found
        if keep:
            found.add(key)
        if link.deleted == keep:
            link.deleted = not keep
            touched.add(link.source_id)
    for source_id, entity, entity_id in sorted(wanted - found):
        session.add(SourceLink(source_id=source_id, entity=entity, entity_id=entity_id))
    session.flush()
    for source_id in touched - {key[0] for key in wanted}:
        _tombstone_if_uncited(session, source_id)


def _tombstone_if_uncited(session: Session, source_id: str) -> None:
    cited = session.scalar(
        select(
            exists().where(SourceLink.source_id == source_id, _live(SourceLink))
            | exists().where(RepressionEvent.source_id == source_id, _live(RepressionEvent))
        )
    )
    source = session.get(Source, source_id)
    if not cited and source is not None and not source.deleted:
        source.deleted = True


def delete_person(session: Session, person_id: str) -> None:
    """Tombstone (undoable with restore_person); related rows stay, hidden with the person."""
    person = session.get(Person, person_id)
    if person is not None and not person.deleted:
        person.deleted = True
        session.flush()
        refresh_summaries(session.connection(), [person_id])


def restore_person(session: Session, person_id: str) -> None:
    person = session.get(Person, person_id)
    if person is not None and person.deleted:
        person.deleted = False
        session.flush()
        refresh_summaries(session.connection(), [person_id])
