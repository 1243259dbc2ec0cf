"""Dashboard tab: the month's headline figures for a chosen date and a bar chart by region."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.services.dashboard import DashboardFigures, figures_on
from app.ui.person_model import full_year_format
from app.ui.tasks import run_in_background

BAR_COLOUR = QColor("#8c2f39")


class BarChart(QWidget):
    """Horizontal bars: readable with long Cyrillic region names, no chart library needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = items
        self.update()

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.items:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(label) for label, _ in self.items) + 12
        value_w = metrics.horizontalAdvance("000000") + 8
        top = max(v for _, v in self.items) or 1
        row_h = min(34.0, (self.height() - 8) / len(self.items))
        bar_space = max(10.0, self.width() - label_w - value_w - 16)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for i, (label, value) in enumerate(self.items):
            y = 4 + i * row_h
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(4, y, label_w - 8, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            width = bar_space * value / top
            painter.fillRect(QRectF(label_w, y + row_h * 0.2, width, row_h * 0.6), BAR_COLOUR)
            painter.drawText(
                QRectF(label_w + width + 6, y, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )


class FigureTile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class Dashboard(QWidget):
    def __init__(self, vault: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.lang = lang
        self.locale = QLocale(lang)
        self.figures: DashboardFigures | None = None
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(self.locale)
        self.date_edit.setDisplayFormat(full_year_format(self.locale))
        self.date_edit.dateChanged.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Figures on:")))
        header.addWidget(self.date_edit)
        header.addStretch()
        self.tiles = {
            "political_prisoners": FigureTile(self.tr("political prisoners held")),
            "women": FigureTile(self.tr("of them women")),
            "incommunicado": FigureTile(self.tr("held incommunicado")),
            "new_this_month": FigureTile(self.tr("recognised this month")),
            "released_this_month": FigureTile(self.tr("released this month")),
        }
        grid = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, i)
        self.chart = BarChart()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid)
        title = QLabel(self.tr("Political prisoners by region"))
        title.setStyleSheet("font-weight: bold; margin-top: 12px;")
        layout.addWidget(title)
        layout.addWidget(self.chart, 1)

    def refresh(self) -> None:
        on: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        vault = self.vault

        def work() -> DashboardFigures:
            with vault.session() as session:
                return figures_on(session, on)

        run_in_background(work, self._show, owner=self)

    def _show(self, figures: DashboardFigures) -> None:
        self.figures = figures
        for key, tile in self.tiles.items():
            tile.value.setText(self.locale.toString(int(getattr(figures, key))))
        items = []
        for code, count in figures.by_region.items():
            name = self.tr("Unknown region")
            if code:
                try:
                    name = reference.region(code).name(self.lang)
                except KeyError:
                    name = code
            items.append((name, count))
        self.chart.set_items(items)
