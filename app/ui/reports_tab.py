"""Reports tab: choose month, kind and language, write the narrative per section, preview the
pages, export.

Figures and PDF layout come from app.reports (Qt-free). Exports are plaintext by nature, so the
user is warned before anything is written, and Qt's own file dialog is used so the file does not
land in the desktop's "recent files". The preview needs no warning: the PDF and its page images
exist only in memory (app.reports.preview renders from bytes) and are dropped with the tab.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QImage, QPalette, QPixmap
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
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.reports.export import ReportRequest, build_report, write_report
from app.reports.model import MONTHLY_SECTIONS, PROSECUTION_SECTIONS, ReportOptions
from app.reports.preview import PageImage, render_pages
from app.reports.render import render_pdf_bytes
from app.reports.strings import ReportStrings
from app.services.narratives import load_narratives, save_narrative
from app.ui.tasks import run_in_background

ZOOM_LEVELS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
"""Preview zoom steps; 1.0 shows the page at its printed size on a 96 dpi screen."""
SCREEN_DPI = 96


def page_pixmap(page: PageImage, zoom: float) -> QPixmap:
    """A page image as a pixmap shown at ``zoom`` (1.0: printed size on a 96 dpi screen).

    The device pixel ratio maps the rendered pixels onto that size, so a page rendered at a
    lower resolution (memory cap) is scaled up rather than shown small. QImage borrows the
    buffer, so it is copied before the bytes object can go away.
    """
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    pixmap = QPixmap.fromImage(image.copy())
    pixmap.setDevicePixelRatio(page.dpi / (SCREEN_DPI * zoom))
    return pixmap


class ReportPreview(QWidget):
    """Scrollable page images of one rendered report with zoom and a "page X / Y" label.

    The tab hands it PDF bytes; it renders them off the GUI thread at the current zoom and
    renders again when the zoom changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: bytes | None = None
        self.zoom_index = ZOOM_LEVELS.index(1.0)
        self.pages: list[QLabel] = []
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_label = QLabel()
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        self.container = QWidget()
        self.container.setObjectName("preview_pages")
        self.column = QVBoxLayout(self.container)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.column.setSpacing(12)
        self.placeholder = QLabel(self.tr("Press Preview to see the report's pages here."))
        self.placeholder.setWordWrap(True)
        self.column.addWidget(self.placeholder)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.container)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)

        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addStretch()
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom_index + 1))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom_index - 1))
        self._restore_position: float | None = None
        self.scroll.verticalScrollBar().valueChanged.connect(self._update_page_label)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self._update_controls()

    @property
    def zoom(self) -> float:
        return ZOOM_LEVELS[self.zoom_index]

    def dpi(self) -> float:
        return SCREEN_DPI * self.zoom * self.devicePixelRatioF()

    def set_zoom(self, index: int) -> None:
        index = max(0, min(len(ZOOM_LEVELS) - 1, index))
        if index == self.zoom_index:
            return
        self.zoom_index = index
        self._update_controls()
        if self.pdf is not None:
            self.show_pdf(self.pdf)

    def show_pdf(self, pdf: bytes) -> None:
        """Rasterise ``pdf`` in the background and show its pages when done."""
        self.pdf = pdf
        dpi = self.dpi()
        run_in_background(lambda: render_pages(pdf, dpi), self.show_pages, self._failed)

    def show_pages(self, images: list[PageImage]) -> None:
        bar = self.scroll.verticalScrollBar()
        position = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.placeholder.hide()
        for label in self.pages:
            self.column.removeWidget(label)
            label.deleteLater()
        self.pages = []
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setObjectName(f"page_{number}")
            label.setPixmap(page_pixmap(image, self.zoom))
            label.setFrameShape(QLabel.Shape.Box)
            self.column.addWidget(label)
            self.pages.append(label)
        # The pages are placed when Qt lays the container out; the scroll range changes then.
        self._restore_position = position
        self._update_page_label()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        """Keep the reader at the same place in the document after a zoom."""
        if self._restore_position is not None:
            self.scroll.verticalScrollBar().setValue(round(self._restore_position * maximum))
            self._restore_position = None
        self._update_page_label()

    def current_page(self) -> int:
        """1-based number of the page under the middle of the visible area (0: no pages)."""
        middle = self.scroll.verticalScrollBar().value() + self.scroll.viewport().height() // 2
        current = 0
        for number, label in enumerate(self.pages, start=1):
            if label.y() <= middle:
                current = number
        return min(max(current, 1), len(self.pages)) if self.pages else 0

    def _update_page_label(self) -> None:
        self.page_label.setText(
            self.tr("Page %1 / %2")
            .replace("%1", str(self.current_page()))
            .replace("%2", str(len(self.pages)))
            if self.pages
            else ""
        )

    def _update_controls(self) -> None:
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.zoom_out.setEnabled(self.zoom_index > 0)
        self.zoom_in.setEnabled(self.zoom_index < len(ZOOM_LEVELS) - 1)

    def _failed(self, exc: BaseException) -> None:
        self.placeholder.setText(self.tr("Preview failed: %1").replace("%1", str(exc)))
        self.placeholder.show()


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
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview = ReportPreview()
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
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_json)
        buttons.addWidget(self.export_pdf)
        editor = QWidget()
        left = QVBoxLayout(editor)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.text, 1)
        left.addLayout(buttons)
        left.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 800])  # proportions: a page at 100 % needs ~800 px
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.kind.currentIndexChanged.connect(self._fill_sections)
        self.month.dateChanged.connect(self.load)
        self.report_lang.currentIndexChanged.connect(self.load)
        self.section.currentIndexChanged.connect(self._show_section)
        self.save_text.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.show_preview)
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

    def request(self) -> ReportRequest:
        value = self.month.date()
        return ReportRequest(
            value.year(),
            value.month(),
            str(self.kind.currentData()),  # type: ignore[arg-type]
            ReportOptions(lang=str(self.report_lang.currentData())),  # type: ignore[arg-type]
        )

    def show_preview(self) -> None:
        """Compute the report and lay out its PDF in memory, then show the pages."""
        vault, request = self.vault, self.request()
        self.status.setText(self.tr("Computing the report…"))
        self.preview_button.setEnabled(False)

        def work() -> bytes:
            with vault.session() as session:
                report = build_report(session, request)
            return render_pdf_bytes(report, generated_on=date.today())

        def done(pdf: bytes) -> None:
            self.preview_button.setEnabled(True)
            self.status.setText("")
            self.preview.show_pdf(pdf)

        run_in_background(work, done, self._failed, owner=self)

    def write(self, path: Path) -> None:
        vault, request = self.vault, self.request()
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
        self.preview_button.setEnabled(True)
        self.status.setText(self.tr("Failed: %1").replace("%1", str(exc)))
