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
UNLOCK_ATTEMPTS_DIRNAME = "unlock-attempts"
BACKUP_DIRNAME = "backups"
FEED_MARK_FILENAME = "syncmark.bin"
ATTACHMENTS_DIRNAME = "attachments"


def is_frozen() -> bool:
    """True inside a PyInstaller build (``sys.frozen`` is set by its bootloader)."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding ``app/`` and ``resources/``: the checkout, or the frozen build's
    ``_internal`` folder (``sys._MEIPASS``), where installer/letapis.spec puts the same tree."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resource_path(*parts: str) -> Path:
    """Path of a bundled read-only resource, in a source checkout or a frozen build."""
    return bundle_root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    """Alembic's script folder (env.py + versions/*.py). Alembic loads these files from disk at
    run time, so a frozen build ships them as data next to the bundled ``app`` package."""
    return bundle_root() / "app" / "models" / "migrations"


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


def unlock_attempts_path(vault_id: str) -> Path:
    """Wrong-passphrase counter of one vault (app.crypto.throttle): two numbers, no personal
    data. Kept in the app's data folder, not the vault's, so a failed unlock never changes the
    vault folder; named by the vault's random id, which says nothing about its contents."""
    return user_data_dir() / UNLOCK_ATTEMPTS_DIRNAME / f"{vault_id}.json"


def backup_dir(vault_dir: Path) -> Path:
    return vault_dir / BACKUP_DIRNAME


def feed_mark_path(vault_dir: Path) -> Path:
    """Encrypted note of the last own change sent in a bundle (app.services.backups)."""
    return vault_dir / FEED_MARK_FILENAME


def attachments_dir(vault_dir: Path) -> Path:
    return vault_dir / ATTACHMENTS_DIRNAME
