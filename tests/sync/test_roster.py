"""Device cards and the team roster."""

from __future__ import annotations

import json
import re

import pytest
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from app.crypto.identity import CardRejected, DeviceCard, device_id_for
from app.sync import roster
from tests.sync.helpers import Team


def test_card_round_trip_and_fingerprint():
    key, box = SigningKey.generate(), PrivateKey.generate()
    card, raw = DeviceCard.create(key, bytes(box.public_key), "Minsk\nlaptop\x00")
    assert card.label == "Minsk laptop"
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", card.fingerprint)
    assert DeviceCard.from_bytes(raw) == card
    assert card.device_id == device_id_for(bytes(key.verify_key))


@pytest.mark.parametrize("field", ["label", "box_public", "device_id", "signature"])
def test_altered_card_is_refused(field):
    _card, raw = DeviceCard.create(
        SigningKey.generate(), bytes(PrivateKey.generate().public_key), "X"
    )
    doc = json.loads(raw)
    doc[field] = "Y" if field == "label" else ("00" * 32 if field != "signature" else "00" * 64)
    with pytest.raises(CardRejected):
        DeviceCard.from_bytes(json.dumps(doc).encode())


def test_newer_card_format_is_refused():
    _card, raw = DeviceCard.create(
        SigningKey.generate(), bytes(PrivateKey.generate().public_key), "X"
    )
    doc = json.loads(raw)
    doc["version"] = 99
    with pytest.raises(CardRejected, match="newer version"):
        DeviceCard.from_bytes(json.dumps(doc).encode())


def test_add_member_is_idempotent_and_checks_keys(team: Team):
    outsider_card = roster.device_card(team.outsider, "Device D")[0]
    member = roster.add_member(team.a, outsider_card)
    assert member.label == "Device D" and member.fingerprint == outsider_card.fingerprint
    assert roster.add_member(team.a, outsider_card) == member
    with pytest.raises(CardRejected, match="own card"):
        roster.add_member(team.a, roster.device_card(team.a)[0])
    impostor = DeviceCard(
        outsider_card.device_id,
        "D",
        outsider_card.sign_public,
        bytes(PrivateKey.generate().public_key),
    )
    with pytest.raises(CardRejected, match="different encryption key"):
        roster.add_member(team.a, impostor)


def test_revoked_device_cannot_be_added_again(team: Team):
    card_c = roster.device_card(team.c)[0]
    revoked = roster.revoke_member(team.a, card_c.device_id)
    assert revoked.revoked_at is not None and not revoked.active
    with pytest.raises(CardRejected, match="revoked"):
        roster.add_member(team.a, card_c)
    with pytest.raises(roster.RosterError, match="itself"):
        roster.revoke_member(team.a, team.a.device.device_id)


def test_members_list_this_device_first(team: Team):
    members = roster.list_members(team.a)
    assert members[0].is_self
    assert [m.label for m in members[1:]] == ["Device B", "Device C"]
