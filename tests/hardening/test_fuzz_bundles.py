"""Hostile sync bundles: a stick may carry anything, from a damaged copy to a crafted attack.

Contract: ``import_bundle`` merges a bundle or raises ``BundleRejected`` with a one-line reason,
and after a rejection the vault is byte-for-byte the same (every table, every op). Three layers
are attacked: the file bytes (envelope), well-encrypted but malformed content (anyone holding
this device's card can encrypt to it), and well-signed content from a team member with
malformed changes inside.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.crypto.bundle import EnvelopeReader, EnvelopeWriter
from app.errors import BundleRejected
from app.sync.bundles import (
    KIND_BLOB,
    KIND_END,
    KIND_MANIFEST,
    KIND_OPS,
    KIND_SIGNATURE,
    SIGNATURE_DOMAIN,
    export_bundle,
    import_bundle,
)
from tests.hardening.fuzzing import EDITS_STRATEGY_ARGS, fuzz_settings, mutate, time_limit
from tests.sync.helpers import (
    Body,
    Team,
    add_person,
    box_publics,
    box_secret,
    make_team,
    read_body,
    snapshot,
)

pytestmark = pytest.mark.slow  # seconds per target; CI runs the small default count

_RECORD = struct.Struct(">BI")
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=70),
    lambda inner: st.lists(inner, max_size=10) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=30,
)
EDITS = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 1 << 24), st.integers(0, 255)),
    **EDITS_STRATEGY_ARGS,
)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Team, Path, Body]]:
    team = make_team(tmp_path_factory.mktemp("fuzz-team"))
    add_person(team.a, "Fuzz Target")
    bundle = export_bundle(team.a, team.stick).path
    body = read_body(bundle, team.b)
    yield team, bundle, body
    team.close()


def _imported(team: Team, path: Path) -> bool:
    """True if the bundle merged; on a rejection, checks the message and that nothing changed."""
    before = snapshot(team.b)
    with time_limit(20):
        try:
            import_bundle(team.b, path)
        except BundleRejected as exc:
            assert str(exc) and "\n" not in str(exc)
            assert snapshot(team.b) == before
            return False
    return True


def _rejected(team: Team, path: Path) -> None:
    assert not _imported(team, path), "a hostile bundle was imported"


def _write_signed(
    path: Path, team: Team, manifest: dict[str, Any], batches: Any, *, fresh_id: bool = True
) -> None:
    """Encrypt and sign (as team member a) exactly these batches, whatever their shape; a
    fresh bundle id keeps later examples from stopping at "already imported"."""
    with open(path, "wb") as fh:
        writer = EnvelopeWriter(fh, box_publics(team.a))
        payloads = [json.dumps(b, separators=(",", ":")).encode() for b in batches]
        digest = hashlib.blake2b(digest_size=32)
        for payload in payloads:
            digest.update(_RECORD.pack(KIND_OPS, len(payload)) + payload)
        doc = {
            **manifest,
            "header": hashlib.blake2b(writer.header, digest_size=32).hexdigest(),
            "ops": sum(len(b) if isinstance(b, list) else 1 for b in batches),
            "ops_hash": digest.hexdigest(),
        }
        if fresh_id:
            doc["bundle_id"] = secrets.token_hex(16)
        raw = json.dumps(doc, separators=(",", ":"), sort_keys=True).encode()
        signature = team.a.device.signing_key.sign(SIGNATURE_DOMAIN + raw).signature
        for kind, payload in ((KIND_MANIFEST, raw), (KIND_SIGNATURE, signature)):
            writer.write(_RECORD.pack(kind, len(payload)) + payload)
        for payload in payloads:
            writer.write(_RECORD.pack(KIND_OPS, len(payload)) + payload)
        writer.write(_RECORD.pack(KIND_END, 0))
        writer.close()


@fuzz_settings(120, deadline_ms=10_000)
@given(edits=EDITS)
def test_mutated_bundle_file_is_rejected_whole(setup, tmp_path_factory, edits):
    team, bundle, _body = setup
    original = bundle.read_bytes()
    raw = mutate(original, edits)
    assume(raw != original)
    path = tmp_path_factory.mktemp("mut") / "x.ltbundle"
    path.write_bytes(raw)
    _rejected(team, path)


RECORD_KINDS = st.sampled_from([KIND_END, KIND_MANIFEST, KIND_SIGNATURE, KIND_OPS, KIND_BLOB, 9])
PAYLOADS = st.one_of(
    st.binary(max_size=300),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.integers(1, 50_000).map(lambda n: b"[" * n),
    st.integers(1, 50_000).map(lambda n: b'{"a":' * n),
)


@fuzz_settings(120, deadline_ms=10_000)
@given(
    records=st.lists(st.tuples(RECORD_KINDS, PAYLOADS, st.integers(-3, 3)), max_size=6),
    tail=st.binary(max_size=20),
)
def test_encrypted_garbage_content_is_rejected(setup, tmp_path_factory, records, tail):
    """Correctly encrypted to this device, but the records inside are anything at all."""
    team, _bundle, _body = setup
    path = tmp_path_factory.mktemp("enc") / "x.ltbundle"
    with open(path, "wb") as fh:
        writer = EnvelopeWriter(fh, box_publics(team.a))
        for kind, payload, skew in records:
            length = max(0, len(payload) + skew)
            writer.write(_RECORD.pack(kind, length) + payload)
        writer.write(tail)
        writer.close()
    _rejected(team, path)


def _with_batches(body: Body, batches: Any) -> Body:
    changed = copy.deepcopy(body)
    changed.batches = batches
    return changed


OP_FIELD = st.integers(0, 9)


@fuzz_settings(120, deadline_ms=10_000)
@given(data=st.data())
def test_signed_manifest_with_malformed_changes_is_rejected(setup, tmp_path_factory, data):
    """Signed by a team member (a, re-signed after every edit): only the changes are hostile."""
    team, _bundle, body = setup
    batches = copy.deepcopy(body.batches)
    how = data.draw(st.sampled_from(["field", "replace_op", "replace_batch", "drop", "swap"]))
    batch = data.draw(st.integers(0, len(batches) - 1))
    op = data.draw(st.integers(0, len(batches[batch]) - 1))
    if how == "field":
        batches[batch][op][data.draw(OP_FIELD)] = data.draw(JSON_VALUES)
    elif how == "replace_op":
        batches[batch][op] = data.draw(JSON_VALUES)
    elif how == "replace_batch":
        batches[batch] = data.draw(JSON_VALUES)
    elif how == "drop":
        del batches[batch][op]
    else:
        other = data.draw(st.integers(0, len(batches[batch]) - 1))
        assume(other != op)
        ops = batches[batch]
        ops[op], ops[other] = ops[other], ops[op]
    assume(batches != body.batches)
    path = tmp_path_factory.mktemp("signed") / "x.ltbundle"
    _write_signed(path, team, body.manifest, batches)
    if _imported(team, path):
        # The sender signed it, so a well-formed subset (an empty bundle, a shorter chain) is
        # legitimate, and so is a missing signature on an op that is not the last of its run
        # (the hash chain up to the signed last op covers it); but no change that was not in the
        # original, signed ones may arrive.
        original = {json.dumps(op[:9]) for batch in body.batches for op in batch}
        assert all(json.dumps(op[:9]) in original for batch in batches for op in batch)


@fuzz_settings(120, deadline_ms=10_000)
@given(
    key=st.sampled_from(["format", "bundle_id", "sender", "vector", "blobs"]),
    value=JSON_VALUES,
)
def test_signed_manifest_with_malformed_fields_is_rejected(setup, tmp_path_factory, key, value):
    team, _bundle, body = setup
    assume(value != body.manifest.get(key))  # an equal value is no attack (True == 1 too)
    path = tmp_path_factory.mktemp("manifest") / "x.ltbundle"
    manifest = {**body.manifest, key: value}
    _write_signed(path, team, manifest, body.batches, fresh_id=key != "bundle_id")
    if _imported(team, path):
        # Only the sender's claimed knowledge may legitimately differ (it is advisory).
        assert key == "vector" and isinstance(value, dict)


@fuzz_settings()
@given(raw=st.binary(max_size=600))
def test_envelope_reader_on_random_bytes(setup, raw):
    team, _bundle, _body = setup
    with time_limit():
        try:
            reader = EnvelopeReader(io.BytesIO(raw), box_secret(team.b), max_plain=1 << 20)
            reader.read_exact(16)
            reader.finish()
        except BundleRejected as exc:
            assert str(exc)
        else:
            raise AssertionError("random bytes decrypted")


def test_the_untouched_bundle_still_imports(setup):
    """Last: proves the rejections above were not caused by a broken fixture."""
    team, bundle, _body = setup
    summary = import_bundle(team.b, bundle)
    assert summary.total > 0
    assert summary.applied + summary.already_known == summary.total


def _encrypted_records(path: Path, team: Team, records: list[tuple[int, bytes]]) -> None:
    with open(path, "wb") as fh:
        writer = EnvelopeWriter(fh, box_publics(team.a))
        for kind, payload in records:
            writer.write(_RECORD.pack(kind, len(payload)) + payload)
        writer.close()


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_deeply_nested_manifest_is_rejected(setup, tmp_path, depth):
    team, _bundle, _body = setup
    path = tmp_path / "deep.ltbundle"
    _encrypted_records(path, team, [(KIND_MANIFEST, b"[" * depth), (KIND_SIGNATURE, bytes(64))])
    _rejected(team, path)


@pytest.mark.parametrize(
    "batches",
    [
        [[[["not", "an", "origin"], 1, "0" * 64, 1, "person", "x", "f", "v", None, None]]],
        [json.loads("[" * 500 + "]" * 500)],
    ],
)
def test_found_by_fuzzing_signed_batches(setup, tmp_path, batches):
    """A list where a device id belongs made an unhashable-type TypeError escape."""
    team, _bundle, body = setup
    path = tmp_path / "x.ltbundle"
    _write_signed(path, team, body.manifest, batches)
    _rejected(team, path)


def test_deeply_nested_batch_is_rejected(setup, tmp_path):
    team, _bundle, body = setup
    path = tmp_path / "x.ltbundle"
    with open(path, "wb") as fh:
        writer = EnvelopeWriter(fh, box_publics(team.a))
        payload = b"[" * 100_000
        digest = hashlib.blake2b(_RECORD.pack(KIND_OPS, len(payload)) + payload, digest_size=32)
        doc = {
            **body.manifest,
            "header": hashlib.blake2b(writer.header, digest_size=32).hexdigest(),
            "ops": 1,
            "ops_hash": digest.hexdigest(),
            "bundle_id": secrets.token_hex(16),
        }
        manifest = json.dumps(doc, separators=(",", ":"), sort_keys=True).encode()
        signature = team.a.device.signing_key.sign(SIGNATURE_DOMAIN + manifest).signature
        for kind, data in ((KIND_MANIFEST, manifest), (KIND_SIGNATURE, signature)):
            writer.write(_RECORD.pack(kind, len(data)) + data)
        writer.write(_RECORD.pack(KIND_OPS, len(payload)) + payload)
        writer.write(_RECORD.pack(KIND_END, 0))
        writer.close()
    _rejected(team, path)
