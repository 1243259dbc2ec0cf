"""Create, open, lock, re-key and back up a vault: the folder holding the SQLCipher database,
its key-slot file and encrypted backups.

Order of checks at open is deliberate: the key slots decide "wrong passphrase" before SQLCipher
runs; then SQLCipher failures mean corruption; then the schema is upgraded after a backup.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from nacl.public import PrivateKey
from nacl.signing import SigningKey
from sqlalchemy import Engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app import paths
from app.crypto import keyslots, throttle
from app.crypto.atomic import fsync_dir, shred_file
from app.crypto.identity import device_id_for
from app.errors import (
    BackupDamaged,
    DatabaseDamaged,
    DestroyNotConfirmed,
    DiskFull,
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    VaultNotWritable,
    WrongPassphrase,
    storage_error,
)
from app.models import AuditEntry, Device, VaultMeta, migrate
from app.models import db as dbmod
from app.services import backups
from app.services.search import install_name_index
from app.sync.changelog import ChangeLog, DeviceIdentity

# Below this size every page is checked at unlock (cipher_integrity_check + quick_check, well
# under 0.3 s); after an unclean shutdown up to the larger size (about 1.5 s). Beyond that a
# check would break the unlock budget (1.5 GB: ~19 s): damaged pages then fail the query that
# reads them (DatabaseDamaged, never a partial result) and the daily backup reads every page.
FULL_CHECK_MAX_BYTES = 16 * 1024**2
UNCLEAN_CHECK_MAX_BYTES = 128 * 1024**2

NEW_IDENTITY_NOTICE = (
    "This vault was restored to a point before changes this device had already sent to the "
    "team. To keep the team's copies consistent, this device now signs with a new identity: "
    "give your new device card (Sync screen) to a teammate so the team accepts your next bundles."
)


@dataclass
class Vault:
    """An unlocked vault. ``lock()`` disposes every connection and wipes the key copy."""

    directory: Path
    engine: Engine
    sessions: sessionmaker[Session]
    vault_id: str
    device: DeviceIdentity
    changelog: ChangeLog
    _data_key: bytearray = field(repr=False)
    notices: list[str] = field(default_factory=list)

    @property
    def db_file(self) -> Path:
        return paths.db_path(self.directory)

    def session(self) -> Session:
        return self.sessions()

    def lock(self) -> None:
        if not self.is_locked:
            try:  # keep planner statistics fresh after bulk loads (SQLite's advice at close)
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
                    conn.exec_driver_sql("PRAGMA optimize = 0x10002")
            except Exception:
                pass
        self.engine.dispose()
        self._data_key[:] = bytes(len(self._data_key))

    @property
    def is_locked(self) -> bool:
        return not any(self._data_key)

    def backup(self, label: str = "manual", *, now: datetime | None = None) -> Path:
        return backup_database(self.directory, self._data_key, label, now=now)

    def verify_backup(self, path: Path) -> list[str]:
        """Integrity problems of one backup of this vault (empty: it is good)."""
        return backup_problems(path, self._data_key)

    def mark_published_head(self) -> None:
        """Remember (outside the database) the newest own change before it leaves in a bundle."""
        with self.engine.connect() as conn:
            head = backups.own_head(conn, self.device.device_id)
        if head is None:
            return
        try:
            backups.write_feed_mark(
                self.directory, self._data_key, self.vault_id, self.device.device_id, head
            )
        except OSError as exc:
            raise storage_error(exc, "The bundle was not written") from exc


def _check_writable(directory: Path) -> None:
    if not os.access(directory, os.W_OK):
        raise VaultNotWritable(
            f"The vault folder {directory} is read-only; Letapis needs to write to it."
        )


def vault_exists(directory: Path) -> bool:
    return paths.keyslots_path(directory).exists()


def create_vault(
    directory: Path, passphrase: str, *, memory_security: bool | None = None
) -> tuple[Vault, str]:
    """Make a new vault. Returns it unlocked plus the recovery key to show the user once."""
    if vault_exists(directory) or paths.db_path(directory).exists():
        raise VaultExists(f"A vault already exists in {directory}.")
    if len(passphrase) < 8:
        raise ValueError("The passphrase must have at least 8 characters.")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise VaultNotWritable(
            f"Cannot create the vault folder {directory}: {exc.strerror}."
        ) from exc
    _check_writable(directory)
    if os.name == "posix":
        directory.chmod(0o700)
    slots, data_key, code = keyslots.create_slots(passphrase)
    engine = dbmod.make_engine(paths.db_path(directory), data_key, memory_security=memory_security)
    migrate.upgrade(engine)
    with dbmod.session_factory(engine)() as session, session.begin():
        session.add(VaultMeta(key="vault_id", value=slots.vault_id))
        session.add(VaultMeta(key="created_at", value=datetime.now(UTC).isoformat()))
        session.add(_new_device())
    engine.dispose()
    # The slot file goes last: until it exists the folder is an aborted init, never a vault.
    keyslots.write_slots(paths.keyslots_path(directory), slots)
    return _open_with_key(directory, data_key, slots.vault_id, memory_security), code


def _new_device() -> Device:
    sign = SigningKey.generate()
    box = PrivateKey.generate()
    device_id = device_id_for(bytes(sign.verify_key))
    return Device(
        device_id=device_id,
        label="this device",
        sign_public=bytes(sign.verify_key),
        box_public=bytes(box.public_key),
        sign_secret=bytes(sign),
        box_secret=bytes(box),
        is_self=True,
    )


def open_vault(
    directory: Path,
    passphrase: str | None = None,
    *,
    recovery_code: str | None = None,
    memory_security: bool | None = None,
) -> Vault:
    if not vault_exists(directory):
        if paths.db_path(directory).exists():
            raise VaultCorrupt(
                f"{directory} holds a vault database but no key-slot file (keyslots.bin): it "
                "cannot be decrypted without it."
            )
        raise VaultNotFound(f"No vault found in {directory}. Create one with 'letapis init'.")
    if not paths.db_path(directory).exists():
        raise VaultCorrupt(f"The vault database is missing from {directory}.")
    _check_writable(directory)
    slots = keyslots.read_slots(paths.keyslots_path(directory))
    data_key = _unwrap(directory, slots, passphrase or "", recovery_code, upgrade=True)
    return _open_with_key(directory, data_key, slots.vault_id, memory_security)


def _unwrap(
    directory: Path,
    slots: keyslots.KeySlotFile,
    passphrase: str,
    recovery_code: str | None = None,
    *,
    upgrade: bool = False,
) -> bytearray:
    """The data key, after the wrong-attempt pause (app.crypto.throttle) if one is due.

    ``upgrade``: a passphrase slot made with weaker KDF parameters than today's is re-wrapped
    while the passphrase is at hand, so old vaults gain the current brute-force cost.
    """
    guard = throttle.UnlockThrottle(paths.unlock_attempts_path(slots.vault_id))
    guard.wait()
    try:
        if recovery_code is not None:
            data_key = keyslots.unlock_with_recovery(slots, recovery_code)
        else:
            data_key, slot = keyslots.open_passphrase_slot(slots, passphrase)
            if upgrade and keyslots.needs_upgrade(slot):
                upgraded = keyslots.upgrade_slot(slots, slot, passphrase, data_key)
                keyslots.write_slots(paths.keyslots_path(directory), upgraded)
    except WrongPassphrase as exc:
        pause = guard.failed()
        if pause:
            raise WrongPassphrase(
                f"{exc} After repeated wrong attempts Letapis waits {pause:.0f} s before the "
                "next one."
            ) from None
        raise
    guard.succeeded()
    return data_key


def _open_with_key(
    directory: Path, data_key: bytearray, vault_id: str, memory_security: bool | None = None
) -> Vault:
    db_file = paths.db_path(directory)
    if db_file.stat().st_size > 0 and dbmod.is_sqlite_plaintext(db_file):
        raise VaultCorrupt("The vault database is not encrypted; refusing to use it.")
    size = db_file.stat().st_size
    check_all = size <= FULL_CHECK_MAX_BYTES or (
        size <= UNCLEAN_CHECK_MAX_BYTES and _wal_left_behind(db_file)
    )
    engine = dbmod.make_engine(db_file, data_key, memory_security=memory_security)
    notices: list[str] = []
    try:
        try:
            if check_all:
                _require_intact(engine)
            migrate.upgrade(
                engine,
                before_upgrade=lambda: backup_database(directory, data_key, "before-upgrade"),
            )
        except (VaultCorrupt, DBAPIError) as exc:
            detail = _damage_detail(exc)
            if detail is None:
                raise
            raise DatabaseDamaged(
                f"The vault database is damaged ({detail}); nothing was read from it. "
                + _good_backup_hint(directory, data_key)
            ) from exc
        _explain_storage_errors(engine)
        sessions = dbmod.session_factory(engine)
        with sessions() as session, session.begin():
            stored_id = session.get(VaultMeta, "vault_id")
            if stored_id is None or stored_id.value != vault_id:
                raise VaultCorrupt(
                    "The key-slot file belongs to a different vault than this database."
                )
            me = session.scalars(select(Device).where(Device.is_self)).one()
            marks = backups.read_feed_marks(directory, data_key, vault_id)
            if backups.feed_rolled_back(session.connection(), marks, me.device_id):
                me = _take_new_identity(session, me)
                notices.append(NEW_IDENTITY_NOTICE)
            device = DeviceIdentity(me.device_id, SigningKey(me.sign_secret or b""))
    except BaseException:
        engine.dispose()
        raise
    changelog = ChangeLog(device)
    event.listen(sessions, "before_flush", changelog.before_flush)
    install_name_index(sessions)
    return Vault(directory, engine, sessions, vault_id, device, changelog, data_key, notices)


def _wal_left_behind(db_file: Path) -> bool:
    """A non-empty WAL at open: the last session did not close cleanly (or is still open)."""
    try:
        return db_file.with_name(db_file.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def _require_intact(engine: Engine) -> None:
    with engine.connect() as conn:
        problems = integrity_problems(conn.connection.dbapi_connection, quick=True)
    if problems:
        raise VaultCorrupt(f"{len(problems)} integrity problems, first: {problems[0][:120]}")


def _damage_detail(exc: BaseException) -> str | None:
    """What to tell the user about a failed check or read, or None if it is not damage."""
    if isinstance(exc, DatabaseDamaged):
        return None
    if isinstance(exc, VaultCorrupt):
        text = str(exc)
        return "it cannot be decrypted" if "cannot be decrypted" in text else text
    if isinstance(exc, DBAPIError):
        text = str(exc.orig).lower()
        if "malformed" in text or "not a database" in text or "hmac" in text:
            return "SQLite reports: " + text
    return None


def _explain_storage_errors(engine: Engine) -> None:
    """Disk full, read-only disk and damaged pages met while the vault is in use become the
    user-facing errors of app.errors; SQLite has already rolled the transaction back."""

    @event.listens_for(engine, "handle_error")
    def _explain(context) -> None:  # type: ignore[no-untyped-def]
        original = context.original_exception
        if isinstance(original, sqlcipher.DatabaseError):
            explained = _sqlite_storage_error(original, "The vault could not be written")
            if explained is not original:
                raise explained from original


def _take_new_identity(session: Session, old: Device) -> Device:
    """Retire the rolled-back signing identity for good (its secret key is wiped, it stays in the
    roster so its changes still verify) and sign with a fresh one from now on. The encryption
    key pair is kept, so bundles the team seals to this device still open here."""
    fresh = _new_device()
    fresh.label = old.label
    fresh.box_public, fresh.box_secret = old.box_public, old.box_secret
    old.is_self = False
    old.sign_secret = None
    old.box_secret = None
    old.label = f"{old.label} (retired after a restore)"
    session.flush()
    session.add(fresh)
    session.add(
        AuditEntry(
            device_id=fresh.device_id,
            action="new identity",
            entity="device",
            entity_id=fresh.device_id,
            summary=f"replaces {old.device_id[:8]}, whose sent changes a restore rolled back",
        )
    )
    session.flush()
    return fresh


def change_passphrase(directory: Path, old: str, new: str) -> None:
    """Re-wrap the data key under a new passphrase: instant, the database is not rewritten."""
    if len(new) < 8:
        raise ValueError("The new passphrase must have at least 8 characters.")
    path = paths.keyslots_path(directory)
    slots = keyslots.read_slots(path)
    data_key = _unwrap(directory, slots, old)
    keyslots.write_slots(path, keyslots.replace_passphrase(slots, data_key, new))
    data_key[:] = bytes(len(data_key))


def reset_passphrase(directory: Path, recovery_code: str, new: str) -> None:
    if len(new) < 8:
        raise ValueError("The new passphrase must have at least 8 characters.")
    path = paths.keyslots_path(directory)
    slots = keyslots.read_slots(path)
    data_key = _unwrap(directory, slots, "", recovery_code)
    keyslots.write_slots(path, keyslots.replace_passphrase(slots, data_key, new))
    data_key[:] = bytes(len(data_key))


DESTROY_WORD = "DESTROY"


@dataclass(frozen=True)
class DestroyResult:
    """What :func:`destroy_keys` did: key-slot files shredded, encrypted files removed."""

    shredded: int
    removed: int


def destroy_confirmation_matches(directory: Path, typed: str) -> bool:
    """The typed confirmation: the word DESTROY or the vault folder's name, exactly."""
    typed = typed.strip()
    return typed == DESTROY_WORD or (bool(directory.name) and typed == directory.name)


def destroy_keys(directory: Path, confirmation: str) -> DestroyResult:
    """Emergency crypto-shredding: make this vault unrecoverable, with or without a passphrase.

    The database and every backup in ``backups/`` are encrypted with the one data key, and that
    key exists on disk only wrapped in ``keyslots.bin`` (passphrase and recovery-key slots
    alike). Overwriting that file with random bytes, syncing and deleting it leaves nothing that
    any passphrase or the printed recovery key can open. The then-useless encrypted files are
    removed too, so the folder no longer looks like a vault. Copies of the vault folder made
    elsewhere keep their own ``keyslots.bin`` and are NOT affected. Lock the vault first: an
    open vault still holds the key in memory.
    """
    if not destroy_confirmation_matches(directory, confirmation):
        raise DestroyNotConfirmed(
            f"Nothing was destroyed: type {DESTROY_WORD} or the vault folder's name "
            f"({directory.name}) to confirm."
        )
    slot_file = paths.keyslots_path(directory)
    key_files = [slot_file, *directory.glob(f".{slot_file.name}.tmp-*")]
    database = paths.db_path(directory)
    if not slot_file.exists() and not database.exists():
        raise VaultNotFound(f"No vault found in {directory}; nothing was destroyed.")
    try:
        vault_id = keyslots.read_slots(slot_file).vault_id
        attempts: Path | None = paths.unlock_attempts_path(vault_id)
    except VaultCorrupt:
        attempts = None
    shredded = 0
    for key_file in key_files:
        if key_file.exists():
            shred_file(key_file)
            shredded += 1
    fsync_dir(directory)
    encrypted = [
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        paths.feed_mark_path(directory),
        *([attempts] if attempts else []),
        *paths.backup_dir(directory).glob("vault-*"),
    ]
    removed = 0
    for leftover in encrypted:
        if leftover.exists():
            leftover.unlink()
            removed += 1
    fsync_dir(directory)
    return DestroyResult(shredded, removed)


def backup_database(
    directory: Path, data_key: bytes | bytearray, label: str, *, now: datetime | None = None
) -> Path:
    """Encrypted copy via sqlcipher_export into a temp file, fsync, verified, then renamed: a
    file with a backup's name has always passed cipher_integrity_check and integrity_check.
    Then the retention rule of app.services.backups runs."""
    target_dir = paths.backup_dir(directory)
    final = target_dir / backups.backup_file_name(label, now or backups.utc_now())
    tmp = final.with_name(f"{final.stem}.{os.getpid()}.tmp")
    key_hex = bytes(data_key).hex()
    try:
        target_dir.mkdir(exist_ok=True)
        backups.remove_orphaned_temp_files(target_dir)
        with dbmod.raw_connection(paths.db_path(directory), data_key) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute(f"ATTACH DATABASE ? AS bak KEY \"x'{key_hex}'\"", (str(tmp),))
            try:
                con.execute("SELECT sqlcipher_export('bak')")
                version = con.execute("PRAGMA main.user_version").fetchone()[0]
                con.execute(f"PRAGMA bak.user_version = {int(version)}")
            finally:
                con.execute("DETACH DATABASE bak")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if backup_problems(tmp, data_key):
            raise BackupDamaged(
                "The new backup failed its integrity check and was discarded; the vault itself "
                "may be damaged: run 'letapis check'."
            )
        os.replace(tmp, final)
        fsync_dir(target_dir)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, "The backup could not be written") from exc
    except sqlcipher.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise _sqlite_storage_error(exc, "The backup could not be written") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    backups.rotate_backups(directory)
    return final


def _sqlite_storage_error(exc: Exception, doing: str) -> Exception:
    """SQLite's disk-full / read-only / damage errors as user-facing ones; others unchanged."""
    text = str(exc).lower()
    if "disk is full" in text or "disk full" in text:
        return DiskFull(f"{doing}: the disk is full. Free some space and try again.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return VaultNotWritable(f"{doing}: the disk is read-only or not writable.")
    if "malformed" in text or "not a database" in text or "hmac" in text:
        return DatabaseDamaged(
            f"{doing}: the vault database is damaged. Lock the vault and restore the newest "
            "backup (Backups screen or 'letapis restore')."
        )
    return exc


def backup_problems(path: Path, data_key: bytes | bytearray) -> list[str]:
    """Integrity problems of a backup file, read-only (an empty list means it is good)."""
    try:
        con = dbmod.connect(path, data_key, readonly=True)
    except (VaultCorrupt, VaultNotWritable, sqlcipher.DatabaseError) as exc:
        return [str(exc)]
    try:
        return integrity_problems(con)
    finally:
        con.close()


def list_backups(directory: Path) -> list[Path]:
    """Backup files, newest first (details: app.services.backups.list_backup_info)."""
    return [info.path for info in backups.list_backup_info(directory)]


def restore_backup(directory: Path, passphrase: str, backup: Path | None = None) -> Path:
    """Replace the live database by a backup (newest by default), keeping the replaced file as a
    backup too, so a restore can itself be undone."""
    slots = keyslots.read_slots(paths.keyslots_path(directory))
    data_key = _unwrap(directory, slots, passphrase)
    try:
        return restore_with_key(directory, data_key, backup)
    finally:
        data_key[:] = bytes(len(data_key))


def restore_into(vault: Vault, backup: Path) -> Path:
    """Restore from an unlocked vault (the Backups screen): lock it, then restore with a copy of
    its key. The caller shows the unlock dialog again; the next open checks the sync feed."""
    data_key = bytearray(vault._data_key)
    vault.lock()
    try:
        return restore_with_key(vault.directory, data_key, backup)
    finally:
        data_key[:] = bytes(len(data_key))


def restore_with_key(
    directory: Path,
    data_key: bytes | bytearray,
    backup: Path | None = None,
    *,
    now: datetime | None = None,
) -> Path:
    """Crash-safe swap: the backup is checked, copied next to the live file and fsynced; the live
    file is checkpointed (so its WAL is empty) and hard-linked into backups/ as "replaced"; only
    then one rename puts the copy in place. Killed at any point, the folder holds either the old
    or the restored database, never neither, and never a stale WAL over a new file."""
    candidates = [backup] if backup else list_backups(directory)
    if not candidates:
        raise VaultNotFound("There is no backup of this vault to restore.")
    chosen = candidates[0]
    problems = backup_problems(chosen, data_key)
    if problems:
        raise BackupDamaged(
            f"The backup {chosen.name} is damaged and was not restored; "
            + _good_backup_hint(directory, data_key, skip=chosen)
        )
    live = paths.db_path(directory)
    staged = live.with_name(live.name + ".restoring")
    try:
        shutil.copyfile(chosen, staged)
        with open(staged, "rb+") as fh:
            os.fsync(fh.fileno())
        if live.exists():
            _checkpoint_quietly(live, data_key)
            aside = paths.backup_dir(directory) / backups.backup_file_name(
                backups.REPLACED_LABEL, now or backups.utc_now()
            )
            try:
                os.link(live, aside)
            except OSError:  # no hard links (FAT, some network shares): copy instead
                shutil.copyfile(live, aside)
            fsync_dir(aside.parent)
        for suffix in ("-wal", "-shm"):
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        os.replace(staged, live)
        fsync_dir(directory)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise storage_error(exc, "The backup could not be restored") from exc
    return chosen


def _checkpoint_quietly(db_file: Path, data_key: bytes | bytearray) -> None:
    """Fold the WAL into the file being replaced; a damaged file simply keeps what it has."""
    try:
        with dbmod.raw_connection(db_file, data_key) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (VaultCorrupt, VaultNotWritable, sqlcipher.DatabaseError):
        pass


def _good_backup_hint(
    directory: Path, data_key: bytes | bytearray, skip: Path | None = None
) -> str:
    """Where the newest good backup is, for error messages (checks up to three backups)."""
    good = backups.latest_good_backup(
        directory, lambda p: p != skip and not backup_problems(p, data_key)
    )
    if good is None:
        return (
            "no good backup was found. Keep the damaged files and ask for help before "
            "changing anything."
        )
    return (
        f"the newest good backup is {good.path.name} ({good.created:%Y-%m-%d %H:%M} UTC): "
        f"restore it on the Backups or unlock screen, or with 'letapis restore {good.path}'."
    )


def integrity_problems(con, *, quick: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """Page HMACs (cipher_integrity_check) and SQLite structure (integrity_check; quick_check
    with ``quick``: the same page walk without cross-checking index contents)."""
    try:
        problems = [str(row[0]) for row in con.execute("PRAGMA cipher_integrity_check")]
        check = "quick_check" if quick else "integrity_check"
        rows = [str(row[0]) for row in con.execute(f"PRAGMA {check}")]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems
