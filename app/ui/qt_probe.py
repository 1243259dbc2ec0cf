"""The Qt half of ``letapis --self-test``: can this build start Qt and draw a translated window?

A frozen build fails in ways the source checkout never shows: a missing platform plugin
("could not load the Qt platform plugin"), a .qm file left out of the bundle, or a Qt library
that was excluded to save space. This probe touches each of those without a screen: it uses
the ``offscreen`` platform, loads the Belarusian catalogue and paints the unlock dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.errors import SelfTestFailed

PLATFORM = "offscreen"


def _application() -> QApplication:
    """The running QApplication (e.g. under pytest-qt), or a new one on the offscreen platform.

    The ``-platform`` argument wins over QT_QPA_PLATFORM, so a desktop session's xcb/wayland
    setting cannot make the probe depend on a display.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise SelfTestFailed("a non-widget Qt application is already running")
        return existing
    return QApplication(["letapis", "-platform", PLATFORM])


def probe_qt(vault_dir: Path) -> str:
    """Start Qt, switch to Belarusian, paint the unlock dialog for ``vault_dir``; returns a
    one-line summary. Raises SelfTestFailed naming what is missing."""
    from app.ui.app import install_translators
    from app.ui.unlock import UnlockDialog

    app = _application()
    platform = QGuiApplication.platformName()
    if not platform:
        raise SelfTestFailed("Qt started without a platform plugin")
    installed = install_translators(app, "be")
    try:
        if not installed:
            raise SelfTestFailed("the Belarusian translation (letapis_be.qm) did not load")
        dialog = UnlockDialog(vault_dir)
        try:
            title = dialog.windowTitle()
            if title == "Unlock Letapis":
                raise SelfTestFailed("the unlock dialog is not translated into Belarusian")
            image = dialog.grab().toImage()
            if image.isNull() or image.width() < 100 or image.height() < 50:
                raise SelfTestFailed("Qt could not paint the unlock dialog")
            corner = image.pixel(0, 0)
            painted = any(
                image.pixel(x, y) != corner
                for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)
            )
            if not painted:
                raise SelfTestFailed("the unlock dialog painted as a blank rectangle")
            size = f"{image.width()}x{image.height()}"
        finally:
            dialog.deleteLater()
    finally:
        install_translators(app, "en")
    return f"platform {platform}, Belarusian UI ({len(installed)} .qm), unlock dialog {size}"
