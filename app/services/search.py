"""Name search across scripts and transliterations.

Each name variant is cut into tokens and each token becomes a normalised key (app.domain.names),
stored in ``name_keys``. A query matches when every typed token is a key prefix of the same
person, so "Babar", "бабарико" and "Viktar Babaryka" all find the same record. The index is kept
current by a flush hook, so every writer (editor, import, sync merge) keeps search consistent.

Speed at 100k persons (budget: 50 ms a keystroke, any script): keys are coarse skeletons, so a
one- or two-letter prefix ("Ка" -> "k") reaches tens of thousands of persons while a surname
reaches a few hundred. Each typed key is therefore offered to the list query in two shapes, the
set of matching ids (``key_members``) and a per-row index probe (``has_key_prefix``), and
``app.services.people`` picks one from a capped count of the matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, delete, exists, insert, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.domain.names import name_keys, query_keys
from app.models import NameKey, Person, PersonName

PREFIX_END = "\U0010ffff"


def rebuild_name_keys(conn: Connection, person_ids: Iterable[str]) -> None:
    ids = sorted(set(person_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(delete(NameKey).where(NameKey.person_id.in_(chunk)))
        rows = conn.execute(
            select(PersonName.person_id, PersonName.full_name).where(
                PersonName.person_id.in_(chunk), PersonName.deleted.is_(False)
            )
        )
        keys: set[tuple[str, str]] = set()
        for person_id, full_name in rows:
            keys.update((key, person_id) for key in name_keys(full_name))
        if keys:
            conn.execute(insert(NameKey), [{"key": k, "person_id": p} for k, p in sorted(keys)])


def install_name_index(sessions: sessionmaker[Session]) -> None:
    from sqlalchemy import event

    @event.listens_for(sessions, "after_flush")
    def _reindex(session: Session, _context: object) -> None:
        touched = {
            obj.person_id for obj in (*session.new, *session.dirty) if isinstance(obj, PersonName)
        }
        if touched:
            rebuild_name_keys(session.connection(), touched)


def _in_prefix(column: Any, key: str) -> Any:
    return (column >= key) & (column < key + PREFIX_END)


def key_members(key: str) -> Select[Any]:
    """Ids of the persons with a name key starting with ``key`` (a range of the primary key)."""
    return select(NameKey.person_id).where(_in_prefix(NameKey.key, key))


def has_key_prefix(key: str) -> Any:
    """EXISTS: the listed person has a name key starting with ``key`` (one index probe)."""
    probe = aliased(NameKey)
    return exists().where(probe.person_id == Person.id, _in_prefix(probe.key, key))


def name_query_keys(query: str) -> list[str]:
    return list(dict.fromkeys(query_keys(query)))


@dataclass(frozen=True)
class PersonHit:
    person_id: str
    display_name: str
    region_code: str | None


def find_person_ids(session: Session, query: str, limit: int = 200) -> list[str]:
    from app.services.people import PersonFilter, fetch_page

    if not query.strip():
        return []
    return [row.id for row in fetch_page(session, PersonFilter(query=query), limit=limit)]


def search_persons(session: Session, query: str, limit: int = 50) -> list[PersonHit]:
    from app.services.people import PersonFilter, fetch_page

    if not query.strip():
        return []
    rows = fetch_page(session, PersonFilter(query=query), limit=limit)
    return [PersonHit(row.id, row.name, row.region_code) for row in rows]
