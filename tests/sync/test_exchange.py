"""Export and import between team vaults: merge rules, conflicts, relays, roster, blobs."""

from __future__ import annotations

import json
import os
import re
from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import Gender
from app.domain.partial_dates import PartialDate
from app.errors import BundleRejected, ValidationError
from app.models import AttachmentBlob, Detention, Op, Person
from app.services.search import search_persons
from app.sync import bundles, conflicts, roster
from app.sync.bundles import BundleAlreadyImported, export_bundle, import_bundle
from app.sync.changelog import verify_feed
from tests.sync.helpers import (
    add_person,
    conflict_set,
    edit_person,
    person_row,
    snapshot,
    sync,
)


def test_changes_travel_with_types_and_search_keys(team):
    pid = add_person(
        team.a, "Maria Kalesnikava", gender=Gender.FEMALE, birth_date=PartialDate(1982, 4)
    )
    summary = sync(team.a, team.b, team.stick)
    assert summary.sender_label == "Device A"
    assert summary.applied == summary.total - summary.already_known
    assert summary.conflicts == 0
    row = person_row(team.b, pid)
    assert row["gender"] is Gender.FEMALE
    assert row["birth_date"] == PartialDate(1982, 4)
    assert row["created_at"] == person_row(team.a, pid)["created_at"]
    with team.b.session() as session:
        assert [h.person_id for h in search_persons(session, "kalesnik")] == [pid]


def test_summary_line_reads_like_the_issue(team):
    add_person(team.a, "A")
    summary = sync(team.a, team.b, team.stick)
    assert re.fullmatch(
        r"\d+ changes from Device A: \d+ applied, \d+ already known, \d+ conflicts", summary.text()
    )


def test_reimport_is_a_noop_that_says_so(team):
    add_person(team.a, "A")
    path = export_bundle(team.a, team.stick).path
    import_bundle(team.b, path)
    before = snapshot(team.b)
    with pytest.raises(BundleAlreadyImported, match="already imported"):
        import_bundle(team.b, path)
    assert snapshot(team.b) == before


def test_file_name_says_sender_date_and_sequence(team):
    first = export_bundle(team.a, team.stick).path.name
    second = export_bundle(team.a, team.stick).path.name
    short = team.a.device.device_id[:8]
    assert re.fullmatch(rf"letapis-{short}-\d{{8}}-0001\.ltbundle", first)
    assert second.endswith("-0002.ltbundle")
    assert sorted(p.name for p in team.stick.iterdir()) == [first, second]  # no temp files left


def test_delta_export_after_acknowledgement(team):
    add_person(team.a, "A")
    sync(team.a, team.b, team.stick)
    sync(team.a, team.c, team.stick)
    sync(team.b, team.c, team.stick)
    sync(team.c, team.b, team.stick)
    sync(team.b, team.a, team.stick)  # A learns what B holds
    sync(team.c, team.a, team.stick)  # ... and C
    pid = add_person(team.a, "B")
    result = export_bundle(team.a, team.stick)
    assert result.ops == 2  # only the new person and its name
    assert import_bundle(team.b, result.path).already_known == 0
    assert person_row(team.b, pid)["display_name"] == "B"
    assert export_bundle(team.a, team.stick, full_history=True).ops > result.ops


def test_out_of_order_bundles(team):
    pid = add_person(team.a, "Old")
    first = export_bundle(team.a, team.stick).path
    edit_person(team.a, pid, city="Minsk")
    second = export_bundle(team.a, team.stick).path
    import_bundle(team.b, second)
    import_bundle(team.b, first)
    assert person_row(team.b, pid) == person_row(team.a, pid)


def test_relay_a_to_b_to_c(team):
    pid = add_person(team.a, "Relayed")
    sync(team.a, team.b, team.stick)
    summary = sync(team.b, team.c, team.stick)
    assert summary.sender_label == "Device B"
    assert person_row(team.c, pid) == person_row(team.a, pid)
    with team.c.engine.connect() as conn:
        assert verify_feed(conn, team.a.device.device_id, _sign_public(team.a)) > 0


def _sign_public(vault) -> bytes:
    return bytes(vault.device.signing_key.verify_key)


def test_concurrent_edit_keeps_loser_as_conflict_and_resolution_syncs(team):
    pid = add_person(team.a, "P")
    sync(team.a, team.b, team.stick)
    edit_person(team.a, pid, city="Minsk")
    edit_person(team.b, pid, city="Hrodna")
    sync(team.a, team.b, team.stick)
    assert sync(team.b, team.a, team.stick).conflicts == 1
    assert person_row(team.a, pid)["city"] == person_row(team.b, pid)["city"]
    assert conflict_set(team.a) == conflict_set(team.b)
    (view,) = conflicts.list_conflicts(team.a)
    assert {view.winner.value, view.loser.value} == {"Minsk", "Hrodna"}
    assert {view.winner.device_label, view.loser.device_label} == {"this device", "Device B"}
    assert view.record_label == "P"
    assert conflicts.count_conflicts(team.a) == 1
    conflicts.resolve_conflict(team.a, view.key, "loser")
    assert person_row(team.a, pid)["city"] == view.loser.value
    assert conflicts.count_conflicts(team.a) == 0
    sync(team.a, team.b, team.stick)
    assert person_row(team.b, pid)["city"] == view.loser.value
    assert conflict_set(team.b) == set()
    with pytest.raises(conflicts.ConflictGone):
        conflicts.resolve_conflict(team.a, view.key, "winner")


def test_resolve_with_an_edited_value(team):
    pid = add_person(team.a, "P")
    sync(team.a, team.b, team.stick)
    edit_person(team.a, pid, birth_date=PartialDate(1990))
    edit_person(team.b, pid, birth_date=PartialDate(1991))
    sync(team.b, team.a, team.stick)
    (view,) = conflicts.list_conflicts(team.a)
    assert isinstance(view.winner.value, PartialDate)
    with pytest.raises(ValidationError):
        conflicts.resolve_conflict(team.a, view.key, value="not a date")
    conflicts.resolve_conflict(team.a, view.key, value=PartialDate(1990, 5))
    assert person_row(team.a, pid)["birth_date"] == PartialDate(1990, 5)


def test_edit_beats_concurrent_delete(team):
    pid = add_person(team.a, "P")
    sync(team.a, team.b, team.stick)
    edit_person(team.a, pid, notes="new evidence")
    edit_person(team.b, pid, deleted=True)  # later HLC, but B never saw A's edit
    sync(team.b, team.a, team.stick)
    sync(team.a, team.b, team.stick)
    for vault in (team.a, team.b):
        row = person_row(vault, pid)
        assert row["deleted"] is False and row["notes"] == "new evidence"
    (view,) = conflicts.list_conflicts(team.b)
    assert view.is_delete and view.loser.value is True
    conflicts.resolve_conflict(team.b, view.key, "loser")  # the user confirms the delete
    sync(team.b, team.a, team.stick)
    assert person_row(team.a, pid)["deleted"] is True
    assert conflict_set(team.a) == conflict_set(team.b) == set()


def test_delete_after_seeing_the_edit_wins(team):
    pid = add_person(team.a, "P")
    edit_person(team.a, pid, notes="x")
    sync(team.a, team.b, team.stick)
    edit_person(team.b, pid, deleted=True)
    sync(team.b, team.a, team.stick)
    assert person_row(team.a, pid)["deleted"] is True
    assert conflict_set(team.a) == set()


def test_edit_after_delete_resurrects_with_conflict(team):
    pid = add_person(team.a, "P")
    sync(team.a, team.b, team.stick)
    edit_person(team.b, pid, deleted=True)
    sync(team.b, team.a, team.stick)
    edit_person(team.a, pid, city="Brest")  # edits the deleted record (e.g. from the bin)
    assert person_row(team.a, pid)["deleted"] is False
    assert len(conflict_set(team.a)) == 1
    sync(team.a, team.b, team.stick)
    assert person_row(team.b, pid) == person_row(team.a, pid)
    assert conflict_set(team.b) == conflict_set(team.a)


def test_local_edit_updates_the_conflict_winner(team):
    pid = add_person(team.a, "P")
    sync(team.a, team.b, team.stick)
    edit_person(team.a, pid, city="Minsk")
    edit_person(team.b, pid, city="Hrodna")
    sync(team.b, team.a, team.stick)
    edit_person(team.a, pid, city="Viciebsk")
    (view,) = conflicts.list_conflicts(team.a)
    assert view.winner.value == "Viciebsk"
    sync(team.a, team.b, team.stick)
    assert conflict_set(team.a) == conflict_set(team.b)


def test_hlc_moves_past_imported_changes(team, monkeypatch):
    from app.sync import hlc

    add_person(team.a, "P")
    sync(team.a, team.b, team.stick)
    with team.b.engine.connect() as conn:
        seen = conn.scalar(
            select(Op.hlc).where(Op.origin == team.a.device.device_id).order_by(Op.hlc.desc())
        )
    monkeypatch.setattr(hlc, "now_ms", lambda: 1)  # B's clock is badly behind
    add_person(team.b, "Q")
    with team.b.engine.connect() as conn:
        mine = conn.scalar(
            select(Op.hlc).where(Op.origin == team.b.device.device_id).order_by(Op.hlc.desc())
        )
    assert mine > seen


def test_attachment_blobs_travel_once(team):
    from app.services.attachments import add_attachment

    pid = add_person(team.a, "P")
    data = os.urandom(200_000)
    with team.a.session() as session, session.begin():
        add_attachment(session, pid, "verdict.pdf", data)
    summary = sync(team.a, team.b, team.stick)
    assert summary.blobs == 1
    with team.b.engine.connect() as conn:
        assert conn.scalar(select(AttachmentBlob.data)) == data
    assert sync(team.a, team.c, team.stick).blobs == 1
    sync(team.b, team.a, team.stick)
    sync(team.c, team.a, team.stick)
    assert export_bundle(team.a, team.stick).blobs == 0


def test_derived_columns_are_recomputed_after_merge(team):
    pid = add_person(team.a, "P")
    with team.a.session() as session, session.begin():
        session.add(Detention(person_id=pid, detained_on=PartialDate(2021, 5, 3)))
    sync(team.a, team.b, team.stick)
    row = person_row(team.b, pid, derived=True)
    assert row["custody_status"] == "in_custody"
    assert row["latest_event_on"] == date(2021, 5, 3)


def test_new_member_learns_the_team_through_one_bundle(team):
    # D joins: swaps cards with A only; B learns D through A's roster op.
    d = team.outsider
    card_d = roster.device_card(d, "Device D")[0]
    roster.add_member(team.a, card_d)
    roster.add_member(d, roster.device_card(team.a)[0])
    pid = add_person(team.a, "P")
    summary = sync(team.a, d, team.stick, full_history=True)
    assert summary.applied == summary.total
    assert person_row(d, pid)["display_name"] == "P"
    # D knows B and C now (A's roster ops), so its bundles reach them and B can verify them.
    assert {m.label for m in roster.list_members(d)} >= {"Device B", "Device C"}
    qid = add_person(d, "From D")
    summary = sync(d, team.b, team.stick)  # B never saw D's card: it trusts A's roster op
    assert summary.new_members == ("Device D",)
    assert person_row(team.b, qid)["display_name"] == "From D"


def test_revocation_syncs_and_refuses_later_bundles(team):
    sync(team.c, team.a, team.stick)
    roster.revoke_member(team.a, team.c.device.device_id)
    sync(team.a, team.b, team.stick)  # B learns the revocation from A's feed
    members = {m.label: m for m in roster.list_members(team.b)}
    assert members["Device C"].revoked_at is not None
    add_person(team.c, "After revocation")
    path = export_bundle(team.c, team.stick).path
    before = snapshot(team.b)
    with pytest.raises(BundleRejected, match="revoked"):
        import_bundle(team.b, path)
    assert snapshot(team.b) == before
    assert export_bundle(team.a, team.stick).recipients == ("Device B",)  # C cannot read it


def test_relayed_ops_of_a_revoked_device_beyond_the_cutoff_are_refused(team):
    roster.revoke_member(team.a, team.c.device.device_id)  # A had nothing from C
    pid = add_person(team.c, "Sneaky")
    sync(team.c, team.b, team.stick)  # B has not heard of the revocation yet
    assert person_row(team.b, pid)["display_name"] == "Sneaky"
    sync(team.a, team.b, team.stick)  # the revocation arrives: C's ops are cut off
    with team.b.engine.connect() as conn:
        assert conn.scalar(select(Person.id).where(Person.id == pid)) == pid  # row stays...
    summary = sync(team.b, team.a, team.stick)
    assert summary.ignored == 0  # B does not relay cut-off ops
    with team.a.engine.connect() as conn:
        assert conn.scalar(select(Person.id).where(Person.id == pid)) is None


def test_export_needs_a_team(tmp_path):
    from app.services.vault import create_vault
    from tests.conftest import PASSPHRASE

    vault, _ = create_vault(tmp_path / "solo", PASSPHRASE)
    try:
        with pytest.raises(bundles.ExportFailed, match="team member"):
            export_bundle(vault, tmp_path)
    finally:
        vault.lock()


def test_manifest_is_inside_the_encryption(team):
    add_person(team.a, "Ales Bialiatski")
    raw = export_bundle(team.a, team.stick).path.read_bytes()
    for needle in (b"Bialiatski", team.a.device.device_id.encode(), b"manifest", b"Device"):
        assert needle not in raw
    assert json  # the body is JSON only after decryption


def test_local_undelete_of_two_concurrent_deletes_records_the_conflict(team):
    """Found by the state machine: undeleting overwrites one of two deletes; the other stays a
    competing version, and this vault must list that conflict exactly as its peers will."""
    pid = add_person(team.a, "P")
    sync(team.a, team.b, team.stick)
    sync(team.a, team.c, team.stick)
    edit_person(team.a, pid, deleted=True)
    edit_person(team.b, pid, deleted=True)
    sync(team.a, team.c, team.stick)
    sync(team.b, team.c, team.stick)
    edit_person(team.c, pid, deleted=False)
    assert len(conflict_set(team.c)) == 1
    sync(team.c, team.a, team.stick)
    assert conflict_set(team.a) == conflict_set(team.c)
    assert person_row(team.a, pid)["deleted"] is False
