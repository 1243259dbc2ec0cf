"""The emergency "destroy keys" confirmation: the user must type DESTROY or the folder's name.

A typed word instead of a Yes button because the action cannot be undone and a stray Enter
must never trigger it; the destructive button stays disabled until the text matches, and Cancel
is the default button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.vault import DESTROY_WORD, destroy_confirmation_matches


class DestroyKeysDialog(QDialog):
    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.setWindowTitle(self.tr("Destroy the vault's keys"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "<p><b>This cannot be undone.</b> The vault's keys are overwritten and deleted "
                "and its encrypted files are removed. No passphrase and no recovery key will "
                "open this vault again. Its backups in the backups folder use the same keys and "
                "become unreadable too.</p>"
                "<p>Copies of the vault folder kept elsewhere (another disk, a stick) have their "
                "own key file and are <b>not</b> affected. Exported PDF, CSV and XLSX files are "
                "not encrypted and are not touched.</p>"
                "<p>Letapis closes afterwards.</p>"
                "<p>To confirm, type <b>%1</b> or the vault folder's name (<b>%2</b>):</p>"
            )
            .replace("%1", DESTROY_WORD)
            .replace("%2", vault_dir.name)
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("destroy_confirmation")
        layout.addWidget(self.confirmation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.destroy_button = QPushButton(self.tr("Destroy keys"))
        self.destroy_button.setObjectName("destroy_button")
        self.destroy_button.setEnabled(False)
        self.destroy_button.setAutoDefault(False)
        buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.destroy_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirmation.textChanged.connect(self._check)
        self.confirmation.setFocus()

    def _check(self, text: str) -> None:
        self.destroy_button.setEnabled(destroy_confirmation_matches(self.vault_dir, text))

    def typed(self) -> str:
        return self.confirmation.text()

    def accept(self) -> None:
        if destroy_confirmation_matches(self.vault_dir, self.typed()):
            super().accept()
