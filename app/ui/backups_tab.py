"""Backups screen: the encrypted backups with date, size and check state; back up now, verify,
and restore behind a typed confirmation.

A restore replaces the whole database, so it asks for the word RESTORE to be typed (a click
alone is too easy on a shared or shaky laptop). It runs on the database lane, locks the vault and
emits ``restored``; the main window then locks, and the next unlock opens the restored data.
The daily automatic backup is started from here when the screen is built (at unlock).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import backups
from app.services import vault as vaultsvc
from app.ui.tasks import run_in_background

RESTORE_WORD = "RESTORE"


class RestoreConfirmDialog(QDialog):
    """Names the backup and what happens; OK only once RESTORE is typed exactly."""

    def __init__(self, info: backups.BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        when = QLocale().toString(info.created.astimezone(), QLocale.FormatType.LongFormat)
        text = QLabel(
            self.tr(
                "Replace the vault with the backup from %1?\n\nEverything entered after that "
                "moment is set aside (kept as a backup, so this can be undone). The vault locks; "
                "unlock it again to continue.\n\nType %2 to confirm."
            )
            .replace("%1", when)
            .replace("%2", RESTORE_WORD)
        )
        text.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(RESTORE_WORD)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Restore"))
        self.ok_button.setEnabled(False)
        self.typed.textChanged.connect(
            lambda t: self.ok_button.setEnabled(t.strip() == RESTORE_WORD)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.typed.text().strip() == RESTORE_WORD:
            super().accept()


class BackupsTab(QWidget):
    restored = Signal(str)  # the restored backup's file name; the vault is locked by then

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.infos: list[backups.BackupInfo] = []
        self.checked: dict[Path, bool] = {}  # results of "Verify" in this session
        self.busy = False

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Size"), self.tr("Checked")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.verify_button = QPushButton(self.tr("Verify"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Backups are encrypted with the vault's key and kept in the vault folder: one "
                "a day at unlock, one before every sync import and every upgrade. Letapis keeps "
                "the newest of each of the last 7 days and 4 weeks. Copy the vault folder to "
                "an encrypted disk to survive a lost laptop."
            )
        )
        intro.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.backup_button.clicked.connect(self.backup_now)
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button.clicked.connect(self.restore_dialog)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """A directory listing: cheap, so it runs on the GUI thread."""
        self.infos = backups.list_backup_info(self.vault.directory)
        locale = QLocale()
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            when = locale.toString(info.created.astimezone(), QLocale.FormatType.ShortFormat)
            cells = (when, self._kind(info.label), _size(info.size), self._check_text(info))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.infos and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def _kind(self, label: str) -> str:
        names = {
            "daily": self.tr("daily"),
            "manual": self.tr("manual"),
            "before-sync": self.tr("before a sync import"),
            "before-upgrade": self.tr("before an upgrade"),
            "replaced": self.tr("set aside by a restore"),
        }
        return names.get(label, label)

    def _check_text(self, info: backups.BackupInfo) -> str:
        checked = self.checked.get(info.path)
        if checked is not None:
            return self.tr("good (checked now)") if checked else self.tr("DAMAGED")
        return self.tr("good (checked when written)") if info.verified else self.tr("not checked")

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None and not self.busy
        self.verify_button.setEnabled(has)
        self.restore_button.setEnabled(has)
        self.backup_button.setEnabled(not self.busy)

    def _run(self, fn: Any, done: Any, message: str) -> None:
        self.busy = True
        self._update_buttons()
        self.status.setText(message)

        def finished(result: Any) -> None:
            self.busy = False
            done(result)
            self._update_buttons()

        run_in_background(fn, finished, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        self.status.setText(self.tr("Failed: %1").replace("%1", str(exc)))

    # -- actions ---------------------------------------------------------------------------

    def start_daily_backup(self) -> None:
        """At unlock: the daily backup when the newest is over a day old (background)."""
        vault = self.vault

        def done(path: Path | None) -> None:
            if path is not None:
                self.status.setText(self.tr("Daily backup written."))
                self.refresh()

        self._run(lambda: backups.backup_if_due(vault), done, "")

    def backup_now(self) -> None:
        vault = self.vault

        def done(path: Path) -> None:
            self.refresh()
            self.status.setText(self.tr("Encrypted backup written: %1").replace("%1", path.name))

        self._run(lambda: vault.backup("manual"), done, self.tr("Writing an encrypted backup…"))

    def verify_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        vault = self.vault

        def done(problems: list[str]) -> None:
            self.checked[info.path] = not problems
            self.refresh()
            if problems:
                self.status.setText(
                    self.tr("The backup %1 is damaged; do not restore it.").replace(
                        "%1", info.path.name
                    )
                )
            else:
                self.status.setText(self.tr("The backup %1 is good.").replace("%1", info.path.name))

        self._run(lambda: vault.verify_backup(info.path), done, self.tr("Checking the backup…"))

    def restore_dialog(self) -> RestoreConfirmDialog | None:
        """Non-blocking: the dialog is opened and the restore starts when it is accepted."""
        info = self.selected()
        if info is None:
            return None
        dialog = RestoreConfirmDialog(info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.restore(info.path))
        dialog.open()
        return dialog

    def restore(self, path: Path) -> None:
        """Restore ``path`` (already confirmed): the vault is locked afterwards."""
        vault = self.vault

        def done(chosen: Path) -> None:
            self.status.setText(self.tr("Restored; unlock the vault to continue."))
            self.restored.emit(chosen.name)

        self._run(
            lambda: vaultsvc.restore_into(vault, path), done, self.tr("Restoring the backup…")
        )


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size)
