"""Hostile vault headers: the key-slot file and the first bytes of the database.

A damaged or tampered ``keyslots.bin`` must read as ``VaultCorrupt`` (or, for an intact file
under the wrong passphrase, ``WrongPassphrase``), never as a library error; a damaged database
header must never be mistaken for a wrong passphrase; and a failed open changes no byte in the
vault folder.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app import paths
from app.crypto import keyslots
from app.errors import LetapisError, VaultCorrupt, WrongPassphrase
from app.services.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.hardening.fuzzing import EDITS_STRATEGY_ARGS, fuzz_settings, mutate, time_limit

EDITS = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 1 << 16), st.integers(0, 255)),
    **EDITS_STRATEGY_ARGS,
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
SLOTS, _KEY, _CODE = keyslots.create_slots(PASSPHRASE)
VALID = SLOTS.to_bytes()


def _parse(raw: bytes) -> keyslots.KeySlotFile | None:
    with time_limit():
        try:
            return keyslots.KeySlotFile.from_bytes(raw)
        except VaultCorrupt as exc:
            assert "key-slot file" in str(exc)
            return None


def _unlock(slots: keyslots.KeySlotFile) -> None:
    with time_limit():
        try:
            keyslots.unlock_with_passphrase(slots, PASSPHRASE)
            keyslots.unlock_with_recovery(slots, _CODE)
        except (WrongPassphrase, VaultCorrupt) as exc:
            assert str(exc)


@fuzz_settings()
@given(EDITS)
def test_mutated_slot_file_is_corrupt_or_refuses_cleanly(edits):
    parsed = _parse(mutate(VALID, edits))
    if parsed is not None:
        _unlock(parsed)


@fuzz_settings()
@given(
    where=st.sampled_from(["top", "slot", "kdf"]),
    name=st.sampled_from(
        ["magic", "format", "vault_id", "slots", "id", "kind", "kdf", "salt", "nonce", "ct",
         "memory_kib", "time_cost", "parallelism", "argon2id"]
    ),
    value=JSON_VALUES,
)  # fmt: skip
def test_any_field_replaced_by_any_json(where, name, value):
    doc = json.loads(VALID)
    target = {"top": doc, "slot": doc["slots"][0], "kdf": doc["slots"][0]["kdf"]}[where]
    target[name] = value
    parsed = _parse(json.dumps(doc).encode())
    if parsed is not None:
        _unlock(parsed)


@fuzz_settings()
@given(st.binary(max_size=1024))
def test_random_bytes_are_a_damaged_slot_file(raw):
    assert _parse(raw) is None


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(slots="x"),
        lambda d: d.update(format=1e999),
        lambda d: d["slots"][0]["kdf"].update(memory_kib=16, parallelism=4),
        lambda d: d["slots"][0]["kdf"].update(memory_kib=1e999),
        lambda d: d["slots"][0].update(salt="AAAA"),
        lambda d: d["slots"][0].update(nonce="AAAA"),
        lambda d: d["slots"][0]["kdf"].pop("time_cost"),
    ],
)
def test_found_by_fuzzing(edit):
    doc = json.loads(VALID)
    edit(doc)
    assert _parse(json.dumps(doc).encode()) is None


def test_deeply_nested_slot_file():
    assert _parse(b"[" * 50_000) is None


# -- a whole vault: a failed open leaves every byte as it was ------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    directory = tmp_path_factory.mktemp("header") / "vault"
    vault, _code = create_vault(directory, PASSPHRASE)
    vault.lock()
    yield directory


def _folder_bytes(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes() for p in directory.rglob("*") if p.is_file()
    }


@fuzz_settings(60, deadline_ms=10_000)
@given(target=st.sampled_from(["keyslots", "database"]), edits=EDITS)
def test_open_with_a_damaged_header_fails_cleanly_and_changes_nothing(
    template, tmp_path_factory, target, edits
):
    directory = tmp_path_factory.mktemp("open") / "vault"
    shutil.copytree(template, directory)
    path = paths.keyslots_path(directory) if target == "keyslots" else paths.db_path(directory)
    raw = path.read_bytes()
    # The database header: the first page (SQLCipher's salt and the first HMAC-protected page).
    damaged = mutate(raw, edits) if target == "keyslots" else mutate(raw[:4096], edits) + raw[4096:]
    assume(damaged != raw)
    path.write_bytes(damaged)
    before = _folder_bytes(directory)
    with time_limit(20):
        try:
            vault = open_vault(directory, PASSPHRASE)
        except LetapisError as exc:
            assert str(exc) and "\n" not in str(exc)
            if target == "database":
                assert not isinstance(exc, WrongPassphrase)
            assert _folder_bytes(directory) == before
        else:  # e.g. whitespace in the JSON slot file: then it must be the same vault
            vault.lock()
            assert target == "keyslots"
