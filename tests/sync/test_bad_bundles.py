"""Every bad bundle is rejected whole, with a specific message, and the vault does not change."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from app.crypto import bundle as envelope
from app.errors import BundleRejected
from app.sync import bundles, hlc
from app.sync.bundles import BundleAlreadyImported, ExportFailed, export_bundle, import_bundle
from tests.sync.helpers import (
    Team,
    add_person,
    box_publics,
    edit_person,
    open_copy,
    read_body,
    snapshot,
    write_body,
)


def assert_rejected(team: Team, path: Path, match: str | None = None, vault=None) -> str:  # type: ignore[no-untyped-def]
    vault = vault or team.b
    before = snapshot(vault)
    with pytest.raises(BundleRejected, match=match) as info:
        import_bundle(vault, path)
    assert snapshot(vault) == before
    assert "\n" not in str(info.value)
    return str(info.value)


def _bundle_with_attachment(team: Team) -> Path:
    """A bundle of several 64 KiB blocks (an incompressible attachment inside)."""
    from app.services.attachments import add_attachment

    pid = add_person(team.a, "Ales")
    with team.a.session() as session, session.begin():
        add_attachment(session, pid, "photo.jpg", random.Random(1).randbytes(300_000))
    return export_bundle(team.a, team.stick).path


def _header_size(raw: bytes) -> int:
    count = int.from_bytes(raw[10:12], "big")
    return 12 + count * envelope.STANZA_BYTES + envelope.STREAM_HEADER_BYTES


def test_truncated_at_every_chunk_boundary(team, tmp_path):
    path = _bundle_with_attachment(team)
    raw = path.read_bytes()
    header = _header_size(raw)
    sealed = envelope.CHUNK_BYTES + envelope.ABYTES
    cuts = list(range(header, len(raw), sealed))
    assert len(cuts) >= 5
    cuts += [0, 7, header - 1, header + 100, len(raw) - 1]
    for cut in cuts:
        broken = tmp_path / f"cut-{cut}.ltbundle"
        broken.write_bytes(raw[:cut])
        message = assert_rejected(team, broken)
        if cut in cuts[1:-5]:
            assert "incomplete" in message
    import_bundle(team.b, path)  # the intact file still imports afterwards


def test_flipped_byte_anywhere(team, tmp_path):
    path = _bundle_with_attachment(team)
    raw = path.read_bytes()
    header = _header_size(raw)
    rng = random.Random(6)
    positions = {0, 8, 9, 10, 11, 12, header - 25, header - 1, header, len(raw) - 1}
    sealed = envelope.CHUNK_BYTES + envelope.ABYTES
    for start in range(header, len(raw), sealed):
        positions.update({start, start + 1, min(start + sealed - 1, len(raw) - 1)})
    positions.update(rng.randrange(len(raw)) for _ in range(20))
    for pos in sorted(positions):
        broken = tmp_path / f"flip-{pos}.ltbundle"
        damaged = bytearray(raw)
        damaged[pos] ^= 1 << rng.randrange(8)
        broken.write_bytes(bytes(damaged))
        assert_rejected(team, broken)
    import_bundle(team.b, path)


def test_extra_bytes_after_the_end(team, tmp_path):
    add_person(team.a, "P")
    raw = export_bundle(team.a, team.stick).path.read_bytes()
    longer = tmp_path / "longer.ltbundle"
    longer.write_bytes(raw + b"\0")
    assert_rejected(team, longer, "damaged")


def test_not_a_bundle(team, tmp_path):
    junk = tmp_path / "junk.ltbundle"
    junk.write_bytes(os.urandom(5000))
    assert_rejected(team, junk, "not a Letapis sync bundle")


def test_wrong_team(team):
    add_person(team.a, "P")
    path = export_bundle(team.a, team.stick).path
    assert_rejected(team, path, "not encrypted for this device", vault=team.outsider)


def test_own_bundle(team):
    path = export_bundle(team.a, team.stick).path
    assert_rejected(team, path, "exported by this device", vault=team.a)


def test_sender_not_in_the_team(team):
    from app.sync import roster

    outsider = team.outsider
    roster.add_member(outsider, roster.device_card(team.b)[0])  # knows B, B does not know it
    add_person(outsider, "Intruder")
    path = export_bundle(outsider, team.stick).path
    assert_rejected(team, path, "not in your team")


def test_future_format_versions(team, tmp_path):
    add_person(team.a, "P")
    path = export_bundle(team.a, team.stick).path
    raw = bytearray(path.read_bytes())
    raw[8:10] = (envelope.FORMAT_VERSION + 1).to_bytes(2, "big")
    newer = tmp_path / "newer.ltbundle"
    newer.write_bytes(bytes(raw))
    assert_rejected(team, newer, "newer version of Letapis")
    body = read_body(path, team.b)
    inner = tmp_path / "inner.ltbundle"
    write_body(inner, body, team.a, box_publics(team.a), manifest_edit=lambda m: m.update(format=9))
    assert_rejected(team, inner, "newer version of Letapis")


def test_same_bundle_rewrapped_by_its_sender_is_already_imported(team, tmp_path):
    add_person(team.a, "P")
    path = export_bundle(team.a, team.stick).path
    import_bundle(team.b, path)
    again = tmp_path / "again.ltbundle"
    write_body(again, read_body(path, team.b), team.a, box_publics(team.a))
    before = snapshot(team.b)
    with pytest.raises(BundleAlreadyImported):
        import_bundle(team.b, again)
    assert snapshot(team.b) == before


def test_rewrapped_by_a_recipient_is_refused(team, tmp_path):
    """B may read A's bundle, but cannot pass it off to C as A's (surreptitious forwarding)."""
    add_person(team.a, "P")
    path = export_bundle(team.a, team.stick).path
    forwarded = tmp_path / "forwarded.ltbundle"
    write_body(forwarded, read_body(path, team.b), team.b, box_publics(team.b), resign=False)
    assert_rejected(team, forwarded, "re-wrapped", vault=team.c)


def test_manifest_signed_by_someone_else(team, tmp_path):
    add_person(team.a, "P")
    body = read_body(export_bundle(team.a, team.stick).path, team.c)
    forged = tmp_path / "forged.ltbundle"
    write_body(forged, body, team.c, box_publics(team.c))  # C signs, manifest still says A
    assert_rejected(team, forged, "signature does not match", vault=team.b)


def _a_ops(body) -> list[list]:  # type: ignore[no-untyped-def]
    return [op for batch in body.batches for op in batch if op[0] == body.manifest["sender"]]


def test_bad_origin_signature_inside_a_signed_bundle(team, tmp_path):
    add_person(team.a, "P")
    body = read_body(export_bundle(team.a, team.stick).path, team.b)
    signed = [op for op in _a_ops(body) if op[9] is not None][-1]
    signed[9] = ("0" if signed[9][0] != "0" else "1") + signed[9][1:]
    bad = tmp_path / "badsig.ltbundle"
    write_body(bad, body, team.a, box_publics(team.a))
    assert_rejected(team, bad, "invalid signature")


def test_altered_op_breaks_the_chain(team, tmp_path):
    add_person(team.a, "P")
    body = read_body(export_bundle(team.a, team.stick).path, team.b)
    (create,) = [op for op in _a_ops(body) if op[4] == "person"]
    create[7] = create[7].replace('"P"', '"Q"')
    bad = tmp_path / "altered.ltbundle"
    write_body(bad, body, team.a, box_publics(team.a))
    assert_rejected(team, bad, "out of order or altered|invalid signature")


def test_gap_in_a_feed(team, tmp_path):
    add_person(team.a, "P")
    body = read_body(export_bundle(team.a, team.stick).path, team.b)
    for batch in body.batches:
        batch[:] = [op for op in batch if not (op[0] == body.manifest["sender"] and op[1] == 1)]
    bad = tmp_path / "gap.ltbundle"
    write_body(bad, body, team.a, box_publics(team.a))
    assert_rejected(team, bad, "has not received yet")


def test_unsigned_tail(team, tmp_path):
    with team.a.session() as session, session.begin():
        from app.models import Person

        session.add_all([Person(display_name=f"P{i}") for i in range(3)])  # one commit, 3 ops
    body = read_body(export_bundle(team.a, team.stick).path, team.b)
    last = _a_ops(body)[-1]
    for batch in body.batches:
        if last in batch:
            batch.remove(last)
    bad = tmp_path / "tail.ltbundle"
    write_body(bad, body, team.a, box_publics(team.a))
    assert_rejected(team, bad, "not signed")


def test_equivocation(team, tmp_path):
    twin = open_copy("a", tmp_path / "a-twin")  # the same device, restored and used twice
    try:
        add_person(team.a, "Original")
        add_person(twin, "Other history")
        import_bundle(team.b, export_bundle(team.a, team.stick).path)
        stick = tmp_path / "stick2"
        stick.mkdir()
        assert_rejected(team, export_bundle(twin, stick).path, "two different changes")
    finally:
        twin.lock()


def test_clock_far_in_the_future(team, monkeypatch):
    pid = add_person(team.a, "P")
    real = hlc.now_ms
    monkeypatch.setattr(hlc, "now_ms", lambda: real() + 60 * 86_400_000)
    edit_person(team.a, pid, city="Future")
    monkeypatch.setattr(hlc, "now_ms", real)
    assert_rejected(team, export_bundle(team.a, team.stick).path, "days ahead")


def test_clock_slightly_ahead_is_a_warning(team, monkeypatch):
    real = hlc.now_ms
    monkeypatch.setattr(hlc, "now_ms", lambda: real() + 3 * 86_400_000)
    add_person(team.a, "P")
    monkeypatch.setattr(hlc, "now_ms", real)
    summary = import_bundle(team.b, export_bundle(team.a, team.stick).path)
    assert summary.warnings == ("The clock of Device A is ahead of this computer's.",)


def test_memory_bomb_limits(team, monkeypatch):
    for i in range(3):
        add_person(team.a, f"P{i}")
    path = export_bundle(team.a, team.stick).path
    monkeypatch.setattr(bundles, "MAX_OPS", 2)
    assert_rejected(team, path, "more than 2 changes")
    monkeypatch.undo()
    monkeypatch.setattr(bundles, "MAX_PLAIN_BYTES", 100)
    assert_rejected(team, path, "larger than Letapis accepts")
    monkeypatch.undo()
    monkeypatch.setattr(bundles, "MAX_BUNDLE_BYTES", 100)
    assert_rejected(team, path, "larger than Letapis accepts")


def test_zip_bomb_is_not_inflated(team, tmp_path, monkeypatch):
    """A tiny file that inflates hugely stops at the limit instead of filling memory."""
    body = read_body(export_bundle(team.a, team.stick).path, team.b)
    body.batches.append([["0" * 32, 1, "0" * 64, 0, "x", "y", "z", " " * 3_000_000, None, None]])
    bomb = tmp_path / "bomb.ltbundle"
    write_body(bomb, body, team.a, box_publics(team.a))
    assert bomb.stat().st_size < 200_000
    monkeypatch.setattr(bundles, "MAX_PLAIN_BYTES", 1_000_000)
    assert_rejected(team, bomb, "larger than Letapis accepts")


def test_missing_attachment(team, tmp_path):
    body = read_body(_bundle_with_attachment(team), team.b)
    body.blobs.clear()
    bad = tmp_path / "noblob.ltbundle"
    write_body(bad, body, team.a, box_publics(team.a))
    assert_rejected(team, bad, "missing")


def test_export_failure_leaves_no_file(team, monkeypatch):
    add_person(team.a, "P")

    def broken_close(self) -> None:  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(envelope.EnvelopeWriter, "close", broken_close)
    with pytest.raises(ExportFailed, match="No space left"):
        export_bundle(team.a, team.stick)
    assert list(team.stick.iterdir()) == []


def test_export_is_written_atomically(team, monkeypatch):
    add_person(team.a, "P")
    events: list[str] = []
    real_fsync, real_replace, real_dir = os.fsync, os.replace, bundles.fsync_dir
    monkeypatch.setattr(bundles.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd)))

    def replace(src, dst):  # type: ignore[no-untyped-def]
        assert not Path(dst).exists() and Path(src).name.startswith(".")
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(bundles.os, "replace", replace)
    monkeypatch.setattr(bundles, "fsync_dir", lambda d: (events.append("fsync dir"), real_dir(d)))
    path = export_bundle(team.a, team.stick).path
    assert events[:3] == ["fsync", "rename", "fsync dir"]
    assert import_bundle(team.b, path).applied > 0
