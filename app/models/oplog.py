"""The per-device change feed, device identities and vault metadata.

Every local edit appends field-level operations to this device's own append-only feed, in the
same transaction as the edit (see app/sync/changelog.py). Each op links to its predecessor by
``prev_hash`` (BLAKE2b over canonical bytes), so signing the head of a transaction's ops with the
device's Ed25519 key authenticates every op before it: one signature per commit instead of one per
field keeps bulk edits fast, and any device can still relay anyone's ops.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class Op(Base):
    __tablename__ = "ops"

    origin: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(64), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(60))  # "*" = record created with all fields
    value: Mapped[str] = mapped_column(Text)  # canonical JSON
    parent_op: Mapped[str | None] = mapped_column(String(64))
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # on the last op of a commit

    __table_args__ = (
        Index("ix_ops_entity_field", "entity_id", "field", "hlc"),
        Index("ix_ops_hlc", "hlc"),
    )


class Device(Base):
    """This installation (private keys present) and the team's devices (public keys only)."""

    __tablename__ = "devices"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    box_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_secret: Mapped[bytes | None] = mapped_column(LargeBinary)
    box_secret: Mapped[bytes | None] = mapped_column(LargeBinary)
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who changed what, when, from which device: shown to documenters, kept inside the vault."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    device_id: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40))  # create / update / delete / import / ...
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(32), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    first_seq: Mapped[int | None] = mapped_column(Integer)
    last_seq: Mapped[int | None] = mapped_column(Integer)


class VaultMeta(Base):
    """Small non-synced key/value facts about this vault (vault id, created, settings)."""

    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CustomArticle(Base):
    """Articles the user adds beyond the shipped reference list (synced by a later migration)."""

    __tablename__ = "custom_articles"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(4))
    article: Mapped[str] = mapped_column(String(20))
    part: Mapped[str] = mapped_column(String(10), default="")
    title_en: Mapped[str] = mapped_column(String(400), default="")
    title_be: Mapped[str] = mapped_column(String(400), default="")
    title_ru: Mapped[str] = mapped_column(String(400), default="")
