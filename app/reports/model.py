"""The report as data: frozen dataclasses that ``data.py`` fills and every output reads.

The PDF, the JSON file and the CSV tables are all views of these values, so a figure can never
differ between the published PDF and the infographic made from the JSON. Nothing here knows
about reportlab, Qt or the database.

Privacy is decided before a value lands here: a person whose publication level is "never" is
only ever a number (``NamedList.withheld``), and an anonymised person carries no name at all, only
initials and a city, so no output can leak what the documenter chose not to publish.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Generic, Literal, TypeVar

from app.domain.enums import Gender, ReleaseReason, SentenceType, StatusKind
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term

Language = Literal["en", "be", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "be", "ru")
ReportKind = Literal["monthly", "prosecutions"]
REPORT_KINDS: tuple[ReportKind, ...] = ("monthly", "prosecutions")

MONTHLY_SECTIONS: tuple[str, ...] = (
    "summary",
    "defenders",
    "fair_trial",
    "torture",
    "forced_labour",
    "journalists",
    "assembly",
    "extremism",
)
"""Section keys of the monthly review, in the order of the reference report. They are also the
``MonthNarrative.section`` values, so the GUI's narrative editor must use exactly these."""

PROSECUTION_SECTIONS: tuple[str, ...] = ("overview", "regions", "families", "repeated", "art411")
"""Section keys of the criminal-prosecution review (and its ``MonthNarrative.section`` values)."""

T = TypeVar("T")


@dataclass(frozen=True)
class ReportOptions:
    """What a documenter may tune; the defaults reproduce the reference report."""

    lang: Language = "en"
    cumulative_since_year: int = 2020
    top_articles: int = 10
    top_courts: int = 10
    top_judges: int = 10
    trend_months: int = 12
    anonymous_style: Literal["resident", "initials"] = "resident"
    watched_articles: tuple[str, ...] = ("CC 130", "CC 342", "CC 368", "CC 369", "CC 370")
    """Articles whose cumulative conviction counts the "assembly and expression" section shows."""
    max_listed: int | None = 50
    """Names the PDF prints per list (None: all). The figures count everyone and the CSV and
    JSON exports list everyone; a published review names what a reader can take in."""


@dataclass(frozen=True)
class PersonRef:
    """A person as the report may show them.

    ``name`` is None for an anonymised person: the renderer then prints the initials or "a
    resident of <city>" (``ReportOptions.anonymous_style``). Persons who must never be published
    never become a PersonRef at all.
    """

    name: str | None
    initials: str
    city: str | None
    region_code: str | None
    gender: Gender

    @property
    def anonymised(self) -> bool:
        return self.name is None


@dataclass(frozen=True)
class NamedList(Generic[T]):
    """Entries that may be printed, plus how many further persons are counted but not named."""

    entries: tuple[T, ...] = ()
    withheld: int = 0

    @property
    def total(self) -> int:
        return len(self.entries) + self.withheld


@dataclass(frozen=True)
class StatusEntry:
    """A person holding (or entering) a status: incommunicado, SHIZO, PKT, prison regime, a list.

    ``since`` None means the start is unknown ("since unknown date"); ``until`` is the first day
    without the status when it ended within the reporting month.
    """

    person: PersonRef
    kind: StatusKind
    since: PartialDate | None
    until: date | None = None


@dataclass(frozen=True)
class CustodyEntry:
    """A person behind bars at the report date, held since ``since`` (None: unknown)."""

    person: PersonRef
    since: PartialDate | None


@dataclass(frozen=True)
class ReleaseEntry:
    """A release on ``on``: done (with its reason) or, for the "expected next month" list,
    expected after every Art. 411 extension (reason None)."""

    person: PersonRef
    on: date
    reason: ReleaseReason | None


@dataclass(frozen=True)
class Conviction:
    """One verdict against one person: what the named lists print about a conviction."""

    verdict_on: date | None
    court_code: str | None
    judge: str | None
    article_keys: tuple[str, ...]
    sentence_type: SentenceType
    term: Term
    in_absentia: bool = False


@dataclass(frozen=True)
class ConvictionEntry:
    """A convicted person; ``earlier`` is the previous conviction (repeated convictions and the
    sentence an Art. 411 verdict extends); ``release`` the expected release after this verdict."""

    person: PersonRef
    conviction: Conviction
    earlier: Conviction | None = None
    release: date | None = None


@dataclass(frozen=True)
class FamilyTie:
    """Members ``first`` and ``second`` (indexes into ``FamilyGroup.members``) and how the first
    relates to the second ("parent" = first is the parent of second)."""

    first: int
    second: int
    relation: str


@dataclass(frozen=True)
class FamilyGroup:
    members: tuple[ConvictionEntry, ...]
    ties: tuple[FamilyTie, ...]


@dataclass(frozen=True)
class Count:
    """One row of a breakdown table: a stable key (region code, article key, court code, ...),
    the persons counted and, for judges and courts, the imprisonment years handed down."""

    key: str
    persons: int
    women: int = 0
    years: float = 0.0
    label: str | None = None


@dataclass(frozen=True)
class GenderSplit:
    total: int = 0
    women: int = 0
    men: int = 0

    @property
    def other(self) -> int:
        return self.total - self.women - self.men


@dataclass(frozen=True)
class Convictions:
    """Criminal prosecution concluded in a period: verdicts with a sentence."""

    persons: GenderSplit = field(default_factory=GenderSplit)
    cases: int = 0
    in_absentia: int = 0
    special_proceedings: int = 0
    closed_hearings: int = 0
    by_region: tuple[Count, ...] = ()
    by_article: tuple[Count, ...] = ()
    by_court: tuple[Count, ...] = ()
    by_judge: tuple[Count, ...] = ()
    by_term: tuple[Count, ...] = ()

    @property
    def capital(self) -> int:
        return next((row.persons for row in self.by_region if row.key == "minsk_city"), 0)

    @property
    def most_repressive_region(self) -> str | None:
        """Region code with the most convictions outside the capital (None without any)."""
        rows = [r for r in self.by_region if r.key not in ("minsk_city", "") and r.persons]
        return max(rows, key=lambda r: r.persons).key if rows else None


@dataclass(frozen=True)
class KeyFigures:
    """The headline numbers, computed identically for the report month and the one before."""

    first_day: date
    last_day: date
    repressions: int
    prisoners_held: GenderSplit
    recognised: int
    released: int
    convicted: int
    journalists_imprisoned: int


@dataclass(frozen=True)
class TrendPoint:
    month: str  # "2024-12"
    convicted: int
    prisoners_held: int


@dataclass(frozen=True)
class Cumulative:
    since_year: int
    prosecuted: int
    convicted: int
    convicted_women: int
    by_article: tuple[Count, ...] = ()


@dataclass(frozen=True)
class Prisoners:
    held: GenderSplit
    recognised: int
    released_by_reason: tuple[Count, ...]
    died: NamedList[ReleaseEntry]
    serious_illness: int
    with_disability: NamedList[CustodyEntry]
    expected_release_next_month: NamedList[ReleaseEntry]

    @property
    def released(self) -> int:
        return sum(row.persons for row in self.released_by_reason)


@dataclass(frozen=True)
class ProsecutionLists:
    """The named lists both report kinds share."""

    families: NamedList[FamilyGroup]
    repeated: NamedList[ConvictionEntry]
    art411: NamedList[ConvictionEntry]


@dataclass(frozen=True)
class ProsecutionsReport:
    """The monthly criminal-prosecution review ("N people convicted in <month>")."""

    year: int
    month: int
    first_day: date
    last_day: date
    options: ReportOptions
    convictions: Convictions
    previous: Convictions
    lists: ProsecutionLists
    in_absentia: NamedList[ConvictionEntry]
    narratives: dict[str, str]
    kind: ReportKind = "prosecutions"

    @property
    def lang(self) -> Language:
        return self.options.lang

    @property
    def has_data(self) -> bool:
        return self.convictions.persons.total > 0 or any(self.narratives.values())


@dataclass(frozen=True)
class MonthlyReport:
    """Everything the monthly review prints, as of ``last_day``."""

    year: int
    month: int
    first_day: date
    last_day: date
    options: ReportOptions
    current: KeyFigures
    previous: KeyFigures
    repressions_by_type: tuple[Count, ...]
    prisoners: Prisoners
    convictions: Convictions
    cumulative: Cumulative
    trend: tuple[TrendPoint, ...]
    lists: ProsecutionLists
    incommunicado: NamedList[StatusEntry]
    incommunicado_ended: NamedList[StatusEntry]
    punishment_cells: NamedList[StatusEntry]
    prison_regime: NamedList[StatusEntry]
    defenders: NamedList[CustodyEntry]
    lawyers: NamedList[CustodyEntry]
    journalists: NamedList[CustodyEntry]
    journalist_verdicts: NamedList[ConvictionEntry]
    in_absentia: NamedList[ConvictionEntry]
    extremist_additions: NamedList[StatusEntry]
    terrorist_additions: NamedList[StatusEntry]
    terrorist_total: int
    administrative: tuple[Count, ...]
    administrative_persons: int
    reprosecuted_after_release: NamedList[ConvictionEntry]
    narratives: dict[str, str]
    kind: ReportKind = "monthly"

    @property
    def lang(self) -> Language:
        return self.options.lang

    @property
    def has_data(self) -> bool:
        """False when the vault holds nothing about this month: the report then says so."""
        c = self.current
        return bool(
            c.repressions
            or c.prisoners_held.total
            or c.recognised
            or c.released
            or c.convicted
            or c.journalists_imprisoned
            or self.administrative_persons
            or self.extremist_additions.total
            or self.terrorist_additions.total
            or self.incommunicado.total
            or any(self.narratives.values())
        )


Report = MonthlyReport | ProsecutionsReport
