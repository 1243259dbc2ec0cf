"""Conflicts screen use cases: list unresolved conflicts, resolve one.

A conflict is a concurrent value that lost last-writer-wins (see app/sync/merge.py). Resolving it
does not edit the conflicts table: it writes ordinary ops - the chosen value, once per standing
version of the field, each naming that version as its parent - so the resolution overwrites
every competing value causally, syncs to the team like any edit, and the conflict disappears on
every device that receives it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, func, insert, select

from app.crypto.identity import short_id
from app.errors import (
    ConflictGone,
    ValidationError,
)
from app.models import AuditEntry, Conflict, Device
from app.models.base import utcnow
from app.services.vault import Vault
from app.sync.changelog import DELETED_FIELD, SEEN_FIELD, OpEntry, encode_value, seen_vector
from app.sync.merge import (
    MODELS_BY_ENTITY,
    UndecodableValue,
    apply_records,
    decode_value,
    field_heads,
    field_versions,
    hlc_datetime,
    load_record_ops,
    synced_columns,
)

Keep = Literal["winner", "loser"]
LABEL_COLUMNS = ("display_name", "full_name", "number", "filename", "publication", "section")


@dataclass(frozen=True)
class ConflictKey:
    entity_id: str
    field: str
    loser_op: str


@dataclass(frozen=True)
class ConflictSide:
    """One of the two competing versions, as the Conflicts screen shows it."""

    op_id: str
    device_id: str
    device_label: str
    at: datetime  # wall-clock part of the writer's HLC (the writer's own clock)
    value: Any  # decoded to the column's Python type (PartialDate, enum, date, ...)


@dataclass(frozen=True)
class ConflictView:
    key: ConflictKey
    entity: str
    entity_id: str
    field: str
    record_label: str
    is_delete: bool  # True: "deleted on one device, edited on another"
    winner: ConflictSide  # the value the record holds now
    loser: ConflictSide
    detected_at: datetime


def count_conflicts(vault: Vault) -> int:
    with vault.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Conflict)) or 0)


def list_conflicts(vault: Vault, entity_id: str | None = None) -> list[ConflictView]:
    """Unresolved conflicts, oldest first (optionally of one record)."""
    with vault.engine.connect() as conn:
        query = select(Conflict).order_by(Conflict.detected_at, Conflict.entity_id, Conflict.field)
        if entity_id is not None:
            query = query.where(Conflict.entity_id == entity_id)
        rows = conn.execute(query).mappings().all()
        labels = {
            device_id: ("this device" if is_self else label)
            for device_id, label, is_self in conn.execute(
                select(Device.device_id, Device.label, Device.is_self)
            )
        }
        return [_view(conn, row, labels) for row in rows]


def resolve_conflict(
    vault: Vault, key: ConflictKey, keep: Keep | None = None, *, value: Any = None
) -> None:
    """Settle a conflict: keep the current winner, take the loser, or (``keep=None``) store
    ``value`` (a Python value of the field's type). The result syncs like any edit."""
    with vault.engine.begin() as conn:
        row = (
            conn.execute(
                select(Conflict).where(
                    Conflict.entity_id == key.entity_id,
                    Conflict.field == key.field,
                    Conflict.loser_op == key.loser_op,
                )
            )
            .mappings()
            .first()
        )
        if row is None:
            raise ConflictGone("This conflict was already resolved.")
        model = MODELS_BY_ENTITY[row["entity"]]
        ops = [
            op
            for op in load_record_ops(conn, [key.entity_id])[key.entity_id]
            if op.entity == row["entity"]
        ]
        heads = field_heads(field_versions(ops).get(key.field, []))
        if keep is not None:
            chosen = json.loads(row["winner_value"] if keep == "winner" else row["loser_value"])
        else:
            column = {c.name: c for c in synced_columns(model)}[key.field]
            try:
                chosen = encode_value(value)
                decode_value(column, chosen)
            except (TypeError, UndecodableValue) as exc:
                raise ValidationError(
                    "That value does not fit this field.", field=key.field
                ) from exc
        entries: list[OpEntry] = []
        for head in heads:
            if key.field == DELETED_FIELD and chosen is True:
                entries.append(
                    OpEntry(
                        row["entity"], key.entity_id, SEEN_FIELD, seen_vector(conn, key.entity_id)
                    )
                )
            entries.append(OpEntry(row["entity"], key.entity_id, key.field, chosen, head.op.op_id))
        vault.changelog.append(conn, entries)
        apply_records(conn, [key.entity_id])
        conn.execute(
            insert(AuditEntry).values(
                at=utcnow(),
                device_id=vault.device.device_id,
                actor=vault.changelog.actor,
                action="resolve conflict",
                entity=row["entity"],
                entity_id=key.entity_id,
                summary=key.field,
            )
        )


def _view(conn: Connection, row: Any, labels: dict[str, str]) -> ConflictView:
    model = MODELS_BY_ENTITY[row["entity"]]
    column = {c.name: c for c in synced_columns(model)}.get(row["field"])

    def side(prefix: str) -> ConflictSide:
        raw = json.loads(row[f"{prefix}_value"])
        origin = row[f"{prefix}_origin"]
        return ConflictSide(
            op_id=row[f"{prefix}_op"],
            device_id=origin,
            device_label=labels.get(origin) or f"device {short_id(origin)}",
            at=hlc_datetime(row[f"{prefix}_hlc"]),
            value=_decoded(column, raw),
        )

    return ConflictView(
        key=ConflictKey(row["entity_id"], row["field"], row["loser_op"]),
        entity=row["entity"],
        entity_id=row["entity_id"],
        field=row["field"],
        record_label=_record_label(conn, model, row["entity_id"]),
        is_delete=row["field"] == DELETED_FIELD,
        winner=side("winner"),
        loser=side("loser"),
        detected_at=row["detected_at"],
    )


def _decoded(column: Any, raw: Any) -> Any:
    if column is None:
        return raw
    try:
        return decode_value(column, raw)
    except ValueError:
        return raw


def _record_label(conn: Connection, model: Any, entity_id: str) -> str:
    table = model.__table__
    for name in LABEL_COLUMNS:
        if name in table.c:
            label = conn.scalar(select(table.c[name]).where(table.c.id == entity_id))
            if label:
                return str(label)
    return f"{model.__sync_entity__} {short_id(entity_id)}"
