"""Derived per-person data, recomputed locally after edits, imports and sync merges.

``latest_event_on``, ``custody_status`` and ``sort_name`` exist only so the 100k-row person
list can sort and filter on an index. They are never synced (see LOCAL_ONLY_FIELDS): each
device derives them from the records, so they cannot conflict. The monthly report's
per-person summaries (``person_summaries``, app.models.summaries) are derived here too.
"""

from __future__ import annotations

import json
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
        refresh_summaries(conn)
        return
    ids = sorted(set(person_ids))
    refresh_summaries(conn, ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        conn.execute(
            text(_REFRESH + f" WHERE id IN ({marks})"),
            {f"p{i}": pid for i, pid in enumerate(chunk)},
        )


# --- report summaries (app.models.summaries) -----------------------------------------------------

_CHUNK = 500

_PERSONS_SQL = (
    "SELECT id, gender, categories, publication, display_name, region_code, city FROM persons"
    " WHERE NOT deleted"
)
_NAMES_SQL = "SELECT person_id, script, is_primary, full_name FROM person_names WHERE NOT deleted"
# Live charges of live criminal cases: what dates a person's prosecutions and names the articles
# of their convictions.
_CHARGES_SQL = """
SELECT ch.person_id, ch.case_id, ch.article_key, c.opened_on FROM charges ch
JOIN cases c ON c.id = ch.case_id
WHERE NOT ch.deleted AND NOT c.deleted AND c.kind = 'criminal'
"""
# Convictions: live sentences of live persons with a live, decided trial in a live criminal case.
_VERDICTS_SQL = """
SELECT s.person_id, t.case_id, substr(t.verdict_on, 1, 7) FROM sentences s
JOIN trials t ON t.id = s.trial_id
JOIN cases c ON c.id = t.case_id
JOIN persons p ON p.id = s.person_id
WHERE NOT s.deleted AND NOT t.deleted AND NOT c.deleted AND NOT p.deleted
  AND c.kind = 'criminal' AND t.verdict_on IS NOT NULL
"""


def _month(opened: str) -> str:
    """Month of a partial date's earliest day: "2021" -> "2021-01", "2021-05-07" -> "2021-05"."""
    return opened + "-01" if len(opened) == 4 else opened[:7]


def _marks(prefix: str, values: list[str]) -> tuple[str, dict[str, str]]:
    return (
        ", ".join(f":{prefix}{i}" for i in range(len(values))),
        {f"{prefix}{i}": value for i, value in enumerate(values)},
    )


def _related(conn: Connection, person_ids: list[str]) -> set[str]:
    """``person_ids`` and everyone charged in a case they are charged or sentenced in: an
    undated case is dated by any defendant's verdict, so a co-defendant's summary moves too."""
    found = set(person_ids)
    for start in range(0, len(person_ids), _CHUNK):
        marks, params = _marks("p", person_ids[start : start + _CHUNK])
        found.update(
            conn.execute(
                text(
                    "SELECT person_id FROM charges WHERE case_id IN ("
                    f"SELECT case_id FROM charges WHERE person_id IN ({marks}) UNION "
                    "SELECT t.case_id FROM sentences s JOIN trials t ON t.id = s.trial_id "
                    f"WHERE s.person_id IN ({marks}))"
                ),
                params,
            ).scalars()
        )
    return found


def summary_rows(
    conn: Connection, person_ids: list[str] | None = None
) -> list[tuple[str, str, str, str, str, str]]:
    """(person_id, gender, categories, convictions, prosecutions, card) of the live persons among
    ``person_ids`` (everyone when None), in the format ``PersonSummary`` documents."""
    if person_ids is None:
        persons = conn.exec_driver_sql(_PERSONS_SQL).fetchall()
        names = conn.exec_driver_sql(_NAMES_SQL + " ORDER BY person_id, rowid").fetchall()
        charges = conn.exec_driver_sql(_CHARGES_SQL).fetchall()
        verdicts = conn.exec_driver_sql(_VERDICTS_SQL).fetchall()
    else:
        persons, names, charges, verdicts = [], [], [], []
        case_ids: set[str] = set()
        for start in range(0, len(person_ids), _CHUNK):
            marks, params = _marks("p", person_ids[start : start + _CHUNK])
            persons += conn.execute(text(_PERSONS_SQL + f" AND id IN ({marks})"), params).all()
            names += conn.execute(
                text(_NAMES_SQL + f" AND person_id IN ({marks}) ORDER BY person_id, rowid"),
                params,
            ).all()
            charges += conn.execute(
                text(_CHARGES_SQL + f" AND ch.person_id IN ({marks})"), params
            ).all()
            case_ids.update(
                conn.execute(
                    text(
                        "SELECT t.case_id FROM sentences s JOIN trials t ON t.id = s.trial_id "
                        f"WHERE s.person_id IN ({marks})"
                    ),
                    params,
                ).scalars()
            )
        case_ids.update(row[1] for row in charges)
        ordered = sorted(case_ids)
        for start in range(0, len(ordered), _CHUNK):
            marks, params = _marks("c", ordered[start : start + _CHUNK])
            verdicts += conn.execute(
                text(_VERDICTS_SQL + f" AND t.case_id IN ({marks})"), params
            ).all()
    variants: dict[str, list[list[object]]] = {}
    for pid, script, primary, full_name in names:
        variants.setdefault(pid, []).append([script, bool(primary), full_name])
    case_months: dict[str, set[str]] = {}
    for _pid, case_id, month in verdicts:
        case_months.setdefault(case_id, set()).add(month)
    articles: dict[tuple[str, str], set[str]] = {}
    prosecuted: dict[str, set[str]] = {}
    for pid, case_id, key, opened in charges:
        articles.setdefault((pid, case_id), set()).add(key.split(" p", 1)[0])
        months = {_month(opened)} if opened else case_months.get(case_id, set())
        prosecuted.setdefault(pid, set()).update(months)
    convicted: dict[str, list[str]] = {}
    for pid, case_id, month in verdicts:
        keys = ",".join(sorted(articles.get((pid, case_id), ())))
        convicted.setdefault(pid, []).append(f"{month}|{keys}")
    return [
        (
            pid,
            gender,
            categories or "",
            ";".join(sorted(convicted.get(pid, ()))),
            ",".join(sorted(prosecuted.get(pid, ()))),
            json.dumps(
                [publication, display_name, gender, region, city, variants.get(pid, [])],
                ensure_ascii=False,
            ),
        )
        for pid, gender, categories, publication, display_name, region, city in persons
    ]


_INSERT = (
    "INSERT INTO person_summaries"
    " (person_id, gender, categories, convictions, prosecutions, card) VALUES (?, ?, ?, ?, ?, ?)"
)


def refresh_summaries(conn: Connection, person_ids: Iterable[str] | None = None) -> None:
    """Rewrite the report summaries of ``person_ids`` and their co-defendants (everyone when
    None); a tombstoned person's row is removed."""
    if person_ids is None:
        conn.exec_driver_sql("DELETE FROM person_summaries")
        rows = summary_rows(conn)
    else:
        ids = sorted(_related(conn, sorted(set(person_ids))))
        for start in range(0, len(ids), _CHUNK):
            marks, params = _marks("p", ids[start : start + _CHUNK])
            conn.execute(text(f"DELETE FROM person_summaries WHERE person_id IN ({marks})"), params)
        rows = summary_rows(conn, ids)
    if rows:
        conn.exec_driver_sql(_INSERT, rows)
