"""Files attached to a person (scans of verdicts, letters from prison, photos), kept in the vault.

The bytes live in ``AttachmentBlob`` rows inside the SQLCipher database, so they are encrypted at
rest with every other record and never exist in clear on disk: no copy in the vault folder, no
temp file, no thumbnail cache. The only way out is :func:`save_decrypted_copy`, which the UI calls
after the user has chosen a location and been told the copy is not encrypted.

Blobs are content-addressed (SHA-256 of the plaintext): adding the same scan to two persons stores
it once, and a sync bundle can carry only the blobs a recipient lacks. ``Attachment`` rows are
ordinary syncable records, so removing one is a tombstone like any other deletion.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.atomic import write_atomic
from app.errors import ValidationError, VaultCorrupt
from app.models import Attachment, AttachmentBlob, Person

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
"""Blobs are read into memory whole (and travel whole in sync bundles); larger files belong on
an encrypted disk, not in the case database."""


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    person_id: str | None
    case_id: str | None
    filename: str
    mime_type: str
    sha256: str
    size: int
    added_at: datetime
    note: str = ""


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        person_id=row.person_id,
        case_id=row.case_id,
        filename=row.filename,
        mime_type=row.mime_type,
        sha256=row.sha256,
        size=row.size,
        added_at=row.created_at,
        note=row.note or "",
    )


def add_attachment(
    session: Session,
    person_id: str,
    filename: str,
    data: bytes,
    *,
    case_id: str | None = None,
    note: str = "",
) -> AttachmentInfo:
    """Store ``data`` for a person in the caller's transaction: the blob (once per content) and
    the attachment row are written together, so a failed save leaves neither behind.

    Only the base name of ``filename`` is kept: the folder a file came from often names a person
    or an organisation and has no place in a record that syncs to the whole team.
    """
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            f"The file is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB; "
            "keep it on an encrypted disk instead.",
            field="file",
        )
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise ValidationError("Save the person before adding attachments.", field="person_id")
    name = PurePath(filename.replace("\\", "/")).name.strip() or "attachment"
    digest = hashlib.sha256(data).hexdigest()
    if session.get(AttachmentBlob, digest) is None:
        session.add(AttachmentBlob(sha256=digest, size=len(data), data=data))
    row = Attachment(
        person_id=person_id,
        case_id=case_id,
        filename=name,
        mime_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        sha256=digest,
        size=len(data),
        note=note or None,
    )
    session.add(row)
    session.flush()
    return _info(row)


def attach_file(
    session: Session, person_id: str, path: Path, *, case_id: str | None = None
) -> AttachmentInfo:
    """Read a file the user picked and store it; the original file is left untouched (the user
    decides whether to shred it)."""
    return add_attachment(session, person_id, path.name, path.read_bytes(), case_id=case_id)


def list_attachments(session: Session, person_id: str) -> list[AttachmentInfo]:
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.person_id == person_id, ~Attachment.deleted)
        .order_by(Attachment.created_at, Attachment.id)
    )
    return [_info(row) for row in rows]


def attachment_bytes(session: Session, attachment_id: str) -> tuple[AttachmentInfo, bytes]:
    """The decrypted content, checked against its hash so a damaged blob is never handed out as
    if it were the original document."""
    row = session.get(Attachment, attachment_id)
    if row is None or row.deleted:
        raise KeyError(attachment_id)
    blob = session.get(AttachmentBlob, row.sha256)
    if blob is None:
        raise VaultCorrupt(
            f"The content of {row.filename} is not in this vault yet (it may arrive with the "
            "next sync bundle)."
        )
    if hashlib.sha256(blob.data).hexdigest() != row.sha256:
        raise VaultCorrupt(f"The stored content of {row.filename} is damaged.")
    return _info(row), blob.data


def save_decrypted_copy(session: Session, attachment_id: str, target: Path) -> AttachmentInfo:
    """Write a plaintext copy where the user asked (after the UI's warning); written atomically
    beside the target so a full disk never leaves a truncated document that looks complete."""
    info, data = attachment_bytes(session, attachment_id)
    write_atomic(target, data)
    return info


def remove_attachment(session: Session, attachment_id: str) -> None:
    """Tombstone the attachment row so the removal syncs. The blob stays while any row, live or
    tombstoned, may still point at it (an undo or a concurrent edit elsewhere can revive it)."""
    row = session.get(Attachment, attachment_id)
    if row is not None and not row.deleted:
        row.deleted = True
