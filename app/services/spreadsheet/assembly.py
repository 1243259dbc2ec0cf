"""Rows -> the records they describe, checked across rows and compared with the vault.

Several rows may describe one record: the person repeats on each of their rows, a case on each
co-defendant's row, a status period may be typed on every row of a prisoner. Each record is
identified by what a documenter would call "the same" (see ``Assembler._row_offers`` and the
table in docs/import-format.md); values from different rows of one record must agree, and a
row that contradicts an earlier one is rejected with both row numbers in the message. Names,
categories, relatives and sources are unions, never contradictions.

Against the vault, a record with the same identity is *updated* with the sheet's non-blank
values (blank cells never erase anything) or *matched* if nothing differs, so importing the
same sheet twice changes nothing. A person merged into an existing one after the duplicate
review only fills the existing person's blank fields: a fuzzy match must not overwrite.

Keys: a ``person_key`` or ``case_key`` that is a vault id (as exports write them) is that id;
any other key is turned into an id derived from the vault id and the key, so the key is
remembered per vault without storing it: the next import of a sheet with the same keys updates
the same records.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from itertools import combinations
from typing import Any

from app.domain.enums import (
    CaseKind,
    CaseStatus,
    Gender,
    NameScript,
    Regime,
    ReleaseReason,
    SentenceType,
)
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Extension, Term, expected_release
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
from app.services.spreadsheet import values as v
from app.services.spreadsheet.keys import name_token_keys, new_record_id
from app.services.spreadsheet.rows import (
    CASE_COLUMNS,
    DETENTION_COLUMNS,
    NAME_COLUMNS,
    SENTENCE_COLUMNS,
    TRIAL_COLUMNS,
    ParsedRow,
    RowError,
)
from app.services.spreadsheet.template import STATUS_COLUMNS
from app.services.spreadsheet.vault_state import Row, VaultState, fold

HEX_ID = re.compile(r"[0-9a-f]{32}")
MAX_CANDIDATES = 5


def stable_id(vault_id: str, kind: str, key: str) -> str:
    """The record id for a sheet key (see the module docstring)."""
    if HEX_ID.fullmatch(key):
        return key
    digest = hashlib.blake2b(f"{vault_id}\x1f{kind}\x1f{key}".encode(), digest_size=16)
    return digest.hexdigest()


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    MATCH = "match"
    REJECT = "reject"


@dataclass(slots=True)
class Draft:
    """One record as the sheet describes it: the values given and the rows that gave them."""

    identity: tuple[Any, ...]
    fields: dict[str, Any] = field(default_factory=dict)
    # field -> row that gave it, only where that is not the first row (most records have one)
    later: dict[str, int] | None = None
    rows: list[int] = field(default_factory=list)
    id: str = ""

    def origin(self, name: str) -> int:
        """The row that gave field ``name``."""
        return (self.later or {}).get(name, self.rows[0])


@dataclass(slots=True)
class Offer:
    kind: str
    identity: tuple[Any, ...]
    fields: dict[str, Any]
    soft: bool = False


@dataclass
class Changes:
    """What applying the sheet would do."""

    creates: dict[type, list[Row]] = field(default_factory=lambda: defaultdict(list))
    created: Counter[type] = field(default_factory=Counter)
    updates: list[tuple[type, str, dict[str, Any]]] = field(default_factory=list)
    row_actions: dict[int, RowAction] = field(default_factory=dict)
    persons_created: set[str] = field(default_factory=set)
    persons_updated: set[str] = field(default_factory=set)
    persons_matched: set[str] = field(default_factory=set)
    renamed_persons: set[str] = field(default_factory=set)

    @property
    def touched_persons(self) -> set[str]:
        return self.persons_created | self.persons_updated


# Which template column each record field comes from, to name it in messages.
_COLUMN_OF = {
    ("person", "gender"): "gender",
    ("person", "birth_date"): "birth_date",
    ("person", "region_code"): "region",
    ("person", "city"): "city",
    ("person", "occupation"): "occupation",
    ("person", "health_concerns"): "health_concerns",
    ("person", "publication"): "publish",
    ("person", "notes"): "notes",
    ("case", "kind"): "case_type",
    ("case", "number"): "case_number",
    ("case", "opened_on"): "case_opened_on",
    ("case", "investigating_body"): "investigating_body",
    ("case", "status"): "case_status",
    ("case", "notes"): "case_notes",
    ("trial", "court_code"): "court",
    ("trial", "judge"): "judge",
    ("trial", "started_on"): "trial_started_on",
    ("trial", "verdict_on"): "verdict_on",
    ("trial", "in_absentia"): "in_absentia",
    ("trial", "special_proceedings"): "special_proceedings",
    ("trial", "closed_hearing"): "closed_hearing",
    ("trial", "appeal_on"): "appeal_on",
    ("trial", "appeal_outcome"): "appeal_outcome",
    ("trial", "notes"): "trial_notes",
    ("sentence", "sentence_type"): "sentence_type",
    ("sentence", "term"): "sentence_term",
    ("sentence", "regime"): "regime",
    ("sentence", "fine_amount"): "fine",
    ("sentence", "extends"): "extends_sentence",
    ("sentence", "starts_on"): "sentence_starts_on",
    ("sentence", "credited_days"): "credited_days",
    ("sentence", "expected_release"): "expected_release",
    ("sentence", "notes"): "sentence_notes",
    ("detention", "place_kind"): "place_kind",
    ("detention", "place_name"): "place_of_detention",
    ("detention", "released_on"): "released_on",
    ("detention", "release_reason"): "release_reason",
    ("detention", "notes"): "detention_notes",
}
_STATUS_UNTIL = {s.kind: s.until for s in STATUS_COLUMNS}

_PERSON_FIELDS = {
    "gender": "gender",
    "birth_date": "birth_date",
    "region": "region_code",
    "city": "city",
    "occupation": "occupation",
    "health_concerns": "health_concerns",
    "publish": "publication",
    "notes": "notes",
}
_CASE_FIELDS = {
    "case_type": "kind",
    "case_number": "number",
    "case_opened_on": "opened_on",
    "investigating_body": "investigating_body",
    "case_status": "status",
    "case_notes": "notes",
}
_TRIAL_FIELDS = {
    "court": "court_code",
    "judge": "judge",
    "trial_started_on": "started_on",
    "verdict_on": "verdict_on",
    "in_absentia": "in_absentia",
    "special_proceedings": "special_proceedings",
    "closed_hearing": "closed_hearing",
    "appeal_on": "appeal_on",
    "appeal_outcome": "appeal_outcome",
    "trial_notes": "notes",
}
_SENTENCE_FIELDS = {
    "sentence_term": "term",
    "fine": "fine_amount",
    "extends_sentence": "extends",
    "sentence_starts_on": "starts_on",
    "credited_days": "credited_days",
    "expected_release": "expected_release",
    "sentence_notes": "notes",
}
_DETENTION_FIELDS = {
    "place_kind": "place_kind",
    "place_of_detention": "place_name",
    "released_on": "released_on",
    "release_reason": "release_reason",
    "detention_notes": "notes",
}
_SCRIPT_OF = {
    "name_be": NameScript.BE_CYRILLIC,
    "name_ru": NameScript.RU_CYRILLIC,
    "name_latin": NameScript.LATIN,
    "name_other": NameScript.OTHER,
}
_BLANK = (None, "", Regime.NONE, Gender.UNKNOWN)
_SENTENCE_COLUMNS = frozenset(Sentence.__table__.columns.keys())


def _pick(values: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {target: values[name] for name, target in names.items() if name in values}


def _shown(value: Any) -> str:
    if isinstance(value, Term):
        return v.format_term(value.years, value.months, value.days)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _source_identity(spec: v.SourceSpec) -> tuple[str, str]:
    return ("url", spec.url) if spec.url else ("title", fold(spec.publication))


def _compatible_births(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Equal as far as both are known: 1963 is compatible with 1963-11-28."""
    if a is None or b is None:
        return True
    return a.iso().startswith(b.iso()) or b.iso().startswith(a.iso())


@dataclass(frozen=True)
class DuplicateCandidate:
    """A person in the sheet that may already exist (in the vault or earlier in the sheet).

    ``id`` is the key of the review decision. ``likely`` means the names match across scripts
    and both birth dates are known and agree; otherwise one birth date is unknown.
    """

    id: str
    person_key: str
    rows: tuple[int, ...]
    name: str
    birth_date: str
    other_person_id: str | None
    other_person_key: str | None
    other_name: str
    other_birth_date: str
    likely: bool
    reason: str


class Assembler:
    """Turns parsed rows into records; ``run`` repeats until no row is newly rejected."""

    def __init__(
        self,
        state: VaultState,
        rows: list[ParsedRow],
        label: Callable[[str], str],
        source: str,
        overrides: dict[str, str] | None = None,
        soft_refs: set[str] | None = None,
    ) -> None:
        self.state = state
        self.rows = rows
        self.label = label
        self.source = source
        self.overrides = overrides or {}
        self.soft_refs = soft_refs or set()
        self.rejected: dict[int, list[RowError]] = {}
        self.drafts: dict[str, dict[tuple[Any, ...], Draft]] = {}
        # person id -> ordered set of (name, script); script None: the plain ``name`` column
        self.names: dict[str, dict[tuple[str, NameScript | None], None]] = {}
        self.primary_script: dict[str, NameScript] = {}
        self.display: dict[str, str] = {}
        self.categories: dict[str, set[str]] = {}
        self.person_rows: dict[str, list[int]] = {}
        self.ref_of_row = {r.number: r.person_ref for r in rows}
        ids = {self._pid(r) for r in rows}
        keys = {k for r in rows for k, _ in r.values.get("relatives", ())}
        ids |= {stable_id(state.vault_id, "person", k) for k in keys}
        state.load_persons(ids)
        case_keys = {r.values["case_key"] for r in rows if "case_key" in r.values}
        extended = {
            r.values["extends_sentence"]
            for r in rows
            if isinstance(r.values.get("extends_sentence"), str)
        }
        state.load_cases(stable_id(state.vault_id, "case", k) for k in case_keys | extended)

    # -- helpers ---------------------------------------------------------------------------

    def _pid(self, row: ParsedRow) -> str:
        return self.overrides.get(row.person_ref, row.person_id)

    def _error(self, row: ParsedRow | int, column: str, reason: str) -> RowError:
        number = row if isinstance(row, int) else row.number
        return RowError(self.source, number, self.label(column), reason)

    def _active(self) -> list[ParsedRow]:
        return [r for r in self.rows if r.number not in self.rejected]

    def run(self) -> None:
        while True:
            errors = self._pass(self._active())
            if not errors:
                return
            for number, found in errors.items():
                self.rejected.setdefault(number, []).extend(found)

    # -- one pass --------------------------------------------------------------------------

    def _pass(self, rows: list[ParsedRow]) -> dict[int, list[RowError]]:
        self.drafts = defaultdict(dict)
        self.names, self.display, self.categories = {}, {}, {}
        self.primary_script = {}
        self.person_rows = defaultdict(list)
        errors: dict[int, list[RowError]] = defaultdict(list)
        groups: dict[str, list[ParsedRow]] = defaultdict(list)
        for row in rows:
            groups[self._pid(row)].append(row)
        self._check_persons(groups, errors)
        if errors:
            return errors
        refs = {r.person_ref: self._pid(r) for r in rows}
        in_sheet = set(refs.values())
        for row in rows:
            offers = self._row_offers(row, refs, in_sheet, errors)
            if row.number in errors:
                continue
            conflicts = self._conflicts(row, offers)
            if conflicts:
                errors[row.number].extend(conflicts)
                continue
            self._accept(row, offers)
        if errors:
            return errors
        self._resolve_extensions(errors)
        return errors

    def _check_persons(
        self, groups: dict[str, list[ParsedRow]], errors: dict[int, list[RowError]]
    ) -> None:
        for pid, group in groups.items():
            named = [r for r in group if r.has_any(NAME_COLUMNS)]
            if not self.state.person_exists(pid):
                if not named:
                    for row in group:
                        errors[row.number].append(
                            self._error(
                                row, "name", "a new person needs a name on one of their rows"
                            )
                        )
                continue
            keyed = [r for r in named if r.person_ref not in self.soft_refs]
            if not keyed:
                continue
            known = self.state.person_name_keys(pid)
            for row in keyed:
                given: set[str] = set()
                for column in NAME_COLUMNS:
                    value = row.values.get(column)
                    for text in (value,) if isinstance(value, str) else value or ():
                        given |= name_token_keys(text)
                if given and known and not given & known:
                    shown = self.state.persons[pid]["display_name"]
                    errors[row.number].append(
                        self._error(
                            row,
                            "person_key",
                            f"{row.person_ref!r} already belongs to {shown!r} in this vault; "
                            "this row names someone else (give the row a new person_key)",
                        )
                    )

    def _case_id(self, row: ParsedRow, pid: str) -> str | None:
        values = row.values
        if not row.has_any(CASE_COLUMNS):
            return None
        if "case_key" in values:
            return stable_id(self.state.vault_id, "case", values["case_key"])
        natural = (
            values.get("case_type", CaseKind.CRIMINAL),
            values.get("case_number"),
            tuple(sorted(values.get("articles", ()))),
        )
        for charge_case in self._person_case_ids(pid):
            case = self.state.cases.get(charge_case)
            if case is None or case["deleted"]:
                continue
            articles = tuple(
                sorted(
                    c["article_key"] for c in self.state.charges[pid] if c["case_id"] == charge_case
                )
            )
            if (case["kind"], case["number"], articles) == natural:
                return charge_case
        drafts = self.drafts["natural_case"]
        draft = drafts.get((pid, *natural))
        if draft is None:
            draft = drafts[(pid, *natural)] = Draft((pid, *natural), id=new_record_id())
        return draft.id

    def _person_case_ids(self, pid: str) -> list[str]:
        ids = [c["case_id"] for c in self.state.charges[pid]]
        ids += [d["case_id"] for d in self.state.detentions[pid] if d["case_id"]]
        ids += [c for s in self.state.sentences[pid] if (c := self.state.sentence_case(s))]
        return list(dict.fromkeys(ids))

    def _row_offers(
        self,
        row: ParsedRow,
        refs: dict[str, str],
        in_sheet: set[str],
        errors: dict[int, list[RowError]],
    ) -> list[Offer]:
        values = row.values
        pid = self._pid(row)
        soft = row.person_ref in self.soft_refs
        offers = [Offer("person", (pid,), _pick(values, _PERSON_FIELDS), soft)]
        for key, relation in values.get("relatives", ()):
            other = refs.get(key) or stable_id(self.state.vault_id, "person", key)
            if other not in in_sheet and not self.state.person_exists(other):
                errors[row.number].append(
                    self._error(row, "relatives", f"no person with person_key {key!r}")
                )
                continue
            if other == pid:
                errors[row.number].append(
                    self._error(
                        row,
                        "relatives",
                        f"{key!r} is this person: a person is not their own relative",
                    )
                )
                continue
            offers.append(Offer("relation", (pid, other, relation), {}))
        for spec in values.get("sources", ()):
            offers += self._source_offers(spec, "person", pid)
        case_id = self._case_id(row, pid)
        if case_id is not None:
            offers.append(Offer("case", (case_id,), _pick(values, _CASE_FIELDS)))
            for key in values.get("articles", ()):
                offers.append(Offer("charge", (case_id, pid, key), {}))
            for spec in values.get("case_sources", ()):
                offers += self._source_offers(spec, "case", case_id)
            if row.has_any(TRIAL_COLUMNS | SENTENCE_COLUMNS):
                offers.append(Offer("trial", (case_id,), _pick(values, _TRIAL_FIELDS)))
        if row.has_any(SENTENCE_COLUMNS):
            fields = _pick(values, _SENTENCE_FIELDS)
            kind = values.get("sentence_type")
            regime = values.get("regime")
            if regime == v.OPEN_REGIME:
                kind, regime = SentenceType.RESTRICTED_FREEDOM_OPEN, Regime.NONE
            if kind is not None:
                fields["sentence_type"] = kind
            if regime is not None:
                fields["regime"] = regime
            identity: tuple[Any, ...] = (pid, case_id)
            if case_id is None:
                identity = (pid, None, fields.get("sentence_type"), fields.get("term"))
            offers.append(Offer("sentence", identity, fields))
        if row.has_any(DETENTION_COLUMNS):
            offers.append(
                Offer(
                    "detention",
                    (pid, case_id, values.get("detained_on")),
                    _pick(values, _DETENTION_FIELDS),
                )
            )
        for status in STATUS_COLUMNS:
            since = values.get(status.since)
            if since is None:
                continue
            start = None if since is v.UNKNOWN else since
            fields = {"ends_on": values[status.until]} if status.until in values else {}
            offers.append(Offer("status", (pid, status.kind, start), fields))
        if "event_type" in values:
            # An event is identified by everything about it: two interrogations on the same
            # day are two events, and a re-import of the same event matches it.
            source = values.get("event_source")
            if source is not None:
                offers += self._source_offers(source, None, None)
            identity = (
                pid,
                values["event_type"],
                values.get("event_on"),
                values.get("event_place"),
                values.get("event_body"),
                values.get("event_description"),
                None if source is None else _source_identity(source),
            )
            offers.append(Offer("event", identity, {}))
        return offers

    def _source_offers(
        self, spec: v.SourceSpec, entity: str | None, entity_id: str | None
    ) -> list[Offer]:
        ident = _source_identity(spec)
        fields = {
            "url": spec.url,
            "publication": spec.publication,
            "published_on": spec.published_on,
            "reliability": spec.reliability,
        }
        offers = [Offer("source", ident, fields, soft=True)]
        if entity is not None and entity_id is not None:
            offers.append(Offer("link", (ident, entity, entity_id), {}))
        return offers

    def _conflicts(self, row: ParsedRow, offers: list[Offer]) -> list[RowError]:
        found = []
        for offer in offers:
            if offer.soft:
                continue
            draft = self.drafts[offer.kind].get(offer.identity)
            if draft is None:
                continue
            for name, value in offer.fields.items():
                if name in draft.fields and draft.fields[name] != value:
                    column = _COLUMN_OF.get((offer.kind, name)) or _STATUS_UNTIL[offer.identity[1]]
                    found.append(
                        self._error(
                            row,
                            column,
                            f"{_shown(value)!r} contradicts row {draft.origin(name)} "
                            f"({_shown(draft.fields[name])!r}) for the same "
                            f"{'status period' if offer.kind == 'status' else offer.kind}",
                        )
                    )
        return found

    def _accept(self, row: ParsedRow, offers: list[Offer]) -> None:
        for offer in offers:
            drafts = self.drafts[offer.kind]
            draft = drafts.get(offer.identity)
            if draft is None:
                draft = drafts[offer.identity] = Draft(offer.identity)
            for name, value in offer.fields.items():
                if name not in draft.fields:
                    draft.fields[name] = value
                    if draft.rows:
                        draft.later = draft.later or {}
                        draft.later[name] = row.number
            draft.rows.append(row.number)
        pid = self._pid(row)
        self.person_rows[pid].append(row.number)
        values = row.values
        names = self.names.setdefault(pid, {})
        for column, script in _SCRIPT_OF.items():
            for text in values.get(column, ()):
                names[(text, script)] = None
        if "name" in values:
            names.setdefault((values["name"], None), None)
        for column in ("name", "name_be", "name_ru", "name_latin", "name_other"):
            value = values.get(column)
            first = value if isinstance(value, str) else (value[0] if value else None)
            if first and pid not in self.display:
                self.display[pid] = first
        if "primary_name_script" in values:
            self.primary_script.setdefault(pid, values["primary_name_script"])
        self.categories.setdefault(pid, set()).update(values.get("categories", ()))

    # -- Art. 411 extensions ---------------------------------------------------------------

    def _verdict(self, case_id: str | None) -> date | None:
        if case_id is None:
            return None
        trial = self.drafts["trial"].get((case_id,))
        if trial is not None and trial.fields.get("verdict_on"):
            return trial.fields["verdict_on"]
        stored = self.state.case_trial(case_id)
        return stored["verdict_on"] if stored else None

    def _resolve_extensions(self, errors: dict[int, list[RowError]]) -> None:
        """Point each extension at the sentence it lengthens: the case named by its key, or
        the person's sentence with the latest verdict before its own (file order when dates
        are missing)."""
        drafts = self.drafts["sentence"]
        self._sentences_of: dict[str, list[tuple[tuple[Any, ...], Draft]]] = defaultdict(list)
        for identity, draft in drafts.items():
            self._sentences_of[identity[0]].append((identity, draft))
        for identity, draft in drafts.items():
            wanted = draft.fields.get("extends")
            if not wanted:
                continue
            pid, case_id = identity[0], identity[1]
            target = self._extension_target(pid, case_id, draft, wanted)
            if target is None:
                reason = (
                    f"no sentence of this person in case {wanted!r} to extend"
                    if isinstance(wanted, str)
                    else "no earlier sentence of this person to extend"
                )
                errors[draft.origin("extends")].append(
                    self._error(draft.origin("extends"), "extends_sentence", reason)
                )
            else:
                draft.fields["extends_target"] = target

    def _extension_target(
        self, pid: str, case_id: str | None, draft: Draft, wanted: bool | str
    ) -> tuple[str, Any] | None:
        own_drafts = self._sentences_of[pid]
        candidates: list[tuple[tuple[str, Any], str | None, int]] = [
            (("draft", identity), identity[1], other.rows[0])
            for identity, other in own_drafts
            if other is not draft
        ]
        covered = {identity[1] for identity, _ in own_drafts}
        for stored in self.state.sentences[pid]:
            stored_case = self.state.sentence_case(stored)
            if stored_case is None or stored_case not in covered:
                candidates.append((("vault", stored["id"]), stored_case, 0))
        if isinstance(wanted, str):
            target_case = stable_id(self.state.vault_id, "case", wanted)
            return next((ref for ref, case, _ in candidates if case == target_case), None)
        own = self._verdict(case_id)
        dated = [(self._verdict(case), ref) for ref, case, _ in candidates]
        if own is not None:
            earlier = [(d, ref) for d, ref in dated if d is not None and d < own]
            if earlier:
                return max(earlier, key=lambda pair: pair[0])[1]
        before = [(row, ref) for ref, _, row in candidates if 0 < row < draft.rows[0]]
        if before:
            return max(before, key=lambda pair: pair[0])[1]
        stored = [(d or date.min, ref) for d, ref in dated if ref[0] == "vault"]
        return max(stored, key=lambda pair: pair[0])[1] if stored else None

    # -- against the vault -----------------------------------------------------------------

    def changes(self, now: Any, materialise: bool = True) -> Changes:
        """Creates and updates that make the vault hold what the accepted rows describe; without
        ``materialise`` (a dry run) new records are only counted, not built."""
        return _Differ(self, now, materialise).run()

    # -- duplicates ------------------------------------------------------------------------

    def duplicates(self) -> list[DuplicateCandidate]:
        """Likely duplicates of the sheet's new persons, in the vault or earlier in the sheet.

        Two names match when the shorter one's keys are all in the longer one's (so a missing
        patronymic or a Latin spelling still matches); candidates are found through pairs of
        keys they share, never by comparing everyone with everyone.
        """
        new = [pid for pid in self.person_rows if not self.state.person_exists(pid)]
        if not new:
            return []
        own = {pid: self._keys(pid) for pid in new}
        births = {pid: self.drafts["person"][(pid,)].fields.get("birth_date") for pid in new}
        sharing = self.state.persons_sharing_keys(k for keys in own.values() for k in keys)
        stored_in_sheet: dict[str, set[str]] = defaultdict(set)
        for key, persons in sharing.items():
            for person in persons:
                stored_in_sheet[person].add(key)
        stored_index = _pair_index(stored_in_sheet.items())
        wanted: dict[str, set[str]] = {
            pid: _candidates(own[pid], stored_index, sharing) for pid in new
        }
        summaries = self.state.person_summaries({c for cs in wanted.values() for c in cs})
        stored_keys = self.state.key_sets(summaries)
        ref_of = {self._pid(r): r.person_ref for r in self._active()}
        sheet_index: dict[Any, set[str]] = defaultdict(set)
        sheet_single: dict[str, set[str]] = defaultdict(set)
        found: list[DuplicateCandidate] = []
        for pid in new:
            matches: list[tuple[bool, str | None, str | None, str, PartialDate | None]] = []
            for other in sorted(wanted[pid] & summaries.keys()):
                name, born = summaries[other]
                if _same_name(own[pid], stored_keys[other]) and _compatible_births(
                    births[pid], born
                ):
                    likely = births[pid] is not None and born is not None
                    matches.append((likely, other, None, name, born))
            for other in sorted(_candidates(own[pid], sheet_index, sheet_single)):
                if _same_name(own[pid], own[other]) and _compatible_births(
                    births[pid], births[other]
                ):
                    likely = births[pid] is not None and births[other] is not None
                    matches.append(
                        (likely, None, other, self.display.get(other, ""), births[other])
                    )
            for pair in _pairs(own[pid]):
                sheet_index[pair].add(pid)
            for key in own[pid]:
                sheet_single[key].add(pid)
            matches.sort(key=lambda m: not m[0])
            for likely, stored, sheet_pid, name, born in matches[:MAX_CANDIDATES]:
                other_ref = ref_of.get(sheet_pid) if sheet_pid else None
                found.append(
                    DuplicateCandidate(
                        id=f"{ref_of[pid]}|{stored or other_ref}",
                        person_key=ref_of[pid],
                        rows=tuple(self.person_rows[pid]),
                        name=self.display.get(pid, ""),
                        birth_date=births[pid].iso() if births[pid] else "",
                        other_person_id=stored,
                        other_person_key=other_ref,
                        other_name=name,
                        other_birth_date=born.iso() if born else "",
                        likely=likely,
                        reason="same name across scripts and "
                        + ("the same birth date" if likely else "a birth date missing on one side"),
                    )
                )
        return found

    def _keys(self, pid: str) -> set[str]:
        keys: set[str] = set()
        for text, _script in self.names.get(pid, {}):
            keys |= name_token_keys(text)
        return keys


def _same_name(a: set[str], b: set[str]) -> bool:
    """The shorter name's keys are all in the longer one's (a missing patronymic is fine)."""
    return bool(a and b) and len(a & b) == min(len(a), len(b))


def _pairs(keys: set[str]) -> Iterable[tuple[str, str]]:
    return combinations(sorted(keys), 2)


def _pair_index(items: Iterable[tuple[str, set[str]]]) -> dict[Any, set[str]]:
    index: dict[Any, set[str]] = defaultdict(set)
    for person, keys in items:
        for pair in _pairs(keys):
            index[pair].add(person)
    return index


def _candidates(
    keys: set[str], pairs: dict[Any, set[str]], singles: MappingType[str, set[str]]
) -> set[str]:
    """Persons sharing two keys with ``keys``; for a one-word name, sharing its key."""
    if len(keys) == 1:
        return set(singles.get(next(iter(keys)), ()))
    found: set[str] = set()
    for pair in _pairs(keys):
        found |= pairs.get(pair, set())
    return found


@cache
def _defaults(model: type) -> dict[str, Any]:
    """Every column with its Python-side scalar default (None where there is none), so each
    create op records all fields, as an ORM insert would."""
    return {
        column.name: None
        if column.default is None or callable(column.default.arg)
        else column.default.arg
        for column in model.__table__.columns
    }


class _Differ:
    """Compares the drafts of a finished assembly with the vault."""

    def __init__(self, assembly: Assembler, now: Any, materialise: bool) -> None:
        self.a = assembly
        self.materialise = materialise
        self.state = assembly.state
        self.now = now
        self.out = Changes()
        self.changed_rows: set[int] = set()
        self.source_ids: dict[tuple[str, str], str] = {}
        self.sentence_ids: dict[tuple[Any, ...], str] = {}
        self.trial_ids: dict[str, str] = {}

    def _create(self, model: type, values: dict[str, Any], rows: Iterable[int]) -> str:
        record_id = values.get("id") or new_record_id()
        self.out.created[model] += 1
        self.changed_rows.update(rows)
        if self.materialise:
            row = {**_defaults(model), "created_at": self.now, "updated_at": self.now, **values}
            row["id"] = record_id
            self.out.creates[model].append(row)
        return record_id

    def _update(
        self,
        model: type,
        stored: Row,
        values: dict[str, Any],
        rows: Iterable[int],
        soft: bool = False,
    ) -> None:
        changes = {
            name: value
            for name, value in values.items()
            if stored[name] != value and (not soft or stored[name] in _BLANK)
        }
        if stored.get("deleted"):
            changes["deleted"] = False
        if changes:
            self.out.updates.append((model, stored["id"], changes))
            self.changed_rows.update(rows)

    def run(self) -> Changes:
        drafts = self.a.drafts
        self._sources(drafts["source"])
        self._persons(drafts["person"])
        for (pid, other, relation), draft in drafts["relation"].items():
            stored = any(
                r["other_person_id"] == other and r["relation_type"] == relation
                for r in self.state.relations[pid]
            )
            if not stored:
                self._create(
                    Relation,
                    {"person_id": pid, "other_person_id": other, "relation_type": relation},
                    draft.rows,
                )
        self._cases(drafts["case"])
        for (case_id, pid, key), draft in drafts["charge"].items():
            stored = any(
                c["case_id"] == case_id and c["article_key"] == key for c in self.state.charges[pid]
            )
            if not stored:
                self._create(
                    Charge, {"case_id": case_id, "person_id": pid, "article_key": key}, draft.rows
                )
        self._trials(drafts["trial"])
        self._sentences(drafts["sentence"])
        self._detentions(drafts["detention"])
        self._statuses(drafts["status"])
        self._events(drafts["event"])
        for (ident, entity, entity_id), draft in drafts["link"].items():
            source_id = self.source_ids[ident]
            if (source_id, entity, entity_id) not in self.state.links:
                self._create(
                    SourceLink,
                    {"source_id": source_id, "entity": entity, "entity_id": entity_id},
                    draft.rows,
                )
        self._row_actions()
        return self.out

    def _sources(self, drafts: dict[tuple[Any, ...], Draft]) -> None:
        for ident, draft in drafts.items():
            kind, value = ident
            stored = (
                self.state.sources_by_url if kind == "url" else self.state.sources_by_title
            ).get(value)
            if stored is None:
                self.source_ids[ident] = self._create(Source, dict(draft.fields), draft.rows)
            else:
                self.source_ids[ident] = stored["id"]

    def _persons(self, drafts: dict[tuple[Any, ...], Draft]) -> None:
        for (pid,), draft in drafts.items():
            names = self.a.names.get(pid, {})
            display = self.a.display.get(pid)
            categories = self.a.categories.get(pid, set())
            stored = self.state.persons.get(pid)
            soft = all(self.a.ref_of_row[n] in self.a.soft_refs for n in draft.rows)
            values = dict(draft.fields)
            if stored is None:
                values["display_name"] = display
                values["categories"] = (
                    "," + ",".join(sorted(categories)) + "," if categories else ""
                )
                self._create(Person, {"id": pid, **values}, draft.rows)
                self.out.persons_created.add(pid)
                self.out.renamed_persons.add(pid)
                self._names(pid, names, display or "", [], draft.rows)
                continue
            before = len(self.out.updates)
            if display and not soft and display != stored["display_name"]:
                values["display_name"] = display
            old = {c for c in stored["categories"].split(",") if c}
            if categories - old:
                values["categories"] = "," + ",".join(sorted(old | categories)) + ","
            self._update(Person, stored, values, draft.rows, soft=soft)
            changed = len(self.out.updates) > before
            if self._names(pid, names, stored["display_name"], self.state.names[pid], draft.rows):
                self.out.renamed_persons.add(pid)
                changed = True
            (self.out.persons_updated if changed else self.out.persons_matched).add(pid)

    def _names(
        self,
        pid: str,
        names: dict[tuple[str, NameScript | None], None],
        display: str,
        stored: list[Row],
        rows: list[int],
    ) -> bool:
        """Create the name variants the vault lacks. A plain ``name`` that is not also in a
        script column gets its script detected. The primary variant is the one equal to the
        display name (in ``primary_name_script`` when the text is in several columns)."""
        explicit = [(text, script) for text, script in names if script is not None]
        texts = {text for text, _ in explicit}
        wanted = explicit + [
            (t, v.detect_script(t)) for t, s in names if s is None and t not in texts
        ]
        have = {(r["full_name"], r["script"]) for r in stored}
        have_text = {r["full_name"] for r in stored}
        preferred = self.a.primary_script.get(pid)
        candidates = [(t, s) for t, s in wanted if t == display]
        primary = next((c for c in candidates if c[1] == preferred), None) or next(
            iter(candidates), None
        )
        if any(r["is_primary"] for r in stored):
            primary = None
        added = False
        for text, script in wanted:
            plain = (text, None) in names and text not in texts
            if (text, script) in have or (plain and text in have_text):
                continue
            self._create(
                PersonName,
                {
                    "person_id": pid,
                    "full_name": text,
                    "script": script,
                    "is_primary": (text, script) == primary,
                },
                rows,
            )
            added = True
        return added

    def _cases(self, drafts: dict[tuple[Any, ...], Draft]) -> None:
        for (case_id,), draft in drafts.items():
            stored = self.state.cases.get(case_id)
            if stored is None:
                status = draft.fields.get("status") or self._implied_status(case_id)
                self._create(Case, {"id": case_id, **draft.fields, "status": status}, draft.rows)
            else:
                self._update(Case, stored, draft.fields, draft.rows)

    def _implied_status(self, case_id: str) -> CaseStatus:
        """A new case's stage when the sheet has no case_status: a sentence means convicted,
        a release as acquitted means acquitted, a verdict or a court means it reached court."""
        drafts = self.a.drafts
        if any(i[1] == case_id for i in drafts["sentence"]):
            return CaseStatus.CONVICTED
        if any(
            d.fields.get("release_reason") is ReleaseReason.ACQUITTED
            for i, d in drafts["detention"].items()
            if i[1] == case_id
        ):
            return CaseStatus.ACQUITTED
        if (case_id,) in drafts["trial"]:
            return CaseStatus.IN_COURT
        return CaseStatus.INVESTIGATION

    def _judge_id(self, name: str | None, court: str | None, rows: list[int]) -> str | None:
        """The judge of that name at that court (or with no court recorded), else a new one:
        two judges of the same name sit in different courts."""
        if not name:
            return None
        judges = self.state.judges
        found = judges.get((fold(name), court)) or judges.get((fold(name), None))
        if found is None:
            found = judges[(fold(name), court)] = self._create(
                Judge, {"full_name": name, "court_code": court}, rows
            )
        return found

    def _trials(self, drafts: dict[tuple[Any, ...], Draft]) -> None:
        for (case_id,), draft in drafts.items():
            values = dict(draft.fields)
            judge = values.pop("judge", None)
            stored = self.state.case_trial(case_id)
            court = values.get("court_code") or (stored or {}).get("court_code")
            if judge is not None:
                values["judge_id"] = self._judge_id(judge, court, draft.rows)
            if stored is None:
                self.trial_ids[case_id] = self._create(
                    Trial, {"case_id": case_id, **values}, draft.rows
                )
            else:
                self.trial_ids[case_id] = stored["id"]
                self._update(Trial, stored, values, draft.rows)

    def _stored_sentence(self, identity: tuple[Any, ...]) -> Row | None:
        pid, case_id = identity[0], identity[1]
        for stored in self.state.sentences[pid]:
            if case_id is not None and self.state.sentence_case(stored) == case_id:
                return stored
            if case_id is None and stored["trial_id"] is None:
                kind, term = identity[2], identity[3]
                same_term = (
                    term is None
                    or Term(stored["term_years"], stored["term_months"], stored["term_days"])
                    == term
                )
                if (kind is None or stored["sentence_type"] == kind) and same_term:
                    return stored
        return None

    def _sentences(self, drafts: dict[tuple[Any, ...], Draft]) -> None:
        # Assign ids first: an extension may point at a sentence created later in the sheet.
        stored_of = {identity: self._stored_sentence(identity) for identity in drafts}
        for identity in drafts:
            stored = stored_of[identity]
            self.sentence_ids[identity] = stored["id"] if stored else new_record_id()
        merged: dict[str, dict[str, Any]] = {}
        for identity, draft in drafts.items():
            values = dict(draft.fields)
            values.pop("extends", None)
            target = values.pop("extends_target", None)
            if target is not None:
                kind, ref = target
                values["extends_sentence_id"] = self.sentence_ids[ref] if kind == "draft" else ref
            term = values.pop("term", None)
            if term is not None:
                values.update(term_years=term.years, term_months=term.months, term_days=term.days)
            if identity[1] is not None:
                values["trial_id"] = self.trial_ids[identity[1]]
            stored = stored_of[identity]
            merged[self.sentence_ids[identity]] = {**(stored or {}), **values, "_draft": identity}
        self._releases(merged)
        creates = []
        for sentence_id, values in merged.items():
            identity = values.pop("_draft", None)
            if identity is None:
                self._update(Sentence, self._stored_by_id(sentence_id), values, ())
                continue
            draft = drafts[identity]
            stored = stored_of[identity]
            fields = {k: values[k] for k in values if k in _SENTENCE_COLUMNS}
            if stored is None:
                creates.append((identity, fields, draft.rows))
            else:
                given = {k: fields[k] for k in fields if k not in stored or stored[k] != fields[k]}
                self._update(Sentence, stored, given, draft.rows)
        # Extended sentences go in before their extensions (foreign key order).
        order = {sid: i for i, sid in enumerate(self._dependency_order(creates))}
        for identity, fields, rows in sorted(creates, key=lambda c: order[self.sentence_ids[c[0]]]):
            self._create(
                Sentence,
                {**fields, "id": self.sentence_ids[identity], "person_id": identity[0]},
                rows,
            )

    def _stored_by_id(self, sentence_id: str) -> Row:
        return next(
            s for rows in self.state.sentences.values() for s in rows if s["id"] == sentence_id
        )

    def _dependency_order(self, creates: list[tuple[Any, dict[str, Any], list[int]]]) -> list[str]:
        parent = {self.sentence_ids[i]: f.get("extends_sentence_id") for i, f, _ in creates}
        ordered: list[str] = []
        placed: set[str] = set()

        def place(sid: str, depth: int = 0) -> None:
            if sid in placed or depth > len(parent):
                return
            up = parent.get(sid)
            if up in parent:
                place(up, depth + 1)
            placed.add(sid)
            ordered.append(sid)

        for sid in parent:
            place(sid)
        return ordered

    def _releases(self, merged: dict[str, dict[str, Any]]) -> None:
        """Expected release for sentences the sheet leaves blank, as the editor computes it:
        from the day the term starts, minus credited days, plus every Art. 411 extension."""
        everyone: dict[str, dict[str, Any]] = {}
        for pid in {m.get("person_id") or m["_draft"][0] for m in merged.values()}:
            for stored in self.state.sentences[pid]:
                everyone[stored["id"]] = dict(stored)
        for sid, values in merged.items():
            everyone[sid] = {**everyone.get(sid, {}), **values}
        extensions: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for values in everyone.values():
            if values.get("extends_sentence_id"):
                extensions[values["extends_sentence_id"]].append(values)
        affected = set(merged) | {
            values["extends_sentence_id"]
            for values in merged.values()
            if values.get("extends_sentence_id")
        }
        for sid in affected:
            values = everyone.get(sid)
            if values is None:
                continue
            draft_identity = values.get("_draft")
            if (
                draft_identity is not None
                and "expected_release" in self.a.drafts["sentence"][draft_identity].fields
            ):
                continue
            release = self._release(values, extensions[sid])
            if release != values.get("expected_release"):
                if sid in merged:
                    merged[sid]["expected_release"] = release
                else:
                    merged[sid] = {"expected_release": release}

    @staticmethod
    def _release(values: dict[str, Any], extensions: list[dict[str, Any]]) -> date | None:
        starts = values.get("starts_on")
        kind = values.get("sentence_type") or SentenceType.IMPRISONMENT
        if starts is None or kind == SentenceType.FINE:
            return None
        term = Term(
            values.get("term_years") or 0,
            values.get("term_months") or 0,
            values.get("term_days") or 0,
        )
        added = [
            Extension(
                Term(e.get("term_years") or 0, e.get("term_months") or 0, e.get("term_days") or 0)
            )
            for e in sorted(extensions, key=lambda e: e.get("id") or "")
        ]
        return expected_release(starts, term, values.get("credited_days") or 0, added)

    def _detentions(self, drafts: dict[tuple[Any, ...], Draft]) -> None:
        for (pid, case_id, detained), draft in drafts.items():
            stored = next(
                (
                    d
                    for d in self.state.detentions[pid]
                    if d["case_id"] == case_id and d["detained_on"] == detained
                ),
                None,
            )
            if stored is None:
                self._create(
                    Detention,
                    {"person_id": pid, "case_id": case_id, "detained_on": detained, **draft.fields},
                    draft.rows,
                )
            else:
                self._update(Detention, stored, draft.fields, draft.rows)

    def _statuses(self, drafts: dict[tuple[Any, ...], Draft]) -> None:
        for (pid, kind, start), draft in drafts.items():
            stored = next(
                (
                    s
                    for s in self.state.statuses[pid]
                    if s["kind"] == kind and s["starts_on"] == start
                ),
                None,
            )
            if stored is None:
                self._create(
                    StatusPeriod,
                    {"person_id": pid, "kind": kind, "starts_on": start, **draft.fields},
                    draft.rows,
                )
            else:
                self._update(StatusPeriod, stored, draft.fields, draft.rows)

    def _events(self, drafts: dict[tuple[Any, ...], Draft]) -> None:
        for identity, draft in drafts.items():
            pid, kind, occurred, place, body, description, source = identity
            values = {
                "person_id": pid,
                "event_type": kind,
                "occurred_on": occurred,
                "place": place,
                "responsible_body": body,
                "description": description,
                "source_id": None if source is None else self.source_ids[source],
            }
            stored = any(
                all(e[name] == value for name, value in values.items())
                for e in self.state.events[pid]
            )
            if not stored:
                self._create(RepressionEvent, values, draft.rows)

    def _row_actions(self) -> None:
        actions = self.out.row_actions
        for row in self.a.rows:
            if row.number in self.a.rejected:
                actions[row.number] = RowAction.REJECT
            elif self.a._pid(row) in self.out.persons_created:
                actions[row.number] = RowAction.CREATE
            elif row.number in self.changed_rows:
                actions[row.number] = RowAction.UPDATE
            else:
                actions[row.number] = RowAction.MATCH
        for pid in list(self.out.persons_matched):
            rows = self.a.person_rows.get(pid, [])
            if any(actions[n] is RowAction.UPDATE for n in rows):
                self.out.persons_matched.discard(pid)
                self.out.persons_updated.add(pid)
