"""Fonts, colours and paragraph styles of the printed report.

reportlab's built-in fonts (Helvetica, Times) have no Cyrillic and no Belarusian Latin letters
(ŭ ĺ ć ń), and a PDF that relies on the reader's fonts may show empty boxes on a journalist's
laptop. So the report uses the bundled Noto Sans TTFs only, registered once per process and
embedded (subset) into every PDF; nothing falls back to a base-14 font.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

FONT = "NotoSans"
FONT_BOLD = "NotoSans-Bold"
FONT_ITALIC = "NotoSans-Italic"
FONT_BOLD_ITALIC = "NotoSans-BoldItalic"
_FONT_FILES = {
    FONT: "NotoSans-Regular.ttf",
    FONT_BOLD: "NotoSans-Bold.ttf",
    FONT_ITALIC: "NotoSans-Italic.ttf",
    FONT_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}

# A calm palette: dark ink, one accent, light tints for tables and charts.
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#9b1c1c")
ACCENT_LIGHT = colors.HexColor("#f4e4e4")
RULE = colors.HexColor("#c9ced6")
ZEBRA = colors.HexColor("#f5f6f8")
BAR = colors.HexColor("#b23a3a")
BAR_SECOND = colors.HexColor("#4a5a6a")

PAGE_MARGIN = 18 * mm
HEADER_GAP = 10 * mm


@cache
def register_fonts() -> str:
    """Register the bundled fonts with reportlab (idempotent) and return the regular name."""
    for name, filename in _FONT_FILES.items():
        path = resource_path("fonts", filename)
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    narrative: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_number: ParagraphStyle
    cell_indent: ParagraphStyle
    head_number: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle
    toc: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)
    return Styles(
        title=ParagraphStyle(
            "title", base, fontName=FONT_BOLD, fontSize=24, leading=30, spaceAfter=6 * mm
        ),
        subtitle=ParagraphStyle(
            "subtitle", base, fontSize=13, leading=18, textColor=MUTED, spaceAfter=4 * mm
        ),
        meta=ParagraphStyle("meta", base, fontSize=10, leading=15, textColor=MUTED),
        h1=ParagraphStyle(
            "h1",
            base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=2 * mm,
            spaceAfter=3 * mm,
        ),
        h2=ParagraphStyle(
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        body=ParagraphStyle("body", base, spaceAfter=2 * mm, alignment=TA_LEFT),
        narrative=ParagraphStyle("narrative", base, fontSize=10, leading=14.5, spaceAfter=2.5 * mm),
        note=ParagraphStyle(
            "note",
            base,
            fontName=FONT_ITALIC,
            fontSize=8.5,
            leading=11.5,
            textColor=MUTED,
            spaceAfter=2 * mm,
        ),
        bullet=ParagraphStyle(
            "bullet", base, leftIndent=4 * mm, bulletIndent=0, spaceAfter=0.8 * mm
        ),
        cell=ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        cell_bold=ParagraphStyle("cell_bold", base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        cell_number=ParagraphStyle(
            "cell_number", base, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
        cell_indent=ParagraphStyle(
            "cell_indent", base, fontSize=8.5, leading=11, leftIndent=4 * mm
        ),
        head_number=ParagraphStyle(
            "head_number", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
        figure_value=ParagraphStyle(
            "figure_value",
            base,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=24,
            textColor=ACCENT,
            alignment=TA_CENTER,
        ),
        figure_label=ParagraphStyle(
            "figure_label", base, fontSize=8, leading=10.5, textColor=MUTED, alignment=TA_CENTER
        ),
        toc=ParagraphStyle("toc", base, fontSize=10, leading=16),
    )
