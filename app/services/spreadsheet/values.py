"""Reading one cell: the value a documenter typed, or a reason it cannot be used.

Every parser takes the stripped, non-empty text of a cell and either returns a typed value or
raises ``ValueError`` whose message says what is wrong with the text and how to write it; the
importer adds the file, row and column. Vocabularies accept the template's own words plus the
usual English, Belarusian and Russian ones, so a sheet typed in any of them imports as is.
Parsers are pure and cached: a 100k-row sheet repeats the same regions, courts and articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import Generic, TypeVar

from app import reference
from app.domain.enums import (
    CaseKind,
    CaseStatus,
    Category,
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
)
from app.domain.names import normalise_display
from app.domain.partial_dates import DatePrecision, PartialDate
from app.domain.sentences import Term
from app.services.spreadsheet.mapping import normalise_header

E = TypeVar("E", bound=Enum)

_CACHE = 4096


class Vocabulary(Generic[E]):
    """Words for the members of an enum; ``what`` names the vocabulary in error messages."""

    def __init__(
        self,
        what: str,
        members: type[E],
        words: dict[E, Iterable[str]],
        shown: Iterable[str] | None = None,
    ) -> None:
        self.what = what
        self.shown = tuple(shown or (str(m.value) for m in members))
        self._index: dict[str, E] = {}
        for member in members:
            self._index[normalise_header(str(member.value))] = member
            self._index[str(member.value)] = member  # the template's own word, as exported
        for member, spellings in words.items():
            for spelling in spellings:
                self._index.setdefault(normalise_header(spelling), member)

    def parse(self, text: str) -> E:
        found = self._index.get(text)
        if found is not None:
            return found
        found = self._index.get(normalise_header(text))
        if found is None:
            raise ValueError(f"{text!r} is not a known {self.what}: use {', '.join(self.shown)}")
        return found


GENDERS = Vocabulary(
    "gender",
    Gender,
    {
        Gender.FEMALE: ("f", "female", "woman", "w", "ж", "жен", "женский", "жанчына", "жан"),
        Gender.MALE: ("m", "male", "man", "м", "муж", "мужской", "мужчына", "мужчина"),
        Gender.OTHER: ("other", "іншы", "другой"),
        Gender.UNKNOWN: ("unknown", "невядома", "неизвестно", "?", "-"),
    },
    ("f", "m", "other", "blank"),
)
CASE_KINDS = Vocabulary(
    "case type",
    CaseKind,
    {
        CaseKind.CRIMINAL: ("criminal", "уголовное", "крымінальная", "уголовный", "cc", "ук"),
        CaseKind.ADMINISTRATIVE: (
            "administrative",
            "административное",
            "адміністрацыйная",
            "административный",
            "cao",
            "коап",
            "каап",
        ),
    },
    ("criminal", "administrative"),
)
CASE_STATUSES = Vocabulary(
    "case status",
    CaseStatus,
    {
        CaseStatus.INVESTIGATION: ("investigation", "следствие", "следства", "расследование"),
        CaseStatus.IN_COURT: ("in court", "trial", "суд", "в суде", "у судзе"),
        CaseStatus.CONVICTED: ("convicted", "осужден", "асуджаны", "приговор", "прысуд"),
        CaseStatus.ACQUITTED: ("acquitted", "оправдан", "апраўданы"),
        CaseStatus.CLOSED: ("closed", "закрыто", "закрыта", "прекращено", "спынена"),
        CaseStatus.SUSPENDED: ("suspended", "приостановлено", "прыпынена"),
    },
)
# "restricted_freedom" alone is restricted freedom without an open facility ("домашняя химия");
# with regime "open" it becomes restricted_freedom_open (see parse_sentence_type).
RESTRICTED_FREEDOM = "restricted_freedom"
SENTENCE_TYPES = Vocabulary(
    "sentence type",
    SentenceType,
    {
        SentenceType.IMPRISONMENT: (
            "prison",
            "deprivation of liberty",
            "лишение свободы",
            "пазбаўленне волі",
            "лс",
            "лишение",
        ),
        SentenceType.RESTRICTED_FREEDOM_OPEN: (
            "restricted freedom open",
            "open facility",
            "ограничение свободы с направлением",
            "абмежаванне волі з накіраваннем",
            "химия",
            "хімія",
        ),
        SentenceType.RESTRICTED_FREEDOM_HOME: (
            RESTRICTED_FREEDOM,
            "restricted freedom home",
            "ограничение свободы",
            "абмежаванне волі",
            "ограничение свободы без направления",
            "абмежаванне волі без накіравання",
            "домашняя химия",
            "хатняя хімія",
        ),
        SentenceType.HOME_CONFINEMENT: ("home confinement", "домашний арест", "хатні арышт"),
        SentenceType.ARREST: ("arrest", "арест", "арышт"),
        SentenceType.FINE: ("fine", "штраф"),
        SentenceType.CORRECTIONAL_LABOUR: (
            "correctional labour",
            "correctional labor",
            "исправительные работы",
            "папраўчыя работы",
        ),
        SentenceType.OTHER: ("other", "иное", "іншае"),
    },
    (
        "imprisonment",
        "restricted_freedom",
        "home_confinement",
        "fine",
        "arrest",
        "correctional_labour",
        "other",
    ),
)
OPEN_REGIME = "open"
REGIMES = Vocabulary(
    "regime",
    Regime,
    {
        Regime.GENERAL: ("general", "общий", "агульны", "общего режима", "агульнага рэжыму"),
        Regime.STRICT: ("strict", "усиленный", "узмоцнены", "усиленного режима"),
        Regime.SPECIAL: ("special", "особый", "асаблівы", "особого режима"),
        Regime.PRISON: ("prison", "тюрьма", "турма", "тюремный", "турэмны"),
        Regime.NONE: ("none", "-", "нет", "няма"),
    },
    ("general", "strict", "special", "prison", "open"),
)
RELEASE_REASONS = Vocabulary(
    "release reason",
    ReleaseReason,
    {
        ReleaseReason.SERVED: ("served", "end of term", "отбыл срок", "адбыў тэрмін", "отбыл"),
        ReleaseReason.PARDONED: ("pardoned", "pardon", "помилован", "памілаваны", "помилование"),
        ReleaseReason.EXCHANGED: ("exchanged", "exchange", "обмен", "абмен"),
        ReleaseReason.ACQUITTED: ("acquitted", "оправдан", "апраўданы"),
        ReleaseReason.MEASURE_CHANGED: (
            "measure changed",
            "изменена мера пресечения",
            "зменена мера стрымання",
        ),
        ReleaseReason.DIED_IN_CUSTODY: ("died", "died in custody", "умер", "памёр", "погиб"),
        ReleaseReason.OTHER: ("other", "иное", "іншае"),
    },
    ("served", "pardoned", "exchanged", "acquitted", "measure_changed", "died", "other"),
)
PLACE_KINDS = Vocabulary(
    "place type",
    PlaceKind,
    {
        PlaceKind.TEMPORARY_DETENTION: ("ивс", "ічу", "цип", "ціп", "изолятор", "ізалятар"),
        PlaceKind.PRE_TRIAL_CENTRE: ("sizo", "сизо", "сізо", "сіза", "pre trial"),
        PlaceKind.COLONY: ("ик", "ік", "колония", "калонія"),
        PlaceKind.PRISON: ("тюрьма", "турма"),
        PlaceKind.OPEN_FACILITY: ("иуот", "вуат", "open"),
        PlaceKind.OTHER: ("иное", "іншае"),
    },
)
PUBLICATION = Vocabulary(
    "publication choice",
    PublicationLevel,
    {
        PublicationLevel.PUBLISH: ("name", "publish", "yes", "да", "так", "публиковать"),
        PublicationLevel.ANONYMISE: (
            "anonymise",
            "anonymize",
            "anonymous",
            "anon",
            "анонимно",
            "ананімна",
        ),
        PublicationLevel.NEVER: ("never", "no", "нет", "не", "не публиковать", "не публікаваць"),
    },
    ("name", "anonymise", "never"),
)
RELATIONS = Vocabulary(
    "relation",
    RelationType,
    {
        RelationType.SPOUSE: ("wife", "husband", "жена", "муж", "жонка", "супруг", "супруга"),
        RelationType.PARENT: ("mother", "father", "мать", "отец", "маці", "бацька", "мама"),
        RelationType.CHILD: ("son", "daughter", "сын", "дочь", "дачка"),
        RelationType.SIBLING: ("brother", "sister", "брат", "сестра", "сястра"),
        RelationType.OTHER: ("relative", "родственник", "сваяк"),
    },
)
EVENT_TYPES = Vocabulary(
    "event type",
    EventType,
    {
        EventType.SEARCH: ("обыск", "ператрус"),
        EventType.INTERROGATION: ("допрос", "допыт"),
        EventType.ILL_TREATMENT: ("torture", "пытки", "катаванні", "избиение"),
        EventType.DISMISSAL: ("увольнение", "звальненне"),
        EventType.FORCED_EXILE: ("exile", "эмиграция", "вымушаны выезд"),
        EventType.PROPERTY_SEIZURE: ("арест имущества", "арышт маёмасці"),
        EventType.EXIT_BAN: ("запрет на выезд", "забарона на выезд"),
    },
)
CATEGORIES = Vocabulary(
    "category",
    Category,
    {
        Category.JOURNALIST: ("журналист", "журналіст"),
        Category.HUMAN_RIGHTS_DEFENDER: (
            "hrd",
            "human rights defender",
            "правозащитник",
            "праваабаронца",
        ),
        Category.LAWYER: ("адвокат", "юрист"),
        Category.STUDENT: ("студент", "студэнт"),
        Category.PENSIONER: ("пенсионер", "пенсіянер", "retired"),
        Category.DISABILITY: ("person with disability", "disabled", "инвалид", "інвалід"),
        Category.PARENT_OF_MANY: ("многодетный", "шматдзетны", "large family"),
        Category.POLITICIAN: ("политик", "палітык"),
        Category.ACTIVIST: ("активист", "актывіст"),
        Category.CULTURAL_FIGURE: ("деятель культуры", "дзеяч культуры", "artist"),
        Category.RELIGIOUS_FIGURE: ("священник", "святар", "clergy"),
    },
)
SCRIPTS = Vocabulary(
    "name script",
    NameScript,
    {
        NameScript.BE_CYRILLIC: ("name_be", "belarusian"),
        NameScript.RU_CYRILLIC: ("name_ru", "russian"),
        NameScript.LATIN: ("name_latin",),
        NameScript.OTHER: ("name_other",),
    },
)
RELIABILITY = Vocabulary(
    "reliability",
    Reliability,
    {
        Reliability.CONFIRMED: ("пацверджана", "подтверждено"),
        Reliability.PROBABLE: ("верагодна", "вероятно"),
        Reliability.UNVERIFIED: ("не праверана", "не проверено"),
    },
)

# -- simple values ---------------------------------------------------------------------------

_YES = frozenset({"yes", "y", "true", "1", "x", "+", "да", "так", "д", "т"})
_NO = frozenset({"no", "n", "false", "0", "-", "нет", "не", "н"})
_UNKNOWN = frozenset({"unknown", "невядома", "неизвестно", "?", "не вядома", "не известно"})


UNKNOWN_WORD = "unknown"


class Unknown:
    """A status whose start is known to exist but not when (``*_since = unknown``)."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = Unknown()


@lru_cache(maxsize=_CACHE)
def parse_partial_date(text: str) -> PartialDate:
    return PartialDate.parse(text)


@lru_cache(maxsize=_CACHE)
def parse_full_date(text: str) -> date:
    value = PartialDate.parse(text)
    if value.precision is not DatePrecision.DAY:
        raise ValueError(f"{text!r} is not a full date: write YYYY-MM-DD")
    return value.earliest()


def parse_since(text: str) -> PartialDate | Unknown:
    if text.casefold() in _UNKNOWN:
        return UNKNOWN
    return parse_partial_date(text)


def parse_yes_no(text: str) -> bool:
    folded = text.casefold()
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValueError(f"{text!r} is not yes or no")


def parse_count(text: str) -> int:
    digits = text.replace(" ", "").replace("\u00a0", "")
    if not digits.isdigit():
        raise ValueError(f"{text!r} is not a whole number")
    return int(digits)


_FINE = re.compile(r"(\d[\d \u00a0]*)\s*(?:bv|бв|б\.?\s*в\.?|base units?|базов\w*|базав\w*)?")


def parse_fine(text: str) -> int:
    match = _FINE.fullmatch(text.casefold())
    if match is None:
        raise ValueError(f"{text!r} is not a fine in base units: write a whole number, e.g. 50")
    return int(re.sub(r"\D", "", match.group(1)))


_TERM_UNITS = (
    (re.compile(r"(?<=\d)\s*(?:гадоў|гады|год|года|лет|г)\.?(?![^\W\d_])"), "y "),
    (re.compile(r"(?<=\d)\s*(?:месяцаў|месяцы|месяц|месяцев|месяца|мес|м)\.?(?![^\W\d_])"), "m "),
    (re.compile(r"(?<=\d)\s*(?:дзён|дні|дзень|дней|дня|день|сут\w*|д)\.?(?![^\W\d_])"), "d "),
)


@lru_cache(maxsize=_CACHE)
def parse_term(text: str) -> Term:
    """A term: "4y", "1y6m", "8m", "15d", "2 years 6 months", also "3 года 6 мес."."""
    latin = text.casefold()
    for pattern, unit in _TERM_UNITS:
        latin = pattern.sub(unit, latin)
    return Term.parse(latin)


def format_term(years: int, months: int, days: int) -> str:
    return "".join(f"{n}{u}" for n, u in ((years, "y"), (months, "m"), (days, "d")) if n) or "0d"


@lru_cache(maxsize=_CACHE)
def parse_region(text: str) -> str:
    found = reference.match_region(text)
    if found is None:
        raise ValueError(
            f"{text!r} is not a known region: use Minsk city or a region name "
            f"({', '.join(r.name('en') for r in reference.regions())})"
        )
    return found.code


@lru_cache(maxsize=_CACHE)
def parse_court(text: str) -> str:
    found = reference.match_court(text)
    if found is None:
        raise ValueError(
            f"{text!r} is not a known court (or names more than one): use the court's name "
            "as in the reference list, e.g. 'Minsk City Court'"
        )
    return found.code


# -- articles --------------------------------------------------------------------------------

_TEMPLATE_ARTICLE = re.compile(
    r"(?P<code>cc|cao|ук|кк|коап|каап)\s*(?P<article>\d+(?:[.\-]\d+)?)(?:\s*:\s*(?P<part>\d+))?",
    re.IGNORECASE,
)
_CODES = {"cc": "CC", "ук": "CC", "кк": "CC", "cao": "CAO", "коап": "CAO", "каап": "CAO"}
_NUMBER = re.compile(r"\d+(?:[.\-\u2010\u2011\u2013]\d+)?")
_MENTIONS_PART = re.compile(r"(?<![^\W\d_])(?:part|частка|часть|части|ч|p)\s*\.?\s*\d+", re.I)


def split_list(text: str) -> list[str]:
    """Items of a ;-separated (or line-separated) list, stripped, blanks dropped."""
    return [item.strip() for item in re.split(r"[;\n]", text) if item.strip()]


@lru_cache(maxsize=16)
def _known_keys(custom: frozenset[str]) -> frozenset[str]:
    return frozenset(a.key for a in reference.articles()) | custom


@lru_cache(maxsize=_CACHE)
def _parse_one_article(text: str, custom: frozenset[str]) -> str:
    known = _known_keys(custom)
    match = _TEMPLATE_ARTICLE.fullmatch(text.strip())
    if match is not None:
        key = reference.article_key(
            _CODES[match["code"].casefold()], match["article"], match["part"] or ""
        )
        if key not in known:
            raise ValueError(f"{text!r} is not in the article reference list ({key})")
        return key
    if len(set(_NUMBER.findall(_MENTIONS_PART.sub(" ", text)))) > 1:
        raise ValueError(f"{text!r} names several articles: separate them with ';'")
    numbers = {n.replace(".", "-") for n in _NUMBER.findall(text)}
    numbers |= {n.replace("-", ".") for n in numbers}
    hits = [a for a in reference.find_articles(text, limit=50) if a.article in numbers]
    if not hits:
        raise ValueError(
            f"{text!r} is not a known article: write e.g. 'CC 342:1', 'CAO 19.11:2' "
            "or 'ч. 1 ст. 342 УК'"
        )
    top = hits[0]
    if _MENTIONS_PART.search(text) and not top.part:
        raise ValueError(f"{text!r}: this part of {top.label('en')} is not in the reference list")
    rivals = {a.code for a in hits if a.article == top.article and a.part == top.part}
    if len(rivals) > 1:
        raise ValueError(f"{text!r} is ambiguous: add the code, e.g. 'CC' or 'CAO'")
    return top.key


@lru_cache(maxsize=_CACHE)
def parse_articles(text: str, custom: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Article keys of a cell: "CC 130:3; CC 361-1:1; CAO 19.11:2; ч. 1 ст. 342 УК".

    Items are separated by ";" or new lines; an item that is not an article but contains
    commas is read as a comma-separated list ("CC 130:3, CC 342") when every part is one.
    """
    keys: list[str] = []
    for item in split_list(text):
        if "," in item:
            try:
                keys.extend(_parse_one_article(p, custom) for p in item.split(",") if p.strip())
                continue
            except ValueError:
                pass
        keys.append(_parse_one_article(item, custom))
    return tuple(dict.fromkeys(keys))


def format_article(key: str) -> str:
    """Template spelling of an article key: "CC 342 p1" -> "CC 342:1"."""
    code, article, *part = key.split(" ")
    return f"{code} {article}:{part[0][1:]}" if part else f"{code} {article}"


# -- names, lists, sources ---------------------------------------------------------------------

_BELARUSIAN_ONLY = frozenset("іўʼ'")
_RUSSIAN_ONLY = frozenset("иъщ")


def detect_script(name: str) -> NameScript:
    """The script of a name typed in the plain ``name`` column.

    Cyrillic with і or ў is Belarusian; with и, щ or ъ Russian; other Cyrillic (rare: short
    names such as "Ала Лось") is taken as Russian, the language of most legacy sheets.
    """
    letters = {ch for ch in name.casefold() if ch.isalpha()}
    if not any("\u0400" <= ch <= "\u04ff" for ch in letters):
        return NameScript.LATIN if letters else NameScript.OTHER
    if letters & _BELARUSIAN_ONLY:
        return NameScript.BE_CYRILLIC
    return NameScript.RU_CYRILLIC


def parse_names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalise_display(n) for n in split_list(text)))


def parse_categories(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(CATEGORIES.parse(item).value for item in split_list(text)))


def parse_relatives(text: str) -> tuple[tuple[str, RelationType], ...]:
    out = []
    for item in split_list(text):
        key, sep, relation = item.rpartition(":")
        if not sep or not key.strip():
            raise ValueError(f"{item!r} is not person_key:relation (e.g. P-0002:spouse)")
        out.append((key.strip(), RELATIONS.parse(relation)))
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class SourceSpec:
    url: str | None
    publication: str | None
    published_on: date | None
    reliability: Reliability

    def format(self) -> str:
        parts = [self.url or "", self.publication or ""]
        if self.published_on is not None:
            parts.append(self.published_on.isoformat())
        if self.reliability is not Reliability.UNVERIFIED:
            parts.append(self.reliability.value)
        return " | ".join(p for p in parts if p)


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SOURCE_SPLIT = re.compile(r";(?=\s|$|https?://|www\.)|\n", re.IGNORECASE)


def parse_source(text: str) -> SourceSpec:
    """One source: "https://..." or a title, optionally "url | publication | date | reliability"."""
    url = publication = published = None
    reliability = Reliability.UNVERIFIED
    for part in (p.strip() for p in text.split("|")):
        if not part:
            continue
        if url is None and _URL.fullmatch(part):
            url = part
            continue
        if published is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
            published = parse_full_date(part)
            continue
        try:
            reliability = RELIABILITY.parse(part)
            continue
        except ValueError:
            pass
        if publication is not None:
            raise ValueError(f"{text!r} has two titles: separate sources with ';'")
        publication = part
    return SourceSpec(url, publication, published, reliability)


def parse_sources(text: str) -> tuple[SourceSpec, ...]:
    items = [i.strip() for i in _SOURCE_SPLIT.split(text) if i.strip()]
    return tuple(dict.fromkeys(parse_source(item) for item in items))
