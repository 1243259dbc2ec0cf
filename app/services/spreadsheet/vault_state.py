"""What the vault already holds for the persons and cases a sheet touches, read in bulk.

The importer compares every record it would write with what is stored, to tell "create" from
"update" from "already there" and to make a second import of the same sheet change nothing.
Reads are chunked Core queries (no ORM objects), so a re-import of 100k rows stays fast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Table, select

from app.domain.partial_dates import PartialDate
from app.models import (
    Case,
    Charge,
    CustomArticle,
    Detention,
    Judge,
    NameKey,
    Person,
    PersonName,
    Relation,
    RepressionEvent,
    Sentence,
    Source,
    SourceLink,
    StatusPeriod,
    Trial,
    VaultMeta,
)
from app.services.spreadsheet.keys import name_token_keys

CHUNK = 500
Row = dict[str, Any]


def chunks(items: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    ordered = sorted(set(items))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


class VaultState:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        meta = conn.execute(select(VaultMeta.value).where(VaultMeta.key == "vault_id")).scalar()
        self.vault_id: str = meta or ""
        self.custom_articles = frozenset(conn.execute(select(CustomArticle.key)).scalars())
        self.persons: dict[str, Row] = {}
        self.names: dict[str, list[Row]] = defaultdict(list)
        self.relations: dict[str, list[Row]] = defaultdict(list)
        self.charges: dict[str, list[Row]] = defaultdict(list)
        self.detentions: dict[str, list[Row]] = defaultdict(list)
        self.sentences: dict[str, list[Row]] = defaultdict(list)
        self.statuses: dict[str, list[Row]] = defaultdict(list)
        self.events: dict[str, list[Row]] = defaultdict(list)
        self.cases: dict[str, Row] = {}
        self.trials: dict[str, list[Row]] = defaultdict(list)  # case id -> trials
        self.trial_case: dict[str, str] = {}  # trial id -> case id
        self.links: set[tuple[str, str, str]] = set()
        self._loaded_persons: set[str] = set()
        self._loaded_cases: set[str] = set()
        self._loaded_link_ids: set[str] = set()
        self.judges = self._judges()
        self.sources_by_url, self.sources_by_title = self._sources()

    def _rows(self, table: Table, column: str, ids: Iterable[str], live: bool = True) -> list[Row]:
        out: list[Row] = []
        for chunk in chunks(ids):
            stmt = select(table).where(table.c[column].in_(chunk))
            if live:
                stmt = stmt.where(table.c.deleted.is_(False))
            out.extend(dict(r) for r in self.conn.execute(stmt).mappings())
        return out

    def _judges(self) -> dict[tuple[str, str | None], str]:
        """(folded name, court code) -> judge id."""
        rows = self.conn.execute(
            select(Judge.id, Judge.full_name, Judge.court_code)
            .where(Judge.deleted.is_(False))
            .order_by(Judge.id)
        )
        found: dict[tuple[str, str | None], str] = {}
        for judge_id, name, court in rows:
            found.setdefault((fold(name), court), judge_id)
        return found

    def _sources(self) -> tuple[dict[str, Row], dict[str, Row]]:
        by_url: dict[str, Row] = {}
        by_title: dict[str, Row] = {}
        stmt = select(Source.__table__).where(Source.deleted.is_(False)).order_by(Source.id)
        for row in self.conn.execute(stmt).mappings():
            if row["url"]:
                by_url.setdefault(row["url"], dict(row))
            elif row["publication"]:
                by_title.setdefault(fold(row["publication"]), dict(row))
        return by_url, by_title

    def load_persons(self, ids: Iterable[str]) -> None:
        """Persons (tombstoned ones too, so a re-import can bring them back) and their records."""
        wanted = set(ids) - self._loaded_persons
        if not wanted:
            return
        self._loaded_persons |= wanted
        for row in self._rows(Person.__table__, "id", wanted, live=False):
            self.persons[row["id"]] = row
        present = wanted & self.persons.keys()
        groups = (
            (PersonName, self.names),
            (Relation, self.relations),
            (Charge, self.charges),
            (Detention, self.detentions),
            (Sentence, self.sentences),
            (StatusPeriod, self.statuses),
            (RepressionEvent, self.events),
        )
        for model, target in groups:
            for row in self._rows(model.__table__, "person_id", present):
                target[row["person_id"]].append(row)
        trial_ids = {s["trial_id"] for p in present for s in self.sentences[p] if s["trial_id"]}
        for row in self._rows(Trial.__table__, "id", trial_ids):
            self.trial_case[row["id"]] = row["case_id"]
        case_ids = {c["case_id"] for p in present for c in self.charges[p]}
        case_ids |= {d["case_id"] for p in present for d in self.detentions[p] if d["case_id"]}
        case_ids |= set(self.trial_case.values())
        self.load_cases(case_ids)
        self.load_links(present)

    def load_cases(self, ids: Iterable[str]) -> None:
        wanted = set(ids) - self._loaded_cases
        if not wanted:
            return
        self._loaded_cases |= wanted
        for row in self._rows(Case.__table__, "id", wanted, live=False):
            self.cases[row["id"]] = row
        for row in self._rows(Trial.__table__, "case_id", wanted):
            self.trials[row["case_id"]].append(row)
            self.trial_case[row["id"]] = row["case_id"]
        for trials in self.trials.values():
            trials.sort(key=lambda t: t["id"])
        self.load_links(wanted & self.cases.keys())

    def load_links(self, entity_ids: Iterable[str]) -> None:
        wanted = set(entity_ids) - self._loaded_link_ids
        self._loaded_link_ids |= wanted
        for row in self._rows(SourceLink.__table__, "entity_id", wanted):
            self.links.add((row["source_id"], row["entity"], row["entity_id"]))

    def person_exists(self, person_id: str) -> bool:
        return person_id in self.persons

    def person_name_keys(self, person_id: str) -> set[str]:
        keys: set[str] = set()
        for row in self.names[person_id]:
            keys |= name_token_keys(row["full_name"])
        return keys | name_token_keys(self.persons[person_id]["display_name"])

    def case_trial(self, case_id: str) -> Row | None:
        trials = self.trials.get(case_id)
        return trials[0] if trials else None

    def sentence_case(self, sentence: Row) -> str | None:
        return self.trial_case.get(sentence["trial_id"]) if sentence["trial_id"] else None

    # -- duplicate search ------------------------------------------------------------------

    def persons_sharing_keys(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """key -> live persons having a name token with that key."""
        found: dict[str, set[str]] = defaultdict(set)
        for chunk in chunks(keys):
            rows = self.conn.execute(
                select(NameKey.key, NameKey.person_id).where(NameKey.key.in_(chunk))
            )
            for key, person_id in rows:
                found[key].add(person_id)
        return found

    def person_summaries(self, ids: Iterable[str]) -> dict[str, tuple[str, PartialDate | None]]:
        """person id -> (display name, birth date) for live persons."""
        out: dict[str, tuple[str, PartialDate | None]] = {}
        for chunk in chunks(ids):
            rows = self.conn.execute(
                select(Person.id, Person.display_name, Person.birth_date).where(
                    Person.id.in_(chunk), Person.deleted.is_(False)
                )
            )
            out.update({pid: (name, born) for pid, name, born in rows})
        return out

    def key_sets(self, ids: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for chunk in chunks(ids):
            rows = self.conn.execute(
                select(NameKey.person_id, NameKey.key).where(NameKey.person_id.in_(chunk))
            )
            for person_id, key in rows:
                out[person_id].add(key)
        return out
