"""Schema upgrades at vault open, after an encrypted backup (the Vorta pattern).

Alembic is driven programmatically on the vault's own keyed connection. A vault whose revision
this build does not know was written by a newer Letapis: we refuse to touch it.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app import paths
from app.errors import VaultTooNew

MIGRATIONS_DIR = paths.migrations_dir()


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, before_upgrade: Callable[[], None] | None = None) -> bool:
    """Bring the schema to head. Returns True if anything ran. ``before_upgrade`` (the backup)
    runs only when an existing, non-empty schema is about to change."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return False
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise VaultTooNew(
                "This vault was created by a newer version of Letapis; update the app to open it."
            )
        if before_upgrade is not None:
            before_upgrade()
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
