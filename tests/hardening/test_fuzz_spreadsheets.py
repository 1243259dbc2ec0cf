"""Hostile spreadsheets: whatever a documenter (or someone handing them a file) brings.

Contract: reading a CSV/XLSX returns a table or raises ``SpreadsheetError``; planning an import
returns row errors or raises an ``ImportRowError``; applying an import that has rejected rows
raises ``ImportRejected`` and writes nothing. Nothing else escapes, nothing hangs.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.errors import ImportRowError, SpreadsheetError
from app.services.spreadsheet import (
    ImportRejected,
    apply_import,
    plan_import,
    read_table,
    shipped_template,
    suggest_mapping,
)
from app.services.spreadsheet.reader import RawTable, read_csv_bytes
from app.services.vault import Vault, create_vault
from tests.conftest import PASSPHRASE
from tests.hardening.fuzzing import EDITS_STRATEGY_ARGS, fuzz_settings, mutate, time_limit
from tests.hardening.test_fuzz_parsers import HOSTILE_TEXT
from tests.sync.helpers import snapshot

pytestmark = pytest.mark.slow  # seconds per target; CI runs the small default count

EXAMPLE = shipped_template("example").read_bytes()
EXAMPLE_ROWS = list(csv.reader(io.StringIO(EXAMPLE.decode("utf-8-sig"))))
EDITS = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 1 << 20), st.integers(0, 255)),
    **EDITS_STRATEGY_ARGS,
)


def _xlsx_bytes(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


EXAMPLE_XLSX = _xlsx_bytes(EXAMPLE_ROWS)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    created, _code = create_vault(tmp_path_factory.mktemp("sheets") / "vault", PASSPHRASE)
    yield created
    created.lock()


def _read_bytes(raw: bytes, tmp: Path, suffix: str) -> RawTable | None:
    path = tmp / f"sheet{suffix}"
    path.write_bytes(raw)
    with time_limit(10):
        try:
            return read_table(path)
        except SpreadsheetError as exc:
            assert str(exc) and "\n" not in str(exc).strip()
            return None


def _plan_and_apply(vault: Vault, table: RawTable) -> None:
    """Dry run, then a strict apply: either everything is written or nothing is."""
    with time_limit(30):
        try:
            with vault.session() as session:
                plan = plan_import(session, table, suggest_mapping(table.headers, session))
        except ImportRowError as exc:
            assert str(exc)
            return
        before = snapshot(vault)
        try:
            apply_import(vault, plan)
        except ImportRejected as exc:
            assert str(exc)
            assert snapshot(vault) == before


@fuzz_settings()
@given(st.binary(max_size=2000))
def test_random_bytes_as_csv(raw):
    with time_limit():
        try:
            read_csv_bytes(raw, "x.csv")
        except SpreadsheetError as exc:
            assert str(exc)


@fuzz_settings()
@given(EDITS)
def test_mutated_example_csv_reads_or_says_why(tmp_path_factory, edits):
    _read_bytes(mutate(EXAMPLE, edits), tmp_path_factory.mktemp("csv"), ".csv")


@fuzz_settings(100, deadline_ms=20_000)
@given(data=st.data())
def test_hostile_cells_are_row_errors_and_nothing_is_half_written(vault, data):
    rows = [list(row) for row in EXAMPLE_ROWS]
    for _ in range(data.draw(st.integers(1, 6))):
        r = data.draw(st.integers(1, len(rows) - 1))
        c = data.draw(st.integers(0, len(rows[r]) - 1))
        rows[r][c] = data.draw(HOSTILE_TEXT)
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    try:
        table = read_csv_bytes(out.getvalue().encode("utf-8"), "hostile.csv")
    except SpreadsheetError as exc:  # e.g. a NUL byte: "not a text spreadsheet"
        assert str(exc)
        return
    _plan_and_apply(vault, table)


@fuzz_settings(100, deadline_ms=10_000)
@given(EDITS)
def test_mutated_xlsx_bytes(tmp_path_factory, edits):
    raw = mutate(EXAMPLE_XLSX, edits)
    assume(raw != EXAMPLE_XLSX)
    _read_bytes(raw, tmp_path_factory.mktemp("xlsx"), ".xlsx")


def _members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


XLSX_MEMBERS = _members(EXAMPLE_XLSX)


@fuzz_settings(100, deadline_ms=10_000)
@given(member=st.sampled_from(sorted(XLSX_MEMBERS)), edits=EDITS, drop=st.booleans())
def test_xlsx_with_a_damaged_part(tmp_path_factory, member, edits, drop):
    """Valid zip, damaged XML inside: what a half-broken office suite writes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in XLSX_MEMBERS.items():
            if name == member:
                if drop:
                    continue
                content = mutate(content, edits)
            archive.writestr(name, content)
    tmp = tmp_path_factory.mktemp("xlsxpart")
    table = _read_bytes(out.getvalue(), tmp, ".xlsx")
    assert table is None or isinstance(table, RawTable)


def test_the_template_xlsx_and_example_read():
    assert read_table(shipped_template("xlsx")).headers
    assert len(read_table(shipped_template("example"))) > 0
