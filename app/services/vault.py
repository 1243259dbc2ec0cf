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
from sqlalchemy.orm import Session, sessionmaker

from app import paths
from app.crypto import keyslots
from app.crypto.atomic import fsync_dir
from app.crypto.identity import device_id_for
from app.errors import VaultCorrupt, VaultExists, VaultNotFound, VaultNotWritable
from app.models import Device, VaultMeta, migrate
from app.models import db as dbmod
from app.services.search import install_name_index
from app.sync.changelog import ChangeLog, DeviceIdentity

BACKUPS_KEPT = 10


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

    def backup(self, label: str = "manual") -> Path:
        return backup_database(self.directory, self._data_key, label)


def _check_writable(directory: Path) -> None:
    if not os.access(directory, os.W_OK):
        raise VaultNotWritable(
            f"The vault folder {directory} is read-only; Letapis needs to write to it."
        )


def vault_exists(directory: Path) -> bool:
    return paths.keyslots_path(directory).exists()


def create_vault(
    directory: Path, passphrase: str, *, memory_security: bool = True
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
    memory_security: bool = True,
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
    if recovery_code is not None:
        data_key = keyslots.unlock_with_recovery(slots, recovery_code)
    else:
        data_key = keyslots.unlock_with_passphrase(slots, passphrase or "")
    return _open_with_key(directory, data_key, slots.vault_id, memory_security)


def _open_with_key(
    directory: Path, data_key: bytearray, vault_id: str, memory_security: bool = True
) -> Vault:
    db_file = paths.db_path(directory)
    if db_file.stat().st_size > 0 and dbmod.is_sqlite_plaintext(db_file):
        raise VaultCorrupt("The vault database is not encrypted; refusing to use it.")
    engine = dbmod.make_engine(db_file, data_key, memory_security=memory_security)
    try:
        migrate.upgrade(
            engine, before_upgrade=lambda: backup_database(directory, data_key, "before-upgrade")
        )
        sessions = dbmod.session_factory(engine)
        with sessions() as session:
            stored_id = session.get(VaultMeta, "vault_id")
            if stored_id is None or stored_id.value != vault_id:
                raise VaultCorrupt(
                    "The key-slot file belongs to a different vault than this database."
                )
            me = session.scalars(select(Device).where(Device.is_self)).one()
            device = DeviceIdentity(me.device_id, SigningKey(me.sign_secret or b""))
    except BaseException:
        engine.dispose()
        raise
    changelog = ChangeLog(device)
    event.listen(sessions, "before_flush", changelog.before_flush)
    install_name_index(sessions)
    return Vault(directory, engine, sessions, vault_id, device, changelog, data_key)


def change_passphrase(directory: Path, old: str, new: str) -> None:
    """Re-wrap the data key under a new passphrase: instant, the database is not rewritten."""
    if len(new) < 8:
        raise ValueError("The new passphrase must have at least 8 characters.")
    path = paths.keyslots_path(directory)
    slots = keyslots.read_slots(path)
    data_key = keyslots.unlock_with_passphrase(slots, old)
    keyslots.write_slots(path, keyslots.replace_passphrase(slots, data_key, new))
    data_key[:] = bytes(len(data_key))


def reset_passphrase(directory: Path, recovery_code: str, new: str) -> None:
    if len(new) < 8:
        raise ValueError("The new passphrase must have at least 8 characters.")
    path = paths.keyslots_path(directory)
    slots = keyslots.read_slots(path)
    data_key = keyslots.unlock_with_recovery(slots, recovery_code)
    keyslots.write_slots(path, keyslots.replace_passphrase(slots, data_key, new))
    data_key[:] = bytes(len(data_key))


def backup_database(directory: Path, data_key: bytes | bytearray, label: str) -> Path:
    """Encrypted copy via sqlcipher_export into a temp file, fsync, rename; then verified."""
    target_dir = paths.backup_dir(directory)
    target_dir.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = target_dir / f"vault-{stamp}-{label}.db"
    tmp = final.with_suffix(".tmp")
    key_hex = bytes(data_key).hex()
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
    os.replace(tmp, final)
    fsync_dir(target_dir)
    with dbmod.raw_connection(final, data_key) as con:
        problems = integrity_problems(con)
    if problems:
        final.unlink()
        raise VaultCorrupt("The backup failed its integrity check and was discarded.")
    _rotate_backups(target_dir)
    return final


def _rotate_backups(target_dir: Path) -> None:
    backups = sorted(target_dir.glob("vault-*.db"))
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink()


def list_backups(directory: Path) -> list[Path]:
    return sorted(paths.backup_dir(directory).glob("vault-*.db"), reverse=True)


def restore_backup(directory: Path, passphrase: str, backup: Path | None = None) -> Path:
    """Replace the live database by a backup (newest by default), keeping the replaced file as a
    backup too, so a restore can itself be undone."""
    slots = keyslots.read_slots(paths.keyslots_path(directory))
    data_key = keyslots.unlock_with_passphrase(slots, passphrase)
    candidates = [backup] if backup else list_backups(directory)
    if not candidates:
        raise VaultNotFound("There is no backup of this vault to restore.")
    chosen = candidates[0]
    with dbmod.raw_connection(chosen, data_key) as con:
        if integrity_problems(con):
            raise VaultCorrupt(f"The backup {chosen.name} is damaged; choose another.")
    live = paths.db_path(directory)
    if live.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        shutil.move(live, paths.backup_dir(directory) / f"vault-{stamp}-replaced.db")
    for suffix in ("-wal", "-shm"):
        side = live.with_name(live.name + suffix)
        if side.exists():
            side.unlink()
    tmp = live.with_suffix(".restoring")
    shutil.copyfile(chosen, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, live)
    fsync_dir(directory)
    data_key[:] = bytes(len(data_key))
    return chosen


def integrity_problems(con) -> list[str]:  # type: ignore[no-untyped-def]
    """Page HMACs (cipher_integrity_check) and SQLite structure (integrity_check)."""
    try:
        problems = [str(row[0]) for row in con.execute("PRAGMA cipher_integrity_check")]
        rows = [str(row[0]) for row in con.execute("PRAGMA integrity_check")]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems
