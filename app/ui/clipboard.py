"""Clipboard use that respects the threat model (after KeePassXC's Clipboard.cpp).

Text copied from the app is marked as secret for clipboard managers and history, and cleared on
lock and quit, but only if the clipboard still holds what we put there.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_last_copied: str | None = None


def copy_text(text: str) -> None:
    global _last_copied
    mime = QMimeData()
    mime.setText(text)
    mime.setData("x-kde-passwordManagerHint", b"secret")
    mime.setData("application/x-nspasteboard-concealed-type", b"")
    mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"\x01\x00\x00\x00")
    mime.setData("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00")
    QGuiApplication.clipboard().setMimeData(mime)
    _last_copied = text


def clear_if_ours() -> bool:
    """Returns True if our text was still there and has been cleared."""
    global _last_copied
    clipboard = QGuiApplication.clipboard()
    if _last_copied is not None and clipboard.text() == _last_copied:
        clipboard.clear()
        _last_copied = None
        return True
    _last_copied = None
    return False
