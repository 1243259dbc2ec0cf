"""list, search and statistics indexes for 100k-person vaults

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Covering indexes, so the hot queries read small indexes instead of wide rows (SQLCipher
decrypts every page it reads; a smaller working set also stays in the page cache):

* ``name_keys (person_id, key)`` replaces the single-column person index: the name search
  probes "has this person a key starting with ...?" per listed row;
* ``persons (sort_name, id, deleted)`` replaces ``(sort_name, id)``, so walking the list in
  name order reads only the index, and ``persons (id, deleted, sort_name)`` lets a set of
  matching ids be sorted without reading the rows;
* ``status_periods (kind, person_id, starts_on, ends_on, deleted)`` and
  ``detentions (person_id, deleted, detained_on, released_on)`` answer "status on day D";
* ``charges (article_key, deleted, person_id)`` replaces ``(article_key)``: who was charged
  under an article.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW = {
    "name_keys": [("ix_name_keys_person_id_key", ["person_id", "key"])],
    "persons": [
        ("ix_persons_name_id", ["sort_name", "id", "deleted"]),
        ("ix_persons_id_live", ["id", "deleted", "sort_name"]),
    ],
    "status_periods": [
        ("ix_status_periods_kind_span", ["kind", "person_id", "starts_on", "ends_on", "deleted"])
    ],
    "detentions": [
        ("ix_detentions_person_span", ["person_id", "deleted", "detained_on", "released_on"])
    ],
    "charges": [("ix_charges_article_key", ["article_key", "deleted", "person_id"])],
}
REPLACED = {
    "name_keys": [("ix_name_keys_person_id", ["person_id"])],
    "persons": [("ix_persons_name_id", ["sort_name", "id"])],
    "charges": [("ix_charges_article_key", ["article_key"])],
}


def _swap(drop: dict, create: dict) -> None:
    for table in create:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _columns in drop.get(table, []):
                batch_op.drop_index(name)
            for name, columns in create[table]:
                batch_op.create_index(name, columns, unique=False)


def upgrade() -> None:
    _swap(REPLACED, NEW)


def downgrade() -> None:
    _swap(NEW, {table: REPLACED.get(table, []) for table in NEW})
