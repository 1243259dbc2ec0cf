"""Page images for the Reports tab's preview, rendered from PDF bytes in memory."""

from __future__ import annotations

import pytest

from app.reports.data import build_monthly_report
from app.reports.preview import render_pages
from app.reports.render import render_pdf_bytes


@pytest.fixture(scope="module")
def pdf(december):
    vault, _ids = december
    with vault.session() as session:
        report = build_monthly_report(session, 2024, 12)
    return render_pdf_bytes(report)


def _dark_pixels(page) -> int:
    """Pixels clearly darker than paper, sampled on every 4th row: text and rules."""
    count = 0
    for y in range(0, page.height, 4):
        row = page.pixels[y * page.stride : y * page.stride + page.width * 3]
        count += sum(1 for value in row[::3] if value < 128)
    return count


def test_every_page_is_rendered_with_ink(pdf):
    pages = render_pages(pdf, 72)
    assert len(pages) >= 2
    for page in pages:
        # A4 is 595.3 x 841.9 points: one pixel per point at 72 dpi; RGB rows, maybe padded.
        assert abs(page.width - 595) <= 1 and abs(page.height - 842) <= 1
        assert page.stride >= page.width * 3
        assert len(page.pixels) == page.stride * page.height
        assert _dark_pixels(page) > 100


def test_resolution_follows_the_dpi(pdf):
    small, large = render_pages(pdf, 36)[0], render_pages(pdf, 144)[0]
    assert abs(large.width - 4 * small.width) <= 4
    assert abs(large.height - 4 * small.height) <= 4


def test_nonsense_dpi_is_refused(pdf):
    with pytest.raises(ValueError):
        render_pages(pdf, 0)


def test_memory_cap_lowers_the_resolution_of_every_page(pdf):
    full = render_pages(pdf, 144)
    budget = len(full) * 200 * 280
    capped = render_pages(pdf, 144, max_pixels=budget)
    assert len(capped) == len(full)
    # Within rounding: PDFium rounds each page's size up to whole pixels.
    assert budget * 0.95 <= sum(page.width * page.height for page in capped) <= budget * 1.02
    assert all(page.dpi < 144 for page in capped)
    assert all(page.dpi == 144 for page in full)
