"""No plaintext leaks: after a full session, no file anywhere under the session's home, temp,
data, config and cache folders holds a person's name (any script, UTF-8, UTF-16 or cp1251) or a
secret, except the files the user explicitly exported. Console output holds neither.

The session runs in a subprocess (tests/hardening/leak_session.py) so that every location the
app, Python, Qt and fontconfig may write to is redirected into one fresh folder: HOME, TMPDIR,
XDG_* and LETAPIS_HOME.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Person, PersonName
from app.services.vault import open_vault
from tests.hardening.leak_session import CANARY_NAMES, PASSPHRASE

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp1251")
MIN_TOKEN_CHARS = 5  # shorter name parts ("Ян", "Ала") are not distinctive enough to search for
REPO = Path(__file__).resolve().parents[2]


def _session_env(base: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LETAPIS_"))}
    folders = {
        "HOME": "home",
        "TMPDIR": "tmp",
        "XDG_DATA_HOME": "xdg-data",
        "XDG_CONFIG_HOME": "xdg-config",
        "XDG_CACHE_HOME": "xdg-cache",
        "XDG_STATE_HOME": "xdg-state",
        "XDG_RUNTIME_DIR": "xdg-runtime",
        "LETAPIS_HOME": "letapis-home",
    }
    for variable, name in folders.items():
        folder = base / name
        folder.mkdir(mode=0o700)
        env[variable] = str(folder)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LETAPIS_INSECURE_FAST_KDF="1",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONPATH=str(REPO),
    )
    return env


def _needles(names: set[str], secrets: list[str]) -> dict[str, list[bytes]]:
    """Each name, each distinctive part of it and each secret, in every encoding they could be
    written in (unencodable combinations are skipped: cp1251 has no Latin diacritics)."""
    texts = set(secrets)
    for name in names:
        texts.add(name)
        texts.update(t for t in re.split(r"[\s,.\-()]+", name) if len(t) >= MIN_TOKEN_CHARS)
    needles: dict[str, list[bytes]] = {}
    for text in texts:
        for variant in {text, text.casefold(), text.upper()}:
            for encoding in ENCODINGS:
                try:
                    needles.setdefault(text, []).append(variant.encode(encoding))
                except UnicodeEncodeError:
                    continue
    return needles


def _hits(root: Path, needles: dict[str, list[bytes]], skip: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_relative_to(skip):
            continue
        data = path.read_bytes()
        for text, encoded in needles.items():
            if any(needle in data for needle in encoded):
                found.setdefault(str(path.relative_to(root)), []).append(text)
    return found


@pytest.mark.slow
def test_full_session_leaves_no_plaintext(tmp_path):
    base = tmp_path / "session"
    base.mkdir()
    secrets_file = tmp_path / "secrets.txt"  # outside the scanned folder
    env = _session_env(base)
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("leak_session.py")),
            str(base),
            str(secrets_file),
        ],
        cwd=base / "home",
        env=env,
        capture_output=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]

    vault_dir = Path(env["LETAPIS_HOME"]) / "vault"
    vault = open_vault(vault_dir, PASSPHRASE)
    with vault.session() as session:
        names = set(session.scalars(select(PersonName.full_name)))
        names |= set(session.scalars(select(Person.display_name)))
    vault.lock()
    assert set(CANARY_NAMES) <= names and len(names) > 40
    secrets = secrets_file.read_text(encoding="utf-8").split()
    secrets = [
        PASSPHRASE,
        *(s for s in secrets if len(s) >= 20),
    ]  # the passphrase, the recovery key
    needles = _needles(names, secrets)

    exports = base / "exports"
    leaks = _hits(base, needles, skip=exports)
    assert leaks == {}, f"personal data or secrets found outside explicit exports: {leaks}"
    # Console output is a log too: nothing personal or secret on stdout/stderr.
    console = result.stdout + result.stderr
    assert not [text for text, encoded in needles.items() if any(n in console for n in encoded)]

    # Positive control: the scanner does find names where they are meant to be (the CSV export),
    # and the files the session should have written exist (the scan was not of an empty tree).
    exported = _hits(exports, needles, skip=base / "nothing")
    assert any(name in exported.get("people.csv", []) for name in CANARY_NAMES)
    assert (exports / "report.pdf").stat().st_size > 1000
    written = {p.name for p in base.rglob("*") if p.is_file()}
    assert {"vault.db", "keyslots.bin"} <= written
    assert any(name.endswith(".ltbundle") for name in written)
