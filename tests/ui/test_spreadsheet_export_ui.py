"""File menu: export the vault or the current list (after a warning), download the template,
and open the import wizard, whose import refreshes the person list."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.domain.enums import Gender, NameScript
from app.services import people
from app.services.people import NameDraft, PersonDraft
from app.services.spreadsheet import read_table
from app.ui.import_wizard import ImportWizard
from app.ui.main_window import MainWindow


def _person(name: str, region: str, gender: Gender) -> PersonDraft:
    return PersonDraft(
        names=[NameDraft(name, NameScript.BE_CYRILLIC, True)], region_code=region, gender=gender
    )


@pytest.fixture
def window(qtbot, vault):
    with vault.session() as session, session.begin():
        people.save_person(session, _person("Бабарыка Віктар", "minsk_city", Gender.MALE))
        people.save_person(session, _person("Калеснікава Марыя", "minsk_city", Gender.FEMALE))
        people.save_person(session, _person("Лосік Ігар", "brest", Gender.MALE))
    win = MainWindow(vault)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.model.total == 3, timeout=10000)
    return win


@pytest.fixture
def warned(monkeypatch):
    """Accept the not-encrypted warning, recording its text."""
    texts: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: texts.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    return texts


def _save_as(monkeypatch, path, chosen_filter: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen_filter))


def _names(path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["name"] for row in csv.DictReader(handle)}


def test_export_of_the_whole_vault_warns_first(qtbot, window, warned, tmp_path, monkeypatch):
    target = tmp_path / "all.csv"
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export_action.trigger()
    assert len(warned) == 1 and "NOT encrypted" in warned[0]
    assert _names(target) == {"Бабарыка Віктар", "Калеснікава Марыя", "Лосік Ігар"}
    assert "not encrypted" in window.statusBar().currentMessage()


def test_filtered_export_holds_only_the_current_list(qtbot, window, warned, tmp_path, monkeypatch):
    window.filters.region.setCurrentIndex(window.filters.region.findData("minsk_city"))
    window.filters.gender.setCurrentIndex(window.filters.gender.findData(Gender.MALE))
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=10000)
    target = tmp_path / "list.xlsx"
    _save_as(monkeypatch, target, "Excel workbook (*.xlsx)")
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export_list_action.trigger()
    assert warned and target.read_bytes()[:2] == b"PK"
    table = read_table(target)
    assert [row[table.headers.index("name")] for row in table.rows] == ["Бабарыка Віктар"]


def test_json_archive_is_chosen_by_the_file_filter(qtbot, window, warned, tmp_path, monkeypatch):
    target = tmp_path / "archive"
    _save_as(monkeypatch, target, "Full archive, JSON (*.json)")
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export_action.trigger()
    data = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["format"] == "letapis-archive"
    assert window.exporter.last_result.persons == 3


def test_declining_the_warning_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file dialog after no")
    )
    window.export_action.trigger()
    window.export_list_action.trigger()
    assert window.exporter.last_result is None
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]


def test_template_download_from_the_file_menu(window, tmp_path, monkeypatch):
    target = tmp_path / "template.csv"
    _save_as(monkeypatch, target)
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu().title() == "&File")
    templates = next(a.menu() for a in menu.actions() if a.menu() is not None)
    templates.actions()[0].trigger()
    headers = read_table(target).headers
    assert headers[:2] == ("person_key", "name") and len(read_table(target)) == 0


def test_import_from_the_menu_refreshes_the_list(qtbot, window, tmp_path):
    sheet = tmp_path / "new.csv"
    sheet.write_text("name,region\nПратасевіч Раман,Minsk city\n", encoding="utf-8")
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.file_page.load(sheet)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    with qtbot.waitSignal(wizard.imported, timeout=30000):
        wizard.next()
    qtbot.waitUntil(lambda: window.model.total == 4, timeout=10000)


def test_locking_closes_the_wizard(qtbot, window, tmp_path):
    sheet = tmp_path / "names.csv"
    sheet.write_text("name\nПратасевіч Раман\n", encoding="utf-8")
    wizard = window.open_import()
    wizard.file_page.load(sheet)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)
    wizard.next()
    window.close_editors()  # what locking does first
    assert not wizard.isVisible()
