"""cipher_memory_security follows the user's setting (off by default, as in SQLCipher >= 4.5).

It is process-wide once on, so the "on" case runs in a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.models.db import resolve_memory_security
from app.settings import Settings

PROBE = """
import sys
from pathlib import Path
from app.services.vault import create_vault
vault, _ = create_vault(Path(sys.argv[1]), "correct horse battery staple")
with vault.engine.connect() as conn:
    print(conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar())
vault.lock()
"""


def _pragma_in_fresh_process(tmp_path: Path, home: Path) -> str:
    env = {**os.environ, "LETAPIS_HOME": str(home), "LETAPIS_INSECURE_FAST_KDF": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / f"v{len(list(tmp_path.iterdir()))}")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_explicit_flag_wins_and_setting_decides_otherwise():
    assert resolve_memory_security(True) is True
    assert resolve_memory_security(False) is False
    assert resolve_memory_security(None) is False  # default settings
    settings = Settings.load()
    settings.memory_security = 1
    settings.save()
    assert resolve_memory_security(None) is True


def test_setting_turns_the_pragma_on_in_a_new_process(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    assert _pragma_in_fresh_process(work, home) == "0"
    (home / "settings.ini").write_text("[letapis]\nmemory_security = 1\n", encoding="utf-8")
    assert _pragma_in_fresh_process(work, home) == "1"
