"""Fresh vaults for service tests, cheaply: one vault is created through the real path (key
slots, migrations, device identity) per session, and each test opens its own copy of it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.vault import create_vault

    directory = tmp_path_factory.mktemp("template") / "vault"
    created, _code = create_vault(directory, PASSPHRASE)
    created.lock()
    return directory


@pytest.fixture
def vault(_template_vault: Path, tmp_path: Path) -> Iterator[Any]:
    from app.services.vault import open_vault

    directory = tmp_path / "vault"
    shutil.copytree(_template_vault, directory)
    opened = open_vault(directory, PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def other_vault(_template_vault: Path, tmp_path: Path) -> Iterator[Any]:
    """A second, empty vault (to import an export into)."""
    from app.services.vault import open_vault

    directory = tmp_path / "other"
    shutil.copytree(_template_vault, directory)
    opened = open_vault(directory, PASSPHRASE)
    yield opened
    opened.lock()
