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


def _non_blank(label) -> bool:
    """Some pixel of the page image is not white: text was drawn, not just a blank sheet."""
    image = label.pixmap().toImage()
    step_x, step_y = max(1, image.width() // 80), max(1, image.height() // 120)
    return any(
        image.pixelColor(x, y).lightness() < 200
        for y in range(0, image.height(), step_y)
        for x in range(0, image.width(), step_x)
    )


def test_preview_shows_the_report_pages_in_memory(qtbot, vault, tmp_path_factory, monkeypatch):
    from tests.reports.conftest import build_december_2024

    with vault.session() as session, session.begin():
        build_december_2024(session)
    cwd = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(cwd)  # nothing may be written: the preview stays in memory
    widget = ReportsTab(vault)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.month.setDate(QDate(2024, 12, 1))
    preview = widget.preview
    assert preview.page_label.text() == ""
    widget.preview_button.click()
    qtbot.waitUntil(lambda: len(preview.pages) >= 2, timeout=60000)
    assert list(cwd.iterdir()) == []
    assert all(_non_blank(label) for label in preview.pages)
    pages = len(preview.pages)
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Page 1 / {pages}")
    width = preview.pages[0].pixmap().width()

    bar = preview.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert preview.page_label.text() == f"Page {pages} / {pages}"
    bar.setValue(0)

    preview.zoom_in.click()
    qtbot.waitUntil(lambda: preview.pages[0].pixmap().width() > width, timeout=30000)
    assert preview.zoom_label.text() == "125 %"
    preview.zoom_out.click()
    preview.zoom_out.click()
    qtbot.waitUntil(lambda: preview.pages[0].pixmap().width() < width, timeout=30000)
    assert len(preview.pages) == pages
