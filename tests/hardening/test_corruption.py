"""Damaged files: flipped or missing bytes in the database, the key-slot file or a backup are
refused with a clear error that points at the newest good backup, and never read in part."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app import cli, paths
from app.errors import BackupDamaged, DatabaseDamaged, VaultCorrupt, WrongPassphrase
from app.models import Base
from app.services import vault as vaultsvc
from tests.conftest import PASSPHRASE

PAGE = 4096
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _add_persons(vault, count: int) -> None:
    """Many persons in one transaction (the app's own ORM path, so ops are recorded too)."""
    from app.models import Person, PersonName

    with vault.session() as session, session.begin():
        for n in range(count):
            name = f"Person {n:04d} with a long enough name to fill pages"
            person = Person(display_name=name)
            session.add(person)
            session.flush()
            session.add(
                PersonName(person_id=person.id, full_name=name, script="latin", is_primary=True)
            )


def _vault_with_backup(vault, vault_dir: Path, persons: int = 200) -> Path:
    _add_persons(vault, persons)
    good = vault.backup("daily", now=T0)
    vault.lock()  # a clean close: no WAL left, so the damage is in the main file only
    assert not paths.db_path(vault_dir).with_name("vault.db-wal").exists()
    return good


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["first page", "middle page", "last page"])
def test_flipped_byte_in_the_database_is_refused_with_the_good_backup(vault, vault_dir, where):
    good = _vault_with_backup(vault, vault_dir)
    db_file = paths.db_path(vault_dir)
    pages = db_file.stat().st_size // PAGE
    page = {"first page": 0, "middle page": pages // 2, "last page": pages - 1}[where]
    _flip(db_file, page * PAGE + 1000)
    with pytest.raises(DatabaseDamaged) as caught:
        vaultsvc.open_vault(vault_dir, PASSPHRASE)
    message = str(caught.value)
    assert "damaged" in message and good.name in message and "letapis restore" in message


def test_truncated_database_is_refused_with_the_good_backup(vault, vault_dir):
    good = _vault_with_backup(vault, vault_dir)
    db_file = paths.db_path(vault_dir)
    data = db_file.read_bytes()
    db_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseDamaged, match=good.name):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)


def test_the_pointer_skips_a_damaged_newer_backup(vault, vault_dir):
    good = _vault_with_backup(vault, vault_dir)
    reopened = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    newer = reopened.backup("manual", now=T0 + timedelta(hours=1))
    reopened.lock()
    _flip(newer, newer.stat().st_size // 2)
    _flip(paths.db_path(vault_dir), PAGE * 3 + 10)
    with pytest.raises(DatabaseDamaged) as caught:
        vaultsvc.open_vault(vault_dir, PASSPHRASE)
    assert good.name in str(caught.value) and newer.name not in str(caught.value)


def test_no_good_backup_says_so(vault, vault_dir):
    _add_persons(vault, 50)
    vault.lock()
    _flip(paths.db_path(vault_dir), PAGE * 2 + 10)
    with pytest.raises(DatabaseDamaged, match="no good backup was found"):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)


def test_cli_reports_damage_in_one_line(vault, vault_dir, monkeypatch, capsys):
    good = _vault_with_backup(vault, vault_dir)
    _flip(paths.db_path(vault_dir), PAGE * 5 + 7)
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(vault_dir), "check"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("letapis: The vault database is damaged") and good.name in err
    assert "\n" not in err
    assert cli.main(["--vault", str(vault_dir), "restore", str(good)]) == 0
    assert cli.main(["--vault", str(vault_dir), "check"]) == 0


def test_damage_in_a_big_vault_is_never_a_silent_partial_read(vault, vault_dir, monkeypatch):
    """Above FULL_CHECK_MAX_BYTES the open does not read every page; a damaged page then fails
    the query that meets it (DatabaseDamaged), and no query returns fewer rows instead."""
    _vault_with_backup(vault, vault_dir, persons=300)
    monkeypatch.setattr(vaultsvc, "FULL_CHECK_MAX_BYTES", 0)
    before = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    tables = [t.name for t in Base.metadata.sorted_tables]
    with before.engine.connect() as conn:
        counts = {t: conn.execute(text(f"SELECT * FROM {t}")).fetchall() for t in tables}
    before.lock()
    db_file = paths.db_path(vault_dir)
    _flip(db_file, (db_file.stat().st_size // PAGE - 2) * PAGE + 500)
    damaged = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    failures = 0
    try:
        for table in tables:
            try:
                with damaged.engine.connect() as conn:
                    rows = conn.execute(text(f"SELECT * FROM {table}")).fetchall()
            except DatabaseDamaged as exc:
                failures += 1
                assert "restore the newest backup" in str(exc)
            else:
                assert rows == counts[table], f"{table} was read in part"
        assert failures >= 1
        with pytest.raises(DatabaseDamaged):  # the daily backup reads every page: it finds it
            damaged.backup("daily")
        assert not list(paths.backup_dir(vault_dir).glob("*.tmp"))
    finally:
        damaged.lock()


# -- the key-slot file ---------------------------------------------------------------------------


def test_damaged_key_slot_structure_is_corruption(vault, vault_dir):
    vault.lock()
    slots = paths.keyslots_path(vault_dir)
    raw = slots.read_bytes()
    slots.write_bytes(raw.replace(b'"slots"', b'"slotz"'))
    with pytest.raises(VaultCorrupt, match="key-slot file is damaged"):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)
    slots.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(VaultCorrupt, match="key-slot file is damaged"):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)


def test_flipped_bit_inside_a_wrapped_key_never_opens(vault_dir):
    """Inside a slot's ciphertext a flip is indistinguishable from a wrong passphrase by design
    (the AEAD tag fails either way), so it is refused; the other slot still opens the vault."""
    created, code = vaultsvc.create_vault(vault_dir, PASSPHRASE)
    created.lock()
    path = paths.keyslots_path(vault_dir)
    doc = json.loads(path.read_bytes())
    slot = next(s for s in doc["slots"] if s["kind"] == "passphrase")
    ct = bytearray(base64.b64decode(slot["ct"]))
    ct[3] ^= 0x01
    slot["ct"] = base64.b64encode(bytes(ct)).decode()
    path.write_bytes(json.dumps(doc, indent=1, sort_keys=True).encode())
    with pytest.raises(WrongPassphrase):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)
    vaultsvc.open_vault(vault_dir, recovery_code=code).lock()


# -- backups -----------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_damaged_backup_is_detected_before_restoring(vault, vault_dir, damage):
    older = vault.backup("daily", now=T0)
    newer = vault.backup("manual", now=T0 + timedelta(hours=1))
    vault.lock()
    if damage == "flip":
        _flip(newer, newer.stat().st_size - 100)
    else:
        newer.write_bytes(newer.read_bytes()[: newer.stat().st_size // 2])
    live = paths.db_path(vault_dir).read_bytes()
    with pytest.raises(BackupDamaged, match=older.name):
        vaultsvc.restore_backup(vault_dir, PASSPHRASE)  # the newest is the damaged one
    assert paths.db_path(vault_dir).read_bytes() == live
    assert vaultsvc.restore_backup(vault_dir, PASSPHRASE, older) == older
