"""Sync tab: the team roster, USB bundle export/import, and the conflicts nobody may lose.

All work runs on the database lane (app.ui.tasks); the screen only shows results. Adding a member
always shows the card's fingerprint first, to be compared by phone or in person.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import backups
from app.sync import bundles, conflicts, roster
from app.ui.tasks import run_in_background


def _display(value: Any) -> str:
    if value is None:
        return "—"
    iso = getattr(value, "iso", None)
    return iso() if callable(iso) else str(getattr(value, "value", value))


class SyncTab(QWidget):
    progressed = Signal(int, int)

    def __init__(self, vault: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.lang = lang
        self.members: list[roster.Member] = []
        self.conflict_views: list[conflicts.ConflictView] = []
        self.last_summary = ""

        self.members_table = self._table(
            [self.tr("Device"), self.tr("Fingerprint"), self.tr("Status")]
        )
        self.card_button = QPushButton(self.tr("Save my device card…"))
        self.add_button = QPushButton(self.tr("Add a team member…"))
        self.export_button = QPushButton(self.tr("Write changes to a folder (USB stick)…"))
        self.import_button = QPushButton(self.tr("Import a bundle…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.conflicts_table = self._table(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Kept value"),
                self.tr("Other value"),
                self.tr("Other device"),
            ]
        )
        self.keep_kept = QPushButton(self.tr("Keep the kept value"))
        self.keep_other = QPushButton(self.tr("Use the other value"))

        team = QGroupBox(self.tr("Team"))
        team_layout = QVBoxLayout(team)
        team_layout.addWidget(self.members_table)
        row = QHBoxLayout()
        row.addWidget(self.card_button)
        row.addWidget(self.add_button)
        row.addStretch()
        team_layout.addLayout(row)
        exchange = QGroupBox(self.tr("Exchange"))
        ex_layout = QHBoxLayout(exchange)
        ex_layout.addWidget(self.export_button)
        ex_layout.addWidget(self.import_button)
        ex_layout.addStretch()
        clash = QGroupBox(self.tr("Conflicts"))
        clash_layout = QVBoxLayout(clash)
        clash_layout.addWidget(self.conflicts_table)
        row2 = QHBoxLayout()
        row2.addWidget(self.keep_kept)
        row2.addWidget(self.keep_other)
        row2.addStretch()
        clash_layout.addLayout(row2)
        layout = QVBoxLayout(self)
        layout.addWidget(team, 1)
        layout.addWidget(exchange)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(clash, 2)

        self.progressed.connect(self._show_progress)
        self.card_button.clicked.connect(self.save_card_dialog)
        self.add_button.clicked.connect(self.add_member_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        self.keep_kept.clicked.connect(lambda: self.resolve_selected("winner"))
        self.keep_other.clicked.connect(lambda: self.resolve_selected("loser"))

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        vault = self.vault

        def work() -> tuple[list[roster.Member], list[conflicts.ConflictView]]:
            return roster.list_members(vault), conflicts.list_conflicts(vault)

        run_in_background(work, self._show, self._failed, owner=self)

    def _show(self, result: tuple[list[roster.Member], list[conflicts.ConflictView]]) -> None:
        self.members, self.conflict_views = result
        self.members_table.setRowCount(len(self.members))
        for i, m in enumerate(self.members):
            if m.is_self and m.label in ("", "this device"):  # the default, untranslated label
                label = self.tr("This device")
            else:
                label = m.label + (self.tr(" (this device)") if m.is_self else "")
            status = self.tr("active") if m.active else self.tr("revoked")
            for j, text in enumerate((label, m.fingerprint, status)):
                self.members_table.setItem(i, j, QTableWidgetItem(text))
        self.conflicts_table.setRowCount(len(self.conflict_views))
        for i, c in enumerate(self.conflict_views):
            kept = (
                self.tr("(deleted)")
                if c.is_delete and c.winner.value is True
                else _display(c.winner.value)
            )
            for j, text in enumerate(
                (c.record_label, c.field, kept, _display(c.loser.value), c.loser.device_label)
            ):
                self.conflicts_table.setItem(i, j, QTableWidgetItem(text))

    # -- actions -------------------------------------------------------------------------

    def _run(self, fn: Any, message: Any) -> None:
        self.status.setText(self.tr("Working…"))
        self.progress.setRange(0, 0)  # busy until the worker reports a total
        self.progress.show()

        def done(result: Any) -> None:
            self.progress.hide()
            self.status.setText(message(result))
            self.refresh()

        run_in_background(fn, done, self._failed, owner=self)

    def _report_progress(self, done: int, total: int) -> None:
        """Called from the worker thread: hop to the GUI thread through a queued signal."""
        self.progressed.emit(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def save_card(self, path: Path) -> None:
        vault = self.vault
        self._run(
            lambda: roster.write_device_card(vault, path),
            lambda card: self.tr("Device card saved. Fingerprint: %1").replace(
                "%1", card.fingerprint
            ),
        )

    def save_card_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save device card"),
            "device.card",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.save_card(Path(name))

    def add_member(self, path: Path, confirm: bool = True) -> None:
        try:
            card = roster.read_card(path)
        except Exception as exc:
            self._failed(exc)
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Add a team member"),
                self.tr(
                    "Add “%1”? Compare this fingerprint with the member by phone or in "
                    "person before saying yes:\n\n%2"
                )
                .replace("%1", card.label)
                .replace("%2", card.fingerprint),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        vault = self.vault
        self._run(
            lambda: roster.add_member(vault, card),
            lambda m: self.tr("%1 added to the team.").replace("%1", m.label),
        )

    def add_member_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a device card"), options=QFileDialog.Option.DontUseNativeDialog
        )
        if name:
            self.add_member(Path(name))

    def export_to(self, directory: Path) -> None:
        vault = self.vault
        self._run(
            lambda: backups.export_bundle_marked(vault, directory),
            lambda r: (
                self.tr("%1 changes written to %2")
                .replace("%1", str(r.ops))
                .replace("%2", r.path.name)
            ),
        )

    def export_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose the USB stick folder"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.export_to(Path(name))

    def import_from(self, path: Path) -> None:
        vault = self.vault

        def message(summary: bundles.ImportSummary) -> str:
            self.last_summary = summary.text()
            return self.last_summary

        self._run(
            lambda: backups.import_bundle_with_backup(vault, path, progress=self._report_progress),
            message,
        )

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a bundle"),
            filter=self.tr("Letapis bundles (*.ltbundle)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.import_from(Path(name))

    def resolve_selected(self, keep: str) -> None:
        rows = self.conflicts_table.selectionModel().selectedRows()
        if not rows:
            return
        view = self.conflict_views[rows[0].row()]
        vault = self.vault
        self._run(
            lambda: conflicts.resolve_conflict(vault, view.key, keep),  # type: ignore[arg-type]
            lambda _r: self.tr("Conflict resolved; the choice will sync to the team."),
        )

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status.setText(self.tr("Refused: %1").replace("%1", str(exc)))
