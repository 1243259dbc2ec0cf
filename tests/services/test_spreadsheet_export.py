"""Export -> import round trips, formula injection, filtered exports, the JSON archive."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.services.spreadsheet import (
    COLUMN_NAMES,
    UNENCRYPTED_WARNING,
    apply_import,
    export_vault,
)
from app.services.spreadsheet.template import shipped_template
from tests.services.content import vault_content
from tests.services.rich_vault import build_rich_vault
from tests.services.sheets import plan_file

DOCS = Path(__file__).resolve().parents[2] / "docs" / "import-format.md"


def _round_trip(source, target, path: Path) -> None:
    with source.session() as session:
        result = export_vault(session, path, path.suffix[1:])
    assert result.warning == UNENCRYPTED_WARNING
    plan = plan_file(target, path)
    assert plan.errors == ()
    apply_import(target, plan)
    assert vault_content(target) == vault_content(source)
    again = plan_file(target, path)
    assert again.records_to_create == {} and again.records_to_update == {}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_rich_vault_round_trips(vault, other_vault, tmp_path: Path, fmt: str) -> None:
    build_rich_vault(vault)
    _round_trip(vault, other_vault, tmp_path / f"export.{fmt}")


def test_demo_vault_round_trips(vault, other_vault, tmp_path: Path) -> None:
    demo = pytest.importorskip("app.services.demo")
    demo.generate_demo(vault, persons=120, seed=11)
    _round_trip(vault, other_vault, tmp_path / "demo.csv")


def test_formulas_are_neutralised_in_csv_and_xlsx(vault, tmp_path: Path) -> None:
    ids = build_rich_vault(vault)
    with vault.session() as session:
        export_vault(session, tmp_path / "out.csv", "csv")
        export_vault(session, tmp_path / "out.xlsx", "xlsx")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    viktar = next(r for r in rows if r["person_key"] == ids["viktar"])
    marfa = next(r for r in rows if r["person_key"] == ids["marfa"])
    assert viktar["notes"].startswith("'=HYPERLINK(")
    assert marfa["notes"].startswith("'+375")
    every_cell = [cell for row in rows for cell in row.values()]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in every_cell)

    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
    assert all(c.data_type == "s" for c in cells)
    assert not any(str(c.value).startswith(("=", "+", "-", "@")) for c in cells)
    assert "'=HYPERLINK(" in {str(c.value)[:12] for c in cells}


def test_filtered_export_and_json_archive(vault, tmp_path: Path) -> None:
    ids = build_rich_vault(vault)
    with vault.session() as session:
        part = export_vault(session, tmp_path / "two.csv", "csv", [ids["eduard"], ids["marfa"]])
        full = export_vault(session, tmp_path / "all.json", "json")
        some = export_vault(session, tmp_path / "some.json", "json", [ids["marfa"]])
    assert (part.persons, full.persons, some.persons) == (2, 4, 1)
    with (tmp_path / "two.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["person_key"] for r in rows} == {ids["eduard"], ids["marfa"]}
    assert {r["relatives"] for r in rows} == {""}  # their relatives are not in the export
    archive = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert archive["format"] == "letapis-archive" and archive["filtered"] is False
    tables = archive["tables"]
    assert len(tables["persons"]) == 4 and len(tables["relations"]) == 2
    assert {"month_narratives", "attachments", "attachment_blobs", "judges"} <= tables.keys()
    assert all(not row["deleted"] for row in tables["persons"])
    small = json.loads((tmp_path / "some.json").read_text(encoding="utf-8"))["tables"]
    assert [p["id"] for p in small["persons"]] == [ids["marfa"]]
    assert len(small["events"]) == 3 and len(small["sources"]) == 1


def test_template_files_docs_and_example(vault) -> None:
    with shipped_template("csv").open(encoding="utf-8-sig", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == COLUMN_NAMES
    from openpyxl import load_workbook

    sheet = load_workbook(shipped_template("xlsx")).active
    assert sheet is not None
    assert tuple(c.value for c in sheet[1]) == COLUMN_NAMES
    docs = DOCS.read_text(encoding="utf-8")
    assert [name for name in COLUMN_NAMES if f"`{name}`" not in docs] == []
    plan = plan_file(vault, shipped_template("example"))
    assert plan.errors == () and plan.persons_to_create == 4
    result = apply_import(vault, plan)
    assert result.records_created["relations"] == 1
