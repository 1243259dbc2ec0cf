"""Reports out of the vault: build one, write it as PDF or JSON, export its tables as CSV.

This is the entry point the CLI and the GUI's Reports screen share. The output files are not
encrypted (they are meant for publication), so callers must warn the user before writing;
nothing here writes anywhere the caller did not name, and PDF/JSON files are written atomically
so an interrupted export never leaves half a report behind.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from app.crypto.atomic import write_atomic
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term
from app.reports.data import build_monthly_report, build_prosecutions_report
from app.reports.model import (
    REPORT_KINDS,
    Conviction,
    Count,
    PersonRef,
    Report,
    ReportKind,
    ReportOptions,
)
from app.reports.render import render_pdf_bytes
from app.reports.strings import ReportStrings
from app.reports.tables import Table, report_tables

JSON_FORMAT = "letapis-report/1"
OUTPUT_SUFFIXES = (".pdf", ".json")


@dataclass(frozen=True)
class ReportRequest:
    """What the user picked on the Reports screen or the command line."""

    year: int
    month: int
    kind: ReportKind = "monthly"
    options: ReportOptions = field(default_factory=ReportOptions)
    org_name: str = ""


def build_report(session: Session, request: ReportRequest) -> Report:
    """The report's figures (no layout): what preview, PDF, JSON and CSV are made from."""
    if request.kind not in REPORT_KINDS:
        raise ValueError(f"unknown report kind {request.kind!r}: use monthly or prosecutions")
    build = build_monthly_report if request.kind == "monthly" else build_prosecutions_report
    return build(session, request.year, request.month, request.options)


def write_report(
    report: Report, path: Path, *, org_name: str = "", generated_on: date | None = None
) -> Path:
    """Write ``report`` as PDF or JSON, chosen by the file extension."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        data = render_pdf_bytes(report, org_name=org_name, generated_on=generated_on)
    elif suffix == ".json":
        document = report_json(report, org_name=org_name, generated_on=generated_on)
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        raise ValueError(f"cannot tell the format of {path.name!r}: name it .pdf or .json")
    write_atomic(path, data)
    return path


# --- JSON ---------------------------------------------------------------------------------------


class _Json:
    """Walks the report dataclasses into JSON values, adding the report-language label next to
    each code (region, article, court, ...), so a website can print them without our tables."""

    LABELS: ClassVar[dict[str, str]] = {
        "by_region": "region",
        "by_article": "article",
        "administrative": "article",
        "by_court": "court",
        "by_term": "term",
        "released_by_reason": "release",
        "repressions_by_type": "event",
    }

    def __init__(self, report: Report) -> None:
        self.s = ReportStrings(report.lang)
        self.style = report.options.anonymous_style

    def label(self, context: str, row: Count) -> str:
        s = self.s
        kind = self.LABELS.get(context)
        if kind == "region":
            return s.region(row.key)
        if kind == "article":
            return s.article(row.key)
        if kind == "court":
            return s.court(row.key)
        if kind in ("term", "release", "event"):
            return s(f"{kind}.{row.key}")
        return s.free_text(row.label) if row.label else row.key

    def value(self, value: Any, context: str = "") -> Any:
        s = self.s
        if isinstance(value, PersonRef):
            # Only what the PDF prints: a label, never initials + city + gender together.
            return {"name": s.person(value, self.style), "anonymised": value.anonymised}
        if isinstance(value, Count):
            return {
                "key": value.key,
                "label": self.label(context, value),
                "persons": value.persons,
                "women": value.women,
                "years": value.years,
            }
        if isinstance(value, Conviction):
            return {
                "verdict_on": self.value(value.verdict_on),
                "court": {"code": value.court_code, "name": s.court(value.court_code)}
                if value.court_code
                else None,
                "judge": s.free_text(value.judge) if value.judge else None,
                "articles": [{"key": k, "label": s.article(k)} for k in value.article_keys],
                "sentence_type": value.sentence_type.value,
                "term": self.value(value.term),
                "in_absentia": value.in_absentia,
            }
        if isinstance(value, Term):
            return {
                "years": value.years,
                "months": value.months,
                "days": value.days,
                "text": s.term(value),
            }
        if isinstance(value, ReportOptions):
            return {"cumulative_since_year": value.cumulative_since_year}
        if isinstance(value, PartialDate):
            return value.iso()
        if is_dataclass(value) and not isinstance(value, type):
            out = {f.name: self.value(getattr(value, f.name), f.name) for f in fields(value)}
            for name in ("total", "other", "released", "capital", "most_repressive_region"):
                attribute = getattr(type(value), name, None)
                if isinstance(attribute, property):
                    out[name] = self.value(getattr(value, name))
            return out
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, dict):
            return {str(k): self.value(v, str(k)) for k, v in value.items()}
        if isinstance(value, tuple | list):
            return [self.value(item, context) for item in value]
        return value


def report_json(
    report: Report, *, org_name: str = "", generated_on: date | None = None
) -> dict[str, Any]:
    """The same figures and named lists as the PDF, as a JSON-ready dict."""
    walker = _Json(report)
    body = walker.value(report)
    assert isinstance(body, dict)
    body.pop("options", None)
    return {
        "format": JSON_FORMAT,
        "kind": report.kind,
        "lang": report.lang,
        "month": f"{report.year:04d}-{report.month:02d}",
        "as_of": report.last_day.isoformat(),
        "organisation": org_name,
        "generated_on": (generated_on or date.today()).isoformat(),
        "cumulative_since_year": report.options.cumulative_since_year,
        "has_data": report.has_data,
        "figures": body,
    }


# --- CSV ----------------------------------------------------------------------------------------


def table_csv(table: Table) -> str:
    """One table as CSV text (header row first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.header)
    writer.writerows(table.rows)
    return buffer.getvalue()


def write_tables_csv(report: Report, directory: Path) -> list[Path]:
    """Every table of the report as ``<month>-<kind>-<lang>-<table>.csv`` in ``directory``.

    UTF-8 with a byte-order mark, so spreadsheet programs open Cyrillic text correctly. Every
    table is written, even an empty one (header only), so a website's import finds the same
    set of files every month.
    """
    directory.mkdir(parents=True, exist_ok=True)
    prefix = f"{report.year:04d}-{report.month:02d}-{report.kind}-{report.lang}"
    written = []
    for table in report_tables(report):
        path = directory / f"{prefix}-{table.name}.csv"
        write_atomic(path, table_csv(table).encode("utf-8-sig"))
        written.append(path)
    return written
