"""`letapis --self-test` from the source checkout: the same run CI makes against the frozen build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli, selftest
from app.errors import SelfTestFailed

STEP_NAMES = [name for name, _ in selftest.STEPS]


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*"))


def test_self_test_passes_and_writes_nothing_outside_its_temp_folder(tmp_path):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "LETAPIS_HOME", "QT_"))
    }
    # A desktop setting that would need a display: the probe must still use offscreen.
    env.update(HOME=str(home), TMPDIR=str(tmp), QT_QPA_PLATFORM="xcb", DISPLAY="")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        stdin=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stdout + result.stderr
    passed = [line[6:19].strip() for line in result.stdout.splitlines() if line.startswith("  ok")]
    assert passed == STEP_NAMES
    assert "platform offscreen" in result.stdout
    assert "source checkout" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("self-test passed")
    # The vault, settings, caches and temp files all lived in the removed temp folder.
    assert _files_under(home) == []
    assert _files_under(tmp) == []


def test_a_failing_step_exits_1_naming_the_step(monkeypatch, capsys):
    seen: dict[str, Path] = {}
    saved_home = os.environ.get("LETAPIS_HOME")

    def broken_report(run: selftest._Run) -> str:
        seen["workdir"] = run.workdir
        assert os.environ["LETAPIS_HOME"] == str(run.workdir / "home")
        raise FileNotFoundError("NotoSans-Regular.ttf")

    monkeypatch.setattr(
        selftest, "STEPS", (("resources", selftest._check_resources), ("report", broken_report))
    )
    assert cli.main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert "  ok  resources" in out and "  FAIL report" in out
    assert err.strip() == (
        "letapis: self-test failed at step 'report': FileNotFoundError: NotoSans-Regular.ttf"
    )
    assert not seen["workdir"].exists()
    assert os.environ.get("LETAPIS_HOME") == saved_home


def test_a_missing_bundled_file_is_named(monkeypatch, tmp_path):
    monkeypatch.setattr(selftest.paths, "bundle_root", lambda: tmp_path)
    with pytest.raises(SelfTestFailed) as failed:
        selftest._check_resources(selftest._Run(tmp_path))
    assert "NotoSans-Regular.ttf" in str(failed.value) and "env.py" in str(failed.value)


def test_qt_probe_uses_the_running_application_and_restores_english(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from app.ui.qt_probe import probe_qt

    summary = probe_qt(tmp_path)
    assert "Belarusian UI" in summary and "unlock dialog" in summary
    assert QCoreApplication.translate("UnlockDialog", "Unlock Letapis") == "Unlock Letapis"


def test_qt_probe_names_a_missing_translation(qtbot, tmp_path, monkeypatch):
    from app.ui.qt_probe import probe_qt

    monkeypatch.setattr(selftest.paths, "bundle_root", lambda: tmp_path)
    with pytest.raises(SelfTestFailed, match=r"letapis_be\.qm"):
        probe_qt(tmp_path)
