"""Sync bundles: what goes on the USB stick, and how it is verified and merged back.

Inside the envelope (app/crypto/bundle.py: compressed, padded, encrypted to the roster) the body
is a sequence of records ``kind u8 | length u32 | payload``::

    MANIFEST   JSON: bundle id, sender, its version vector, a hash of the envelope header
               (recipients), op count and hash, blob list
    SIGNATURE  Ed25519 of the sender over a domain tag + the manifest bytes
    OPS ...    JSON batches of ops, ordered by (origin, seq), each with its origin's signature
    BLOB ...   attachment bytes (SHA-256 + data) referenced by the ops
    END

Export sends every op above what *all* recipients acknowledged (their last bundles' vectors):
there is no back channel, so over-sending is the price of never under-sending.

Import trusts nothing until checked, and checks everything before committing: the envelope (our
key, TAG_FINAL, no trailing bytes), the sender (on the roster, not revoked, signature, header
hash, so a recipient cannot re-wrap someone else's bundle), every origin's chain (contiguous
seqs, prev_hash links, hashes, signatures, a signature on the last op) and equivocation (a second
op for a known (origin, seq)). Ops and blobs are written inside one transaction and the touched
records are folded (app/sync/merge.py) in the same transaction: any problem rolls back everything
and raises BundleRejected with a specific message, so the vault never holds half a bundle.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import struct
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey
from sqlalchemy import Connection, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError

from app.crypto.atomic import fsync_dir
from app.crypto.bundle import EnvelopeReader, EnvelopeWriter, file_sha256
from app.crypto.identity import short_id
from app.errors import BundleAlreadyImported, BundleRejected, ExportFailed, LetapisError  # noqa: F401 - re-exported
from app.models import AttachmentBlob, AuditEntry, ImportedBundle, Op, PeerVersion, VaultMeta
from app.models.base import utcnow
from app.services.vault import Vault
from app.sync import hlc as hlc_clock
from app.sync.changelog import CREATE_FIELD, GENESIS_HASH, op_hash
from app.sync.merge import UndecodableValue, apply_records
from app.sync.roster import (
    DEVICE_ENTITY,
    REVOKED_FIELD,
    Roster,
    RosterConflict,
    parse_device_value,
    parse_revocation,
    self_box_secret,
    store_member,
    store_revocation,
)

FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".ltbundle"
SIGNATURE_DOMAIN = b"letapis-bundle-manifest\x00v1\x00"
OPS_PER_BATCH = 2000

# Limits: a bundle is hostile until proven otherwise, so nothing it declares sizes our memory.
MAX_BUNDLE_BYTES = 4 * 1024**3
MAX_PLAIN_BYTES = 6 * 1024**3
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_BATCH_BYTES = 64 * 1024**2
MAX_BLOB_BYTES = 128 * 1024**2  # attachments are capped at 100 MB by app.services.attachments
MAX_OPS = 2_000_000
MAX_BLOBS = 100_000
MAX_ORIGINS = 10_000
MAX_VALUE_CHARS = 4 * 1024**2
# HLCs are self-asserted: far-future ones would win every edit for months, so they are refused.
MAX_CLOCK_AHEAD_MS = 30 * 24 * 3600 * 1000
WARN_CLOCK_AHEAD_MS = 24 * 3600 * 1000

KIND_END, KIND_MANIFEST, KIND_SIGNATURE, KIND_OPS, KIND_BLOB = 0, 1, 2, 3, 4
_RECORD = struct.Struct(">BI")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX128 = re.compile(r"[0-9a-f]{128}")
EXPORT_SEQ_KEY = "sync.export_seq"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    ops: int
    blobs: int
    recipients: tuple[str, ...]  # labels of the devices that can open it
    full_history: bool
    size: int


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, for the summary line and the Sync screen."""

    bundle_id: str
    sender_id: str
    sender_label: str
    total: int
    applied: int
    already_known: int
    conflicts: int
    ignored: int = 0
    blobs: int = 0
    new_members: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def text(self) -> str:
        line = (
            f"{self.total} changes from {self.sender_label}: {self.applied} applied, "
            f"{self.already_known} already known, {self.conflicts} conflicts"
        )
        if self.ignored:
            line += f", {self.ignored} refused (revoked device)"
        return line


# -- export --------------------------------------------------------------------------------------


def export_bundle(
    vault: Vault,
    directory: Path,
    *,
    full_history: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write a bundle for the whole team into ``directory`` (the USB stick).

    ``full_history`` sends every op regardless of acknowledgements: for a new member, or a
    member who restored an old backup.
    """
    if not directory.is_dir():
        raise ExportFailed(f"The folder {directory} does not exist.")
    me = vault.device.device_id
    seq_no = _next_export_seq(vault)
    with vault.engine.connect() as conn, conn.begin():
        roster = Roster.load(conn)
        if roster.is_revoked(me):
            raise ExportFailed("This device was revoked from the team; it can no longer send.")
        recipients = [
            e for d, e in sorted(roster.entries.items()) if d != me and not roster.is_revoked(d)
        ]
        if not recipients:
            raise ExportFailed("Add a team member (their device card) before exporting a bundle.")
        vector = _version_vector(conn)
        cover = {} if full_history else _team_cover(conn, [r.device_id for r in recipients], vector)
        plan = _export_plan(vector, cover, roster.cutoffs)
        count, ops_digest, blob_refs = 0, hashlib.blake2b(digest_size=32), set()
        for payload, batch in _op_batches(conn, plan):
            count += len(batch)
            ops_digest.update(_RECORD.pack(KIND_OPS, len(payload)) + payload)
            blob_refs.update(_blob_refs(batch))
        blobs = _blob_list(conn, None if full_history else blob_refs)
        path = _free_name(directory, me, seq_no)
        tmp = directory / f".{path.name}.partial"
        try:
            with open(tmp, "xb") as fh:
                # Sealed to this device too, so opening one's own bundle says so precisely.
                own = roster.entries[me].box_public
                writer = EnvelopeWriter(fh, [own, *(r.box_public for r in recipients)])
                manifest = _canonical_json(
                    {
                        "format": FORMAT_VERSION,
                        "bundle_id": secrets.token_hex(16),
                        "sender": me,
                        "sender_label": roster.label(me),
                        "created_at": datetime.now(UTC).isoformat(),
                        "header": hashlib.blake2b(writer.header, digest_size=32).hexdigest(),
                        "recipients": [r.device_id for r in recipients],
                        "vector": vector,
                        "ops": count,
                        "ops_hash": ops_digest.hexdigest(),
                        "blobs": [[sha, size] for sha, size in blobs],
                        "full_history": full_history,
                    }
                )
                _write_record(writer, KIND_MANIFEST, manifest)
                signature = vault.device.signing_key.sign(SIGNATURE_DOMAIN + manifest).signature
                _write_record(writer, KIND_SIGNATURE, signature)
                done = 0
                for payload, batch in _op_batches(conn, plan):
                    _write_record(writer, KIND_OPS, payload)
                    done += len(batch)
                    if progress is not None:
                        progress(done, count)
                for sha, size in blobs:
                    data = conn.scalar(
                        select(AttachmentBlob.data).where(AttachmentBlob.sha256 == sha)
                    )
                    assert data is not None and len(data) == size
                    writer.write(_RECORD.pack(KIND_BLOB, 32 + size) + bytes.fromhex(sha))
                    writer.write(data)
                _write_record(writer, KIND_END, b"")
                writer.close()
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            fsync_dir(directory)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ExportFailed(f"The bundle could not be written: {exc.strerror or exc}.") from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    return ExportResult(
        path=path,
        ops=count,
        blobs=len(blobs),
        recipients=tuple(r.label or short_id(r.device_id) for r in recipients),
        full_history=full_history,
        size=path.stat().st_size,
    )


def _next_export_seq(vault: Vault) -> int:
    with vault.engine.begin() as conn:
        current = conn.scalar(select(VaultMeta.value).where(VaultMeta.key == EXPORT_SEQ_KEY))
        seq_no = int(current or 0) + 1
        stmt = sqlite_insert(VaultMeta).values(key=EXPORT_SEQ_KEY, value=str(seq_no))
        conn.execute(
            stmt.on_conflict_do_update(index_elements=["key"], set_={"value": str(seq_no)})
        )
    return seq_no


def _free_name(directory: Path, device_id: str, seq_no: int) -> Path:
    """letapis-<sender short id>-<date>-<sequence>.ltbundle, never overwriting a file."""
    day = datetime.now(UTC).strftime("%Y%m%d")
    while True:
        path = directory / f"letapis-{short_id(device_id)}-{day}-{seq_no:04d}{BUNDLE_SUFFIX}"
        if not path.exists():
            return path
        seq_no += 1


def _version_vector(conn: Connection) -> dict[str, int]:
    return {
        o: int(s) for o, s in conn.execute(select(Op.origin, func.max(Op.seq)).group_by(Op.origin))
    }


def _team_cover(
    conn: Connection, recipients: Sequence[str], vector: dict[str, int]
) -> dict[str, int]:
    """Per origin, the highest seq every recipient has acknowledged (0 if any never did)."""
    known: dict[tuple[str, str], int] = {
        (p, o): s
        for p, o, s in conn.execute(
            select(PeerVersion.peer, PeerVersion.origin, PeerVersion.seq).where(
                PeerVersion.peer.in_(recipients)
            )
        )
    }
    return {o: min(known.get((r, o), 0) for r in recipients) for o in vector}


def _export_plan(
    vector: dict[str, int], cover: dict[str, int], cutoffs: dict[str, int]
) -> list[tuple[str, int, int]]:
    plan = []
    for origin in sorted(vector):
        high = min(vector[origin], cutoffs.get(origin, vector[origin]))
        low = cover.get(origin, 0)
        if high > low:
            plan.append((origin, low, high))
    return plan


def _op_batches(
    conn: Connection, plan: Sequence[tuple[str, int, int]]
) -> Iterator[tuple[bytes, list[list[Any]]]]:
    batch: list[list[Any]] = []
    for origin, low, high in plan:
        rows = conn.execute(
            select(
                Op.origin,
                Op.seq,
                Op.prev_hash,
                Op.hlc,
                Op.entity,
                Op.entity_id,
                Op.field,
                Op.value,
                Op.parent_op,
                Op.signature,
            )
            .where(Op.origin == origin, Op.seq > low, Op.seq <= high)
            .order_by(Op.seq)
        )
        for row in rows:
            batch.append([*row[:9], row[9].hex() if row[9] is not None else None])
            if len(batch) >= OPS_PER_BATCH:
                yield _canonical_json(batch), batch
                batch = []
    if batch:
        yield _canonical_json(batch), batch


def _blob_refs(batch: Sequence[Sequence[Any]]) -> set[str]:
    refs = set()
    for op in batch:
        if op[4] != "attachment" or op[6] not in (CREATE_FIELD, "sha256"):
            continue
        value = json.loads(op[7])
        sha = value.get("sha256") if isinstance(value, dict) else value
        if isinstance(sha, str):
            refs.add(sha)
    return refs


def _blob_list(conn: Connection, refs: set[str] | None) -> list[tuple[str, int]]:
    query = select(AttachmentBlob.sha256, AttachmentBlob.size).order_by(AttachmentBlob.sha256)
    if refs is None:
        return [(s, n) for s, n in conn.execute(query)]
    wanted = sorted(refs)
    found: list[tuple[str, int]] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.extend((s, n) for s, n in conn.execute(query.where(AttachmentBlob.sha256.in_(chunk))))
    return sorted(found)


def _canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode(
        "utf-8"
    )


def _write_record(writer: EnvelopeWriter, kind: int, payload: bytes) -> None:
    writer.write(_RECORD.pack(kind, len(payload)) + payload)


# -- import --------------------------------------------------------------------------------------


def import_bundle(vault: Vault, path: Path, *, progress: Progress | None = None) -> ImportSummary:
    """Verify and merge one bundle, all or nothing. Raises BundleRejected (or its subclass
    BundleAlreadyImported) with a one-line reason; the vault is then unchanged."""
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleRejected("This bundle is larger than Letapis accepts; it was refused.")
        with open(path, "rb") as fh:
            digest = file_sha256(fh)
        with vault.engine.connect() as conn:
            when = conn.scalar(
                select(ImportedBundle.imported_at).where(ImportedBundle.file_sha256 == digest)
            )
        if when is not None:
            raise BundleAlreadyImported(
                f"This bundle was already imported on {when:%Y-%m-%d %H:%M} UTC; nothing changed."
            )
        with open(path, "rb") as fh, vault.engine.begin() as conn:
            reader = EnvelopeReader(
                fh,
                self_box_secret(conn),
                max_plain=MAX_PLAIN_BYTES,
                progress=None if progress is None else (lambda done: progress(done, size)),
            )
            return _Import(vault, conn, reader, digest).run()
    except UndecodableValue as exc:
        raise BundleRejected(
            f"This bundle holds a change this version cannot read ({exc})."
        ) from exc
    except IntegrityError as exc:
        if "FOREIGN KEY" not in str(exc.orig):
            raise BundleRejected(f"This bundle could not be merged ({exc.orig}).") from exc
        raise BundleRejected(
            "This bundle could not be merged: it refers to records this vault does not have "
            "(import the team's earlier bundles first, or ask for a full export)."
        ) from exc
    except OperationalError as exc:
        raise BundleRejected(f"The bundle could not be merged: {exc.orig}.") from exc
    except OSError as exc:
        raise BundleRejected(f"Cannot read the bundle: {exc.strerror or exc}.") from exc


@dataclass
class _Feed:
    """Verification state of one origin's run of ops inside the bundle."""

    origin: str
    local_max: int
    expected: int | None = None  # next seq; None before the first op
    prev: str = GENESIS_HASH
    unsigned: int = 0


@dataclass
class _Import:
    vault: Vault
    conn: Connection
    reader: EnvelopeReader
    file_digest: str
    roster: Roster = field(init=False)
    feeds: dict[str, _Feed] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)
    current: str | None = None
    pending: dict[str, list[list[Any]]] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    applied: int = 0
    known: int = 0
    ignored: int = 0
    seen_ops: int = 0
    checked_origins: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    now_ms: int = field(default_factory=hlc_clock.now_ms)

    def run(self) -> ImportSummary:
        """Verify everything (ops are written as they verify), then merge and record."""
        self.roster = Roster.load(self.conn)
        manifest_bytes = self._record(KIND_MANIFEST, MAX_MANIFEST_BYTES)
        signature = self._record(KIND_SIGNATURE, 64)
        if len(signature) != 64:
            raise _damaged("bad signature block")
        manifest = _Manifest.parse(manifest_bytes)
        self._check_sender(manifest)
        sender_checked = self._verify_sender(manifest, manifest_bytes, signature, final=False)
        blobs_added = self._read_content(manifest)
        if not sender_checked:  # a sender introduced by a roster op inside this bundle
            self._verify_sender(manifest, manifest_bytes, signature, final=True)
        if self.roster.is_revoked(manifest.sender):
            raise self._revoked(manifest.sender)
        return self._merge(manifest, blobs_added)

    def _read_content(self, manifest: _Manifest) -> int:
        """Ops batches, then blobs, then the end marker and the envelope's end; returns how many
        attachment blobs were new here."""
        ops_digest = hashlib.blake2b(digest_size=32)
        blobs_expected = dict(manifest.blobs)
        blobs_added = 0
        while True:
            kind, length = _RECORD.unpack(self.reader.read_exact(_RECORD.size))
            if kind == KIND_OPS:
                if length > MAX_BATCH_BYTES or len(blobs_expected) < len(manifest.blobs):
                    raise _damaged("misplaced or oversized block of changes")
                payload = self.reader.read_exact(length)
                ops_digest.update(_RECORD.pack(kind, length) + payload)
                self._ops_batch(payload)
            elif kind == KIND_BLOB:
                blobs_added += self._blob(length, blobs_expected)
            elif kind == KIND_END and length == 0:
                break
            else:
                raise _damaged(f"unknown block kind {kind}")
        self.reader.finish()
        self._end_run()
        self._resolve_pending()
        if self.seen_ops != manifest.ops or ops_digest.hexdigest() != manifest.ops_hash:
            raise BundleRejected("This bundle's changes do not match its signed list; refused.")
        if blobs_expected:
            raise _damaged("attachments listed in the manifest are missing")
        return blobs_added

    def _merge(self, manifest: _Manifest, blobs_added: int) -> ImportSummary:
        refold: set[str] = set()
        new_members = []
        for entry in self.roster.added:
            if store_member(self.conn, entry):
                new_members.append(entry.label or short_id(entry.device_id))
        for device_id, last_seq, by, hlc in self.roster.revoked:
            refold |= store_revocation(self.conn, device_id, last_seq, by, hlc)
        outcome = apply_records(self.conn, self.touched | refold)
        self._remember(manifest)
        summary = ImportSummary(
            bundle_id=manifest.bundle_id,
            sender_id=manifest.sender,
            sender_label=self.roster.label(manifest.sender),
            total=manifest.ops,
            applied=self.applied,
            already_known=self.known,
            conflicts=outcome.new_conflicts,
            ignored=self.ignored,
            blobs=blobs_added,
            new_members=tuple(new_members),
            warnings=tuple(self.warnings),
        )
        self.conn.execute(
            insert(ImportedBundle).values(
                file_sha256=self.file_digest,
                bundle_id=manifest.bundle_id,
                sender=manifest.sender,
                imported_at=utcnow(),
                total=summary.total,
                applied=summary.applied,
                already_known=summary.already_known,
                conflicts=summary.conflicts,
            )
        )
        self.conn.execute(
            insert(AuditEntry).values(
                at=utcnow(),
                device_id=self.vault.device.device_id,
                actor=self.vault.changelog.actor,
                action="sync import",
                entity="bundle",
                entity_id=manifest.bundle_id,
                summary=summary.text(),
            )
        )
        return summary

    # -- manifest and sender --------------------------------------------------------------

    def _record(self, kind: int, max_length: int) -> bytes:
        got, length = _RECORD.unpack(self.reader.read_exact(_RECORD.size))
        if got != kind or length > max_length:
            raise _damaged("unexpected block")
        return self.reader.read_exact(length)

    def _check_sender(self, manifest: _Manifest) -> None:
        if manifest.header != hashlib.blake2b(self.reader.header, digest_size=32).hexdigest():
            raise BundleRejected(
                "This bundle was re-wrapped after signing (its recipients changed); refused."
            )
        if manifest.sender == self.roster.self_id:
            raise BundleRejected(
                "This bundle was exported by this device; import it on a teammate's computer."
            )
        if self.roster.is_revoked(manifest.sender):
            raise self._revoked(manifest.sender)
        if self.conn.scalar(
            select(ImportedBundle.imported_at).where(ImportedBundle.bundle_id == manifest.bundle_id)
        ):
            raise BundleAlreadyImported("This bundle was already imported; nothing changed.")

    def _verify_sender(
        self, manifest: _Manifest, manifest_bytes: bytes, signature: bytes, *, final: bool
    ) -> bool:
        key = self.roster.verify_key(manifest.sender)
        if key is None:
            if final:
                raise BundleRejected(
                    f"This bundle comes from a device that is not in your team "
                    f"({short_id(manifest.sender)}); add its device card first."
                )
            return False
        try:
            key.verify(SIGNATURE_DOMAIN + manifest_bytes, signature)
        except BadSignatureError as exc:
            raise BundleRejected(
                f"This bundle's signature does not match its sender "
                f"({self.roster.label(manifest.sender)}); it was forged or damaged."
            ) from exc
        return True

    def _revoked(self, device_id: str) -> BundleRejected:
        return BundleRejected(
            f"This bundle comes from {self.roster.label(device_id)}, which was revoked from the "
            "team; it was refused."
        )

    def _remember(self, manifest: _Manifest) -> None:
        """The sender holds everything in its vector: future exports need not resend it."""
        rows = [
            {"peer": manifest.sender, "origin": o, "seq": s} for o, s in manifest.vector.items()
        ]
        if not rows:
            return
        stmt = sqlite_insert(PeerVersion)
        stmt = stmt.on_conflict_do_update(
            index_elements=["peer", "origin"],
            set_={"seq": func.max(PeerVersion.__table__.c.seq, stmt.excluded.seq)},
        )
        self.conn.execute(stmt, rows)

    # -- ops --------------------------------------------------------------------------------

    def _ops_batch(self, payload: bytes) -> None:
        try:
            batch = json.loads(payload)
        except (ValueError, RecursionError) as exc:
            raise _damaged("unreadable block of changes") from exc
        if not isinstance(batch, list) or len(batch) > OPS_PER_BATCH * 4:
            raise _damaged("malformed block of changes")
        self.seen_ops += len(batch)
        if self.seen_ops > MAX_OPS:
            raise BundleRejected(f"This bundle holds more than {MAX_OPS} changes; refused.")
        run: list[list[Any]] = []
        for op in batch:
            _check_shape(op, self.checked_origins)
            if op[0] != self.current:
                self._flush_run(run)
                run = []
                self._end_run()
                if op[0] in self.finished:
                    raise _damaged("changes of one device are not in sequence")
                self.current = op[0]
            run.append(op)
        self._flush_run(run)

    def _flush_run(self, run: list[list[Any]]) -> None:
        if not run:
            return
        origin = run[0][0]
        if self.roster.verify_key(origin) is None:
            pending = self.pending.setdefault(origin, [])
            pending.extend(run)
            if len(self.pending) > MAX_ORIGINS:
                raise BundleRejected("This bundle names too many devices; refused.")
            return
        self._verify_run(origin, run)

    def _end_run(self) -> None:
        if self.current is None:
            return
        feed = self.feeds.get(self.current)
        if feed is not None and feed.unsigned:
            raise BundleRejected(
                f"The last changes from {self.roster.label(self.current)} are not signed; "
                "the bundle was cut or altered."
            )
        self.finished.add(self.current)
        self.current = None

    def _resolve_pending(self) -> None:
        """Ops of devices introduced by roster ops in this same bundle (a relayed newcomer)."""
        progress = True
        while self.pending and progress:
            progress = False
            for origin in list(self.pending):
                if self.roster.verify_key(origin) is None:
                    continue
                self.current = origin
                self._verify_run(origin, self.pending.pop(origin))
                self._end_run()
                progress = True
        for origin, ops in self.pending.items():
            if not self.roster.is_revoked(origin):
                raise BundleRejected(
                    f"This bundle holds changes from a device that is not in your team "
                    f"({short_id(origin)}); add its device card first."
                )
            self.ignored += len(ops)

    def _verify_run(self, origin: str, run: list[list[Any]]) -> None:
        key = self.roster.verify_key(origin)
        assert key is not None
        feed = self.feeds.get(origin)
        if feed is None:
            local_max = int(
                self.conn.scalar(select(func.max(Op.seq)).where(Op.origin == origin)) or 0
            )
            feed = self.feeds[origin] = _Feed(origin, local_max)
        first, last = run[0][1], run[-1][1]
        if feed.expected is None:
            if first > feed.local_max + 1:
                raise BundleRejected(
                    f"This bundle continues changes from {self.roster.label(origin)} that this "
                    f"vault has not received yet (it has up to #{feed.local_max}, the bundle "
                    f"starts at #{first}); import the earlier bundle first or ask for a full "
                    "export."
                )
            if first > 1:
                feed.prev = str(
                    self.conn.scalar(
                        select(Op.op_id).where(Op.origin == origin, Op.seq == first - 1)
                    )
                )
            feed.expected = first
        stored: dict[int, str] = {}
        if first <= feed.local_max:
            stored = {
                s: i
                for s, i in self.conn.execute(
                    select(Op.seq, Op.op_id).where(
                        Op.origin == origin, Op.seq >= first, Op.seq <= min(last, feed.local_max)
                    )
                )
            }
        cutoff = self.roster.cutoffs.get(origin)
        rows: list[tuple[Any, ...]] = []
        for op in run:
            _o, seq, prev, hlc, entity, entity_id, field_name, value, parent, sig = op
            if seq != feed.expected or prev != feed.prev:
                raise BundleRejected(
                    f"The changes from {self.roster.label(origin)} are out of order or altered "
                    f"(at #{seq}); refused."
                )
            op_id = op_hash(origin, seq, prev, hlc, entity, entity_id, field_name, value, parent)
            if seq <= feed.local_max:
                if stored.get(seq) != op_id:
                    raise BundleRejected(
                        f"{self.roster.label(origin)} signed two different changes numbered "
                        f"#{seq}: its vault was copied or restored and used twice, or its key "
                        "is compromised. The bundle was refused."
                    )
                self.known += 1
            else:
                signature = None if sig is None else bytes.fromhex(sig)
                if signature is None:
                    feed.unsigned += 1
                else:
                    _verify_op(key, op_id, signature, self.roster.label(origin), seq)
                    feed.unsigned = 0
                self._check_clock(origin, hlc)
                if cutoff is not None and seq > cutoff:
                    self.ignored += 1
                else:
                    if entity == DEVICE_ENTITY:
                        self._roster_op(origin, hlc, entity_id, field_name, value)
                    rows.append(
                        (
                            origin,
                            seq,
                            op_id,
                            prev,
                            hlc,
                            entity,
                            entity_id,
                            field_name,
                            value,
                            parent,
                            signature,
                        )
                    )
                    self.touched.add(entity_id)
                    self.applied += 1
            feed.prev = op_id
            feed.expected = seq + 1
        _insert_ops(self.conn, rows)

    def _roster_op(
        self, origin: str, hlc: int, device_id: str, field_name: str, value: str
    ) -> None:
        try:
            if field_name == CREATE_FIELD:
                self.roster.learn_device(parse_device_value(device_id, value))
            elif field_name == REVOKED_FIELD:
                self.roster.learn_revocation(device_id, parse_revocation(value), origin, hlc)
        except RosterConflict as exc:
            raise BundleRejected(str(exc)) from exc
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            raise BundleRejected(
                f"A team-roster change from {self.roster.label(origin)} is invalid; refused."
            ) from exc

    def _check_clock(self, origin: str, hlc: int) -> None:
        ahead = (hlc >> hlc_clock.COUNTER_BITS) - self.now_ms
        if ahead > MAX_CLOCK_AHEAD_MS:
            raise BundleRejected(
                f"The clock of {self.roster.label(origin)} is {ahead // 86_400_000} days ahead of "
                "this computer's; its changes were refused. Check the date on both computers."
            )
        if ahead > WARN_CLOCK_AHEAD_MS:
            warning = f"The clock of {self.roster.label(origin)} is ahead of this computer's."
            if warning not in self.warnings:
                self.warnings.append(warning)

    # -- blobs -------------------------------------------------------------------------------

    def _blob(self, length: int, expected: dict[str, int]) -> int:
        if length < 32 or length - 32 > MAX_BLOB_BYTES:
            raise _damaged("oversized attachment")
        sha = self.reader.read_exact(32).hex()
        if expected.pop(sha, None) != length - 32:
            raise _damaged("an attachment that is not in the manifest")
        data = self.reader.read_exact(length - 32)
        if hashlib.sha256(data).hexdigest() != sha:
            raise _damaged("an attachment does not match its hash")
        if self.conn.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha)):
            return 0
        self.conn.execute(insert(AttachmentBlob).values(sha256=sha, size=len(data), data=data))
        return 1


@dataclass(frozen=True)
class _Manifest:
    bundle_id: str
    sender: str
    header: str
    vector: dict[str, int]
    ops: int
    ops_hash: str
    blobs: tuple[tuple[str, int], ...]

    @classmethod
    def parse(cls, raw: bytes) -> _Manifest:
        try:
            doc = json.loads(raw)
            if not isinstance(doc, dict):
                raise TypeError("manifest is not an object")
            version = doc["format"]
            if not isinstance(version, int) or version < 1:
                raise TypeError("bad format")
            if version > FORMAT_VERSION:
                raise BundleRejected(
                    f"This bundle was made by a newer version of Letapis (format {version}); "
                    "update the app to import it."
                )
            vector = doc["vector"]
            blobs = doc["blobs"]
            if not isinstance(vector, dict) or len(vector) > MAX_ORIGINS:
                raise TypeError("bad vector")
            if not isinstance(blobs, list) or len(blobs) > MAX_BLOBS:
                raise TypeError("bad blob list")
            manifest = cls(
                bundle_id=_match(_HEX32, doc["bundle_id"]),
                sender=_match(_HEX32, doc["sender"]),
                header=_match(_HEX64, doc["header"]),
                vector={_match(_HEX32, o): _count(s) for o, s in vector.items()},
                ops=_count(doc["ops"]),
                ops_hash=_match(_HEX64, doc["ops_hash"]),
                blobs=tuple((_match(_HEX64, b[0]), _count(b[1])) for b in blobs),
            )
        except BundleRejected:
            raise
        except (ValueError, KeyError, TypeError, IndexError, RecursionError) as exc:
            # RecursionError: deeply nested JSON ("[[[[..."), found by fuzzing.
            raise _damaged("unreadable manifest") from exc
        if len(dict(manifest.blobs)) != len(manifest.blobs):
            raise _damaged("repeated attachment in the manifest")
        return manifest


def _match(pattern: re.Pattern[str], value: Any) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError("malformed identifier")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**62:
        raise ValueError("malformed number")
    return value


def _check_shape(op: Any, origins: set[str]) -> None:
    """An op as sent: [origin, seq, prev_hash, hlc, entity, entity_id, field, value, parent_op,
    signature hex | null], with the lengths the ops table allows. ``origins`` caches the
    device ids already checked (a bundle names few devices but many ops)."""
    try:
        origin, seq, prev, hlc, entity, entity_id, field_name, value, parent, sig = op
    except (TypeError, ValueError) as exc:
        raise _damaged("a malformed change") from exc
    ok = (
        type(seq) is int
        and type(hlc) is int
        and 1 <= seq < 2**62
        and 0 <= hlc < 2**63
        and type(prev) is str
        and len(prev) == 64
        and type(entity) is str
        and 0 < len(entity) <= 40
        and type(entity_id) is str
        and 0 < len(entity_id) <= 32
        and type(field_name) is str
        and 0 < len(field_name) <= 60
        and type(value) is str
        and len(value) <= MAX_VALUE_CHARS
        and (parent is None or (type(parent) is str and len(parent) == 64))
        and (sig is None or (type(sig) is str and _HEX128.fullmatch(sig) is not None))
    )
    if ok and (type(origin) is not str or origin not in origins):  # a list is unhashable
        ok = type(origin) is str and _HEX32.fullmatch(origin) is not None
        if ok:
            origins.add(origin)
    if not ok:
        raise _damaged("a malformed change")


_OP_INSERT_COLUMNS = (
    "origin, seq, op_id, prev_hash, hlc, entity, entity_id, field, value, parent_op, signature"
)
_OPS_PER_INSERT = 500


def _insert_ops(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Multi-row INSERTs: on SQLCipher about a quarter cheaper than executemany, and imports are
    mostly inserting ops. The values are plain str/int/bytes, so no type processing is skipped."""
    for start in range(0, len(rows), _OPS_PER_INSERT):
        chunk = rows[start : start + _OPS_PER_INSERT]
        marks = ",".join(["(?,?,?,?,?,?,?,?,?,?,?)"] * len(chunk))
        conn.exec_driver_sql(
            f"INSERT INTO {Op.__tablename__} ({_OP_INSERT_COLUMNS}) VALUES {marks}",
            tuple(value for row in chunk for value in row),
        )


def _verify_op(key: VerifyKey, op_id: str, signature: bytes, label: str, seq: int) -> None:
    try:
        key.verify(op_id.encode("ascii"), signature)
    except BadSignatureError as exc:
        raise BundleRejected(
            f"Change #{seq} from {label} has an invalid signature; the bundle was refused."
        ) from exc


def _damaged(detail: str) -> BundleRejected:
    return BundleRejected(f"This bundle is damaged or was tampered with ({detail}).")
