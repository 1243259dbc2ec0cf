"""One sheet row -> typed values and the errors found in it, without looking at other rows.

Cross-row rules (rows of one person agree, relatives exist, an extension has something to
extend) and the comparison with the vault live in assembly.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import SentenceType
from app.domain.partial_dates import PartialDate
from app.domain.status import StatusPeriod as DomainPeriod
from app.domain.status import validate_period
from app.services.spreadsheet import values as v
from app.services.spreadsheet.cells import restore
from app.services.spreadsheet.mapping import Mapping
from app.services.spreadsheet.reader import RawTable
from app.services.spreadsheet.template import COLUMNS_BY_NAME, STATUS_COLUMNS


@dataclass(frozen=True)
class RowError:
    """A problem in one cell (or one row): enough to find and fix it in the sheet."""

    file: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}, row {self.row}, column {self.column}: {self.reason}"


@dataclass(slots=True)
class ParsedRow:
    index: int  # position in RawTable.rows
    number: int  # row number as the documenter's program shows it
    values: dict[str, Any]
    errors: list[RowError] = field(default_factory=list)
    person_ref: str = ""  # person_key, or "row N" when the row has none
    person_id: str = ""  # the id the person gets (or has) in the vault

    def has_any(self, columns: frozenset[str]) -> bool:
        return not columns.isdisjoint(self.values)


TRIAL_COLUMNS = frozenset(
    {
        "court",
        "judge",
        "trial_started_on",
        "verdict_on",
        "in_absentia",
        "special_proceedings",
        "closed_hearing",
        "appeal_on",
        "appeal_outcome",
        "trial_notes",
    }
)
TRIAL_FLAGS = frozenset({"in_absentia", "special_proceedings", "closed_hearing"})
CASE_COLUMNS = (
    frozenset(
        {
            "case_key",
            "case_type",
            "case_number",
            "case_opened_on",
            "investigating_body",
            "case_status",
            "case_notes",
            "case_sources",
            "articles",
        }
    )
    | TRIAL_COLUMNS
) - TRIAL_FLAGS
SENTENCE_COLUMNS = frozenset(
    {
        "sentence_type",
        "sentence_term",
        "regime",
        "fine",
        "extends_sentence",
        "sentence_starts_on",
        "credited_days",
        "expected_release",
        "sentence_notes",
    }
)
DETENTION_COLUMNS = frozenset(
    {
        "detained_on",
        "place_kind",
        "place_of_detention",
        "released_on",
        "release_reason",
        "detention_notes",
    }
)
EVENT_COLUMNS = frozenset(
    {"event_type", "event_on", "event_place", "event_body", "event_description", "event_source"}
)
NAME_COLUMNS = frozenset({"name", "name_be", "name_ru", "name_latin", "name_other"})


def _text(text: str) -> str:
    return text


def _extends(text: str) -> bool | str:
    """yes/no, or the case_key of the sentence being extended."""
    try:
        return v.parse_yes_no(text)
    except ValueError:
        return text


def parsers(custom_articles: frozenset[str]) -> dict[str, Callable[[str], Any]]:
    """Template column -> cell parser."""
    table: dict[str, Callable[[str], Any]] = {
        "person_key": _text,
        "name": v.normalise_display,
        "name_be": v.parse_names,
        "name_ru": v.parse_names,
        "name_latin": v.parse_names,
        "name_other": v.parse_names,
        "primary_name_script": v.SCRIPTS.parse,
        "gender": v.GENDERS.parse,
        "birth_date": v.parse_partial_date,
        "region": v.parse_region,
        "city": _text,
        "occupation": _text,
        "categories": v.parse_categories,
        "relatives": v.parse_relatives,
        "case_type": v.CASE_KINDS.parse,
        "articles": lambda text: v.parse_articles(text, custom_articles),
        "detained_on": v.parse_partial_date,
        "court": v.parse_court,
        "judge": v.normalise_display,
        "verdict_on": v.parse_full_date,
        "in_absentia": v.parse_yes_no,
        "special_proceedings": v.parse_yes_no,
        "closed_hearing": v.parse_yes_no,
        "sentence_type": v.SENTENCE_TYPES.parse,
        "sentence_term": v.parse_term,
        "regime": lambda text: (
            v.OPEN_REGIME if text.casefold() == v.OPEN_REGIME else v.REGIMES.parse(text)
        ),
        "fine": v.parse_fine,
        "extends_sentence": _extends,
        "released_on": v.parse_full_date,
        "release_reason": v.RELEASE_REASONS.parse,
        "place_of_detention": _text,
        "publish": v.PUBLICATION.parse,
        "sources": v.parse_sources,
        "notes": _text,
        "case_key": _text,
        "case_number": _text,
        "case_opened_on": v.parse_partial_date,
        "investigating_body": _text,
        "case_status": v.CASE_STATUSES.parse,
        "case_notes": _text,
        "case_sources": v.parse_sources,
        "trial_started_on": v.parse_full_date,
        "appeal_on": v.parse_full_date,
        "appeal_outcome": _text,
        "trial_notes": _text,
        "sentence_starts_on": v.parse_full_date,
        "credited_days": v.parse_count,
        "expected_release": v.parse_full_date,
        "sentence_notes": _text,
        "place_kind": v.PLACE_KINDS.parse,
        "detention_notes": _text,
        "health_concerns": _text,
        "event_type": v.EVENT_TYPES.parse,
        "event_on": v.parse_partial_date,
        "event_place": _text,
        "event_body": _text,
        "event_description": _text,
        "event_source": v.parse_source,
    }
    for status in STATUS_COLUMNS:
        table[status.since] = v.parse_since
        table[status.until] = v.parse_full_date
    return table


class RowParser:
    """Parses the rows of one table under one mapping."""

    def __init__(self, table: RawTable, mapping: Mapping, custom_articles: frozenset[str]):
        self.table = table
        self.mapping = mapping
        every = parsers(custom_articles)
        # Most cells are empty: look only at the filled ones, through their column position.
        self.single: dict[int, tuple[str, Callable[[str], Any]]] = {}
        self.joined: list[tuple[str, tuple[int, ...], str, Callable[[str], Any]]] = []
        for name, columns in mapping.fields.items():
            if len(columns) == 1:
                self.single[columns[0]] = (name, every[name])
            else:
                self.joined.append(
                    (name, columns, COLUMNS_BY_NAME[name].joiner or " ", every[name])
                )

    def error(self, number: int, column: str, reason: str) -> RowError:
        return RowError(self.table.source, number, self.mapping.source_label(column), reason)

    def parse(self, index: int) -> ParsedRow:
        cells = self.table.rows[index]
        number = self.table.row_numbers[index]
        values: dict[str, Any] = {}
        errors: list[RowError] = []
        single = self.single
        for position, text in enumerate(cells):
            if not text or position not in single:
                continue
            text = text.strip()
            if text[:1] == "'":
                text = restore(text)
            if text:
                self._parse(values, errors, number, *single[position], text)
        width = len(cells)
        for name, columns, joiner, parse in self.joined:
            parts = (restore(cells[i].strip()) for i in columns if i < width)
            text = joiner.join(p for p in parts if p)
            if text:
                self._parse(values, errors, number, name, parse, text)
        row = ParsedRow(index, number, values, errors)
        self._check(row)
        return row

    def _parse(
        self,
        values: dict[str, Any],
        errors: list[RowError],
        number: int,
        name: str,
        parse: Callable[[str], Any],
        text: str,
    ) -> None:
        try:
            values[name] = parse(text)
        except ValueError as exc:
            errors.append(self.error(number, name, str(exc)))

    def _given(self, row: ParsedRow, column: str) -> bool:
        """Whether the sheet has text in ``column`` on this row (parsed or not)."""
        if column in row.values:
            return True
        label = self.mapping.source_label(column)
        return any(error.column == label for error in row.errors)

    def _check(self, row: ParsedRow) -> None:
        """Rules within one row: dates in order, end dates with starts, words that fit."""
        values = row.values
        add = row.errors.append
        detained: PartialDate | None = values.get("detained_on")
        released = values.get("released_on")
        if detained is not None and released is not None and released < detained.earliest():
            add(
                self.error(
                    row.number,
                    "released_on",
                    f"release ({released}) is before detention ({detained})",
                )
            )
        if "release_reason" in values and released is None:
            add(self.error(row.number, "release_reason", "a release reason needs released_on"))
        for status in STATUS_COLUMNS:
            since, until = values.get(status.since), values.get(status.until)
            if until is None:
                continue
            if since is None:
                add(
                    self.error(
                        row.number,
                        status.until,
                        f"an end needs {status.since} (write 'unknown' if the start is not known)",
                    )
                )
                continue
            start = None if since is v.UNKNOWN else since
            for problem in validate_period(DomainPeriod(status.kind, start, until)):
                add(self.error(row.number, status.until, problem))
        if values.get("regime") == v.OPEN_REGIME:
            kind = values.get("sentence_type")
            if kind not in (
                None,
                SentenceType.RESTRICTED_FREEDOM_HOME,
                SentenceType.RESTRICTED_FREEDOM_OPEN,
            ):
                add(self.error(row.number, "regime", "'open' applies to restricted freedom only"))
        if not row.has_any(CASE_COLUMNS):
            for flag in sorted(TRIAL_FLAGS):
                if values.get(flag):
                    add(self.error(row.number, flag, "a trial needs a case on the same row"))
        if row.has_any(EVENT_COLUMNS) and not self._given(row, "event_type"):
            add(self.error(row.number, "event_type", "an event needs its event_type"))
        verdict = values.get("verdict_on")
        starts = values.get("sentence_starts_on")
        if detained is not None and starts is not None and starts < detained.earliest():
            add(
                self.error(
                    row.number,
                    "sentence_starts_on",
                    f"the term cannot start ({starts}) before detention ({detained})",
                )
            )
        appeal = values.get("appeal_on")
        if verdict is not None and appeal is not None and appeal < verdict:
            add(
                self.error(
                    row.number,
                    "appeal_on",
                    f"the appeal ({appeal}) is before the verdict ({verdict})",
                )
            )
