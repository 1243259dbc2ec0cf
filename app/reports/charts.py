"""Bar charts drawn with reportlab graphics: vector shapes inside the PDF, no image files.

Vector charts stay sharp when a page is zoomed or printed, add almost nothing to the file size
and use the same embedded fonts as the text, so Cyrillic labels render like the body text.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.styles import BAR, FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts

_ROW = 6.2 * mm
_TITLE_SPACE = 9 * mm


def _nice_max(value: int) -> int:
    """A round axis maximum a little above ``value``, so the tallest bar nearly fills the plot."""
    if value <= 5:
        return 5
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        top = int(step * magnitude)
        if top >= value * 1.08:
            return top
    return value * 2


def _drawing(title: str, width: float, height: float) -> Drawing:
    """A titled drawing whose default font is the embedded one: reportlab's renderer would
    otherwise start every drawing in Helvetica, which the PDF then references unembedded."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    drawing.add(String(0, height - 4 * mm, title, fontName=FONT_BOLD, fontSize=9.5, fillColor=INK))
    return drawing


def horizontal_bars(
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    width: float,
    *,
    label_width: float = 48 * mm,
) -> Drawing:
    """Categories top to bottom in the given order, each bar labelled with its value."""
    rows = max(len(values), 1)
    plot_height = rows * _ROW
    height = plot_height + _TITLE_SPACE + 8 * mm
    drawing = _drawing(title, width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 6 * mm
    chart.width = width - label_width - 12 * mm
    chart.height = plot_height
    # reportlab draws the first category at the bottom; reverse to read top-down.
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values, default=0))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = _ROW * 0.62
    chart.groupSpacing = _ROW * 0.38
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def vertical_bars(
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    width: float,
    *,
    height: float = 52 * mm,
    color: object = BAR,
) -> Drawing:
    """Columns left to right (months of a trend), labelled with their values."""
    drawing = _drawing(title, width, height)
    chart = VerticalBarChart()
    chart.x = 10 * mm
    chart.y = 10 * mm
    chart.width = width - 12 * mm
    chart.height = height - _TITLE_SPACE - 12 * mm
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values, default=0))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    # Value labels only when they fit above their column: 4-digit counts over twelve narrow
    # columns would overlap and read as noise; the axis grid still gives the scale.
    column = chart.width / max(len(values), 1)
    widest = max((stringWidth(str(v), FONT, 6.5) for v in values), default=0)
    size = min(6.5, 6.5 * 0.8 * column / widest) if widest else 6.5
    if size >= 5:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = size
        chart.barLabels.fillColor = INK
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 1
    drawing.add(chart)
    return drawing
