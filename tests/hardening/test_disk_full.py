"""Full and read-only disks: saving, backing up and exporting fail with a clear message and
leave the vault intact.

The real tests run on a 4 MB tmpfs (needs root; skipped elsewhere). The simulated ones run
everywhere: SQLite's own SQLITE_FULL via ``PRAGMA max_page_count``, and ENOSPC injected at the
Python I/O layer for the file writers.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from sqlalchemy import event, select

from app import cli, paths
from app.crypto import atomic
from app.errors import DiskFull, ExportFailed, VaultNotWritable
from app.models import Person
from app.services import backups
from app.services import vault as vaultsvc
from app.sync.bundles import export_bundle
from tests.conftest import PASSPHRASE
from tests.hardening.conftest import fill_disk, remount
from tests.sync.helpers import add_person, make_team


def _names(vault) -> list[str]:
    with vault.session() as session:
        return sorted(session.scalars(select(Person.display_name)))


def _assert_intact(directory: Path, names: list[str], monkeypatch) -> None:
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(directory), "check"]) == 0
    vault = vaultsvc.open_vault(directory, PASSPHRASE)
    try:
        assert _names(vault) == names
    finally:
        vault.lock()


# -- a real full disk ----------------------------------------------------------------------------


def test_save_and_backup_on_a_full_disk(small_disk, monkeypatch):
    directory = small_disk / "vault"
    vault, _ = vaultsvc.create_vault(directory, PASSPHRASE)
    add_person(vault, "Saved before the disk filled")
    names = _names(vault)
    filler = fill_disk(small_disk)
    try:
        with pytest.raises(DiskFull, match="disk is full"):
            for n in range(200):  # the WAL may still have room for a few small transactions
                add_person(vault, f"Person {n} " + "x" * 2000)
        with pytest.raises(DiskFull, match="backup could not be written: the disk is full"):
            vault.backup("manual")
        assert not list(paths.backup_dir(directory).glob("vault-*"))  # no partial backup
    finally:
        saved = _names(vault)
        vault.lock()
        filler.unlink()
    _assert_intact(directory, saved, monkeypatch)
    assert set(names) <= set(saved)


def test_exports_on_a_full_disk(small_disk, tmp_path, monkeypatch, capsys):
    team = make_team(tmp_path / "team")
    try:
        add_person(team.a, "Sent nowhere")
        before = _names(team.a)
        fill_disk(small_disk)
        with pytest.raises(ExportFailed, match="No space left"):
            export_bundle(team.a, small_disk)
        assert not [p for p in small_disk.iterdir() if p.name != "filler.bin"]
        assert _names(team.a) == before  # (only the bundle-name counter moved on)
    finally:
        team.close()
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    vault_dir = str(tmp_path / "team" / "a")
    report = small_disk / "report.pdf"
    assert cli.main(["--vault", vault_dir, "report", "--month", "2024-05", "-o", str(report)]) == 1
    assert "the disk is full" in capsys.readouterr().err
    assert not report.exists()
    assert not [p for p in small_disk.iterdir() if p.name != "filler.bin"]
    assert cli.main(["--vault", vault_dir, "check"]) == 0


def test_read_only_disk(small_disk, tmp_path, monkeypatch, capsys):
    directory = small_disk / "vault"
    vault, _ = vaultsvc.create_vault(directory, PASSPHRASE)
    add_person(vault, "On a disk that turns read-only")
    vault.lock()
    stick = small_disk / "stick"
    stick.mkdir()
    elsewhere = tmp_path / "copy"
    shutil.copytree(directory, elsewhere)
    remount(small_disk, "ro")
    try:
        with pytest.raises(VaultNotWritable, match="read-only"):
            vaultsvc.open_vault(directory, PASSPHRASE)
        monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
        assert cli.main(["--vault", str(elsewhere), "sync", "card", "-o", str(stick / "c")]) == 1
        assert "read-only" in capsys.readouterr().err
        report = stick / "r.json"
        args = ["--vault", str(elsewhere), "report", "--month", "2024-05", "-o", str(report)]
        assert cli.main(args) == 1
        assert "read-only" in capsys.readouterr().err
    finally:
        remount(small_disk, "rw")
    _assert_intact(directory, ["On a disk that turns read-only"], monkeypatch)


# -- simulated, everywhere ---------------------------------------------------------------------


def _limit_pages(vault) -> None:
    """Every new connection may not grow the file: SQLite reports SQLITE_FULL, exactly as on
    a full disk, from inside its own pager."""
    vault.engine.dispose()

    @event.listens_for(vault.engine, "connect")
    def _cap(dbapi_con, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_con.execute("PRAGMA page_count").fetchone()[0]
        dbapi_con.execute(f"PRAGMA max_page_count = {pages}")


def test_simulated_full_database_rolls_the_save_back(vault, vault_dir, monkeypatch):
    add_person(vault, "Before")
    _limit_pages(vault)
    with pytest.raises(DiskFull, match="The vault could not be written: the disk is full"):
        for n in range(300):
            add_person(vault, f"Person {n} " + "y" * 3000)
    assert "Before" in _names(vault)
    vault.lock()
    # whatever committed before the limit is whole; the failed transaction left nothing
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(vault_dir), "check"]) == 0


def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_simulated_full_disk_during_backup(vault, vault_dir, monkeypatch):
    add_person(vault, "Kept")
    monkeypatch.setattr(vaultsvc.os, "fsync", _enospc)
    with pytest.raises(DiskFull, match="backup could not be written: the disk is full"):
        vault.backup("manual")
    monkeypatch.undo()
    assert not list(paths.backup_dir(vault_dir).iterdir())
    assert backups.list_backup_info(vault_dir) == []
    vault.lock()
    _assert_intact(vault_dir, ["Kept"], monkeypatch)


def test_simulated_full_disk_during_report_and_mark(
    vault, vault_dir, tmp_path, monkeypatch, capsys
):
    add_person(vault, "Kept")
    vault.lock()
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(atomic.os, "fsync", _enospc)
    out = tmp_path / "r.pdf"
    assert (
        cli.main(["--vault", str(vault_dir), "report", "--month", "2024-05", "-o", str(out)]) == 1
    )
    assert "Writing failed: the disk is full" in capsys.readouterr().err
    assert not list(tmp_path.glob("*r.pdf*"))
    monkeypatch.undo()
    _assert_intact(vault_dir, ["Kept"], monkeypatch)


def test_simulated_read_only_folder_for_restore(vault, vault_dir, monkeypatch):
    backup = vault.backup("manual")
    vault.lock()
    live = paths.db_path(vault_dir).read_bytes()
    real_copy = shutil.copyfile

    def read_only(src, dst, *args, **kwargs):
        if str(dst).endswith(".restoring"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_copy(src, dst, *args, **kwargs)

    monkeypatch.setattr(vaultsvc.shutil, "copyfile", read_only)
    with pytest.raises(VaultNotWritable, match="could not be restored: the disk is read-only"):
        vaultsvc.restore_backup(vault_dir, PASSPHRASE, backup)
    assert paths.db_path(vault_dir).read_bytes() == live
    assert not list(vault_dir.glob("*.restoring"))
