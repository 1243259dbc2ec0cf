"""The "destroy keys" menu action: a typed confirmation, then the vault is gone and the app quits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import paths
from app.errors import VaultNotFound
from app.services import vault as vaultsvc
from app.ui.destroy_dialog import DestroyKeysDialog
from app.ui.main_window import MainWindow
from app.ui.tasks import wait_idle
from tests.conftest import PASSPHRASE


@pytest.fixture
def window(qtbot, vault):
    win = MainWindow(vault)
    qtbot.addWidget(win)
    win.show()
    yield win
    wait_idle()


def _open_dialog(window: MainWindow) -> DestroyKeysDialog:
    window.destroy_keys_action.trigger()
    dialogs = window.findChildren(DestroyKeysDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def test_destroy_keys_needs_the_typed_word(qtbot, window, vault_dir):
    assert window.destroy_keys_action in window.menuBar().actions()[0].menu().actions()
    dialog = _open_dialog(window)
    assert dialog.isVisible() and not dialog.destroy_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "destroy")
    assert not dialog.destroy_button.isEnabled()
    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Return)  # Enter never destroys
    assert paths.keyslots_path(vault_dir).exists()
    dialog.reject()
    assert not window.vault.is_locked
    assert paths.keyslots_path(vault_dir).exists()


def test_destroy_keys_from_the_menu(qtbot, window, vault, vault_dir):
    dialog = _open_dialog(window)
    qtbot.keyClicks(dialog.confirmation, "DESTROY")
    assert dialog.destroy_button.isEnabled()
    with qtbot.waitSignal(window.quitRequested, timeout=5000):
        qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    assert vault.is_locked
    assert not paths.keyslots_path(vault_dir).exists()
    assert not paths.db_path(vault_dir).exists()
    with pytest.raises(VaultNotFound):
        vaultsvc.open_vault(vault_dir, PASSPHRASE)


def test_the_folder_name_also_confirms(qtbot, window, vault_dir):
    dialog = _open_dialog(window)
    qtbot.keyClicks(dialog.confirmation, vault_dir.name)
    assert dialog.destroy_button.isEnabled()
    dialog.grab().save("/tmp/destroy_dialog.png")
    with qtbot.waitSignal(window.quitRequested, timeout=5000):
        dialog.accept()
    assert not paths.keyslots_path(vault_dir).exists()
