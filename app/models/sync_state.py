"""Local bookkeeping of team sync: open conflicts, what peers acknowledged, imported bundles and
revocation cut-offs.

None of these tables is synced. Conflicts and revocations are *derived* from the op set (a pure
function of it, recomputed by app/sync/merge.py), so every replica that holds the same ops holds
the same rows; peer versions and imported bundles are this vault's own memory of the exchange.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class Conflict(Base):
    """A concurrent value that lost per-field last-writer-wins and waits for a human.

    One row per losing head op of a field (an op that nothing overwrote causally). The winner is
    the value currently stored in the record. For ``field == "deleted"`` with ``loser_value``
    ``true``, the loser is a delete that an edit it had not seen overrode ("edit beats delete").
    """

    __tablename__ = "sync_conflicts"

    entity_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    loser_op: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    winner_op: Mapped[str] = mapped_column(String(64))
    loser_value: Mapped[str] = mapped_column(Text)  # canonical JSON, as in the op
    winner_value: Mapped[str] = mapped_column(Text)
    loser_origin: Mapped[str] = mapped_column(String(32))
    winner_origin: Mapped[str] = mapped_column(String(32))
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
    winner_hlc: Mapped[int] = mapped_column(BigInteger)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)


class PeerVersion(Base):
    """Highest ``seq`` of ``origin`` that ``peer`` said it holds (its last bundle's vector).

    There is no back channel on a USB stick, so this is all we know about what a peer lacks;
    exports send everything above the minimum over the team.
    """

    __tablename__ = "sync_peer_versions"

    peer: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class ImportedBundle(Base):
    """Bundles already merged, so a second import of the same file is a clear no-op."""

    __tablename__ = "sync_imported_bundles"

    file_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    sender: Mapped[str] = mapped_column(String(32))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    total: Mapped[int] = mapped_column(Integer)
    applied: Mapped[int] = mapped_column(Integer)
    already_known: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)


class Revocation(Base):
    """A revoked device and the last of its ops the team still accepts (minimum over all
    revocation ops for it; HLCs are self-asserted, so the cut-off is a sequence number)."""

    __tablename__ = "sync_revocations"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)
    revoked_by: Mapped[str] = mapped_column(String(32))
    revoked_hlc: Mapped[int] = mapped_column(BigInteger)
