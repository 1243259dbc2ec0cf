"""Fixtures for the hardening tests: a sync team on fresh copies, a tiny real filesystem."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    created = make_team(tmp_path)
    yield created
    created.close()


def _mount(target: Path, size: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(target)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB tmpfs (needs root): the disk-full and read-only tests then meet the kernel's
    own ENOSPC / EROFS instead of a simulation. Skipped where it cannot be mounted."""
    target = tmp_path / f"disk-{uuid.uuid4().hex[:8]}"
    if not _mount(target, "4m"):
        pytest.skip("cannot mount a tmpfs here (needs root); the simulated tests still run")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


def remount(target: Path, mode: str) -> None:
    """``mode``: "ro" or "rw"."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(target)], check=True)


def fill_disk(target: Path) -> Path:
    """Fill the filesystem holding ``target`` to the last byte; returns the filler file."""
    filler = target / "filler.bin"
    with open(filler, "wb", buffering=0) as fh:
        for size in (65536, 512, 1):
            try:
                while True:
                    fh.write(b"\0" * size)
            except OSError:
                pass
    return filler
