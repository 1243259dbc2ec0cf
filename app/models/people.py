"""Person aggregate: the person, their name variants, search keys and family relations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import Gender, NameScript, PublicationLevel, RelationType
from app.domain.partial_dates import PartialDate
from app.models.base import Base, Syncable, enum_column


class Person(Syncable, Base):
    __tablename__ = "persons"
    __sync_entity__ = "person"

    display_name: Mapped[str] = mapped_column(String(300))
    gender: Mapped[Gender] = mapped_column(enum_column(Gender), default=Gender.UNKNOWN)
    birth_date: Mapped[PartialDate | None]
    region_code: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(200))
    occupation: Mapped[str | None] = mapped_column(String(300))
    # ",journalist,lawyer," so a LIKE '%,journalist,%' filter works without a join.
    categories: Mapped[str] = mapped_column(String(400), default="", server_default="")
    health_concerns: Mapped[str | None] = mapped_column(Text)
    publication: Mapped[PublicationLevel] = mapped_column(
        enum_column(PublicationLevel), default=PublicationLevel.PUBLISH
    )
    notes: Mapped[str | None] = mapped_column(Text)
    # Derived locally (app.services.derived), never synced: lets the 100k-row list sort and
    # filter without joins. custody_status: "in_custody", "released" or "".
    latest_event_on: Mapped[date | None]
    custody_status: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # Alphabetical order of the display name in the Belarusian/Russian alphabets (binary order
    # would put І and Ў before А): see app.domain.names.collation_key.
    sort_name: Mapped[str] = mapped_column(String(300), default="", server_default="")

    __table_args__ = (
        # "deleted" rides along so walking the list in name order (and probing each row for a
        # name key) reads only this index; see app.services.people.filter_clauses.
        Index("ix_persons_name_id", "sort_name", "id", "deleted"),
        # Looking up a set of matching ids and sorting them reads only this index.
        Index("ix_persons_id_live", "id", "deleted", "sort_name"),
        Index("ix_persons_region_id", "region_code", "id"),
        Index("ix_persons_event_id", "latest_event_on", "id"),
        Index("ix_persons_custody_id", "custody_status", "id"),
    )

    names: Mapped[list[PersonName]] = relationship(
        back_populates="person", order_by="PersonName.is_primary.desc()"
    )

    @property
    def category_set(self) -> frozenset[str]:
        return frozenset(c for c in self.categories.split(",") if c)


class PersonName(Syncable, Base):
    __tablename__ = "person_names"
    __sync_entity__ = "person_name"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(300))
    script: Mapped[NameScript] = mapped_column(enum_column(NameScript))
    is_primary: Mapped[bool] = mapped_column(default=False)

    person: Mapped[Person] = relationship(back_populates="names")


class NameKey(Base):
    """Local search index: one normalised key per name token. Derived data, never synced;
    rebuilt from person_names whenever a name changes."""

    __tablename__ = "name_keys"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    person_id: Mapped[str] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )

    # (person_id, key) answers "does this person have a key with this prefix?" from the index
    # alone; the search probes it per candidate row (app.services.search).
    __table_args__ = (Index("ix_name_keys_person_id_key", "person_id", "key"),)


class Relation(Syncable, Base):
    """A directed family tie; the inverse is implied (parent <-> child), not stored twice."""

    __tablename__ = "relations"
    __sync_entity__ = "relation"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    other_person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    relation_type: Mapped[RelationType] = mapped_column(enum_column(RelationType))
    note: Mapped[str | None] = mapped_column(Text)
