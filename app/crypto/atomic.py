"""Crash-safe file replacement: temp file in the same directory, fsync, rename, fsync the dir.

A half-written key-slot file would lock documenters out of their vault for good, so every small
file that matters is written this way.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def shred_file(path: Path) -> None:
    """Overwrite a small key file with random bytes, fsync, then delete it.

    Best effort against recovery from the disk: on SSDs and copy-on-write or journaling file
    systems the old blocks may survive elsewhere (docs/security.md). What makes the vault
    unrecoverable is that the only wrapped copies of its key are in this file.
    """
    size = max(path.stat().st_size, 4096)
    with open(path, "r+b") as fh:
        fh.write(os.urandom(size))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
