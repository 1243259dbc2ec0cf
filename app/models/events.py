"""Repression events (the HURIDOCS 'act') and status periods answered point-in-time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import EventType, StatusKind
from app.domain.partial_dates import PartialDate
from app.models.base import Base, Syncable, enum_column


class RepressionEvent(Syncable, Base):
    __tablename__ = "events"
    __sync_entity__ = "event"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    event_type: Mapped[EventType] = mapped_column(enum_column(EventType))
    occurred_on: Mapped[PartialDate | None] = mapped_column(index=True)
    place: Mapped[str | None] = mapped_column(String(300))
    responsible_body: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id"))


class StatusPeriod(Syncable, Base):
    """A status held from ``starts_on`` (None = unknown start) until ``ends_on`` (None = still)."""

    __tablename__ = "status_periods"
    __sync_entity__ = "status_period"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[StatusKind] = mapped_column(enum_column(StatusKind), index=True)
    starts_on: Mapped[PartialDate | None]
    ends_on: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)

    # Covers "who held status X on day D" (list filter, dashboard) without reading the table.
    __table_args__ = (
        Index(
            "ix_status_periods_kind_span", "kind", "person_id", "starts_on", "ends_on", "deleted"
        ),
    )
