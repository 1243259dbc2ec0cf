"""Page images of a rendered report, for the on-screen preview.

The PDF is rasterised from the bytes in memory with PDFium (pypdfium2): a report names
political prisoners, so neither the PDF nor its page images may ever touch the disk before the
user has chosen to export. The images are plain RGB buffers, so this module stays Qt-free; the
Reports tab wraps them in QImages.

PDFium is not thread-safe: callers run this on one background lane at a time
(``app.ui.tasks.run_in_background`` uses a single serial lane).
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

POINTS_PER_INCH = 72
MAX_PIXELS = 40_000_000
"""Pixels of all page images together (~120 MB as RGB). A long report or a high zoom is
rendered at a lower resolution instead of exhausting a laptop's memory."""


@dataclass(frozen=True)
class PageImage:
    """One page as packed-by-row 8-bit RGB pixels (``stride`` bytes per row), rendered at
    ``dpi`` dots per inch."""

    width: int
    height: int
    stride: int
    pixels: bytes
    dpi: float


def render_pages(pdf: bytes, dpi: float, max_pixels: int = MAX_PIXELS) -> list[PageImage]:
    """Every page of ``pdf`` at ``dpi`` dots per inch (less if all pages together would exceed
    ``max_pixels``), first page first."""
    if dpi <= 0:
        raise ValueError(f"dpi must be positive, not {dpi}")
    document = pdfium.PdfDocument(pdf)
    try:
        sizes = [document.get_page_size(index) for index in range(len(document))]
        area = sum(width * height for width, height in sizes)  # in points
        scale = min(dpi / POINTS_PER_INCH, (max_pixels / area) ** 0.5) if area else 1.0
        images = []
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True)
                try:
                    images.append(
                        PageImage(
                            bitmap.width,
                            bitmap.height,
                            bitmap.stride,
                            bytes(bitmap.buffer),
                            scale * POINTS_PER_INCH,
                        )
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
        return images
    finally:
        document.close()
