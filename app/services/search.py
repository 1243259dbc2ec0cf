"""Name search across scripts and transliterations.

Each name variant is cut into tokens and each token becomes a normalised key (app.domain.names),
stored in ``name_keys``. A query matches when every typed token is a key prefix of the same
person, so "Babar", "бабарико" and "Viktar Babaryka" all find the same record. The index is kept
current by a flush hook, so every writer (editor, import, sync merge) keeps search consistent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, intersect, select
from sqlalchemy.orm import Session, sessionmaker

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


@dataclass(frozen=True)
class PersonHit:
    person_id: str
    display_name: str
    region_code: str | None


def find_person_ids(session: Session, query: str, limit: int = 200) -> list[str]:
    keys = query_keys(query)
    if not keys:
        return []
    subs = [
        select(NameKey.person_id).where(NameKey.key >= key, NameKey.key < key + PREFIX_END)
        for key in keys
    ]
    subq = (subs[0] if len(subs) == 1 else intersect(*subs)).subquery()
    return list(
        session.scalars(
            select(Person.id)
            .where(Person.id.in_(select(subq.c.person_id)), Person.deleted.is_(False))
            .order_by(Person.sort_name, Person.id)
            .limit(limit)
        )
    )


def search_persons(session: Session, query: str, limit: int = 50) -> list[PersonHit]:
    ids = find_person_ids(session, query, limit)
    if not ids:
        return []
    rows = session.execute(
        select(Person.id, Person.display_name, Person.region_code).where(Person.id.in_(ids))
    ).all()
    by_id = {r[0]: PersonHit(r[0], r[1], r[2]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]
