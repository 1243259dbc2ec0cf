"""local per-person report summaries

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

``person_summaries`` (app.models.summaries): one narrow row per live person with what the
monthly report's whole-vault figures need, so a report stops reading every case, charge,
sentence and trial. Derived, local-only data: the backfill computes it for an existing vault
with the same function the app refreshes it with after every write
(``app.services.derived.refresh_summaries``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_summaries",
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("gender", sa.String(length=32), nullable=False),
        sa.Column("categories", sa.String(length=400), server_default="", nullable=False),
        sa.Column("convictions", sa.Text(), server_default="", nullable=False),
        sa.Column("prosecutions", sa.Text(), server_default="", nullable=False),
        sa.Column("card", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_person_summaries_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_summaries")),
    )
    from app.services.derived import refresh_summaries

    refresh_summaries(op.get_bind())


def downgrade() -> None:
    op.drop_table("person_summaries")
