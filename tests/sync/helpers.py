"""Test helpers for sync: template teams copied per test, vault snapshots, bundle surgery."""

from __future__ import annotations

import atexit
import functools
import hashlib
import json
import shutil
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from app.crypto.bundle import EnvelopeReader, EnvelopeWriter
from app.models import Base, Device
from app.services.vault import Vault, create_vault, open_vault
from app.sync import roster
from app.sync.bundles import (
    KIND_BLOB,
    KIND_END,
    KIND_MANIFEST,
    KIND_OPS,
    KIND_SIGNATURE,
    SIGNATURE_DOMAIN,
)
from app.sync.changelog import LOCAL_ONLY_FIELDS
from tests.conftest import PASSPHRASE

NAMES = ("a", "b", "c")
_RECORD = struct.Struct(">BI")


@functools.cache
def template_dir() -> Path:
    """Vaults a, b, c (a team: each added the others' cards) and d (an outsider), made once per
    test session; tests work on copies, so creating vaults does not dominate the suite."""
    base = Path(tempfile.mkdtemp(prefix="letapis-sync-template-"))
    atexit.register(shutil.rmtree, base, True)
    vaults = {name: create_vault(base / name, PASSPHRASE)[0] for name in (*NAMES, "d")}
    cards = {name: roster.device_card(vaults[name], f"Device {name.upper()}")[0] for name in NAMES}
    for name in NAMES:
        for other in NAMES:
            if other != name:
                roster.add_member(vaults[name], cards[other])
    for vault in vaults.values():
        vault.lock()
    return base


def open_copy(name: str, dest: Path) -> Vault:
    shutil.copytree(template_dir() / name, dest)
    return open_vault(dest, PASSPHRASE)


@dataclass
class Team:
    a: Vault
    b: Vault
    c: Vault
    root: Path
    stick: Path
    _outsider: Vault | None = None

    @property
    def outsider(self) -> Vault:
        """A vault outside the team (opened on first use: few tests need it)."""
        if self._outsider is None:
            self._outsider = open_copy("d", self.root / "d")
        return self._outsider

    def close(self) -> None:
        for vault in (self.a, self.b, self.c, self._outsider):
            if vault is not None:
                vault.lock()


def make_team(root: Path) -> Team:
    stick = root / "stick"
    stick.mkdir(parents=True)
    return Team(
        open_copy("a", root / "a"),
        open_copy("b", root / "b"),
        open_copy("c", root / "c"),
        root,
        stick,
    )


def snapshot(vault: Vault) -> str:
    """A hash of every row of every table: equal snapshots mean nothing changed at all."""
    digest = hashlib.sha256()
    with vault.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = [c for c in table.primary_key.columns] or list(table.columns)
            for row in conn.execute(select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
        digest.update(repr(conn.execute(text("SELECT count(*) FROM ops")).scalar()).encode())
    return digest.hexdigest()


def box_secret(vault: Vault) -> bytes:
    with vault.engine.connect() as conn:
        secret = conn.execute(select(Device.box_secret).where(Device.is_self)).scalar_one()
    assert secret is not None
    return secret


def box_publics(vault: Vault) -> list[bytes]:
    """The encryption keys of the team as ``vault`` sees it (not itself, not revoked)."""
    with vault.engine.connect() as conn:
        return list(
            conn.scalars(
                select(Device.box_public).where(~Device.is_self, Device.revoked_at.is_(None))
            )
        )


@dataclass
class Body:
    manifest: dict[str, Any]
    signature: bytes
    manifest_raw: bytes
    batches: list[list[list[Any]]]
    blobs: list[tuple[bytes, bytes]]


def read_body(path: Path, reader_vault: Vault) -> Body:
    with open(path, "rb") as fh:
        reader = EnvelopeReader(fh, box_secret(reader_vault), max_plain=1 << 30)

        def record() -> tuple[int, bytes]:
            kind, length = _RECORD.unpack(reader.read_exact(_RECORD.size))
            return kind, reader.read_exact(length)

        kind, manifest = record()
        assert kind == KIND_MANIFEST
        kind, signature = record()
        assert kind == KIND_SIGNATURE
        body = Body(json.loads(manifest), signature, manifest, [], [])
        while True:
            kind, payload = record()
            if kind == KIND_END:
                break
            if kind == KIND_OPS:
                body.batches.append(json.loads(payload))
            elif kind == KIND_BLOB:
                body.blobs.append((payload[:32], payload[32:]))
        reader.finish()
    return body


def write_body(
    path: Path,
    body: Body,
    sender: Vault,
    recipients: list[bytes],
    *,
    resign: bool = True,
    manifest_edit: Callable[[dict[str, Any]], None] | None = None,
) -> None:
    """Re-encrypt a (modified) body as a well-formed bundle signed by ``sender``: lets tests
    aim at the inner checks (origin signatures, chains, limits) past the envelope's."""
    with open(path, "wb") as fh:
        writer = EnvelopeWriter(fh, recipients)
        payloads = [
            json.dumps(b, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
            for b in body.batches
        ]
        digest = hashlib.blake2b(digest_size=32)
        for payload in payloads:
            digest.update(_RECORD.pack(KIND_OPS, len(payload)) + payload)
        manifest = dict(body.manifest)
        manifest["header"] = hashlib.blake2b(writer.header, digest_size=32).hexdigest()
        manifest["ops"] = sum(len(b) for b in body.batches)
        manifest["ops_hash"] = digest.hexdigest()
        if manifest_edit is not None:
            manifest_edit(manifest)
        raw = json.dumps(manifest, separators=(",", ":"), sort_keys=True).encode()
        signature = sender.device.signing_key.sign(SIGNATURE_DOMAIN + raw).signature
        if not resign:  # the sender's manifest and signature, byte for byte
            raw, signature = body.manifest_raw, body.signature
        for kind, payload in ((KIND_MANIFEST, raw), (KIND_SIGNATURE, signature)):
            writer.write(_RECORD.pack(kind, len(payload)) + payload)
        for payload in payloads:
            writer.write(_RECORD.pack(KIND_OPS, len(payload)) + payload)
        for sha, data in body.blobs:
            writer.write(_RECORD.pack(KIND_BLOB, 32 + len(data)) + sha + data)
        writer.write(_RECORD.pack(KIND_END, 0))
        writer.close()


# -- editing as the app would (ORM sessions, so the change log records ops) --------------------


def add_person(vault: Vault, name: str, **fields: Any) -> str:
    from app.models import Person, PersonName

    with vault.session() as session, session.begin():
        person = Person(display_name=name, **fields)
        session.add(person)
        session.flush()
        session.add(
            PersonName(person_id=person.id, full_name=name, script="latin", is_primary=True)
        )
    return person.id


def edit_person(vault: Vault, person_id: str, **fields: Any) -> None:
    from app.models import Person

    with vault.session() as session, session.begin():
        person = session.get(Person, person_id)
        assert person is not None
        for key, value in fields.items():
            setattr(person, key, value)


def person_row(vault: Vault, person_id: str, *, derived: bool = False) -> dict[str, Any]:
    """The synced columns of a person (derived, local-only ones too if ``derived``)."""
    from app.models import Person

    with vault.engine.connect() as conn:
        row = conn.execute(select(Person.__table__).where(Person.id == person_id)).mappings().one()
    return {k: v for k, v in row.items() if derived or k == "id" or k not in LOCAL_ONLY_FIELDS}


def conflict_set(vault: Vault) -> set[tuple[str, ...]]:
    from app.models import Conflict

    with vault.engine.connect() as conn:
        return {
            tuple(r)
            for r in conn.execute(
                select(Conflict.entity_id, Conflict.field, Conflict.loser_op, Conflict.winner_op)
            )
        }


def sync(src: Vault, dst: Vault, stick: Path, **export_kw: Any):  # type: ignore[no-untyped-def]
    from app.sync.bundles import export_bundle, import_bundle

    return import_bundle(dst, export_bundle(src, stick, **export_kw).path)
