"""`letapis report` as a user or a script runs it: a real subprocess per command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.reports.cli_command import ReportArgumentError, parse_report_month
from tests.conftest import PASSPHRASE


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


@pytest.fixture(scope="module")
def vault_dir(december) -> Path:  # type: ignore[no-untyped-def]
    vault, _ids = december
    return vault.directory


def test_report_pdf(vault_dir, tmp_path):
    out = tmp_path / "december.pdf"
    result = letapis("report", "--vault", str(vault_dir), "--month", "2024-12", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "NOT encrypted" in result.stdout


def test_report_json_prosecutions_in_russian(vault_dir, tmp_path):
    out = tmp_path / "december.json"
    result = letapis(
        "report", "--vault", str(vault_dir), "--month", "2024-12", "--lang", "ru",
        "--kind", "prosecutions", "--org", "Вясна", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["kind"], data["lang"], data["organisation"]) == ("prosecutions", "ru", "Вясна")
    assert data["figures"]["convictions"]["persons"]["total"] == 6


def test_bad_month_is_one_line_exit_1(tmp_path):
    result = letapis("report", "--vault", str(tmp_path), "--month", "2024-13", "-o", "x.pdf")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "letapis: --month must be a month written YYYY-MM (e.g. 2024-12), not '2024-13'."
    ]


@pytest.mark.parametrize("month", ["12/2024", "2024-1", "2024-00", "24-12", " "])
def test_month_format(month):
    with pytest.raises(ReportArgumentError, match="YYYY-MM"):
        parse_report_month(month)
    assert parse_report_month("2024-12") == (2024, 12)


def test_bad_language_and_output_name(tmp_path):
    result = letapis("report", "--month", "2024-12", "--lang", "de", "-o", "x.pdf")
    assert result.returncode == 2
    assert "invalid choice: 'de'" in result.stderr and "Traceback" not in result.stderr
    result = letapis("report", "--month", "2024-12", "-o", str(tmp_path / "x.txt"))
    assert result.returncode == 1
    assert result.stderr.strip() == "letapis: -o must name a .pdf or .json file, not 'x.txt'."
