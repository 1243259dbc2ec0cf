"""Every on-disk location the app uses, in one place.

Nothing else builds file paths: this keeps personal data from leaking into unexpected places
(temp dirs, caches) and makes the PyInstaller build find its bundled resources.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Letapis"

DB_FILENAME = "vault.db"
KEYSLOTS_FILENAME = "keyslots.bin"
BACKUP_DIRNAME = "backups"
ATTACHMENTS_DIRNAME = "attachments"


def resource_path(*parts: str) -> Path:
    """Path of a bundled read-only resource, in a source checkout or a frozen build."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def user_data_dir() -> Path:
    override = os.environ.get("LETAPIS_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_dir() -> Path:
    return user_data_dir() / "vault"


def settings_file() -> Path:
    """Plain ini for non-secret settings only (language, last vault path, idle minutes)."""
    return user_data_dir() / "settings.ini"


def db_path(vault_dir: Path) -> Path:
    return vault_dir / DB_FILENAME


def keyslots_path(vault_dir: Path) -> Path:
    return vault_dir / KEYSLOTS_FILENAME


def backup_dir(vault_dir: Path) -> Path:
    return vault_dir / BACKUP_DIRNAME


def attachments_dir(vault_dir: Path) -> Path:
    return vault_dir / ATTACHMENTS_DIRNAME
