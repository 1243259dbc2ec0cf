"""Writes this device's signed, hash-chained op feed in the same transaction as each edit.

Two entry points share one writer: the ORM flush hook (every interactive edit, field by field)
and ``append_creates`` for bulk loads (imports, demo data), which records one "*" op per new row
holding all its fields. Ops are immutable; merge (issue: sync) folds the op set into state.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from nacl.signing import SigningKey
from sqlalchemy import Connection, func, insert, inspect, select
from sqlalchemy.orm import Session

from app.domain.partial_dates import PartialDate
from app.models import AuditEntry, Op, Syncable
from app.models.base import new_id, utcnow
from app.sync import hlc as hlc_clock

CREATE_FIELD = "*"
DELETED_FIELD = "deleted"
# Causal context of a delete: written just before each tombstone op, in the same commit, as
# {origin: highest seq of that origin's ops on the record known when deleting}. It lets merge
# tell an edit the deleter had seen (the delete wins) from one it had not (the edit wins).
SEEN_FIELD = "~seen"
GENESIS_HASH = "0" * 64
# Derived columns are recomputed on every device (app.services.derived), so they never travel.
LOCAL_ONLY_FIELDS = frozenset(
    {"id", "updated_at", "latest_event_on", "custody_status", "sort_name"}
)


_PLAIN = frozenset({type(None), bool, int, float, str})


def encode_value(value: Any) -> Any:
    """JSON-safe form of a column value; the inverse lives with the merge code."""
    if type(value) in _PLAIN or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot record a {type(value).__name__} in the change log")


# One encoder for every op: json.dumps with these options would build a new one per call.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def canonical(value: Any) -> str:
    return _CANONICAL.encode(value)


def op_hash(
    origin: str,
    seq: int,
    prev_hash: str,
    hlc: int,
    entity: str,
    entity_id: str,
    field: str,
    value: str,
    parent_op: str | None,
) -> str:
    body = _CANONICAL.encode(
        [origin, seq, prev_hash, hlc, entity, entity_id, field, value, parent_op]
    )
    return hashlib.blake2b(body.encode("utf-8"), digest_size=32).hexdigest()


_OP_COLUMNS = (
    "seq",
    "op_id",
    "prev_hash",
    "hlc",
    "entity",
    "entity_id",
    "field",
    "value",
    "parent_op",
    "signature",
)
# Columns bound per row of a multi-row INSERT statement at most (SQLite allows 32766).
MAX_STATEMENT_PARAMS = 4000
MAX_STATEMENT_ROWS = 200


@lru_cache(maxsize=256)
def _values_sql(table: str, columns: tuple[str, ...], shared: tuple[str, ...], rows: int) -> str:
    slots = {name: f"?{i}" for i, name in enumerate(shared, start=1)}
    one = "(" + ", ".join(slots.get(name, "?") for name in columns) + ")"
    return f"INSERT OR FAIL INTO {table} ({', '.join(columns)}) VALUES " + ", ".join([one] * rows)


def insert_rows(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    shared: Mapping[str, Any] | None = None,
) -> None:
    """Insert ``rows`` (driver-ready values, one per column not in ``shared``) into ``table``;
    ``shared`` columns take the same value in every row.

    Why not ``executemany``: with ``cipher_memory_security`` on, every SQLite allocation costs an
    mlock/munlock pair plus a wipe, and each statement execution allocates afresh its cursors and
    record buffers (one per index) and a copy of every text parameter. A multi-row ``VALUES``
    statement opens the cursors and grows the buffers once for many rows, and a shared value is
    bound once per statement instead of once per row. Values are stored exactly as bound.

    ``OR FAIL``: a multi-row statement that may abort halfway keeps a statement journal (a copy
    of every page it touches) to undo its own rows; FAIL needs none. A constraint error still
    raises, and every caller then rolls back its whole transaction. Tables with foreign keys
    journal anyway (immediate FK checks), so for them this is no faster than ``executemany``.
    """
    if not rows:
        return
    shared = dict(shared or {})
    names = tuple(columns)
    shared_names = tuple(shared)
    own = [name for name in names if name not in shared]
    per_statement = max(1, min(MAX_STATEMENT_ROWS, MAX_STATEMENT_PARAMS // max(1, len(own))))
    head = tuple(shared.values())
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        params = list(head)
        for row in chunk:
            params.extend(row)
        sql = _values_sql(table, names, shared_names, len(chunk))
        conn.exec_driver_sql(sql, tuple(params))


@dataclass(frozen=True)
class OpEntry:
    entity: str
    entity_id: str
    field: str
    value: Any  # already encode_value()'d
    parent_op: str | None = None


@dataclass
class DeviceIdentity:
    device_id: str
    signing_key: SigningKey


class ChangeLog:
    """Appends ops for one device. Stateless between calls: the chain head is read from the
    table each time, so a rolled-back transaction cannot leave a gap or a stale counter."""

    def __init__(self, device: DeviceIdentity, actor: str = "") -> None:
        self.device = device
        self.actor = actor

    def _head(self, conn: Connection) -> tuple[int, str, int]:
        origin = self.device.device_id
        row = conn.execute(
            select(Op.seq, Op.op_id).where(Op.origin == origin).order_by(Op.seq.desc()).limit(1)
        ).first()
        last_hlc = conn.execute(select(func.max(Op.hlc))).scalar() or 0
        if row is None:
            return 0, GENESIS_HASH, last_hlc
        return row[0], row[1], last_hlc

    def append(self, conn: Connection, entries: Sequence[OpEntry]) -> list[str]:
        """Write ``entries`` as consecutive ops; the last one carries the device signature."""
        if not entries:
            return []
        seq, prev, clock = self._head(conn)
        origin = self.device.device_id
        tick = hlc_clock.tick
        encode = _CANONICAL.encode
        rows: list[list[Any]] = []
        op_ids: list[str] = []
        for entry in entries:
            seq += 1
            clock = tick(clock)
            value = encode(entry.value)
            op_id = op_hash(
                origin,
                seq,
                prev,
                clock,
                entry.entity,
                entry.entity_id,
                entry.field,
                value,
                entry.parent_op,
            )
            entity, entity_id, field, parent = (
                entry.entity,
                entry.entity_id,
                entry.field,
                entry.parent_op,
            )
            rows.append([seq, op_id, prev, clock, entity, entity_id, field, value, parent, None])
            op_ids.append(op_id)
            prev = op_id
        rows[-1][-1] = self.device.signing_key.sign(prev.encode("ascii")).signature
        shared: dict[str, Any] = {"origin": origin}
        columns = list(_OP_COLUMNS)
        for name in ("entity", "field"):  # constant in a bulk load: bound once per statement
            index = columns.index(name)
            if all(row[index] == rows[0][index] for row in rows):
                shared[name] = rows[0][index]
                columns.pop(index)
                for row in rows:
                    del row[index]
        insert_rows(conn, Op.__tablename__, [*shared, *columns], rows, shared)
        return op_ids

    def append_creates(
        self,
        conn: Connection,
        model: type[Syncable],
        records: Iterable[Mapping[str, Any]],
        action: str = "import",
    ) -> int:
        """Bulk path: one "*" op per new row (all fields) plus one audit entry for the batch."""
        entity = model.__sync_entity__
        plain, local = _PLAIN, LOCAL_ONLY_FIELDS
        entries = [
            OpEntry(
                entity,
                rec["id"],
                CREATE_FIELD,
                {
                    k: v if type(v) in plain else encode_value(v)
                    for k, v in rec.items()
                    if k not in local
                },
            )
            for rec in records
        ]
        self.append(conn, entries)
        if entries:
            conn.execute(
                insert(AuditEntry),
                [
                    {
                        "at": utcnow(),
                        "device_id": self.device.device_id,
                        "actor": self.actor,
                        "action": action,
                        "entity": entity,
                        "entity_id": "",
                        "summary": f"{len(entries)} {entity} records",
                    }
                ],
            )
        return len(entries)

    # -- ORM flush hook -------------------------------------------------------------------

    def before_flush(self, session: Session, _context: object, _instances: object) -> None:
        entries: list[OpEntry] = []
        audits: list[dict[str, Any]] = []
        conn = session.connection()
        for obj in list(session.deleted):
            if isinstance(obj, Syncable):
                raise RuntimeError("synced records are never hard-deleted; set deleted=True")
        for obj in list(session.new):
            if not isinstance(obj, Syncable):
                continue
            values = _apply_defaults(obj)
            entity = obj.__sync_entity__
            entries.append(
                OpEntry(
                    entity,
                    obj.id,
                    CREATE_FIELD,
                    {k: encode_value(v) for k, v in values.items() if k not in LOCAL_ONLY_FIELDS},
                )
            )
            audits.append(self._audit("create", entity, obj.id, ""))
        resurrected: list[Syncable] = []
        for obj in list(session.dirty):
            if not isinstance(obj, Syncable) or not session.is_modified(obj):
                continue
            state = inspect(obj)
            entity = obj.__sync_entity__
            changed = []
            for attr in state.mapper.column_attrs:
                key = attr.key
                if key in LOCAL_ONLY_FIELDS or key == "created_at":
                    continue
                if not state.attrs[key].history.has_changes():
                    continue
                changed.append(key)
                if key == DELETED_FIELD and obj.deleted:
                    entries.append(OpEntry(entity, obj.id, SEEN_FIELD, seen_vector(conn, obj.id)))
                entries.append(
                    OpEntry(
                        entity,
                        obj.id,
                        key,
                        encode_value(getattr(obj, key)),
                        _current_winner(conn, obj.id, key),
                    )
                )
            if changed:
                action = "delete" if DELETED_FIELD in changed and obj.deleted else "update"
                audits.append(self._audit(action, entity, obj.id, ", ".join(changed)))
                if obj.deleted and DELETED_FIELD not in changed:
                    resurrected.append(obj)
        if entries:
            self.append(conn, entries)
            conn.execute(insert(AuditEntry), audits)
            # An edit after a delete resurrects the record (merge keeps the delete as a
            # conflict); mirror that here so this vault's row equals what every peer computes.
            for obj in resurrected:
                obj.deleted = False
            # A local edit can change a record's conflicts too (e.g. an undelete that overwrites
            # one of two concurrent deletes), so they are folded again like after an import.
            edited = {e.entity_id for e in entries if e.field != CREATE_FIELD}
            if edited:
                from app.sync.merge import refresh_conflicts

                refresh_conflicts(conn, edited)

    def _audit(self, action: str, entity: str, entity_id: str, summary: str) -> dict[str, Any]:
        return {
            "at": utcnow(),
            "device_id": self.device.device_id,
            "actor": self.actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "summary": summary,
        }


def _apply_defaults(obj: Syncable) -> dict[str, Any]:
    """Fill Python-side column defaults now, so the create op records what will be stored."""
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        current = getattr(obj, attr.key)
        if current is None and column.default is not None:
            default = column.default
            if default.is_callable:
                current = default.arg(None)  # type: ignore[operator]
            elif default.is_scalar:
                current = default.arg
            setattr(obj, attr.key, current)
        values[attr.key] = current
    if values.get("id") is None:
        obj.id = values["id"] = new_id()
    return values


def seen_vector(conn: Connection, entity_id: str) -> dict[str, int]:
    """What this vault knows of one record: the highest seq per origin among its ops."""
    rows = conn.execute(
        select(Op.origin, func.max(Op.seq)).where(Op.entity_id == entity_id).group_by(Op.origin)
    )
    return {origin: int(seq) for origin, seq in rows}


def _current_winner(conn: Connection, entity_id: str, field: str) -> str | None:
    return conn.execute(
        select(Op.op_id)
        .where(Op.entity_id == entity_id, Op.field.in_((field, CREATE_FIELD)))
        .order_by(Op.hlc.desc(), Op.origin.desc())
        .limit(1)
    ).scalar()


class FeedError(Exception):
    """A device feed whose hashes, sequence or signatures do not check out."""


def verify_feed(conn: Connection, origin: str, verify_key: bytes) -> int:
    """Re-hash one device's feed and check every signature; returns the number of ops.

    Used by sync before trusting relayed ops, and by tests as the definition of a valid feed.
    """
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    key = VerifyKey(verify_key)
    prev, expected_seq, count = GENESIS_HASH, 1, 0
    rows = conn.execute(select(Op).where(Op.origin == origin).order_by(Op.seq))
    for row in rows.mappings():
        if row["seq"] != expected_seq:
            raise FeedError(f"gap in the feed before op {row['seq']}")
        if row["prev_hash"] != prev:
            raise FeedError(f"op {row['seq']} does not follow its predecessor")
        computed = op_hash(
            origin,
            row["seq"],
            row["prev_hash"],
            row["hlc"],
            row["entity"],
            row["entity_id"],
            row["field"],
            row["value"],
            row["parent_op"],
        )
        if computed != row["op_id"]:
            raise FeedError(f"op {row['seq']} was altered")
        if row["signature"] is not None:
            try:
                key.verify(row["op_id"].encode("ascii"), row["signature"])
            except BadSignatureError as exc:
                raise FeedError(f"op {row['seq']} has a bad signature") from exc
        prev, expected_seq, count = row["op_id"], expected_seq + 1, count + 1
    return count
