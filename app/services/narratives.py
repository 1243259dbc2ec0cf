"""The documenters' own report text, per month, language and section (stored in the vault).

A narrative's id is derived from (month, lang, section), not random: two devices writing the same
section edit one record, so sync shows a conflict instead of two competing texts.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import MonthNarrative


def narrative_id(month: str, lang: str, section: str) -> str:
    digest = hashlib.blake2b(f"{month}|{lang}|{section}".encode(), digest_size=16)
    return digest.hexdigest()


def load_narratives(session: Session, month: str, lang: str) -> dict[str, str]:
    rows = session.execute(
        select(MonthNarrative.section, MonthNarrative.body).where(
            MonthNarrative.month == month, MonthNarrative.lang == lang, ~MonthNarrative.deleted
        )
    )
    return {section: body for section, body in rows}


def save_narrative(session: Session, month: str, lang: str, section: str, body: str) -> None:
    """Create or update one section's text; only a real change writes a sync op."""
    key = narrative_id(month, lang, section)
    row = session.get(MonthNarrative, key)
    if row is None:
        session.add(MonthNarrative(id=key, month=month, lang=lang, section=section, body=body))
    elif row.body != body or row.deleted:
        row.body = body
        row.deleted = False
