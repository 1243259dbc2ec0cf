"""Main window: the person list with search and filters, the dashboard, menus and shortcuts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__, reference
from app.domain.enums import Category, Gender
from app.errors import LetapisError
from app.services import people
from app.services.people import ListStatus, PersonDraft, PersonFilter
from app.services.stats import live_counts
from app.ui import clipboard, spreadsheet_export
from app.ui.backups_tab import BackupsTab
from app.ui.dashboard import Dashboard
from app.ui.destroy_dialog import DestroyKeysDialog
from app.ui.editor_labels import EnumText
from app.ui.person_model import PersonTableModel, full_year_format
from app.ui.reports_tab import ReportsTab
from app.ui.sync_tab import SyncTab
from app.ui.tasks import run_in_background, wait_idle

SEARCH_DEBOUNCE_MS = 200
NO_DATE = QDate(1900, 1, 1)


@dataclass
class ViewState:
    """Where the user was, restored after unlocking. Held in memory only, never on disk."""

    tab: int = 0
    flt: PersonFilter = field(default_factory=PersonFilter)
    sort_column: int = 0
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    selected_id: str | None = None
    open_editor_ids: list[str | None] = field(default_factory=list)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names in any script (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.region = self._combo(
            [(self.tr("All regions"), None)] + [(r.name(lang), r.code) for r in reference.regions()]
        )
        self.gender = self._combo(
            [
                (self.tr("Any gender"), None),
                (self.tr("Women"), Gender.FEMALE),
                (self.tr("Men"), Gender.MALE),
            ]
        )
        self.status = self._combo(
            [
                (self.tr("Any status"), None),
                (self.tr("Political prisoner"), ListStatus.POLITICAL_PRISONER),
                (self.tr("Incommunicado"), ListStatus.INCOMMUNICADO),
                (self.tr("In custody"), ListStatus.IN_CUSTODY),
                (self.tr("Released"), ListStatus.RELEASED),
            ]
        )
        self.status_on = QDateEdit(QDate.currentDate())
        self.status_on.setCalendarPopup(True)
        self.status_on.setLocale(QLocale(lang))
        self.status_on.setDisplayFormat(full_year_format(QLocale(lang)))
        self.status_on.setToolTip(self.tr("Status on this date"))
        labels = EnumText()
        self.category = self._combo(
            [(self.tr("Any category"), None)] + [(labels.label(c), c.value) for c in Category]
        )
        self.court = self._combo(
            [(self.tr("Any court"), None)] + [(c.name(lang), c.code) for c in reference.courts()]
        )
        self.article = QLineEdit()
        self.article.setObjectName("article")
        self.article.setPlaceholderText(self.tr("Article, e.g. 342 or 361-1"))
        labels = [a.label(lang) + " — " + a.title(lang) for a in reference.articles()]
        self._article_keys = {
            label: a.key for label, a in zip(labels, reference.articles(), strict=True)
        }
        completer = QCompleter(labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.article.setCompleter(completer)
        self.date_from = self._date(self.tr("Latest event from"))
        self.date_to = self._date(self.tr("Latest event to"))
        self.reset = QPushButton(self.tr("Clear filters"))
        self.reset.clicked.connect(self.clear)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.region, 1)
        top.addWidget(self.gender, 1)
        top.addWidget(self.status, 1)
        top.addWidget(self.status_on)
        bottom = QHBoxLayout()
        bottom.addWidget(self.article, 2)
        bottom.addWidget(self.court, 2)
        bottom.addWidget(self.category, 1)
        bottom.addWidget(self.date_from)
        bottom.addWidget(self.date_to)
        bottom.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self.debounce.start)
        self.article.textChanged.connect(self.debounce.start)
        for combo in (self.region, self.gender, self.status, self.category, self.court):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.status_on, self.date_from, self.date_to):
            edit.dateChanged.connect(self.changed)

    def _combo(self, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _date(self, tip: str) -> QDateEdit:
        edit = QDateEdit(NO_DATE)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setCalendarPopup(True)
        edit.setLocale(QLocale(self.lang))
        edit.setDisplayFormat(full_year_format(QLocale(self.lang)))
        edit.setToolTip(tip)
        return edit

    def _article_key(self) -> str | None:
        text = self.article.text().strip()
        if not text:
            return None
        if text in self._article_keys:
            return self._article_keys[text]
        found = reference.find_articles(text, limit=1)
        return found[0].key if found else "—"  # an unknown article matches nobody

    def current(self) -> PersonFilter:
        def opt_date(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == NO_DATE else value.toPython()  # type: ignore[return-value]

        # Qt hands StrEnum data back as plain str: convert at this boundary.
        gender, status = self.gender.currentData(), self.status.currentData()
        return PersonFilter(
            query=self.search.text(),
            region_code=self.region.currentData(),
            gender=Gender(gender) if gender else None,
            status=ListStatus(status) if status else None,
            status_on=self.status_on.date().toPython(),  # type: ignore[arg-type]
            article_key=self._article_key(),
            court_code=self.court.currentData(),
            category=self.category.currentData(),
            event_from=opt_date(self.date_from),
            event_to=opt_date(self.date_to),
        )

    def apply(self, flt: PersonFilter) -> None:
        widgets = (
            self.search,
            self.article,
            self.region,
            self.gender,
            self.status,
            self.category,
            self.court,
            self.status_on,
            self.date_from,
            self.date_to,
        )
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(flt.query)
        for combo, value in (
            (self.region, flt.region_code),
            (self.gender, flt.gender),
            (self.status, flt.status),
            (self.category, flt.category),
            (self.court, flt.court_code),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if flt.article_key:
            try:
                art = reference.article(flt.article_key)
                self.article.setText(art.label(self.lang) + " — " + art.title(self.lang))
            except KeyError:
                self.article.clear()
        if flt.status_on:
            self.status_on.setDate(QDate(flt.status_on))
        self.date_from.setDate(QDate(flt.event_from) if flt.event_from else NO_DATE)
        self.date_to.setDate(QDate(flt.event_to) if flt.event_to else NO_DATE)
        for w in widgets:
            w.blockSignals(False)

    def clear(self) -> None:
        self.apply(PersonFilter())
        self.article.clear()
        self.changed.emit()


class _SaveCommand(QUndoCommand):
    """Person-level undo of a saved edit: undo re-saves the previous draft."""

    def __init__(self, window: MainWindow, before: PersonDraft | None, after: PersonDraft) -> None:
        super().__init__(
            QCoreApplication.translate("MainWindow", "Edit %1").replace("%1", after.display_name)
        )
        self.window, self.before, self.after = window, before, after
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        after = self.after
        self.window.run_db(
            lambda s: (people.restore_person(s, after.id or ""), people.save_person(s, after))
        )

    def undo(self) -> None:
        before, after = self.before, self.after
        if before is None:
            self.window.run_db(lambda s: people.delete_person(s, after.id or ""))
        else:
            self.window.run_db(lambda s: people.save_person(s, before))


class _DeleteCommand(QUndoCommand):
    def __init__(self, window: MainWindow, person_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Delete %1").replace("%1", name))
        self.window, self.person_id = window, person_id

    def redo(self) -> None:
        pid = self.person_id
        self.window.run_db(lambda s: people.delete_person(s, pid))

    def undo(self) -> None:
        pid = self.person_id
        self.window.run_db(lambda s: people.restore_person(s, pid))


class MainWindow(QMainWindow):
    lockRequested = Signal()
    languageRequested = Signal(str)
    quitRequested = Signal()

    def __init__(self, vault: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.lang = lang
        self.editors: list[Any] = []
        self.last_error = ""
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Letapis"))
        self.resize(1200, 760)

        self.filters = FilterBar(lang)
        self.model = PersonTableModel(vault, lang, self)
        self.table = QTableView()
        self.table.setObjectName("persons")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(
            lambda idx: self.open_editor(self.model.person_id(idx.row()))
        )
        self.shown = QLabel()

        people_tab = QWidget()
        layout = QVBoxLayout(people_tab)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shown)
        self.dashboard = Dashboard(vault, lang)
        self.tabs = QTabWidget()
        self.tabs.addTab(people_tab, self.tr("People"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.reports = ReportsTab(vault, lang)
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.sync = SyncTab(vault, lang)
        self.tabs.addTab(self.sync, self.tr("Sync"))
        self.backups = BackupsTab(vault)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.backups.restored.connect(lambda _name: self.lockRequested.emit())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.filters.changed.connect(self._filters_changed)
        self.model.countChanged.connect(self._show_count)
        self.model.failed.connect(self.show_error)
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        self.exporter = spreadsheet_export.SpreadsheetExporter(vault, self)
        self.exporter.finished.connect(self._exported)
        self.exporter.failed.connect(self.show_error)
        self._build_menus()
        self.model.refresh()
        self.refresh_counts()
        self.backups.start_daily_backup()
        for notice in getattr(vault, "notices", []):
            QTimer.singleShot(0, lambda n=notice: self.show_error(n))

    # -- menus ---------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New person"), lambda: self.open_editor(None), QKeySequence.StandardKey.New
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self._action(self.tr("&Back up now"), self.backup_now))
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import spreadsheet…"), self.open_import)
        file_menu.addAction(self.import_action)
        self.export_action = self._action(
            self.tr("&Export spreadsheet…"), lambda: self.exporter.export(None)
        )
        file_menu.addAction(self.export_action)
        self.export_list_action = self._action(
            self.tr("Export the current &list…"),
            lambda: self.exporter.export(self.filters.current()),
        )
        file_menu.addAction(self.export_list_action)
        template_menu = file_menu.addMenu(self.tr("Download import &template"))
        template_menu.addAction(
            self._action(self.tr("CSV…"), lambda: spreadsheet_export.save_template(self, "csv"))
        )
        template_menu.addAction(
            self._action(self.tr("XLSX…"), lambda: spreadsheet_export.save_template(self, "xlsx"))
        )
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), self.lockRequested.emit, "Ctrl+L")
        file_menu.addAction(self.lock_action)
        self.destroy_keys_action = self._action(
            self.tr("&Destroy vault keys (emergency)..."), self.ask_destroy_keys
        )
        file_menu.addAction(self.destroy_keys_action)
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.quitRequested.emit, QKeySequence.StandardKey.Quit)
        )
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Open person"), self.open_selected, "Return"))
        self.delete_action = self._action(
            self.tr("&Delete person…"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(
            self._action(
                self.tr("&Copy name"), self.copy_selected_name, QKeySequence.StandardKey.Copy
            )
        )
        edit_menu.addAction(
            self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        )
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh)
        )
        view_menu.addAction(
            self._action(self.tr("&People"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        )
        view_menu.addAction(
            self._action(self.tr("&Dashboard"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        )
        view_menu.addAction(
            self._action(self.tr("Re&ports"), lambda: self.tabs.setCurrentIndex(2), "Ctrl+3")
        )
        lang_menu = bar.addMenu(self.tr("&Language"))
        for code, name in (("en", "English"), ("be", "Беларуская"), ("ru", "Русский")):
            act = QAction(name, self)
            act.setCheckable(True)
            act.setChecked(code == self.lang)
            act.triggered.connect(lambda _c=False, c=code: self.languageRequested.emit(c))
            lang_menu.addAction(act)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Letapis"), self.about))

    # -- state ---------------------------------------------------------------------------

    def view_state(self) -> ViewState:
        header = self.table.horizontalHeader()
        return ViewState(
            tab=self.tabs.currentIndex(),
            flt=self.filters.current(),
            sort_column=header.sortIndicatorSection(),
            sort_order=header.sortIndicatorOrder(),
            selected_id=self.selected_id(),
            open_editor_ids=[getattr(e, "person_id", None) for e in self.editors],
        )

    def restore_state(self, state: ViewState) -> None:
        self.filters.apply(state.flt)
        self.model.filter = state.flt
        self.tabs.setCurrentIndex(state.tab)
        if state.selected_id:
            target = state.selected_id

            def select_again() -> None:
                self.model.loaded.disconnect(select_again)
                for row in range(self.model.rowCount()):
                    if self.model.person_id(row) == target:
                        self.table.selectRow(row)
                        self.table.scrollTo(self.model.index(row, 0))
                        break

            self.model.loaded.connect(select_again)
        self.table.sortByColumn(state.sort_column, state.sort_order)
        for pid in state.open_editor_ids:
            self.open_editor(pid)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    # -- actions -------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.model.set_filter(self.filters.current())

    def _show_count(self, total: int) -> None:
        locale = QLocale(self.lang)
        self.shown.setText(self.tr("%1 persons match").replace("%1", locale.toString(total)))

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard:
            self.dashboard.refresh()
        elif self.tabs.widget(index) is self.sync:
            self.sync.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def refresh_all(self) -> None:
        self.model.refresh()
        self.refresh_counts()
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.refresh()

    def refresh_counts(self) -> None:
        vault = self.vault
        locale = QLocale(self.lang)

        def show(counts: dict[str, int]) -> None:
            self.status_counts.setText(
                self.tr("%1 persons · %2 cases · %3 charges")
                .replace("%1", locale.toString(counts["persons"]))
                .replace("%2", locale.toString(counts["cases"]))
                .replace("%3", locale.toString(counts["charges"]))
            )

        run_in_background(
            lambda: live_counts(vault, only=("persons", "cases", "charges")),
            show,
            self.show_error,
            owner=self,
        )

    def run_db(self, fn: Any) -> None:
        """Run ``fn(session)`` in a transaction on the DB lane, then refresh the views."""
        vault = self.vault

        def work() -> None:
            with vault.session() as session, session.begin():
                fn(session)

        def done(_r: Any) -> None:
            self.refresh_all()
            for editor in self.editors:  # undo/redo changed what an open editor shows
                editor.reload()

        run_in_background(work, done, self.show_error, owner=self)

    def open_selected(self) -> None:
        pid = self.selected_id()
        if pid:
            self.open_editor(pid)

    def open_editor(self, person_id: str | None) -> Any:
        from app.ui.person_editor import PersonEditor

        for editor in self.editors:
            if person_id and getattr(editor, "person_id", None) == person_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        editor = PersonEditor(self.vault, person_id, self, lang=self.lang)
        editor.saved.connect(self._editor_saved)
        editor.deleted.connect(lambda _pid: self.refresh_all())
        editor.openPerson.connect(self.open_editor)
        editor.finished.connect(lambda _r, e=editor: self._editor_closed(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _editor_closed(self, editor: Any) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _editor_saved(self, before: PersonDraft | None, after: PersonDraft) -> None:
        self.undo_stack.push(_SaveCommand(self, before, replace(after)))
        self.refresh_all()

    def delete_selected(self) -> None:
        pid = self.selected_id()
        if not pid:
            return
        name = self.model.rows[self.table.selectionModel().selectedRows()[0].row()].name
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr("Delete %1? You can undo this with Ctrl+Z.").replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(_DeleteCommand(self, pid, name))

    def copy_selected_name(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            clipboard.copy_text(self.model.rows[rows[0].row()].name)

    def open_import(self) -> Any:
        """The import wizard; the list and counts refresh once rows are imported."""
        from app.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.vault, self)
        wizard.imported.connect(lambda _result: self.refresh_all())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        return wizard

    def _exported(self, result: Any) -> None:
        self.statusBar().showMessage(
            self.tr("Exported %1 persons to %2 (not encrypted).")
            .replace("%1", str(result.persons))
            .replace("%2", str(result.path)),
            10000,
        )

    def ask_destroy_keys(self) -> DestroyKeysDialog:
        """Non-blocking typed confirmation; the keys are destroyed only when it is accepted."""
        dialog = DestroyKeysDialog(self.vault.directory, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.destroy_keys(dialog.typed()))
        dialog.open()
        return dialog

    def destroy_keys(self, confirmation: str) -> None:
        """Lock first (no connection may write after the files are gone), destroy, then quit:
        there is nothing left to show or unlock."""
        from app.services.vault import destroy_keys

        directory = self.vault.directory
        self.close_editors()
        wait_idle()
        self.vault.lock()
        try:
            destroy_keys(directory, confirmation)
        except (LetapisError, OSError) as exc:
            self.last_error = str(exc)
            self.lockRequested.emit()  # the vault is locked now: back to the unlock screen
            return
        self.quitRequested.emit()

    def backup_now(self) -> None:
        self.tabs.setCurrentWidget(self.backups)
        self.backups.backup_now()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Letapis"),
            self.tr(
                "<b>Letapis</b> %1<br>An offline, encrypted case manager for human-rights "
                "documenters.<br>Licence: GNU GPL v3 or later."
            ).replace("%1", __version__),
        )

    def show_error(self, message: Any) -> None:
        """Non-blocking: background failures must never freeze the event loop."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Letapis"),
            str(message),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = str(message)

    def closeEvent(self, event: Any) -> None:
        """Closing the main window quits (and locks); hiding it for a lock does not come here."""
        event.accept()
        self.quitRequested.emit()

    def close_editors(self) -> None:
        from app.ui.import_wizard import ImportWizard

        for wizard in self.findChildren(ImportWizard):
            wizard.abandon()
        for editor in list(self.editors):
            editor.setProperty("force_close", True)
            editor.done(0)
            editor.deleteLater()
        self.editors.clear()
