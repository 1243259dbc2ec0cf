"""What a vault says, independent of row ids and timestamps: the round-trip tests compare this.

Persons and cases keep their ids through an export (``person_key``/``case_key``), so they are
keyed by id; everything else is described by its content and the ids it points at.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from app.models import (
    Case,
    Charge,
    Detention,
    Judge,
    Person,
    PersonName,
    Relation,
    RepressionEvent,
    Sentence,
    Source,
    SourceLink,
    StatusPeriod,
    Trial,
)

_SKIP = {"id", "created_at", "updated_at", "deleted"}


def _live(conn: Any, model: type) -> list[dict[str, Any]]:
    table = model.__table__
    rows = conn.execute(select(table).where(table.c.deleted.is_(False))).mappings()
    return [dict(r) for r in rows]


def _fields(row: dict[str, Any], *drop: str) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, v) for k, v in row.items() if k not in _SKIP and k not in drop))


def _sorted(items: list[Any]) -> list[Any]:
    return sorted(items, key=repr)


def vault_content(vault: Any) -> dict[str, Any]:
    with vault.engine.connect() as conn:
        tables = {
            model: _live(conn, model)
            for model in (
                Person,
                PersonName,
                Relation,
                StatusPeriod,
                RepressionEvent,
                Detention,
                Charge,
                Sentence,
                Case,
                Trial,
                Judge,
                Source,
                SourceLink,
            )
        }
    judges = {j["id"]: (j["full_name"], j["court_code"]) for j in tables[Judge]}
    sources = {s["id"]: _fields(s) for s in tables[Source]}
    trials = {t["id"]: t for t in tables[Trial]}
    sentences = {s["id"]: s for s in tables[Sentence]}
    linked: dict[str, list[Any]] = defaultdict(list)
    for link in tables[SourceLink]:
        linked[link["entity_id"]].append(sources[link["source_id"]])

    def by_person(model: type, describe: Any) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = defaultdict(list)
        for row in tables[model]:
            out[row["person_id"]].append(describe(row))
        return out

    def sentence(row: dict[str, Any]) -> Any:
        target = sentences.get(row["extends_sentence_id"]) if row["extends_sentence_id"] else None
        return (
            trials[row["trial_id"]]["case_id"] if row["trial_id"] else None,
            _fields(row, "person_id", "trial_id", "extends_sentence_id"),
            trials[target["trial_id"]]["case_id"] if target and target["trial_id"] else None,
        )

    parts = {
        "names": by_person(PersonName, lambda r: _fields(r, "person_id")),
        "relations": by_person(Relation, lambda r: _fields(r, "person_id")),
        "statuses": by_person(StatusPeriod, lambda r: _fields(r, "person_id")),
        "events": by_person(
            RepressionEvent,
            lambda r: (_fields(r, "person_id", "source_id"), sources.get(r["source_id"])),
        ),
        "detentions": by_person(Detention, lambda r: _fields(r, "person_id")),
        "charges": by_person(Charge, lambda r: _fields(r, "person_id")),
        "sentences": by_person(Sentence, sentence),
    }
    persons = {
        p["id"]: {
            "fields": _fields(p),
            "sources": _sorted(linked[p["id"]]),
            **{name: _sorted(values[p["id"]]) for name, values in parts.items()},
        }
        for p in tables[Person]
    }
    used = {c[1][0][1] for p in persons.values() for c in p["charges"]}
    used |= {dict(d).get("case_id") for p in persons.values() for d in p["detentions"]}
    used |= {s[0] for p in persons.values() for s in p["sentences"]}
    case_trials: dict[str, list[Any]] = defaultdict(list)
    for trial in tables[Trial]:
        judge = judges.get(trial["judge_id"]) if trial["judge_id"] else None
        case_trials[trial["case_id"]].append((_fields(trial, "case_id", "judge_id"), judge))
    cases = {
        c["id"]: {
            "fields": _fields(c),
            "trials": _sorted(case_trials[c["id"]]),
            "sources": _sorted(linked[c["id"]]),
        }
        for c in tables[Case]
        if c["id"] in used
    }
    return {"persons": persons, "cases": cases}
