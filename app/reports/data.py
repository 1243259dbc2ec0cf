"""Vault records -> report figures, as of the last day of a month.

Every figure is recomputed each time; nothing is typed in by hand, so a correction to one
person's record shows up in the next report. The whole-vault conviction and prosecution counts
and the persons' names come from the local per-person summaries (app.models.summaries), which
every write path refreshes from the records (app.services.derived); the rest from the records
themselves. The rules, shared by all figures (they follow ``app.domain.status``):

* Periods are half-open: a status ``ends_on`` or a detention's ``released_on`` is the first day
  without it. A prisoner released on the last day of the month is released in that month and
  is not held at its end.
* A partial start ("May 2021", "2021") counts from its earliest day; an unknown start counts as
  "always already", so an incommunicado status of unknown start still counts at month end.
* Tombstoned rows (``deleted``) of any kind are invisible, and so is everything about a
  tombstoned person.
* Counts are distinct persons; a person convicted twice in a month is one convicted person.
* A conviction is a sentence whose trial's verdict date falls in the month, in a criminal case.
  Convictions are counted by the region of the convicting court (as the reference reports count
  "convicted by the courts of Minsk"), or the person's region when the court is not known.
* Political prisoners held = a recognition period (``StatusKind.POLITICAL_PRISONER``) covers
  the day; released = a detention released in the month of a person recognised the day before.

Queries over the whole vault (held at month end, cumulative, trend) are SQL aggregates; sets
bounded by one month (that month's verdicts, status changes) are fetched once and grouped in
Python, which keeps the rules readable and the 100k-person report well under a second.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from itertools import accumulate
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

from dateutil.relativedelta import relativedelta
from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    exists,
    false,
    func,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from app import reference
from app.domain import status as status_rules
from app.domain.enums import (
    CaseKind,
    Category,
    Gender,
    NameScript,
    PublicationLevel,
    ReleaseReason,
    SentenceType,
    StatusKind,
)
from app.domain.names import display_latin
from app.domain.partial_dates import PartialDate, month_bounds
from app.domain.sentences import Extension, Term, expected_release
from app.models import (
    Case,
    Charge,
    Detention,
    Judge,
    MonthNarrative,
    Person,
    PersonSummary,
    Relation,
    RepressionEvent,
    Sentence,
    StatusPeriod,
    Trial,
)
from app.reports.model import (
    LANGUAGES,
    Conviction,
    ConvictionEntry,
    Convictions,
    Count,
    Cumulative,
    CustodyEntry,
    FamilyGroup,
    FamilyTie,
    GenderSplit,
    KeyFigures,
    MonthlyReport,
    NamedList,
    PersonRef,
    Prisoners,
    ProsecutionLists,
    ProsecutionsReport,
    ReleaseEntry,
    ReportOptions,
    StatusEntry,
    TrendPoint,
)

E = TypeVar("E")
D = TypeVar("D", date, str)

_CHUNK = 500
_CUSTODIAL = (SentenceType.IMPRISONMENT, SentenceType.ARREST)
RELEASE_GROUPS: tuple[str, ...] = ("served", "pardoned", "exchanged", "other")
_TERM_BUCKETS: tuple[tuple[str, float], ...] = (
    ("under_1", 12),
    ("1_to_3", 36),
    ("3_to_5", 60),
    ("5_to_10", 120),
    ("10_plus", float("inf")),
)
_NON_CUSTODIAL_BUCKET = {
    SentenceType.RESTRICTED_FREEDOM_OPEN: "restricted_freedom",
    SentenceType.RESTRICTED_FREEDOM_HOME: "restricted_freedom",
    SentenceType.HOME_CONFINEMENT: "restricted_freedom",
    SentenceType.FINE: "fine",
}
TERM_BUCKETS: tuple[str, ...] = (
    *(key for key, _ in _TERM_BUCKETS),
    "restricted_freedom",
    "fine",
    "other",
)
"""Keys of ``Convictions.by_term``, shortest imprisonment first, then non-custodial sentences."""


# --- SQL building blocks -----------------------------------------------------------------------


def _text(column: ColumnElement[PartialDate | None]) -> ColumnElement[str]:
    """A partial-date column as its stored ISO prefix, bypassing the PartialDate type."""
    return type_coerce(column, String)


def _earliest(column: ColumnElement[PartialDate | None]) -> ColumnElement[str]:
    """SQL for ``PartialDate.earliest()``: "2021" -> "2021-01-01", "2021-05" -> "2021-05-01"."""
    text = _text(column)
    return case(
        (func.length(text) == 4, text + "-01-01"),
        (func.length(text) == 7, text + "-01"),
        else_=text,
    )


def _started_by(column: ColumnElement[PartialDate | None], day: date) -> ColumnElement[bool]:
    """Start (partial or unknown) is on or before ``day``. An ISO prefix sorts before every day
    it stands for, so a plain text comparison is exact and can use an index."""
    return or_(column.is_(None), _text(column) <= day.isoformat())


def _starts_within(
    column: ColumnElement[PartialDate | None], first: date, last: date
) -> ColumnElement[bool]:
    """``app.domain.status.started_between`` in SQL: an unknown start never starts anywhere."""
    return and_(
        column.is_not(None),
        # Index-friendly bounds first: a value starting in the period sorts between its year
        # ("2024", which counts in January) and its last day.
        _text(column) >= f"{first.year:04d}",
        _text(column) <= last.isoformat(),
        _earliest(column).between(first.isoformat(), last.isoformat()),
    )


def _status_active(day: date) -> ColumnElement[bool]:
    """``app.domain.status.is_active_on`` in SQL."""
    return and_(
        _started_by(StatusPeriod.starts_on, day),
        or_(StatusPeriod.ends_on.is_(None), StatusPeriod.ends_on > day),
    )


def _in_custody(day: date) -> ColumnElement[bool]:
    """A detention covering ``day``: the release day itself is spent free. Unindexed: most
    detentions match, so a scan in storage order is the cheap plan."""
    detained = _text(_unindexed(Detention.detained_on))
    return and_(
        or_(detained.is_(None), detained <= day.isoformat()),
        or_(
            Detention.released_on.is_(None),
            type_coerce(_unindexed(Detention.released_on), String) > day.isoformat(),
        ),
    )


def _live(model: Any) -> ColumnElement[bool]:
    """Not tombstoned. Wrapped in ``likely()`` so SQLite never drives a query from the
    ``deleted`` index: without ANALYZE statistics the planner takes any indexed equality for a
    selective one and would walk every live row through it instead of using the date index."""
    return func.likely(model.deleted.is_(False))


def _live_person() -> ColumnElement[bool]:
    return _live(Person)


def _unindexed(column: Any) -> ColumnElement[Any]:
    """``+column``: the same value, but SQLite will not drive the query from its index.

    For whole-vault figures a scan of the table in storage order is many times cheaper than
    walking an index whose entries point all over the file: through SQLCipher each page that
    falls out of the small cache is decrypted again.
    """
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _not_deleted(model: Any) -> ColumnElement[bool]:
    return _unindexed(model.deleted) == false()


def _scan(
    session: Session, statement: Select[Any], *, literal: bool = True
) -> list[tuple[Any, ...]]:
    """The rows of a statement as plain tuples, straight from the driver.

    Over 100k rows SQLAlchemy's result rows and type processing cost about as much as the
    query, so whole-vault scans (and the bulk name lookups) compile their statement and run it
    on the DB-API connection, inside the session's transaction (same snapshot). Values come back
    as stored (text dates, enum strings) and parameters must already be plain str or int:
    nothing is type-processed.

    By default the parameters (dates and codes made here, never user input) are rendered as
    literals: compared with a bound parameter, a ``DATE`` column (NUMERIC affinity) makes SQLite
    try to convert the parameter on every row, which made the recognition scan five times
    slower. ``literal=False`` binds them instead (long lists of ids).
    """
    dialect = session.get_bind().dialect
    if literal:
        compiled = statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
        values: list[Any] = []
    else:
        compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        values = [params[name] for name in compiled.positiontup or ()]
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    return raw.execute(str(compiled), values).fetchall()


def _live_criminal_sentence() -> ColumnElement[bool]:
    """Sentence, trial, case and person all live, in a criminal case (joined by the caller)."""
    return and_(
        _live(Sentence),
        _live(Trial),
        _live(Case),
        Case.kind == CaseKind.CRIMINAL,
        _live_person(),
    )


def _sentences_with_trials():  # type: ignore[no-untyped-def]
    """FROM clause of every conviction query: sentence -> trial -> case, and the person."""
    return (
        Sentence.__table__.join(Trial.__table__, Trial.id == Sentence.trial_id)
        .join(Case.__table__, Case.id == Trial.case_id)
        .join(Person.__table__, Person.id == Sentence.person_id)
    )


def _base_article(key: str) -> str:
    """ "CC 342 p1" -> "CC 342": reports count by article; parts are detail."""
    return key.split(" p", 1)[0]


def _article_order(key: str) -> tuple[int, tuple[int, ...], str]:
    """Criminal Code before Administrative Code, then numeric (19.1 < 19.10 < 19.11)."""
    code, _, rest = key.partition(" ")
    numbers = tuple(int(n) for n in "".join(c if c.isdigit() else " " for c in rest).split())
    return (0 if code == "CC" else 1, numbers, key)


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _split(rows: Iterable[tuple[Gender, int]]) -> GenderSplit:
    counts = Counter[Gender]()
    for gender, n in rows:
        counts[gender] += n
    return GenderSplit(
        total=sum(counts.values()), women=counts[Gender.FEMALE], men=counts[Gender.MALE]
    )


# --- persons as the report may show them -------------------------------------------------------

_SCRIPTS: dict[str, tuple[NameScript, ...]] = {
    "en": (NameScript.LATIN,),
    "be": (NameScript.BE_CYRILLIC, NameScript.RU_CYRILLIC),
    "ru": (NameScript.RU_CYRILLIC, NameScript.BE_CYRILLIC),
}


def _initials(name: str) -> str:
    return " ".join(f"{part[0]}." for part in name.replace("-", " ").split() if part[0].isalpha())


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _name_in_script(
    lang: str, display_name: str, variants: list[tuple[NameScript, bool, str]]
) -> str:
    """The person's name in the report language's script when a variant exists.

    An English report with no Latin variant transliterates the Belarusian (else Russian)
    variant with the Belarusian national system, the way the reference reports spell names and
    places; the display name is the last resort.
    """
    ordered = sorted(variants, key=lambda v: not v[1])  # primary first
    for script in _SCRIPTS[lang]:
        for variant_script, _primary, full_name in ordered:
            if variant_script == script:
                return full_name
    if lang == "en" and _has_cyrillic(display_name):
        for script, source in ((NameScript.BE_CYRILLIC, "be"), (NameScript.RU_CYRILLIC, "ru")):
            for variant_script, _primary, full_name in ordered:
                if variant_script == script:
                    return display_latin(full_name, source)  # type: ignore[arg-type]
        return display_latin(display_name, "be")
    return display_name


def _sort_key(ref: PersonRef) -> tuple[int, str]:
    return (1, ref.initials.casefold()) if ref.name is None else (0, ref.name.casefold())


class _People:
    """Loads the few persons a report names, with their name variants, in chunked queries, and
    applies each person's publication level."""

    def __init__(self, session: Session, lang: str) -> None:
        self.session = session
        self.lang = lang
        self._refs: dict[str, PersonRef | None] = {}

    def load(self, person_ids: Iterable[str]) -> None:
        """Read the persons' name cards (app.models.summaries): one primary-key lookup each in
        a narrow table, instead of probing the wide persons and person_names tables."""
        missing = sorted({pid for pid in person_ids if pid not in self._refs})
        for chunk in _chunks(missing):
            for pid, card in _scan(
                self.session,
                select(PersonSummary.person_id, PersonSummary.card).where(
                    PersonSummary.person_id.in_(chunk)
                ),
                literal=False,
            ):
                publication, display_name, gender, region_code, city, names = json.loads(card)
                if publication == PublicationLevel.NEVER:
                    self._refs[pid] = None
                    continue
                variants = [(script, primary, full_name) for script, primary, full_name in names]
                name = _name_in_script(self.lang, display_name, variants)
                self._refs[pid] = PersonRef(
                    name=None if publication == PublicationLevel.ANONYMISE else name,
                    initials=_initials(name),
                    city=city,
                    region_code=region_code,
                    gender=Gender(gender),
                )
            for pid in chunk:
                self._refs.setdefault(pid, None)

    def ref(self, person_id: str) -> PersonRef | None:
        """None means "count, never name" (or a person that no longer exists)."""
        self.load([person_id])
        return self._refs[person_id]

    def named(
        self, items: Iterable[tuple[str, Callable[[PersonRef], E]]], *, sort: bool = True
    ) -> NamedList[E]:
        """A NamedList from ``(person_id, entry_factory)`` pairs: one entry per person (the first
        wins), persons who must not be named only counted in ``withheld``."""
        pairs = list(items)
        self.load(pid for pid, _ in pairs)
        entries: list[E] = []
        withheld = 0
        seen: set[str] = set()
        for pid, make in pairs:
            if pid in seen:
                continue
            seen.add(pid)
            ref = self._refs[pid]
            if ref is None:
                withheld += 1
            else:
                entries.append(make(ref))
        if sort:
            entries.sort(key=lambda e: _sort_key(e.person))  # type: ignore[attr-defined]
        return NamedList(tuple(entries), withheld)


class _Live:
    """Live persons (gender, categories) and their report summaries, read in one sequential
    scan of ``person_summaries`` and shared by every whole-vault figure.

    The summaries (app.models.summaries, kept current by app.services.derived) hold one narrow
    row per live person, so this scan replaces reading every person, case, charge, sentence and
    trial. Values stay raw text (no enum or date objects) because they are only compared.
    """

    def __init__(self, session: Session) -> None:
        rows = _scan(
            session,
            select(
                PersonSummary.person_id,
                PersonSummary.gender,
                PersonSummary.categories,
                PersonSummary.convictions,
                PersonSummary.prosecutions,
            ),
        )
        self.persons: dict[str, str] = {pid: categories for pid, _, categories, _, _ in rows}
        self.women = {row[0] for row in rows if row[1] == Gender.FEMALE}
        self.men = {row[0] for row in rows if row[1] == Gender.MALE}
        # "YYYY-MM|CC 342,CC 130;..." per convicted person, "YYYY-MM,..." per prosecuted one.
        self.convictions: list[tuple[str, str]] = [(row[0], row[3]) for row in rows if row[3]]
        self.prosecutions: list[tuple[str, str]] = [(row[0], row[4]) for row in rows if row[4]]

    def has_category(self, person_id: str, category: Category) -> bool:
        return f",{category.value}," in self.persons[person_id]

    def split(self, person_ids: Iterable[str]) -> GenderSplit:
        ids = person_ids if isinstance(person_ids, set | frozenset) else set(person_ids)
        return GenderSplit(total=len(ids), women=len(ids & self.women), men=len(ids & self.men))


# --- convictions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Verdict:
    """One sentence with its trial and the person's articles in that case."""

    sentence_id: str
    person_id: str
    gender: Gender
    person_region: str | None
    case_id: str
    court_code: str | None
    judge_id: str | None
    judge: str | None
    verdict_on: date | None
    in_absentia: bool
    special_proceedings: bool
    closed_hearing: bool
    sentence_type: SentenceType
    term: Term
    extends_sentence_id: str | None
    articles: tuple[str, ...]

    @property
    def region(self) -> str:
        """Region of the court, else of the person; "" when neither is known."""
        if self.court_code:
            try:
                return reference.court(self.court_code).region_code
            except KeyError:
                pass
        return self.person_region or ""

    @property
    def is_art411(self) -> bool:
        return self.extends_sentence_id is not None or any(
            _base_article(key) == "CC 411" for key in self.articles
        )

    @property
    def weight(self) -> tuple[float, date, str]:
        """Order for "the" verdict of a person with several: heaviest, then latest."""
        return (self.term.total_months_approx, self.verdict_on or date.min, self.sentence_id)

    def conviction(self) -> Conviction:
        return Conviction(
            verdict_on=self.verdict_on,
            court_code=self.court_code,
            judge=self.judge,
            article_keys=self.articles,
            sentence_type=self.sentence_type,
            term=self.term,
            in_absentia=self.in_absentia or self.special_proceedings,
        )


def _verdicts(session: Session, condition: ColumnElement[bool]) -> list[_Verdict]:
    """Sentences of live persons in live criminal cases matching ``condition``, with articles."""
    rows = session.execute(
        select(
            Sentence.id,
            Sentence.person_id,
            Person.gender,
            Person.region_code,
            Trial.case_id,
            Trial.court_code,
            Trial.judge_id,
            Judge.full_name,
            Trial.verdict_on,
            Trial.in_absentia,
            Trial.special_proceedings,
            Trial.closed_hearing,
            Sentence.sentence_type,
            Sentence.term_years,
            Sentence.term_months,
            Sentence.term_days,
            Sentence.extends_sentence_id,
        )
        .select_from(_sentences_with_trials())
        .outerjoin(Judge, and_(Judge.id == Trial.judge_id, _live(Judge)))
        .where(condition, _live_criminal_sentence())
    ).all()
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for chunk in _chunks(sorted({row.case_id for row in rows})):
        for case_id, person_id, key in session.execute(
            select(Charge.case_id, Charge.person_id, Charge.article_key).where(
                Charge.case_id.in_(chunk), _live(Charge)
            )
        ):
            articles[(case_id, person_id)].add(key)
    return [
        _Verdict(
            sentence_id=row[0],
            person_id=row[1],
            gender=row[2],
            person_region=row[3],
            case_id=row[4],
            court_code=row[5],
            judge_id=row[6],
            judge=row[7],
            verdict_on=row[8],
            in_absentia=bool(row[9]),
            special_proceedings=bool(row[10]),
            closed_hearing=bool(row[11]),
            sentence_type=row[12],
            term=Term(row[13] or 0, row[14] or 0, row[15] or 0),
            extends_sentence_id=row[16],
            articles=tuple(sorted(articles[(row[4], row[1])], key=_article_order)),
        )
        for row in rows
    ]


def _by_person(verdicts: Iterable[_Verdict]) -> dict[str, list[_Verdict]]:
    grouped: dict[str, list[_Verdict]] = defaultdict(list)
    for verdict in verdicts:
        grouped[verdict.person_id].append(verdict)
    return grouped


def _term_bucket(verdict: _Verdict) -> str:
    if verdict.sentence_type in _CUSTODIAL:
        months = verdict.term.total_months_approx
        return next(key for key, upper in _TERM_BUCKETS if months < upper)
    return _NON_CUSTODIAL_BUCKET.get(verdict.sentence_type, "other")


def _custodial_years(verdict: _Verdict) -> float:
    return verdict.term.total_months_approx / 12 if verdict.sentence_type in _CUSTODIAL else 0.0


class _Tally:
    """Distinct persons (and women, and imprisonment years) per key."""

    def __init__(self, genders: dict[str, Gender]) -> None:
        self.genders = genders
        self.persons: dict[str, set[str]] = defaultdict(set)
        self.years: Counter[str] = Counter()
        self.labels: dict[str, str] = {}

    def add(self, key: str, verdict: _Verdict) -> None:
        self.persons[key].add(verdict.person_id)
        self.years[key] += _custodial_years(verdict)

    def count(self, key: str) -> Count:
        pids = self.persons.get(key, set())
        return Count(
            key,
            len(pids),
            sum(self.genders[pid] == Gender.FEMALE for pid in pids),
            round(self.years[key], 1),
            self.labels.get(key),
        )

    def top(self, limit: int) -> tuple[Count, ...]:
        keys = sorted(self.persons, key=lambda key: (-len(self.persons[key]), key))
        return tuple(self.count(key) for key in keys[:limit])


def _summarise(verdicts: list[_Verdict], options: ReportOptions) -> Convictions:
    """Group one period's verdicts into the figures of the fair-trial and prosecution sections."""
    genders = {v.person_id: v.gender for v in verdicts}
    regions, articles, courts, judges = (_Tally(genders) for _ in range(4))
    terms: dict[str, set[str]] = defaultdict(set)
    for v in verdicts:
        regions.add(v.region, v)
        for key in {_base_article(a) for a in v.articles}:
            articles.add(key, v)
        courts.add(v.court_code or "", v)
        judges.add(v.judge_id or "", v)
        if v.judge:
            judges.labels[v.judge_id or ""] = v.judge
        terms[_term_bucket(v)].add(v.sentence_id)
    by_region = [regions.count(r.code) for r in reference.regions()]
    if regions.persons.get(""):
        by_region.append(regions.count(""))

    def persons_with(flag: Callable[[_Verdict], bool]) -> int:
        return len({v.person_id for v in verdicts if flag(v)})

    return Convictions(
        persons=_split((gender, 1) for gender in genders.values()),
        cases=len({v.case_id for v in verdicts}),
        in_absentia=persons_with(lambda v: v.in_absentia),
        special_proceedings=persons_with(lambda v: v.special_proceedings),
        closed_hearings=persons_with(lambda v: v.closed_hearing),
        by_region=tuple(by_region),
        by_article=articles.top(options.top_articles),
        by_court=courts.top(options.top_courts),
        by_judge=judges.top(options.top_judges),
        by_term=tuple(Count(key, len(terms[key])) for key in TERM_BUCKETS if terms.get(key)),
    )


class _SentenceRow(NamedTuple):
    id: str
    person_id: str
    extends: str | None
    starts_on: date | None
    term: Term
    credited_days: int
    stored_release: date | None
    verdict_on: date | None


def _release_dates(session: Session, person_ids: Iterable[str]) -> dict[str, date]:
    """Expected release per person after every Art. 411 extension.

    Each root sentence (one that extends nothing) is recomputed with
    ``app.domain.sentences.expected_release`` from its start, term and credit plus the added
    terms of the sentences extending it, in verdict order. When its start is unknown the latest
    stored ``expected_release`` in the chain stands. A person's release is the latest over their
    chains (a new conviction after release starts a chain of its own).
    """
    rows: list[_SentenceRow] = []
    for chunk in _chunks(sorted(set(person_ids))):
        for row in session.execute(
            select(
                Sentence.id,
                Sentence.person_id,
                Sentence.extends_sentence_id,
                Sentence.starts_on,
                Sentence.term_years,
                Sentence.term_months,
                Sentence.term_days,
                Sentence.credited_days,
                Sentence.expected_release,
                Trial.verdict_on,
            )
            .outerjoin(Trial, and_(Trial.id == Sentence.trial_id, _live(Trial)))
            .where(
                Sentence.person_id.in_(chunk),
                _live(Sentence),
                Sentence.sentence_type.in_(_CUSTODIAL),
            )
        ):
            term = Term(row[4] or 0, row[5] or 0, row[6] or 0)
            rows.append(
                _SentenceRow(row[0], row[1], row[2], row[3], term, row[7] or 0, row[8], row[9])
            )
    known = {row.id for row in rows}
    children: dict[str, list[_SentenceRow]] = defaultdict(list)
    for row in rows:
        if row.extends in known:
            children[row.extends].append(row)

    def chain(root: _SentenceRow) -> list[_SentenceRow]:
        found: list[_SentenceRow] = []
        stack = [root.id]
        while stack:
            for child in children[stack.pop()]:
                found.append(child)
                stack.append(child.id)
        return sorted(found, key=lambda r: (r.verdict_on or date.max, r.id))

    release: dict[str, date] = {}
    for root in rows:
        if root.extends in known:
            continue
        extensions = chain(root)
        if root.starts_on is not None:
            end = expected_release(
                root.starts_on,
                root.term,
                root.credited_days,
                [Extension(row.term, row.verdict_on) for row in extensions],
            )
        else:
            stored = [r.stored_release for r in (root, *extensions) if r.stored_release]
            if not stored:
                continue
            end = max(stored)
        if root.person_id not in release or end > release[root.person_id]:
            release[root.person_id] = end
    return release


def _prosecution_lists(
    session: Session, people: _People, verdicts: list[_Verdict], first: date
) -> ProsecutionLists:
    """Families, repeated convictions and Art. 411 extensions among one month's verdicts."""
    by_person = _by_person(verdicts)
    person_ids = sorted(by_person)
    earlier = _by_person(
        _verdicts(session, and_(Sentence.person_id.in_(person_ids), Trial.verdict_on < first))
        if person_ids
        else []
    )
    extended_ids = sorted({v.extends_sentence_id for v in verdicts if v.extends_sentence_id})
    extended = (
        {v.sentence_id: v for v in _verdicts(session, Sentence.id.in_(extended_ids))}
        if extended_ids
        else {}
    )
    releases = _release_dates(session, (v.person_id for v in verdicts if v.is_art411))

    def previous(pid: str, before: date | None) -> _Verdict | None:
        dated = [v for v in earlier.get(pid, []) if v.verdict_on is not None]
        if before is not None:
            dated = [v for v in dated if v.verdict_on < before]  # type: ignore[operator]
        return max(dated, key=lambda v: v.verdict_on or date.min, default=None)

    art411 = []
    for v in sorted((v for v in verdicts if v.is_art411), key=lambda v: v.weight, reverse=True):
        original = extended.get(v.extends_sentence_id or "") or previous(v.person_id, v.verdict_on)
        art411.append(
            (
                v.person_id,
                partial(
                    ConvictionEntry,
                    conviction=v.conviction(),
                    earlier=original.conviction() if original else None,
                    release=releases.get(v.person_id),
                ),
            )
        )
    repeated = []
    for pid in person_ids:
        fresh = [v for v in by_person[pid] if not v.is_art411]
        before = previous(pid, None)
        if fresh and before is not None:
            current = max(fresh, key=lambda v: v.weight)
            repeated.append(
                (
                    pid,
                    partial(
                        ConvictionEntry,
                        conviction=current.conviction(),
                        earlier=before.conviction(),
                    ),
                )
            )
    main = {pid: max(vs, key=lambda v: v.weight).conviction() for pid, vs in by_person.items()}
    return ProsecutionLists(
        families=_families(session, people, main),
        repeated=people.named(repeated),
        art411=people.named(art411),
    )


def _families(
    session: Session, people: _People, convictions: dict[str, Conviction]
) -> NamedList[FamilyGroup]:
    """Groups of relatives convicted in the same month, joined through relation rows.

    A member who must never be published is left out of the printed group: printing "and a
    relative" would already say something about them. A group with fewer than two printable
    members is only counted (``withheld``).
    """
    ties: dict[frozenset[str], tuple[str, str, str]] = {}
    for chunk in _chunks(sorted(convictions)):
        for a, b, kind in session.execute(
            select(Relation.person_id, Relation.other_person_id, Relation.relation_type).where(
                Relation.person_id.in_(chunk), _live(Relation)
            )
        ):
            if b in convictions and a != b:
                ties.setdefault(frozenset((a, b)), (a, b, kind.value))
    root = {pid: pid for pid in convictions}

    def find(x: str) -> str:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for a, b, _kind in ties.values():
        root[find(a)] = find(b)
    members: dict[str, set[str]] = defaultdict(set)
    for a, b, _kind in ties.values():
        members[find(a)].update((a, b))
    people.load(pid for group in members.values() for pid in group)
    printed: list[FamilyGroup] = []
    withheld = 0
    for group in members.values():
        refs = {pid: ref for pid in group if (ref := people.ref(pid)) is not None}
        if len(refs) < 2:
            withheld += 1
            continue
        order = sorted(refs, key=lambda pid: _sort_key(refs[pid]))
        index = {pid: i for i, pid in enumerate(order)}
        printed.append(
            FamilyGroup(
                members=tuple(ConvictionEntry(refs[pid], convictions[pid]) for pid in order),
                ties=tuple(
                    FamilyTie(*tie)
                    for tie in sorted(
                        (index[a], index[b], kind)
                        for a, b, kind in ties.values()
                        if a in index and b in index
                    )
                ),
            )
        )
    printed.sort(key=lambda group: _sort_key(group.members[0].person))
    return NamedList(tuple(printed), withheld)


# --- status periods and custody ----------------------------------------------------------------


def _status_ids(
    session: Session, kinds: Sequence[StatusKind], condition: ColumnElement[bool]
) -> set[str]:
    return set(
        session.scalars(
            select(StatusPeriod.person_id)
            .distinct()
            .join(Person, Person.id == StatusPeriod.person_id)
            .where(
                StatusPeriod.kind.in_(kinds),
                _live(StatusPeriod),
                _live_person(),
                condition,
            )
        )
    )


def _periods_of(
    session: Session, kinds: Sequence[StatusKind], person_ids: Iterable[str]
) -> dict[str, list[status_rules.StatusPeriod]]:
    found: dict[str, list[status_rules.StatusPeriod]] = defaultdict(list)
    for chunk in _chunks(sorted(person_ids)):
        for pid, kind, starts, ends in session.execute(
            select(
                StatusPeriod.person_id,
                StatusPeriod.kind,
                StatusPeriod.starts_on,
                StatusPeriod.ends_on,
            ).where(
                StatusPeriod.person_id.in_(chunk),
                StatusPeriod.kind.in_(kinds),
                _live(StatusPeriod),
            )
        ):
            found[pid].append(status_rules.StatusPeriod(kind, starts, ends))
    return found


def _active_at(
    session: Session, people: _People, kind: StatusKind, day: date
) -> NamedList[StatusEntry]:
    """Persons holding ``kind`` on ``day``, each with the start of their unbroken span
    (``app.domain.status.active_since``), so back-to-back periods read as one."""
    ids = _status_ids(session, [kind], _status_active(day))
    periods = _periods_of(session, [kind], ids)
    items = []
    for pid in sorted(ids):  # a set: sorted, so persons of the same name list in a fixed order
        since = status_rules.active_since(periods[pid], kind, day)
        if since is not None:
            items.append((pid, partial(StatusEntry, kind=kind, since=since.start)))
    return people.named(items)


def _during(
    session: Session, people: _People, kinds: Sequence[StatusKind], first: date, last: date
) -> NamedList[StatusEntry]:
    """Persons holding one of ``kinds`` at any time within ``first..last`` (placed in SHIZO or
    PKT during the month, or still there), with their latest such period."""
    overlaps = and_(
        _started_by(StatusPeriod.starts_on, last),
        or_(StatusPeriod.ends_on.is_(None), StatusPeriod.ends_on > first),
    )
    ids = _status_ids(session, kinds, overlaps)
    periods = _periods_of(session, kinds, ids)
    items = []
    for pid in sorted(ids):  # a set: sorted, so persons of the same name list in a fixed order
        latest = max(
            (p for p in periods[pid] if p.first_day <= last and (p.end is None or p.end > first)),
            key=lambda p: (p.first_day, p.end or date.max),
        )
        last_day_held = (
            last if latest.end is None or latest.end > last else latest.end - timedelta(1)
        )
        since = status_rules.active_since(periods[pid], latest.kind, last_day_held)
        until = latest.end if latest.end is not None and latest.end <= last else None
        start = since.start if since is not None else latest.start
        items.append((pid, partial(StatusEntry, kind=latest.kind, since=start, until=until)))
    return people.named(items)


def _started(
    session: Session, people: _People, kind: StatusKind, first: date, last: date
) -> NamedList[StatusEntry]:
    """Persons whose ``kind`` began within the month (transfers, list additions)."""
    rows = session.execute(
        select(StatusPeriod.person_id, StatusPeriod.starts_on)
        .join(Person, Person.id == StatusPeriod.person_id)
        .where(
            StatusPeriod.kind == kind,
            _live(StatusPeriod),
            _live_person(),
            _starts_within(StatusPeriod.starts_on, first, last),
        )
    ).all()
    return people.named(
        (pid, partial(StatusEntry, kind=kind, since=starts)) for pid, starts in rows
    )


def _ended(
    session: Session, people: _People, kind: StatusKind, first: date, last: date
) -> NamedList[StatusEntry]:
    """Persons whose ``kind`` ended within the month and who do not hold it at month end."""
    still = _status_ids(session, [kind], _status_active(last))
    rows = session.execute(
        select(StatusPeriod.person_id, StatusPeriod.starts_on, StatusPeriod.ends_on)
        .join(Person, Person.id == StatusPeriod.person_id)
        .where(
            StatusPeriod.kind == kind,
            _live(StatusPeriod),
            _live_person(),
            StatusPeriod.ends_on.between(first, last),
        )
    ).all()
    return people.named(
        (pid, partial(StatusEntry, kind=kind, since=starts, until=ends))
        for pid, starts, ends in rows
        if pid not in still
    )


def covered_days(days: Sequence[D], first_day: D, end: D | None) -> range:
    """Indexes of the sorted ``days`` on which a period from ``first_day`` to ``end`` is active:
    the days ``d`` with ``first_day <= d < end`` (``app.domain.status.is_active_on``), found by
    bisection. Days may be dates or ISO strings (which sort the same way)."""
    low = bisect_left(days, first_day)
    high = len(days) if end is None else bisect_left(days, end)
    return range(low, max(low, high))


class _Recognitions:
    """The recognition periods behind every "political prisoners" figure, read in one scan.

    Held-at-month-end counts for the report month, the month before and the twelve-month trend,
    and the recognitions of the month and the one before, all come from the periods that reach
    into that window. Activity follows ``app.domain.status`` (``first_day <= day < end``); with
    the days sorted, the days a period covers are found by bisection (:func:`covered_days`)
    instead of testing every period against every day. Dates stay ISO text (starts padded to
    their earliest day in SQL): tens of thousands of date objects would cost more than the
    query. Counts per day come from a difference array; only the days whose persons are
    needed (gender split, lists) build a set.
    """

    def __init__(
        self, session: Session, live: _Live, days: Sequence[date], earliest_start: date
    ) -> None:
        self.days = sorted(set(days))
        self.live = live
        ends = type_coerce(StatusPeriod.ends_on, String)
        rows = _scan(
            session,
            select(StatusPeriod.person_id, _earliest(StatusPeriod.starts_on), ends).where(
                _unindexed(StatusPeriod.kind) == StatusKind.POLITICAL_PRISONER.value,
                _not_deleted(StatusPeriod),
                _started_by(StatusPeriod.starts_on, self.days[-1]),
                or_(ends.is_(None), ends > min(self.days[0], earliest_start).isoformat()),
            ),
        )
        persons = live.persons
        rows = [row for row in rows if row[0] in persons]
        self.starts: list[tuple[str, str]] = [(pid, s) for pid, s, _ in rows if s is not None]
        iso_days = [day.isoformat() for day in self.days]
        self._spans: list[tuple[str, int, int]] = []
        for pid, starts, ends_on in rows:
            covered = covered_days(iso_days, starts or "", ends_on)
            if covered:
                self._spans.append((pid, covered.start, covered.stop))
        spans_of = Counter(pid for pid, _, _ in self._spans)
        change = [0] * (len(self.days) + 1)
        overlapping: dict[str, set[int]] = defaultdict(set)  # persons with several periods
        for pid, low, high in self._spans:
            if spans_of[pid] == 1:
                change[low] += 1
                change[high] -= 1
            else:
                overlapping[pid].update(range(low, high))
        for indexes in overlapping.values():
            for index in indexes:
                change[index] += 1
                change[index + 1] -= 1
        self._counts = list(accumulate(change[:-1]))
        self._held: dict[int, set[str]] = {}

    def count_on(self, day: date) -> int:
        return self._counts[self.days.index(day)]

    def held_on(self, day: date) -> set[str]:
        index = self.days.index(day)
        if index not in self._held:
            self._held[index] = {pid for pid, low, high in self._spans if low <= index < high}
        return self._held[index]

    def split_on(self, day: date) -> GenderSplit:
        return self.live.split(self.held_on(day))

    def recognised(self, first: date, last: date) -> int:
        """Persons whose recognition started within ``first..last``
        (``app.domain.status.started_between``: an unknown start never starts)."""
        low, high = first.isoformat(), last.isoformat()
        return len({pid for pid, day in self.starts if low <= day <= high})


def _releases(
    session: Session, first: date, last: date
) -> list[tuple[str, date, ReleaseReason | None, bool]]:
    """Detentions ended in the month: (person, day, reason, was a political prisoner the day
    before release), in release order."""
    recognised = aliased(StatusPeriod)
    was_prisoner = exists().where(
        recognised.person_id == Detention.person_id,
        recognised.kind == StatusKind.POLITICAL_PRISONER,
        _live(recognised),
        or_(
            recognised.starts_on.is_(None),
            _earliest(recognised.starts_on) < type_coerce(Detention.released_on, String),
        ),
        or_(recognised.ends_on.is_(None), recognised.ends_on >= Detention.released_on),
    )
    return [
        (pid, on, reason, bool(prisoner))
        for pid, on, reason, prisoner in session.execute(
            select(
                Detention.person_id,
                Detention.released_on,
                Detention.release_reason,
                was_prisoner,
            )
            .join(Person, Person.id == Detention.person_id)
            .where(
                _live(Detention),
                _live_person(),
                Detention.released_on.between(first, last),
            )
            .order_by(Detention.released_on)
        )
    ]


def _release_groups(
    releases: Iterable[tuple[str, date, ReleaseReason | None, bool]],
) -> dict[str, str]:
    """Political prisoners released alive -> served / pardoned / exchanged / other (the last
    release of the month decides)."""
    groups: dict[str, str] = {}
    for pid, _on, reason, was_prisoner in releases:
        if not was_prisoner or reason == ReleaseReason.DIED_IN_CUSTODY:
            continue
        value = reason.value if reason is not None else "other"
        groups[pid] = value if value in RELEASE_GROUPS else "other"
    return groups


def _custody(
    session: Session, live: _Live, days: Sequence[date]
) -> dict[date, dict[str, str | None]]:
    """For each of ``days``: persons in custody that day -> the start of their earliest running
    detention (None when it has no date). One scan of the detentions serves every "behind bars
    at month end" figure and list; they differ only by day and category. Starts stay stored
    text (an ISO prefix sorts before the days it stands for) until a list prints them."""
    rows = _scan(
        session,
        # An undated start comes as "": it sorts before every day, as "started long ago" should.
        select(
            Detention.person_id, func.coalesce(Detention.detained_on, ""), Detention.released_on
        ).where(_not_deleted(Detention), or_(*(_in_custody(day) for day in days))),
    )
    persons = live.persons
    found: dict[date, dict[str, str | None]] = {}
    for day in days:
        iso = day.isoformat()
        running = [
            (pid, detained)
            for pid, detained, released in rows
            if detained <= iso and (released is None or released > iso) and pid in persons
        ]
        # Persons in scan order (lists print ties in it); then each one's earliest start:
        # latest first, so the earliest is written last and wins, and an undated running
        # detention ("") is written after all dated ones: the start is unknown (None).
        earliest: dict[str, str | None] = dict.fromkeys(pid for pid, _ in running)
        earliest.update(sorted(running, key=itemgetter(1), reverse=True))
        found[day] = {pid: start or None for pid, start in earliest.items()}
    return found


def _of_category(
    live: _Live, since: dict[str, str | None], category: Category
) -> dict[str, str | None]:
    needle, persons = f",{category.value},", live.persons
    return {pid: start for pid, start in since.items() if needle in persons[pid]}


def _custody_list(people: _People, since: dict[str, str | None]) -> NamedList[CustodyEntry]:
    return people.named(
        (pid, partial(CustodyEntry, since=None if start is None else PartialDate.parse(start)))
        for pid, start in since.items()
    )


# --- whole-vault aggregates --------------------------------------------------------------------


def _repressions(session: Session, live: _Live, first: date, last: date) -> tuple[Count, ...]:
    """Repression events recorded in the month, by type, most frequent first."""
    counts: Counter[str] = Counter()
    for kind, pid in session.execute(
        select(RepressionEvent.event_type, RepressionEvent.person_id).where(
            _live(RepressionEvent), _starts_within(RepressionEvent.occurred_on, first, last)
        )
    ):
        if pid in live.persons:
            counts[kind.value] += 1
    return tuple(Count(key, n) for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


class _Convictions:
    """Every criminal conviction from ``first`` to ``last`` as (month, person, base articles of
    the person's charges in that case), from the persons' summaries; the trend, the
    month-on-month comparison and the cumulative figures all count from it. Verdict dates are
    whole days and the bounds are month bounds, so comparing months is exact."""

    def __init__(self, live: _Live, first: date, last: date) -> None:
        low, high = f"{first:%Y-%m}", f"{last:%Y-%m}"
        self.rows: list[tuple[str, str, str]] = [
            (entry[:7], pid, entry[8:])
            for pid, text in live.convictions
            for entry in text.split(";")
            if low <= entry[:7] <= high
        ]
        self.live = live

    def per_month(self) -> dict[str, int]:
        """Distinct persons convicted per month ("YYYY-MM")."""
        return dict(Counter(key[:7] for key in {m + pid for m, pid, _ in self.rows}))

    def since(self, start: date) -> list[tuple[str, str]]:
        """(person, base articles) of the convictions from ``start`` on."""
        key = f"{start:%Y-%m}"
        return [(pid, articles) for m, pid, articles in self.rows if m >= key]


def _any_between(months: str, low: str, high: str) -> bool:
    """Whether one of the ``,``-separated months is within ``low..high``."""
    return any(low <= month <= high for month in months.split(","))


def _cumulative(
    live: _Live, convictions: _Convictions, options: ReportOptions, last: date
) -> Cumulative:
    """Persons prosecuted and convicted from 1 January of ``options.cumulative_since_year``.

    A prosecution is dated by the opening of its criminal case, or by a conviction in it when
    the opening date is unknown; a case with neither cannot be placed in time and is not
    counted. Each person's summary lists those months (app.models.summaries); as the bounds are
    month bounds, a month in range is a day in range.
    """
    start = date(options.cumulative_since_year, 1, 1)
    convicted_articles = convictions.since(start)
    convicted = {pid for pid, _ in convicted_articles}
    low, high = f"{start:%Y-%m}", f"{last:%Y-%m}"
    prosecuted = {
        pid
        for pid, months in live.prosecutions
        # Most persons have one month; the rest a sorted list.
        if (low <= months <= high if len(months) == 7 else _any_between(months, low, high))
    }
    watched = {key: set[str]() for key in options.watched_articles}
    for pid, articles in convicted_articles:
        if articles:
            for base in articles.split(","):
                if base in watched:
                    watched[base].add(pid)
    return Cumulative(
        since_year=options.cumulative_since_year,
        prosecuted=len(prosecuted),
        convicted=len(convicted),
        convicted_women=live.split(convicted).women,
        by_article=tuple(
            Count(key, len(pids), live.split(pids).women) for key, pids in watched.items()
        ),
    )


def _months_back(year: int, month: int, months: int) -> list[tuple[date, date]]:
    """First and last day of ``months`` calendar months ending with ``year-month``, oldest first."""
    return [
        month_bounds(d.year, d.month)
        for back in range(months - 1, -1, -1)
        for d in [date(year, month, 1) - relativedelta(months=back)]
    ]


def _administrative(
    session: Session, live: _Live, people: _People, first: date, last: date, held: set[str]
) -> tuple[tuple[Count, ...], int, NamedList[ConvictionEntry]]:
    """Administrative prosecutions decided in the month, by article of the Administrative
    Violations Code, and former political prisoners among them (prosecuted again after release).

    A case counts in the month of its latest decision (trial verdict), or of its opening when no
    decision is recorded, so an appeal decided next month does not count the case twice.
    """
    administrative = and_(_live(Case), Case.kind != CaseKind.CRIMINAL)
    decided_now = set(
        session.scalars(
            select(Trial.case_id)
            .join(Case, Case.id == Trial.case_id)
            .where(_live(Trial), Trial.verdict_on.between(first, last), administrative)
        )
    )
    opened_now = set(
        session.scalars(
            select(Case.id).where(administrative, _starts_within(Case.opened_on, first, last))
        )
    )
    decided_elsewhere: set[str] = set()
    for chunk in _chunks(sorted(decided_now | opened_now)):
        for case_id, on in session.execute(
            select(Trial.case_id, Trial.verdict_on).where(
                Trial.case_id.in_(chunk), _live(Trial), Trial.verdict_on.is_not(None)
            )
        ):
            if on > last or (case_id in opened_now and not first <= on <= last):
                decided_elsewhere.add(case_id)
    cases = (decided_now | opened_now) - decided_elsewhere
    persons: dict[str, set[str]] = defaultdict(set)
    articles_of: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(sorted(cases)):
        for pid, key in session.execute(
            select(Charge.person_id, Charge.article_key).where(
                Charge.case_id.in_(chunk), _live(Charge)
            )
        ):
            if pid in live.persons:
                persons[_base_article(key)].add(pid)
                articles_of[pid].add(key)
    counts = tuple(
        Count(key, len(pids), live.split(pids).women)
        for key, pids in sorted(
            persons.items(), key=lambda kv: (-len(kv[1]), _article_order(kv[0]))
        )
    )
    former: set[str] = set()
    for chunk in _chunks(sorted(set(articles_of) - held)):
        former |= _status_ids(
            session,
            [StatusKind.POLITICAL_PRISONER],
            and_(
                StatusPeriod.person_id.in_(chunk),
                StatusPeriod.ends_on.is_not(None),
                StatusPeriod.ends_on <= last,
            ),
        )
    again = people.named(
        (
            pid,
            partial(
                ConvictionEntry,
                conviction=Conviction(
                    verdict_on=None,
                    court_code=None,
                    judge=None,
                    article_keys=tuple(sorted(articles_of[pid], key=_article_order)),
                    sentence_type=SentenceType.OTHER,
                    term=Term(),
                ),
            ),
        )
        for pid in former
    )
    return counts, len(articles_of), again


def _narratives(session: Session, year: int, month: int, lang: str) -> dict[str, str]:
    rows = session.execute(
        select(MonthNarrative.section, MonthNarrative.body).where(
            MonthNarrative.month == f"{year:04d}-{month:02d}",
            MonthNarrative.lang == lang,
            _live(MonthNarrative),
        )
    ).all()
    return {section: body.strip() for section, body in rows if body and body.strip()}


def _expected_next_month(
    session: Session, people: _People, last: date, held: set[str]
) -> NamedList[ReleaseEntry]:
    """Political prisoners held at month end whose expected release, after every Art. 411
    extension, falls in the next month."""
    following = last + timedelta(days=1)
    next_first, next_last = month_bounds(following.year, following.month)
    custodial = and_(_live(Sentence), Sentence.sentence_type.in_(_CUSTODIAL))
    # Two index-driven ways a sentence can end next month: its stored date says so, or it
    # belongs to an Art. 411 chain whose stored dates may predate the extension. The stored
    # ``expected_release`` is maintained by the editor and imports (app.domain.sentences).
    candidates = held & set(
        session.scalars(
            union_all(
                select(Sentence.person_id).where(
                    Sentence.expected_release.between(next_first, next_last), custodial
                ),
                # "> ''" rather than IS NOT NULL, so the extends index drives this part.
                select(Sentence.person_id).where(Sentence.extends_sentence_id > "", custodial),
            )
        )
    )
    due = sorted(
        (on, pid)
        for pid, on in _release_dates(session, candidates).items()
        if next_first <= on <= next_last
    )
    return people.named(
        ((pid, partial(ReleaseEntry, on=on, reason=None)) for on, pid in due), sort=False
    )


def _previous_month(year: int, month: int) -> tuple[date, date]:
    shifted = date(year, month, 1) - relativedelta(months=1)
    return month_bounds(shifted.year, shifted.month)


def _check(month: int, options: ReportOptions) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not between 1 and 12")
    if options.lang not in LANGUAGES:
        raise ValueError(f"unsupported report language {options.lang!r}: use en, be or ru")


def _entries(
    people: _People, verdicts: Iterable[_Verdict], wanted: Callable[[_Verdict], bool]
) -> NamedList[ConvictionEntry]:
    """Named verdicts (one per person, the heaviest), e.g. in absentia or against journalists."""
    chosen = sorted((v for v in verdicts if wanted(v)), key=lambda v: v.weight, reverse=True)
    return people.named(
        (v.person_id, partial(ConvictionEntry, conviction=v.conviction())) for v in chosen
    )


# --- public API --------------------------------------------------------------------------------


def build_monthly_report(
    session: Session, year: int, month: int, options: ReportOptions | None = None
) -> MonthlyReport:
    """Every figure and list of the monthly review, as of the last day of ``year-month``."""
    options = options or ReportOptions()
    _check(month, options)
    first, last = month_bounds(year, month)
    prev_first, prev_last = _previous_month(year, month)
    trend_months = _months_back(year, month, max(options.trend_months, 1))
    people = _People(session, options.lang)
    live = _Live(session)
    verdicts = _verdicts(session, Trial.verdict_on.between(first, last))
    recognitions = _Recognitions(
        session, live, [end for _, end in trend_months] + [prev_last], earliest_start=prev_first
    )
    held = recognitions.held_on(last)
    convictions = _Convictions(
        live,
        min(trend_months[0][0], prev_first, date(options.cumulative_since_year, 1, 1)),
        last,
    )
    per_month = convictions.per_month()
    releases = _releases(session, first, last)
    repressions = _repressions(session, live, first, last)
    custody = _custody(session, live, [last, prev_last])
    journalists = _of_category(live, custody[last], Category.JOURNALIST)

    def key_figures(
        start: date, end: date, events: tuple[Count, ...], released: dict[str, str], press: int
    ) -> KeyFigures:
        return KeyFigures(
            first_day=start,
            last_day=end,
            repressions=sum(c.persons for c in events),
            prisoners_held=recognitions.split_on(end),
            recognised=recognitions.recognised(start, end),
            released=len(released),
            convicted=per_month.get(f"{start:%Y-%m}", 0),
            journalists_imprisoned=press,
        )

    groups = _release_groups(releases)
    current = key_figures(first, last, repressions, groups, len(journalists))
    previous = key_figures(
        prev_first,
        prev_last,
        _repressions(session, live, prev_first, prev_last),
        _release_groups(_releases(session, prev_first, prev_last)),
        len(_of_category(live, custody[prev_last], Category.JOURNALIST)),
    )
    reasons = Counter(groups.values())
    held_at_end = _status_active(last)
    administrative, administrative_persons, again = _administrative(
        session, live, people, first, last, held
    )
    journalist_ids = {
        v.person_id for v in verdicts if live.has_category(v.person_id, Category.JOURNALIST)
    }
    return MonthlyReport(
        year=year,
        month=month,
        first_day=first,
        last_day=last,
        options=options,
        current=current,
        previous=previous,
        repressions_by_type=repressions,
        prisoners=Prisoners(
            held=current.prisoners_held,
            recognised=current.recognised,
            released_by_reason=tuple(
                Count(group, reasons[group]) for group in RELEASE_GROUPS if reasons[group]
            ),
            died=people.named(
                (pid, partial(ReleaseEntry, on=on, reason=reason))
                for pid, on, reason, _ in releases
                if reason == ReleaseReason.DIED_IN_CUSTODY
            ),
            serious_illness=len(
                held & _status_ids(session, [StatusKind.SERIOUS_ILLNESS], held_at_end)
            ),
            with_disability=_custody_list(
                people,
                {
                    pid: since
                    for pid, since in _of_category(live, custody[last], Category.DISABILITY).items()
                    if pid in held
                },
            ),
            expected_release_next_month=_expected_next_month(session, people, last, held),
        ),
        convictions=_summarise(verdicts, options),
        cumulative=_cumulative(live, convictions, options, last),
        trend=tuple(
            TrendPoint(
                f"{start:%Y-%m}",
                per_month.get(f"{start:%Y-%m}", 0),
                recognitions.count_on(end),
            )
            for start, end in trend_months
        ),
        lists=_prosecution_lists(session, people, verdicts, first),
        incommunicado=_active_at(session, people, StatusKind.INCOMMUNICADO, last),
        incommunicado_ended=_ended(session, people, StatusKind.INCOMMUNICADO, first, last),
        punishment_cells=_during(session, people, [StatusKind.SHIZO, StatusKind.PKT], first, last),
        prison_regime=_started(session, people, StatusKind.PRISON_REGIME, first, last),
        defenders=_custody_list(
            people, _of_category(live, custody[last], Category.HUMAN_RIGHTS_DEFENDER)
        ),
        lawyers=_custody_list(people, _of_category(live, custody[last], Category.LAWYER)),
        journalists=_custody_list(people, journalists),
        journalist_verdicts=_entries(people, verdicts, lambda v: v.person_id in journalist_ids),
        in_absentia=_entries(people, verdicts, lambda v: v.in_absentia or v.special_proceedings),
        extremist_additions=_started(session, people, StatusKind.EXTREMIST_LIST, first, last),
        terrorist_additions=_started(session, people, StatusKind.TERRORIST_LIST, first, last),
        terrorist_total=len(_status_ids(session, [StatusKind.TERRORIST_LIST], held_at_end)),
        administrative=administrative,
        administrative_persons=administrative_persons,
        reprosecuted_after_release=again,
        narratives=_narratives(session, year, month, options.lang),
    )


def build_prosecutions_report(
    session: Session, year: int, month: int, options: ReportOptions | None = None
) -> ProsecutionsReport:
    """The monthly criminal-prosecution review: who was convicted in ``year-month``."""
    options = options or ReportOptions()
    _check(month, options)
    first, last = month_bounds(year, month)
    people = _People(session, options.lang)
    verdicts = _verdicts(session, Trial.verdict_on.between(first, last))
    previous = _previous_month(year, month)
    return ProsecutionsReport(
        year=year,
        month=month,
        first_day=first,
        last_day=last,
        options=options,
        convictions=_summarise(verdicts, options),
        previous=_summarise(_verdicts(session, Trial.verdict_on.between(*previous)), options),
        lists=_prosecution_lists(session, people, verdicts, first),
        in_absentia=_entries(people, verdicts, lambda v: v.in_absentia or v.special_proceedings),
        narratives=_narratives(session, year, month, options.lang),
    )
