"""Local per-person report summaries: derived data, never synced.

The monthly report's whole-vault figures (convictions per month, persons prosecuted and
convicted since a year, by watched article) would otherwise read every person, case, charge,
sentence and trial on each run. ``app.services.derived.refresh_summaries`` condenses what those
figures need into one narrow row per live person, recomputed after every write that can change
it (editor, delete/restore, spreadsheet import, sync merge, demo), so a report reads 100k short
rows instead of ~500k wide ones. Like ``name_keys`` the table is not Syncable: it never enters
the op feed, and each device derives it from its own records.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class PersonSummary(Base):
    """One row per live (not tombstoned) person; a tombstoned person has none.

    ``convictions``: ``;``-separated entries ``YYYY-MM|A,B``, one per live sentence of the person
    whose live trial in a live criminal case has a verdict date: the verdict month, then the
    base articles ("CC 342") of the person's live charges in that case.
    ``prosecutions``: sorted ``,``-separated months dating the person's live charges in live
    criminal cases: the case's opening month, or, for a case opened on an unknown date, the
    months of its verdicts against live persons (an undated case without one has no month).
    ``card``: JSON ``[publication, display_name, gender, region_code, city, [[script,
    is_primary, full_name], ...]]`` with the live name variants in record order: what a report
    needs to name the person, read by primary key instead of from two wide tables.
    """

    __tablename__ = "person_summaries"

    person_id: Mapped[str] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    gender: Mapped[str] = mapped_column(String(32))
    categories: Mapped[str] = mapped_column(String(400), default="", server_default="")
    convictions: Mapped[str] = mapped_column(Text, default="", server_default="")
    prosecutions: Mapped[str] = mapped_column(Text, default="", server_default="")
    card: Mapped[str] = mapped_column(Text, default="", server_default="")
