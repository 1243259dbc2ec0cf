"""Alembic environment: always runs on a connection handed over by app.models.migrate, so the
vault's keyed SQLCipher engine is the only way in (there is no URL with a key in it)."""

from __future__ import annotations

from alembic import context

from app.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by app.models.migrate
    raise RuntimeError("migrations must be run through app.models.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
