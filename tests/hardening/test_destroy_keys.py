"""Emergency "destroy keys": after it, no passphrase and no recovery key opens the vault or any
of its backups, even if every encrypted file were recovered from the disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from app import paths
from app.crypto.atomic import shred_file
from app.errors import DestroyNotConfirmed, LetapisError, VaultCorrupt, VaultNotFound
from app.services import vault as vaultsvc
from tests.conftest import PASSPHRASE


@pytest.fixture
def locked(vault_dir):
    """A vault with a backup, locked, plus its recovery code."""
    created, code = vaultsvc.create_vault(vault_dir, PASSPHRASE)
    created.backup("manual")
    created.lock()
    return vault_dir, code


def _files(directory):
    return {p.relative_to(directory): p.read_bytes() for p in directory.rglob("*") if p.is_file()}


@pytest.mark.parametrize("typed", ["", "destroy", "DESTROY!", "yes", "vault2"])
def test_without_the_exact_confirmation_nothing_is_touched(locked, typed):
    directory, _code = locked
    before = _files(directory)
    with pytest.raises(DestroyNotConfirmed, match="Nothing was destroyed"):
        vaultsvc.destroy_keys(directory, typed)
    assert _files(directory) == before
    vaultsvc.open_vault(directory, PASSPHRASE).lock()


@pytest.mark.parametrize("typed", ["DESTROY", " DESTROY ", "vault"])
def test_destroyed_vault_cannot_be_opened_by_anything(locked, tmp_path, typed):
    directory, code = locked
    # A forensic copy of every encrypted file, taken before (a disk image, an undelete tool).
    salvage = tmp_path / "salvage"
    shutil.copytree(directory, salvage)
    (salvage / paths.KEYSLOTS_FILENAME).unlink()  # only the key file is gone for good

    result = vaultsvc.destroy_keys(directory, typed)

    assert result.shredded == 1 and result.removed >= 2  # database + the backup at least
    assert not paths.keyslots_path(directory).exists()
    assert not paths.db_path(directory).exists()
    assert vaultsvc.list_backups(directory) == []
    with pytest.raises(VaultNotFound):
        vaultsvc.open_vault(directory, PASSPHRASE)
    with pytest.raises(VaultNotFound):
        vaultsvc.open_vault(directory, recovery_code=code)
    # The salvaged ciphertext, database and backups alike, has no key slot left to open it.
    for secret in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        with pytest.raises(VaultCorrupt, match="key-slot file"):
            vaultsvc.open_vault(salvage, **secret)
    backup = vaultsvc.list_backups(salvage)[0]
    with pytest.raises(LetapisError):
        vaultsvc.restore_backup(salvage, PASSPHRASE, backup)


def test_the_key_file_is_overwritten_in_place_before_it_is_deleted(tmp_path):
    key_file = tmp_path / "keyslots.bin"
    original = b'{"slots": "wrapped keys"}' * 40
    key_file.write_bytes(original)
    survivor = tmp_path / "hardlink"  # shares the inode: shows what the disk blocks now hold
    os.link(key_file, survivor)
    shred_file(key_file)
    assert not key_file.exists()
    overwritten = survivor.read_bytes()
    assert len(overwritten) >= len(original) and original[:32] not in overwritten


def test_destroying_twice_or_an_empty_folder_says_so(locked, tmp_path):
    directory, _code = locked
    vaultsvc.destroy_keys(directory, "DESTROY")
    with pytest.raises(VaultNotFound, match="nothing was destroyed"):
        vaultsvc.destroy_keys(directory, "DESTROY")
    with pytest.raises(VaultNotFound):
        vaultsvc.destroy_keys(tmp_path / "nothing-here", "DESTROY")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "LETAPIS_PASSPHRASE": "unused"},
    )


def test_cli_destroy_keys(locked):
    directory, _code = locked
    refused = _cli("destroy-keys", "--vault", str(directory))
    assert refused.returncode == 1 and "--confirm" in refused.stderr
    wrong = _cli("destroy-keys", "--vault", str(directory), "--confirm", "please")
    assert wrong.returncode == 1 and "Nothing was destroyed" in wrong.stderr
    assert paths.keyslots_path(directory).exists()
    done = _cli("destroy-keys", "--vault", str(directory), "--confirm", "DESTROY")
    assert done.returncode == 0, done.stderr
    assert "Keys destroyed" in done.stdout
    assert not paths.keyslots_path(directory).exists()
    check = _cli("check", "--vault", str(directory))
    assert check.returncode == 1 and "No vault found" in check.stderr
