"""A full documenter session, run by test_no_plaintext_leak.py in a subprocess whose home, temp,
data, config and cache folders all point into one fresh folder (``sys.argv[1]``).

Steps: create a vault, generate demo data, edit a person (names in three scripts), preview a
report in the real Qt widget (in memory), export a report PDF and a CSV on purpose (into
``exports/``, the only place plaintext may appear), make a teammate, export a sync bundle, lock.
Secrets used are written to ``secrets.txt`` *outside* the scanned folder for the scanner.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from app import cli, paths
from app.domain.enums import NameScript
from app.models import Person
from app.services import people
from app.services.demo import generate_demo
from app.services.vault import create_vault
from app.sync import roster
from app.sync.bundles import export_bundle

PASSPHRASE = "leak test passphrase 7"
CANARY_NAMES = ("Zzqx Leakcanary", "Зьміцер Лёкканарыеў", "Дмитрий Ликканарьев")
MONTH = "2024-12"


def main(base: Path, secrets_file: Path) -> None:
    exports = base / "exports"
    exports.mkdir()
    vault_dir = paths.default_vault_dir()
    vault, code = create_vault(vault_dir, PASSPHRASE)
    secrets_file.write_text(f"{PASSPHRASE}\n{code}\n", encoding="utf-8")
    generate_demo(vault, persons=40, seed=5)

    with vault.session() as session, session.begin():
        person_id = session.scalars(select(Person.id).limit(1)).one()
        draft = people.load_person(session, person_id)
        scripts = (NameScript.LATIN, NameScript.BE_CYRILLIC, NameScript.RU_CYRILLIC)
        for name, script in zip(CANARY_NAMES, scripts, strict=True):
            draft.names.append(people.NameDraft(name, script, False))
        people.save_person(session, draft)

    _preview_report(vault)

    teammate, _code = create_vault(base / "teammate-vault", "teammate passphrase")
    card, _raw = roster.device_card(teammate, "Teammate laptop")
    roster.add_member(vault, card)
    stick = base / "stick"
    stick.mkdir()
    export_bundle(vault, stick)
    teammate.lock()
    vault.lock()

    # Explicit exports through the CLI, as a documenter would (plaintext on purpose).
    for argv in (
        ["report", "--month", MONTH, "-o", str(exports / "report.pdf")],
        ["export", "--format", "csv", "-o", str(exports / "people.csv")],
    ):
        code_ = cli.main(["--vault", str(vault_dir), *argv])
        assert code_ == 0, argv


def _preview_report(vault) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QDate, QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.reports_tab import ReportsTab
    from app.ui.tasks import wait_idle

    _qt_app = QApplication.instance() or QApplication([])  # kept alive for the widgets
    tab = ReportsTab(vault)
    tab.resize(1000, 700)
    tab.show()
    tab.month.setDate(QDate(2024, 12, 1))
    tab.show_preview()
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if tab.preview.pages else None)
    poll.start(100)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    poll.stop()
    assert tab.preview.pages, "the report preview did not render"
    tab.close()
    wait_idle()
    # Delete the widget tree now, while Qt is fully alive: left to interpreter shutdown, the
    # order of destruction can crash the process (and hide what it would write at exit).
    tab.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


if __name__ == "__main__":
    import os

    os.environ.setdefault("LETAPIS_PASSPHRASE", PASSPHRASE)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
