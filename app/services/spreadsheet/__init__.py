"""Spreadsheet import and export: the documenters' existing data, in the template's format.

Public API (the GUI wizard and ``letapis import``/``export`` use only these):

* :func:`read_table` -- CSV (encoding and delimiter detected) or XLSX -> :class:`RawTable`
* :func:`suggest_mapping` / :func:`remember_mapping` -- which column feeds which field
* :func:`plan_import` -- dry run -> :class:`ImportPlan` (row outcomes, errors, duplicates)
* :func:`apply_import` -- one transaction -> :class:`ImportResult`
* :func:`export_vault` -- template CSV/XLSX or a full JSON archive
* :func:`shipped_template` -- the empty template (CSV, XLSX) and an example, to download
"""

from __future__ import annotations

from app.services.spreadsheet.assembly import DuplicateCandidate, RowAction
from app.services.spreadsheet.exporter import (
    UNENCRYPTED_WARNING,
    ExportFormat,
    ExportResult,
    export_vault,
)
from app.services.spreadsheet.importer import (
    Decision,
    ImportPlan,
    ImportRejected,
    ImportResult,
    MappingNotReady,
    RowOutcome,
    apply_import,
    plan_import,
)
from app.services.spreadsheet.mapping import Mapping, remember_mapping, suggest_mapping
from app.services.spreadsheet.reader import RawTable, SpreadsheetError, read_table
from app.services.spreadsheet.rows import RowError
from app.services.spreadsheet.template import COLUMN_NAMES, COLUMNS, shipped_template

__all__ = [
    "COLUMNS",
    "COLUMN_NAMES",
    "UNENCRYPTED_WARNING",
    "Decision",
    "DuplicateCandidate",
    "ExportFormat",
    "ExportResult",
    "ImportPlan",
    "ImportRejected",
    "ImportResult",
    "Mapping",
    "MappingNotReady",
    "RawTable",
    "RowAction",
    "RowError",
    "RowOutcome",
    "SpreadsheetError",
    "apply_import",
    "export_vault",
    "plan_import",
    "read_table",
    "remember_mapping",
    "shipped_template",
    "suggest_mapping",
]
