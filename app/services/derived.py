"""Derived per-person columns, recomputed locally after edits, imports and sync merges.

``latest_event_on``, ``custody_status`` and ``sort_name`` exist only so the 100k-row person
list can sort and filter on an index. They are never synced (see LOCAL_ONLY_FIELDS): each
device derives them from the records, so they cannot conflict.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

# Partial dates are stored as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': pad to the earliest full day.
_PAD = "CASE length({c}) WHEN 4 THEN {c} || '-01-01' WHEN 7 THEN {c} || '-01' ELSE {c} END"

_REFRESH = f"""
UPDATE persons SET
  sort_name = letapis_collation(display_name),
  latest_event_on = (
    SELECT max(d) FROM (
      SELECT {_PAD.format(c="detained_on")} AS d FROM detentions
        WHERE person_id = persons.id AND NOT deleted
      UNION ALL SELECT released_on FROM detentions WHERE person_id = persons.id AND NOT deleted
      UNION ALL SELECT {_PAD.format(c="occurred_on")} FROM events
        WHERE person_id = persons.id AND NOT deleted
      UNION ALL SELECT t.verdict_on FROM trials t JOIN charges c ON c.case_id = t.case_id
        WHERE c.person_id = persons.id AND NOT t.deleted AND NOT c.deleted
    )
  ),
  custody_status = CASE
    WHEN EXISTS (SELECT 1 FROM detentions WHERE person_id = persons.id AND NOT deleted
                 AND released_on IS NULL AND detained_on IS NOT NULL) THEN 'in_custody'
    WHEN EXISTS (SELECT 1 FROM detentions WHERE person_id = persons.id AND NOT deleted
                 AND released_on IS NOT NULL) THEN 'released'
    ELSE '' END
"""


def refresh_derived(conn: Connection, person_ids: Iterable[str] | None = None) -> None:
    """Recompute for the given persons, or for everyone when ``person_ids`` is None."""
    if person_ids is None:
        conn.execute(text(_REFRESH))
        return
    ids = sorted(set(person_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        conn.execute(
            text(_REFRESH + f" WHERE id IN ({marks})"),
            {f"p{i}": pid for i, pid in enumerate(chunk)},
        )
