"""Property: replicas that exchange bundles in any order, with duplicates and relays, converge to
the same records and the same conflicts, and no concurrent value is silently lost."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule
from sqlalchemy import select

from app.domain.enums import Gender
from app.domain.partial_dates import PartialDate
from app.errors import BundleRejected
from app.models import Conflict, Op, Person, PersonName
from app.services.vault import Vault
from app.sync import conflicts
from app.sync.bundles import BundleAlreadyImported, export_bundle, import_bundle
from app.sync.changelog import CREATE_FIELD, LOCAL_ONLY_FIELDS, SEEN_FIELD, canonical
from tests.sync.helpers import NAMES, add_person, edit_person, open_copy

REPLICAS = st.integers(0, len(NAMES) - 1)
FIELD_VALUES: dict[str, Any] = {
    "city": st.sampled_from(["Minsk", "Hrodna", "Brest", None]),
    "notes": st.sampled_from(["seen in court", "letter received", "", None]),
    "gender": st.sampled_from(list(Gender)),
    "birth_date": st.sampled_from([PartialDate(1980), PartialDate(1980, 5), None]),
    "display_name": st.sampled_from(["Ales", "Maria", "Viktar"]),
}


def _rows(vault: Vault) -> dict[str, dict[str, Any]]:
    result = {}
    with vault.engine.connect() as conn:
        for model in (Person, PersonName):
            table = model.__table__
            for row in conn.execute(select(table)).mappings():
                result[row["id"]] = {
                    k: v for k, v in row.items() if k == "id" or k not in LOCAL_ONLY_FIELDS
                }
    return result


def _conflicts(vault: Vault) -> set[tuple[str, ...]]:
    with vault.engine.connect() as conn:
        return {
            tuple(r)
            for r in conn.execute(
                select(
                    Conflict.entity_id,
                    Conflict.field,
                    Conflict.loser_op,
                    Conflict.winner_op,
                    Conflict.loser_value,
                    Conflict.winner_value,
                )
            )
        }


def _ops(vault: Vault) -> list[tuple[Any, ...]]:
    with vault.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                select(
                    Op.origin,
                    Op.seq,
                    Op.op_id,
                    Op.entity,
                    Op.entity_id,
                    Op.field,
                    Op.value,
                    Op.parent_op,
                ).order_by(Op.origin, Op.seq)
            )
        ]


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="letapis-sync-sm-"))
        self.vaults = [open_copy(name, self.root / name) for name in NAMES]
        self.stick = self.root / "stick"
        self.stick.mkdir()
        self.exported: list[tuple[int, Path]] = []
        # Start from shared records, so that edits on different replicas are concurrent edits
        # of the same fields most of the time (the interesting case).
        for name in ("Ales", "Maria"):
            add_person(self.vaults[0], name)
        seed = export_bundle(self.vaults[0], self.stick).path
        for vault in self.vaults[1:]:
            import_bundle(vault, seed)
        self.exported.append((0, seed))

    def _persons(self, who: int, *, deleted: bool | None = False) -> list[str]:
        with self.vaults[who].engine.connect() as conn:
            query = select(Person.id).order_by(Person.id)
            if deleted is not None:
                query = query.where(Person.deleted.is_(deleted))
            return list(conn.scalars(query))

    @rule(who=REPLICAS, name=st.sampled_from(["Viktar", "Palina"]))
    def create(self, who: int, name: str) -> None:
        add_person(self.vaults[who], name)

    @rule(who=REPLICAS, data=st.data(), field=st.sampled_from(sorted(FIELD_VALUES)))
    def edit(self, who: int, data: st.DataObject, field: str) -> None:
        persons = self._persons(who, deleted=None)  # deleted ones too: an edit resurrects
        if persons:
            pid = data.draw(st.sampled_from(persons))
            edit_person(self.vaults[who], pid, **{field: data.draw(FIELD_VALUES[field])})

    @rule(who=REPLICAS, data=st.data(), deleted=st.booleans())
    def delete_or_restore(self, who: int, data: st.DataObject, deleted: bool) -> None:
        persons = self._persons(who, deleted=not deleted)
        if persons:
            edit_person(self.vaults[who], data.draw(st.sampled_from(persons)), deleted=deleted)

    @rule(who=REPLICAS, full=st.booleans())
    def export(self, who: int, full: bool) -> None:
        path = export_bundle(self.vaults[who], self.stick, full_history=full).path
        self.exported.append((who, path))

    @rule(who=REPLICAS, data=st.data())
    def deliver(self, who: int, data: st.DataObject) -> None:
        """Any bundle, old or new, maybe twice: duplicates, reordering and relays all happen."""
        sender, path = data.draw(st.sampled_from(self.exported))
        if sender != who:
            self._import(who, path)

    @rule(who=REPLICAS, data=st.data(), keep=st.sampled_from(["winner", "loser"]))
    def resolve(self, who: int, data: st.DataObject, keep: str) -> None:
        views = conflicts.list_conflicts(self.vaults[who])
        if views:
            view = data.draw(st.sampled_from(views))
            conflicts.resolve_conflict(self.vaults[who], view.key, keep)  # type: ignore[arg-type]

    def _import(self, who: int, path: Path) -> None:
        with contextlib.suppress(BundleAlreadyImported):
            import_bundle(self.vaults[who], path)

    def teardown(self) -> None:
        try:
            self._full_exchange_converges()
        finally:
            for vault in self.vaults:
                vault.lock()
            shutil.rmtree(self.root, ignore_errors=True)

    def _full_exchange_converges(self) -> None:
        fresh = [(who, export_bundle(v, self.stick).path) for who, v in enumerate(self.vaults)]
        for who in range(len(self.vaults)):
            for sender, path in fresh:
                if sender != who:
                    self._import(who, path)
        ops = [_ops(v) for v in self.vaults]
        rows = [_rows(v) for v in self.vaults]
        found = [_conflicts(v) for v in self.vaults]
        assert ops[0] == ops[1] == ops[2]
        assert rows[0] == rows[1] == rows[2]
        assert found[0] == found[1] == found[2]
        _assert_nothing_lost(ops[0], rows[0], found[0])
        event("conflicts after exchange" if found[0] else "no conflicts after exchange")
        if any(field == "deleted" for _e, field, *_rest in found[0]):
            event("an edit overrode a delete")
        # Replaying any old bundle now changes nothing.
        for sender, path in self.exported[-2:]:
            for who in range(len(self.vaults)):
                if who != sender:
                    try:
                        assert import_bundle(self.vaults[who], path).applied == 0
                    except BundleAlreadyImported:
                        pass
                    except BundleRejected as exc:  # pragma: no cover - would be a bug
                        raise AssertionError(str(exc)) from exc
        assert [_rows(v) for v in self.vaults] == rows
        assert [_conflicts(v) for v in self.vaults] == found


def _assert_nothing_lost(
    ops: list[tuple[Any, ...]],
    rows: dict[str, dict[str, Any]],
    found: set[tuple[str, ...]],
) -> None:
    """Every value not overwritten causally is the stored value or a conflict's loser."""
    versions: dict[tuple[str, str], list[tuple[str, str | None, str]]] = defaultdict(list)
    for _origin, _seq, op_id, entity, entity_id, field, value, parent in ops:
        if entity not in ("person", "person_name") or field == SEEN_FIELD:
            continue
        if field == CREATE_FIELD:
            for name, field_value in json.loads(value).items():
                versions[(entity_id, name)].append((op_id, parent, canonical(field_value)))
        else:
            versions[(entity_id, field)].append((op_id, parent, value))
    losers = defaultdict(set)
    for entity_id, field, _loser, _winner, loser_value, _winner_value in found:
        losers[(entity_id, field)].add(loser_value)
    for (entity_id, field), candidates in versions.items():
        if field not in rows[entity_id]:
            continue
        overwritten = {parent for _op, parent, _v in candidates}
        heads = {value for op_id, _p, value in candidates if op_id not in overwritten}
        stored = canonical(_plain(rows[entity_id][field]))
        missing = heads - {stored} - losers[(entity_id, field)]
        assert not missing, (entity_id, field, missing, stored)


def _plain(value: Any) -> Any:
    from app.sync.changelog import encode_value

    return encode_value(value)


# 15 runs of 25 steps keep the suite fast; set LETAPIS_SYNC_EXAMPLES=200 for a long (nightly) run.
SyncMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("LETAPIS_SYNC_EXAMPLES", "15")),
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestSyncConvergence = SyncMachine.TestCase
