"""Spreadsheet export from the app: the whole vault, the current list view, or the template.

Exports are plaintext (whoever gets the file reads every name in it), so nothing is written
before the user has confirmed a warning saying so. The template is not personal data and is
saved without one. Qt's own file dialog is used so the file does not land in the desktop's
"recent files"; the export itself runs on the database lane, off the GUI thread.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from app.models import Person
from app.services.people import PersonFilter, filter_clauses
from app.services.spreadsheet import ExportFormat, ExportResult, export_vault, shipped_template
from app.ui.tasks import run_in_background

_SUFFIX = {ExportFormat.CSV: ".csv", ExportFormat.XLSX: ".xlsx", ExportFormat.JSON: ".json"}


def filtered_person_ids(session: Any, flt: PersonFilter) -> list[str]:
    """The ids of the persons the list view shows for ``flt`` (all pages, not only loaded)."""
    return list(session.scalars(select(Person.id).where(*filter_clauses(flt))))


def save_template(parent: QWidget, kind: str) -> Path | None:
    """Ask where to save the empty template ("csv" or "xlsx") and copy it there."""
    suffix = f".{kind}"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SpreadsheetExport", "Save the import template"),
        f"letapis-import-template{suffix}",
        f"*{suffix}",
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not name:
        return None
    target = Path(name).with_suffix(suffix)
    shutil.copyfile(shipped_template(kind), target)
    return target


class SpreadsheetExporter(QObject):
    """Warn, ask for a file, then export in the background; ``finished`` carries the result."""

    finished = Signal(object)  # ExportResult
    failed = Signal(str)

    def __init__(self, vault: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.vault = vault
        self.parent_widget = parent
        self.last_result: ExportResult | None = None

    def confirm_unencrypted(self) -> bool:
        answer = QMessageBox.warning(
            self.parent_widget,
            self.tr("Export is not encrypted"),
            self.tr(
                "The exported file is NOT encrypted: anyone who gets it can read every name in "
                "it. Keep it on an encrypted drive and delete it when done. Continue?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export(self, flt: PersonFilter | None = None) -> None:
        """The whole vault (``flt`` None) or the persons the list shows for ``flt``."""
        if not self.confirm_unencrypted():
            return
        filters = {
            self.tr("Spreadsheet, CSV (*.csv)"): ExportFormat.CSV,
            self.tr("Excel workbook (*.xlsx)"): ExportFormat.XLSX,
            self.tr("Full archive, JSON (*.json)"): ExportFormat.JSON,
        }
        stem = "letapis-export" if flt is None else "letapis-list"
        name, chosen = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Export spreadsheet") if flt is None else self.tr("Export the current list"),
            f"{stem}.csv",
            ";;".join(filters),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        path = Path(name)
        fmt = filters.get(chosen) or _format_of(path)
        self.write(path.with_suffix(_SUFFIX[fmt]), fmt, flt)

    def write(self, path: Path, fmt: ExportFormat, flt: PersonFilter | None = None) -> None:
        """Export without dialogs (the caller has warned)."""
        vault = self.vault

        def work() -> ExportResult:
            with vault.session() as session:
                ids = None if flt is None else filtered_person_ids(session, flt)
                return export_vault(session, path, fmt, person_ids=ids)

        def done(result: ExportResult) -> None:
            self.last_result = result
            self.finished.emit(result)

        run_in_background(
            work, done, lambda exc: self.failed.emit(str(exc)), owner=self.parent_widget
        )


def _format_of(path: Path) -> ExportFormat:
    suffix = path.suffix.casefold().lstrip(".")
    return ExportFormat(suffix) if suffix in ("csv", "xlsx", "json") else ExportFormat.CSV
