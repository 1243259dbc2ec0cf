"""Person list and search budgets at 100k persons (issue 4), with the plain-SQLite ratio.

    .venv/bin/python -m bench.bench_list --persons 100000

Measures, on the real Qt model where the budget is about the screen:
* first screen: model.refresh() until the first page is in the model (budget 100 ms);
* scroll: fetchMore() of one page deep in the list (budget 30 ms);
* search: one keystroke's query in any script, p95 (budget 50 ms);
and the same page/search SQL on a plain SQLite twin for the encryption overhead ratio.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

from bench.common import demo_vault, plain_connection, plain_twin, timed

QUERIES = [
    "Бабарыка",
    "Babaryka",
    "Бабарико",
    "Kalesnik",
    "Калеснікава",
    "Ціханоўск",
    "Tsikhanouski",
    "Лукашэнк",
    "Sierg",
    "Аляксандр Кар",
    "Мікал",
    "Ivanou",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.services import people
    from app.services.people import PersonFilter, SortField
    from app.ui.person_model import PersonTableModel

    app = QApplication.instance() or QApplication([])
    vault = demo_vault(args.persons)
    result: dict[str, object] = {"persons": args.persons}

    model = PersonTableModel(vault)

    loads: list[int] = []
    model.loaded.connect(lambda: loads.append(1))

    def wait_for(done: Callable[[], bool]) -> None:
        # Block in Qt until events arrive rather than spinning processEvents(): a tight
        # processEvents() loop is both unfair to the worker and hard on PySide.
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def first_screen() -> None:
        before = len(loads)
        model.refresh()
        wait_for(lambda: len(loads) != before)

    result["first_screen"] = timed(first_screen, 10) | {"budget_ms": 100}

    def scroll_page() -> None:
        model.fetchMore()
        wait_for(lambda: not model.loading)

    for _ in range(20):  # get some depth first
        scroll_page()
    result["scroll_page"] = timed(scroll_page, 20) | {"budget_ms": 30}

    def search(q: str) -> None:
        with vault.session() as session:
            people.fetch_page(session, PersonFilter(query=q), SortField.NAME, limit=200)

    samples = []
    for q in QUERIES:
        for cut in range(3, len(q) + 1):  # every keystroke from the third letter
            start = time.perf_counter()
            search(q[:cut])
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    result["search_keystroke"] = {
        "count": len(samples),
        "median_ms": round(samples[len(samples) // 2], 2),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 2),
        "budget_p95_ms": 50,
    }

    # Same SQL on SQLCipher and plain SQLite: the encryption overhead ratio.
    page_sql = (
        "SELECT id, display_name FROM persons WHERE NOT deleted "
        "ORDER BY display_name, id LIMIT 200 OFFSET 0"
    )
    agg_sql = (
        "SELECT region_code, gender, count(*) FROM persons JOIN charges "
        "ON charges.person_id = persons.id GROUP BY region_code, gender"
    )
    plain = plain_connection(plain_twin(vault))
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        for name, sql in (("page_sql", page_sql), ("aggregation_sql", agg_sql)):
            enc = timed(lambda sql=sql: raw.execute(sql).fetchall(), 10)
            pla = timed(lambda sql=sql: plain.execute(sql).fetchall(), 10)
            result[name] = {
                "sqlcipher": enc,
                "sqlite": pla,
                "ratio": round(enc["median_ms"] / max(pla["median_ms"], 1e-6), 2),
            }
    vault.lock()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
