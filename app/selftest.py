"""``letapis --self-test``: does this build work end to end, here, now?

A PyInstaller build can lack a data file, a hidden import (Alembic loads its migrations from
disk), a native library (SQLCipher, Argon2, libsodium) or a Qt plugin, and would only fail when
a documenter first opens it. CI runs this against the frozen Linux build; a user or a trainer can
run it on a new laptop. Each step prints one line; the first failure stops the run with a
SelfTestFailed naming the step (the CLI prints it and exits 1).

Isolation: everything happens in one temporary folder that is removed afterwards. The vault
lives there, and LETAPIS_HOME, TMPDIR and XDG_CACHE_HOME point into it while the test runs,
so neither the user's settings and vaults nor any other folder is touched. The only record is
synthetic; the PDF is rendered in memory. The vault uses the normal (slow, ~1 s) KDF
parameters, as a real vault would, unless the test-only fast-KDF switch is set.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from app import __version__, paths
from app.errors import LetapisError, SelfTestFailed

PASSPHRASE = "self-test passphrase, not a secret"
PERSON_NAME = "Алесь Самаправерка"
"""A synthetic Belarusian name; the search step finds it typed in Russian Cyrillic."""
SEARCH_QUERY = "Самапроверка"

_ISOLATED_ENV = ("LETAPIS_HOME", "TMPDIR", "XDG_CACHE_HOME")


@dataclass
class _Run:
    """What the steps hand on to each other."""

    workdir: Path
    person_id: str = ""

    @property
    def vault_dir(self) -> Path:
        return self.workdir / "vault"


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def _check_resources(run: _Run) -> str:
    """Every file the app opens at run time is in the bundle, and the reference data is sound."""
    from app import reference

    required = [
        *(paths.resource_path("fonts", f"NotoSans-{s}.ttf") for s in ("Regular", "Bold")),
        *(paths.resource_path("i18n", f"letapis_{lang}.qm") for lang in ("be", "ru")),
        *(paths.resource_path("reference_data", f"{n}.csv") for n in ("articles", "regions")),
        paths.resource_path("templates", "letapis-import-template.xlsx"),
        paths.migrations_dir() / "env.py",
    ]
    missing = [str(p) for p in required if not p.is_file()]
    _require(not missing, f"bundled files missing: {', '.join(missing)}")
    _require(
        any((paths.migrations_dir() / "versions").glob("*.py")), "no Alembic migrations bundled"
    )
    problems = reference.validate_reference_data()
    _require(not problems, f"reference data: {problems[0] if problems else ''}")
    build = "frozen build" if paths.is_frozen() else "source checkout"
    return (
        f"{build}; {len(reference.articles())} articles, {len(reference.regions())} regions, "
        f"{len(reference.courts())} courts"
    )


def _create_vault(run: _Run) -> str:
    from app.models import db as dbmod
    from app.models import migrate
    from app.services.vault import create_vault

    vault, _recovery = create_vault(run.vault_dir, PASSPHRASE)
    try:
        revision = migrate.current_revision(vault.engine)
        _require(revision == migrate.head_revision(), f"schema at {revision}, not at head")
    finally:
        vault.lock()
    _require(
        not dbmod.is_sqlite_plaintext(paths.db_path(run.vault_dir)),
        "the vault database is not encrypted (SQLCipher is not in use)",
    )
    return f"SQLCipher vault at schema {revision}"


def _write_record(run: _Run) -> str:
    from app.domain.enums import StatusKind
    from app.domain.partial_dates import PartialDate
    from app.services.people import NameDraft, PersonDraft, StatusDraft, save_person
    from app.services.vault import open_vault

    vault = open_vault(run.vault_dir, PASSPHRASE)
    try:
        draft = PersonDraft(
            display_name=PERSON_NAME,
            names=[NameDraft(PERSON_NAME, is_primary=True)],
            statuses=[StatusDraft(StatusKind.POLITICAL_PRISONER, PartialDate(2021, 5))],
        )
        with vault.session() as session, session.begin():
            saved = save_person(session, draft)
    finally:
        vault.lock()
    _require(bool(saved.id), "the saved person got no id")
    run.person_id = saved.id or ""
    return "unlocked with the passphrase, saved 1 person"


def _read_record(run: _Run) -> str:
    from app.services.people import load_person
    from app.services.search import search_persons
    from app.services.vault import open_vault

    vault = open_vault(run.vault_dir, PASSPHRASE)
    try:
        with vault.session() as session:
            loaded = load_person(session, run.person_id)
            hits = search_persons(session, SEARCH_QUERY)
    finally:
        vault.lock()
    _require(loaded.display_name == PERSON_NAME, "the person read back differs from the one saved")
    _require(len(loaded.statuses) == 1, "the person's status was not saved")
    _require(
        [hit.person_id for hit in hits] == [run.person_id],
        "name search across scripts did not find the person",
    )
    return "read back and found by a Russian-spelled search"


def _render_report(run: _Run) -> str:
    from app.reports.export import ReportRequest, build_report
    from app.reports.preview import render_pages
    from app.reports.render import render_pdf_bytes
    from app.services.vault import open_vault

    today = date.today()
    vault = open_vault(run.vault_dir, PASSPHRASE)
    try:
        with vault.session() as session:
            report = build_report(session, ReportRequest(today.year, today.month))
    finally:
        vault.lock()
    pdf = render_pdf_bytes(report, org_name="Letapis self-test")
    _require(pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF"), "not a PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    _require(pages >= 1, "the PDF has no pages")
    _require(b"NotoSans" in pdf, "the bundled Noto Sans fonts are not embedded in the PDF")
    first = render_pages(pdf, dpi=24)[0]  # the Reports tab's preview (PDFium, in memory)
    _require(len(set(first.pixels)) > 1, "the report preview rendered page 1 as a blank image")
    return (
        f"monthly report PDF in memory: {pages} pages, {len(pdf) // 1024} KiB; "
        f"preview {first.width}x{first.height}"
    )


def _start_qt(run: _Run) -> str:
    from app.ui.qt_probe import probe_qt

    return probe_qt(run.vault_dir)


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("resources", _check_resources),
    ("create vault", _create_vault),
    ("write record", _write_record),
    ("read record", _read_record),
    ("report", _render_report),
    ("qt", _start_qt),
)


@contextmanager
def _isolated_workdir() -> Iterator[Path]:
    """A temporary folder that the app's data, temp and cache locations point into."""
    saved = {name: os.environ.get(name) for name in _ISOLATED_ENV}
    with tempfile.TemporaryDirectory(prefix="letapis-selftest-") as tmp:
        workdir = Path(tmp)
        for name, sub in zip(_ISOLATED_ENV, ("home", "tmp", "cache"), strict=True):
            (workdir / sub).mkdir()
            os.environ[name] = str(workdir / sub)
        try:
            yield workdir
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step; returns 0, or raises SelfTestFailed naming the first failing step."""
    out = out or sys.stdout
    python = sys.version.split()[0]
    print(f"letapis {__version__} self-test ({sys.platform}, Python {python})", file=out)
    started = time.perf_counter()
    with _isolated_workdir() as workdir:
        run = _Run(workdir)
        for name, step in STEPS:
            step_started = time.perf_counter()
            try:
                detail = step(run)
            except Exception as exc:
                # The traceback goes to stdout for whoever debugs the build; stderr keeps the
                # CLI's one-line error.
                print(f"  FAIL {name}", file=out)
                traceback.print_exc(file=out)
                reason = (
                    str(exc) if isinstance(exc, LetapisError) else f"{type(exc).__name__}: {exc}"
                )
                raise SelfTestFailed(f"self-test failed at step '{name}': {reason}") from exc
            took = (time.perf_counter() - step_started) * 1000
            print(f"  ok  {name:<13}{took:7.0f} ms  {detail}", file=out, flush=True)
    print(f"self-test passed in {time.perf_counter() - started:.1f} s", file=out)
    return 0
