"""LUKS/KeePassXC-style key slots for the vault's data key.

The data key (DK) is 32 random bytes and is the raw SQLCipher key. Each slot wraps DK with
XChaCha20-Poly1305 under a key-encryption key (KEK): Argon2id of the passphrase, or BLAKE2b of a
high-entropy printed recovery key. Consequences that matter to documenters:

* changing the passphrase re-wraps 32 bytes: instant, no re-encryption of the database;
* a failed AEAD tag is a definite "wrong passphrase", decided before SQLCipher ever runs, so a
  wrong passphrase can never be mistaken for corruption (and vice versa);
* the AAD binds the vault id, slot id and KDF parameters, so a tampered parameter or a slot file
  swapped in from another vault fails cleanly;
* destroying the slot file crypto-shreds the vault.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError

from app.crypto.atomic import write_atomic
from app.crypto.kdf import SALT_BYTES, Argon2Params, default_params, derive_kek
from app.errors import VaultCorrupt, WrongPassphrase

FORMAT_VERSION = 1
MAGIC = "letapis-keyslots"
DATA_KEY_BYTES = 32
NONCE_BYTES = 24
TAG_BYTES = 16  # Poly1305

SlotKind = Literal["passphrase", "recovery"]

RECOVERY_SECRET_BYTES = 20  # 160 bits: far beyond brute force, so no stretching is needed
RECOVERY_CHECK_BYTES = 5  # catches typos before we report "wrong recovery key"
RECOVERY_GROUP = 5


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: SlotKind
    kdf: dict[str, int]
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "kdf": self.kdf,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ct": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KeySlot:
        kind = data["kind"]
        if kind not in ("passphrase", "recovery"):
            raise ValueError("unknown slot kind")
        kdf = data["kdf"]
        if not isinstance(kdf, dict) or not all(type(v) is int for v in kdf.values()):
            raise ValueError("bad kdf")
        slot = cls(
            slot_id=str(data["id"]),
            kind=kind,  # type: ignore[arg-type]
            kdf={str(k): v for k, v in kdf.items()},
            salt=_unb64(str(data["salt"])),
            nonce=_unb64(str(data["nonce"])),
            ciphertext=_unb64(str(data["ct"])),
        )
        # Sizes are fixed by the primitives: checking them here turns a damaged slot into
        # VaultCorrupt instead of a library error deep inside Argon2 or libsodium.
        if (
            len(slot.salt) != SALT_BYTES
            or len(slot.nonce) != NONCE_BYTES
            or len(slot.ciphertext) != DATA_KEY_BYTES + TAG_BYTES
        ):
            raise ValueError("bad slot sizes")
        if kind == "passphrase":
            slot.argon2_params()  # raises ValueError when out of range
        return slot

    def argon2_params(self) -> Argon2Params:
        """The Argon2id parameters this passphrase slot was made with (stored per slot)."""
        if self.kdf.get("argon2id") != 1:
            raise ValueError("not an Argon2id slot")
        return Argon2Params.from_dict({k: v for k, v in self.kdf.items() if k != "argon2id"})


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)

    def to_bytes(self) -> bytes:
        doc = {
            "magic": MAGIC,
            "format": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        try:
            doc = json.loads(raw.decode("ascii"))
            if not isinstance(doc, dict) or doc.get("magic") != MAGIC:
                raise ValueError("not a key-slot file")
            if type(doc["format"]) is not int or not isinstance(doc["slots"], list):
                raise ValueError("bad key-slot file")
            if doc["format"] > FORMAT_VERSION:
                raise VaultCorrupt(
                    "The key-slot file was written by a newer Letapis; update the app to open it."
                )
            slots = tuple(KeySlot.from_json(s) for s in doc["slots"])
            return cls(vault_id=str(uuid.UUID(str(doc["vault_id"]))), slots=slots)
        except VaultCorrupt:
            raise
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            # RecursionError: deeply nested JSON, e.g. a file overwritten with "[[[[...".
            raise VaultCorrupt(
                "The vault's key-slot file is damaged; restore it from a copy of the vault folder."
            ) from exc

    def with_slot(self, slot: KeySlot) -> KeySlotFile:
        return replace(self, slots=(*self.slots, slot))

    def without_kind(self, kind: SlotKind) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))


def _aad(vault_id: str, slot_id: str, kind: str, kdf: dict[str, int]) -> bytes:
    return json.dumps(
        [FORMAT_VERSION, vault_id, slot_id, kind, sorted(kdf.items())], separators=(",", ":")
    ).encode("ascii")


def _recovery_kek(secret: bytes, salt: bytes) -> bytearray:
    return bytearray(
        hashlib.blake2b(secret, digest_size=32, salt=salt, person=b"letapis-recovery").digest()
    )


def _seal(
    vault_id: str,
    kind: SlotKind,
    kek: bytearray,
    kdf: dict[str, int],
    salt: bytes,
    data_key: bytes | bytearray,
) -> KeySlot:
    slot_id = uuid.uuid4().hex
    nonce = secrets.token_bytes(NONCE_BYTES)
    ct = crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(data_key), _aad(vault_id, slot_id, kind, kdf), nonce, bytes(kek)
    )
    kek[:] = bytes(len(kek))
    return KeySlot(slot_id, kind, kdf, salt, nonce, ct)


def _open(vault_id: str, slot: KeySlot, kek: bytearray) -> bytearray | None:
    try:
        plain = crypto_aead_xchacha20poly1305_ietf_decrypt(
            slot.ciphertext,
            _aad(vault_id, slot.slot_id, slot.kind, slot.kdf),
            slot.nonce,
            bytes(kek),
        )
    except CryptoError:
        return None
    finally:
        kek[:] = bytes(len(kek))
    return bytearray(plain)


def passphrase_slot(
    vault_id: str, passphrase: str, data_key: bytes | bytearray, params: Argon2Params | None = None
) -> KeySlot:
    params = params or default_params()
    salt = secrets.token_bytes(SALT_BYTES)
    kek = derive_kek(passphrase, salt, params)
    kdf = {"argon2id": 1, **params.to_dict()}
    return _seal(vault_id, "passphrase", kek, kdf, salt, data_key)


def recovery_slot(vault_id: str, recovery_code: str, data_key: bytes | bytearray) -> KeySlot:
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _recovery_kek(parse_recovery_code(recovery_code), salt)
    return _seal(vault_id, "recovery", kek, {"blake2b": 1}, salt, data_key)


def new_recovery_code() -> str:
    """A printable recovery key: 160 random bits plus a checksum, grouped base32."""
    secret = secrets.token_bytes(RECOVERY_SECRET_BYTES)
    check = hashlib.blake2b(secret, digest_size=RECOVERY_CHECK_BYTES).digest()
    text = base64.b32encode(secret + check).decode("ascii")
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def parse_recovery_code(code: str) -> bytes:
    """Accepts the code with any spacing, dashes or case, and common digit/letter mix-ups."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    try:
        raw = base64.b32decode(cleaned)
    except (ValueError, base64.binascii.Error) as exc:
        raise WrongPassphrase("That is not a valid recovery key: check it for typos.") from exc
    secret, check = raw[:RECOVERY_SECRET_BYTES], raw[RECOVERY_SECRET_BYTES:]
    if (
        len(raw) != RECOVERY_SECRET_BYTES + RECOVERY_CHECK_BYTES
        or hashlib.blake2b(secret, digest_size=RECOVERY_CHECK_BYTES).digest() != check
    ):
        raise WrongPassphrase("That is not a valid recovery key: check it for typos.")
    return secret


def create_slots(
    passphrase: str, params: Argon2Params | None = None
) -> tuple[KeySlotFile, bytearray, str]:
    """New vault keys: (slot file, data key, recovery code to show the user once)."""
    vault_id = str(uuid.uuid4())
    data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
    code = new_recovery_code()
    slots = KeySlotFile(vault_id).with_slot(passphrase_slot(vault_id, passphrase, data_key, params))
    slots = slots.with_slot(recovery_slot(vault_id, code, data_key))
    return slots, data_key, code


def unlock_with_passphrase(slots: KeySlotFile, passphrase: str) -> bytearray:
    return open_passphrase_slot(slots, passphrase)[0]


def open_passphrase_slot(slots: KeySlotFile, passphrase: str) -> tuple[bytearray, KeySlot]:
    """The data key and the slot that opened it (so its KDF parameters can be upgraded)."""
    for slot in slots.slots:
        if slot.kind != "passphrase":
            continue
        key = _open(slots.vault_id, slot, derive_kek(passphrase, slot.salt, slot.argon2_params()))
        if key is not None:
            return key, slot
    raise WrongPassphrase()


def needs_upgrade(slot: KeySlot, target: Argon2Params | None = None) -> bool:
    """True if a passphrase slot's Argon2id cost is below today's defaults.

    Parameters only ever go up: a slot made on a stronger machine (or with real parameters while
    a test build runs with cheap ones) is left as it is.
    """
    if slot.kind != "passphrase":
        return False
    target = target or default_params()
    params = slot.argon2_params()
    return params.memory_kib < target.memory_kib or params.time_cost < target.time_cost


def upgrade_slot(
    slots: KeySlotFile,
    slot: KeySlot,
    passphrase: str,
    data_key: bytes | bytearray,
    params: Argon2Params | None = None,
) -> KeySlotFile:
    """Re-wrap one passphrase slot under current KDF parameters (called right after it opened,
    while the passphrase is at hand); every other slot is kept as it is."""
    fresh = passphrase_slot(slots.vault_id, passphrase, data_key, params)
    kept = tuple(s for s in slots.slots if s.slot_id != slot.slot_id)
    return replace(slots, slots=(*kept, fresh))


def unlock_with_recovery(slots: KeySlotFile, recovery_code: str) -> bytearray:
    secret = parse_recovery_code(recovery_code)
    for slot in slots.slots:
        if slot.kind != "recovery":
            continue
        key = _open(slots.vault_id, slot, _recovery_kek(secret, slot.salt))
        if key is not None:
            return key
    raise WrongPassphrase("Wrong recovery key: the vault was not opened.")


def replace_passphrase(
    slots: KeySlotFile,
    data_key: bytes | bytearray,
    new_passphrase: str,
    params: Argon2Params | None = None,
) -> KeySlotFile:
    """Swap every passphrase slot for one new slot; recovery slots stay valid."""
    new = passphrase_slot(slots.vault_id, new_passphrase, data_key, params)
    return slots.without_kind("passphrase").with_slot(new)


def replace_recovery(slots: KeySlotFile, data_key: bytes | bytearray) -> tuple[KeySlotFile, str]:
    code = new_recovery_code()
    return slots.without_kind("recovery").with_slot(
        recovery_slot(slots.vault_id, code, data_key)
    ), code


def read_slots(path: Path) -> KeySlotFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise VaultCorrupt(
            "The vault's key-slot file (keyslots.bin) is missing; without it the vault cannot be "
            "decrypted. Restore it from a copy of the vault folder."
        ) from exc
    return KeySlotFile.from_bytes(raw)


def write_slots(path: Path, slots: KeySlotFile) -> None:
    write_atomic(path, slots.to_bytes())


def weak_slots(slots: KeySlotFile) -> list[str]:
    """Slot ids whose KDF parameters are below the RFC 9106 floor (e.g. made by a test build)."""
    weak = []
    for slot in slots.slots:
        if slot.kind == "passphrase" and slot.argon2_params().is_below_floor:
            weak.append(slot.slot_id)
    return weak
