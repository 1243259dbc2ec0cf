"""sync state: conflicts, peer versions, imported bundles, revocations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("loser_op", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("winner_op", sa.String(length=64), nullable=False),
        sa.Column("loser_value", sa.Text(), nullable=False),
        sa.Column("winner_value", sa.Text(), nullable=False),
        sa.Column("loser_origin", sa.String(length=32), nullable=False),
        sa.Column("winner_origin", sa.String(length=32), nullable=False),
        sa.Column("loser_hlc", sa.BigInteger(), nullable=False),
        sa.Column("winner_hlc", sa.BigInteger(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", "field", "loser_op", name=op.f("pk_sync_conflicts")),
    )
    op.create_table(
        "sync_peer_versions",
        sa.Column("peer", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("peer", "origin", name=op.f("pk_sync_peer_versions")),
    )
    op.create_table(
        "sync_imported_bundles",
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("bundle_id", sa.String(length=32), nullable=False),
        sa.Column("sender", sa.String(length=32), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("already_known", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("file_sha256", name=op.f("pk_sync_imported_bundles")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_sync_imported_bundles_bundle_id")),
    )
    op.create_table(
        "sync_revocations",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("revoked_by", sa.String(length=32), nullable=False),
        sa.Column("revoked_hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_revocations")),
    )


def downgrade() -> None:
    op.drop_table("sync_revocations")
    op.drop_table("sync_imported_bundles")
    op.drop_table("sync_peer_versions")
    op.drop_table("sync_conflicts")
