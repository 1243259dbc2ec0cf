"""Every edit appends signed, hash-chained ops in the same transaction (the base of sync)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from app.domain.enums import Gender
from app.models import AuditEntry, Device, Op, Person, PersonName
from app.sync.changelog import CREATE_FIELD, FeedError, verify_feed


def _ops(vault) -> list[Op]:
    with vault.session() as session:
        return list(session.scalars(select(Op).order_by(Op.origin, Op.seq)))


def _self_key(vault) -> bytes:
    with vault.session() as session:
        return session.scalars(select(Device.sign_public).where(Device.is_self)).one()


def test_create_records_all_fields_including_defaults(vault):
    with vault.session() as session, session.begin():
        person = Person(display_name="Ales Bialiatski", region_code="minsk_city")
        session.add(person)
    ops = _ops(vault)
    assert len(ops) == 1
    op = ops[0]
    assert (op.entity, op.entity_id, op.field) == ("person", person.id, CREATE_FIELD)
    value = json.loads(op.value)
    assert value["display_name"] == "Ales Bialiatski"
    assert value["gender"] == "unknown"  # Python-side default captured in the op
    assert value["deleted"] is False
    assert "updated_at" not in value and "id" not in value
    assert op.signature is not None


def test_update_records_only_changed_fields_with_parent(vault):
    with vault.session() as session, session.begin():
        person = Person(display_name="Maria Kalesnikava")
        session.add(person)
    create_op = _ops(vault)[0]
    with vault.session() as session, session.begin():
        p = session.get(Person, person.id)
        p.gender = Gender.FEMALE
        p.city = "Minsk"
    ops = _ops(vault)[1:]
    assert sorted(o.field for o in ops) == ["city", "gender"]
    assert all(o.parent_op == create_op.op_id for o in ops)
    assert json.loads(next(o for o in ops if o.field == "gender").value) == "female"
    with vault.session() as session, session.begin():
        session.get(Person, person.id).gender = Gender.MALE
    last = _ops(vault)[-1]
    gender_op = next(o for o in ops if o.field == "gender")
    assert last.parent_op == gender_op.op_id


def test_delete_is_a_tombstone_op_and_hard_delete_is_refused(vault):
    with vault.session() as session, session.begin():
        person = Person(display_name="To Delete")
        session.add(person)
    with vault.session() as session, session.begin():
        session.get(Person, person.id).deleted = True
    assert _ops(vault)[-1].field == "deleted"
    with vault.session() as session:
        audit = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [a.action for a in audit] == ["create", "delete"]
        session.delete(session.get(Person, person.id))
        with pytest.raises(RuntimeError, match="never hard-deleted"):
            session.flush()


def test_rollback_leaves_no_ops_and_no_gap(vault):
    with vault.session() as session:
        session.add(Person(display_name="Never saved"))
        session.flush()
        session.rollback()
    assert _ops(vault) == []
    with vault.session() as session, session.begin():
        session.add(Person(display_name="Saved"))
    assert [o.seq for o in _ops(vault)] == [1]


def test_feed_verifies_and_detects_tampering(vault):
    with vault.session() as session, session.begin():
        person = Person(display_name="A")
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, full_name="A", script="latin"))
    with vault.session() as session, session.begin():
        session.get(Person, person.id).city = "Hrodna"
    key = _self_key(vault)
    with vault.engine.connect() as conn:
        assert verify_feed(conn, vault.device.device_id, key) == 3
    with vault.engine.begin() as conn:
        conn.execute(update(Op).where(Op.seq == 2).values(value='"tampered"'))
    with vault.engine.connect() as conn, pytest.raises(FeedError, match="altered"):
        verify_feed(conn, vault.device.device_id, key)


def test_hlc_strictly_increases(vault):
    for i in range(5):
        with vault.session() as session, session.begin():
            session.add(Person(display_name=f"P{i}"))
    hlcs = [o.hlc for o in _ops(vault)]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_edit_and_ops_commit_atomically(vault):
    """A failure after the ops were queued rolls back both the row and its ops."""
    with vault.session() as session:
        session.begin()
        session.add(Person(display_name="Half"))
        session.flush()
        assert len(session.scalars(select(Op)).all()) == 1
        session.rollback()
    with vault.session() as session:
        assert session.scalars(select(Person)).all() == []
        assert session.scalars(select(Op)).all() == []
