"""The multi-row insert behind bulk ops and imports stores what executemany would."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

from app.sync import changelog
from app.sync.changelog import insert_rows


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (a TEXT, b INTEGER, c TEXT, d BLOB)")
        yield connection


def _rows(conn):
    return [tuple(r) for r in conn.exec_driver_sql("SELECT a, b, c, d FROM t ORDER BY rowid")]


@pytest.mark.parametrize("count", [1, 7, 23])
def test_rows_and_shared_columns_are_stored_in_order(conn, monkeypatch, count):
    monkeypatch.setattr(changelog, "MAX_STATEMENT_ROWS", 5)  # several statements, one partial
    rows = [(f"ü{i}'; --", None if i % 3 else b"\x00\x01") for i in range(count)]
    insert_rows(conn, "t", ["b", "c", "a", "d"], rows, {"b": 42, "c": "same"})
    assert _rows(conn) == [(a, 42, "same", d) for a, d in rows]
    assert {r[0] for r in conn.exec_driver_sql("SELECT typeof(a) FROM t")} == {"text"}


def test_parameter_limit_splits_statements(conn, monkeypatch):
    monkeypatch.setattr(changelog, "MAX_STATEMENT_PARAMS", 8)  # 2 rows of 4 columns
    rows = [(f"a{i}", i, "", None) for i in range(5)]
    insert_rows(conn, "t", ["a", "b", "c", "d"], rows)
    assert _rows(conn) == rows


def test_nothing_to_insert(conn):
    insert_rows(conn, "t", ["a"], [])
    assert _rows(conn) == []
