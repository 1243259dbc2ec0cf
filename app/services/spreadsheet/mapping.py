"""Which column of a documenter's sheet holds which template field.

Exports of Letapis use the template's own column names, which map by themselves. Other sheets
have headers such as "ФИО", "Дата задержания" or "Date of birth": :func:`suggest_mapping`
recognises the usual English, Belarusian and Russian spellings, the wizard lets the documenter
correct the guess, and :func:`remember_mapping` stores the final choice in the vault (table
``vault_meta``), keyed by a hash of the header layout, so next month's sheet with the same
columns maps itself. The hash covers headers only, never cell contents.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from sqlalchemy.orm import Session

from app.models import VaultMeta
from app.services.spreadsheet.template import COLUMN_NAMES, COLUMNS, COLUMNS_BY_NAME

META_PREFIX = "spreadsheet_mapping:"
_PUNCTUATION = re.compile(r"[\W_]+")
NAME_FIELDS = frozenset({"name", "name_be", "name_ru", "name_latin", "name_other"})


def normalise_header(text: str) -> str:
    """Case-, punctuation- and ё-insensitive header ("Дата_рождения:" -> "дата рождения")."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return " ".join(_PUNCTUATION.sub(" ", folded).split()) or folded.strip()


@cache
def _spellings() -> dict[str, str]:
    """Every known header spelling (normalised) -> template column name."""
    index: dict[str, str] = {}
    for column in COLUMNS:
        index.setdefault(normalise_header(column.name), column.name)
    for column in COLUMNS:
        for synonym in column.synonyms:
            index.setdefault(normalise_header(synonym), column.name)
    return index


def recognised_count(headers: Sequence[str]) -> int:
    """How many cells of a row are known header spellings (used to find the header row)."""
    index = _spellings()
    return sum(1 for header in headers if normalise_header(header) in index)


def _guess(header: str) -> str | None:
    """The column a header names: an exact spelling, else the longest known phrase inside it
    ("Дата задержания (последнего)" -> detained_on)."""
    normalised = normalise_header(header)
    if not normalised:
        return None
    index = _spellings()
    if normalised in index:
        return index[normalised]
    padded = f" {normalised} "
    phrases = [p for p in index if len(p) >= 4 and f" {p} " in padded]
    if not phrases:
        return None
    return index[max(phrases, key=len)]


@dataclass(frozen=True)
class Mapping:
    """For each source column (by position) the template column it feeds, or None (ignored).

    Several source columns may feed one template column only where the template allows it
    (``Column.joiner``): their texts are joined in sheet order.
    """

    headers: tuple[str, ...]
    targets: tuple[str | None, ...]
    remembered: bool = False

    def __post_init__(self) -> None:
        if len(self.headers) != len(self.targets):
            raise ValueError("a mapping needs exactly one target per header")
        unknown = {t for t in self.targets if t is not None and t not in COLUMNS_BY_NAME}
        if unknown:
            raise ValueError(f"unknown template columns: {', '.join(sorted(unknown))}")

    @property
    def fields(self) -> dict[str, tuple[int, ...]]:
        """Template column -> source column positions, in sheet order."""
        out: dict[str, list[int]] = {}
        for index, target in enumerate(self.targets):
            if target is not None:
                out.setdefault(target, []).append(index)
        return {name: tuple(out[name]) for name in COLUMN_NAMES if name in out}

    def with_target(self, column: int, target: str | None) -> Mapping:
        """A copy with source column ``column`` feeding ``target`` (None: ignored)."""
        targets = list(self.targets)
        targets[column] = target
        return replace(self, targets=tuple(targets), remembered=False)

    def source_label(self, field: str) -> str:
        """How messages name a template column: the documenter's header, and the template
        name when it differs ("Дата задержания (detained_on)")."""
        columns = self.fields.get(field, ())
        if not columns:
            return field
        header = " + ".join(self.headers[i] for i in columns)
        return header if header == field else f"{header} ({field})"

    def problems(self) -> list[str]:
        """Reasons the mapping cannot be used yet; empty when it is ready."""
        problems = [
            f"{len(columns)} columns ({', '.join(self.headers[i] for i in columns)}) are mapped "
            f"to {field}, which takes only one"
            for field, columns in self.fields.items()
            if len(columns) > 1 and COLUMNS_BY_NAME[field].joiner is None
        ]
        if not NAME_FIELDS & self.fields.keys():
            problems.append("no column is mapped to a name (name, name_be, name_ru or name_latin)")
        return problems

    @property
    def layout_key(self) -> str:
        return layout_key(self.headers)


def layout_key(headers: Sequence[str]) -> str:
    """The vault_meta key under which the mapping for this header layout is remembered."""
    digest = hashlib.sha256("\x1f".join(map(normalise_header, headers)).encode("utf-8"))
    return META_PREFIX + digest.hexdigest()[:40]


def suggest_mapping(headers: Sequence[str], session: Session | None = None) -> Mapping:
    """The remembered mapping for this header layout if the vault has one, else a guess.

    A guessed column that is already taken by an earlier header (and takes only one source
    column) is left unmapped, so the documenter sees the clash rather than a silent choice.
    """
    headers = tuple(headers)
    if session is not None:
        stored = remembered_mapping(session, headers)
        if stored is not None:
            return stored
    targets: list[str | None] = []
    taken: set[str] = set()
    for header in headers:
        guess = _guess(header)
        if guess is not None and guess in taken and COLUMNS_BY_NAME[guess].joiner is None:
            guess = None
        if guess is not None:
            taken.add(guess)
        targets.append(guess)
    return Mapping(headers, tuple(targets))


def remembered_mapping(session: Session, headers: Sequence[str]) -> Mapping | None:
    headers = tuple(headers)
    row = session.get(VaultMeta, layout_key(headers))
    if row is None:
        return None
    try:
        targets = tuple(json.loads(row.value)["targets"])
        return Mapping(headers, targets, remembered=True)
    except (ValueError, KeyError, TypeError):
        return None  # written by another version: guess again rather than fail


def remember_mapping(session: Session, mapping: Mapping) -> None:
    """Store the mapping for its header layout (in the caller's transaction)."""
    value = json.dumps({"targets": list(mapping.targets)}, ensure_ascii=False)
    row = session.get(VaultMeta, mapping.layout_key)
    if row is None:
        session.add(VaultMeta(key=mapping.layout_key, value=value))
    else:
        row.value = value
