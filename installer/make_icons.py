"""Render resources/icons/letapis.svg into the PNG and ICO files the installers use.

Run after editing the SVG (the outputs are committed, so builds need neither this script nor a
renderer): ``.venv/bin/python installer/make_icons.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICONS / "letapis.svg"))
    if not renderer.isValid():
        print("letapis.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(renderer, size).save(str(ICONS / f"letapis-{size}.png"))
    largest = Image.open(ICONS / "letapis-256.png")
    largest.save(ICONS / "letapis.ico", sizes=[(s, s) for s in PNG_SIZES])
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
