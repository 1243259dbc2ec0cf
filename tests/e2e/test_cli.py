"""The CLI contract, run as a user or a script would: a real subprocess per command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE


def run(*args: str, passphrase: str | None = PASSPHRASE, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, **env}
    if passphrase is not None:
        environ["LETAPIS_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def inited(tmp_path: Path) -> Path:
    vault = tmp_path / "v"
    result = run("init", "--vault", str(vault))
    assert result.returncode == 0, result.stderr
    return vault


def test_init_prints_recovery_key_once(tmp_path):
    result = run("init", "--vault", str(tmp_path / "v"))
    assert result.returncode == 0
    assert "Recovery key" in result.stdout
    code_line = result.stdout.splitlines()[-1].strip()
    assert len(code_line.replace("-", "")) == 40


def test_check_reports_counts_one_per_line(inited):
    result = run("check", "--vault", str(inited))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "integrity: ok" in lines
    assert "persons: 0" in lines and "cases: 0" in lines and "charges: 0" in lines
    assert any(line.startswith("schema: ") for line in lines)


def test_wrong_passphrase_exit_1_one_line(inited):
    result = run("check", "--vault", str(inited), passphrase="wrong passphrase")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "letapis: Wrong passphrase: the vault was not opened."
    ]


def test_missing_vault_exit_1(tmp_path):
    result = run("check", "--vault", str(tmp_path / "none"))
    assert result.returncode == 1
    assert "No vault found" in result.stderr and "Traceback" not in result.stderr


def test_corrupt_vault_exit_1(inited):
    db = inited / "vault.db"
    db.write_bytes(b"\0" * db.stat().st_size)
    for side in ("vault.db-wal", "vault.db-shm"):
        (inited / side).unlink(missing_ok=True)
    result = run("check", "--vault", str(inited))
    assert result.returncode == 1
    assert "damaged" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_no_passphrase_without_terminal_is_a_clear_error(inited):
    result = run("check", "--vault", str(inited), passphrase=None)
    assert result.returncode == 1
    assert "LETAPIS_PASSPHRASE" in result.stderr


def test_passwd_then_open_with_new(inited):
    result = run("passwd", "--vault", str(inited), LETAPIS_NEW_PASSPHRASE="new passphrase 2")
    assert result.returncode == 0, result.stderr
    assert run("check", "--vault", str(inited)).returncode == 1
    assert run("check", "--vault", str(inited), passphrase="new passphrase 2").returncode == 0


def test_backup_and_restore_commands(inited):
    assert run("backup", "--vault", str(inited)).returncode == 0
    result = run("restore", "--vault", str(inited))
    assert result.returncode == 0, result.stderr
    assert run("check", "--vault", str(inited)).returncode == 0


def test_usage_error_exit_2():
    assert run("demo", "--persons", "not-a-number").returncode == 2
