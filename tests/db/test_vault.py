"""The vault as a documenter meets it: create, open, wrong keys, damage, backups, upgrades."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import paths
from app.crypto import keyslots
from app.errors import (
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    VaultNotWritable,
    VaultTooNew,
    WrongPassphrase,
)
from app.models import Person, PersonName, migrate
from app.models import db as dbmod
from app.services import vault as vaultsvc
from tests.conftest import PASSPHRASE

CANARY = "Канарэйка Бабарыка Zzqxcanary"


def _add_person(vault, name: str = CANARY) -> str:
    with vault.session() as session, session.begin():
        person = Person(display_name=name)
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, full_name=name, script="be", is_primary=True))
    return person.id


def _all_vault_bytes(directory: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file())


def test_create_then_open_with_passphrase(vault_dir):
    created, code = vaultsvc.create_vault(vault_dir, PASSPHRASE)
    person_id = _add_person(created)
    created.lock()
    assert created.is_locked
    reopened = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    with reopened.session() as session:
        assert session.get(Person, person_id).display_name == CANARY
    reopened.lock()
    by_recovery = vaultsvc.open_vault(vault_dir, recovery_code=code)
    with by_recovery.session() as session:
        assert session.get(Person, person_id) is not None
    by_recovery.lock()


def test_vault_files_hold_no_plaintext(vault, vault_dir):
    _add_person(vault)
    backup = vault.backup("test")
    vault.lock()  # WAL content is checkpointed or left encrypted; both are checked
    blob = _all_vault_bytes(vault_dir)
    for needle in (CANARY, "Бабарыка", "Zzqxcanary", "persons", "display_name"):
        assert needle.encode("utf-8") not in blob
    assert b"SQLite format 3" not in blob
    assert not dbmod.is_sqlite_plaintext(paths.db_path(vault_dir))
    assert not dbmod.is_sqlite_plaintext(backup)


def test_wal_file_is_encrypted_while_open(vault, vault_dir):
    _add_person(vault)
    wal = paths.db_path(vault_dir).with_name("vault.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert CANARY.encode() not in wal.read_bytes()
    assert b"Zzqxcanary" not in wal.read_bytes()


def test_wrong_passphrase_never_reaches_sqlcipher(vault, vault_dir, monkeypatch):
    vault.lock()
    before = _all_vault_bytes(vault_dir)

    def boom(*_a, **_k):
        raise AssertionError("SQLCipher must not be opened with a wrong passphrase")

    monkeypatch.setattr(dbmod, "make_engine", boom)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        vaultsvc.open_vault(vault_dir, "not the passphrase")
    assert _all_vault_bytes(vault_dir) == before


def test_change_passphrase_is_fast_and_keeps_data(vault, vault_dir):
    person_id = _add_person(vault)
    vault.lock()
    db_before = paths.db_path(vault_dir).read_bytes()
    vaultsvc.change_passphrase(vault_dir, PASSPHRASE, "a brand new passphrase")
    assert paths.db_path(vault_dir).read_bytes() == db_before  # not re-encrypted
    with pytest.raises(WrongPassphrase):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)
    reopened = vaultsvc.open_vault(vault_dir, "a brand new passphrase")
    with reopened.session() as session:
        assert session.get(Person, person_id) is not None
    reopened.lock()


def test_reset_passphrase_with_recovery_key(vault_dir):
    created, code = vaultsvc.create_vault(vault_dir, PASSPHRASE)
    created.lock()
    vaultsvc.reset_passphrase(vault_dir, code, "forgot the old one")
    vaultsvc.open_vault(vault_dir, "forgot the old one").lock()


def test_create_refuses_existing_vault(vault, vault_dir):
    with pytest.raises(VaultExists):
        vaultsvc.create_vault(vault_dir, PASSPHRASE)


def test_missing_vault_is_not_found(tmp_path):
    with pytest.raises(VaultNotFound, match="letapis init"):
        vaultsvc.open_vault(tmp_path / "nowhere", PASSPHRASE)


def test_missing_keyslots_is_explained(vault, vault_dir):
    vault.lock()
    paths.keyslots_path(vault_dir).unlink()
    with pytest.raises(VaultCorrupt, match="key-slot"):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("damage", ["truncate", "flip_header", "zero"])
def test_damaged_database_is_corruption_not_wrong_passphrase(vault, vault_dir, damage):
    _add_person(vault)
    vault.lock()
    db_file = paths.db_path(vault_dir)
    for side in ("-wal", "-shm"):
        p = db_file.with_name(db_file.name + side)
        if p.exists():
            p.unlink()
    data = bytearray(db_file.read_bytes())
    if damage == "truncate":
        data = data[:100]
    elif damage == "flip_header":
        data[20] ^= 0xFF
    else:
        data = bytearray(len(data))
    db_file.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupt, match="backup"):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)


def test_slot_file_from_another_vault_is_detected(tmp_path):
    a, _ = vaultsvc.create_vault(tmp_path / "a", PASSPHRASE)
    b, _ = vaultsvc.create_vault(tmp_path / "b", PASSPHRASE)
    a.lock()
    b.lock()
    other = paths.keyslots_path(tmp_path / "b").read_bytes()
    paths.keyslots_path(tmp_path / "a").write_bytes(other)
    # The slot opens (same passphrase) but yields b's key, which cannot decrypt a's database.
    with pytest.raises(VaultCorrupt):
        vaultsvc.open_vault(tmp_path / "a", PASSPHRASE)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(vault, vault_dir):
    vault.lock()
    vault_dir.chmod(0o500)
    try:
        with pytest.raises(VaultNotWritable, match="read-only"):
            vaultsvc.open_vault(vault_dir, PASSPHRASE)
    finally:
        vault_dir.chmod(0o700)


def test_read_only_folder_check(vault, vault_dir, monkeypatch):
    vault.lock()
    real_access = os.access
    monkeypatch.setattr(
        vaultsvc.os, "access", lambda p, m: False if Path(p) == vault_dir else real_access(p, m)
    )
    before = _all_vault_bytes(vault_dir)
    with pytest.raises(VaultNotWritable, match="read-only"):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)
    assert _all_vault_bytes(vault_dir) == before


def test_backup_and_restore_roundtrip(vault, vault_dir):
    keep = _add_person(vault, "Before Backup")
    backup = vault.backup("test")
    lost = _add_person(vault, "After Backup")
    vault.lock()
    restored = vaultsvc.restore_backup(vault_dir, PASSPHRASE)
    assert restored == backup
    reopened = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    with reopened.session() as session:
        assert session.get(Person, keep) is not None
        assert session.get(Person, lost) is None
    reopened.lock()
    replaced = [p for p in vaultsvc.list_backups(vault_dir) if p.name.endswith("-replaced.db")]
    assert replaced, "the database replaced by a restore is kept"


def test_restore_refuses_damaged_backup(vault, vault_dir):
    backup = vault.backup("test")
    vault.lock()
    data = bytearray(backup.read_bytes())
    data[5000] ^= 0xFF
    backup.write_bytes(bytes(data))
    live_before = paths.db_path(vault_dir).read_bytes()
    with pytest.raises(VaultCorrupt):
        vaultsvc.restore_backup(vault_dir, PASSPHRASE, backup)
    assert paths.db_path(vault_dir).read_bytes() == live_before


def test_backups_are_rotated(vault, vault_dir):
    from app.services import backups

    for _ in range(backups.RECENT_KEPT + 3):  # same day: only the newest few survive
        vault.backup("rot")
    assert len(vaultsvc.list_backups(vault_dir)) == backups.RECENT_KEPT


def test_migrations_from_empty_reach_head(vault):
    assert migrate.current_revision(vault.engine) == migrate.head_revision()
    with vault.engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert {"persons", "ops", "charges", "status_periods", "alembic_version"} <= tables


def test_vault_from_newer_version_is_refused_untouched(vault, vault_dir):
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fffffffffff'"))
    vault.lock()
    before = _all_vault_bytes(vault_dir)
    with pytest.raises(VaultTooNew, match="newer version"):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)
    assert not vaultsvc.list_backups(vault_dir)
    assert _all_vault_bytes(vault_dir) == before


def test_upgrade_at_open_takes_a_backup_first(vault, vault_dir, monkeypatch):
    calls: list[str] = []
    real_backup = vaultsvc.backup_database

    def spy(directory, key, label):
        calls.append(label)
        return real_backup(directory, key, label)

    _add_person(vault)
    with vault.engine.begin() as conn:  # pretend the vault predates the head revision
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0001')"))
    vault.lock()
    monkeypatch.setattr(vaultsvc, "backup_database", spy)
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002")
    monkeypatch.setattr(migrate.ScriptDirectory, "get_current_head", lambda self: "0002")
    monkeypatch.setattr(migrate.command, "upgrade", lambda cfg, rev: None)
    monkeypatch.setattr(
        migrate.ScriptDirectory,
        "walk_revisions",
        lambda self: [type("R", (), {"revision": "0001"})(), type("R", (), {"revision": "0002"})()],
    )
    vaultsvc.open_vault(vault_dir, PASSPHRASE).lock()
    assert calls == ["before-upgrade"]


def test_refuses_plain_sqlite_driver(tmp_path):
    import sqlite3

    con = sqlite3.connect(tmp_path / "plain.db")
    with pytest.raises(Exception, match="not SQLCipher"):
        dbmod.verify_cipher(con)  # type: ignore[arg-type]


def test_temp_store_is_memory_and_cipher_active(vault):
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_slot_file_written_atomically(vault, vault_dir):
    vault.lock()
    vaultsvc.change_passphrase(vault_dir, PASSPHRASE, "another passphrase")
    leftovers = [p for p in vault_dir.iterdir() if ".tmp" in p.name]
    assert leftovers == []
    keyslots.read_slots(paths.keyslots_path(vault_dir))


def test_lock_drops_connections(vault):
    _add_person(vault)
    vault.lock()
    assert vault.engine.pool.checkedout() == 0
    assert vault.is_locked


def test_session_query_after_reopen(vault, vault_dir):
    _add_person(vault, "Уладзімір Лабковіч")
    vault.lock()
    reopened = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    with reopened.session() as session:
        names = session.scalars(select(PersonName.full_name)).all()
    reopened.lock()
    assert names == ["Уладзімір Лабковіч"]


def test_migrations_match_the_models(vault):
    """Every schema change is a migration: upgrading from empty yields exactly the ORM schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.models import Base

    with vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
