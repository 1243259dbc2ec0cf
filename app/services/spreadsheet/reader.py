"""Read a documenter's spreadsheet into a plain table of strings.

Documenters arrive with years of spreadsheets saved by whatever was at hand: Excel on a
Russian-locale Windows writes CSV in cp1251 with ``;`` between fields, LibreOffice writes UTF-8
with ``,``, "Unicode text" is UTF-16 with tabs, and Google Sheets exports UTF-8. The reader
detects the encoding and the delimiter instead of asking, and reads XLSX through openpyxl in
read-only mode so a 100k-row workbook does not have to fit in memory as cell objects.

Everything comes out as text: parsing values is the importer's job, where every error can name
the row and column. XLSX cells are turned back into the text the documenter typed, including
dates that Excel silently converted ("2021-05" stored as 1 May 2021 with a month-only format).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from app.errors import (
    SpreadsheetError,
)
from app.services.spreadsheet.mapping import recognised_count

# Candidate single-byte encodings for files that are not UTF-8, most common first: Windows
# Cyrillic, then the old Unix and DOS ones that still turn up in archives.
_SINGLE_BYTE = ("cp1251", "koi8_r", "cp866")
_DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_LINES = 50
_CYRILLIC_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіў")
_CYRILLIC_UPPER = frozenset(ch.upper() for ch in _CYRILLIC_LOWER)
_HEADER_SCAN_ROWS = 10


@dataclass(frozen=True)
class RawTable:
    """A spreadsheet as text: one header row and the data rows under it.

    ``row_numbers[i]`` is the number the documenter sees in their program for ``rows[i]``
    (1-based, header included), so every message can point at the right line. Completely
    empty rows are dropped but keep the numbering of the rows after them.
    """

    source: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def cell(self, index: int, column: int) -> str:
        row = self.rows[index]
        return row[column] if column < len(row) else ""


def read_table(path: Path | str, sheet: str | None = None) -> RawTable:
    """Read a CSV/TSV/TXT or XLSX file; ``sheet`` picks a worksheet (default: the first)."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix in (".xls", ".ods", ".numbers"):
        raise SpreadsheetError(
            f"{path.name}: {suffix} files cannot be read; save the sheet as .xlsx or .csv."
        )
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path, sheet)
        data = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(f"{path.name}: cannot read the file ({exc.strerror}).") from exc
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet)
    return read_csv_bytes(data, path.name)


# -- CSV ----------------------------------------------------------------------------------------


def decode_text(data: bytes, source: str = "file") -> tuple[str, str]:
    """(text, encoding): BOMs first, then strict UTF-8, then the likeliest Cyrillic codepage."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise SpreadsheetError(f"{source}: this is not a text spreadsheet (binary data).")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded = {name: data.decode(name, errors="replace") for name in _SINGLE_BYTE}
    best = max(_SINGLE_BYTE, key=lambda name: _plausibility(decoded[name]))
    return decoded[best], best


def _plausibility(text: str) -> float:
    """How much ``text`` looks like Belarusian or Russian prose and names.

    Decoding cp1251 bytes as KOI8-R turns most lower-case letters into capitals (and the other
    way round), and as cp866 into box-drawing symbols, so real text is the decoding with many
    lower-case Cyrillic letters and few stray symbols.
    """
    score = 0.0
    for ch in text[:20000]:
        if ch in _CYRILLIC_LOWER:
            score += 1.0
        elif ch in _CYRILLIC_UPPER:
            score += 0.3
        elif not (ch.isascii() or ch.isalpha()):
            score -= 1.0
    return score


def _split(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows = []
    for row in reader:
        rows.append(row)
        if limit is not None and len(rows) >= limit:
            break
    return rows


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most equally wide rows."""
    best, best_score = ",", (-1, -1)
    for delimiter in _DELIMITERS:
        rows = [r for r in _split(text, delimiter, _SAMPLE_LINES) if any(c.strip() for c in r)]
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        consistent = sum(1 for r in rows if len(r) == width)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_bytes(data: bytes, source: str) -> RawTable:
    text, encoding = decode_text(data, source)
    delimiter = sniff_delimiter(text)
    try:
        rows = _split(text, delimiter)
    except csv.Error as exc:
        raise SpreadsheetError(f"{source}: not a readable CSV file ({exc}).") from exc
    numbered = [(i + 1, tuple(cell for cell in row)) for i, row in enumerate(rows)]
    return _table(source, numbered, encoding=encoding, delimiter=delimiter)


# -- XLSX ---------------------------------------------------------------------------------------


_DAY_CODES = re.compile(r"d|ddd|dddd", re.IGNORECASE)


def _xlsx_text(value: object, number_format: str | None) -> str:
    """The text a documenter meant by an XLSX cell value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        if isinstance(value, datetime) and value.time() != time(0):
            return value.isoformat(sep=" ")
        fmt = re.sub(r'"[^"]*"|\[[^\]]*\]', "", (number_format or "").casefold())
        if fmt and "y" in fmt and not _DAY_CODES.search(fmt):
            return f"{day.year:04d}-{day.month:02d}" if "m" in fmt else f"{day.year:04d}"
        return day.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    from openpyxl import load_workbook

    # openpyxl raises whatever its zip, XML and style parsers hit on a damaged workbook (zlib,
    # ElementTree, TypeError, KeyError... all found by fuzzing): at this third-party boundary any
    # failure means "not a readable workbook", reported as such instead of a crash.
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise _unreadable(path, exc) from exc
    try:
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            sheets = ", ".join(workbook.sheetnames)
            raise SpreadsheetError(f"{path.name}: there is no sheet {sheet!r} (sheets: {sheets}).")
        numbered = []
        for number, row in enumerate(worksheet.iter_rows(), start=1):
            numbered.append(
                (
                    number,
                    tuple(
                        _xlsx_text(getattr(c, "value", None), getattr(c, "number_format", None))
                        for c in row
                    ),
                )
            )
        title = worksheet.title
    except SpreadsheetError:
        raise
    except Exception as exc:
        raise _unreadable(path, exc) from exc
    finally:
        workbook.close()
    return _table(path.name, numbered, sheet=title)


def _unreadable(path: Path, exc: Exception) -> SpreadsheetError:
    detail = " ".join(str(exc).split())[:200] or type(exc).__name__
    return SpreadsheetError(f"{path.name}: not a readable XLSX workbook ({detail}).")


# -- shared -------------------------------------------------------------------------------------


def _header_index(numbered: list[tuple[int, tuple[str, ...]]]) -> int:
    """Index of the header row: the first of the top rows that names the most known columns.

    Some sheets carry a title line ("Political prisoners, as of 1 May") above the header.
    Without any recognised column name, the first non-empty row is the header.
    """
    best, best_count = 0, 0
    for index, (_, row) in enumerate(numbered[:_HEADER_SCAN_ROWS]):
        count = recognised_count(row)
        if count > best_count:
            best, best_count = index, count
    return best


def _table(
    source: str,
    numbered: list[tuple[int, tuple[str, ...]]],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> RawTable:
    numbered = [(n, row) for n, row in numbered if any(cell.strip() for cell in row)]
    if not numbered:
        raise SpreadsheetError(f"{source}: the file has no rows.")
    start = _header_index(numbered)
    header_row = list(numbered[start][1])
    data = numbered[start + 1 :]
    width = max([len(header_row), *(len(row) for _, row in data)])
    header_row += [""] * (width - len(header_row))

    def empty_column(i: int) -> bool:
        return not header_row[i].strip() and not any(
            i < len(row) and row[i].strip() for _, row in data
        )

    while width > 0 and empty_column(width - 1):
        width -= 1
    headers = tuple(h.strip() or f"column {i + 1}" for i, h in enumerate(header_row[:width]))
    rows = tuple(tuple(row[:width]) for _, row in data)
    return RawTable(
        source=source,
        headers=headers,
        rows=rows,
        row_numbers=tuple(n for n, _ in data),
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
    )
