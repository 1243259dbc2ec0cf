"""The one declarative Base, shared column types and the syncable-row mixin.

Every syncable row has a time-ordered UUIDv7 key (hex), created/updated timestamps and a
tombstone flag instead of hard deletes, so that deletions travel through sync like any edit.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from uuid6 import uuid7

from app.domain.partial_dates import PartialDate

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return uuid7().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are always stored as UTC and come back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class PartialDateType(TypeDecorator[PartialDate]):
    """'2021', '2021-05' or '2021-05-03': ISO prefixes sort correctly as text."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: PartialDate | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = PartialDate.parse(value)
        return value.iso()

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartialDate | None:
        return None if value is None else PartialDate.parse(value)


def enum_column(enum_cls: type, **kw: object) -> Enum:
    """Store enums by value (stable strings) without a CHECK constraint, so adding a value later
    is not a table rebuild."""
    return Enum(
        enum_cls,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=False,
        length=32,
        validate_strings=True,
        **kw,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012
        datetime: UTCDateTime(),
        PartialDate: PartialDateType(),
        date: Date(),
    }


class Syncable:
    """Columns every synced entity carries. ``deleted`` is the tombstone."""

    __sync_entity__: str  # stable entity name used in ops; never rename

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Not indexed: almost every row is live, and an index on it lures SQLite's planner into
    # walking whole tables through it.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
