"""Reports tab: choose month, kind and language, write the narrative per section, export.

Figures and PDF layout come from app.reports (Qt-free). Exports are plaintext by nature, so the
user is warned before anything is written, and Qt's own file dialog is used so the file does not
land in the desktop's "recent files".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reports.export import ReportRequest, build_report, write_report
from app.reports.model import MONTHLY_SECTIONS, PROSECUTION_SECTIONS, ReportOptions
from app.reports.strings import ReportStrings
from app.services.narratives import load_narratives, save_narrative
from app.ui.tasks import run_in_background


class ReportsTab(QWidget):
    def __init__(self, vault: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.lang = lang
        self.narratives: dict[str, str] = {}
        self.last_written: Path | None = None
        self.month = QDateEdit(QDate.currentDate().addMonths(-1))
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setLocale(QLocale(lang))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Monthly review"), "monthly")
        self.kind.addItem(self.tr("Criminal prosecutions review"), "prosecutions")
        self.report_lang = QComboBox()
        for code, name in (("en", "English"), ("be", "Беларуская"), ("ru", "Русский")):
            self.report_lang.addItem(name, code)
        self.report_lang.setCurrentIndex(max(0, self.report_lang.findData(lang)))
        self.section = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setObjectName("narrative")
        self.text.setPlaceholderText(self.tr("Your narrative for this section of the report…"))
        self.save_text = QPushButton(self.tr("Save text"))
        self.export_pdf = QPushButton(self.tr("Export PDF…"))
        self.export_json = QPushButton(self.tr("Export figures (JSON)…"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow(self.tr("Report language:"), self.report_lang)
        form.addRow(self.tr("Section:"), self.section)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_text)
        buttons.addStretch()
        buttons.addWidget(self.export_json)
        buttons.addWidget(self.export_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.kind.currentIndexChanged.connect(self._fill_sections)
        self.month.dateChanged.connect(self.load)
        self.report_lang.currentIndexChanged.connect(self.load)
        self.section.currentIndexChanged.connect(self._show_section)
        self.save_text.clicked.connect(self.save)
        self.export_pdf.clicked.connect(lambda: self.export(".pdf"))
        self.export_json.clicked.connect(lambda: self.export(".json"))
        self._fill_sections()

    def month_key(self) -> str:
        value = self.month.date()
        return f"{value.year():04d}-{value.month():02d}"

    def _fill_sections(self) -> None:
        sections = (
            MONTHLY_SECTIONS if self.kind.currentData() == "monthly" else PROSECUTION_SECTIONS
        )
        self.section.blockSignals(True)
        self.section.clear()
        titles = ReportStrings(self.lang if self.lang in ("en", "be", "ru") else "en")
        for key in sections:
            try:
                title = titles(f"section.{key}")
            except KeyError:
                title = key.replace("_", " ").capitalize()
            self.section.addItem(title, key)
        self.section.blockSignals(False)
        self.load()

    def load(self) -> None:
        vault, month, lang = self.vault, self.month_key(), self.report_lang.currentData()

        def work() -> dict[str, str]:
            with vault.session() as session:
                return load_narratives(session, month, lang)

        def done(texts: dict[str, str]) -> None:
            self.narratives = texts
            self._show_section()

        run_in_background(work, done, self._failed, owner=self)

    def _show_section(self) -> None:
        self.text.setPlainText(self.narratives.get(self.section.currentData() or "", ""))

    def save(self) -> None:
        vault, month, lang = self.vault, self.month_key(), self.report_lang.currentData()
        section, body = self.section.currentData(), self.text.toPlainText()

        def work() -> None:
            with vault.session() as session, session.begin():
                save_narrative(session, month, lang, section, body)

        def done(_r: Any) -> None:
            self.narratives[section] = body
            self.status.setText(self.tr("Text saved in the vault (encrypted)."))

        run_in_background(work, done, self._failed, owner=self)

    def export(self, suffix: str) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Export is not encrypted"),
            self.tr(
                "The exported file is NOT encrypted: anyone who gets it can read it. Keep it "
                "off this laptop and delete it after publishing. Continue?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            f"report-{self.month_key()}{suffix}",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.write(Path(name).with_suffix(suffix))

    def write(self, path: Path) -> None:
        vault = self.vault
        value = self.month.date()
        request = ReportRequest(
            value.year(),
            value.month(),
            self.kind.currentData(),
            ReportOptions(lang=self.report_lang.currentData()),
        )
        self.status.setText(self.tr("Computing the report…"))
        self.export_pdf.setEnabled(False)

        def work() -> Path:
            with vault.session() as session:
                report = build_report(session, request)
            return write_report(report, path, generated_on=date.today())

        def done(written: Path) -> None:
            self.export_pdf.setEnabled(True)
            self.last_written = written
            self.status.setText(self.tr("Written: %1").replace("%1", str(written)))

        run_in_background(work, done, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.export_pdf.setEnabled(True)
        self.status.setText(self.tr("Failed: %1").replace("%1", str(exc)))
