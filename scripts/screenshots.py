"""Regenerate the README screenshots from a small demo vault (offscreen, synthetic data only).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LETAPIS_INSECURE_FAST_KDF", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services import vault as vaultsvc  # noqa: E402
from app.services.demo import generate_demo  # noqa: E402
from app.ui.app import install_translators  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.tasks import wait_idle  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(50):
        wait_idle()
        app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = vaultsvc.create_vault(Path(tmp) / "v", "screenshot passphrase")
        generate_demo(vault, persons=3000, seed=7)
        for lang in ("en", "be", "ru"):
            install_translators(app, lang)
            win = MainWindow(vault, lang)
            win.resize(1280, 780)
            win.show()
            settle(app)
            win.grab().save(str(OUT / f"main-{lang}.png"))
            win.tabs.setCurrentIndex(1)
            settle(app)
            win.grab().save(str(OUT / f"dashboard-{lang}.png"))
            if lang in ("en", "ru"):
                win.tabs.setCurrentWidget(win.reports)
                win.reports.month.setDate(QDate(2025, 12, 1))
                win.reports.preview_button.click()
                for _ in range(600):
                    settle(app)
                    if len(win.reports.preview.pages) >= 2:
                        break
                settle(app)
                win.grab().save(str(OUT / f"reports-preview-{lang}.png"))
                win.backups.backup_now()
                win.tabs.setCurrentWidget(win.backups)
                settle(app)
                win.grab().save(str(OUT / f"backups-{lang}.png"))
            win.hide()
            win.deleteLater()
            settle(app)
        vault.lock()


if __name__ == "__main__":
    main()
