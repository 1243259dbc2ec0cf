"""Small value widgets shared by the editors.

Every value widget speaks the same protocol, so forms and tables are declared as field lists
(see ``editor_binding``) instead of being wired by hand:

* ``value()`` / ``setValue(v)``: the typed value (``PartialDate``, ``Term``, an enum member...);
  ``setValue`` never emits anything, so loading a draft into a form never looks like an edit;
* ``committed(object)``: emitted once the user has *finished* a valid edit (Enter, focus out, a
  combo choice, a click). Undo snapshots are taken per commit, not per keystroke.

Widgets that parse text (dates, terms) also emit ``feedback(text, is_error)``: a quiet hint such as
the localised reading of a date, or the reason the text was rejected. Rejected text never reaches
the draft; the widget keeps it (so the user can fix the typo) and reports it through
``problem()``, which the editor uses to keep Save disabled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolTip,
    QWidget,
)

from app import reference
from app.domain.partial_dates import MAX_YEAR, MIN_YEAR, DatePrecision, PartialDate
from app.domain.sentences import Term

ERROR_COLOR = "#b3261e"
INVALID_STYLE = f"QLineEdit {{ border: 1px solid {ERROR_COLOR}; background: #fdf1f0; }}"


def ui_locale(lang: str) -> QLocale:
    """QLocale for dates and numbers in the UI language ("en" is British English: day-first
    dates sit more naturally next to colleagues' Belarusian and Russian notes)."""
    return {
        "be": QLocale(QLocale.Language.Belarusian, QLocale.Country.Belarus),
        "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    }.get(lang, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def format_date(value: date | None, locale: QLocale) -> str:
    """ "6 September 2021", "6 верасня 2021", "6 сентября 2021 г.": the locale's long form
    without the weekday, which only adds noise to a record."""
    if value is None:
        return ""
    pattern = re.sub(r"d{4}[,\s]*", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def format_partial(value: PartialDate | None, locale: QLocale) -> str:
    """ "18 June 2020", "June 2020" or "2020": exactly the precision the source gave."""
    if value is None:
        return ""
    if value.precision is DatePrecision.DAY:
        return format_date(value.earliest(), locale)
    if value.precision is DatePrecision.MONTH:
        month = locale.standaloneMonthName(value.month or 1, QLocale.FormatType.LongFormat)
        return f"{month} {value.year}"
    return str(value.year)


def editable_date_text(value: PartialDate | None) -> str:
    """Text as documenters type it from Belarusian and Russian sources, day first:
    "18.06.2020", "06.2020", "2020". ISO input is accepted too; it is shown back this way."""
    if value is None:
        return ""
    if value.precision is DatePrecision.DAY:
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    if value.precision is DatePrecision.MONTH:
        return f"{value.month:02d}.{value.year:04d}"
    return f"{value.year:04d}"


def term_text(term: Term) -> str:
    """Compact, re-parseable spelling of a term: "4y 6m", "10d"; empty for a zero term."""
    amounts = ((term.years, "y"), (term.months, "m"), (term.days, "d"))
    return " ".join(f"{n}{unit}" for n, unit in amounts if n)


def _undo_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )


# -- text --------------------------------------------------------------------------------------


class TextField(QLineEdit):
    """Free text committed on Enter or focus out, only when it actually changed."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._committed_text = ""
        self.editingFinished.connect(self.commit_pending)

    def value(self) -> str:
        return self._committed_text

    def setValue(self, value: Any) -> None:
        text = "" if value is None else str(value)
        self._committed_text = text
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)

    def has_pending_edit(self) -> bool:
        return self.text().strip() != self._committed_text

    def commit_pending(self) -> None:
        if self.has_pending_edit():
            self._committed_text = self.text().strip()
            self.committed.emit(self._committed_text)

    def event(self, event: QEvent) -> bool:
        """Let the editor's undo win over the line edit's own, unless there is uncommitted text
        to undo: one Ctrl+Z means one thing at a time, and never a silent no-op."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _undo_redo(event)
            and not self.has_pending_edit()
        ):
            event.ignore()
            return True
        return super().event(event)


class NotesField(QPlainTextEdit):
    """Multi-line text committed when focus leaves it (notes, health concerns)."""

    committed = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, lines: int = 6, grow: bool = False
    ) -> None:
        super().__init__(parent)
        self._committed_text = ""
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        if grow:
            self.setMinimumHeight(height)
        else:
            self.setFixedHeight(height)

    def value(self) -> str:
        return self._committed_text

    def setValue(self, value: Any) -> None:
        text = "" if value is None else str(value)
        self._committed_text = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def has_pending_edit(self) -> bool:
        return self.toPlainText().strip() != self._committed_text

    def commit_pending(self) -> None:
        if self.has_pending_edit():
            self._committed_text = self.toPlainText().strip()
            self.committed.emit(self._committed_text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_pending()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _undo_redo(event)
            and not self.has_pending_edit()
        ):
            event.ignore()
            return True
        return super().event(event)


# -- parsed text -------------------------------------------------------------------------------


class ParsedField(TextField):
    """A line edit whose text must parse into a value; bad text stays visible but is refused."""

    feedback = Signal(str, bool)
    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: Any = None
        self._problem = ""
        self.textEdited.connect(self._recheck_while_typing)

    # subclasses
    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def format(self, value: Any) -> str:
        raise NotImplementedError

    def hint(self, value: Any) -> str:
        return ""

    # protocol
    def value(self) -> Any:
        return self._value

    def setValue(self, value: Any) -> None:
        if self._problem and value == self._value:
            return  # another field changed: keep the refused text here for the user to fix
        self._value = value
        super().setValue(self.format(value))
        self._set_problem("")

    def problem(self) -> str:
        return self._problem

    def has_pending_edit(self) -> bool:
        return self.text().strip() != self._committed_text or bool(self._problem)

    def commit_pending(self) -> None:
        text = self.text().strip()
        if text == self._committed_text and not self._problem:
            return
        try:
            value = self.parse(text)
        except ValueError as exc:
            self._set_problem(self.explain(text, exc))
            return
        self._value = value
        self._committed_text = self.format(value)
        if self.text() != self._committed_text:
            self.setText(self._committed_text)
        self._set_problem("")
        self.committed.emit(value)

    def explain(self, text: str, error: ValueError) -> str:
        """The message shown under a refused text (the domain's own wording by default)."""
        return str(error)

    def _recheck_while_typing(self, text: str) -> None:
        """Only clears an error once the text is fixed: flagging half-typed dates is noise."""
        if not self._problem:
            return
        try:
            self.parse(text.strip())
        except ValueError:
            return
        self._set_problem("", hint=False)

    def _set_problem(self, message: str, *, hint: bool = True) -> None:
        changed = message != self._problem
        self._problem = message
        self.setStyleSheet(INVALID_STYLE if message else "")
        self.setToolTip(message)
        if message:
            self.feedback.emit(message, True)
        elif changed or hint:
            self.feedback.emit(self.hint(self._value), False)
        if changed:
            self.problemChanged.emit(message)


class PartialDateEdit(ParsedField):
    """A date the source may give only as a year or a month ("2021", "05.2021", "3.5.2021").

    Empty text means "not known". The hint under the field reads the value back in the UI
    language ("May 2021") so a day/month mix-up is caught while typing, not in a report.
    """

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.setPlaceholderText(self.tr("DD.MM.YYYY, MM.YYYY or YYYY"))
        self.setMaximumWidth(self._width_for(self.placeholderText()))

    def _width_for(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text + "00000") + 24

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.maximumWidth(), hint.height())

    def parse(self, text: str) -> PartialDate | None:
        return PartialDate.parse(text) if text else None

    def format(self, value: Any) -> str:
        return editable_date_text(value)

    def hint(self, value: Any) -> str:
        return format_partial(value, self._locale)

    def explain(self, text: str, error: ValueError) -> str:
        """A translatable reason: the domain's messages are English and name no UI format."""
        year = re.search(r"\d{4}", text)
        if year and not MIN_YEAR <= int(year.group()) <= MAX_YEAR:
            message = self.tr("The year must be between %1 and %2.")
            return message.replace("%1", str(MIN_YEAR)).replace("%2", str(MAX_YEAR))
        if year and re.fullmatch(r"[\d.\-]+", text):
            return self.tr("“%1” is not a real date: check the day and the month.").replace(
                "%1", text
            )
        return self.tr("“%1” is not a date: type DD.MM.YYYY, MM.YYYY or YYYY.").replace("%1", text)


def calendar_icon(color: QColor) -> QIcon:
    """A small calendar glyph drawn in the text colour (no icon theme is guaranteed on Windows,
    and Qt's standard pixmaps have no calendar)."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        painter.setPen(QPen(color, unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(2 * unit, 3 * unit, 12 * unit, 11 * unit), unit, unit)
        painter.fillRect(QRectF(2 * unit, 3 * unit, 12 * unit, 3 * unit), color)
        for row in range(2):
            for column in range(3):
                cell = QRectF((4 + 3.2 * column) * unit, (8 + 3 * row) * unit, 2 * unit, 2 * unit)
                painter.fillRect(cell, color)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class _NotFullDate(ValueError):
    """A partial date typed where the law needs the exact day (verdicts, releases)."""


class DateEdit(PartialDateEdit):
    """A full calendar date (verdicts, releases, sentence starts), with a calendar popup."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(locale, parent)
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.setMaximumWidth(self._width_for("00.00.0000") + 24)
        icon = calendar_icon(self.palette().color(QPalette.ColorRole.Text))
        action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Pick from a calendar"))
        action.triggered.connect(self._show_calendar)
        self._calendar: QCalendarWidget | None = None

    def parse(self, text: str) -> date | None:
        partial = super().parse(text)
        if partial is None:
            return None
        if partial.precision is not DatePrecision.DAY:
            raise _NotFullDate(text)
        return partial.earliest()

    def format(self, value: Any) -> str:
        return editable_date_text(None if value is None else PartialDate.from_date(value))

    def explain(self, text: str, error: ValueError) -> str:
        if isinstance(error, _NotFullDate):
            return self.tr("Type the full date: day, month and year.")
        return super().explain(text, error)

    def hint(self, value: Any) -> str:
        return format_date(value, self._locale)

    def _show_calendar(self) -> None:
        calendar = QCalendarWidget(self, Qt.WindowType.Popup)
        calendar.setLocale(self._locale)
        calendar.setGridVisible(False)
        if self._value is not None:
            calendar.setSelectedDate(QDate(self._value.year, self._value.month, self._value.day))
        calendar.activated.connect(lambda d: self._calendar_picked(calendar, d))
        calendar.clicked.connect(lambda d: self._calendar_picked(calendar, d))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        self._calendar = calendar

    def _calendar_picked(self, calendar: QCalendarWidget, picked: QDate) -> None:
        calendar.close()
        calendar.deleteLater()
        self._calendar = None
        self.setText(self.format(date(picked.year(), picked.month(), picked.day())))
        self.commit_pending()


class TermEdit(ParsedField):
    """A sentence term as documenters type it: "4y6m", "1.5 years", "18m", "10 days"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 4y 6m"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 20))

    def parse(self, text: str) -> Term:
        return Term.parse(text) if text else Term()

    def format(self, value: Any) -> str:
        return term_text(value) if isinstance(value, Term) else ""

    def hint(self, value: Any) -> str:
        return describe_term(value) if isinstance(value, Term) else ""

    def explain(self, text: str, error: ValueError) -> str:
        return self.tr("“%1” is not a term: write it like 4y 6m, 18m or 10d").replace("%1", text)


def english_plural(text: str, n: int) -> str:
    """English fallback for "%n year(s)" when no translation is installed: Linguist supplies
    proper plural forms for Belarusian and Russian, English only needs the "(s)" resolved."""
    return text.replace("(s)", "" if n == 1 else "s")


class TermWords(QObject):
    """Spells a term out in the UI language; one QObject so Linguist files the plural forms
    under one context ("TermWords") whichever widget asks."""

    def describe(self, term: Term) -> str:
        parts = []
        if term.years:
            parts.append(english_plural(self.tr("%n year(s)", "", term.years), term.years))
        if term.months:
            parts.append(english_plural(self.tr("%n month(s)", "", term.months), term.months))
        if term.days:
            parts.append(english_plural(self.tr("%n day(s)", "", term.days), term.days))
        return " ".join(parts) or self.tr("no term")


def describe_term(term: Term) -> str:
    """ "4 years 6 months" in the UI language."""
    return TermWords().describe(term)


# -- choices, flags, numbers -------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    label: str
    value: Any
    enabled: bool = True
    tooltip: str = ""


SEPARATOR = None
"""Put ``SEPARATOR`` in a choice list to draw a line between groups."""

_NO_VALUE = object()  # what a separator row "holds": equal to nothing, not even None


class ChoiceField(QComboBox):
    """A combo box over typed values (enum members, codes, ids) kept in Python, never squeezed
    through QVariant, so a ``StrEnum`` comes back as the enum, not a bare string."""

    committed = Signal(object)

    def __init__(
        self,
        choices: Sequence[Choice | None] = (),
        parent: QWidget | None = None,
        *,
        wide: bool = False,
    ) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self._choices: tuple[Choice | None, ...] = ()
        if wide:
            # Long names (courts): take the row's width instead of the longest item's.
            policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            self.setSizeAdjustPolicy(policy)
            self.setMinimumContentsLength(24)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:
            self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_choices(choices)
        self.activated.connect(lambda index: self.committed.emit(self._values[index]))

    def set_choices(self, choices: Sequence[Choice | None]) -> None:
        """Replace the list, keeping the current value; cheap when nothing changed."""
        choices = tuple(choices)
        if choices == self._choices:
            return
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        self._choices = choices
        model = self.model()
        for choice in choices:
            if choice is None:
                self.insertSeparator(self.count())
                self._values.append(_NO_VALUE)
                continue
            self.addItem(choice.label)
            self._values.append(choice.value)
            index = self.count() - 1
            if choice.tooltip:
                self.setItemData(index, choice.tooltip, Qt.ItemDataRole.ToolTipRole)
            if not choice.enabled and isinstance(model, QStandardItemModel):
                item = model.item(index)
                if item is not None:
                    item.setEnabled(False)
        self.blockSignals(False)
        self.setValue(current)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def setValue(self, value: Any) -> None:
        self.blockSignals(True)
        try:
            index = next(
                (i for i, v in enumerate(self._values) if v is not _NO_VALUE and v == value), -1
            )
            if index < 0 and value is not None:
                # A value from another device's newer reference data, say: show it, never drop it.
                self.addItem(self.tr("Unknown: %1").replace("%1", str(value)))
                self._values.append(value)
                index = self.count() - 1
            self.setCurrentIndex(index)
        finally:
            self.blockSignals(False)


class FlagField(QCheckBox):
    committed = Signal(object)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda checked: self.committed.emit(bool(checked)))

    def value(self) -> bool:
        return self.isChecked()

    def setValue(self, value: Any) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)


class NumberField(QSpinBox):
    """A whole number; with ``optional`` the lowest position reads "—" and means "not known"
    (a fine of 0 base amounts is not a fine, so the minimum doubles as "none")."""

    committed = Signal(object)

    def __init__(
        self,
        maximum: int,
        *,
        optional: bool = False,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self.setRange(0, maximum)
        self.setKeyboardTracking(False)
        self.setSuffix(suffix)
        self.setAccelerated(True)
        if optional:
            self.setSpecialValueText("—")
        self.valueChanged.connect(lambda _v: self.committed.emit(self.value()))

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if self._optional and number == 0 else number

    def setValue(self, value: Any) -> None:
        self.blockSignals(True)
        super().setValue(0 if value is None else int(value))
        self.blockSignals(False)


class CheckGroup(QWidget):
    """A grid of check boxes whose value is the sorted tuple of checked keys (categories)."""

    committed = Signal(object)

    def __init__(
        self, choices: Sequence[Choice], columns: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self._boxes: dict[Any, QCheckBox] = {}
        for i, choice in enumerate(choices):
            box = QCheckBox(choice.label, self)
            box.setObjectName(f"check_{choice.value}")
            box.clicked.connect(lambda _c: self.committed.emit(self.value()))
            grid.addWidget(box, i // columns, i % columns)
            self._boxes[choice.value] = box

    def box(self, key: Any) -> QCheckBox:
        return self._boxes[key]

    def value(self) -> tuple[Any, ...]:
        return tuple(sorted(k for k, box in self._boxes.items() if box.isChecked()))

    def setValue(self, value: Any) -> None:
        chosen = set(value or ())
        for key, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(key in chosen)
            box.blockSignals(False)


class FieldMessage(QLabel):
    """The line under a field: a grey hint, or a red reason the value is refused or breaks a
    rule. A refused text outranks a rule (fix the typo first), a rule outranks the hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self._muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self._hint = ""
        self._refusal = ""
        self._rules: list[str] = []
        self._render()

    def show_feedback(self, text: str, is_error: bool) -> None:
        if is_error:
            self._refusal = text
        else:
            self._refusal, self._hint = "", text
        self._render()

    def set_rules(self, messages: Sequence[str]) -> None:
        if list(messages) != self._rules:
            self._rules = list(messages)
            self._render()

    def is_error(self) -> bool:
        return bool(self._refusal or self._rules)

    def _render(self) -> None:
        text = self._refusal or "\n".join(self._rules) or self._hint
        palette = self.palette()
        color = QColor(ERROR_COLOR) if self.is_error() else self._muted
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.setPalette(palette)
        self.setText(text)
        self.setVisible(bool(text))


# -- article type-ahead ------------------------------------------------------------------------

_ARTICLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticlePicker(QLineEdit):
    """Type-ahead over the article reference: "361-1", "ч. 1 ст. 342", "extremist formation".

    Charges are never free text (reports count by article), so this widget only ever emits a
    reference key, through ``articleChosen``; Enter takes the best match when the list is closed.
    """

    articleChosen = Signal(str)
    feedback = Signal(str, bool)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Add a charge: type 361-1 or “extremist formation”"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._update_matches)
        self.returnPressed.connect(self._take_best)

    def matches(self) -> list[str]:
        """Keys currently offered, best first (for tests and accessibility tools)."""
        return [
            self._model.item(row).data(_ARTICLE_KEY_ROLE) for row in range(self._model.rowCount())
        ]

    def _update_matches(self, text: str) -> None:
        self._model.clear()
        found = reference.find_articles(text, limit=15)
        for article in found:
            item = QStandardItem(f"{article.label(self._lang)} — {article.title(self._lang)}")
            item.setData(article.key, _ARTICLE_KEY_ROLE)
            item.setToolTip(article.title(self._lang))
            item.setEditable(False)
            self._model.appendRow(item)
        if found:
            self.feedback.emit("", False)
            self.completer().complete()
        elif text.strip():
            self.feedback.emit(self.tr("No article matches “%1”.").replace("%1", text), True)
        else:
            self.feedback.emit("", False)

    def _picked(self, index: QModelIndex) -> None:
        key = index.data(_ARTICLE_KEY_ROLE)
        if key:
            self._choose(str(key))

    def _take_best(self) -> None:
        if self.completer().popup().isVisible():
            return
        if self.text().strip() and self._model.rowCount() == 0:
            self._update_matches(self.text())
        if self._model.rowCount():
            self._choose(str(self._model.item(0).data(_ARTICLE_KEY_ROLE)))

    def _choose(self, key: str) -> None:
        self.completer().popup().hide()
        self._model.clear()
        # QCompleter writes the chosen row's text into the field after this slot; clear it
        # once the event loop has finished that, so the field is ready for the next charge.
        QTimer.singleShot(0, self.clear)
        self.feedback.emit("", False)
        self.articleChosen.emit(key)


# -- status timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineBar:
    """One status period on the strip; ``start`` None = unknown start, ``end`` None = ongoing."""

    row_label: str
    start: PartialDate | None
    end: date | None
    color: QColor
    tooltip: str = ""


class TimelineStrip(QWidget):
    """The status periods of one person drawn on a shared time axis, one row per status kind.

    Uncertainty is drawn, not hidden: an unknown start fades in from the left edge, a start known
    only to the month or year is shaded across the days it may stand for, and an ongoing period
    runs to "today" with an arrow. That keeps the picture honest about what the sources said.
    """

    ROW_HEIGHT = 22
    LABEL_WIDTH = 170
    AXIS_HEIGHT = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[TimelineBar] = []
        self._today = date.today()
        self._empty_text = ""
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_height()

    def set_bars(self, bars: Sequence[TimelineBar], today: date | None = None) -> None:
        self._bars = list(bars)
        self._today = today or date.today()
        self._update_height()
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def bars(self) -> list[TimelineBar]:
        return list(self._bars)

    def _rows(self) -> list[str]:
        return list(dict.fromkeys(bar.row_label for bar in self._bars))

    def _update_height(self) -> None:
        rows = max(1, len(self._rows()))
        self.setFixedHeight(rows * self.ROW_HEIGHT + self.AXIS_HEIGHT + 12)

    def _span(self) -> tuple[date, date]:
        days = [self._today]
        for bar in self._bars:
            if bar.start is not None:
                days.append(bar.start.earliest())
            if bar.end is not None:
                days.append(bar.end)
        first, last = min(days), max(days)
        first = date(first.year, 1, 1)
        last = (
            date(last.year + 1, 1, 1) if last >= date(last.year, 7, 1) else date(last.year, 12, 31)
        )
        if any(bar.start is None for bar in self._bars):
            first = date(first.year - 1, 1, 1)  # room on the left for the "unknown start" fade
        return first, last

    def _x(self, day: date, first: date, last: date, left: float, width: float) -> float:
        total = max(1, (last - first).days)
        return left + width * (day - first).days / total

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        rows = self._rows()
        if not rows:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        first, last = self._span()
        left = float(self.LABEL_WIDTH)
        width = max(10.0, self.width() - left - 16)
        axis_y = 6 + len(rows) * self.ROW_HEIGHT
        self._paint_axis(painter, first, last, left, width, axis_y, muted)
        for row_index, label in enumerate(rows):
            top = 6 + row_index * self.ROW_HEIGHT
            painter.setPen(text_color)
            painter.drawText(
                QRectF(4, top, left - 12, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            for bar in self._bars:
                if bar.row_label == label:
                    self._paint_bar(painter, bar, first, last, left, width, top)
        today_x = self._x(self._today, first, last, left, width)
        painter.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today_x, 4), QPointF(today_x, axis_y))

    def _paint_axis(
        self,
        painter: QPainter,
        first: date,
        last: date,
        left: float,
        width: float,
        axis_y: float,
        color: QColor,
    ) -> None:
        painter.setPen(QPen(color, 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(left + width, axis_y))
        years = range(first.year, last.year + 1)
        step = max(1, len(years) // 8)
        for year in years[::step]:
            x = self._x(date(year, 1, 1), first, last, left, width)
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            painter.drawText(
                QRectF(x - 30, axis_y + 4, 60, self.AXIS_HEIGHT - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )

    def _paint_bar(
        self,
        painter: QPainter,
        bar: TimelineBar,
        first: date,
        last: date,
        left: float,
        width: float,
        top: float,
    ) -> None:
        height = self.ROW_HEIGHT - 8
        y = top + 4
        end_x = self._x(bar.end or self._today, first, last, left, width)
        solid = QColor(bar.color)
        faint = QColor(bar.color)
        faint.setAlpha(0)
        if bar.start is None:
            start_x = left
            fade_to = min(end_x, left + 60)
        else:
            start_x = self._x(bar.start.earliest(), first, last, left, width)
            fade_to = self._x(bar.start.latest(), first, last, left, width)
        end_x = max(end_x, start_x + 3)
        rect = QRectF(start_x, y, end_x - start_x, height)
        gradient = QLinearGradient(start_x, 0, max(fade_to, start_x + 1), 0)
        gradient.setColorAt(0, faint if fade_to > start_x + 1 else solid)
        gradient.setColorAt(1, solid)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawRoundedRect(rect, 3, 3)
        if bar.start is None:
            painter.setPen(solid.darker(140))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(start_x, y, 16, height), Qt.AlignmentFlag.AlignCenter, "?")
            font.setBold(False)
            painter.setFont(font)
        if bar.end is None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(solid)
            tip = QPolygonF(
                [
                    QPointF(end_x, y - 1),
                    QPointF(end_x + 7, y + height / 2),
                    QPointF(end_x, y + height + 1),
                ]
            )
            painter.drawPolygon(tip)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._bars:
            pos = event.pos()  # type: ignore[attr-defined]
            row = int((pos.y() - 6) // self.ROW_HEIGHT)
            rows = self._rows()
            if 0 <= row < len(rows):
                tips = [b.tooltip for b in self._bars if b.row_label == rows[row] and b.tooltip]
                QToolTip.showText(event.globalPos(), "\n".join(tips), self)  # type: ignore[attr-defined]
                return True
        return super().event(event)
