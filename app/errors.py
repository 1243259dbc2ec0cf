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
