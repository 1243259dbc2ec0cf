"""Passphrase stretching for key slots.

Argon2id is memory-hard, so a seized laptop's slot file cannot be brute-forced cheaply on GPUs.
Parameters live in each slot, so they can be raised later by re-wrapping without touching data
(app.services.vault re-wraps a slot below the current defaults at unlock: keyslots.needs_upgrade).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16

# RFC 9106's low-memory recommendation is the floor (64 MiB, t=3, p=4). We default to four times
# the memory: about half a second on a 2-core laptop, inside the 1.5 s unlock budget.
FLOOR_MEMORY_KIB = 64 * 1024
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_TIME_COST = 3
DEFAULT_PARALLELISM = 4

# Tests create hundreds of vaults; they may opt into cheap parameters. Never set in production:
# the parameters are recorded in the slot, and a check warns about weak slots.
FAST_KDF_ENV = "LETAPIS_INSECURE_FAST_KDF"


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = DEFAULT_MEMORY_KIB
    time_cost: int = DEFAULT_TIME_COST
    parallelism: int = DEFAULT_PARALLELISM

    @property
    def is_below_floor(self) -> bool:
        return self.memory_kib < FLOOR_MEMORY_KIB or self.time_cost < 3

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> Argon2Params:
        params = cls(int(data["memory_kib"]), int(data["time_cost"]), int(data["parallelism"]))
        if not (8 <= params.memory_kib <= 4 * 1024 * 1024 and 1 <= params.time_cost <= 64):
            raise ValueError("key slot has out-of-range KDF parameters")
        # Argon2 itself requires at least 8 KiB per lane.
        if not 1 <= params.parallelism <= 64 or params.memory_kib < 8 * params.parallelism:
            raise ValueError("key slot has out-of-range KDF parameters")
        return params


def default_params() -> Argon2Params:
    if os.environ.get(FAST_KDF_ENV) == "1":
        return Argon2Params(memory_kib=1024, time_cost=1, parallelism=1)
    return Argon2Params()


def derive_kek(passphrase: str, salt: bytes, params: Argon2Params) -> bytearray:
    """Key-encryption key from a passphrase (NFC-normalised so input methods agree)."""
    import unicodedata

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    raw = hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return bytearray(raw)
