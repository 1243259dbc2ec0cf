"""First run and unlock: create a vault, show the recovery key once, or open an existing one.

The KDF and the database open run in the background with a busy indicator; the window never
freezes. Error messages are the app's own one-liners (wrong passphrase, damaged vault, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import LetapisError, VaultCorrupt
from app.services import vault as vaultsvc
from app.ui.tasks import run_in_background

MIN_PASSPHRASE = 8


def passphrase_strength(text: str) -> int:
    """0..4, a rough guide shown while typing (length matters most; classes a little)."""
    classes = sum(
        bool(f(text))
        for f in (
            lambda t: any(c.islower() for c in t),
            lambda t: any(c.isupper() for c in t),
            lambda t: any(c.isdigit() for c in t),
            lambda t: any(not c.isalnum() for c in t),
        )
    )
    words = len(text.split())
    score = 0
    if len(text) >= MIN_PASSPHRASE:
        score = 1
    if len(text) >= 12 and (classes >= 2 or words >= 3):
        score = 2
    if len(text) >= 16 and (classes >= 3 or words >= 4):
        score = 3
    if len(text) >= 24 and (classes >= 3 or words >= 5):
        score = 4
    return score


class _BusyDialog(QDialog):
    """Shared layout: a form, an inline error line, a busy bar, OK/Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for field in self.findChildren(QLineEdit):
            field.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class UnlockDialog(_BusyDialog):
    unlocked = Signal(object)

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlock Letapis"), parent)
        self.vault_dir = vault_dir
        self.vault: Any = None
        self.intro.setText(
            self.tr("Enter the passphrase of the vault in %1.").replace("%1", str(vault_dir))
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.use_recovery = QCheckBox(self.tr("I forgot it: use the recovery key instead"))
        self.use_recovery.toggled.connect(self._toggle_recovery)
        self.form.addRow("", self.use_recovery)
        self.passphrase.setFocus()

    def _toggle_recovery(self, on: bool) -> None:
        label = self.form.labelForField(self.passphrase)
        if isinstance(label, QLabel):
            label.setText(self.tr("Recovery key:") if on else self.tr("Passphrase:"))
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )

    def submit(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.show_error(self.tr("Enter your passphrase."))
            return
        recovery = self.use_recovery.isChecked()
        self.error.hide()
        self.set_busy(True)
        directory = self.vault_dir

        def work() -> Any:
            if recovery:
                return vaultsvc.open_vault(directory, recovery_code=secret)
            return vaultsvc.open_vault(directory, secret)

        run_in_background(work, self._opened, self._failed)

    def _opened(self, vault: Any) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.vault = vault
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, VaultCorrupt):
            self.show_error(str(exc))
            self._offer_restore()
        elif isinstance(exc, LetapisError):
            self.show_error(str(exc))
        else:
            self.show_error(self.tr("The vault could not be opened: %1").replace("%1", str(exc)))

    def _offer_restore(self) -> None:
        backups = vaultsvc.list_backups(self.vault_dir)
        if not backups:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup?"),
            self.tr("Restore the latest encrypted backup (%1)? The damaged file is kept.").replace(
                "%1", backups[0].name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        secret = self.passphrase.text()
        self.set_busy(True)
        directory = self.vault_dir

        def work() -> Any:
            vaultsvc.restore_backup(directory, secret)
            return vaultsvc.open_vault(directory, secret)

        run_in_background(work, self._opened, self._failed)


class CreateVaultDialog(_BusyDialog):
    created = Signal(object, str)

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create your encrypted vault"), parent)
        self.vault_dir = vault_dir
        self.vault: Any = None
        self.recovery_code = ""
        self.intro.setText(
            self.tr(
                "Letapis keeps every record encrypted in %1. Choose a long passphrase: a few "
                "unrelated words are easier to remember than symbols. Nobody can recover it "
                "for you."
            ).replace("%1", str(vault_dir))
        )
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(True)
        self.strength.setMaximumHeight(14)
        self.hint = QLabel()
        self.form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.form.addRow(self.tr("Repeat:"), self.repeat)
        self.form.addRow(self.tr("Strength:"), self.strength)
        self.form.addRow("", self.hint)
        self.passphrase.textChanged.connect(self._update_strength)
        self._update_strength("")

    def _update_strength(self, text: str) -> None:
        score = passphrase_strength(text)
        labels = (
            self.tr("too short"),
            self.tr("weak"),
            self.tr("fair"),
            self.tr("good"),
            self.tr("strong"),
        )
        self.strength.setValue(score)
        self.strength.setFormat(labels[score])
        self.hint.setText(
            self.tr("At least %1 characters; 16 or more recommended.").replace(
                "%1", str(MIN_PASSPHRASE)
            )
        )

    def submit(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        if len(first) < MIN_PASSPHRASE:
            self.show_error(self.tr("The passphrase is too short."))
            return
        if first != second:
            self.show_error(self.tr("The two passphrases differ."))
            return
        self.error.hide()
        self.set_busy(True)
        directory = self.vault_dir
        run_in_background(
            lambda: vaultsvc.create_vault(directory, first), self._created, self._failed
        )

    def _created(self, result: tuple[Any, str]) -> None:
        self.set_busy(False)
        self.vault, self.recovery_code = result
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(self.vault, self.recovery_code)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(str(exc))


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; the user must confirm they saved it before continuing."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Write this recovery key on paper and keep it somewhere safe, away from this "
                "laptop. It opens the vault if you forget your passphrase. It is shown only once."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.code = QLabel(code)
        self.code.setObjectName("code")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setStyleSheet("padding: 12px; border: 1px solid #999; background: #fafafa;")
        layout.addWidget(self.code)
        self.confirm = QCheckBox(self.tr("I have written down the recovery key"))
        layout.addWidget(self.confirm)
        self.ok = QPushButton(self.tr("Continue"))
        self.ok.setEnabled(False)
        self.ok.clicked.connect(self.accept)
        self.confirm.toggled.connect(self.ok.setEnabled)
        layout.addWidget(self.ok, alignment=Qt.AlignmentFlag.AlignRight)

    def reject(self) -> None:
        if self.confirm.isChecked():
            super().reject()
