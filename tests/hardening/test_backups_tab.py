"""The Backups screen: list, back up now, verify, and a restore behind a typed confirmation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from app.models import Person
from app.services import backups
from app.services import vault as vaultsvc
from app.ui.backups_tab import BackupsTab
from app.ui.main_window import MainWindow
from app.ui.tasks import wait_idle
from tests.conftest import PASSPHRASE
from tests.sync.helpers import add_person


@pytest.fixture(autouse=True)
def _drain_background_tasks(qtbot):
    yield
    wait_idle()
    QApplication.processEvents()


def _tab(qtbot, vault) -> BackupsTab:
    tab = BackupsTab(vault)
    qtbot.addWidget(tab)
    return tab


def _cell(tab: BackupsTab, row: int, column: int) -> str:
    return tab.table.item(row, column).text()


def test_lists_backs_up_and_verifies(qtbot, vault):
    vault.backup("before-sync", now=datetime.now(UTC) - timedelta(hours=2))
    tab = _tab(qtbot, vault)
    assert tab.table.rowCount() == 1
    assert _cell(tab, 0, 1) == "before a sync import"
    assert _cell(tab, 0, 3) == "good (checked when written)"
    assert "KB" in _cell(tab, 0, 2) or "KiB" in _cell(tab, 0, 2)

    qtbot.mouseClick(tab.backup_button, _left())
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=20000)
    assert _cell(tab, 0, 1) == "manual"  # newest first
    assert "Encrypted backup written" in tab.status.text()

    damaged = tab.infos[1].path
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0x10
    damaged.write_bytes(bytes(data))
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.verify_button, _left())
    qtbot.waitUntil(lambda: "damaged" in tab.status.text(), timeout=20000)
    assert _cell(tab, 1, 3) == "DAMAGED"
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.verify_button, _left())
    qtbot.waitUntil(lambda: "is good" in tab.status.text(), timeout=20000)
    assert _cell(tab, 0, 3) == "good (checked now)"


def test_restore_needs_the_typed_word_then_locks(qtbot, vault, vault_dir):
    kept = add_person(vault, "Kept by the backup")
    vault.backup("manual")
    dropped = add_person(vault, "Entered after the backup")
    tab = _tab(qtbot, vault)
    dialog = tab.restore_dialog()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "restore")
    assert not dialog.ok_button.isEnabled()  # exactly the word, in capitals
    dialog.accept()
    assert not vault.is_locked and dialog.isVisible()
    dialog.typed.setText("RESTORE")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(tab.restored, timeout=30000) as signal:
        qtbot.mouseClick(dialog.ok_button, _left())
    assert signal.args[0].endswith("-manual.db")
    assert vault.is_locked
    reopened = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    with reopened.session() as session:
        assert session.get(Person, kept) is not None
        assert session.get(Person, dropped) is None
    reopened.lock()
    assert "replaced" in [i.label for i in backups.list_backup_info(vault_dir)]


def test_main_window_has_the_screen_and_locks_after_a_restore(qtbot, vault, monkeypatch):
    vault.backup("manual")
    win = MainWindow(vault)
    qtbot.addWidget(win)
    labels = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert "Backups" in labels
    win.backup_now()  # the File menu's action shows the screen and writes a backup
    assert win.tabs.currentWidget() is win.backups
    qtbot.waitUntil(lambda: win.backups.table.rowCount() == 2, timeout=20000)
    with qtbot.waitSignal(win.lockRequested, timeout=30000):
        win.backups.restore(win.backups.infos[0].path)
    assert vault.is_locked


def test_daily_backup_starts_with_the_screen_when_due(qtbot, vault, monkeypatch):
    monkeypatch.setattr(backups, "utc_now", lambda: datetime.now(UTC) + timedelta(days=2))
    tab = _tab(qtbot, vault)
    tab.start_daily_backup()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=20000)
    assert _cell(tab, 0, 1) == "daily"


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
