"""Passphrase attacks: per-slot KDF parameters and their upgrade, the wrong-attempt slowdown,
and the recovery key surviving passphrase changes."""

from __future__ import annotations

import json

import pytest

from app import paths
from app.crypto import keyslots, throttle
from app.crypto.kdf import Argon2Params
from app.errors import WrongPassphrase
from app.services import vault as vaultsvc
from tests.conftest import PASSPHRASE


class FakeTime:
    """Injected wall clock and sleep: sleeping advances the clock, nothing really waits."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(throttle, "clock", fake.clock)
    monkeypatch.setattr(throttle, "sleep", fake.sleep)
    return fake


def _slots(vault_dir):
    return keyslots.read_slots(paths.keyslots_path(vault_dir))


def _passphrase_slot(vault_dir) -> keyslots.KeySlot:
    return next(s for s in _slots(vault_dir).slots if s.kind == "passphrase")


# -- KDF parameters: stored per slot, bound to it, upgraded on unlock -----------------------------


def test_kdf_parameters_are_stored_in_each_slot_and_authenticated(vault, vault_dir):
    doc = json.loads(paths.keyslots_path(vault_dir).read_bytes())
    kinds = {slot["kind"]: slot["kdf"] for slot in doc["slots"]}
    assert set(kinds["passphrase"]) == {"argon2id", "memory_kib", "time_cost", "parallelism"}
    assert kinds["recovery"] == {"blake2b": 1}
    # Lowering a stored parameter (to make guessing cheaper) breaks the slot's AEAD tag.
    slot = doc["slots"][[s["kind"] for s in doc["slots"]].index("passphrase")]
    slot["kdf"]["memory_kib"] = 512
    tampered = keyslots.KeySlotFile.from_bytes(json.dumps(doc).encode())
    with pytest.raises(WrongPassphrase):
        keyslots.unlock_with_passphrase(tampered, PASSPHRASE)


def _weaken(vault_dir, params: Argon2Params) -> None:
    slots = _slots(vault_dir)
    key, _slot = keyslots.open_passphrase_slot(slots, PASSPHRASE)
    weak = keyslots.replace_passphrase(slots, key, PASSPHRASE, params)
    keyslots.write_slots(paths.keyslots_path(vault_dir), weak)


def test_weak_slot_is_rewrapped_with_current_parameters_on_unlock(vault, vault_dir, monkeypatch):
    vault.lock()
    _weaken(vault_dir, Argon2Params(64, 1, 1))
    recovery_before = [s for s in _slots(vault_dir).slots if s.kind == "recovery"]
    target = Argon2Params(2048, 2, 1)  # stands in for a future, stronger default
    monkeypatch.setattr(keyslots, "default_params", lambda: target)
    assert keyslots.needs_upgrade(_passphrase_slot(vault_dir))

    vaultsvc.open_vault(vault_dir, PASSPHRASE).lock()

    upgraded = _passphrase_slot(vault_dir)
    assert upgraded.argon2_params() == target
    assert not keyslots.needs_upgrade(upgraded)
    assert [s for s in _slots(vault_dir).slots if s.kind == "recovery"] == recovery_before
    vaultsvc.open_vault(vault_dir, PASSPHRASE).lock()


def test_upgrade_never_lowers_parameters_and_wrong_passphrase_writes_nothing(vault, vault_dir):
    vault.lock()
    _weaken(vault_dir, Argon2Params(4096, 2, 1))  # stronger than the test build's defaults
    before = paths.keyslots_path(vault_dir).read_bytes()
    vaultsvc.open_vault(vault_dir, PASSPHRASE).lock()
    assert paths.keyslots_path(vault_dir).read_bytes() == before
    with pytest.raises(WrongPassphrase):
        vaultsvc.open_vault(vault_dir, "not it at all")
    assert paths.keyslots_path(vault_dir).read_bytes() == before


def test_recovery_key_works_after_passphrase_changes(vault_dir):
    created, code = vaultsvc.create_vault(vault_dir, PASSPHRASE)
    created.lock()
    vaultsvc.change_passphrase(vault_dir, PASSPHRASE, "second passphrase")
    vaultsvc.change_passphrase(vault_dir, "second passphrase", "third passphrase")
    vaultsvc.open_vault(vault_dir, recovery_code=code).lock()
    vaultsvc.reset_passphrase(vault_dir, code, "fourth passphrase")
    vaultsvc.open_vault(vault_dir, "fourth passphrase").lock()
    vaultsvc.open_vault(vault_dir, recovery_code=code).lock()
    for old in (PASSPHRASE, "second passphrase", "third passphrase"):
        with pytest.raises(WrongPassphrase):
            vaultsvc.open_vault(vault_dir, old)


# -- slowing down repeated wrong passphrases ------------------------------------------------------


def test_delay_schedule():
    delays = [throttle.delay_after(n) for n in range(12)]
    assert delays[: throttle.FREE_ATTEMPTS] == [0.0] * throttle.FREE_ATTEMPTS
    assert delays[3:10] == [1, 2, 4, 8, 16, 32, 60]
    assert delays[11] == throttle.MAX_DELAY_SECONDS
    assert throttle.delay_after(10_000) == throttle.MAX_DELAY_SECONDS


def test_throttle_waits_out_the_rest_of_the_delay(tmp_path, fake_time):
    guard = throttle.UnlockThrottle(tmp_path / "attempts.json")
    for _ in range(4):
        guard.failed()
    assert guard.remaining() == 2.0
    fake_time.now += 0.5
    assert guard.remaining() == 1.5
    guard.wait()
    assert fake_time.slept == [1.5]
    assert guard.remaining() == 0
    fake_time.now -= 3600  # a clock set back never stretches the pause beyond one delay
    assert guard.remaining() == 2.0
    guard.succeeded()
    assert guard.failures() == 0 and not (tmp_path / "attempts.json").exists()


def test_damaged_counter_does_not_reset_the_count(tmp_path, fake_time):
    path = tmp_path / "attempts.json"
    path.write_bytes(b"\x00garbage")
    guard = throttle.UnlockThrottle(path)
    assert guard.failures() > throttle.FREE_ATTEMPTS
    assert guard.remaining() > 0


def test_wrong_passphrases_are_slowed_down_across_restarts(vault, vault_dir, fake_time):
    vault.lock()
    for attempt in range(6):
        with pytest.raises(WrongPassphrase) as info:
            vaultsvc.open_vault(vault_dir, f"guess number {attempt}")
    assert "waits 8 s" in str(info.value)
    # Three free attempts, then pauses before the 4th, 5th and 6th.
    assert fake_time.slept == [1.0, 2.0, 4.0]
    counter = paths.unlock_attempts_path(_slots(vault_dir).vault_id)
    assert json.loads(counter.read_bytes()) == {"failures": 6, "last": fake_time.now}
    assert PASSPHRASE.encode() not in counter.read_bytes()
    # The right passphrase still has to wait its turn, then opens and resets the count.
    vaultsvc.open_vault(vault_dir, PASSPHRASE).lock()
    assert fake_time.slept == [1.0, 2.0, 4.0, 8.0]
    assert not counter.exists()
    vaultsvc.open_vault(vault_dir, PASSPHRASE).lock()
    assert fake_time.slept == [1.0, 2.0, 4.0, 8.0]


def test_recovery_key_and_passphrase_change_are_throttled_too(vault, vault_dir, fake_time):
    vault.lock()
    for _ in range(throttle.FREE_ATTEMPTS + 1):
        with pytest.raises(WrongPassphrase):
            vaultsvc.change_passphrase(vault_dir, "wrong old passphrase", "whatever new one")
    with pytest.raises(WrongPassphrase):
        vaultsvc.open_vault(vault_dir, recovery_code="AAAAA-BBBBB")
    assert fake_time.slept == [1.0, 2.0]  # one counter for every way in


def test_first_wrong_passphrase_message_is_unchanged(vault, vault_dir, fake_time):
    vault.lock()
    with pytest.raises(WrongPassphrase) as info:
        vaultsvc.open_vault(vault_dir, "one typo only")
    assert str(info.value) == "Wrong passphrase: the vault was not opened."
