"""Time the monthly report end to end on a demo vault; print JSON.

    .venv/bin/python bench/bench_report.py [--persons 100000] [--month 2025-12] [--lang en]

The demo vault is the shared cached one (``bench.common.demo_vault``, made once with
``app.services.demo.generate_demo``), so repeated runs only time the report. "End to end" is
what the user waits for after pressing Export: open a session, compute every figure, lay out
the PDF. The budget (architecture.md) is 2 s at 100k persons.

The same figures are then computed on the plain (unencrypted) SQLite twin of the same database
(``bench.common.plain_twin``, synthetic data only) with the vault's connection settings, to
report the SQLCipher overhead of the report's queries (budget: at most 1.15x).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("LETAPIS_INSECURE_FAST_KDF", "1")  # unlock speed is not measured here
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.models import db as dbmod
from app.reports.data import build_monthly_report, build_prosecutions_report
from app.reports.model import ReportOptions
from app.reports.render import render_pdf_bytes
from bench.common import demo_vault, plain_twin, report_pdf


def _plain_sessions(path: Path) -> sessionmaker[Session]:
    """Sessions on the plain copy with the vault's own connection pragmas."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_con: sqlite3.Connection, _record: object) -> None:
        for pragma in dbmod.CONNECTION_PRAGMAS:
            dbapi_con.execute("PRAGMA " + pragma)

    return sessionmaker(bind=engine)


def _timed(fn: Callable[[], object], repeat: int) -> tuple[list[tuple[float, float]], object]:
    """(wall, CPU) seconds of each run. CPU time is reported too because a shared machine's
    load stretches wall time without the code doing more work."""
    times, result = [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return times, result


def _summary(times: list[tuple[float, float]]) -> dict[str, float]:
    walls = [wall for wall, _ in times]
    return {
        "median": round(statistics.median(walls), 3),
        "min": round(min(walls), 3),
        "max": round(max(walls), 3),
        "cpu_median": round(statistics.median(cpu for _, cpu in times), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--month", default="2025-12")
    parser.add_argument("--lang", choices=["en", "be", "ru"], default="en")
    parser.add_argument("--kind", choices=["monthly", "prosecutions"], default="monthly")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-plain", action="store_true", help="skip the plain SQLite twin")
    args = parser.parse_args()
    year, month = (int(part) for part in args.month.split("-"))
    vault = demo_vault(args.persons, args.seed)
    options = ReportOptions(lang=args.lang)
    build = build_monthly_report if args.kind == "monthly" else build_prosecutions_report

    def figures(sessions: Callable[[], Session]) -> object:
        with sessions() as session:
            return build(session, year, month, options)

    def end_to_end() -> bytes:
        return report_pdf(vault, year, month, args.lang, args.kind)

    try:
        first_start = time.perf_counter()
        pdf = end_to_end()
        first = time.perf_counter() - first_start
        total, pdf = _timed(end_to_end, args.repeat)
        data_times, report = _timed(lambda: figures(vault.session), args.repeat)
        render_times, _ = _timed(lambda: render_pdf_bytes(report), args.repeat)  # type: ignore[arg-type]
        result: dict[str, object] = {
            "load_average_1min": round(os.getloadavg()[0], 2),
            "cpus": os.cpu_count(),
            "persons": args.persons,
            "month": args.month,
            "kind": args.kind,
            "lang": args.lang,
            "report_end_to_end_s": _summary(total),
            "report_first_run_s": round(first, 3),
            "figures_s": _summary(data_times),
            "pdf_layout_s": _summary(render_times),
            "pdf_bytes": len(pdf),  # type: ignore[arg-type]
            "pdf_pages": pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page "),  # type: ignore[union-attr]
            "budget_s": 2.0,
        }
        if not args.no_plain:
            sessions = _plain_sessions(plain_twin(vault))
            figures(sessions)  # warm the page cache like the vault runs above
            plain_times, _ = _timed(lambda: figures(sessions), args.repeat)
            sessions.kw["bind"].dispose()
            result["figures_plain_sqlite_s"] = _summary(plain_times)
            result["sqlcipher_vs_plain_ratio"] = round(
                statistics.median(w for w, _ in data_times)
                / statistics.median(w for w, _ in plain_times),
                2,
            )
            result["ratio_budget"] = 1.15
    finally:
        vault.lock()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
