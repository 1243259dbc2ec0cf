"""Case aggregate: cases, charges (always an article reference), custody, trials, sentences."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import (
    CaseKind,
    CaseStatus,
    PlaceKind,
    Regime,
    ReleaseReason,
    SentenceType,
)
from app.domain.partial_dates import PartialDate
from app.models.base import Base, Syncable, enum_column


class Case(Syncable, Base):
    __tablename__ = "cases"
    __sync_entity__ = "case"

    kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind), default=CaseKind.CRIMINAL)
    number: Mapped[str | None] = mapped_column(String(80))
    opened_on: Mapped[PartialDate | None]
    investigating_body: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[CaseStatus] = mapped_column(
        enum_column(CaseStatus), default=CaseStatus.INVESTIGATION
    )
    notes: Mapped[str | None] = mapped_column(Text)


class Charge(Syncable, Base):
    """A person charged in a case under one article (key from app.reference, never free text)."""

    __tablename__ = "charges"
    __sync_entity__ = "charge"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    article_key: Mapped[str] = mapped_column(String(40))

    # Who was charged under an article, read from the index alone (list filter, statistics).
    __table_args__ = (Index("ix_charges_article_key", "article_key", "deleted", "person_id"),)


class Detention(Syncable, Base):
    """A custody period: from detention to release, with where and why it ended."""

    __tablename__ = "detentions"
    __sync_entity__ = "detention"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    detained_on: Mapped[PartialDate | None] = mapped_column(index=True)
    place_kind: Mapped[PlaceKind | None] = mapped_column(enum_column(PlaceKind))
    place_name: Mapped[str | None] = mapped_column(String(300))
    released_on: Mapped[date | None] = mapped_column(index=True)
    release_reason: Mapped[ReleaseReason | None] = mapped_column(enum_column(ReleaseReason))
    notes: Mapped[str | None] = mapped_column(Text)

    # Covers the per-person "in custody on day D" probe of the list's status filter.
    __table_args__ = (
        Index("ix_detentions_person_span", "person_id", "deleted", "detained_on", "released_on"),
    )


class Judge(Syncable, Base):
    __tablename__ = "judges"
    __sync_entity__ = "judge"

    full_name: Mapped[str] = mapped_column(String(300))
    court_code: Mapped[str | None] = mapped_column(String(60), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Trial(Syncable, Base):
    __tablename__ = "trials"
    __sync_entity__ = "trial"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    court_code: Mapped[str | None] = mapped_column(String(60), index=True)
    judge_id: Mapped[str | None] = mapped_column(ForeignKey("judges.id"), index=True)
    started_on: Mapped[date | None]
    verdict_on: Mapped[date | None] = mapped_column(index=True)
    in_absentia: Mapped[bool] = mapped_column(default=False)
    special_proceedings: Mapped[bool] = mapped_column(default=False)
    closed_hearing: Mapped[bool] = mapped_column(default=False)
    appeal_on: Mapped[date | None]
    appeal_outcome: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class Sentence(Syncable, Base):
    """One person's sentence from one verdict.

    ``expected_release`` is derived (app.domain.sentences) and stored so reports and the list can
    filter on it; ``extends_sentence_id`` links an Art. 411 sentence to the one it lengthens.
    """

    __tablename__ = "sentences"
    __sync_entity__ = "sentence"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    trial_id: Mapped[str | None] = mapped_column(ForeignKey("trials.id"), index=True)
    sentence_type: Mapped[SentenceType] = mapped_column(
        enum_column(SentenceType), default=SentenceType.IMPRISONMENT
    )
    term_years: Mapped[int] = mapped_column(Integer, default=0)
    term_months: Mapped[int] = mapped_column(Integer, default=0)
    term_days: Mapped[int] = mapped_column(Integer, default=0)
    regime: Mapped[Regime] = mapped_column(enum_column(Regime), default=Regime.NONE)
    fine_amount: Mapped[int | None] = mapped_column(Integer)  # base units (базовая величина)
    starts_on: Mapped[date | None]
    credited_days: Mapped[int] = mapped_column(Integer, default=0)
    extends_sentence_id: Mapped[str | None] = mapped_column(ForeignKey("sentences.id"), index=True)
    expected_release: Mapped[date | None] = mapped_column(index=True)
    notes: Mapped[str | None] = mapped_column(Text)
