"""Backup policy: when Letapis backs up on its own, which backups it keeps, and how a restore is
kept from breaking team sync.

* **When.** At unlock if the newest backup is more than a day old (a fresh vault counts from its
  creation), before every sync import (:func:`import_bundle_with_backup` is the one entry point
  for the CLI and the Sync screen) and before every schema upgrade (app.services.vault).
* **Which are kept.** The newest backup of each of the last 7 days that have backups, the newest
  of each of the last 4 ISO weeks that have backups, the 3 newest whatever their day (several
  sync imports in one day) and the newest database set aside by a restore. The time comes from
  the file name, so the rotation can be tested with an injected clock.
* **Restore vs sync.** A restore rolls this device's own change feed back. Peers that already
  received the rolled-back changes would see the next local edit as a *second* change with the
  same number (equivocation) and refuse every later bundle. So an encrypted mark outside the
  database (``syncmark.bin``, sealed with a key derived from the data key) remembers the last own
  change that left in a bundle; if the database at unlock no longer holds exactly that change,
  the vault takes a new signing identity (app.services.vault) and the rolled-back one never
  signs again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError
from sqlalchemy import Connection, select

from app import paths
from app.crypto.atomic import write_atomic
from app.models import Op, VaultMeta

if TYPE_CHECKING:
    from app.services.vault import Vault
    from app.sync.bundles import ImportSummary

DAILY_KEPT = 7
WEEKLY_KEPT = 4
RECENT_KEPT = 3
AUTO_BACKUP_AGE = timedelta(days=1)

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^vault-(\d{8}T\d{12}Z)-([a-z0-9-]+)\.db$")
REPLACED_LABEL = "replaced"


def utc_now() -> datetime:
    return datetime.now(UTC)


# -- backup files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """One file in ``backups/``, as the Backups screen and ``letapis backups`` list it."""

    path: Path
    created: datetime
    label: str
    size: int

    @property
    def verified(self) -> bool:
        """Backups are checked (cipher_integrity_check + integrity_check) right after writing
        and discarded if the check fails; only a database set aside by a restore is not."""
        return self.label != REPLACED_LABEL


def backup_file_name(label: str, when: datetime) -> str:
    return f"vault-{when.astimezone(UTC).strftime(STAMP_FORMAT)}-{label}.db"


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    created = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    return created, match.group(2)


def list_backup_info(directory: Path) -> list[BackupInfo]:
    """Every backup of the vault in ``directory``, newest first."""
    found = []
    for path in paths.backup_dir(directory).glob("vault-*.db"):
        parsed = parse_backup_name(path)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # rotated away meanwhile
            continue
        found.append(BackupInfo(path, parsed[0], parsed[1], size))
    found.sort(key=lambda info: info.created, reverse=True)
    return found


def backups_to_keep(backups: list[BackupInfo]) -> set[Path]:
    """The retention rule of the module docstring; ``backups`` in any order."""
    newest_first = sorted(backups, key=lambda info: info.created, reverse=True)
    keep = {info.path for info in newest_first[:RECENT_KEPT]}
    days: set[object] = set()
    weeks: set[object] = set()
    replaced_kept = False
    for info in newest_first:
        day = info.created.date()
        week = info.created.isocalendar()[:2]
        if day not in days and len(days) < DAILY_KEPT:
            days.add(day)
            keep.add(info.path)
        if week not in weeks and len(weeks) < WEEKLY_KEPT:
            weeks.add(week)
            keep.add(info.path)
        if info.label == REPLACED_LABEL and not replaced_kept:
            replaced_kept = True
            keep.add(info.path)
    return keep


def rotate_backups(directory: Path) -> list[Path]:
    """Delete the backups the retention rule does not keep; returns what was deleted."""
    backups = list_backup_info(directory)
    keep = backups_to_keep(backups)
    removed = []
    for info in backups:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def remove_orphaned_temp_files(target_dir: Path) -> list[Path]:
    """Half-written backups (``<name>.<pid>.tmp``) of writers that died (killed, power cut).

    A live writer's file is left alone: its pid still runs (where pids cannot be checked, an
    hour of age stands in for death). They never carry a backup's name, so nothing lists them.
    """
    removed = []
    for tmp in target_dir.glob("vault-*.tmp"):
        pid_text = tmp.suffixes[-2][1:] if len(tmp.suffixes) >= 2 else ""
        if _writer_alive(int(pid_text) if pid_text.isdigit() else None, tmp):
            continue
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    return removed


def _writer_alive(pid: int | None, tmp: Path) -> bool:
    if pid is not None and os.name == "posix":
        if pid == os.getpid():
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    try:
        return time.time() - tmp.stat().st_mtime < 3600
    except FileNotFoundError:
        return True


def latest_backup_time(directory: Path) -> datetime | None:
    backups = list_backup_info(directory)
    return backups[0].created if backups else None


# -- automatic backups -------------------------------------------------------------------------


def backup_is_due(vault: Vault, now: datetime | None = None) -> bool:
    """True when the newest backup (or, with none yet, the vault's creation) is over a day old."""
    now = now or utc_now()
    latest = latest_backup_time(vault.directory)
    if latest is None:
        with vault.engine.connect() as conn:
            created = conn.scalar(select(VaultMeta.value).where(VaultMeta.key == "created_at"))
        latest = datetime.fromisoformat(created) if created else None
    return latest is None or now - latest >= AUTO_BACKUP_AGE


def backup_if_due(vault: Vault, now: datetime | None = None) -> Path | None:
    """The daily backup at unlock: written only when :func:`backup_is_due`."""
    if not backup_is_due(vault, now):
        return None
    return vault.backup("daily", now=now)


def import_bundle_with_backup(
    vault: Vault,
    bundle: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """THE sync-import use case: an encrypted backup first, then verify and merge.

    A bundle is merged in one transaction and a bad one is refused whole, so the backup is not
    about half-imports: it is the way back from a well-formed bundle with unwanted content.
    """
    from app.sync.bundles import import_bundle

    vault.backup("before-sync", now=now)
    return import_bundle(vault, bundle, progress=progress)


# -- the published-feed mark -------------------------------------------------------------------

MARK_FORMAT = 1
_MARK_MAGIC = b"LTMK1"
_NONCE = 24


@dataclass(frozen=True)
class FeedMark:
    """The last own change that left this device in a bundle: (seq, op id) per identity."""

    seq: int
    op_id: str


def _mark_key(data_key: bytes | bytearray) -> bytes:
    # Key separation: the SQLCipher key itself never encrypts anything else.
    return hashlib.blake2b(
        b"", key=bytes(data_key), digest_size=32, person=b"letapis-feedmark"
    ).digest()


def _mark_aad(vault_id: str) -> bytes:
    return _MARK_MAGIC + vault_id.encode("ascii")


def read_feed_marks(
    directory: Path, data_key: bytes | bytearray, vault_id: str
) -> dict[str, FeedMark]:
    """Marks by device id. A missing or unreadable file reads as "no marks": it only ever
    protects against a rolled-back feed, so damage must not lock anyone out; it is rewritten at
    the next export."""
    try:
        raw = paths.feed_mark_path(directory).read_bytes()
    except FileNotFoundError:
        return {}
    if len(raw) <= len(_MARK_MAGIC) + _NONCE or not raw.startswith(_MARK_MAGIC):
        return {}
    nonce = raw[len(_MARK_MAGIC) : len(_MARK_MAGIC) + _NONCE]
    try:
        plain = crypto_aead_xchacha20poly1305_ietf_decrypt(
            raw[len(_MARK_MAGIC) + _NONCE :], _mark_aad(vault_id), nonce, _mark_key(data_key)
        )
        doc = json.loads(plain)
        return {str(d): FeedMark(int(s), str(o)) for d, (s, o) in doc["marks"].items()}
    except (CryptoError, ValueError, KeyError, TypeError):
        return {}


def write_feed_mark(
    directory: Path, data_key: bytes | bytearray, vault_id: str, device_id: str, mark: FeedMark
) -> None:
    marks = read_feed_marks(directory, data_key, vault_id)
    marks[device_id] = mark
    plain = json.dumps(
        {"format": MARK_FORMAT, "marks": {d: [m.seq, m.op_id] for d, m in marks.items()}},
        sort_keys=True,
    ).encode("ascii")
    nonce = secrets.token_bytes(_NONCE)
    sealed = crypto_aead_xchacha20poly1305_ietf_encrypt(
        plain, _mark_aad(vault_id), nonce, _mark_key(data_key)
    )
    write_atomic(paths.feed_mark_path(directory), _MARK_MAGIC + nonce + sealed)


def own_head(conn: Connection, device_id: str) -> FeedMark | None:
    row = conn.execute(
        select(Op.seq, Op.op_id).where(Op.origin == device_id).order_by(Op.seq.desc()).limit(1)
    ).first()
    return None if row is None else FeedMark(int(row[0]), str(row[1]))


def feed_rolled_back(conn: Connection, marks: dict[str, FeedMark], device_id: str) -> bool:
    """True if changes this device already sent out are no longer (exactly) in the database:
    signing new changes would then reuse numbers the team has seen."""
    mark = marks.get(device_id)
    if mark is None:
        return False
    stored = conn.scalar(select(Op.op_id).where(Op.origin == device_id, Op.seq == mark.seq))
    return stored != mark.op_id


def export_bundle_marked(vault: Vault, directory: Path, **kwargs: Any) -> Any:
    """THE sync-export use case: remember the own feed head, then write the bundle.

    The mark is written first, so it never lags behind what a bundle carries; if the export then
    fails, the mark names a change that is still in the database, which is harmless.
    """
    from app.sync.bundles import export_bundle

    vault.mark_published_head()
    return export_bundle(vault, directory, **kwargs)


def describe(info: BackupInfo) -> str:
    """One line for ``letapis backups``: date, size, label, verification."""
    size_mb = info.size / 1024**2
    state = "verified" if info.verified else "not checked"
    return (
        f"{info.created:%Y-%m-%d %H:%M:%S} UTC  {size_mb:8.1f} MB  {info.label:<14} {state}  "
        f"{info.path.name}"
    )


def latest_good_backup(
    directory: Path, check: Callable[[Path], bool], limit: int = 3
) -> BackupInfo | None:
    """The newest backup that passes ``check`` (tries at most ``limit``, newest first)."""
    for info in list_backup_info(directory)[:limit]:
        if check(info.path):
            return info
    return None
