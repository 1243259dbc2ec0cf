"""SQLAlchemy ORM of the vault. Importing this package registers every table on Base.metadata."""

from __future__ import annotations

from app.models.base import Base, Syncable
from app.models.cases import Case, Charge, Detention, Judge, Sentence, Trial
from app.models.events import RepressionEvent, StatusPeriod
from app.models.oplog import AuditEntry, CustomArticle, Device, Op, VaultMeta
from app.models.people import NameKey, Person, PersonName, Relation
from app.models.sources import Attachment, AttachmentBlob, MonthNarrative, Source, SourceLink
from app.models.summaries import PersonSummary
from app.models.sync_state import Conflict, ImportedBundle, PeerVersion, Revocation

SYNCED_MODELS: tuple[type[Syncable], ...] = (
    Person,
    PersonName,
    Relation,
    Source,
    SourceLink,
    RepressionEvent,
    StatusPeriod,
    Case,
    Charge,
    Detention,
    Judge,
    Trial,
    Sentence,
    Attachment,
    MonthNarrative,
)

__all__ = [
    "SYNCED_MODELS",
    "Attachment",
    "AttachmentBlob",
    "AuditEntry",
    "Base",
    "Case",
    "Charge",
    "Conflict",
    "CustomArticle",
    "Detention",
    "Device",
    "ImportedBundle",
    "Judge",
    "MonthNarrative",
    "NameKey",
    "Op",
    "PeerVersion",
    "Person",
    "PersonName",
    "PersonSummary",
    "Relation",
    "RepressionEvent",
    "Revocation",
    "Sentence",
    "Source",
    "SourceLink",
    "StatusPeriod",
    "Syncable",
    "Trial",
    "VaultMeta",
]
