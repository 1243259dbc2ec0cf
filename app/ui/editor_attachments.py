"""The Attachments tab: documents stored encrypted inside the vault, copied out only on request.

Unlike the other tabs this one is not part of the undoable draft: adding or removing a file is
stored at once in its own transaction (a scan of a verdict is evidence; it should not wait for the
rest of the form to become valid). Files leave the vault only through "Save a decrypted copy…",
which warns that the copy is not encrypted and asks where to put it; nothing is ever opened from
a temp directory, because viewers and temp files leave plaintext and thumbnails behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import attachments
from app.services.attachments import AttachmentInfo
from app.services.people import PersonDraft
from app.ui.editor_binding import DraftHost, button_row
from app.ui.editor_pages import EditorPage
from app.ui.tasks import run_in_background
from app.ui.widgets import FieldMessage

# Qt's own dialog: native ones add chosen files to the desktop's "recent files" list, and a file
# name can be a person's name.
FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog
_SHORT = QLocale.FormatType.ShortFormat
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def describe_error(error: BaseException) -> str:
    """A one-line reason for the user; database errors lose their SQL (it may hold names)."""
    original = getattr(error, "orig", None)
    if original is not None:
        return str(original)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


class AttachmentsPage(EditorPage):
    def __init__(self, host: DraftHost, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._vault = vault
        self._person_id: str | None = None
        self._items: list[AttachmentInfo] = []
        self._busy = False
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("attachments")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add a file…"), self)
        self.add_button.setObjectName("add_attachment")
        self.add_button.clicked.connect(self.choose_and_add)
        self.save_button = QPushButton(self.tr("Save a decrypted copy…"), self)
        self.save_button.setObjectName("save_attachment")
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        self.message = FieldMessage(self)
        self.message.setObjectName("attachment_message")
        self.notice = self.intro("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.add_button, self.save_button, self.remove_button))
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Attachments")

    def items(self) -> list[AttachmentInfo]:
        return list(self._items)

    def load(self, draft: PersonDraft) -> None:
        if draft.id != self._person_id:
            self._person_id = draft.id
            self._items = []
            self._show_items()
            if draft.id:
                self.refresh()
        self.notice.setText(
            self.tr(
                "Files are stored encrypted inside the vault, at once: they do not wait for "
                "the Save button."
            )
            if self._person_id
            else self.tr("Save the person first; then files can be attached.")
        )
        self._update_buttons()

    # -- background work --------------------------------------------------------------------

    def _run(self, work: Callable[[Any], Any], done: Callable[[Any], None] | None = None) -> None:
        vault = self._vault

        def in_transaction() -> Any:
            with vault.session() as session, session.begin():
                return work(session)

        self._busy = True
        self._update_buttons()
        run_in_background(in_transaction, lambda r: self._finished(r, done), self._failed)

    def _finished(self, result: Any, done: Callable[[Any], None] | None) -> None:
        self._busy = False
        if done is not None:
            done(result)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.message.show_feedback(describe_error(error), True)
        self._update_buttons()

    def refresh(self) -> None:
        person_id = self._person_id
        if not person_id:
            return
        self._run(lambda s: attachments.list_attachments(s, person_id), self._set_items)

    def _set_items(self, items: list[AttachmentInfo]) -> None:
        self._items = list(items)
        self._show_items()

    def _show_items(self) -> None:
        locale = self.host.locale
        self.table.setRowCount(len(self._items))
        for row, info in enumerate(self._items):
            added = locale.toString(
                info.added_at.astimezone().date(), locale.FormatType.ShortFormat
            )
            cells = (info.filename, locale.formattedDataSize(info.size), added)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"SHA-256 {info.sha256}" if column == 0 else "")
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------

    def choose_and_add(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file"), "", "", options=FILE_DIALOG_OPTIONS
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Read and store the file in one transaction, off the GUI thread."""
        person_id = self._person_id
        if not person_id:
            return
        self.message.show_feedback(self.tr("Storing %1…").replace("%1", path.name), False)

        def work(session: Any) -> list[AttachmentInfo]:
            attachments.attach_file(session, person_id, path)
            return attachments.list_attachments(session, person_id)

        self._run(work, self._added)

    def _added(self, items: list[AttachmentInfo]) -> None:
        self._set_items(items)
        self.message.show_feedback(self.tr("Stored encrypted in the vault."), False)

    def _selected(self) -> AttachmentInfo | None:
        row = self.table.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def save_copy(self) -> None:
        info = self._selected()
        if info is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Save a decrypted copy"),
            self.tr(
                "The copy of “%1” will NOT be encrypted. Anyone with access to the place you "
                "save it to can read it, and the operating system may index or preview it. "
                "Save it only to an encrypted disk and delete it when done."
            ).replace("%1", info.filename),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a decrypted copy"), info.filename, "", options=FILE_DIALOG_OPTIONS
        )
        if not target:
            return
        self._run(
            lambda s: attachments.save_decrypted_copy(s, info.id, Path(target)),
            lambda _info: self.message.show_feedback(
                self.tr("Decrypted copy saved to %1. It is not encrypted.").replace("%1", target),
                False,
            ),
        )

    def remove(self) -> None:
        info = self._selected()
        person_id = self._person_id
        if info is None or not person_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove “%1” from this person’s record?").replace("%1", info.filename),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(session: Any) -> list[AttachmentInfo]:
            attachments.remove_attachment(session, info.id)
            return attachments.list_attachments(session, person_id)

        self._run(work, self._set_items)

    def is_busy(self) -> bool:
        return self._busy

    def _update_buttons(self) -> None:
        ready = bool(self._person_id) and not self._busy
        self.add_button.setEnabled(ready)
        self.save_button.setEnabled(ready and self._selected() is not None)
        self.remove_button.setEnabled(ready and self._selected() is not None)
