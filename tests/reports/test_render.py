"""PDF, JSON and CSV output of the December 2024 scenario, read back as a reader would.

Text is extracted with poppler's pdftotext and fonts listed with pdffonts (package
poppler-utils); without them those checks are skipped with a reason, while the embedded-font
check on the raw PDF always runs.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.reports.data import build_monthly_report, build_prosecutions_report
from app.reports.export import report_json, write_report, write_tables_csv
from app.reports.model import ReportOptions
from app.reports.render import render_pdf_bytes
from tests.reports.conftest import ANONYMOUS_NAME, NEVER_NAME

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)
GENERATED = date(2025, 1, 9)


@pytest.fixture(scope="module")
def pdfs(december, tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """The monthly review in three languages and the prosecution review in English."""
    vault, _ids = december
    out = tmp_path_factory.mktemp("pdf")
    paths = {}
    with vault.session() as session:
        for lang in ("en", "be", "ru"):
            report = build_monthly_report(session, 2024, 12, ReportOptions(lang=lang))
            paths[lang] = write_report(
                report, out / f"{lang}.pdf", org_name="Test Centre", generated_on=GENERATED
            )
        prosecutions = build_prosecutions_report(session, 2024, 12)
        paths["prosecutions"] = write_report(prosecutions, out / "prosecutions.pdf")
    return paths


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_every_font_is_embedded_in_the_raw_pdf(pdfs):
    for path in pdfs.values():
        data = path.read_bytes()
        assert data.startswith(b"%PDF")
        fonts = data.count(b"/Type /FontDescriptor")
        assert fonts >= 2 and data.count(b"/FontFile2") == fonts, path.name
        assert b"/Helvetica" not in data and b"/Times" not in data


@needs_poppler
def test_pdffonts_lists_only_embedded_fonts(pdfs):
    for path in pdfs.values():
        lines = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert lines, path.name
        for line in lines:
            emb = line.split()[-5]  # columns: name type encoding emb sub uni object ID
            assert emb == "yes", line


@needs_poppler
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Human rights situation in Belarus. December 2024",
                "Politically motivated prosecution. Political prisoners",
                "Persecution of human rights defenders",
                "Lack of fair trial in politically motivated cases",
                "Harassment of journalists and media workers",
                "Persecution presented as combating extremism and terrorism",
                "Held incommunicado at month end (4)",
                "Mikalai Bankou (since December 2023)",
                "since an unknown date",
                "a resident of Brest",
                "Ihar Karnei",
                "1 more not named at their request or for their safety.",
                "Prisoners are made to work <hard> & long.",
                "Test Centre",
            ],
        ),
        (
            "be",
            [
                "Сітуацыя з правамі чалавека ў Беларусі. Снежань 2024",
                "Палітычна матываваны пераслед. Палітвязні",
                "Алесь Бяляцкі",
                "з невядомай даты",
                "жыхар г. Брэст",
            ],
        ),
        (
            "ru",
            [
                "Ситуация с правами человека в Беларуси. Декабрь 2024",
                "Политически мотивированное преследование. Политзаключённые",
                "Алесь Беляцкий",
                "с неизвестной даты",
            ],
        ),
    ],
)
def test_headings_and_names_in_each_language(pdfs, lang, expected):
    text = re.sub(r"\s+", " ", pdftotext(pdfs[lang]))
    for snippet in expected:
        assert snippet in text, snippet
    assert NEVER_NAME not in text and ANONYMOUS_NAME not in text
    pages = int(re.findall(r"\b(\d+) ?/ ?(\d+)\b", text)[-1][1])
    assert re.search(rf"\b2 ?/ ?{pages}\b", text), "page numbers 'X / Y'"


@needs_poppler
def test_belarusian_latin_letters_survive(pdfs):
    text = pdftotext(pdfs["en"])
    # Škloŭ (court of the Art. 411 verdict), Homieĺ (most repressive region).
    assert "Škloŭ District Court" in text
    assert "Homieĺ" in text


@needs_poppler
def test_prosecution_review(pdfs):
    text = re.sub(r"\s+", " ", pdftotext(pdfs["prosecutions"]))
    assert "Politically motivated criminal prosecution. December 2024" in text
    assert "Families prosecuted" in text and "Andrei Kavalchuk" in text
    assert "Dzmitry Holub" in text  # repeated conviction


def test_pdf_metadata_and_bookmarks(pdfs):
    data = pdfs["en"].read_bytes()
    assert b"/Outlines" in data
    assert data.count(b"/Dest") >= 8  # one bookmark per section at least
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(pdfs["en"])], capture_output=True, text=True, check=True
        ).stdout
        assert "Title:" in info and "December 2024" in info
        assert re.search(r"Author:\s+Test Centre", info)


@needs_poppler
def test_month_without_data_says_so(vault, tmp_path):
    with vault.session() as session:
        report = build_monthly_report(session, 2024, 12)
    path = write_report(report, tmp_path / "empty.pdf")
    text = re.sub(r"\s+", " ", pdftotext(path))
    assert "No records for December 2024 have been documented yet" in text
    assert "No records for this section in December 2024." in text


def test_json_has_the_figures_and_respects_publication_levels(december, tmp_path):
    vault, _ids = december
    with vault.session() as session:
        report = build_monthly_report(session, 2024, 12)
    path = write_report(report, tmp_path / "out.json", org_name="Test Centre")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format"] == "letapis-report/1" and data["month"] == "2024-12"
    figures = data["figures"]
    assert figures["current"]["prisoners_held"] == {"total": 9, "women": 3, "men": 6, "other": 0}
    assert figures["convictions"]["by_region"][2] == {
        "key": "homiel",
        "label": "Homieĺ",
        "persons": 2,
        "women": 1,
        "years": 3.0,
    }
    assert figures["incommunicado"]["withheld"] == 1
    anonymous = [e for e in figures["incommunicado"]["entries"] if e["person"]["anonymised"]]
    assert anonymous[0]["person"] == {"name": "a resident of Brest", "anonymised": True}
    assert anonymous[0]["since"] == "2024-10-03"
    assert figures["lists"]["art411"]["entries"][0]["release"] == "2025-09-10"
    assert figures["lists"]["art411"]["entries"][0]["conviction"]["term"]["text"] == "8 months"
    assert NEVER_NAME not in text and ANONYMOUS_NAME not in text
    assert report_json(report)["has_data"] is True


def test_csv_tables(december, tmp_path):
    vault, _ids = december
    with vault.session() as session:
        report = build_monthly_report(session, 2024, 12)
    written = write_tables_csv(report, tmp_path / "csv")
    names = {p.name for p in written}
    assert "2024-12-monthly-en-key_figures.csv" in names
    assert "2024-12-monthly-en-convictions_by_region.csv" in names
    with (tmp_path / "csv" / "2024-12-monthly-en-key_figures.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Indicator", "December 2024", "November 2024", "Change"]
    assert ["Political prisoners held at month end", "9", "11", "–2"] in rows
    with (tmp_path / "csv" / "2024-12-monthly-en-incommunicado.csv").open(
        encoding="utf-8-sig"
    ) as f:
        text = f.read()
    assert NEVER_NAME not in text and "a resident of Brest" in text


def test_unknown_output_format_is_refused(december, tmp_path):
    vault, _ids = december
    with vault.session() as session:
        report = build_prosecutions_report(session, 2024, 12)
    with pytest.raises(ValueError, match=r"\.pdf or \.json"):
        write_report(report, tmp_path / "out.docx")
    assert render_pdf_bytes(report).startswith(b"%PDF")
