"""The 100k-row person list: a table model that pages from the vault in keyset order.

Only what the view has scrolled to is loaded (``canFetchMore``/``fetchMore``), every page query
runs on the database lane, and a generation counter drops results of superseded queries (the
user typed another letter before the last search finished).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app import reference
from app.services import people
from app.services.people import PersonFilter, PersonRow, SortField
from app.ui.tasks import run_in_background

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def full_year_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year ("23.11.26" is ambiguous in case
    files that span decades)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class PersonTableModel(QAbstractTableModel):
    COLUMNS = (SortField.NAME, SortField.REGION, SortField.STATUS, SortField.LATEST)

    loaded = Signal()  # first page of a new query is in
    countChanged = Signal(int)
    failed = Signal(str)

    def __init__(self, vault: Any, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.lang = lang
        self.locale = QLocale(lang)
        self.date_format = full_year_format(self.locale)
        self.filter = PersonFilter()
        self.sort_field = SortField.NAME
        self.descending = False
        self.rows: list[PersonRow] = []
        self.total = 0
        self.exhausted = True
        self.loading = False
        self.generation = 0

    # -- querying ------------------------------------------------------------------------

    def set_filter(self, flt: PersonFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Load the first page, then count the matches in a second task: the screen fills as
        soon as one page is read, and counting a broad query (every "А...") can take longer
        than the page itself. ``total`` is -1 until the count arrives."""
        self.generation += 1
        generation = self.generation
        flt, sort, desc = self.filter, self.sort_field, self.descending
        self.loading = True

        def work() -> list[PersonRow]:
            with self.vault.session() as session:
                return people.fetch_page(session, flt, sort, desc, None, PAGE_SIZE)

        def done(page: list[PersonRow]) -> None:
            if generation != self.generation:
                return
            self.beginResetModel()
            self.rows = page
            self.exhausted = len(page) < PAGE_SIZE
            self.total = len(page) if self.exhausted else -1
            self.loading = False
            self.endResetModel()
            self.loaded.emit()
            if self.exhausted:
                self.countChanged.emit(self.total)
            else:
                self._count(generation, flt)

        run_in_background(work, done, self._error(generation), owner=self)

    def _count(self, generation: int, flt: PersonFilter) -> None:
        def work() -> int | None:
            if generation != self.generation:
                return None  # the user typed on: this count would only delay the next page
            with self.vault.session() as session:
                return people.count_persons(session, flt)

        def done(total: int | None) -> None:
            if total is None or generation != self.generation:
                return
            self.total = total
            self.countChanged.emit(total)

        run_in_background(work, done, self._error(generation), owner=self)

    def _error(self, generation: int):  # type: ignore[no-untyped-def]
        def handler(exc: BaseException) -> None:
            if generation == self.generation:
                self.loading = False
                self.failed.emit(str(exc))

        return handler

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self.rows:
            return
        self.loading = True
        generation = self.generation
        flt, sort, desc, after = self.filter, self.sort_field, self.descending, self.rows[-1]

        def work() -> list[PersonRow]:
            with self.vault.session() as session:
                return people.fetch_page(session, flt, sort, desc, after, PAGE_SIZE)

        def done(page: list[PersonRow]) -> None:
            if generation != self.generation:
                return
            self.loading = False
            self.exhausted = len(page) < PAGE_SIZE
            if page:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self.rows.extend(page)
                self.endInsertRows()

        run_in_background(work, done, self._error(generation), owner=self)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.sort_field = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Name"), self.tr("Region"), self.tr("Custody"), self.tr("Latest event"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[index.column()]
        if column == SortField.NAME:
            return row.name
        if column == SortField.REGION:
            return self.region_name(row.region_code)
        if column == SortField.STATUS:
            return self.custody_label(row.custody_status)
        if row.latest_event_on is None:
            return ""
        return self.locale.toString(row.latest_event_on, self.date_format)

    def region_name(self, code: str | None) -> str:
        if not code:
            return ""
        try:
            return reference.region(code).name(self.lang)
        except KeyError:
            return code

    def custody_label(self, status: str) -> str:
        return {"in_custody": self.tr("In custody"), "released": self.tr("Released")}.get(
            status, ""
        )

    def person_id(self, row: int) -> str | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None
