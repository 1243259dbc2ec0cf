"""The app shell driven through real widgets: first run, unlock, list, search, filters, lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from app.domain.enums import Gender, NameScript, StatusKind
from app.domain.names import collation_key
from app.domain.partial_dates import PartialDate
from app.services import people
from app.services import vault as vaultsvc
from app.services.people import DetentionDraft, NameDraft, PersonDraft, StatusDraft
from app.settings import Settings
from app.ui import clipboard, person_model
from app.ui.app import AppController
from app.ui.main_window import MainWindow
from app.ui.person_model import PersonTableModel
from app.ui.unlock import CreateVaultDialog, RecoveryKeyDialog, UnlockDialog, passphrase_strength
from tests.conftest import PASSPHRASE

FILLER = 43  # with a page of 20 (below) the list needs three pages


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch):
    monkeypatch.setattr(person_model, "PAGE_SIZE", 20)


def _draft(name, script=NameScript.BE_CYRILLIC, **kw):
    return PersonDraft(names=[NameDraft(name, script, True)], **kw)


def _fill(vault):
    with vault.session() as session, session.begin():
        for draft in _drafts():
            people.save_person(session, draft)


def _drafts():
    yield _draft(
        "Віктар Бабарыка",
        region_code="minsk_city",
        gender=Gender.MALE,
        statuses=[StatusDraft(StatusKind.POLITICAL_PRISONER, PartialDate(2020, 6))],
        detentions=[DetentionDraft(PartialDate(2020, 6, 18))],
    )
    yield _draft(
        "Марыя Калеснікава",
        region_code="minsk_city",
        gender=Gender.FEMALE,
        statuses=[StatusDraft(StatusKind.INCOMMUNICADO, None)],
    )
    for i in range(FILLER):
        yield _draft(f"Test Person {i:03d}", NameScript.LATIN, region_code="brest")


@pytest.fixture
def window(qtbot, vault):
    _fill(vault)
    win = MainWindow(vault)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.model.rowCount() > 0, timeout=10000)
    return win


def test_create_vault_dialog_then_recovery_key(qtbot, vault_dir):
    dialog = CreateVaultDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog.submit()
    assert "too short" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.submit()
    assert "differ" in dialog.error.text()
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.created, timeout=20000) as blocker:
        dialog.submit()
    created, code = blocker.args
    assert vaultsvc.vault_exists(vault_dir)
    keydialog = RecoveryKeyDialog(code)
    qtbot.addWidget(keydialog)
    assert not keydialog.ok.isEnabled()
    keydialog.confirm.setChecked(True)
    assert keydialog.ok.isEnabled()
    assert keydialog.code.text() == code
    created.lock()


def test_unlock_wrong_then_right_passphrase(qtbot, vault, vault_dir):
    vault.lock()
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("definitely wrong")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10000)
    assert "Wrong passphrase" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as blocker:
        dialog.submit()
    blocker.args[0].lock()


def test_person_model_passes_qt_model_tester(qtbot, vault):
    _fill(vault)
    model = PersonTableModel(vault)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.refresh()
    # The first screen comes before the count, which follows in its own task.
    assert model.rowCount() == 20 and model.total == -1
    qtbot.waitUntil(lambda: model.total == 45, timeout=10000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=10000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 45, timeout=10000)
    assert not model.canFetchMore()
    names = [model.rows[i].name for i in range(model.rowCount())]
    assert names == sorted(names, key=collation_key)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].name == max(names, key=collation_key)


def test_search_finds_person_in_another_script(qtbot, window):
    window.filters.search.setText("Babaryka")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    assert window.model.rows[0].name == "Віктар Бабарыка"
    window.filters.search.setText("Колесникова")
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 1 and window.model.rows[0].name == "Марыя Калеснікава",
        timeout=10000,
    )
    assert "1 persons match" in window.shown.text()


def test_filters_combine(qtbot, window):
    window.filters.region.setCurrentIndex(window.filters.region.findData("minsk_city"))
    qtbot.waitUntil(lambda: window.model.total == 2, timeout=10000)
    window.filters.gender.setCurrentIndex(window.filters.gender.findData(Gender.FEMALE))
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=10000)
    window.filters.clear()
    qtbot.waitUntil(lambda: window.model.total == 45, timeout=10000)
    window.filters.status.setCurrentIndex(
        window.filters.status.findData(people.ListStatus.INCOMMUNICADO)
    )
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=10000)
    assert window.model.rows[0].name == "Марыя Калеснікава"


def test_delete_and_undo_from_list(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.filters.search.setText("Babaryka")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_selected()
    qtbot.waitUntil(lambda: window.model.total == 0 and not window.model.loading, timeout=10000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=10000)


def test_dashboard_figures(qtbot, window):
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=10000)
    figures = window.dashboard.figures
    assert figures.political_prisoners == 1 and figures.incommunicado == 1
    assert window.dashboard.tiles["political_prisoners"].value.text() == "1"


def test_lock_hides_everything_and_unlock_restores_view(qtbot, vault, vault_dir, monkeypatch):
    _fill(vault)
    vault.lock()
    app = QApplication.instance()
    controller = AppController(app, vault_dir, Settings())
    monkeypatch.setattr(app, "quit", lambda: None)
    dialog = controller.start()
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    win = controller.window
    win.filters.search.setText("Бабарико")
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    win.table.selectRow(0)
    clipboard.copy_text("Віктар Бабарыка")
    opened = controller.vault
    win.lock_action.trigger()
    assert controller.window is None and controller.vault is None
    assert opened.is_locked
    assert QApplication.clipboard().text() == ""
    assert isinstance(controller.dialog, UnlockDialog)
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    controller.dialog.passphrase.setText(PASSPHRASE)
    controller.dialog.submit()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    restored = controller.window
    assert restored.filters.search.text() == "Бабарико"
    qtbot.waitUntil(lambda: restored.selected_id() is not None, timeout=10000)
    assert restored.model.rows[0].name == "Віктар Бабарыка"
    controller.quit()


def test_idle_auto_lock(qtbot, vault, vault_dir, monkeypatch):
    vault.lock()
    app = QApplication.instance()
    controller = AppController(app, vault_dir, Settings(idle_lock_minutes=1))
    monkeypatch.setattr(app, "quit", lambda: None)
    controller.idle.set_minutes(0.003)  # ~0.2 s
    dialog = controller.start()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    qtbot.waitUntil(lambda: controller.vault is None, timeout=20000)
    assert isinstance(controller.dialog, UnlockDialog)
    controller.quit()


def test_strength_hint_grows_with_length():
    assert passphrase_strength("") == 0
    assert passphrase_strength("abcdefgh") == 1
    assert passphrase_strength("three random words here") >= 3
    assert passphrase_strength("correct horse battery staple and more") == 4


def test_settings_never_hold_names(qtbot, vault, vault_dir, tmp_path):
    settings = Settings(language="be", last_vault=str(vault_dir))
    settings.save(tmp_path / "s.ini")
    loaded = Settings.load(tmp_path / "s.ini")
    assert loaded == settings
    assert set(vars(loaded)) == {"language", "last_vault", "idle_lock_minutes", "memory_security"}


def test_new_person_from_window_then_search_and_undo(qtbot, vault):
    from app.ui.editor_pages import PersonPage
    from tests.ui.test_person_editor import type_into

    win = MainWindow(vault)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.model.loading, timeout=10000)
    win.new_action.trigger()
    editor = win.editors[0]
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    type_into(qtbot, editor.page(PersonPage).names.cell(0, "full_name"), "Ігар Лосік")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    win.filters.search.setText("Igar Losik")
    qtbot.waitUntil(lambda: win.model.total == 1, timeout=10000)
    assert win.model.rows[0].name == "Ігар Лосік"
    assert win.undo_stack.canUndo()
    win.undo_stack.undo()
    qtbot.waitUntil(lambda: win.model.total == 0 and not win.model.loading, timeout=10000)
    win.undo_stack.redo()
    qtbot.waitUntil(lambda: win.model.total == 1, timeout=10000)
    editor.setProperty("force_close", True)
    win.close_editors()
