"""Sync tab walked through: add member (fingerprint shown), export, import, resolve a conflict."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services import vault as vaultsvc
from app.sync import conflicts
from app.ui.sync_tab import SyncTab
from tests.conftest import PASSPHRASE
from tests.sync.helpers import add_person, edit_person, person_row


@pytest.fixture
def pair(tmp_path):
    a, _ = vaultsvc.create_vault(tmp_path / "a", PASSPHRASE)
    b, _ = vaultsvc.create_vault(tmp_path / "b", PASSPHRASE)
    yield a, b
    a.lock()
    b.lock()


def _tab(qtbot, vault):
    tab = SyncTab(vault)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.members_table.rowCount() >= 1, timeout=10000)
    return tab


def _wait_status(qtbot, tab, text):
    qtbot.waitUntil(lambda: text in tab.status.text(), timeout=20000)


def test_members_exchange_and_conflict_resolution(qtbot, pair, tmp_path, monkeypatch):
    a, b = pair
    tab_a, tab_b = _tab(qtbot, a), _tab(qtbot, b)
    shown = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **k: shown.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    tab_a.save_card(tmp_path / "a.card")
    _wait_status(qtbot, tab_a, "Fingerprint")
    tab_b.save_card(tmp_path / "b.card")
    _wait_status(qtbot, tab_b, "Fingerprint")
    tab_b.add_member(tmp_path / "a.card")
    _wait_status(qtbot, tab_b, "added to the team")
    fingerprint_a = tab_a.status.text().split("Fingerprint: ")[1]
    assert fingerprint_a in shown[0]  # the user saw the fingerprint before accepting
    tab_a.add_member(tmp_path / "b.card")
    _wait_status(qtbot, tab_a, "added to the team")
    qtbot.waitUntil(lambda: tab_a.members_table.rowCount() == 2, timeout=10000)

    person = add_person(a, "Ales Bialiatski")
    stick = tmp_path / "stick"
    stick.mkdir()
    tab_a.export_to(stick)
    _wait_status(qtbot, tab_a, "changes written")
    tab_b.import_from(next(stick.glob("*.ltbundle")))
    _wait_status(qtbot, tab_b, "applied")
    assert person_row(b, person)["display_name"] == "Ales Bialiatski"

    # Concurrent edits of the same field: one wins everywhere, the other becomes a conflict.
    edit_person(a, person, city="Minsk")
    edit_person(b, person, city="Hrodna")
    for old in stick.glob("*"):
        old.unlink()
    tab_a.export_to(stick)
    _wait_status(qtbot, tab_a, "changes written")
    tab_b.import_from(next(stick.glob("*.ltbundle")))
    _wait_status(qtbot, tab_b, "1 conflicts")
    qtbot.waitUntil(lambda: tab_b.conflicts_table.rowCount() == 1, timeout=10000)
    values = {tab_b.conflicts_table.item(0, 2).text(), tab_b.conflicts_table.item(0, 3).text()}
    assert values == {"Minsk", "Hrodna"}
    other = tab_b.conflicts_table.item(0, 3).text()
    tab_b.conflicts_table.selectRow(0)
    tab_b.resolve_selected("loser")
    _wait_status(qtbot, tab_b, "resolved")
    qtbot.waitUntil(lambda: tab_b.conflicts_table.rowCount() == 0, timeout=10000)
    assert person_row(b, person)["city"] == other
    assert conflicts.count_conflicts(b) == 0


def test_tampered_bundle_is_refused_with_a_message(qtbot, pair, tmp_path):
    _a, b = pair
    tab_b = _tab(qtbot, b)
    bogus = tmp_path / "x.ltbundle"
    bogus.write_bytes(b"not a bundle at all" * 10)
    tab_b.import_from(bogus)
    _wait_status(qtbot, tab_b, "Refused")


def test_progress_bar_follows_the_worker(qtbot, pair):
    _a, b = pair
    tab = _tab(qtbot, b)
    tab.progressed.emit(3, 10)
    assert (tab.progress.value(), tab.progress.maximum()) == (3, 10)


def test_own_device_is_labelled_in_the_ui_language(qtbot, pair):
    a, _b = pair
    tab = _tab(qtbot, a)
    assert tab.members_table.item(0, 0).text() == "This device"
