"""Declarative binding between the person draft and the editor's widgets.

The editor owns ONE ``PersonDraft``. Forms and tables are declared as lists of ``FieldSpec``
(label, widget factory, getter, setter); the classes here build the widgets, load values from the
draft and turn every committed edit into ``host.apply(change)``, where the editor snapshots the
draft for undo and revalidates. Widgets never hold state the draft does not have, so undo, redo,
a failed save and a reload are all the same operation: ``load(draft)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from operator import attrgetter
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.people import PersonDraft
from app.ui.editor_labels import EnumText
from app.ui.widgets import INVALID_STYLE, Choice, FieldMessage, ParsedField

Problems = Sequence[tuple[str, str]]
"""(field path, message) pairs as returned by ``people.validate``."""


class DraftHost(Protocol):
    """What bound widgets need from the editor."""

    lang: str
    locale: QLocale
    labels: EnumText

    @property
    def draft(self) -> PersonDraft: ...

    @property
    def problems(self) -> Problems:
        """The current validation problems of the draft."""
        ...

    def apply(self, change: Callable[[PersonDraft], object], what: str) -> None:
        """Mutate the draft as one undoable step named ``what``."""

    def watch(self, widget: QWidget) -> None:
        """Track a parsing widget's refusals (they keep Save disabled)."""


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form or one column of a table.

    ``get``/``put`` read and write the value on the draft object the form or row is bound to.
    ``choices`` rebuilds a combo's list from the whole draft (courts of the person's region,
    the person's other sentences). ``rule`` is the validation path, relative to the bound object,
    whose messages are shown under this field. ``exclusive`` makes a flag column behave like a
    radio button across rows (the primary name).
    """

    label: str
    make: Callable[[], QWidget]
    get: Callable[[Any], Any]
    put: Callable[[Any, Any], None]
    choices: Callable[[PersonDraft], Sequence[Choice | None]] | None = None
    rule: str | None = None
    stretch: bool = False
    exclusive: bool = False
    name: str = ""


def attr(key: str, label: str, make: Callable[[], QWidget], **options: Any) -> FieldSpec:
    """A field bound to the attribute ``key`` of its object (the common case)."""

    def put(obj: Any, value: Any) -> None:
        setattr(obj, key, value)

    options.setdefault("name", key)
    return FieldSpec(label, make, attrgetter(key), put, **options)


def problems_under(problems: Problems, prefix: str) -> list[tuple[int, str, str]]:
    """``(index, rest, message)`` for problems at ``prefix.<index>[.rest]``."""
    found = []
    head = prefix + "."
    for path, message in problems:
        if not path.startswith(head):
            continue
        index, _, rest = path[len(head) :].partition(".")
        if index.isdigit():
            found.append((int(index), rest, message))
    return found


def messages_at(problems: Problems, path: str) -> list[str]:
    return [message for p, message in problems if p == path]


def _load_widget(spec: FieldSpec, widget: QWidget, draft: PersonDraft, obj: Any) -> None:
    if spec.choices is not None:
        widget.set_choices(spec.choices(draft))  # type: ignore[attr-defined]
    widget.setValue(spec.get(obj) if obj is not None else None)  # type: ignore[attr-defined]


def button_row(*buttons: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    if stretch_first:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    if not stretch_first:
        row.addStretch(1)
    return row


# -- forms -------------------------------------------------------------------------------------


class BoundForm(QWidget):
    """A ``QFormLayout`` of value widgets bound to one object of the draft.

    ``target(draft)`` finds the object each time (the selected case, its trial...), so the same
    form follows the selection and survives undo replacing the whole draft. When ``target``
    returns None the form is disabled and empty.
    """

    def __init__(
        self,
        host: DraftHost,
        target: Callable[[PersonDraft], Any | None],
        specs: Sequence[FieldSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._target = target
        self._fields: list[tuple[FieldSpec, QWidget, FieldMessage | None]] = []
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(8)
        for spec in specs:
            self.add_field(spec)

    def add_field(self, spec: FieldSpec) -> QWidget:
        widget = spec.make()
        if spec.name:
            widget.setObjectName(spec.name)
        message = None
        if hasattr(widget, "feedback") or spec.rule:
            message = FieldMessage(self)
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(message)
            if hasattr(widget, "feedback"):
                widget.feedback.connect(message.show_feedback)  # type: ignore[attr-defined]
                self._host.watch(widget)
            self._add_row(spec.label, cell)
        else:
            self._add_row(spec.label, widget)
        widget.committed.connect(partial(self._commit, spec))  # type: ignore[attr-defined]
        self._fields.append((spec, widget, message))
        return widget

    def _add_row(self, label: str, field: QWidget) -> None:
        """An empty label gives the field the full width (a notes box under its tab's intro)."""
        if label:
            self.form.addRow(label, field)
        else:
            self.form.addRow(field)

    def widget(self, name: str) -> QWidget:
        return next(w for spec, w, _m in self._fields if spec.name == name)

    def message(self, name: str) -> FieldMessage | None:
        return next(m for spec, _w, m in self._fields if spec.name == name)

    def _commit(self, spec: FieldSpec, value: Any) -> None:
        def change(draft: PersonDraft) -> None:
            obj = self._target(draft)
            if obj is not None:
                spec.put(obj, value)

        self._host.apply(change, spec.label)

    def load(self, draft: PersonDraft) -> None:
        obj = self._target(draft)
        for spec, widget, _message in self._fields:
            _load_widget(spec, widget, draft, obj)
        self.setEnabled(obj is not None)

    def show_problems(self, problems: Problems, prefix: str = "") -> None:
        """Show rule messages under the fields they name (``prefix`` + ``rule``)."""
        for spec, _widget, message in self._fields:
            if message is not None and spec.rule:
                message.set_rules(messages_at(problems, prefix + spec.rule))


def align_labels(*forms: BoundForm) -> None:
    """Give stacked forms (case, trial) one label column, so their fields line up."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.form.rowCount())
        if (item := form.form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and item.widget() is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


# -- tables ------------------------------------------------------------------------------------


class RecordTable(QWidget):
    """A list of draft records edited in place, one row per record, one widget per cell.

    Meant for short lists (names, custody periods, status periods): every cell is a real value
    widget, so dates are parsed and refused exactly as in forms. Problems from validation are
    listed under the table ("Row 2: ...") and the offending rows get a warning icon.
    """

    def __init__(
        self,
        host: DraftHost,
        items: Callable[[PersonDraft], list[Any]],
        specs: Sequence[FieldSpec],
        new_item: Callable[[PersonDraft], Any] | None,
        *,
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._items = items
        self._specs = list(specs)
        self._new_item = new_item
        self._row_of: dict[QWidget, int] = {}
        self._refusals: dict[tuple[int, str], str] = {}
        self._marked: list[QWidget] = []
        self.table = QTableWidget(0, len(self._specs), self)
        self.table.setHorizontalHeaderLabels([spec.label for spec in self._specs])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, spec in enumerate(self._specs):
            if spec.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                # Cell widgets are not measured by ResizeToContents: size from a sample widget.
                sample = spec.make()
                width = max(
                    sample.sizeHint().width(), header.sectionSizeFromContents(column).width()
                )
                sample.deleteLater()
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(column, width + 8)
        palette = self.table.palette()
        palette.setColor(
            QPalette.ColorRole.Highlight, palette.color(QPalette.ColorRole.AlternateBase)
        )
        palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        self.table.setPalette(palette)
        rows = self.table.verticalHeader()
        rows.setHighlightSections(True)
        rows.setDefaultSectionSize(rows.fontMetrics().height() + 20)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self._add)
        self.add_button.setVisible(new_item is not None)
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.setEnabled(False)
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.add_button, self.remove_button))
        self.table.itemSelectionChanged.connect(self._selection_changed)

    # -- access ---------------------------------------------------------------------------

    def cell(self, row: int, name: str) -> QWidget:
        column = next(i for i, spec in enumerate(self._specs) if spec.name == name)
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def row_count(self) -> int:
        return self.table.rowCount()

    # -- loading --------------------------------------------------------------------------

    def load(self, draft: PersonDraft) -> None:
        records = self._items(draft)
        if self.table.rowCount() != len(records):
            self._rebuild(len(records))
        for row, record in enumerate(records):
            for column, spec in enumerate(self._specs):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    _load_widget(spec, widget, draft, record)
        self._fit_height()

    def _rebuild(self, count: int) -> None:
        current = self.table.currentRow()
        self._row_of.clear()
        self._refusals.clear()
        self._marked.clear()
        self.message.show_feedback("", False)
        self.table.setRowCount(0)
        self.table.setRowCount(count)
        for row in range(count):
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
            for column, spec in enumerate(self._specs):
                widget = spec.make()
                if spec.name:
                    widget.setObjectName(f"{spec.name}_{row}")
                widget.committed.connect(partial(self._commit, row, spec))  # type: ignore[attr-defined]
                if hasattr(widget, "feedback"):
                    widget.feedback.connect(partial(self._cell_feedback, row, spec))  # type: ignore[attr-defined]
                    self._host.watch(widget)
                widget.installEventFilter(self)
                if isinstance(widget, QCheckBox) and not widget.text():
                    self._center_flag(widget, column)
                self._row_of[widget] = row
                self.table.setCellWidget(row, column, widget)
        if count:
            self.table.selectRow(min(max(current, 0), count - 1))
        self._selection_changed()

    def _center_flag(self, flag: QCheckBox, column: int) -> None:
        """A bare check box sits at the cell's left edge; centre it under its header."""
        indicator = flag.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        margin = max(0, (self.table.columnWidth(column) - indicator) // 2)
        flag.setStyleSheet(f"QCheckBox {{ margin-left: {margin}px; }}")

    def _fit_height(self) -> None:
        """Grow with the rows (up to eight) so short lists don't sit in a half-empty box."""
        rows = self.table.verticalHeader()
        visible = min(max(self.table.rowCount(), 2), 8)
        height = self.table.horizontalHeader().height() + visible * rows.defaultSectionSize() + 6
        self.table.setFixedHeight(height)  # longer lists scroll inside the table

    # -- editing --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._row_of:
            row = self._row_of[watched]  # type: ignore[index]
            if self.table.currentRow() != row:
                self.table.selectRow(row)
        return super().eventFilter(watched, event)

    def _commit(self, row: int, spec: FieldSpec, value: Any) -> None:
        def change(draft: PersonDraft) -> None:
            records = self._items(draft)
            spec.put(records[row], value)
            if spec.exclusive and value:
                for other, record in enumerate(records):
                    if other != row:
                        spec.put(record, False)

        self._host.apply(change, spec.label)

    def _cell_feedback(self, row: int, spec: FieldSpec, text: str, is_error: bool) -> None:
        """Refused cell texts are listed under the table, one line per cell, until fixed."""
        key = (row, spec.label)
        if is_error:
            self._refusals[key] = text
        else:
            self._refusals.pop(key, None)
        lines = [
            self.tr("Row %1, %2: %3")
            .replace("%1", str(r + 1))
            .replace("%2", label)
            .replace("%3", message)
            for (r, label), message in sorted(self._refusals.items())
        ]
        self.message.show_feedback("\n".join(lines), bool(lines))

    def _add(self) -> None:
        if self._new_item is None:
            return
        new_item = self._new_item

        def change(draft: PersonDraft) -> None:
            self._items(draft).append(new_item(draft))

        self._host.apply(change, self.add_button.text())
        last = self.table.rowCount() - 1
        if last >= 0:
            self.table.selectRow(last)
            first = self.table.cellWidget(last, 0)
            if first is not None:
                first.setFocus()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return

        def change(draft: PersonDraft) -> None:
            del self._items(draft)[row]

        self._host.apply(change, self.remove_button.text())

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0 and self.table.rowCount() > 0)

    # -- validation -----------------------------------------------------------------------

    def show_problems(self, problems: Sequence[tuple[int, str]], extra: Sequence[str] = ()) -> None:
        """``problems`` are (row index, message); ``extra`` are messages about the whole list."""
        self.show_rows([(row, "", message) for row, message in problems], extra)

    def show_rows(
        self, problems: Sequence[tuple[int, str, str]], extra: Sequence[str] = ()
    ) -> None:
        """``problems`` as ``problems_under`` returns them: (row, rest of the path, message).

        When the rest of the path names a column (``detentions.0.released_on``) that cell is
        outlined and carries the message as its tooltip, and the line under the table names the
        column, so the message sits next to the field it is about.
        """
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bad_rows = {row for row, _rest, _m in problems}
        for row in range(self.table.rowCount()):
            item = self.table.verticalHeaderItem(row) or QTableWidgetItem(str(row + 1))
            item.setIcon(warning if row in bad_rows else QIcon())
            self.table.setVerticalHeaderItem(row, item)
        for widget in self._marked:
            self._mark_cell(widget, "")
        self._marked = []
        lines = list(extra)
        for row, rest, message in problems:
            column = self._column(rest.partition(".")[0])
            if column is None or row >= self.table.rowCount():
                lines.append(
                    self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", message)
                )
                continue
            widget = self.table.cellWidget(row, column)
            if widget is not None:
                self._mark_cell(widget, message)
                self._marked.append(widget)
            lines.append(
                self.tr("Row %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", self._specs[column].label)
                .replace("%3", message)
            )
        self.message.set_rules(lines)

    def _column(self, name: str) -> int | None:
        if not name:
            return None
        return next((i for i, spec in enumerate(self._specs) if spec.name == name), None)

    @staticmethod
    def _mark_cell(widget: QWidget, message: str) -> None:
        """Outline a text cell that breaks a rule; a refused text keeps its own outline."""
        if isinstance(widget, ParsedField) and widget.problem():
            return
        widget.setToolTip(message)
        if isinstance(widget, QLineEdit):
            widget.setStyleSheet(INVALID_STYLE if message else "")


# -- master / detail ---------------------------------------------------------------------------


class RecordList(QWidget):
    """A short list of records (cases, sentences) with Add / Remove; the page shows the selected
    record in a detail form bound through ``current()``."""

    currentChanged = Signal(int)

    def __init__(
        self,
        host: DraftHost,
        items: Callable[[PersonDraft], list[Any]],
        summary: Callable[[PersonDraft, int, Any], str],
        new_item: Callable[[PersonDraft], Any],
        *,
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._items = items
        self._summary = summary
        self._new_item = new_item
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.clicked.connect(self._remove)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list, 1)
        layout.addLayout(button_row(self.add_button, self.remove_button))
        self._loading = False

    def current(self) -> int | None:
        row = self.list.currentRow()
        return row if row >= 0 else None

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def load(self, draft: PersonDraft) -> None:
        records = self._items(draft)
        self._loading = True
        try:
            current = self.list.currentRow()
            while self.list.count() > len(records):
                self.list.takeItem(self.list.count() - 1)
            for index, record in enumerate(records):
                text = self._summary(draft, index, record)
                item = self.list.item(index)
                if item is None:
                    self.list.addItem(QListWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
            if records and not 0 <= current < len(records):
                current = min(max(current, 0), len(records) - 1)
            self.list.setCurrentRow(current if records else -1)
        finally:
            self._loading = False
        self.remove_button.setEnabled(bool(records))

    def mark(self, bad_rows: set[int]) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setIcon(warning if row in bad_rows else QIcon())

    def _row_changed(self, row: int) -> None:
        if not self._loading:
            self.currentChanged.emit(row)

    def _add(self) -> None:
        new_item = self._new_item

        def change(draft: PersonDraft) -> None:
            self._items(draft).append(new_item(draft))

        self._host.apply(change, self.add_button.text())
        self.list.setCurrentRow(self.list.count() - 1)

    def _remove(self) -> None:
        row = self.current()
        if row is None:
            return

        def change(draft: PersonDraft) -> None:
            del self._items(draft)[row]

        self._host.apply(change, self.remove_button.text())
