"""Import a spreadsheet: a dry run first, then one transaction.

The wizard (and ``letapis import``) drive a pure pipeline::

    table = read_table(path)
    mapping = suggest_mapping(table.headers, session)      # the documenter may adjust it
    plan = plan_import(session, table, mapping)            # what would happen, row by row
    result = apply_import(vault, plan, accept_partial=..., decisions=..., progress=...)

``plan_import`` writes nothing. ``apply_import`` re-checks the rows against the vault as it is
then, inside the write transaction, so the plan cannot go stale; if any row is rejected and the
documenter did not accept a partial import, it raises :class:`ImportRejected` and the
transaction is rolled back: nothing is written. New records go in with bulk Core inserts and
one change-feed op per record (``ChangeLog.append_creates``); updates of existing records go
through the ORM so the flush hook writes field-level ops as for any edit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Mapping as MappingType
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.orm import Session

from app.errors import ImportRowError
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
    Source,
    SourceLink,
    StatusPeriod,
    Trial,
)
from app.models.base import utcnow
from app.services.derived import refresh_derived
from app.services.search import rebuild_name_keys
from app.services.spreadsheet.assembly import (
    Assembler,
    Changes,
    DuplicateCandidate,
    RowAction,
    stable_id,
)
from app.services.spreadsheet.keys import name_token_keys, new_record_id
from app.services.spreadsheet.mapping import Mapping, remember_mapping
from app.services.spreadsheet.reader import RawTable
from app.services.spreadsheet.rows import ParsedRow, RowError, RowParser
from app.services.spreadsheet.vault_state import VaultState
from app.sync.changelog import insert_rows

if TYPE_CHECKING:
    from app.services.vault import Vault

Progress = Callable[[int, int], None]
"""Called with (done, total) as work advances; raising from it cancels (and rolls back)."""

WRITE_ORDER = (
    Source,
    Judge,
    Person,
    PersonName,
    Relation,
    Case,
    Charge,
    Trial,
    Sentence,
    Detention,
    StatusPeriod,
    RepressionEvent,
    SourceLink,
)
BATCH = 2000
IMPORT_CACHE_KIB = 256 * 1024
_PARSE_STEP = 1000


class Decision(StrEnum):
    """The documenter's answer for one duplicate candidate."""

    NEW = "new"  # a different person: import as a new record (the default)
    MERGE = "merge"  # the same person: attach the rows to the existing one


class MappingNotReady(ImportRowError):
    pass


class ImportRejected(ImportRowError):
    """Rows were rejected and a partial import was not accepted: nothing was written."""

    def __init__(self, source: str, errors: tuple[RowError, ...], total_rows: int) -> None:
        rows = len({e.row for e in errors})
        super().__init__(
            f"{source}: {rows} of {total_rows} rows have errors; nothing was imported "
            "(fix them, or accept a partial import of the other rows)."
        )
        self.errors = errors


@dataclass(frozen=True)
class RowOutcome:
    """One sheet row in the dry run; ``name`` is the name the row gives (may be blank)."""

    row: int
    action: RowAction
    person_key: str
    name: str = ""
    errors: tuple[RowError, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """The dry run: what importing the sheet would do, row by row, and whom to review."""

    source: str
    mapping: Mapping
    outcomes: tuple[RowOutcome, ...]
    duplicates: tuple[DuplicateCandidate, ...]
    persons_to_create: int
    persons_to_update: int
    persons_unchanged: int
    records_to_create: dict[str, int]
    records_to_update: dict[str, int]
    rows: tuple[ParsedRow, ...] = field(repr=False, default=())

    @property
    def errors(self) -> tuple[RowError, ...]:
        return tuple(e for o in self.outcomes for e in o.errors)

    def count(self, action: RowAction) -> int:
        return sum(1 for o in self.outcomes if o.action is action)

    @property
    def has_errors(self) -> bool:
        return any(o.action is RowAction.REJECT for o in self.outcomes)

    def summary(self) -> str:
        parts = [
            f"{self.count(RowAction.CREATE)} new",
            f"{self.count(RowAction.UPDATE)} updating",
            f"{self.count(RowAction.MATCH)} already in the vault",
            f"{self.count(RowAction.REJECT)} rejected",
        ]
        line = f"{self.source}: {len(self.outcomes)} rows: " + ", ".join(parts)
        if self.duplicates:
            line += f"; {len(self.duplicates)} possible duplicates to review"
        return line


@dataclass(frozen=True)
class ImportResult:
    source: str
    rows_imported: int
    rows_rejected: int
    persons_created: int
    persons_updated: int
    persons_unchanged: int
    records_created: dict[str, int]
    records_updated: dict[str, int]
    errors: tuple[RowError, ...] = ()

    def summary(self) -> str:
        line = (
            f"{self.source}: imported {self.rows_imported} rows ({self.persons_created} new "
            f"persons, {self.persons_updated} updated, {self.persons_unchanged} unchanged)"
        )
        if self.rows_rejected:
            line += f"; rejected {self.rows_rejected} rows"
        return line


def _parse_rows(
    table: RawTable, mapping: Mapping, state: VaultState, progress: Progress | None
) -> list[ParsedRow]:
    parser = RowParser(table, mapping, state.custom_articles)
    rows = []
    total = len(table)
    for index in range(total):
        row = parser.parse(index)
        key = row.values.get("person_key")
        if key:
            row.person_ref = key
            row.person_id = stable_id(state.vault_id, "person", key)
        else:
            row.person_ref = f"row {row.number}"
            row.person_id = new_record_id()
        rows.append(row)
        if progress is not None and (index + 1) % _PARSE_STEP == 0:
            progress(index + 1, total)
    if progress is not None:
        progress(total, total)
    return rows


def _row_name(row: ParsedRow) -> str:
    if "name" in row.values:
        return str(row.values["name"])
    for column in ("name_be", "name_ru", "name_latin", "name_other"):
        if row.values.get(column):
            return str(row.values[column][0])
    return ""


def _table_counts(changes: Changes) -> tuple[dict[str, int], dict[str, int]]:
    created = {model.__tablename__: n for model, n in changes.created.items() if n}
    updated = Counter(model.__tablename__ for model, _, _ in changes.updates)
    return created, dict(updated)


def plan_import(
    session: Session, table: RawTable, mapping: Mapping, progress: Progress | None = None
) -> ImportPlan:
    """Dry run: parse and check every row, compare with the vault, find likely duplicates."""
    problems = mapping.problems()
    if problems:
        raise MappingNotReady(f"{table.source}: the column mapping is not ready: {problems[0]}.")
    state = VaultState(session.connection())
    rows = _parse_rows(table, mapping, state, progress)
    valid = [r for r in rows if not r.errors]
    assembler = Assembler(state, valid, mapping.source_label, table.source)
    assembler.run()
    changes = assembler.changes(utcnow(), materialise=False)
    outcomes = []
    for row in rows:
        errors = tuple(row.errors) + tuple(assembler.rejected.get(row.number, ()))
        action = RowAction.REJECT if errors else changes.row_actions[row.number]
        outcomes.append(RowOutcome(row.number, action, row.person_ref, _row_name(row), errors))
    created, updated = _table_counts(changes)
    return ImportPlan(
        source=table.source,
        mapping=mapping,
        outcomes=tuple(outcomes),
        duplicates=tuple(assembler.duplicates()),
        persons_to_create=len(changes.persons_created),
        persons_to_update=len(changes.persons_updated),
        persons_unchanged=len(changes.persons_matched),
        records_to_create=created,
        records_to_update=updated,
        rows=tuple(rows),
    )


def _merges(
    plan: ImportPlan, decisions: MappingType[str, Decision | str] | None
) -> tuple[dict[str, str], set[str]]:
    """(person_ref -> id of the person it is merged into, refs merged) from review decisions."""
    if not decisions:
        return {}, set()
    candidates = {c.id: c for c in plan.duplicates}
    own_id = {r.person_ref: r.person_id for r in plan.rows}
    chosen: dict[str, DuplicateCandidate] = {}
    for candidate_id, decision in decisions.items():
        if candidate_id not in candidates:
            raise ValueError(f"unknown duplicate candidate {candidate_id!r}")
        if Decision(decision) is not Decision.MERGE:
            continue
        candidate = candidates[candidate_id]
        if candidate.person_key in chosen:
            raise ValueError(f"{candidate.person_key!r} can be merged into one person only")
        chosen[candidate.person_key] = candidate

    def target(ref: str, depth: int = 0) -> str:
        candidate = chosen.get(ref)
        if candidate is None or depth > len(chosen):
            return own_id[ref]
        if candidate.other_person_id is not None:
            return candidate.other_person_id
        assert candidate.other_person_key is not None
        return target(candidate.other_person_key, depth + 1)

    return {ref: target(ref) for ref in chosen}, set(chosen)


def apply_import(
    vault: Vault,
    plan: ImportPlan,
    accept_partial: bool = False,
    decisions: MappingType[str, Decision | str] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan in one transaction into the unlocked ``vault``.

    ``decisions`` maps :attr:`DuplicateCandidate.id` to ``Decision.MERGE`` or ``Decision.NEW``;
    undecided candidates are imported as new persons. Raises :class:`ImportRejected` (nothing
    written) when a row is rejected and ``accept_partial`` is false.
    """
    total_rows = len(plan.rows)
    if plan.has_errors and not accept_partial:
        raise ImportRejected(plan.source, plan.errors, total_rows)
    overrides, merged = _merges(plan, decisions)
    with vault.session() as session, session.begin():
        conn = session.connection()
        changes, errors = _assemble(conn, plan, overrides, merged)
        if errors and not accept_partial:
            raise ImportRejected(plan.source, errors, total_rows)
        created, updated = _table_counts(changes)
        keys = _new_name_keys(changes)
        with _large_page_cache(conn):
            _write(vault, session, changes, progress)
        _index_names(conn, keys, changes.renamed_persons - changes.persons_created)
        refresh_derived(conn, changes.touched_persons)
        remember_mapping(session, plan.mapping)
    rejected = {e.row for e in errors}
    return ImportResult(
        source=plan.source,
        rows_imported=total_rows - len(rejected),
        rows_rejected=len(rejected),
        persons_created=len(changes.persons_created),
        persons_updated=len(changes.persons_updated),
        persons_unchanged=len(changes.persons_matched),
        records_created=created,
        records_updated=updated,
        errors=errors,
    )


def _assemble(
    conn: Connection, plan: ImportPlan, overrides: dict[str, str], merged: set[str]
) -> tuple[Changes, tuple[RowError, ...]]:
    """The changes the plan's valid rows make to the vault as it is now, and every row error.
    The drafts behind them are dropped on return: only the rows to write stay in memory."""
    valid = [r for r in plan.rows if not r.errors]
    assembler = Assembler(
        VaultState(conn), valid, plan.mapping.source_label, plan.source, overrides, merged
    )
    assembler.run()
    errors = tuple(e for r in plan.rows for e in r.errors) + tuple(
        e for found in assembler.rejected.values() for e in found
    )
    return assembler.changes(utcnow()), errors


@contextmanager
def _large_page_cache(conn: Connection) -> Iterator[None]:
    """A bigger SQLite page cache while a large import writes: the indexes it fills (the change
    feed's op hashes above all) take random-order inserts, and with the default 8 MB cache each
    one re-reads and re-decrypts evicted pages. Pages are allocated only as used, so a small
    import costs nothing extra; the connection's setting is restored afterwards."""
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def _new_name_keys(changes: Changes) -> list[dict[str, str]]:
    """Search-key rows for the new persons' names: what ``rebuild_name_keys`` would write,
    computed word by word with a cache."""
    created = changes.persons_created
    keys = {
        (key, row["person_id"])
        for row in changes.creates.get(PersonName, [])
        if row["person_id"] in created
        for key in name_token_keys(row["full_name"])
    }
    return [{"key": key, "person_id": person_id} for key, person_id in sorted(keys)]


def _index_names(conn: Connection, new_keys: list[dict[str, str]], renamed: set[str]) -> None:
    """Insert the new persons' search keys; re-index existing persons that gained a name."""
    rows = [(row["key"], row["person_id"]) for row in new_keys]
    if rows:
        _execute_many(conn, NameKey.__tablename__, ("key", "person_id"), rows)
    rebuild_name_keys(conn, renamed)


def _execute_many(
    conn: Connection, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    conn.exec_driver_sql(sql, [tuple(row) for row in rows])


@cache
def _insert_plan(model: type, dialect: Dialect) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """(column names, bind processor per column) for one table."""
    columns = tuple(model.__table__.columns)
    return tuple(c.name for c in columns), tuple(c.type.bind_processor(dialect) for c in columns)


def _insert_rows(conn: Connection, model: type, rows: list[dict[str, Any]]) -> None:
    """``conn.execute(insert(model), rows)`` at a fraction of the cost: the same column types
    convert the values (so they are stored exactly as the ORM stores them), but as tuples in
    multi-row statements (``insert_rows``), without building a parameter dict per row; a
    column with one value in every row (timestamps, flags) is bound once per statement."""
    names, processors = _insert_plan(model, conn.dialect)
    pairs = tuple(zip(names, processors, strict=True))
    params = [
        [row[n] if p is None or row[n] is None else p(row[n]) for n, p in pairs] for row in rows
    ]
    if model.__table__.foreign_keys:  # see insert_rows: one statement per row is as fast here
        _execute_many(conn, model.__tablename__, names, params)
        return
    first = params[0]
    constant = [i for i in range(len(names)) if all(row[i] == first[i] for row in params)]
    shared = {names[i]: first[i] for i in constant}
    if constant:
        for row in params:
            for i in reversed(constant):
                del row[i]
    own = [n for n in names if n not in shared]
    insert_rows(conn, model.__tablename__, [*shared, *own], params, shared)


def _write(vault: Vault, session: Session, changes: Changes, progress: Progress | None) -> None:
    conn = session.connection()
    total = sum(len(rows) for rows in changes.creates.values()) + len(changes.updates)
    done = 0
    for model in WRITE_ORDER:
        rows = changes.creates.get(model, [])
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            _insert_rows(conn, model, batch)
            vault.changelog.append_creates(conn, model, batch, action="import")
            done += len(batch)
            if progress is not None:
                progress(done, total)
        changes.creates[model] = []  # written: let the memory go
    for model, record_id, values in changes.updates:
        record = session.get(model, record_id)
        assert record is not None, f"{model.__name__} {record_id} vanished during the import"
        for name, value in values.items():
            setattr(record, name, value)
        done += 1
        if progress is not None and done % BATCH == 0:
            progress(done, total)
    session.flush()
    if progress is not None:
        progress(total, total)
