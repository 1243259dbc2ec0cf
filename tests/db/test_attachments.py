"""Attachments: stored inside the encrypted database, deduplicated, checked, exported on request."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError, VaultCorrupt
from app.models import Attachment, AttachmentBlob, Op
from app.services import attachments, people
from app.services.people import NameDraft, PersonDraft

CANARY = b"%PDF-1.4 verdict of the Leninski court, canary zzqx-attach-7731"


def _person(vault) -> str:
    with vault.session() as session, session.begin():
        return people.save_person(session, PersonDraft(names=[NameDraft("Ales Test")])).id or ""


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_add_stores_blob_and_row_in_one_transaction(vault, tmp_path):
    pid = _person(vault)
    source = tmp_path / "outside" / "Ales verdict.pdf"
    source.parent.mkdir()
    source.write_bytes(CANARY)
    with vault.session() as session, session.begin():
        info = attachments.attach_file(session, pid, source)
    assert info.filename == "Ales verdict.pdf"
    assert info.mime_type == "application/pdf"
    assert info.sha256 == hashlib.sha256(CANARY).hexdigest()
    assert info.size == len(CANARY)
    with vault.session() as session:
        assert [a.id for a in attachments.list_attachments(session, pid)] == [info.id]
        blob = session.get(AttachmentBlob, info.sha256)
        assert blob is not None and blob.data == CANARY
        ops = session.scalars(select(Op.entity).where(Op.entity_id == info.id)).all()
    assert ops == ["attachment"]
    vault.engine.dispose()
    assert _files_containing(vault.directory, b"canary zzqx-attach") == []


def test_same_content_is_stored_once_and_path_is_dropped(vault):
    pid = _person(vault)
    with vault.session() as session, session.begin():
        a = attachments.add_attachment(session, pid, "/home/ales/Case Babaryka/scan.jpg", CANARY)
        b = attachments.add_attachment(session, pid, r"C:\Users\x\copy.jpg", CANARY)
    assert (a.filename, b.filename) == ("scan.jpg", "copy.jpg")
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
        assert len(attachments.list_attachments(session, pid)) == 2


def test_failed_transaction_leaves_nothing(vault):
    pid = _person(vault)
    with pytest.raises(RuntimeError), vault.session() as session, session.begin():
        attachments.add_attachment(session, pid, "a.txt", CANARY)
        raise RuntimeError("disk full")
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 0
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_unsaved_person_and_oversized_file_are_rejected(vault, monkeypatch):
    with vault.session() as session, session.begin(), pytest.raises(ValidationError):
        attachments.add_attachment(session, "0" * 32, "a.txt", b"x")
    pid = _person(vault)
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 3)
    with (
        vault.session() as session,
        session.begin(),
        pytest.raises(ValidationError, match="larger"),
    ):
        attachments.add_attachment(session, pid, "a.txt", b"four")


def test_decrypted_copy_goes_only_where_asked(vault, tmp_path):
    pid = _person(vault)
    with vault.session() as session, session.begin():
        info = attachments.add_attachment(session, pid, "letter.txt", CANARY)
    target = tmp_path / "chosen" / "letter copy.txt"
    target.parent.mkdir()
    with vault.session() as session:
        attachments.save_decrypted_copy(session, info.id, target)
    assert target.read_bytes() == CANARY
    assert sorted(p.name for p in target.parent.iterdir()) == ["letter copy.txt"]


def test_damaged_blob_is_refused(vault):
    pid = _person(vault)
    with vault.session() as session, session.begin():
        info = attachments.add_attachment(session, pid, "letter.txt", CANARY)
    with vault.session() as session, session.begin():
        session.get(AttachmentBlob, info.sha256).data = b"tampered"
    with vault.session() as session, pytest.raises(VaultCorrupt):
        attachments.attachment_bytes(session, info.id)


def test_remove_is_a_tombstone(vault):
    pid = _person(vault)
    with vault.session() as session, session.begin():
        info = attachments.add_attachment(session, pid, "letter.txt", CANARY)
    with vault.session() as session, session.begin():
        attachments.remove_attachment(session, info.id)
    with vault.session() as session:
        assert attachments.list_attachments(session, pid) == []
        row = session.get(Attachment, info.id)
        assert row is not None and row.deleted
        with pytest.raises(KeyError):
            attachments.attachment_bytes(session, info.id)
