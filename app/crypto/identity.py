"""Device identities and the "device card" people swap to form a team.

A device has two independent key pairs (never converted into each other): Ed25519 to sign its op
feed and bundles, X25519 to receive bundle file keys. Its id is a hash of the signing key, so an
id cannot be claimed without the key. A card carries both public keys, is self-signed (proof that
whoever made it holds the signing key, and that the encryption key belongs with it), and shows a
fingerprint over both keys that the two people compare by phone or in person: the card itself
travels over untrusted channels (messengers, sticks), the fingerprint check is what makes it safe.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from app.crypto.atomic import write_atomic
from app.errors import (
    CardRejected,
)

CARD_MAGIC = "letapis-device-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 16 * 1024
MAX_LABEL_CHARS = 200
KEY_BYTES = 32
SIGNATURE_BYTES = 64
FINGERPRINT_BYTES = 16  # 128 bits: a forged card would need a second preimage
FINGERPRINT_GROUP = 4


def device_id_for(sign_public: bytes) -> str:
    """The stable id of a device: BLAKE2b-128 of its Ed25519 public key (hex)."""
    return hashlib.blake2b(sign_public, digest_size=16).hexdigest()


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """Both public keys hashed, as upper-case hex in groups of four ("3F2A 9C01 ...").

    Grouped hex reads well over the phone in any of the team's languages (digits and A-F only).
    """
    digest = hashlib.blake2b(
        sign_public + box_public, digest_size=FINGERPRINT_BYTES, person=b"letapis-card"
    ).hexdigest()
    text = digest.upper()
    return " ".join(text[i : i + FINGERPRINT_GROUP] for i in range(0, len(text), FINGERPRINT_GROUP))


def short_id(device_id: str) -> str:
    """First eight hex digits: enough to tell team devices apart in file names and lists."""
    return device_id[:8]


def _signed_part(device_id: str, label: str, sign_public: bytes, box_public: bytes) -> bytes:
    return json.dumps(
        [CARD_MAGIC, CARD_VERSION, device_id, label, sign_public.hex(), box_public.hex()],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


@dataclass(frozen=True)
class DeviceCard:
    device_id: str
    label: str
    sign_public: bytes
    box_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public)

    @classmethod
    def create(
        cls, signing_key: SigningKey, box_public: bytes, label: str
    ) -> tuple[DeviceCard, bytes]:
        """The card of this device and its file bytes (JSON, self-signed)."""
        sign_public = bytes(signing_key.verify_key)
        card = cls(device_id_for(sign_public), _clean_label(label), sign_public, box_public)
        signature = signing_key.sign(
            _signed_part(card.device_id, card.label, sign_public, box_public)
        ).signature
        doc = {
            "format": CARD_MAGIC,
            "version": CARD_VERSION,
            "device_id": card.device_id,
            "label": card.label,
            "sign_public": sign_public.hex(),
            "box_public": box_public.hex(),
            "fingerprint": card.fingerprint,
            "signature": signature.hex(),
        }
        return card, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> DeviceCard:
        if len(raw) > MAX_CARD_BYTES:
            raise CardRejected("This file is too large to be a Letapis device card.")
        try:
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != CARD_MAGIC:
                raise CardRejected("This file is not a Letapis device card.")
            version = doc["version"]
            if type(version) is not int:
                raise TypeError("card version is not a whole number")
            if version > CARD_VERSION:
                raise CardRejected(
                    "This device card was made by a newer version of Letapis; update the app."
                )
            sign_public = bytes.fromhex(str(doc["sign_public"]))
            box_public = bytes.fromhex(str(doc["box_public"]))
            signature = bytes.fromhex(str(doc["signature"]))
            label = _clean_label(str(doc.get("label", "")))
            device_id = str(doc["device_id"])
        except CardRejected:
            raise
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            # RecursionError: deeply nested JSON ("[[[[..."), found by fuzzing.
            raise CardRejected("The device card is damaged; ask for a new copy.") from exc
        if (
            len(sign_public) != KEY_BYTES
            or len(box_public) != KEY_BYTES
            or len(signature) != SIGNATURE_BYTES
        ):
            raise CardRejected("The device card is damaged; ask for a new copy.")
        if device_id != device_id_for(sign_public):
            raise CardRejected("The device card's id does not match its key: it was altered.")
        try:
            VerifyKey(sign_public).verify(
                _signed_part(device_id, label, sign_public, box_public), signature
            )
        except BadSignatureError as exc:
            raise CardRejected("The device card's signature is invalid: it was altered.") from exc
        return cls(device_id, label, sign_public, box_public)

    @classmethod
    def read(cls, path: Path) -> DeviceCard:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_CARD_BYTES + 1)
        except OSError as exc:
            raise CardRejected(f"Cannot read the device card {path.name}: {exc.strerror}.") from exc
        return cls.from_bytes(raw)


def write_card(path: Path, card_bytes: bytes) -> None:
    write_atomic(path, card_bytes)


def _clean_label(label: str) -> str:
    """One line of printable text: a card's label is shown in lists and summaries."""
    cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in label).split())
    return cleaned[:MAX_LABEL_CHARS]
