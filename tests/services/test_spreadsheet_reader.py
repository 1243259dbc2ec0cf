"""Reading sheets as documenters save them: encodings, delimiters, XLSX, title lines."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.services.spreadsheet import SpreadsheetError, read_table
from app.services.spreadsheet.reader import decode_text, sniff_delimiter

HEADER = ["person_key", "name", "birth_date", "region", "notes"]
ROWS = [
    ["P1", "Бабарыка Віктар", "1963-11-28", "Мінск", "ўсё, што вядома; «цытата»"],
    ["P2", "Колесникова Мария", "1982", "Минск", 'кавычки "внутри"'],
]


def _csv_text(delimiter: str, rows: list[list[str]] = ROWS) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1251", "cp1251"), ("utf-16", "utf-16")],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, reported: str) -> None:
    if encoding == "cp1251":
        rows = [[cell.replace("«", '"').replace("»", '"') for cell in row] for row in ROWS]
    else:
        rows = ROWS
    path = tmp_path / "people.csv"
    path.write_bytes(_csv_text(";", rows).encode(encoding))
    table = read_table(path)
    assert table.encoding == reported
    assert table.headers == tuple(HEADER)
    assert [list(r) for r in table.rows] == rows
    assert table.row_numbers == (2, 3)


def test_cp1251_is_not_mistaken_for_koi8(tmp_path: Path) -> None:
    text = "name;city\nЛосік Ганна;Гомель\nЦіханоўская Святлана;Мінск\n"
    assert decode_text(text.encode("cp1251")) == (text, "cp1251")
    assert decode_text(text.encode("koi8_u", errors="replace"))[1] == "koi8_r"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "people.txt"
    path.write_text(_csv_text(delimiter), encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == delimiter
    assert [list(r) for r in table.rows] == ROWS


def test_sniffer_prefers_consistent_widths() -> None:
    # Commas inside the names, semicolons between fields (a Russian-locale Excel export).
    text = "name;born\nБабарыка, Віктар;1963\nЛосік, Ігар;1992\n"
    assert sniff_delimiter(text) == ";"


def test_title_line_above_header_and_blank_rows(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Палітвязні на 1 мая,,\n,,\nФИО,Дата рождения,Регион\nЛосик Игорь,1992-05-23,Брест\n,,\n"
        "Бялацкі Алесь,1962,Мінск\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.headers == ("ФИО", "Дата рождения", "Регион")
    assert table.row_numbers == (4, 6)


def test_xlsx_cells_come_back_as_typed(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Title of the list"])
    sheet.append(
        ["person_key", "name", "birth_date", "detained_on", "fine", "in_absentia", "notes"]
    )
    sheet.append([1, "Лосік Ігар", datetime(1992, 5, 23), datetime(2020, 6, 25), 50.0, False, None])
    sheet.append([2, "Knižnik", 1986, datetime(2021, 5, 1), 12.5, True, "нататка"])
    sheet["D4"].number_format = "mmm-yy"
    sheet.append([])
    sheet.append([3, "Гусак", "1970-02", date(2022, 3, 4), None, None, "x"])
    path = tmp_path / "people.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.headers[:3] == ("person_key", "name", "birth_date")
    assert table.sheet == "Sheet"
    assert [list(r) for r in table.rows] == [
        ["1", "Лосік Ігар", "1992-05-23", "2020-06-25", "50", "no", ""],
        ["2", "Knižnik", "1986", "2021-05", "12.5", "yes", "нататка"],
        ["3", "Гусак", "1970-02", "2022-03-04", "", "", "x"],
    ]
    assert table.row_numbers == (3, 4, 6)


def test_unreadable_files_say_why(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(SpreadsheetError, match=r"old\.xls: .*save the sheet as \.xlsx or \.csv"):
        read_table(old)
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match=r"empty\.csv: the file has no rows"):
        read_table(empty)
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    with pytest.raises(SpreadsheetError, match="not a text spreadsheet"):
        read_table(binary)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SpreadsheetError, match=r"broken\.xlsx: not a readable XLSX"):
        read_table(broken)
