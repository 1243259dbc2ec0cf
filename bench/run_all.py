"""Every performance budget of architecture.md in one run; prints JSON (``letapis bench``).

    letapis bench [--persons 100000] [--json OUT] [--skip import,sync,...]
    .venv/bin/python -m bench.run_all [same options]

Runs the existing benchmark scripts' functions on a cached demo vault of N persons
(``bench.common.demo_vault``): unlock, person list first screen / scroll, search keystrokes
per script, each list filter, statistics on SQLCipher vs the plain SQLite twin, the monthly
report PDF, sync of 10k changes (``bench.bench_sync``), spreadsheet import
(``bench.bench_import``) and the resident memory of the GUI open on the vault (in a child
process, so this process's own benchmarks do not inflate it). ``budgets`` holds one line per
budget with pass/fail; every figure has a median and a p95 (wall) and CPU time. On a loaded
machine compare CPU times: wall time stretches without the code doing more work.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("unlock", "list", "report", "sync", "import", "rss")
REPORT_MONTH = (2025, 12)


def measure_unlock(directory: Path, repeat: int) -> dict[str, Any]:
    """Passphrase -> KDF -> open -> migration check, as the unlock dialog does it."""
    from app.services.vault import open_vault
    from bench.common import PASSPHRASE, budget, sample, summary

    samples = [sample(lambda: open_vault(directory, PASSPHRASE).lock()) for _ in range(repeat)]
    return budget(summary([w for w, _ in samples], [c for _, c in samples]), "median_ms", 1500)


def measure_report(vault: Any, repeat: int) -> dict[str, Any]:
    """The monthly report PDF end to end: every figure, then the layout (budget 2 s)."""
    from bench.common import budget, report_pdf, timed

    return budget(timed(lambda: report_pdf(vault, *REPORT_MONTH), repeat), "median_ms", 2000)


def measure_sync(changes: int) -> dict[str, Any]:
    from bench import bench_sync

    result = bench_sync.run(changes)
    return result | {
        "export": {"value_s": result["export_s"], "budget_s": bench_sync.EXPORT_BUDGET_S},
        "import_merge": {
            "value_s": result["import_merge_s"],
            "budget_s": bench_sync.IMPORT_BUDGET_S,
        },
    }


def measure_import(rows: int, cache: Path) -> dict[str, Any]:
    from bench import bench_import

    cache.mkdir(parents=True, exist_ok=True)
    return bench_import.run(rows, "csv", cache)


def measure_gui_rss(directory: Path) -> dict[str, Any]:
    """Open the main window on the vault in a child process; its resident set and peak."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "bench.run_all", "--gui-rss-probe", str(directory)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    return probe | {"probe_s": round(time.perf_counter() - started, 1)}


def _gui_rss_probe(directory: Path) -> None:
    """Child process: unlock, show the main window, load and scroll the list, open the
    dashboard, then report VmRSS/VmHWM (what the user's task manager would show)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.vault import open_vault
    from app.ui.main_window import SEARCH_DEBOUNCE_MS, MainWindow
    from app.ui.tasks import wait_idle
    from bench.common import PASSPHRASE

    _app = QApplication.instance() or QApplication([])  # kept alive until the probe ends
    vault = open_vault(directory, PASSPHRASE)
    window = MainWindow(vault)
    window.resize(1280, 800)
    window.show()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(done: Any, limit_s: float = 120) -> None:
        end = time.monotonic() + limit_s
        while not done() and time.monotonic() < end:
            settle(50)

    wait_until(lambda: window.model.rowCount() > 0 and window.model.total >= 0)
    for _ in range(10):
        window.model.fetchMore()
        wait_until(lambda: not window.model.loading)

    def drain() -> None:  # let queued work start, finish on the database lane, and deliver
        settle(100)
        wait_idle(120_000)
        settle(200)

    window.tabs.setCurrentWidget(window.dashboard)
    drain()
    window.filters.search.setText("Ка")
    settle(SEARCH_DEBOUNCE_MS + 100)
    drain()
    status = Path("/proc/self/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    rss = int(fields["VmRSS"].split()[0]) / 1024
    peak = int(fields["VmHWM"].split()[0]) / 1024
    window.close()
    vault.lock()
    print(json.dumps({"rss_mb": round(rss, 1), "peak_rss_mb": round(peak, 1)}))


def _line(value: float, limit: float, unit: str, cpu: float | None = None) -> dict[str, Any]:
    """``pass`` is judged on wall time, as the budget is stated; ``cpu`` (the same figure in
    CPU time) is what an idle machine's wall time would be, for runs on a loaded machine."""
    line = {"value": value, "budget": limit, "unit": unit, "pass": value <= limit}
    if cpu is not None:
        line |= {"cpu": cpu, "cpu_pass": cpu <= limit}
    return line


def _timing_line(figures: dict[str, Any], limit: float, stat: str = "median") -> dict[str, Any]:
    return _line(figures[f"{stat}_ms"], limit, "ms", figures.get(f"cpu_{stat}_ms"))


def budgets(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """One line per architecture.md budget (medians; p95 for search, as the budget says)."""
    out: dict[str, dict[str, Any]] = {}
    if "unlock" in results:
        out["unlock_ms"] = _timing_line(results["unlock"], 1500)
    if "list" in results:
        listing = results["list"]
        out["first_screen_ms"] = _timing_line(listing["first_screen"], 100)
        out["scroll_page_ms"] = _timing_line(listing["scroll_page"], 30)
        out["search_p95_ms"] = _timing_line(listing["search_keystroke"]["all"], 50, "p95")
        pages = [f["first_page"] for f in listing["filters"].values()]
        out["slowest_filter_first_page_ms"] = _line(
            max(p["median_ms"] for p in pages), 100, "ms", max(p["cpu_median_ms"] for p in pages)
        )
        stats = listing["stats"]["all"]
        out["stats_sqlcipher_vs_sqlite"] = _line(stats["ratio_wall"], 1.15, "x", stats["ratio"])
    if "report" in results:
        out["report_pdf_ms"] = _timing_line(results["report"], 2000)
    if "sync" in results:
        sync = results["sync"]
        for name, key in (("export", "export_s"), ("import_merge", "import_merge_s")):
            out[f"sync_{name}_s"] = _line(
                sync[name]["value_s"],
                sync[name]["budget_s"],
                "s",
                sync.get(key.replace("_s", "_cpu_s")),
            )
    if "import" in results:
        imp = results["import"]
        out["import_s"] = _line(imp["total_s"], imp["budget_s"], "s")
    if "rss" in results:
        out["gui_rss_mb"] = _line(results["rss"]["rss_mb"], 300, "MB")
    return out


def run(
    persons: int = 100_000,
    *,
    root: Path | None = None,
    skip: frozenset[str] = frozenset(),
    repeat: int = 10,
    memory_security: bool = False,
) -> dict[str, Any]:
    """All benchmarks on a demo vault of ``persons`` (cached under ``root``, default
    bench/.data). Small runs (CI smoke test) scale the repeat counts and the workloads down."""
    from bench import bench_list
    from bench.common import DATA, demo_vault, vault_dir

    root = root or DATA
    small = persons < 10_000
    started = time.perf_counter()
    results: dict[str, Any] = {
        "persons": persons,
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "memory_security": memory_security,
    }
    steps: dict[str, float] = {}

    def step(name: str, measure: Any, *args: Any) -> None:
        if name not in skip:
            begun = time.perf_counter()
            results[name] = measure(*args)
            steps[name] = round(time.perf_counter() - begun, 1)

    begun = time.perf_counter()
    demo_vault(persons, root=root).lock()  # build it first if needed: not part of any timing
    steps["demo_vault"] = round(time.perf_counter() - begun, 1)
    directory = vault_dir(persons, root=root)
    step("unlock", measure_unlock, directory, 1 if small else 3)
    vault = demo_vault(persons, root=root, memory_security=memory_security)
    try:
        step("list", lambda: bench_list.run(vault, 3 if small else repeat, quick=small))
        step("report", measure_report, vault, 1 if small else 5)
    finally:
        vault.lock()
    step("sync", measure_sync, 100 if small else 10_000)  # the budget is for 10k changes
    cache = Path(tempfile.gettempdir()) / "letapis-bench" if not small else root / "import"
    step("import", measure_import, persons, cache)
    step("rss", measure_gui_rss, directory)
    results["step_s"] = steps
    results["budgets"] = budgets(results)
    results["all_pass"] = all(line["pass"] for line in results["budgets"].values())
    results["took_s"] = round(time.perf_counter() - started, 1)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="letapis bench", description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--json", type=Path, help="also write the JSON to this file")
    parser.add_argument(
        "--skip", default="", help=f"comma-separated steps to leave out: {','.join(STEPS)}"
    )
    parser.add_argument("--data", type=Path, help="folder for the cached demo vaults")
    parser.add_argument(
        "--memory-security",
        choices=("on", "off"),
        default="off",
        help="SQLCipher cipher_memory_security for the list and report steps (app default: off)",
    )
    parser.add_argument("--gui-rss-probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.gui_rss_probe:
        _gui_rss_probe(args.gui_rss_probe)
        return 0
    skip = frozenset(s.strip() for s in args.skip.split(",") if s.strip())
    if unknown := skip - set(STEPS):
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")
    result = run(
        args.persons, root=args.data, skip=skip, memory_security=args.memory_security == "on"
    )
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
