"""Crash safety: SIGKILL a process at random points of saves, spreadsheet imports, sync imports,
migrations and backups; then the vault must open, ``letapis check`` must pass, and the data must
be exactly the state before or after the interrupted operation.

LETAPIS_KILL_POINTS sets the number of kill points (default 20, spread over the five operations:
the CI run, about a minute); LETAPIS_KILL_SEED makes a run reproducible. The full run (200+) is
documented in tests/hardening/README.md. POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from app import cli, paths
from app.crypto import keyslots
from app.models import Person, migrate
from app.models import db as dbmod
from app.services import backups
from app.services import vault as vaultsvc
from tests.conftest import PASSPHRASE
from tests.hardening.crash_driver import IMPORT_ROWS
from tests.sync.helpers import add_person, make_team

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX"),
]

OPS = ("save", "import", "sync", "migration", "backup")
POINTS = int(os.environ.get("LETAPIS_KILL_POINTS", "20"))
SEED = int(os.environ.get("LETAPIS_KILL_SEED", "20260301"))
# Upper bound of the random delay after the victim is ready, per operation (seconds): a little
# longer than one operation takes here, so kills land early, late and between operations.
WINDOW = {"save": 0.4, "import": 1.2, "sync": 2.5, "migration": 2.5, "backup": 1.5}
OLD_REVISION = "0001"
OUTCOMES: Counter[str] = Counter()


def _points(op: str) -> int:
    share, extra = divmod(POINTS, len(OPS))
    return share + (1 if OPS.index(op) < extra else 0)


class ForkServer:
    """The crash_driver process: forks one victim per job."""

    def __init__(self, home: Path) -> None:
        env = dict(os.environ, LETAPIS_HOME=str(home), LETAPIS_INSECURE_FAST_KDF="1")
        env.pop("LETAPIS_PASSPHRASE", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.crash_driver"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
            env=env,
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the crash driver died")
        return line.strip()

    def start(self, job: dict[str, object]) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        return int(self._line())

    def wait(self) -> int:
        return int(json.loads(self._line())["status"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@dataclass
class Progress:
    ready: bool = False
    started: int = 0
    done: int = 0
    lines: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> Progress:
        result = cls()
        text = path.read_text("ascii") if path.exists() else ""
        for line in text.splitlines():
            result.lines.append(line)
            if line == "ready":
                result.ready = True
            elif line.startswith("start "):
                result.started = int(line.split()[1])
            elif line.startswith("done "):
                result.done = int(line.split()[1])
        return result


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    srv = ForkServer(tmp_path_factory.mktemp("crash-home"))
    yield srv
    srv.close()


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    if OUTCOMES:
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(OUTCOMES.items()))
        print(f"\ncrash harness ({POINTS} kill points, seed {SEED}): {summary}")


def _kill_once(
    server: ForkServer,
    job: dict[str, object],
    rng: random.Random,
    *,
    after: str = "ready",
    window: float | None = None,
) -> Progress:
    """Start a victim, wait for the progress line ``after``, SIGKILL it after a random delay."""
    progress_file = Path(str(job["progress"]))
    progress_file.unlink(missing_ok=True)
    pid = server.start(job)
    deadline = time.monotonic() + 60
    while after not in Progress.read(progress_file).lines:
        assert time.monotonic() < deadline, f"the victim never reached {after!r}"
        time.sleep(0.002)
    time.sleep(rng.uniform(0, WINDOW[str(job["op"])] if window is None else window))
    with contextlib.suppress(ProcessLookupError):  # it finished first
        os.kill(pid, signal.SIGKILL)
    status = server.wait()
    progress = Progress.read(progress_file)
    if os.WIFSIGNALED(status):
        OUTCOMES[f"{job['op']} killed"] += 1
    else:
        assert os.WEXITSTATUS(status) == 0, f"the victim failed on its own: {progress.lines}"
        OUTCOMES[f"{job['op']} finished first"] += 1
    return progress


def _check_passes(directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(directory), "check"]) == 0


def _numbers(directory: Path, prefix: str) -> tuple[set[int], Counter[int]]:
    vault = vaultsvc.open_vault(directory, PASSPHRASE)
    try:
        with vault.session() as session:
            names = list(
                session.scalars(
                    select(Person.display_name).where(Person.display_name.like(prefix + "%"))
                )
            )
    finally:
        vault.lock()
    per_step = Counter(int(n[len(prefix) :].split("-")[0]) for n in names)
    return set(per_step), per_step


def _assert_before_or_after(progress: Progress, present: set[int], label: str) -> None:
    """The operations present are 1..done, or 1..started if the kill hit after the commit."""
    allowed = [set(range(1, progress.done + 1))]
    if progress.started > progress.done:
        allowed.append(set(range(1, progress.started + 1)))
    assert present in allowed, f"{label}: {sorted(present)[-3:]} vs progress {progress.lines[-3:]}"
    if len(allowed) == 1:
        OUTCOMES["between operations"] += 1
    elif present == allowed[0]:
        OUTCOMES["mid-operation: before"] += 1
    else:
        OUTCOMES["mid-operation: after"] += 1


def _assert_backups_good(directory: Path, key_source: vaultsvc.Vault) -> None:
    for info in backups.list_backup_info(directory):
        assert not key_source.verify_backup(info.path), f"{info.path.name} is damaged"


# -- the five operations -------------------------------------------------------------------------


def _victim_vault(root: Path, name: str) -> Path:
    directory = root / name
    vault, _ = vaultsvc.create_vault(directory, PASSPHRASE)
    add_person(vault, "Baseline person")
    vault.lock()
    return directory


@pytest.mark.parametrize("op", ["save", "import"])
def test_kill_during_saves_and_spreadsheet_imports(op, server, tmp_path, monkeypatch):
    rng = random.Random(f"{SEED}-{op}")
    directory = _victim_vault(tmp_path, op)
    prefix = {"save": "crash-save-", "import": "crash-import-"}[op]
    job = {
        "op": op,
        "vault": str(directory),
        "progress": str(tmp_path / "progress"),
        "scratch": str(tmp_path),
    }
    for _ in range(_points(op)):
        progress = _kill_once(server, job, rng)
        _check_passes(directory, monkeypatch)
        present, per_step = _numbers(directory, prefix)
        _assert_before_or_after(progress, present, op)
        if op == "import":  # a sheet is imported whole or not at all
            assert set(per_step.values()) <= {IMPORT_ROWS}


def test_kill_during_sync_imports(server, tmp_path, monkeypatch):
    rng = random.Random(f"{SEED}-sync")
    team = make_team(tmp_path / "team")
    bundles_needed = 3 * _points("sync") + 3
    bundle_paths = []
    try:
        for step in range(1, bundles_needed + 1):
            add_person(team.a, f"crash-sync-{step}")
            out = tmp_path / "bundles" / str(step)
            out.mkdir(parents=True)
            bundle_paths.append(str(backups.export_bundle_marked(team.a, out).path))
    finally:
        team.close()
    directory = tmp_path / "team" / "b"
    job = {
        "op": "sync",
        "vault": str(directory),
        "progress": str(tmp_path / "progress"),
        "bundles": bundle_paths,
    }
    for _ in range(_points("sync")):
        progress = _kill_once(server, job, rng)
        _check_passes(directory, monkeypatch)
        present, _ = _numbers(directory, "crash-sync-")
        _assert_before_or_after(progress, present, "sync")
        vault = vaultsvc.open_vault(directory, PASSPHRASE)
        try:
            _assert_backups_good(directory, vault)
        finally:
            vault.lock()


def _old_revision_template(root: Path) -> Path:
    """A vault with data whose schema is at an old revision: opening it backs up and upgrades."""
    directory = root / "template"
    vault, _ = vaultsvc.create_vault(directory, PASSPHRASE)
    for n in range(30):
        add_person(vault, f"migrated-{n}")
    cfg = migrate.alembic_config()
    with vault.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, OLD_REVISION)
    vault.lock()
    return directory


def _raw_revision(directory: Path) -> str:
    """The schema revision as the killed process left it (without upgrading anything)."""
    slots = keyslots.read_slots(paths.keyslots_path(directory))
    key = keyslots.unlock_with_passphrase(slots, PASSPHRASE)
    with dbmod.raw_connection(paths.db_path(directory), key) as con:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_kill_during_migrations(server, tmp_path, monkeypatch):
    rng = random.Random(f"{SEED}-migration")
    template = _old_revision_template(tmp_path)
    for point in range(_points("migration")):
        directory = tmp_path / f"m{point}"
        shutil.copytree(template, directory)
        job = {"op": "migration", "vault": str(directory), "progress": str(tmp_path / "progress")}
        if point % 2:  # every other kill aims at the upgrade transaction itself
            _kill_once(server, job, rng, after="upgrading", window=0.25)
        else:
            _kill_once(server, job, rng)
        upgraded = _raw_revision(directory) == migrate.head_revision()
        backed_up = any(i.label == "before-upgrade" for i in backups.list_backup_info(directory))
        OUTCOMES[
            "migration: upgrade committed"
            if upgraded
            else "migration: killed in the upgrade, rolled back"
            if backed_up
            else "migration: killed during the backup before it"
        ] += 1
        _check_passes(directory, monkeypatch)  # finishes (or redoes) the upgrade
        vault = vaultsvc.open_vault(directory, PASSPHRASE)
        try:
            assert migrate.current_revision(vault.engine) == migrate.head_revision()
            with vault.session() as session:
                names = set(session.scalars(select(Person.display_name)))
            assert names == {f"migrated-{n}" for n in range(30)}
            _assert_backups_good(directory, vault)
        finally:
            vault.lock()


def test_kill_during_backups(server, tmp_path, monkeypatch):
    rng = random.Random(f"{SEED}-backup")
    directory = _victim_vault(tmp_path, "backup")
    job = {"op": "backup", "vault": str(directory), "progress": str(tmp_path / "progress")}
    for _ in range(_points("backup")):
        _kill_once(server, job, rng)
        half_written = list(paths.backup_dir(directory).glob("*.tmp"))
        OUTCOMES["backup: killed mid-copy" if half_written else "backup: between copies"] += 1
        _check_passes(directory, monkeypatch)
        vault = vaultsvc.open_vault(directory, PASSPHRASE)
        try:
            with vault.session() as session:
                assert list(session.scalars(select(Person.display_name))) == ["Baseline person"]
            _assert_backups_good(directory, vault)  # a file named as a backup is always whole
            vault.backup("manual")  # and the next backup clears what the killed one left
            leftovers = list(paths.backup_dir(directory).glob("*.tmp"))
            assert not leftovers
        finally:
            vault.lock()
