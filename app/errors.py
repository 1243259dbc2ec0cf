"""User-facing error hierarchy.

Every error a documenter can cause or meet carries a one-line message that the CLI prints and
the GUI shows in a dialog. Messages never contain personal data or secrets.
"""

from __future__ import annotations


class LetapisError(Exception):
    """Base class: ``str(err)`` is the message shown to the user."""


class VaultError(LetapisError):
    """Something is wrong with the vault as a whole."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class WrongPassphrase(VaultError):
    def __init__(self, message: str = "Wrong passphrase: the vault was not opened.") -> None:
        super().__init__(message)


class VaultCorrupt(VaultError):
    """The key checked out but the database cannot be read: corruption or tampering."""


class VaultTooNew(VaultError):
    pass


class VaultNotWritable(VaultError):
    pass


class SecurityError(LetapisError):
    """The crypto stack is not what we require (e.g. plain SQLite instead of SQLCipher)."""


class ValidationError(LetapisError):
    """A record breaks a domain rule; ``field`` names the offending field for inline display."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ImportRowError(LetapisError):
    pass


class BundleRejected(LetapisError):
    pass


class ReferenceDataError(LetapisError):
    """A bundled reference file is missing or malformed: the build is broken, not the vault."""


class CardRejected(LetapisError):
    """A device card that is damaged, forged or not usable for this team."""


class RosterError(LetapisError):
    """A roster change that cannot be made (e.g. revoking this device itself)."""


class RosterConflict(LetapisError):
    """Two roster ops disagree about a device's keys."""


class ConflictGone(LetapisError):
    """The conflict was resolved meanwhile (here or by a teammate's bundle)."""


class BundleAlreadyImported(BundleRejected):
    """The same bundle was merged before; importing it again would change nothing."""


class ExportFailed(LetapisError):
    """A bundle could not be written (no team yet, folder missing, disk full...)."""


class SpreadsheetError(ImportRowError):
    """The file as a whole cannot be read (not a spreadsheet, empty, unreadable)."""


class SelfTestFailed(LetapisError):
    """``letapis --self-test`` found this build broken; the message names the failing step."""


class DestroyNotConfirmed(LetapisError):
    """Destroy keys was asked for without the exact typed confirmation; nothing was touched."""


class DatabaseDamaged(VaultCorrupt):
    """The vault database fails its integrity checks (flipped or missing bytes). The message
    names the newest backup that passed its own check, so the way back is one command away."""

    def __init__(self, message: str, latest_good_backup: str | None = None) -> None:
        super().__init__(message)
        self.latest_good_backup = latest_good_backup


class BackupDamaged(VaultCorrupt):
    """A backup file fails its checks; it is never restored, in part or whole."""


class DiskFull(VaultNotWritable):
    """The disk (or USB stick) is full: the write was rolled back and nothing was changed."""


def storage_error(exc: OSError, doing: str) -> VaultNotWritable:
    """A user-facing error for a failed write (``doing``: "The backup could not be written")."""
    import errno

    if exc.errno == errno.ENOSPC:
        return DiskFull(f"{doing}: the disk is full. Free some space and try again.")
    if exc.errno == errno.EROFS:
        return VaultNotWritable(f"{doing}: the disk is read-only.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return VaultNotWritable(f"{doing}: permission denied.")
    return VaultNotWritable(f"{doing}: {exc.strerror or exc}.")
