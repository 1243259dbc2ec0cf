"""The one place that knows the reference data: legal articles, regions and courts.

Charges point at an article by its key, trials and judges at a court code, persons at a region
code -- never at free text, so reports can count by article, court and region. Those strings are
stored in the vault and travel in sync ops, which makes this module the only reader of
``resources/reference_data/*.csv`` and the only definition of the key formats.

The CSV files are bundled read-only resources, edited by hand by people who know the law; they
are loaded once per process (``functools.cache``) and checked by :func:`validate_reference_data`,
which a unit test and ``letapis --self-test`` run so a bad edit is caught before it ships.
Articles a user adds beyond the shipped list live in the vault (``CustomArticle``) and must use
:func:`article_key` so both kinds of key look the same.

Matching (type-ahead, imports from spreadsheets) folds case and diacritics, so "Homiel" finds
"Homieĺ" and "Могилевская" finds "Могилёвская"; it is deliberately forgiving about words such as
"region", "вобласць", "область", "court", "суд", but never guesses between two equally good
candidates.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Literal

from app.domain.enums import CodeKind
from app.errors import (
    ReferenceDataError,
)
from app.paths import resource_path

Language = Literal["en", "be", "ru"]

ARTICLE_COLUMNS = (
    "code",
    "article",
    "part",
    "title_en",
    "title_be",
    "title_ru",
    "max_penalty_en",
    "note",
)
REGION_COLUMNS = ("code", "name_en", "name_be", "name_ru", "aliases", "weight")
COURT_COLUMNS = ("code", "region_code", "name_en", "name_be", "name_ru")

# A Belarusian reader is better served by the Russian text than by English; English is always
# present (the validator insists), so every chain ends there.
_FALLBACK: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "be": ("be", "ru", "en"),
    "ru": ("ru", "en"),
}

_CODE_ABBREVIATION: dict[CodeKind, dict[str, str]] = {
    CodeKind.CC: {"en": "CC", "be": "КК", "ru": "УК"},
    CodeKind.CAO: {"en": "CAO", "be": "КаАП", "ru": "КоАП"},
}
_ARTICLE_ABBREVIATION = {"en": "Art.", "be": "арт.", "ru": "ст."}
_PART_PREFIX = {"en": "Part {part} of ", "be": "ч. {part} ", "ru": "ч. {part} "}
# The wording the monthly reports use ("Part 1 of Article 342 of the Criminal Code").
_CODE_NAME_EN = {
    CodeKind.CC: "the Criminal Code",
    CodeKind.CAO: "the Administrative Violations Code",
}
_CODE_ORDER = {CodeKind.CC: 0, CodeKind.CAO: 1}

# Criminal Code articles are numbered "361" or "361-1"; administrative ones "19.11".
_ARTICLE_NUMBER_FORMAT = {
    CodeKind.CC: re.compile(r"\d+(-\d+)?"),
    CodeKind.CAO: re.compile(r"\d+\.\d+"),
}
_WEIGHT_TOLERANCE = 0.001


def _pick(lang: str, en: str, be: str, ru: str) -> str:
    """The text in ``lang``, falling back be -> ru -> en and ru -> en when a cell is blank."""
    try:
        chain = _FALLBACK[lang]
    except KeyError:
        raise ValueError(f"Unsupported language {lang!r}: expected 'en', 'be' or 'ru'.") from None
    texts = {"en": en, "be": be, "ru": ru}
    return next((texts[code] for code in chain if texts[code]), en)


def _fold(text: str) -> str:
    """Case- and diacritic-insensitive form used for every comparison in this module.

    Decomposes and drops combining marks, so Latin "ĺ ŭ č" match "l u c" and Cyrillic
    "ё ў й" match "е у и"; both sides of a comparison are folded the same way.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _tokens(text: str) -> list[str]:
    """Folded words of ``text``; punctuation, underscores and dashes separate words."""
    return [token for token in re.split(r"[\W_]+", _fold(text)) if token]


def _folded_words(*words: str) -> frozenset[str]:
    return frozenset(_fold(word) for word in words)


def _read_csv(filename: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a bundled CSV with their line numbers, after checking the header is exact."""
    path = resource_path("reference_data", filename)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != columns:
                raise ReferenceDataError(
                    f"{filename}: expected columns {','.join(columns)}, "
                    f"found {','.join(reader.fieldnames or ())}."
                )
            rows = []
            for row in reader:
                if None in row or None in row.values():
                    raise ReferenceDataError(
                        f"{filename} line {reader.line_num}: expected {len(columns)} fields."
                    )
                rows.append((reader.line_num, {name: value.strip() for name, value in row.items()}))
            return rows
    except OSError as exc:
        raise ReferenceDataError(f"Cannot read reference file {path}: {exc.strerror}.") from exc


# --- articles ---------------------------------------------------------------------------------


def article_key(code: CodeKind | str, article: str, part: str = "") -> str:
    """The stable id of an article or of one part of it.

    Format: ``"<code> <article>"`` for the whole article and ``"<code> <article> p<part>"`` for a
    part, e.g. ``"CC 361-1"``, ``"CC 342 p1"``, ``"CAO 19.11"``, ``"CAO 19.11 p2"``. It is stored
    in ``charges.article_key`` and in sync ops, so the format must never change.
    """
    base = f"{CodeKind(code).value} {article}"
    return f"{base} p{part}" if part else base


@dataclass(frozen=True)
class Article:
    """One row of the article table: a whole article (``part == ""``) or one of its parts."""

    code: CodeKind
    article: str
    part: str
    title_en: str
    title_be: str
    title_ru: str
    max_penalty_en: str
    note: str

    @property
    def key(self) -> str:
        """Stable id, see :func:`article_key` (e.g. ``"CC 361-1"``, ``"CC 342 p1"``)."""
        return article_key(self.code, self.article, self.part)

    def title(self, lang: Language | str) -> str:
        """Title in ``lang``; a blank Belarusian title falls back to Russian, then English."""
        return _pick(lang, self.title_en, self.title_be, self.title_ru)

    def label(self, lang: Language | str) -> str:
        """Short citation: "Art. 361-1 CC", "ч. 1 арт. 342 КК", "ст. 19.11 КоАП"."""
        code = _CODE_ABBREVIATION[self.code]
        if lang not in code:
            raise ValueError(f"Unsupported language {lang!r}: expected 'en', 'be' or 'ru'.")
        prefix = _PART_PREFIX[lang].format(part=self.part) if self.part else ""
        return f"{prefix}{_ARTICLE_ABBREVIATION[lang]} {self.article} {code[lang]}"

    def long_label_en(self) -> str:
        """Citation as English reports write it: "Part 1 of Article 342 of the Criminal Code"."""
        prefix = f"Part {self.part} of " if self.part else ""
        return f"{prefix}Article {self.article} of {_CODE_NAME_EN[self.code]}"


def _article_from_row(line: int, row: dict[str, str]) -> Article:
    try:
        code = CodeKind(row["code"])
    except ValueError:
        raise ReferenceDataError(
            f"articles.csv line {line}: unknown code {row['code']!r} (expected CC or CAO)."
        ) from None
    return Article(
        code=code,
        article=row["article"],
        part=row["part"],
        title_en=row["title_en"],
        title_be=row["title_be"],
        title_ru=row["title_ru"],
        max_penalty_en=row["max_penalty_en"],
        note=row["note"],
    )


def _article_sort_key(item: Article) -> tuple[int, tuple[int, ...], int]:
    """Code, then article numbers compared as numbers (19.1 < 19.10 < 19.11), whole before parts."""
    numbers = tuple(int(number) for number in re.findall(r"\d+", item.article))
    return _CODE_ORDER[item.code], numbers, int(item.part or 0)


@cache
def articles() -> tuple[Article, ...]:
    """Every shipped article and article part, in code and numeric order."""
    rows = _read_csv("articles.csv", ARTICLE_COLUMNS)
    return tuple(sorted((_article_from_row(*row) for row in rows), key=_article_sort_key))


@cache
def _articles_by_key() -> dict[str, Article]:
    return {item.key: item for item in articles()}


def article(key: str) -> Article:
    """The article with this key; a KeyError names the key so a bad import row is easy to find."""
    try:
        return _articles_by_key()[key]
    except KeyError:
        raise KeyError(
            f"Unknown article key {key!r}: not in the reference table "
            "(keys look like 'CC 361-1', 'CC 342 p1' or 'CAO 19.11')."
        ) from None


# "ч. 1", "ч.1", "часть 1", "частка 1", "part 1", "p1", "p. 1"; only when not inside a word.
# "342-1" is deliberately not read as a part: 342-1-style numbers are articles of their own.
_PART_PATTERN = re.compile(
    r"(?<![^\W\d_])(?:part|частка|часть|части|ч|p)\s*\.?\s*(\d+)", re.IGNORECASE
)
_NUMBER_PATTERN = re.compile(r"\d+(?:[.\-\u2010\u2011\u2013]\d+)?")
_CC_WORDS = _folded_words("cc", "ук", "кк")
_CAO_WORDS = _folded_words("cao", "коап", "каап", "koap")
_CODE_STEMS = {
    CodeKind.CC: ("criminal", "уголовн", "крымінальн"),
    CodeKind.CAO: ("administrative", "административн", "адміністрацыйн"),
}


def _code_hint(text: str) -> CodeKind | None:
    """Which code a query names ("УК", "КоАП", "Criminal Code", ...), if any."""
    for token in _tokens(text):
        for code, stems in _CODE_STEMS.items():
            if token.startswith(stems):
                return code
        if token in _CC_WORDS:
            return CodeKind.CC
        if token in _CAO_WORDS:
            return CodeKind.CAO
    return None


@cache
def _title_words() -> dict[str, frozenset[str]]:
    """Folded words of each article's titles in all languages, keyed by article key."""
    return {
        item.key: frozenset(_tokens(" ".join((item.title_en, item.title_be, item.title_ru))))
        for item in articles()
    }


def _title_matches(item: Article, query_words: list[str]) -> bool:
    """Each query word must start a title word: "formation" finds 361-1, not "information"."""
    words = _title_words()[item.key]
    return all(any(word.startswith(query) for word in words) for query in query_words)


def _rank_by_number(
    number: str, part: str | None, code: CodeKind | None
) -> list[tuple[int, Article]]:
    """Exact number matches first (the requested part before the whole article), then prefixes.

    A dot and a dash are interchangeable ("361.1" finds 361-1, "24-23" finds 24.23) because
    people type whichever their keyboard offers.
    """
    variants = {number, number.replace(".", "-"), number.replace("-", ".")}
    ranked = []
    for item in articles():
        if code is not None and item.code is not code:
            continue
        if item.article in variants:
            if part is None:
                rank = 0 if not item.part else 1
            else:
                rank = 0 if item.part == part else 1 if not item.part else 2
            ranked.append((rank, item))
        elif item.article.startswith(tuple(variants)):
            ranked.append((3, item))
    return ranked


def find_articles(query: str, limit: int = 20) -> list[Article]:
    """Type-ahead over the article table, best match first.

    Understands numbers in any citation style ("361-1", "361.1", "ст. 361-1", "ч. 1 ст. 342 УК",
    "342 part 1", "Art. 19.11 CAO"): exact numbers rank first, then numbers that start with the
    query. A query without a number matches titles in any language: every word of the query
    must start a word of the titles ("extremist formation", "экстремистск", "экстрэмісцк").
    """
    if limit <= 0 or not query.strip():
        return []
    part_match = _PART_PATTERN.search(query)
    rest = query
    part = None
    if part_match:
        part = part_match.group(1)
        rest = query[: part_match.start()] + " " + query[part_match.end() :]
    number_match = _NUMBER_PATTERN.search(rest)
    if number_match:
        number = re.sub(r"[\u2010\u2011\u2013]", "-", number_match.group())
        ranked = _rank_by_number(number, part, _code_hint(rest))
    else:
        words = _tokens(query)
        ranked = [(4, item) for item in articles() if _title_matches(item, words)]
    ranked.sort(key=lambda pair: (pair[0], _article_sort_key(pair[1])))
    return [item for _, item in ranked[:limit]]


# --- regions ----------------------------------------------------------------------------------

# Words that say "the region (oblast) of ..." and words that say "the city of ...".
_REGION_WORDS = _folded_words(
    "region", "regional", "oblast", "voblasć", "voblasts", "voblast", "вобласць", "вобл",
    "область", "обл",
)  # fmt: skip
_CITY_WORDS = _folded_words(
    "city", "of", "the", "town", "г", "гор", "горад", "город", "horad", "gorod"
)


@dataclass(frozen=True)
class Region:
    """One of the seven top-level units reports count by: Minsk city and the six regions.

    ``weight`` is the typical share of politically motivated cases in the region (Minsk city
    has the most); the synthetic-data generator draws from it so demo reports look plausible.
    """

    code: str
    name_en: str
    name_be: str
    name_ru: str
    aliases: tuple[str, ...]
    weight: float

    def name(self, lang: Language | str) -> str:
        """Display name; English uses the Belarusian Latin spelling the reports use (Homieĺ)."""
        return _pick(lang, self.name_en, self.name_be, self.name_ru)

    @property
    def spellings(self) -> tuple[str, ...]:
        """Code, names in every language and aliases: everything :func:`match_region` accepts."""
        return (self.code, self.name_en, self.name_be, self.name_ru, *self.aliases)


def _region_from_row(line: int, row: dict[str, str]) -> Region:
    try:
        weight = float(row["weight"])
    except ValueError:
        raise ReferenceDataError(
            f"regions.csv line {line}: weight {row['weight']!r} is not a number."
        ) from None
    aliases = tuple(alias.strip() for alias in row["aliases"].split("|") if alias.strip())
    return Region(row["code"], row["name_en"], row["name_be"], row["name_ru"], aliases, weight)


@cache
def regions() -> tuple[Region, ...]:
    """The regions in the order reports list them (Minsk city first, as in the source file)."""
    return tuple(_region_from_row(*row) for row in _read_csv("regions.csv", REGION_COLUMNS))


@cache
def _regions_by_code() -> dict[str, Region]:
    return {item.code: item for item in regions()}


def region(code: str) -> Region:
    """The region with this code; a KeyError lists the valid codes."""
    try:
        return _regions_by_code()[code]
    except KeyError:
        known = ", ".join(_regions_by_code())
        raise KeyError(f"Unknown region code {code!r}: expected one of {known}.") from None


def _without(words: frozenset[str], text: str) -> str:
    return " ".join(token for token in _tokens(text) if token not in words)


@cache
def _region_indexes() -> tuple[dict[str, Region], dict[str, Region]]:
    """(every spelling -> region, spelling without "region"/"city" words -> oblast).

    The second index only holds regions that are oblasts (some spelling carries a region word),
    so "Minsk region" with its suffix stripped finds the Minsk region, never Minsk city.
    """
    exact: dict[str, Region] = {}
    oblast_bases: dict[str, Region] = {}
    stop_words = _REGION_WORDS | _CITY_WORDS
    for item in regions():
        is_oblast = any(set(_tokens(text)) & _REGION_WORDS for text in item.spellings)
        for text in item.spellings:
            exact.setdefault(" ".join(_tokens(text)), item)
            if is_oblast:
                oblast_bases.setdefault(_without(stop_words, text), item)
    return exact, oblast_bases


def match_region(text: str) -> Region | None:
    """The region a free-text place names ("Gomel", "Гомельская обл.", "Homieĺ region"), or None.

    Case and diacritics are ignored; "region", "вобласць", "область" (and "г.", "city") are
    tolerated around any known spelling.
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    exact, oblast_bases = _region_indexes()
    found = exact.get(" ".join(tokens))
    if found is not None:
        return found
    base = _without(_REGION_WORDS | _CITY_WORDS, text)
    if not base:
        return None
    names_a_region = any(token in _REGION_WORDS for token in tokens)
    return (oblast_bases if names_a_region else exact).get(base)


# --- courts -----------------------------------------------------------------------------------

# Words every court name shares; what is left ("leninski", "brest") identifies the court.
# "city", "regional" and their translations are kept: they tell Minsk City Court from the
# Minsk Regional Court and the Minsk District Court.
_COURT_FILLER_WORDS = _folded_words(
    "court", "district", "of", "the", "and", "суд", "раён", "раёна", "раённы", "і", "г",
    "горада", "горад", "район", "района", "районный", "и", "города", "город", "р", "н", "на",
)  # fmt: skip


@dataclass(frozen=True)
class Court:
    """A court that tries cases; ``region_code`` is the region whose cases it hears.

    The Supreme Court hears cases from the whole country and is filed under Minsk city, where
    it sits.
    """

    code: str
    region_code: str
    name_en: str
    name_be: str
    name_ru: str

    def name(self, lang: Language | str) -> str:
        """Display name; English follows the reports ("Leninski District Court of Brest")."""
        return _pick(lang, self.name_en, self.name_be, self.name_ru)


@cache
def courts() -> tuple[Court, ...]:
    """All shipped courts: Supreme, regional and Minsk City courts, main district courts."""
    return tuple(
        Court(row["code"], row["region_code"], row["name_en"], row["name_be"], row["name_ru"])
        for _, row in _read_csv("courts.csv", COURT_COLUMNS)
    )


@cache
def _courts_by_code() -> dict[str, Court]:
    return {item.code: item for item in courts()}


def court(code: str) -> Court:
    """The court with this code; a KeyError names the code."""
    try:
        return _courts_by_code()[code]
    except KeyError:
        raise KeyError(f"Unknown court code {code!r}: not in the reference table.") from None


def courts_in(region_code: str) -> tuple[Court, ...]:
    """Courts of one region, in file order (regional court first); unknown codes raise KeyError."""
    region(region_code)
    return tuple(item for item in courts() if item.region_code == region_code)


def _tokens_agree(query_token: str, name_token: str) -> bool:
    """Same word, allowing for grammatical endings ("ленинский" ~ "ленинского", "бреста")."""
    if query_token == name_token:
        return True
    shorter = min(len(query_token), len(name_token))
    common = next(
        (i for i, (a, b) in enumerate(zip(query_token, name_token, strict=False)) if a != b),
        shorter,
    )
    return common >= 4 and common >= shorter - 3


@cache
def _court_word_sets() -> tuple[tuple[Court, tuple[frozenset[str], ...], frozenset[str]], ...]:
    """Per court: its distinctive words in each language, and the words of its region's names."""
    entries = []
    for item in courts():
        names = tuple(
            frozenset(_tokens(name)) - _COURT_FILLER_WORDS
            for name in (item.name_en, item.name_be, item.name_ru)
            if name
        )
        home = _regions_by_code().get(item.region_code)
        spellings = home.spellings if home else ()
        region_words = frozenset(token for text in spellings for token in _tokens(text))
        entries.append((item, names, region_words))
    return tuple(entries)


def match_court(text: str) -> Court | None:
    """The court a free-text name refers to, or None when nothing or more than one fits.

    Exact names and codes win. Otherwise every distinctive word of the query must match a word
    of the court's name (endings may differ) or of its region's name, with at least one from the
    name itself. The court whose name leaves the fewest words unmatched wins, then the one that
    needed the region's name least ("Brest Region Court" is the regional court, not the Brest
    District Court); a tie is None ("Centralny District Court" exists in Minsk and in Homieĺ).
    """
    folded = " ".join(_tokens(text))
    if not folded:
        return None
    for item in courts():
        spellings = (item.code, item.name_en, item.name_be, item.name_ru)
        if any(folded == " ".join(_tokens(spelling)) for spelling in spellings if spelling):
            return item
    query = set(_tokens(text)) - _COURT_FILLER_WORDS
    if not query:
        return None
    scored: list[tuple[tuple[int, int], Court]] = []
    for item, names, region_words in _court_word_sets():
        for name_words in names:
            from_name = {q for q in query if any(_tokens_agree(q, w) for w in name_words)}
            from_region = query - from_name
            if not from_name or not from_region <= region_words:
                continue
            unmatched = sum(1 for w in name_words if not any(_tokens_agree(q, w) for q in query))
            scored.append(((unmatched, len(from_region)), item))
    if not scored:
        return None
    best = min(score for score, _ in scored)
    winners = {item for score, item in scored if score == best}
    return winners.pop() if len(winners) == 1 else None


# --- validation -------------------------------------------------------------------------------


def _duplicates(values: list[str]) -> list[str]:
    return sorted(value for value, count in Counter(values).items() if count > 1)


def _article_problems() -> list[str]:
    items = articles()
    problems = [
        f"articles.csv: duplicate key {key!r}" for key in _duplicates([a.key for a in items])
    ]
    whole = {a.key for a in items if not a.part}
    for item in items:
        if not _ARTICLE_NUMBER_FORMAT[item.code].fullmatch(item.article):
            problems.append(f"articles.csv: {item.key}: malformed article number for {item.code}")
        if item.part and not item.part.isdigit():
            problems.append(f"articles.csv: {item.key}: part must be a number")
        if item.part and article_key(item.code, item.article) not in whole:
            problems.append(f"articles.csv: {item.key}: part row without a whole-article row")
        if not item.title_en:
            problems.append(f"articles.csv: {item.key}: English title is empty")
    return problems


def _region_problems() -> list[str]:
    items = regions()
    problems = [f"regions.csv: duplicate code {c!r}" for c in _duplicates([r.code for r in items])]
    for item in items:
        if not re.fullmatch(r"[a-z][a-z_]*", item.code):
            problems.append(f"regions.csv: code {item.code!r} must be a lower-case slug")
        if not item.name_en:
            problems.append(f"regions.csv: {item.code}: English name is empty")
        if item.weight < 0:
            problems.append(f"regions.csv: {item.code}: negative weight")
    total = sum(item.weight for item in items)
    if abs(total - 1.0) > _WEIGHT_TOLERANCE:
        problems.append(f"regions.csv: weights sum to {total:.3f}, expected 1.0")
    owners: dict[str, set[str]] = {}
    for item in items:
        for text in item.spellings:
            owners.setdefault(" ".join(_tokens(text)), set()).add(item.code)
    problems.extend(
        f"regions.csv: spelling {spelling!r} is shared by {', '.join(sorted(codes))}"
        for spelling, codes in owners.items()
        if len(codes) > 1
    )
    return problems


def _court_problems() -> list[str]:
    items = courts()
    problems = [f"courts.csv: duplicate code {c!r}" for c in _duplicates([c.code for c in items])]
    known_regions = {item.code for item in regions()}
    for item in items:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", item.code):
            problems.append(f"courts.csv: code {item.code!r} must be a lower-case slug")
        if item.region_code not in known_regions:
            problems.append(f"courts.csv: {item.code}: unknown region {item.region_code!r}")
        if not item.name_en:
            problems.append(f"courts.csv: {item.code}: English name is empty")
    for column in ("name_en", "name_be", "name_ru"):
        names = [" ".join(_tokens(getattr(item, column))) for item in items]
        problems.extend(
            f"courts.csv: duplicate {column} {name!r}" for name in _duplicates(names) if name
        )
    return problems


def validate_reference_data() -> list[str]:
    """Every problem in the bundled reference files, one readable line each; empty when sound.

    Run by the unit tests and by ``letapis --self-test`` so a hand edit that breaks a key,
    a region code or the weights is caught before a build ships.
    """
    problems: list[str] = []
    for check in (_article_problems, _region_problems, _court_problems):
        try:
            problems.extend(check())
        except ReferenceDataError as exc:
            problems.append(str(exc))
    return problems
