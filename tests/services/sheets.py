"""Helpers for the spreadsheet tests: write a small sheet, plan it against a vault."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from app.services.spreadsheet import ImportPlan, plan_import, read_table, suggest_mapping


def write_sheet(
    path: Path,
    rows: list[dict[str, str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    """A CSV with the union of the rows' keys as header, in first-seen order."""
    header = list(dict.fromkeys(key for row in rows for key in row))
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, header, delimiter=delimiter, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def plan_file(vault: Any, path: Path) -> ImportPlan:
    table = read_table(path)
    with vault.session() as session:
        return plan_import(session, table, suggest_mapping(table.headers, session))
