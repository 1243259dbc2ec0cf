"""Reports tab: narrative saved encrypted per month/language/section, export after a warning."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.narratives import load_narratives
from app.ui.reports_tab import ReportsTab


@pytest.fixture
def tab(qtbot, vault):
    widget = ReportsTab(vault)
    qtbot.addWidget(widget)
    widget.month.setDate(QDate(2024, 12, 1))
    return widget


def test_narrative_is_saved_per_section_and_language(qtbot, tab, vault):
    tab.section.setCurrentIndex(tab.section.findData("journalists"))
    tab.text.setPlainText("Journalists remained behind bars.")
    tab.save()
    qtbot.waitUntil(lambda: "saved" in tab.status.text(), timeout=10000)
    with vault.session() as session:
        assert load_narratives(session, "2024-12", "en") == {
            "journalists": "Journalists remained behind bars."
        }
        assert load_narratives(session, "2024-12", "be") == {}
    tab.report_lang.setCurrentIndex(tab.report_lang.findData("be"))
    qtbot.waitUntil(lambda: tab.text.toPlainText() == "", timeout=10000)
    tab.report_lang.setCurrentIndex(tab.report_lang.findData("en"))
    qtbot.waitUntil(
        lambda: tab.text.toPlainText() == "Journalists remained behind bars.", timeout=10000
    )


def test_export_warns_and_writes_pdf_with_narrative(qtbot, tab, tmp_path, monkeypatch):
    tab.section.setCurrentIndex(tab.section.findData("summary"))
    tab.text.setPlainText("Zzqx narrative marker.")
    tab.save()
    qtbot.waitUntil(lambda: "saved" in tab.status.text(), timeout=10000)
    warned = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export(".pdf")
    qtbot.waitUntil(lambda: tab.last_written is not None, timeout=60000)
    assert warned and "NOT encrypted" in warned[0]
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    if text.returncode == 0:
        assert "Zzqx narrative marker." in text.stdout


def test_export_cancelled_writes_nothing(qtbot, tab, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: pytest.fail("no file dialog after declining"),
    )
    tab.export(".pdf")
    assert tab.last_written is None


def test_section_names_come_from_the_report_catalogue(qtbot, vault):
    widget = ReportsTab(vault, lang="be")
    qtbot.addWidget(widget)
    labels = [widget.section.itemText(i) for i in range(widget.section.count())]
    assert "forced_labour" not in " ".join(labels)
    assert "Прымусовая праца" in labels
