"""The victim side of the crash harness (tests/hardening/test_crash_kill.py).

Run as ``python -m tests.hardening.crash_driver``: a small fork server. It imports the app once
(4 s on a busy 2-core machine, which would dominate 200 kill points), then for every JSON job on
stdin forks a child that opens the vault and runs one operation in a loop, and prints the child's
pid; the test SIGKILLs that pid after a random delay. Then it prints the child's wait status.

The child notes its progress in an append-only file (``ready``, ``start N``, ``done N``) with
plain write(2) calls: SIGKILL cannot lose what the kernel already has, so after the kill the test
knows that the vault must hold the state after operation ``done`` or after ``start``, nothing
else. Every operation is idempotent in its naming (operation N writes names ending in N), so a
later child resumes where the database says the last one stopped.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

PASSPHRASE = "correct horse battery staple"
IMPORT_ROWS = 5
MAX_STEPS = 100_000


class Progress:
    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def note(self, text: str) -> None:
        os.write(self.fd, (text + "\n").encode("ascii"))


def _count_prefixed(vault: Any, prefix: str) -> set[int]:
    """Operation numbers present in the vault (names ``<prefix><n>`` or ``<prefix><n>-<row>``)."""
    from sqlalchemy import select

    from app.models import Person

    with vault.session() as session:
        names = session.scalars(
            select(Person.display_name).where(Person.display_name.like(prefix + "%"))
        )
        return {int(name[len(prefix) :].split("-")[0]) for name in names}


def _add_person(vault: Any, name: str) -> None:
    from app.models import Person, PersonName

    with vault.session() as session, session.begin():
        person = Person(display_name=name)
        session.add(person)
        session.flush()
        session.add(
            PersonName(person_id=person.id, full_name=name, script="latin", is_primary=True)
        )


def _import_sheet(vault: Any, sheet: Path, step: int) -> None:
    import csv

    from app.services.spreadsheet import apply_import, plan_import, read_table, suggest_mapping

    with sheet.open("w", encoding="utf-8", newline="") as handle:  # synthetic names only
        writer = csv.writer(handle)
        writer.writerow(["person_key", "name"])
        for row in range(IMPORT_ROWS):
            writer.writerow([f"K{step}-{row}", f"crash-import-{step}-{row}"])
    table = read_table(sheet)
    with vault.session() as session:
        plan = plan_import(session, table, suggest_mapping(table.headers, session))
    apply_import(vault, plan)


def run(job: dict[str, Any]) -> None:
    from app.services import backups
    from app.services import vault as vaultsvc

    progress = Progress(job["progress"])
    directory = Path(job["vault"])
    op = job["op"]
    if op == "migration":  # the open itself is the operation: backup, then upgrade
        from app.models import migrate

        real_upgrade = migrate.command.upgrade

        def noted_upgrade(*args: Any, **kwargs: Any) -> None:
            progress.note("upgrading")  # lets the test aim some kills at the upgrade itself
            real_upgrade(*args, **kwargs)

        migrate.command.upgrade = noted_upgrade
        progress.note("ready")
        progress.note("start 1")
        vaultsvc.open_vault(directory, PASSPHRASE).lock()
        progress.note("done 1")
        return
    vault = vaultsvc.open_vault(directory, PASSPHRASE)
    prefix = {"save": "crash-save-", "import": "crash-import-", "sync": "crash-sync-"}.get(op, "")
    first = max(_count_prefixed(vault, prefix), default=0) + 1 if prefix else 1
    progress.note(f"done {first - 1}")  # what the database already holds
    progress.note("ready")
    bundles = [Path(p) for p in job.get("bundles", [])]
    for step in range(first, first + MAX_STEPS):
        if op == "sync" and step > len(bundles):
            break
        progress.note(f"start {step}")
        if op == "save":
            _add_person(vault, f"crash-save-{step}")
        elif op == "import":
            _import_sheet(vault, Path(job["scratch"]) / "sheet.csv", step)
        elif op == "sync":
            backups.import_bundle_with_backup(vault, bundles[step - 1])
        elif op == "backup":
            vault.backup("manual")
        else:
            raise ValueError(f"unknown operation {op!r}")
        progress.note(f"done {step}")
    vault.lock()


def main() -> None:
    # Preload everything the children use, so a fork costs milliseconds.
    import app.services.backups
    import app.services.spreadsheet
    import app.services.vault
    import app.sync.bundles  # noqa: F401

    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run(job)
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stderr.flush()
            os._exit(code)
        print(pid, flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(json.dumps({"status": status}), flush=True)


if __name__ == "__main__":
    main()
