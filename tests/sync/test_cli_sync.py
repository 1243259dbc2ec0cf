"""`letapis sync card | add-member | export | import` as architecture.md specifies them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.services.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.sync.helpers import add_person, person_row, template_dir


@pytest.fixture
def two_vaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Two vaults that do not know each other yet (copies of made-once templates)."""
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(template_dir() / "a", a)
    shutil.copytree(template_dir() / "d", b)
    return a, b


def test_sync_round_trip(two_vaults, tmp_path, capsys):
    a, b = two_vaults
    capsys.readouterr()
    card_a = str(tmp_path / "a.card")
    assert main(["sync", "card", "--vault", str(a), "-o", card_a, "--label", "Minsk"]) == 0
    out = capsys.readouterr().out
    fingerprint = re.search(r"Fingerprint: ((?:[0-9A-F]{4} ){7}[0-9A-F]{4})", out)
    assert fingerprint
    assert main(["sync", "card", "--vault", str(b), "-o", str(tmp_path / "b.card")]) == 0
    assert main(["sync", "add-member", "--vault", str(b), str(tmp_path / "a.card")]) == 0
    out = capsys.readouterr().out
    assert "Team member added: Minsk" in out and fingerprint.group(1) in out
    assert main(["sync", "add-member", "--vault", str(a), str(tmp_path / "b.card")]) == 0

    vault = open_vault(a, PASSPHRASE)
    pid = add_person(vault, "Ihar Losik")
    vault.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    capsys.readouterr()
    assert main(["sync", "export", "--vault", str(a), "-o", str(stick)]) == 0
    assert "Bundle written" in capsys.readouterr().out
    (bundle,) = stick.iterdir()
    assert main(["sync", "import", "--vault", str(b), str(bundle)]) == 0
    assert re.fullmatch(
        r"\d+ changes from Minsk: \d+ applied, 0 already known, 0 conflicts\n",
        capsys.readouterr().out,
    )
    vault = open_vault(b, PASSPHRASE)
    assert person_row(vault, pid)["display_name"] == "Ihar Losik"
    vault.lock()

    assert main(["sync", "import", "--vault", str(b), str(bundle)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("letapis: This bundle was already imported") and err.count("\n") == 1
    bundle.write_bytes(bundle.read_bytes()[:-100])
    assert main(["sync", "import", "--vault", str(b), str(bundle)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and err.count("\n") == 1


def test_bad_card_is_a_one_line_error(two_vaults, tmp_path, capsys):
    a, _b = two_vaults
    card = tmp_path / "x.card"
    card.write_text("{}")
    capsys.readouterr()
    assert main(["sync", "add-member", "--vault", str(a), str(card)]) == 1
    assert capsys.readouterr().err == "letapis: This file is not a Letapis device card.\n"


def test_sync_without_subcommand_is_a_usage_error(capsys):
    assert main(["sync"]) == 2
    assert "add-member" in capsys.readouterr().out
