"""`letapis import` / `letapis export` as a script runs them: a real subprocess each."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from app.services.stats import live_counts
from tests.conftest import PASSPHRASE
from tests.services.sheets import write_sheet
from tests.services.test_spreadsheet_import import GOOD


def letapis(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LETAPIS_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_import_dry_run_refusal_partial_and_export(vault, tmp_path: Path) -> None:
    folder = str(vault.directory)
    vault.lock()
    sheet = write_sheet(
        tmp_path / "people.csv",
        [
            GOOD,
            {"person_key": "P2", "name": "Пратасевіч Раман", "birth_date": "1995-02-30"},
            {"person_key": "P3", "name": "Знак Максім", "region": "Atlantis", "Колер": "сіні"},
        ],
        encoding="cp1251",
        delimiter=";",
    )
    errors = [
        "people.csv, row 3, column birth_date: 1995-02-30 is not a real calendar date",
        "people.csv, row 4, column region: 'Atlantis' is not a known region: use Minsk city or a "
        "region name (Minsk city, Brest, Homieĺ, Hrodna, Mahilioŭ, Minsk region, Viciebsk)",
    ]

    dry = letapis("import", str(sheet), "--vault", folder, "--dry-run")
    assert dry.returncode == 1, dry.stderr
    assert "Dry run, nothing written. people.csv: 3 rows: 1 new" in dry.stdout
    assert dry.stderr.splitlines() == [
        "letapis: ignored columns: Колер",
        *errors,
        "letapis: 2 rows would be rejected.",
    ]

    refused = letapis("import", str(sheet), "--vault", folder)
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[1:] == [
        *errors,
        "letapis: people.csv: 2 of 3 rows have errors; nothing was imported (fix them or use "
        "--accept-partial).",
    ]

    partial = letapis("import", str(sheet), "--vault", folder, "--accept-partial")
    assert partial.returncode == 1
    assert partial.stdout.strip() == (
        "people.csv: imported 1 rows (1 new persons, 0 updated, 0 unchanged); rejected 2 rows"
    )
    assert partial.stderr.splitlines()[-1] == "letapis: people.csv: 2 rows rejected, 1 imported."

    out = tmp_path / "export.csv"
    exported = letapis("export", "--vault", folder, "--format", "csv", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "NOT encrypted" in exported.stderr
    assert exported.stdout.strip() == f"Exported 1 persons (1 rows) to {out}"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ["Лосік Ігар"]

    from app.services.vault import open_vault

    reopened = open_vault(Path(folder), PASSPHRASE)
    try:
        assert live_counts(reopened)["persons"] == 1
    finally:
        reopened.lock()


def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    missing = letapis("import", str(tmp_path / "none.csv"), "--vault", str(tmp_path / "v"))
    assert missing.returncode == 1
    assert missing.stderr.strip() == (
        "letapis: none.csv: cannot read the file (No such file or directory)."
    )
