"""Shared benchmark helpers: a cached demo vault of N persons, its plain-SQLite twin, timing.

Benchmarks are scripts, not tests: they print JSON with the measured numbers and the budget.
The plain SQLite twin (same schema, same data, same connection pragmas minus encryption) is
decrypted from the vault so SQLCipher's overhead is a ratio, not a guess. Both live under
``bench/.data`` (git ignored); the twin is plaintext *synthetic* data only. The twin is made
again whenever the vault's schema (tables and indexes) differs from it, so a new migration's
indexes are on both sides of the comparison.

Times are wall-clock and CPU: on a shared, loaded machine the wall time stretches while the CPU
time says how much work the code did (the budgets assume an idle 2-core laptop).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app import paths
from app.models import db as dbmod
from app.services import vault as vaultsvc

PASSPHRASE = "benchmark passphrase"
DATA = Path(__file__).resolve().parent / ".data"


def vault_dir(persons: int, seed: int = 1, root: Path = DATA) -> Path:
    return root / f"vault-{persons}-{seed}"


def demo_vault(
    persons: int, seed: int = 1, root: Path = DATA, *, memory_security: bool = False
) -> vaultsvc.Vault:
    """Open (creating on first use) a demo vault with ``persons`` persons. Opened with the
    app's default settings (memory security off) unless told otherwise: the budgets are about the
    app as shipped."""
    directory = vault_dir(persons, seed, root)
    if not vaultsvc.vault_exists(directory):
        from app.services.demo import generate_demo

        directory.parent.mkdir(parents=True, exist_ok=True)
        vault, _ = vaultsvc.create_vault(directory, PASSPHRASE, memory_security=False)
        generate_demo(vault, persons=persons, seed=seed)
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        vault.lock()
    return vaultsvc.open_vault(directory, PASSPHRASE, memory_security=memory_security)


def _schema(con: Any) -> list[tuple[str, str]]:
    rows = con.execute(
        "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return sorted((str(name), str(sql)) for name, sql in rows)


def plain_twin(vault: vaultsvc.Vault) -> Path:
    """Decrypted copy for the SQLCipher-vs-SQLite ratio (synthetic data only), re-made when the
    vault's schema moved on (a migration added indexes)."""
    target = vault.directory.parent / (vault.directory.name + "-plain.db")
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if target.exists():
            with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as plain:
                current = _schema(plain) == _schema(raw)
            if current:
                return target
        # Export beside it and rename: another benchmark may be reading the old twin.
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        partial.unlink(missing_ok=True)
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(partial),))
        try:
            raw.execute("SELECT sqlcipher_export('plain')")
        finally:
            raw.execute("DETACH DATABASE plain")
        os.replace(partial, target)
    return target


def _plain_pragmas(con: sqlite3.Connection) -> None:
    for pragma in dbmod.CONNECTION_PRAGMAS:
        con.execute("PRAGMA " + pragma)


def plain_connection(path: Path) -> sqlite3.Connection:
    """A plain SQLite connection with exactly the vault's connection pragmas (cache size, mmap,
    temp store...), so a ratio measures encryption and nothing else."""
    con = sqlite3.connect(path, check_same_thread=False)
    con.isolation_level = None
    _plain_pragmas(con)
    return con


def plain_sessions(path: Path) -> sessionmaker[Session]:
    """ORM sessions on the twin, pooled like the vault's engine (LIFO: one warm cache)."""
    engine = create_engine(f"sqlite:///{path}", pool_use_lifo=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_con: sqlite3.Connection, _record: object) -> None:
        _plain_pragmas(dbapi_con)

    return sessionmaker(bind=engine, expire_on_commit=False)


def summary(wall_ms: list[float], cpu_ms: list[float] | None = None) -> dict[str, float]:
    """median / p95 / max of wall times (and the median CPU time), in milliseconds."""
    walls = sorted(wall_ms)
    out = {
        "median_ms": round(statistics.median(walls), 2),
        "p95_ms": round(walls[max(0, -(-len(walls) * 95 // 100) - 1)], 2),
        "max_ms": round(walls[-1], 2),
        "count": len(walls),
    }
    if cpu_ms:
        out["cpu_median_ms"] = round(statistics.median(cpu_ms), 2)
        out["cpu_p95_ms"] = round(sorted(cpu_ms)[max(0, -(-len(cpu_ms) * 95 // 100) - 1)], 2)
    return out


def sample(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def timed(fn: Callable[[], object], repeat: int = 20, warmup: int = 1) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    samples = [sample(fn) for _ in range(repeat)]
    return summary([w for w, _ in samples], [c for _, c in samples])


def budget(result: dict[str, Any], key: str, limit: float) -> dict[str, Any]:
    """Annotate ``result`` with its budget: pass when ``result[key] <= limit``."""
    return result | {"budget": limit, "budget_on": key, "pass": result[key] <= limit}


__all__ = [
    "DATA",
    "PASSPHRASE",
    "budget",
    "demo_vault",
    "paths",
    "plain_connection",
    "plain_sessions",
    "plain_twin",
    "sample",
    "summary",
    "timed",
    "vault_dir",
]


def report_pdf(
    vault: Any, year: int, month: int, lang: str = "en", kind: str = "monthly"
) -> bytes:
    """One report end to end, as `letapis report` makes it: every figure, then the layout."""
    from app.reports.data import build_monthly_report, build_prosecutions_report
    from app.reports.model import ReportOptions
    from app.reports.render import render_pdf_bytes

    build = build_monthly_report if kind == "monthly" else build_prosecutions_report
    with vault.session() as session:
        report = build(session, year, month, ReportOptions(lang=lang))
    return render_pdf_bytes(report, org_name="Benchmark")
