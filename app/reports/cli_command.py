"""`letapis report`: build a report from the vault and write it as PDF or JSON.

Kept out of app/cli.py so the command line only wires arguments; the checks here give the
one-line errors the CLI contract promises (exit 1) for a malformed month, an unsupported
language or kind, or an output name that is neither .pdf nor .json.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from app.errors import LetapisError
from app.reports.model import LANGUAGES, REPORT_KINDS, ReportOptions

_MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})")


class ReportArgumentError(LetapisError):
    """A report option the user typed is not usable; the message says what to type instead."""


def parse_report_month(text: str) -> tuple[int, int]:
    """ "2024-12" -> (2024, 12); anything else is a ReportArgumentError naming the format."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match["month"]) <= 12:
        raise ReportArgumentError(
            f"--month must be a month written YYYY-MM (e.g. 2024-12), not {text!r}."
        )
    return int(match["year"]), int(match["month"])


def run_report_command(args: argparse.Namespace) -> int:
    """Build the report ``args`` describe and write it; returns the process exit code.

    ``args``: ``vault`` (folder or None for the default), ``month`` ("YYYY-MM"), ``lang``
    (en|be|ru), ``kind`` (monthly|prosecutions), ``output`` (path ending .pdf or .json) and
    optionally ``org`` (organisation name printed in the header).
    """
    from app.cli import _open
    from app.reports.export import OUTPUT_SUFFIXES, ReportRequest, build_report, write_report

    year, month = parse_report_month(args.month)
    lang = getattr(args, "lang", "en") or "en"
    kind = getattr(args, "kind", "monthly") or "monthly"
    if lang not in LANGUAGES:
        raise ReportArgumentError(f"--lang must be one of {', '.join(LANGUAGES)}, not {lang!r}.")
    if kind not in REPORT_KINDS:
        raise ReportArgumentError(f"--kind must be one of {', '.join(REPORT_KINDS)}, not {kind!r}.")
    output = Path(args.output).expanduser()
    if output.suffix.lower() not in OUTPUT_SUFFIXES:
        raise ReportArgumentError(f"-o must name a .pdf or .json file, not {output.name!r}.")
    if not output.parent.is_dir():
        raise ReportArgumentError(f"The folder {output.parent} does not exist.")
    org = getattr(args, "org", None) or ""
    request = ReportRequest(year, month, kind, ReportOptions(lang=lang), org)  # type: ignore[arg-type]
    vault = _open(args)
    try:
        with vault.session() as session:
            report = build_report(session, request)
    finally:
        vault.lock()
    write_report(report, output, org_name=org)
    print(
        f"Wrote {output} ({kind}, {year:04d}-{month:02d}, {lang}). "
        "It is NOT encrypted: keep it safe."
    )
    return 0
