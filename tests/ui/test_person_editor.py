"""The person / case editor driven through its real widgets (pytest-qt, offscreen).

Fields are typed into with key clicks and committed with Enter, as a documenter would; combo
choices go through ``activated`` (what a mouse or keyboard pick emits); background work is awaited
with ``qtbot.waitUntil`` / ``waitSignal``.
"""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy import select

from app.domain.enums import (
    EventType,
    Gender,
    NameScript,
    RelationType,
    SentenceType,
    StatusKind,
)
from app.domain.partial_dates import PartialDate
from app.domain.sentences import Term
from app.models import AttachmentBlob, Person
from app.services import attachments, people
from app.services.people import (
    CaseDraft,
    ChargeDraft,
    DetentionDraft,
    EventDraft,
    NameDraft,
    PersonDraft,
    RelationDraft,
    SentenceDraft,
    SourceDraft,
    StatusDraft,
    TrialDraft,
)
from app.ui.editor_attachments import AttachmentsPage
from app.ui.editor_cases import CasesPage
from app.ui.editor_pages import (
    CustodyPage,
    EventsPage,
    NotesPage,
    PersonPage,
    RelationsPage,
    StatusPage,
)
from app.ui.editor_sources import SourcesPage
from app.ui.person_editor import PersonEditor

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody expected would block the offscreen run forever: fail instead."""

    def unexpected(*args: Any, **_kwargs: Any) -> Any:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


# -- helpers ---------------------------------------------------------------------------------


def open_editor(qtbot: Any, vault: Any, person_id: str | None = None, lang: str = "en"):
    editor = PersonEditor(vault, person_id, lang=lang)
    # A failed test must not leave a modal "unsaved changes" box waiting at teardown.
    qtbot.addWidget(editor, before_close_func=lambda w: w.setProperty("force_close", True))
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    return editor


def type_text(field: QWidget, text: str) -> None:
    """Key presses carrying any Unicode text (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: Any, field: QLineEdit, text: str) -> None:
    """Replace the text of a line edit by typing, then press Enter (commits it)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def choose(combo: QComboBox, value: Any) -> None:
    """Pick the entry holding ``value`` the way a user's pick does (``activated``)."""
    index = next(i for i in range(combo.count()) if combo._values[i] == value)  # type: ignore[attr-defined]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def real_session(vault: Any) -> Any:
    """A session bypassing the GUI-thread guard (for the test's own set-up work)."""
    return vault.sessions()


def forbid_db_on_gui_thread(monkeypatch: pytest.MonkeyPatch, vault: Any) -> list[str]:
    """Make any session opened on the GUI thread fail the test; returns the threads used."""
    opened_on: list[str] = []
    open_session = vault.session

    def session() -> Any:
        assert threading.current_thread() is not threading.main_thread(), "DB on GUI thread"
        opened_on.append(threading.current_thread().name)
        return open_session()

    monkeypatch.setattr(vault, "session", session)
    return opened_on


def save_and_wait(qtbot: Any, editor: PersonEditor) -> tuple[Any, Any]:
    with qtbot.waitSignal(editor.saved, timeout=10000) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.busy)
    return blocker.args[0], blocker.args[1]


def stored_person(vault: Any) -> PersonDraft:
    draft = PersonDraft(
        gender=Gender.MALE,
        region_code="minsk_city",
        city="Minsk",
        names=[NameDraft("Алесь Бяляцкі", NameScript.BE_CYRILLIC, True)],
        detentions=[DetentionDraft(PartialDate(2021, 7, 14))],
        cases=[
            CaseDraft(
                number="1-2023",
                charges=[ChargeDraft("CC 228")],
                trial=TrialDraft("minsk_city_court", "Judge A", date(2023, 3, 3)),
                sentences=[
                    SentenceDraft(SentenceType.IMPRISONMENT, Term(10), starts_on=date(2021, 7, 14))
                ],
            )
        ],
        statuses=[StatusDraft(StatusKind.POLITICAL_PRISONER, PartialDate(2021, 7))],
    )
    with vault.session() as session, session.begin():
        return people.save_person(session, draft)


# -- the full round trip ---------------------------------------------------------------------


def test_create_person_with_case_sentence_and_incommunicado_then_reload(qtbot, vault):
    editor = open_editor(qtbot, vault)
    assert not editor.save_button.isEnabled()  # no name yet
    person = editor.page(PersonPage)
    type_into(qtbot, person.names.cell(0, "full_name"), "Марыя Калеснікава")
    assert editor.draft.display_name == "Марыя Калеснікава"
    assert editor.title_label.text() == "Марыя Калеснікава"
    person.names.add_button.click()
    type_into(qtbot, person.names.cell(1, "full_name"), "Maryja Kalesnikava")
    assert editor.draft.names[1].script is NameScript.LATIN  # guessed from the spelling
    choose(person.form.widget("gender"), Gender.FEMALE)
    type_into(qtbot, person.form.widget("birth_date"), "05.1982")
    assert editor.draft.birth_date == PartialDate(1982, 5)
    assert person.form.message("birth_date").text() == "May 1982"
    choose(person.form.widget("region_code"), "minsk_city")
    person.form.widget("categories").box("activist").click()
    assert editor.draft.categories == ("activist",)

    editor.show_tab(CasesPage)
    cases = editor.page(CasesPage)
    cases.cases.add_button.click()
    assert cases.selected_case() == 0
    type_into(qtbot, cases.case_form.widget("number"), "11/2020")

    picker = cases.charges.picker
    picker.setFocus()
    qtbot.keyClicks(picker, "extremist formation")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert picker.matches()[0] == "CC 361-1"
    tester = QAbstractItemModelTester(
        picker.completer().model(), QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.text() == "")
    del tester
    type_text(picker, "ч. 3 ст. 130 УК")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # close the list; Enter then takes the best match
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert cases.charges.keys() == ["CC 361-1", "CC 130 p3"]

    cases.trial_box.setFocus()
    qtbot.keyClick(cases.trial_box, Qt.Key.Key_Space)
    assert editor.draft.cases[0].trial == TrialDraft()
    court = cases.trial_form.widget("court_code")
    assert court._values[1] == "supreme"  # the person's region (Minsk city) comes first
    choose(court, "minsk_city_court")
    type_into(qtbot, cases.trial_form.widget("judge_name"), "Judge B")
    type_into(qtbot, cases.trial_form.widget("verdict_on"), "06.09.2021")
    cases.trial_form.widget("closed_hearing").click()

    cases.sentences.add_button.click()
    type_into(qtbot, cases.sentence_form.widget("term"), "11y")
    assert cases.sentence_form.message("term").text() == "11 years"
    assert cases.release_label.text() == "Enter the day the term starts to compute it"
    type_into(qtbot, cases.sentence_form.widget("starts_on"), "07.09.2020")
    assert cases.release_label.text() == "7 September 2031"
    type_into(qtbot, cases.sentence_form.widget("term"), "11y 6m")
    assert cases.release_label.text() == "7 March 2032"  # live, on every committed change
    choose(cases.sentence_form.widget("regime"), "general")

    editor.show_tab(StatusPage)
    statuses = editor.page(StatusPage)
    statuses.table.add_button.click()
    choose(statuses.table.cell(0, "kind"), StatusKind.INCOMMUNICADO)
    assert statuses.table.cell(0, "unknown_start").isChecked()
    assert statuses.timeline.bars()[0].start is None

    assert editor.problems == []
    assert editor.save_button.isEnabled()
    before, after = save_and_wait(qtbot, editor)
    assert before is None
    assert after.id and after.cases[0].sentences[0].expected_release == date(2032, 3, 7)
    assert editor.person_id == after.id
    assert not editor.has_unsaved_changes()
    editor.done(0)

    again = open_editor(qtbot, vault, after.id)
    draft = again.draft
    assert [(n.full_name, n.script, n.is_primary) for n in draft.names] == [
        ("Марыя Калеснікава", NameScript.BE_CYRILLIC, True),
        ("Maryja Kalesnikava", NameScript.LATIN, False),
    ]
    assert (draft.gender, draft.birth_date, draft.region_code) == (
        Gender.FEMALE,
        PartialDate(1982, 5),
        "minsk_city",
    )
    case = draft.cases[0]
    assert case.number == "11/2020"
    assert [c.article_key for c in case.charges] == ["CC 361-1", "CC 130 p3"]
    assert case.trial is not None
    assert (case.trial.court_code, case.trial.judge_name, case.trial.verdict_on) == (
        "minsk_city_court",
        "Judge B",
        date(2021, 9, 6),
    )
    assert case.trial.closed_hearing and not case.trial.in_absentia
    assert case.sentences[0].term == Term(11, 6)
    assert [(s.kind, s.starts_on) for s in draft.statuses] == [(StatusKind.INCOMMUNICADO, None)]
    page = again.page(CasesPage)
    page.cases.select(0)
    page.sentences.select(0)
    assert page.release_label.text() == "7 March 2032"
    assert page.sentence_form.widget("term").text() == "11y 6m"
    assert again.page(PersonPage).form.widget("birth_date").text() == "05.1982"


# -- bad input -------------------------------------------------------------------------------


def test_impossible_values_are_refused_at_the_field(qtbot, vault):
    editor = open_editor(qtbot, vault)
    person = editor.page(PersonPage)
    type_into(qtbot, person.names.cell(0, "full_name"), "Ігар Лосік")
    assert editor.save_button.isEnabled()
    birth = person.form.widget("birth_date")
    type_into(qtbot, birth, "31.02.1992")
    assert editor.draft.birth_date is None  # never reaches the draft
    message = person.form.message("birth_date")
    assert message.text() == "“31.02.1992” is not a real date: check the day and the month."
    assert editor.refused_fields() == [birth]
    assert not editor.save_button.isEnabled()
    assert editor.status_label.text() == "A field holds text that is not valid."
    # Committing another field keeps the refused text for the user to correct.
    type_into(qtbot, person.form.widget("city"), "Hrodna")
    assert birth.text() == "31.02.1992" and editor.refused_fields() == [birth]
    type_into(qtbot, birth, "05.1850")
    assert message.text() == "The year must be between 1900 and 2100."
    type_into(qtbot, birth, "29.02.1992")
    assert editor.draft.birth_date == PartialDate(1992, 2, 29)
    assert editor.refused_fields() == []
    assert editor.save_button.isEnabled()

    editor.show_tab(CasesPage)
    cases = editor.page(CasesPage)
    cases.cases.add_button.click()
    cases.sentences.add_button.click()
    term = cases.sentence_form.widget("term")
    type_into(qtbot, term, "4 parsecs")
    assert editor.draft.cases[0].sentences[0].term == Term()
    assert "is not a term" in cases.sentence_form.message("term").text()
    assert not editor.save_button.isEnabled()
    type_into(qtbot, term, "4y6m")
    assert editor.draft.cases[0].sentences[0].term == Term(4, 6)
    # A sentence without a verdict date is a rule problem, shown next to the sentence.
    assert cases.sentence_message.text() == "A sentence needs a verdict date."
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(cases.charges.picker, "zzzz")
    assert cases.charges.message.text() == "No article matches “zzzz”."


def test_release_before_detention_is_shown_inline_and_blocks_save(qtbot, vault):
    editor = open_editor(qtbot, vault)
    type_into(qtbot, editor.page(PersonPage).names.cell(0, "full_name"), "Ales Test")
    editor.show_tab(CustodyPage)
    custody = editor.page(CustodyPage)
    custody.table.add_button.click()
    type_into(qtbot, custody.table.cell(0, "detained_on"), "31.13.2021")
    assert custody.table.message.text() == (
        "Row 1, Detained on: “31.13.2021” is not a real date: check the day and the month."
    )
    assert not editor.save_button.isEnabled()
    type_into(qtbot, custody.table.cell(0, "detained_on"), "10.05.2021")
    assert custody.table.message.text() == ""
    assert editor.save_button.isEnabled()
    type_into(qtbot, custody.table.cell(0, "released_on"), "01.05.2021")
    assert editor.problems == [("detentions.0", "Release date is before the detention date.")]
    assert custody.table.message.text() == "Row 1: Release date is before the detention date."
    assert custody.table.message.isVisibleTo(editor)
    assert not editor.save_button.isEnabled()
    assert editor.status_label.text() == "1 problem to fix before saving"
    tab = editor.pages.index(custody)
    assert not editor.tabs.tabIcon(tab).isNull()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.busy  # Ctrl+S does nothing while invalid
    type_into(qtbot, custody.table.cell(0, "released_on"), "01.06.2021")
    assert editor.problems == []
    assert editor.save_button.isEnabled()
    assert custody.table.message.text() == ""
    assert editor.tabs.tabIcon(tab).isNull()


def test_database_error_keeps_the_edits_and_says_what_happened(qtbot, vault, monkeypatch):
    from sqlalchemy.exc import OperationalError

    editor = open_editor(qtbot, vault)
    type_into(qtbot, editor.page(PersonPage).names.cell(0, "full_name"), "Ales Test")
    type_into(qtbot, editor.page(PersonPage).form.widget("city"), "Hrodna")

    def full_disk(_session, _draft):
        raise OperationalError("INSERT ...", {"name": "Ales Test"}, Exception("disk is full"))

    monkeypatch.setattr(people, "save_person", full_disk)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.banner.isVisible())
    assert "disk is full" in editor.banner.text()
    assert "Ales Test" not in editor.banner.text()  # no SQL parameters in the message
    assert editor.draft.city == "Hrodna" and editor.draft.display_name == "Ales Test"
    assert editor.page(PersonPage).form.widget("city").text() == "Hrodna"
    assert editor.has_unsaved_changes() and editor.save_button.isEnabled()
    with vault.session() as session:
        assert session.scalars(select(Person)).all() == []
    monkeypatch.undo()
    save_and_wait(qtbot, editor)
    assert not editor.banner.isVisible()


# -- undo / redo -----------------------------------------------------------------------------


def test_loading_shows_a_busy_page_and_db_work_stays_off_the_gui_thread(qtbot, vault, monkeypatch):
    stored = stored_person(vault)
    threads = forbid_db_on_gui_thread(monkeypatch, vault)
    editor = PersonEditor(vault, stored.id)
    qtbot.addWidget(editor, before_close_func=lambda w: w.setProperty("force_close", True))
    editor.show()
    assert editor.busy and editor.stack.currentIndex() == 0  # "Opening the record…"
    assert not editor.save_button.isEnabled()
    qtbot.waitUntil(lambda: editor.loaded)
    assert editor.stack.currentIndex() == 1 and not editor.busy
    type_into(qtbot, editor.page(PersonPage).form.widget("city"), "Vilnius")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(threads) >= 3  # load, save, attachment list

    # The main window undoes that save: the open editor shows the stored record again.
    with real_session(vault) as session, session.begin():
        people.save_person(session, stored)
    assert editor.reload()
    qtbot.waitUntil(lambda: editor.loaded)
    assert editor.draft.city == "Minsk"
    type_into(qtbot, editor.page(PersonPage).form.widget("city"), "Pinsk")
    assert not editor.reload()  # never over unsaved edits


def test_edit_undo_redo(qtbot, vault):
    stored = stored_person(vault)
    editor = open_editor(qtbot, vault, stored.id)
    editor.activateWindow()
    qtbot.waitActive(editor)
    city = editor.page(PersonPage).form.widget("city")
    type_into(qtbot, city, "Hrodna")
    editor.show_tab(CustodyPage)
    custody = editor.page(CustodyPage)
    custody.table.add_button.click()
    assert len(editor.draft.detentions) == 2
    assert editor.has_unsaved_changes()

    custody.table.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.draft.detentions) == 1
    assert custody.table.row_count() == 1
    editor.undo_action.trigger()
    assert editor.draft.city == "Minsk"
    assert city.text() == "Minsk"
    assert not editor.has_unsaved_changes()  # back at the loaded state
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_Z, shift)
    assert editor.draft.city == "Hrodna" and city.text() == "Hrodna"
    editor.redo_action.trigger()
    assert len(editor.draft.detentions) == 2

    # Ctrl+Z inside a field with uncommitted typing undoes the typing, not the editor step.
    city.setFocus()
    qtbot.keyClicks(city, "x")
    qtbot.keyClick(city, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert city.text() == "Hrodna" and len(editor.draft.detentions) == 2

    before, after = save_and_wait(qtbot, editor)
    assert before == stored
    assert after.city == "Hrodna" and len(after.detentions) == 2
    assert editor.undo_stack.count() == 0  # history ends at a save (ids were just assigned)


def test_removing_a_case_and_undoing_restores_everything_in_it(qtbot, vault):
    stored = stored_person(vault)
    editor = open_editor(qtbot, vault, stored.id)
    editor.show_tab(CasesPage)
    cases = editor.page(CasesPage)
    cases.cases.select(0)
    cases.cases.remove_button.click()
    assert editor.draft.cases == []
    assert cases.detail_stack.currentIndex() == 0
    editor.undo_action.trigger()
    assert editor.draft.cases == stored.cases
    cases.cases.select(0)
    cases.sentences.select(0)
    assert cases.release_label.text() == "14 July 2031"


def test_art_411_extension_moves_the_release_of_the_earlier_sentence(qtbot, vault):
    stored = stored_person(vault)
    original = stored.cases[0].sentences[0]
    editor = open_editor(qtbot, vault, stored.id)
    editor.show_tab(CasesPage)
    cases = editor.page(CasesPage)
    cases.cases.add_button.click()
    assert cases.selected_case() == 1
    cases.charges.picker.setFocus()
    qtbot.keyClicks(cases.charges.picker, "411")
    qtbot.keyClick(cases.charges.picker.completer().popup(), Qt.Key.Key_Escape)
    qtbot.keyClick(cases.charges.picker, Qt.Key.Key_Return)
    assert cases.charges.keys() == ["CC 411"]
    cases.trial_box.setFocus()
    qtbot.keyClick(cases.trial_box, Qt.Key.Key_Space)
    type_into(qtbot, cases.trial_form.widget("verdict_on"), "10.01.2024")
    cases.sentences.add_button.click()
    type_into(qtbot, cases.sentence_form.widget("term"), "1y")
    type_into(qtbot, cases.sentence_form.widget("starts_on"), "10.01.2024")
    extends = cases.sentence_form.widget("extends_sentence_id")
    assert extends._values[1] == original.id  # the saved sentence can be chosen
    choose(extends, original.id)
    assert cases.release_label.text() == (
        "10 January 2025\nLengthens an earlier sentence: release moves to 14 July 2032"
    )
    cases.cases.select(0)
    cases.sentences.select(0)
    assert cases.release_label.text() == "14 July 2032 (with 1 Art. 411 extension)"
    _before, after = save_and_wait(qtbot, editor)
    assert after.cases[0].sentences[0].expected_release == date(2032, 7, 14)


# -- closing, deleting -----------------------------------------------------------------------


def test_unsaved_changes_prompt(qtbot, vault, monkeypatch):
    stored = stored_person(vault)
    editor = open_editor(qtbot, vault, stored.id)
    asked: list[str] = []

    def answer(button):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return button

        return question

    editor.reject()  # nothing changed: closes without asking
    assert not editor.isVisible() and asked == []

    editor = open_editor(qtbot, vault, stored.id)
    city = editor.page(PersonPage).form.widget("city")
    type_into(qtbot, city, "Brest")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    editor.close()
    assert editor.isVisible() and len(asked) == 1
    assert "Алесь Бяляцкі" in asked[0]

    # Typing without leaving the field still counts as a change.
    city.setFocus()
    type_text(city, "-Litoŭsk")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    with qtbot.waitSignal(editor.saved, timeout=10000) as blocker:
        editor.reject()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert blocker.args[1].city == "Brest-Litoŭsk"

    editor = open_editor(qtbot, vault, stored.id)
    type_into(qtbot, editor.page(PersonPage).form.widget("city"), "Pinsk")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    with vault.session() as session:
        assert people.load_person(session, stored.id or "").city == "Brest-Litoŭsk"

    # The auto-lock closes without asking (a dialog would keep personal data on screen).
    editor = open_editor(qtbot, vault, stored.id)
    type_into(qtbot, editor.page(PersonPage).form.widget("city"), "Pinsk")
    asked.clear()
    editor.setProperty("force_close", True)
    editor.reject()
    assert not editor.isVisible() and asked == []


def test_delete_asks_then_tombstones_and_emits(qtbot, vault, monkeypatch):
    stored = stored_person(vault)
    editor = open_editor(qtbot, vault)
    assert not editor.delete_button.isEnabled()  # nothing to delete yet
    editor.done(0)
    editor = open_editor(qtbot, vault, stored.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(editor.deleted):
        editor.delete_button.click()
    assert editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.deleted, timeout=10000) as blocker:
        editor.delete_button.click()
    assert blocker.args == [stored.id]
    qtbot.waitUntil(lambda: not editor.isVisible())
    with vault.session() as session:
        person = session.get(Person, stored.id)
        assert person is not None and person.deleted


# -- relations, timeline, locale -------------------------------------------------------------


def test_relation_is_picked_by_searching_in_another_script(qtbot, vault):
    relative = stored_person(vault)
    editor = open_editor(qtbot, vault)
    type_into(qtbot, editor.page(PersonPage).names.cell(0, "full_name"), "Natallia Pinchuk")
    editor.show_tab(RelationsPage)
    relations = editor.page(RelationsPage)
    choose(relations.kind, "spouse")
    relations.search.setFocus()
    qtbot.keyClicks(relations.search, "Bialiack")
    qtbot.waitUntil(lambda: relations.results.count() == 1, timeout=5000)
    relations.add_button.click()
    assert [(r.other_person_id, r.relation_type, r.other_name) for r in editor.draft.relations] == [
        (relative.id, "spouse", "Алесь Бяляцкі")
    ]
    assert relations.table.cell(0, "other_name").text().strip() == "Алесь Бяляцкі"
    _before, after = save_and_wait(qtbot, editor)
    assert after.relations[0].other_person_id == relative.id


def test_timeline_and_dates_follow_the_language(qtbot, vault):
    stored = stored_person(vault)
    editor = open_editor(qtbot, vault, stored.id, lang="be")
    statuses = editor.page(StatusPage)
    assert [bar.row_label for bar in statuses.timeline.bars()] == ["Political prisoner"]
    since = statuses.table.cell(0, "starts_on")
    assert since.text() == "07.2021"
    assert since.hint(since.value()) == "ліпень 2021"
    cases = editor.page(CasesPage)
    cases.cases.select(0)
    cases.sentences.select(0)
    assert cases.release_label.text().replace("\u202f", " ") == "14 ліпеня 2031 г."
    assert cases.charges.list.item(0).text().startswith("арт. 228 КК")


# -- attachments -----------------------------------------------------------------------------


def test_attachment_add_list_and_decrypted_copy(qtbot, vault, tmp_path, monkeypatch):
    editor = open_editor(qtbot, vault)
    page = editor.page(AttachmentsPage)
    assert not page.add_button.isEnabled()  # the person must exist first
    type_into(qtbot, editor.page(PersonPage).names.cell(0, "full_name"), "Ales Test")
    _before, after = save_and_wait(qtbot, editor)
    qtbot.waitUntil(lambda: page.add_button.isEnabled())

    content = b"verdict scan zzqx-editor-canary " * 100
    source = tmp_path / "picked" / "verdict.pdf"
    source.parent.mkdir()
    source.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    editor.show_tab(AttachmentsPage)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(page.items()) == 1, timeout=5000)
    assert page.table.item(0, 0).text() == "verdict.pdf"
    assert not editor.has_unsaved_changes()  # stored at once, outside the draft
    with vault.session() as session:
        blob = session.get(AttachmentBlob, page.items()[0].sha256)
        assert blob is not None and blob.data == content
    vault.engine.dispose()
    assert not any(
        b"zzqx-editor-canary" in p.read_bytes() for p in vault.directory.rglob("*") if p.is_file()
    )

    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    warned: list[str] = []

    def warning(_parent, _title, text, *_args):
        warned.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.table.selectRow(0)
    page.save_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    assert target.read_bytes() == content
    assert "NOT be encrypted" in warned[0]
    qtbot.waitUntil(lambda: not page.is_busy())

    # Reopening lists it again; removing asks first and tombstones it.
    editor.done(0)
    again = open_editor(qtbot, vault, after.id)
    page = again.page(AttachmentsPage)
    qtbot.waitUntil(lambda: len(page.items()) == 1, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.items() == [], timeout=5000)


# -- screenshots -----------------------------------------------------------------------------


def _fill_for_screenshots(vault: Any) -> PersonDraft:
    stored = stored_person(vault)
    with vault.session() as session, session.begin():
        for name in ("Наталля Пінчук", "Алена Бяляцкая"):
            relative = people.save_person(session, PersonDraft(names=[NameDraft(name)]))
            if name.startswith("Нат"):
                stored.relations.append(RelationDraft(relative.id or "", RelationType.SPOUSE))
    stored.sources.append(
        SourceDraft("Viasna", "https://spring96.org/en/news/110000", date(2023, 3, 3))
    )
    stored.names.append(NameDraft("Ales Bialiacki", NameScript.LATIN))
    stored.names.append(NameDraft("Алесь Беляцкий", NameScript.RU_CYRILLIC))
    stored.birth_date = PartialDate(1962, 9, 25)
    stored.occupation = "Human-rights defender, Viasna founder"
    stored.categories = ("human_rights_defender",)
    stored.detentions.insert(0, DetentionDraft(PartialDate(2011, 8), None, "Akrescina"))
    stored.detentions[0].released_on = date(2014, 6, 21)
    stored.statuses.append(StatusDraft(StatusKind.INCOMMUNICADO, None))
    stored.statuses.append(
        StatusDraft(StatusKind.SHIZO, PartialDate(2024, 1, 10), date(2024, 1, 20))
    )
    stored.events.append(
        EventDraft(EventType.SEARCH, PartialDate(2021, 7, 14), "Minsk", "Office and flat searched")
    )
    stored.events.append(EventDraft(EventType.PRESSURE_ON_RELATIVES, PartialDate(2023, 5)))
    stored.notes = "Nobel Peace Prize 2022. Contact only through the lawyer."
    with vault.session() as session, session.begin():
        saved = people.save_person(session, stored)
        attachments.add_attachment(session, saved.id or "", "verdict-2023-03-03.pdf", b"%PDF" * 900)
        attachments.add_attachment(
            session, saved.id or "", "letter from colony.jpg", b"\xff" * 50_000
        )
        return saved


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_screenshots_of_every_tab(qtbot, vault, tmp_path, lang):
    """Grabs every tab (into docs/screenshots/ with LETAPIS_SCREENSHOTS=1, else a temp dir)."""
    folder = SCREENSHOTS if os.environ.get("LETAPIS_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    stored = _fill_for_screenshots(vault)
    editor = open_editor(qtbot, vault, stored.id, lang=lang)
    editor.resize(1060, 760)
    qtbot.waitUntil(lambda: len(editor.page(AttachmentsPage).items()) == 2)
    cases = editor.page(CasesPage)
    cases.cases.select(0)
    cases.sentences.select(0)
    custody = editor.page(CustodyPage)
    type_into(qtbot, custody.table.cell(1, "released_on"), "01.01.2021")  # a rule problem
    names = {
        PersonPage: "person",
        CasesPage: "cases",
        CustodyPage: "custody",
        StatusPage: "status",
        RelationsPage: "relations",
        EventsPage: "events",
        SourcesPage: "sources",
        AttachmentsPage: "attachments",
        NotesPage: "notes",
    }
    relations = editor.page(RelationsPage)
    relations.search.setText("Бяляц")
    relations._run_search()
    qtbot.waitUntil(lambda: relations.results.count() == 1)
    if lang != "en":  # a few per language are enough to check the wording fits
        names = {kind: names[kind] for kind in (PersonPage, CasesPage)}
    suffix = "" if lang == "en" else f"-{lang}"
    for kind, name in names.items():
        editor.show_tab(kind)
        QApplication.processEvents()
        path = folder / f"editor-{name}{suffix}.png"
        assert editor.grab().save(str(path))
        assert path.stat().st_size > 10_000
    editor.show_tab(CasesPage)
    detail = cases.detail_stack.currentWidget()
    detail.verticalScrollBar().setValue(detail.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert editor.grab().save(str(folder / f"editor-sentences{suffix}.png"))
