"""Folds the op set into entity rows and conflict rows: the state is a pure function of the ops.

Why a fold and not "apply incoming ops to current rows": bundles arrive in any order, twice, or
relayed through other devices. If every replica recomputes a touched record from *all* its known
ops with the same deterministic rules, they converge whatever the delivery order, and a replayed
bundle cannot undo anything. Per field:

* candidates are the field ops plus the create ("*") ops carrying that field;
* a candidate some other candidate names as ``parent_op`` was overwritten causally (its writer saw
  it) and drops out; the rest are the *heads*;
* the winner is the head with the highest (HLC, origin, seq); every other head with a different
  value is a Conflict row, so a concurrent value is never silently lost (a multi-value register
  shown as last-writer-wins).

Deletes are the ``deleted`` field, with one extra rule, "edit beats concurrent delete": a tombstone
only holds if its writer had seen every edit of the record (its ``~seen`` context, written by the
change log just before the tombstone). An edit the deleter had not seen - concurrent or later -
keeps the record alive, and the overridden delete is kept as a conflict to review.

Entity rows are written with Core statements, never through the ORM, whose flush hook would record
the merge as new local edits. Decoding JSON op values back to column types lives here too.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Column, Connection, Table, bindparam, delete, insert, select, update

from app.domain.partial_dates import PartialDate
from app.models import (
    SYNCED_MODELS,
    Case,
    Charge,
    Conflict,
    Op,
    Person,
    PersonName,
    Revocation,
    Syncable,
    Trial,
)
from app.models.base import PartialDateType, UTCDateTime, utcnow
from app.services.derived import refresh_derived
from app.services.search import rebuild_name_keys
from app.sync import hlc as hlc_clock
from app.sync.changelog import (
    CREATE_FIELD,
    DELETED_FIELD,
    LOCAL_ONLY_FIELDS,
    SEEN_FIELD,
    canonical,
    encode_value,
)

CHUNK = 500
MODELS_BY_ENTITY: dict[str, type[Syncable]] = {m.__sync_entity__: m for m in SYNCED_MODELS}


class UndecodableValue(ValueError):
    """An op value that does not fit its column (a damaged op or an incompatible app version)."""


@dataclass(frozen=True, slots=True)
class OpRecord:
    """The fields of an op that merge needs (no chain links, no signature)."""

    origin: str
    seq: int
    op_id: str
    hlc: int
    entity: str
    entity_id: str
    field: str
    value: str
    parent_op: str | None

    @property
    def order(self) -> tuple[int, str, int]:
        """Total order for last-writer-wins: HLC, then origin as tie-break, then seq."""
        return (self.hlc, self.origin, self.seq)


@dataclass(frozen=True, slots=True)
class Version:
    """One candidate value of a field: the op that wrote it and its JSON value."""

    op: OpRecord
    value: Any


@dataclass(frozen=True, slots=True)
class ConflictRow:
    entity: str
    entity_id: str
    field: str
    loser: Version
    winner: Version

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.entity_id, self.field, self.loser.op.op_id)

    def as_row(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity_id,
            "field": self.field,
            "loser_op": self.loser.op.op_id,
            "entity": self.entity,
            "winner_op": self.winner.op.op_id,
            "loser_value": canonical(self.loser.value),
            "winner_value": canonical(self.winner.value),
            "loser_origin": self.loser.op.origin,
            "winner_origin": self.winner.op.origin,
            "loser_hlc": self.loser.op.hlc,
            "winner_hlc": self.winner.op.hlc,
        }


@dataclass(frozen=True)
class RecordState:
    """A record folded from its ops. ``values`` is None while no create op is known."""

    entity: str
    entity_id: str
    values: dict[str, Any] | None  # JSON values of the synced columns
    conflicts: tuple[ConflictRow, ...]


@dataclass(frozen=True)
class MergeOutcome:
    rows_changed: int
    new_conflicts: int


# -- folding (pure) ------------------------------------------------------------------------


_SYNCED_COLUMNS: dict[type[Syncable], tuple[Column[Any], ...]] = {
    model: tuple(
        c
        for c in model.__table__.columns  # type: ignore[attr-defined]
        if c.name not in LOCAL_ONLY_FIELDS
    )
    for model in SYNCED_MODELS
}


def synced_columns(model: type[Syncable]) -> tuple[Column[Any], ...]:
    """Columns whose values travel in ops (derived and bookkeeping columns stay local)."""
    return _SYNCED_COLUMNS[model]


def field_heads(versions: Sequence[Version]) -> list[Version]:
    """Candidates that no other candidate overwrote causally."""
    if len(versions) == 1:
        return list(versions)
    overwritten = {v.op.parent_op for v in versions}
    heads = [v for v in versions if v.op.op_id not in overwritten]
    return heads or list(versions)  # a parent cycle needs a hash collision; stay total anyway


def field_versions(ops: Iterable[OpRecord]) -> dict[str, list[Version]]:
    """Every candidate value per field: field ops, and create ops spread over their fields."""
    by_field: dict[str, list[Version]] = defaultdict(list)
    for op in ops:
        if op.field == SEEN_FIELD:
            continue
        value = _json(op)
        if op.field == CREATE_FIELD:
            if not isinstance(value, dict):
                raise UndecodableValue(f"a create op of {op.entity} is not an object")
            for name, field_value in value.items():
                by_field[name].append(Version(op, field_value))
        else:
            by_field[op.field].append(Version(op, value))
    return by_field


def fold_record(model: type[Syncable], entity_id: str, ops: Sequence[OpRecord]) -> RecordState:
    """Deterministic state of one record from its ops (order of ``ops`` does not matter)."""
    entity = model.__sync_entity__
    if len(ops) == 1:  # fast path: a record only created so far (bulk loads)
        created = _json(ops[0]) if ops[0].field == CREATE_FIELD else None
        if not isinstance(created, dict):
            return RecordState(entity, entity_id, None, ())
        only = {
            c.name: created[c.name] if c.name in created else _default_json(c)
            for c in synced_columns(model)
            if c.name != "id"
        }
        return RecordState(entity, entity_id, only, ())
    if not any(op.field == CREATE_FIELD for op in ops):
        return RecordState(entity, entity_id, None, ())
    by_field = field_versions(ops)
    values: dict[str, Any] = {}
    conflicts: list[ConflictRow] = []
    for column in synced_columns(model):
        name = column.name
        if name == "id":
            continue
        versions = by_field.get(name)
        if not versions:
            values[name] = _default_json(column)
            continue
        heads = field_heads(versions)
        winner = max(heads, key=lambda v: v.op.order)
        values[name] = winner.value
        conflicts.extend(
            ConflictRow(entity, entity_id, name, head, winner)
            for head in heads
            if head is not winner and head.value != winner.value
        )
        if name == DELETED_FIELD and winner.value is True:
            resurrecting = _unseen_edit(ops, [h for h in heads if h.value is True])
            if resurrecting is not None:
                values[name] = False
                conflicts.append(
                    ConflictRow(entity, entity_id, name, winner, Version(resurrecting, False))
                )
    return RecordState(entity, entity_id, values, tuple(conflicts))


def _unseen_edit(ops: Sequence[OpRecord], tombstones: Sequence[Version]) -> OpRecord | None:
    """The latest edit that none of the standing tombstones had seen, if any."""
    by_position = {(op.origin, op.seq): op for op in ops}
    contexts: list[tuple[OpRecord, Mapping[str, int]]] = []
    for tomb in tombstones:
        before = by_position.get((tomb.op.origin, tomb.op.seq - 1))
        seen: Mapping[str, int] = {}
        if before is not None and before.field == SEEN_FIELD:
            parsed = _json(before)
            if isinstance(parsed, dict):
                seen = {str(k): v for k, v in parsed.items() if isinstance(v, int)}
        contexts.append((tomb.op, seen))
    unseen = [
        op
        for op in ops
        if op.field not in (DELETED_FIELD, SEEN_FIELD)
        and not any(
            (op.origin == tomb.origin and op.seq < tomb.seq) or op.seq <= seen.get(op.origin, 0)
            for tomb, seen in contexts
        )
    ]
    return max(unseen, key=lambda op: op.order) if unseen else None


def _json(op: OpRecord) -> Any:
    try:
        return json.loads(op.value)
    except ValueError as exc:
        raise UndecodableValue(f"op {op.seq} of device {op.origin[:8]} is not valid JSON") from exc


def _default_json(column: Column[Any]) -> Any:
    """What a column holds when no op carries it (e.g. added by a later schema)."""
    default = column.default
    if default is None or not getattr(default, "is_scalar", False):
        return None
    return encode_value(default.arg)  # type: ignore[attr-defined]


# -- decoding JSON back to column types ------------------------------------------------------


Decoder = Callable[[Any], Any]


def decode_value(column: Column[Any], value: Any) -> Any:
    """Inverse of app.sync.changelog.encode_value for one column; raises UndecodableValue."""
    return column_decoder(column)(value)


@functools.cache
def column_decoder(column: Column[Any]) -> Decoder:
    """A checking converter for one column, built once (merge decodes every field it writes)."""
    convert = _converter(column.type)
    where = f"{column.table.name}.{column.name}"
    nullable = bool(column.nullable)

    def decode(value: Any) -> Any:
        if value is None:
            if not nullable:
                raise UndecodableValue(f"{where} cannot be empty")
            return None
        try:
            return convert(value)
        except (TypeError, ValueError) as exc:
            raise UndecodableValue(f"{where} holds a value of the wrong kind") from exc

    return decode


def _converter(ctype: Any) -> Decoder:
    # Order matters: TypeDecorators first, and Enum before String (it is a String subclass).
    if isinstance(ctype, PartialDateType):
        return lambda v: PartialDate.parse(_text(v))
    if isinstance(ctype, UTCDateTime):
        return _utc_datetime
    if isinstance(ctype, sa.Enum):
        enum_class = ctype.enum_class
        return _text if enum_class is None else enum_class
    if isinstance(ctype, sa.Boolean):
        return _bool
    if isinstance(ctype, sa.Integer):
        return _int
    if isinstance(ctype, sa.DateTime):
        return lambda v: datetime.fromisoformat(_text(v))
    if isinstance(ctype, sa.Date):
        return lambda v: date.fromisoformat(_text(v))
    if isinstance(ctype, sa.LargeBinary):
        return lambda v: bytes.fromhex(_text(v))
    if isinstance(ctype, sa.Float | sa.Numeric):
        return _number
    if isinstance(ctype, sa.String):
        return _text
    return _unsupported


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("not text")
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise TypeError("not a boolean")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("not a whole number")
    return value


def _number(value: Any) -> float | int:
    if type(value) not in (int, float):
        raise TypeError("not a number")
    return value  # type: ignore[no-any-return]


def _utc_datetime(value: Any) -> datetime:
    moment = datetime.fromisoformat(_text(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _unsupported(value: Any) -> Any:
    raise TypeError("unsupported column type")


# -- reading ops -------------------------------------------------------------------------------


_OP_COLUMNS = (
    Op.origin,
    Op.seq,
    Op.op_id,
    Op.hlc,
    Op.entity,
    Op.entity_id,
    Op.field,
    Op.value,
    Op.parent_op,
)


def revocation_cutoffs(conn: Connection) -> dict[str, int]:
    return {
        row[0]: row[1] for row in conn.execute(select(Revocation.device_id, Revocation.last_seq))
    }


def load_record_ops(conn: Connection, entity_ids: Iterable[str]) -> dict[str, list[OpRecord]]:
    """All effective ops of the given records (ops a revocation cut off are left out)."""
    cutoffs = revocation_cutoffs(conn)
    ids = sorted(set(entity_ids))
    result: dict[str, list[OpRecord]] = defaultdict(list)
    for start in range(0, len(ids), CHUNK):
        rows = conn.execute(
            select(*_OP_COLUMNS).where(Op.entity_id.in_(ids[start : start + CHUNK]))
        )
        for row in rows:
            op = OpRecord(*row)
            cutoff = cutoffs.get(op.origin)
            if cutoff is not None and op.seq > cutoff:
                continue
            result[op.entity_id].append(op)
    return result


def fold_records(conn: Connection, entity_ids: Iterable[str]) -> list[RecordState]:
    states = []
    for entity_id, ops in load_record_ops(conn, entity_ids).items():
        by_entity: dict[str, list[OpRecord]] = defaultdict(list)
        for op in ops:
            by_entity[op.entity].append(op)
        for entity, entity_ops in by_entity.items():
            model = MODELS_BY_ENTITY.get(entity)
            if model is not None:  # roster ops and entities of newer versions are not rows here
                states.append(fold_record(model, entity_id, entity_ops))
    return states


# -- writing state ---------------------------------------------------------------------------


def apply_records(conn: Connection, entity_ids: Collection[str]) -> MergeOutcome:
    """Recompute the given records from their ops and store rows, conflicts and search keys.

    Runs inside the caller's transaction. Foreign keys are deferred to commit, because records
    of one bundle arrive in no particular order (a name before its person).
    """
    if not entity_ids:
        return MergeOutcome(0, 0)
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    states = fold_records(conn, entity_ids)
    changed = 0
    persons: set[str] = set()
    renamed: set[str] = set()
    trial_cases: set[str] = set()
    by_model: dict[type[Syncable], list[RecordState]] = defaultdict(list)
    for state in states:
        if state.values is not None:
            by_model[MODELS_BY_ENTITY[state.entity]].append(state)
    for model in SYNCED_MODELS:  # parents before children: deferred FK checks stay cheap
        model_states = by_model.get(model)
        if not model_states:
            continue
        rows = _write_rows(conn, model, model_states)
        changed += len(rows)
        for old, new in rows:
            pair = (old, new) if old is not None else (new,)
            if model is Person:
                persons.add(new["id"])
            elif model is Trial:
                trial_cases.update(r["case_id"] for r in pair if r.get("case_id"))
            elif model is Case:  # kind, opening date: the defendants' report summaries
                trial_cases.add(new["id"])
            elif "person_id" in new:
                ids = {r["person_id"] for r in pair if r.get("person_id")}
                persons.update(ids)
                if model is PersonName:
                    renamed.update(ids)
    if trial_cases:
        persons.update(
            conn.scalars(select(Charge.person_id).where(Charge.case_id.in_(sorted(trial_cases))))
        )
    if renamed:
        rebuild_name_keys(conn, renamed)
    if persons:
        refresh_derived(conn, persons)
    new_conflicts = _store_conflicts(conn, set(entity_ids), states)
    return MergeOutcome(changed, new_conflicts)


def refresh_conflicts(conn: Connection, entity_ids: Collection[str]) -> int:
    """Recompute the conflict rows of records edited locally (entity rows were written by the
    ORM, and already equal the fold: a local op always has the highest HLC of its field)."""
    targets = set(entity_ids)
    return _store_conflicts(conn, targets, fold_records(conn, targets))


def _write_rows(
    conn: Connection, model: type[Syncable], states: Sequence[RecordState]
) -> list[tuple[dict[str, Any] | None, dict[str, Any]]]:
    """Upsert rows whose folded values differ from what is stored; returns (old, new) pairs."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    columns = [c for c in synced_columns(model) if c.name != "id"]
    decoders = [(c, column_decoder(c)) for c in columns]
    wanted = {s.entity_id: s for s in states}
    ids = sorted(wanted)
    current: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        for row in conn.execute(select(table).where(table.c.id.in_(ids[start : start + CHUNK]))):
            current[row.id] = dict(row._mapping)
    now = utcnow()
    changes: list[tuple[dict[str, Any] | None, dict[str, Any]]] = []
    for entity_id in ids:
        values = wanted[entity_id].values
        assert values is not None
        decoded: dict[str, Any] = {"id": entity_id}
        for column, decode in decoders:
            decoded[column.name] = decode(values[column.name])
        old = current.get(entity_id)
        if old is not None and all(old[c.name] == decoded[c.name] for c in columns):
            continue
        decoded["updated_at"] = now
        changes.append((old, decoded))
    if changes:
        _upsert(conn, model, [new for _old, new in changes])
    return changes


ROWS_PER_UPSERT = 200


def _upsert(conn: Connection, model: type[Syncable], rows: Sequence[dict[str, Any]]) -> None:
    """Multi-row ``INSERT ... ON CONFLICT(id) DO UPDATE`` of the synced columns.

    Several hundred rows per statement cost SQLCipher far less than one statement per row.
    Values go through each column type's bind processor, as Core would apply them. Local-only
    columns get their defaults on insert and are left alone on update (they are derived here).
    """
    table: Table = model.__table__  # type: ignore[attr-defined]
    synced = ["id", *(c.name for c in synced_columns(model))]
    local = [c for c in table.columns if c.name not in synced and c.name != "updated_at"]
    names = [*synced, "updated_at", *(c.name for c in local)]
    processors = [table.c[name].type.bind_processor(conn.dialect) or _identity for name in names]
    defaults = [_default_json(c) for c in local]
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in [*synced, "updated_at"] if n != "id")
    columns_sql = ", ".join(f'"{n}"' for n in names)
    row_marks = "(" + ",".join("?" * len(names)) + ")"
    for start in range(0, len(rows), ROWS_PER_UPSERT):
        chunk = rows[start : start + ROWS_PER_UPSERT]
        params: list[Any] = []
        for row in chunk:
            values = [row[n] for n in synced] + [row["updated_at"], *defaults]
            params.extend(p(v) for p, v in zip(processors, values, strict=True))
        conn.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({columns_sql}) VALUES '
            + ",".join([row_marks] * len(chunk))
            + f' ON CONFLICT("id") DO UPDATE SET {updates}',
            tuple(params),
        )


def _identity(value: Any) -> Any:
    return value


def _store_conflicts(conn: Connection, entity_ids: set[str], states: Iterable[RecordState]) -> int:
    """Make the conflict rows of these records equal to the folded ones; returns how many are new.
    Rows that stay keep their ``detected_at``."""
    wanted = {c.key: c for state in states for c in state.conflicts}
    ids = sorted(entity_ids)
    existing: dict[tuple[str, str, str], str] = {}
    for start in range(0, len(ids), CHUNK):
        rows = conn.execute(
            select(Conflict.entity_id, Conflict.field, Conflict.loser_op, Conflict.winner_op).where(
                Conflict.entity_id.in_(ids[start : start + CHUNK])
            )
        )
        existing.update({(r[0], r[1], r[2]): r[3] for r in rows})
    stale = [k for k in existing if k not in wanted]
    if stale:
        conn.execute(
            delete(Conflict).where(
                Conflict.entity_id == bindparam("k_entity"),
                Conflict.field == bindparam("k_field"),
                Conflict.loser_op == bindparam("k_loser"),
            ),
            [{"k_entity": e, "k_field": f, "k_loser": lo} for e, f, lo in stale],
        )
    moved = [c for k, c in wanted.items() if k in existing and existing[k] != c.winner.op.op_id]
    if moved:
        conn.execute(
            update(Conflict)
            .where(
                Conflict.entity_id == bindparam("k_entity"),
                Conflict.field == bindparam("k_field"),
                Conflict.loser_op == bindparam("k_loser"),
            )
            .values(
                winner_op=bindparam("winner_op"),
                winner_value=bindparam("winner_value"),
                winner_origin=bindparam("winner_origin"),
                winner_hlc=bindparam("winner_hlc"),
            ),
            [
                {
                    "k_entity": c.entity_id,
                    "k_field": c.field,
                    "k_loser": c.loser.op.op_id,
                    "winner_op": c.winner.op.op_id,
                    "winner_value": canonical(c.winner.value),
                    "winner_origin": c.winner.op.origin,
                    "winner_hlc": c.winner.op.hlc,
                }
                for c in moved
            ],
        )
    fresh = [c.as_row() | {"detected_at": utcnow()} for k, c in wanted.items() if k not in existing]
    if fresh:
        conn.execute(insert(Conflict), fresh)
    return len(fresh)


def hlc_datetime(hlc: int) -> datetime:
    """The wall-clock part of an HLC as an aware UTC datetime (for display)."""
    wall_ms, _counter = hlc_clock.unpack(hlc)
    return datetime.fromtimestamp(wall_ms / 1000, tz=UTC)
