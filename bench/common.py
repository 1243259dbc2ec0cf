"""Shared benchmark helpers: a cached demo vault of N persons and a plain-SQLite twin.

Benchmarks are scripts, not tests: they print JSON with the measured numbers and the budget.
The plain SQLite twin (same schema, same data, same pragmas minus encryption) is made in the
same run so SQLCipher's overhead is a ratio, not a guess. Both live under ``bench/.data`` (git
ignored); the twin is plaintext synthetic data only.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths
from app.services import vault as vaultsvc

PASSPHRASE = "benchmark passphrase"
DATA = Path(__file__).resolve().parent / ".data"


def demo_vault(persons: int, seed: int = 1) -> vaultsvc.Vault:
    """Open (creating on first use) a demo vault with ``persons`` persons."""
    directory = DATA / f"vault-{persons}-{seed}"
    if not vaultsvc.vault_exists(directory):
        from app.services.demo import generate_demo

        directory.parent.mkdir(parents=True, exist_ok=True)
        vault, _ = vaultsvc.create_vault(directory, PASSPHRASE, memory_security=False)
        generate_demo(vault, persons=persons, seed=seed)
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        vault.lock()
    return vaultsvc.open_vault(directory, PASSPHRASE)


def plain_twin(vault: vaultsvc.Vault) -> Path:
    """Decrypted copy for the SQLCipher-vs-SQLite ratio (synthetic data only)."""
    target = vault.directory.parent / (vault.directory.name + "-plain.db")
    if not target.exists():
        key_hex = bytes(vault._data_key).hex()
        with vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
            raw.execute("SELECT sqlcipher_export('plain')")
            raw.execute("DETACH DATABASE plain")
        del key_hex
    return target


def plain_connection(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, check_same_thread=False)
    for pragma in ("temp_store = MEMORY", "journal_mode = WAL", "foreign_keys = ON"):
        con.execute("PRAGMA " + pragma)
    return con


def timed(fn: Callable[[], object], repeat: int = 20) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "median_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[max(0, int(len(samples) * 0.95) - 1)], 2),
        "max_ms": round(samples[-1], 2),
    }


__all__ = ["PASSPHRASE", "demo_vault", "paths", "plain_connection", "plain_twin", "timed"]
