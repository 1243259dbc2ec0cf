"""Sources, attachments and the user's monthly narrative text."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import Reliability
from app.models.base import Base, Syncable, enum_column


class Source(Syncable, Base):
    __tablename__ = "sources"
    __sync_entity__ = "source"

    url: Mapped[str | None] = mapped_column(String(2000))
    publication: Mapped[str | None] = mapped_column(String(300))
    published_on: Mapped[date | None]
    reliability: Mapped[Reliability] = mapped_column(
        enum_column(Reliability), default=Reliability.UNVERIFIED
    )
    note: Mapped[str | None] = mapped_column(Text)


class SourceLink(Syncable, Base):
    """Ties a source to any record (person, case, detention, ...) by entity name and id."""

    __tablename__ = "source_links"
    __sync_entity__ = "source_link"

    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(32), index=True)


class AttachmentBlob(Base):
    """Content-addressed bytes (SHA-256 of the plaintext). Lives inside the SQLCipher database, so
    it is encrypted at rest with everything else and never touches the filesystem in clear."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Syncable, Base):
    __tablename__ = "attachments"
    __sync_entity__ = "attachment"

    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class MonthNarrative(Syncable, Base):
    """User-written report text for one month, language and report section.

    The id is derived from (month, lang, section) by the service, not random, so two devices that
    write the same section concurrently edit one record and sync shows a conflict instead of a
    duplicate.
    """

    __tablename__ = "month_narratives"
    __sync_entity__ = "month_narrative"

    month: Mapped[str] = mapped_column(String(7), index=True)  # "2024-12"
    lang: Mapped[str] = mapped_column(String(5))
    section: Mapped[str] = mapped_column(String(60))
    body: Mapped[str] = mapped_column(Text, default="")
