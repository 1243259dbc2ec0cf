"""The team roster: whose ops we accept and to whom our bundles are encrypted.

Membership changes are ops in the changing device's own signed feed (entity ``device``): "*" adds
a device (its public keys, as read from the card whose fingerprint was checked), ``revoked``
removes one. So a roster change travels with everything else, relayed and verified like any edit,
and a new member only has to swap cards with one person. Rules that keep it order-independent:

* a revocation is permanent: a later (or replayed) add of the same device id is ignored;
* the cut-off is a sequence number, not a time (HLCs are self-asserted): ops of the revoked device
  above ``last_seq`` - the highest the revoker had received - are refused, and if several members
  revoke the same device, the lowest cut-off holds;
* a bundle from a revoked device is rejected whole.

Any member may add or revoke; the team is small and mutually trusted (there are no admin keys).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from nacl.signing import VerifyKey
from sqlalchemy import Connection, func, insert, select, update

from app.crypto.identity import (
    CardRejected,
    DeviceCard,
    device_id_for,
    fingerprint,
    short_id,
    write_card,
)
from app.errors import LetapisError, RosterConflict, RosterError  # noqa: F401 - re-exported
from app.models import AuditEntry, Device, Op, Revocation
from app.models.base import utcnow
from app.services.vault import Vault
from app.sync.changelog import CREATE_FIELD, OpEntry
from app.sync.merge import apply_records, hlc_datetime

DEVICE_ENTITY = "device"
REVOKED_FIELD = "revoked"
SELF_LABEL = "this device"


@dataclass(frozen=True)
class Member:
    device_id: str
    label: str
    fingerprint: str
    is_self: bool
    added_at: datetime
    revoked_at: datetime | None

    @property
    def short_id(self) -> str:
        return short_id(self.device_id)

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class RosterEntry:
    device_id: str
    label: str
    sign_public: bytes
    box_public: bytes


@dataclass
class Roster:
    """The roster as import needs it: keys to verify feeds, cut-offs of revoked devices.

    Import adds to it as it verifies roster ops inside a bundle, so ops of a device introduced
    by the same bundle can be verified too.
    """

    self_id: str
    entries: dict[str, RosterEntry]
    cutoffs: dict[str, int]
    added: list[RosterEntry] = field(default_factory=list)
    revoked: list[tuple[str, int, str, int]] = field(default_factory=list)

    @classmethod
    def load(cls, conn: Connection) -> Roster:
        entries = {}
        self_id = ""
        for row in conn.execute(
            select(
                Device.device_id,
                Device.label,
                Device.sign_public,
                Device.box_public,
                Device.is_self,
            )
        ):
            entries[row[0]] = RosterEntry(row[0], row[1], row[2], row[3])
            if row[4]:
                self_id = row[0]
        cutoffs = {
            r[0]: r[1] for r in conn.execute(select(Revocation.device_id, Revocation.last_seq))
        }
        return cls(self_id, entries, cutoffs)

    def verify_key(self, device_id: str) -> VerifyKey | None:
        entry = self.entries.get(device_id)
        return None if entry is None else VerifyKey(entry.sign_public)

    def label(self, device_id: str) -> str:
        entry = self.entries.get(device_id)
        return entry.label if entry and entry.label else f"device {short_id(device_id)}"

    def is_revoked(self, device_id: str) -> bool:
        return device_id in self.cutoffs

    def learn_device(self, entry: RosterEntry) -> None:
        """A verified add op: remember the device unless it is revoked or already known."""
        known = self.entries.get(entry.device_id)
        if known is not None:
            if known.box_public != entry.box_public:
                raise RosterConflict(
                    f"The bundle gives device {short_id(entry.device_id)} a different encryption "
                    "key than the team roster; it was refused."
                )
            return
        if self.is_revoked(entry.device_id):
            return
        self.entries[entry.device_id] = entry
        self.added.append(entry)

    def learn_revocation(self, device_id: str, last_seq: int, by: str, hlc: int) -> None:
        current = self.cutoffs.get(device_id)
        if current is None or last_seq < current:
            self.cutoffs[device_id] = last_seq
        self.revoked.append((device_id, last_seq, by, hlc))


# -- op values ---------------------------------------------------------------------------------


def device_op_value(entry: RosterEntry) -> dict[str, str]:
    return {
        "label": entry.label,
        "sign_public": entry.sign_public.hex(),
        "box_public": entry.box_public.hex(),
    }


def parse_device_value(device_id: str, value: str) -> RosterEntry:
    """The device an add op introduces; ValueError unless its id matches its signing key."""
    doc = json.loads(value)
    if not isinstance(doc, dict):
        raise ValueError("device op is not an object")
    sign_public = bytes.fromhex(str(doc["sign_public"]))
    box_public = bytes.fromhex(str(doc["box_public"]))
    if len(sign_public) != 32 or len(box_public) != 32:
        raise ValueError("device keys have the wrong length")
    if device_id_for(sign_public) != device_id:
        raise ValueError("device id does not match its key")
    return RosterEntry(device_id, str(doc.get("label", ""))[:200], sign_public, box_public)


def parse_revocation(value: str) -> int:
    doc = json.loads(value)
    last_seq = doc.get("last_seq") if isinstance(doc, dict) else None
    if isinstance(last_seq, bool) or not isinstance(last_seq, int) or last_seq < 0:
        raise ValueError("revocation without a valid last_seq")
    return last_seq


# -- storing roster changes ----------------------------------------------------------------------


def store_member(conn: Connection, entry: RosterEntry) -> bool:
    """Insert a device row if the device is new and not revoked; True if inserted."""
    if conn.scalar(select(Device.device_id).where(Device.device_id == entry.device_id)):
        return False
    if conn.scalar(select(Revocation.device_id).where(Revocation.device_id == entry.device_id)):
        return False
    conn.execute(
        insert(Device).values(
            device_id=entry.device_id,
            label=entry.label,
            sign_public=entry.sign_public,
            box_public=entry.box_public,
            is_self=False,
            added_at=utcnow(),
        )
    )
    return True


def store_revocation(
    conn: Connection, device_id: str, last_seq: int, by: str, hlc: int
) -> set[str]:
    """Record a revocation (lowest cut-off wins); returns the records whose state depended on ops
    that are now cut off, so the caller can fold them again."""
    current = conn.execute(
        select(Revocation.last_seq).where(Revocation.device_id == device_id)
    ).scalar()
    if current is not None and current <= last_seq:
        return set()
    if current is None:
        conn.execute(
            insert(Revocation).values(
                device_id=device_id, last_seq=last_seq, revoked_by=by, revoked_hlc=hlc
            )
        )
    else:
        conn.execute(
            update(Revocation)
            .where(Revocation.device_id == device_id)
            .values(last_seq=last_seq, revoked_by=by, revoked_hlc=hlc)
        )
    conn.execute(
        update(Device)
        .where(Device.device_id == device_id, Device.revoked_at.is_(None))
        .values(revoked_at=hlc_datetime(hlc))
    )
    return set(
        conn.scalars(
            select(Op.entity_id).where(Op.origin == device_id, Op.seq > last_seq).distinct()
        )
    )


# -- use cases -----------------------------------------------------------------------------------


def list_members(vault: Vault) -> list[Member]:
    """Every device this vault knows: this one first, then the team by label."""
    with vault.engine.connect() as conn:
        rows = conn.execute(
            select(
                Device.device_id,
                Device.label,
                Device.sign_public,
                Device.box_public,
                Device.is_self,
                Device.added_at,
                Device.revoked_at,
            )
        ).all()
    members = [
        Member(
            device_id=r[0],
            label=r[1] or f"device {short_id(r[0])}",
            fingerprint=fingerprint(r[2], r[3]),
            is_self=bool(r[4]),
            added_at=r[5],
            revoked_at=r[6],
        )
        for r in rows
    ]
    return sorted(members, key=lambda m: (not m.is_self, m.label.casefold(), m.device_id))


def device_card(vault: Vault, label: str | None = None) -> tuple[DeviceCard, bytes]:
    """This device's card; ``label`` (how teammates will see this device) is remembered."""
    with vault.engine.begin() as conn:
        row = conn.execute(select(Device.label, Device.box_public).where(Device.is_self)).one()
        current_label, box_public = row
        if label:
            conn.execute(update(Device).where(Device.is_self).values(label=label))
            current_label = label
    if not current_label or current_label == SELF_LABEL:
        current_label = f"device {short_id(vault.device.device_id)}"
    return DeviceCard.create(vault.device.signing_key, box_public, current_label)


def write_device_card(vault: Vault, path: Path, label: str | None = None) -> DeviceCard:
    card, raw = device_card(vault, label)
    write_card(path, raw)
    return card


def read_card(path: Path) -> DeviceCard:
    """Read and check a teammate's card; show ``card.fingerprint`` before calling add_member."""
    return DeviceCard.read(path)


def add_member(vault: Vault, card: DeviceCard, label: str | None = None) -> Member:
    """Trust a teammate's device (after the fingerprint was compared out of band).

    Records an add op, so the rest of the team learns the device through sync. Adding a device
    that is already a member with the same keys changes nothing.
    """
    entry = RosterEntry(card.device_id, label or card.label, card.sign_public, card.box_public)
    with vault.engine.begin() as conn:
        if card.device_id == vault.device.device_id:
            raise CardRejected("This is this device's own card; add a teammate's card instead.")
        if conn.scalar(select(Revocation.device_id).where(Revocation.device_id == card.device_id)):
            raise CardRejected(
                "This device was revoked from the team and cannot be added again; its owner "
                "needs a new vault (a new device identity)."
            )
        known = conn.execute(
            select(Device.box_public).where(Device.device_id == card.device_id)
        ).scalar()
        if known is not None and known != card.box_public:
            raise CardRejected(
                "The team already knows this device with a different encryption key; compare "
                "fingerprints with its owner before going on."
            )
        if known is None:
            store_member(conn, entry)
            vault.changelog.append(
                conn,
                [OpEntry(DEVICE_ENTITY, card.device_id, CREATE_FIELD, device_op_value(entry))],
            )
            _audit(conn, vault, "add member", card.device_id, entry.label)
    return _member(vault, card.device_id)


def revoke_member(vault: Vault, device_id: str) -> Member:
    """Remove a device from the team for good (a lost or seized laptop).

    Its changes received so far stay; anything it signs later is refused by every member who
    has received this revocation. Revoking is itself an op, so it reaches the team with the next
    bundle.
    """
    if device_id == vault.device.device_id:
        raise RosterError("This device cannot revoke itself; ask a teammate to revoke it.")
    with vault.engine.begin() as conn:
        if conn.scalar(select(Device.device_id).where(Device.device_id == device_id)) is None:
            raise RosterError(f"No team member with the id {device_id}.")
        if conn.scalar(select(Revocation.device_id).where(Revocation.device_id == device_id)):
            return _member_in(conn, device_id)
        last_seq = int(conn.scalar(select(func.max(Op.seq)).where(Op.origin == device_id)) or 0)
        (op_id,) = vault.changelog.append(
            conn, [OpEntry(DEVICE_ENTITY, device_id, REVOKED_FIELD, {"last_seq": last_seq})]
        )
        hlc = int(conn.scalar(select(Op.hlc).where(Op.op_id == op_id)) or 0)
        refold = store_revocation(conn, device_id, last_seq, vault.device.device_id, hlc)
        apply_records(conn, refold)
        _audit(conn, vault, "revoke member", device_id, f"after change #{last_seq}")
        return _member_in(conn, device_id)


def self_box_secret(conn: Connection) -> bytes:
    secret = conn.execute(select(Device.box_secret).where(Device.is_self)).scalar()
    if not secret:
        raise RosterError("This vault has no device key; it cannot take part in sync.")
    return secret


def _member(vault: Vault, device_id: str) -> Member:
    with vault.engine.connect() as conn:
        return _member_in(conn, device_id)


def _member_in(conn: Connection, device_id: str) -> Member:
    row = conn.execute(
        select(
            Device.device_id,
            Device.label,
            Device.sign_public,
            Device.box_public,
            Device.is_self,
            Device.added_at,
            Device.revoked_at,
        ).where(Device.device_id == device_id)
    ).one()
    return Member(
        device_id=row[0],
        label=row[1] or f"device {short_id(row[0])}",
        fingerprint=fingerprint(row[2], row[3]),
        is_self=bool(row[4]),
        added_at=row[5],
        revoked_at=row[6],
    )


def _audit(conn: Connection, vault: Vault, action: str, entity_id: str, summary: str) -> None:
    conn.execute(
        insert(AuditEntry).values(
            at=utcnow(),
            device_id=vault.device.device_id,
            actor=vault.changelog.actor,
            action=action,
            entity=DEVICE_ENTITY,
            entity_id=entity_id,
            summary=summary,
        )
    )
