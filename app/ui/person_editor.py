"""The person / case editor: one dialog per person, every entity of the record in tabs.

How it works, in one paragraph: the dialog owns a single ``PersonDraft`` (a plain dataclass from
``app.services.people``). Tabs are declared field lists bound to that draft; each committed edit
runs through :meth:`PersonEditor.apply`, which snapshots the draft before and after into the undo
stack, re-runs ``people.validate`` and shows every message next to its field. The database is only
touched on the DB lane (``run_in_background``): loading, saving, deleting. A failed save leaves the
draft exactly as the user left it; a successful one replaces it with the stored draft (with ids and
computed release dates) and emits ``saved(before, after)`` so the main window can offer a
person-level undo.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.enums import NameScript
from app.errors import ValidationError
from app.services import people
from app.services.people import NameDraft, PersonDraft
from app.ui.editor_attachments import AttachmentsPage, describe_error
from app.ui.editor_binding import Problems
from app.ui.editor_cases import CasesPage
from app.ui.editor_labels import EnumText
from app.ui.editor_pages import (
    CustodyPage,
    EditorPage,
    EventsPage,
    NotesPage,
    PersonPage,
    RelationsPage,
    StatusPage,
    guess_script,
    scrolling,
)
from app.ui.editor_sources import SourcesPage
from app.ui.tasks import run_in_background
from app.ui.widgets import ERROR_COLOR, ParsedField, english_plural, ui_locale

SUPPORTED_LANGUAGES = ("en", "be", "ru")

# Tabs that hold many fields get a scroll area so a 768-pixel-high laptop screen reaches them all.
_SCROLLING_PAGES = (PersonPage,)


class _DraftEdit(QUndoCommand):
    """One committed edit as two snapshots of the whole draft.

    A person's record is a few kilobytes, so whole snapshots are cheaper to get right than
    per-field inverse operations, and undoing an edit that removed a case with all its charges
    restores exactly what was there.
    """

    def __init__(
        self, editor: PersonEditor, before: PersonDraft, after: PersonDraft, text: str
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self._before = before
        self._after = after
        self._applied = True  # pushed after the edit already happened in the form

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._editor.restore(self._after)

    def undo(self) -> None:
        self._editor.restore(self._before)


def _normalise(draft: PersonDraft) -> None:
    """Keep the display name equal to the primary spelling (the list and reports sort by it).

    ``save_person`` keeps a non-empty ``display_name`` as given, so without this a renamed
    person would keep their old name in the list. The first non-empty spelling becomes primary
    when none is, which is also what ``save_person`` would pick.
    """
    named = [n for n in draft.names if n.full_name.strip()]
    if named and not any(n.is_primary for n in named):
        for n in draft.names:
            n.is_primary = n is named[0]
    primary = next((n for n in named if n.is_primary), None)
    draft.display_name = primary.full_name.strip() if primary else ""


class PersonEditor(QDialog):
    """Edit one person (``person_id``) or create one (``person_id=None``).

    Signals: ``saved(before, after)`` with the drafts before and after a successful save
    (``before`` is None for a new person); ``deleted(person_id)`` after the tombstone is written;
    ``openPerson(person_id)`` when the user asks to open a related person's record.
    Setting the dynamic property ``force_close`` (the auto-lock does) closes without asking.
    """

    saved = Signal(object, object)
    deleted = Signal(str)
    openPerson = Signal(str)

    def __init__(
        self,
        vault: Any,
        person_id: str | None,
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.lang = lang if lang in SUPPORTED_LANGUAGES else "en"
        self.locale = ui_locale(self.lang)
        self.labels = EnumText(self)
        self._person_id = person_id
        self._draft = PersonDraft()
        self._stored: PersonDraft | None = None
        self._problems: list[tuple[str, str]] = []
        self._busy: str | None = None
        self._loaded = False
        self._close_after_save = False
        self._closed = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.setObjectName("person_editor")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setLocale(self.locale)
        self._build()
        self.resize(1060, 760)
        self._start_load()

    # -- DraftHost --------------------------------------------------------------------------

    @property
    def draft(self) -> PersonDraft:
        return self._draft

    @property
    def problems(self) -> Problems:
        return self._problems

    @property
    def loaded(self) -> bool:
        """True once the record is on screen (tests and the main window wait for it)."""
        return self._loaded

    @property
    def busy(self) -> bool:
        return self._busy is not None

    @property
    def person_id(self) -> str | None:
        return self._draft.id or self._person_id

    def watch(self, widget: QWidget) -> None:
        widget.problemChanged.connect(self._field_problem_changed)  # type: ignore[attr-defined]

    def apply(self, change: Callable[[PersonDraft], object], what: str) -> None:
        """Run ``change`` on the draft as one undoable step, then revalidate and redisplay."""
        if not self._loaded or self._busy:
            self.refresh()
            return
        before = copy.deepcopy(self._draft)
        change(self._draft)
        _normalise(self._draft)
        if self._draft != before:
            label = what.strip() or self.tr("notes")
            self.undo_stack.push(_DraftEdit(self, before, copy.deepcopy(self._draft), label))
        self.refresh()

    def restore(self, snapshot: PersonDraft) -> None:
        """Show ``snapshot`` (undo, redo): a copy, so later edits never alter the stack."""
        self._draft = copy.deepcopy(snapshot)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("editor_title")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.undo_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Undo"), self
        )
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Redo"), self
        )
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.indexChanged.connect(self._history_changed)
        self._history_changed()
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        for action in (self.undo_action, self.redo_action, self.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        for action in (self.undo_action, self.redo_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            header.addWidget(button)

        self.banner = QLabel(self)
        self.banner.setObjectName("editor_banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(
            f"QLabel {{ color: {ERROR_COLOR}; background: #fdf1f0; border: 1px solid #f0c8c4;"
            " border-radius: 4px; padding: 8px; }"
        )

        self.pages: list[EditorPage] = [
            PersonPage(self),
            CasesPage(self),
            CustodyPage(self),
            StatusPage(self),
            RelationsPage(self, self.vault),
            EventsPage(self),
            SourcesPage(self),
            AttachmentsPage(self, self.vault),
            NotesPage(self),
        ]
        self.page(RelationsPage).openPerson.connect(self.openPerson)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editor_tabs")
        self.tabs.setDocumentMode(True)
        for page in self.pages:
            shown = scrolling(page) if isinstance(page, _SCROLLING_PAGES) else page
            self.tabs.addTab(shown, page.title())

        self.loading_label = QLabel(self.tr("Opening the record…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setWordWrap(True)
        loading_bar = QProgressBar(self)
        loading_bar.setRange(0, 0)
        loading_bar.setMaximumWidth(260)
        loading = QWidget(self)
        loading_layout = QVBoxLayout(loading)
        loading_layout.addStretch(1)
        loading_layout.addWidget(self.loading_label)
        loading_layout.addWidget(loading_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        loading_layout.addStretch(1)
        self.loading_bar = loading_bar
        self.stack = QStackedWidget(self)
        self.stack.addWidget(loading)
        self.stack.addWidget(self.tabs)

        self.delete_button = QPushButton(self.tr("Delete person…"), self)
        self.delete_button.setObjectName("delete_person")
        self.delete_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.delete_button.clicked.connect(self.delete_person)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("editor_status")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save_person")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.delete_button)
        footer.addSpacing(12)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.busy_bar)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        # Enter commits the field being typed in; it must never also press a button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._update_state()

    def page(self, kind: type[EditorPage]) -> Any:
        return next(p for p in self.pages if isinstance(p, kind))

    def show_tab(self, kind: type[EditorPage]) -> None:
        self.tabs.setCurrentIndex(next(i for i, p in enumerate(self.pages) if isinstance(p, kind)))

    # -- loading ----------------------------------------------------------------------------

    def _start_load(self) -> None:
        if self._person_id is None:
            draft = PersonDraft(names=[NameDraft("", NameScript.BE_CYRILLIC, is_primary=True)])
            self._loaded_draft(draft, stored=None)
            return
        vault = self.vault
        person_id = self._person_id

        def work() -> PersonDraft:
            with vault.session() as session:
                return people.load_person(session, person_id)

        self._set_busy("loading")
        run_in_background(work, self._load_done, self._load_failed)

    def reload(self) -> bool:
        """Show the stored record again (after the main window undid a save, or a sync merged
        changes). Refused when there are unsaved edits, which must never be thrown away
        silently; returns whether a reload started."""
        if self.has_unsaved_changes() or self._busy or self.person_id is None:
            return False
        self._person_id = self.person_id
        self._loaded = False
        self.stack.setCurrentIndex(0)
        self._start_load()
        return True

    def _alive(self) -> bool:
        return isValid(self) and not self._closed

    def _load_done(self, draft: PersonDraft) -> None:
        if self._alive():
            self._set_busy(None)
            self._loaded_draft(draft, stored=copy.deepcopy(draft))

    def _load_failed(self, error: BaseException) -> None:
        if not self._alive():
            return
        self._set_busy(None)
        self.loading_bar.setVisible(False)
        reason = (
            self.tr("This person is no longer in the vault (deleted, perhaps on another device).")
            if isinstance(error, KeyError)
            else describe_error(error)
        )
        self.loading_label.setText(
            self.tr("The record could not be opened: %1").replace("%1", reason)
        )

    def _loaded_draft(self, draft: PersonDraft, stored: PersonDraft | None) -> None:
        if not draft.names and draft.display_name:
            # Imported records may carry only a display name; show it as the primary spelling.
            draft.names.append(
                NameDraft(draft.display_name, guess_script(draft.display_name), is_primary=True)
            )
        _normalise(draft)
        self._draft = draft
        self._stored = stored
        self._loaded = True
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.stack.setCurrentIndex(1)
        self.refresh()
        if stored is None:
            self.page(PersonPage).focus_first_field()

    # -- display ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the current draft everywhere and re-run validation."""
        self._problems = people.validate(self._draft)
        for page in self.pages:
            page.load(self._draft)
            page.show_problems(self._problems)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        roots = {path.split(".", 1)[0] for path, _m in self._problems}
        for index, page in enumerate(self.pages):
            self.tabs.setTabIcon(index, warning if roots & set(page.roots) else QIcon())
        self._update_state()

    def refused_fields(self) -> list[ParsedField]:
        """Fields holding text that was refused (a bad date or term): the draft still has the
        old value, so saving now would silently drop what the user typed."""
        return [w for w in self.findChildren(ParsedField) if w.problem()]

    def has_unsaved_changes(self) -> bool:
        return self._loaded and (not self.undo_stack.isClean() or bool(self.refused_fields()))

    def can_save(self) -> bool:
        return (
            self._loaded
            and self._busy is None
            and not self._problems
            and not self.refused_fields()
            and (not self.undo_stack.isClean() or self._stored is None)
        )

    def _update_state(self) -> None:
        name = self._draft.display_name
        if self._loaded:
            title = name or (self.tr("New person") if self._stored is None else self.tr("Unnamed"))
        else:
            title = self.tr("Person")
        self.title_label.setText(title)
        # Never the person's name: window titles end up in task switchers, screen-sharing
        # pickers and some desktops' activity logs, outside the vault.
        self.setWindowTitle(self.tr("Person record — Letapis"))
        self.save_button.setEnabled(self.can_save())
        self.save_action.setEnabled(self._busy is None)
        self.delete_button.setEnabled(self._loaded and self._busy is None and bool(self._draft.id))
        self.tabs.setEnabled(self._busy is None)
        refused = self.refused_fields() if self._loaded else []
        if self._busy == "saving":
            text, error = self.tr("Saving…"), False
        elif self._busy == "deleting":
            text, error = self.tr("Deleting…"), False
        elif self._problems:
            count = len(self._problems)
            text = english_plural(self.tr("%n problem(s) to fix before saving", "", count), count)
            error = True
        elif refused:
            text, error = self.tr("A field holds text that is not valid."), True
        elif self.has_unsaved_changes():
            text, error = self.tr("Unsaved changes"), False
        else:
            text, error = "", False
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    def _history_changed(self, _index: int = 0) -> None:
        """Keep the Undo/Redo buttons short ("Undo") and name the step in their tooltips."""
        if not isValid(self):
            return
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setToolTip(
            self.tr("Undo: %1 (Ctrl+Z)").replace("%1", stack.undoText())
            if stack.canUndo()
            else self.tr("Nothing to undo")
        )
        self.redo_action.setToolTip(
            self.tr("Redo: %1 (Ctrl+Shift+Z)").replace("%1", stack.redoText())
            if stack.canRedo()
            else self.tr("Nothing to redo")
        )

    def _field_problem_changed(self, _problem: str) -> None:
        if isValid(self):
            self._update_state()

    def _clean_changed(self, _clean: bool) -> None:
        if isValid(self):  # the stack also reports while the dialog is being destroyed
            self._update_state()

    def _set_busy(self, what: str | None) -> None:
        self._busy = what
        self.busy_bar.setVisible(what in ("saving", "deleting"))
        self._update_state()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # -- saving -----------------------------------------------------------------------------

    def _commit_focused(self) -> None:
        """Commit the field being typed in (Ctrl+S or closing without leaving the field)."""
        focused = QApplication.focusWidget()
        commit = getattr(focused, "commit_pending", None)
        if focused is not None and self.isAncestorOf(focused) and callable(commit):
            commit()

    def save(self) -> None:
        """Save in the background; the form stays as it is until the database says yes."""
        self._commit_focused()
        if not self.can_save():
            self._update_state()
            return
        draft = copy.deepcopy(self._draft)
        before = copy.deepcopy(self._stored)
        vault = self.vault

        def work() -> PersonDraft:
            with vault.session() as session, session.begin():
                return people.save_person(session, draft)

        self._show_banner("")
        self._set_busy("saving")
        run_in_background(work, lambda after: self._save_done(before, after), self._save_failed)

    def _save_done(self, before: PersonDraft | None, after: PersonDraft) -> None:
        if not isValid(self):
            return
        self._set_busy(None)
        self._stored = copy.deepcopy(after)
        # Undo history ends at a save: older snapshots lack the ids the database just assigned,
        # and re-saving one would duplicate rows. Undoing a whole save is the main window's job.
        self._loaded_draft(copy.deepcopy(after), stored=copy.deepcopy(after))
        self.status_label.setText(self.tr("Saved."))
        self.saved.emit(before, copy.deepcopy(after))
        if self._close_after_save:
            self._closed = True
            super().accept()

    def _save_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._close_after_save = False
        self._set_busy(None)
        if isinstance(error, ValidationError):
            self.refresh()
        self._show_banner(
            self.tr(
                "Not saved: %1\nNothing was written to the vault and your edits are still here; "
                "fix the problem and save again."
            ).replace("%1", describe_error(error))
        )

    # -- deleting ---------------------------------------------------------------------------

    def delete_person(self) -> None:
        person_id = self._draft.id
        if not person_id or self._busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr(
                "Delete the record of %1 with all cases, custody periods and statuses?\n\n"
                "It disappears from lists and reports on every device after the next sync. "
                "The main window can undo this."
            ).replace("%1", self._draft.display_name or self.tr("this person")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        vault = self.vault

        def work() -> str:
            with vault.session() as session, session.begin():
                people.delete_person(session, person_id)
            return person_id

        self._set_busy("deleting")
        run_in_background(work, self._delete_done, self._delete_failed)

    def _delete_done(self, person_id: str) -> None:
        if not isValid(self):
            return
        self._set_busy(None)
        self.deleted.emit(person_id)
        self._closed = True
        super().accept()

    def _delete_failed(self, error: BaseException) -> None:
        if isValid(self):
            self._set_busy(None)
            self._show_banner(self.tr("Not deleted: %1").replace("%1", describe_error(error)))

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Close and the window's close button all come here: ask before losing edits."""
        if self.property("force_close"):
            self._closed = True
            super().reject()
            return
        if self._busy in ("saving", "deleting"):
            return  # the outcome is seconds away; closing now would hide it
        self._commit_focused()
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to %1 before closing?").replace(
                    "%1", self._draft.display_name or self.tr("this person")
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                if not self.can_save():
                    self._show_banner(
                        self.tr(
                            "The record has problems and cannot be saved yet: fix them or "
                            "choose Discard."
                        )
                    )
                    return
                self._close_after_save = True
                self.save()
                return
        self._closed = True
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
