"""Application controller: first run, unlock, main window, auto-lock and language switching.

Locking closes every window that shows personal data, clears our clipboard text, disposes the
engine and wipes the key copy. What the user was looking at (tab, filters, selection, open
editors) is kept in memory only and restored after the next unlock.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app import paths
from app.services import vault as vaultsvc
from app.settings import Settings
from app.ui import clipboard
from app.ui.autolock import IdleWatcher
from app.ui.main_window import MainWindow, ViewState
from app.ui.tasks import wait_idle
from app.ui.unlock import CreateVaultDialog, RecoveryKeyDialog, UnlockDialog


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    for old in getattr(app, "_letapis_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(paths.resource_path("i18n", f"letapis_{lang}.qm"))):
            app.installTranslator(ours)
            installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    QLocale.setDefault(QLocale(lang))
    app._letapis_translators = installed  # type: ignore[attr-defined]
    return installed


class AppController(QObject):
    def __init__(self, app: QApplication, vault_dir: Path, settings: Settings) -> None:
        super().__init__()
        self.app = app
        self.vault_dir = vault_dir
        self.settings = settings
        self.vault: Any = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.saved_state: ViewState | None = None
        self.idle = IdleWatcher(settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        install_translators(app, settings.language)

    def start(self) -> QDialog:
        if vaultsvc.vault_exists(self.vault_dir):
            return self.show_unlock()
        dialog = CreateVaultDialog(self.vault_dir)
        dialog.created.connect(self._created)
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.rejected.connect(self._dialog_rejected)
        dialog.show()

    def _dialog_rejected(self) -> None:
        if self.vault is None and self.window is None:
            self.app.quit()

    def show_unlock(self) -> QDialog:
        dialog = UnlockDialog(self.vault_dir)
        dialog.unlocked.connect(self.unlocked)
        self._show_dialog(dialog)
        return dialog

    def _created(self, vault: Any, code: str) -> None:
        recovery = RecoveryKeyDialog(code)
        self.dialog = recovery
        recovery.exec()
        self.unlocked(vault)

    def unlocked(self, vault: Any) -> None:
        self.vault = vault
        self.settings.last_vault = str(self.vault_dir)
        self.settings.save()
        self.dialog = None
        self.open_window()
        self.idle.start()

    def open_window(self) -> MainWindow:
        window = MainWindow(self.vault, self.settings.language)
        window.lockRequested.connect(self.lock)
        window.quitRequested.connect(self.quit)
        window.languageRequested.connect(self.set_language)
        self.window = window
        if self.saved_state is not None:
            window.restore_state(self.saved_state)
            self.saved_state = None
        window.show()
        return window

    def _close_window(self) -> None:
        if self.window is None:
            return
        self.saved_state = self.window.view_state()
        self.window.close_editors()
        self.window.hide()
        self.window.deleteLater()
        self.window = None

    def lock(self) -> None:
        if self.vault is None:
            return
        self.idle.stop()
        self._close_window()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QWidget) and widget.isVisible() and widget is not self.dialog:
                widget.hide()
        clipboard.clear_if_ours()
        wait_idle()
        self.vault.lock()
        self.vault = None
        self.show_unlock()

    def set_language(self, lang: str) -> None:
        if lang == self.settings.language:
            return
        self.settings.language = lang
        self.settings.save()
        install_translators(self.app, lang)
        if self.window is not None:
            self._close_window()
            self.open_window()

    def quit(self) -> None:
        self._close_window()
        clipboard.clear_if_ours()
        wait_idle()
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
        self.app.quit()


def run_gui(vault_dir: Path | None = None) -> int:
    settings = Settings.load()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Letapis")
    app.setQuitOnLastWindowClosed(False)
    directory = vault_dir or (Path(settings.last_vault) if settings.last_vault else None)
    controller = AppController(app, directory or paths.default_vault_dir(), settings)
    app.aboutToQuit.connect(lambda: controller.vault.lock() if controller.vault else None)
    controller.start()
    return app.exec()
