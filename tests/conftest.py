"""Shared fixtures: offscreen Qt, cheap KDF, and temporary vaults made through the real path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hundreds of vaults are created in the suite; real Argon2 parameters are tested explicitly.
os.environ["LETAPIS_INSECURE_FAST_KDF"] = "1"

from collections.abc import Iterator
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the developer's real vault or settings."""
    monkeypatch.setenv("LETAPIS_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("LETAPIS_PASSPHRASE", raising=False)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[object]:
    from app.services.vault import create_vault

    created, _code = create_vault(vault_dir, PASSPHRASE)
    yield created
    created.lock()
