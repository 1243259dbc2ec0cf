"""Hostile device cards: a card travels over messengers and sticks, so anything may arrive.

Contract: ``DeviceCard.from_bytes`` returns a verified card or raises ``CardRejected`` with a
one-line message; adding a rejected card leaves the vault unchanged.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from app.crypto.identity import DeviceCard
from app.errors import CardRejected
from tests.hardening.fuzzing import EDITS_STRATEGY_ARGS, fuzz_settings, mutate, time_limit

_KEY = SigningKey(b"\x01" * 32)
_CARD, VALID = DeviceCard.create(_KEY, bytes(PrivateKey(b"\x02" * 32).public_key), "Device A")
EDITS = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 1 << 20), st.integers(0, 255)),
    **EDITS_STRATEGY_ARGS,
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
FIELDS = ("format", "version", "device_id", "label", "sign_public", "box_public", "signature")


def _read(raw: bytes) -> DeviceCard | None:
    with time_limit():
        try:
            return DeviceCard.from_bytes(raw)
        except CardRejected as exc:
            assert str(exc) and "\n" not in str(exc)
            return None


def test_the_valid_card_reads():
    assert _read(VALID) == _CARD


@fuzz_settings()
@given(EDITS)
def test_mutated_card_is_rejected_or_unchanged(edits):
    card = _read(mutate(VALID, edits))
    if card is not None:  # e.g. whitespace edits: then it must still be exactly this card
        assert (card.device_id, card.sign_public, card.box_public) == (
            _CARD.device_id,
            _CARD.sign_public,
            _CARD.box_public,
        )


@fuzz_settings()
@given(st.sampled_from(FIELDS), JSON_VALUES)
def test_any_field_replaced_by_any_json_is_rejected(name, value):
    doc = json.loads(VALID)
    doc[name] = value
    card = _read(json.dumps(doc).encode())
    if card is not None:
        assert card.sign_public == _CARD.sign_public


@fuzz_settings()
@given(st.binary(max_size=2048))
def test_random_bytes_are_rejected(raw):
    assert _read(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 15000,
        b'{"format": "letapis-device-card", "version": 1e999}',
        b'{"format": "letapis-device-card", "version": NaN}',
        b'{"format": "letapis-device-card", "version": [1]}',
        b'{"format": "letapis-device-card", "version": "1", "sign_public": 5}',
    ],
)
def test_found_by_fuzzing(raw):
    assert _read(raw) is None
