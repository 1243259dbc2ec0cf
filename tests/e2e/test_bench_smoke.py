"""`letapis bench` runs every benchmark end to end on a small demo vault and prints the JSON the
budgets are read from. Times are not asserted (CI machines vary); the shape and sanity are."""

from __future__ import annotations

import json
import time
from numbers import Real

import pytest

from app.cli import main

BUDGET_KEYS = {
    "unlock_ms",
    "first_screen_ms",
    "scroll_page_ms",
    "search_p95_ms",
    "slowest_filter_first_page_ms",
    "stats_sqlcipher_vs_sqlite",
    "report_pdf_ms",
    "sync_export_s",
    "sync_import_merge_s",
    "import_s",
    "gui_rss_mb",
}
SCRIPTS = {"be", "ru", "latin", "mixed", "short", "full_name", "no_match", "all"}


def _timings(node, path=""):
    """Every median/p95 figure in the result, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}"
            if key.endswith(("median_ms", "p95_ms")) and isinstance(value, Real):
                yield here, value
            else:
                yield from _timings(value, here)


@pytest.mark.slow
def test_bench_prints_every_budget_with_positive_numbers(tmp_path, capsys):
    out = tmp_path / "bench.json"
    started = time.monotonic()
    code = main(["bench", "--persons", "600", "--data", str(tmp_path), "--json", str(out)])
    took = time.monotonic() - started
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    result = json.loads(out.read_text(encoding="utf-8"))
    assert printed == result and result["persons"] == 600

    assert set(result["budgets"]) == BUDGET_KEYS
    for name, line in result["budgets"].items():
        assert line["value"] > 0 and line["budget"] > 0, name
        assert line["pass"] == (line["value"] <= line["budget"]), name
    assert result["all_pass"] == all(line["pass"] for line in result["budgets"].values())

    listing = result["list"]
    assert set(listing["search_keystroke"]) == SCRIPTS
    assert listing["search_keystroke"]["all"]["count"] > 30
    assert {"region", "gender", "article_common", "court", "category", "event_dates"} <= set(
        listing["filters"]
    )
    assert any(f["matches"] > 0 for f in listing["filters"].values())
    for name, stat in listing["stats"].items():
        assert stat["ratio"] > 0, name
    timings = dict(_timings(result))
    assert len(timings) > 100
    assert all(value > 0 for value in timings.values()), [k for k, v in timings.items() if v <= 0]
    assert result["rss"]["rss_mb"] > 50 and result["import"]["persons"] > 0
    assert took < 240  # generous: the budget for CI is about a minute
