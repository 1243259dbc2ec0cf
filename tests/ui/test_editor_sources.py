"""The Sources tab, relations seen from the other record, and rule messages shown next to their
fields, driven through the real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.enums import NameScript, RelationType, Reliability
from app.services import people
from app.services.people import (
    ABOUT_PERSON,
    NameDraft,
    PersonDraft,
    RelationDraft,
    SourceDraft,
    SourceEntity,
    SourceTarget,
)
from app.ui.editor_cases import CasesPage
from app.ui.editor_pages import PersonPage, RelationsPage
from app.ui.editor_sources import SourcesPage
from tests.ui.test_person_editor import (
    _no_unexpected_dialogs,  # noqa: F401  (autouse fixture: fail on any unexpected dialog)
    choose,
    open_editor,
    save_and_wait,
    stored_person,
    type_into,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_add_a_source_for_a_case_save_reopen_and_see_it(qtbot, vault, monkeypatch):
    stored = stored_person(vault)
    editor = open_editor(qtbot, vault, stored.id)
    editor.show_tab(SourcesPage)
    page = editor.page(SourcesPage)
    table = page.table
    assert table.row_count() == 0
    table.add_button.click()
    assert editor.draft.sources == [SourceDraft()]
    tab = editor.pages.index(page)
    # An empty source is a problem of its own, shown at its row and on the tab.
    assert editor.problems == [("sources.0.publication", "A source needs a publication or a link.")]
    assert not editor.tabs.tabIcon(tab).isNull()

    type_into(qtbot, table.cell(0, "publication"), "Viasna")
    type_into(qtbot, table.cell(0, "url"), "spring96.org/be/news/1")
    assert editor.problems == [
        ("sources.0.url", "A link must be a web address (http:// or https://).")
    ]
    assert table.message.text() == (
        "Row 1, Link: A link must be a web address (http:// or https://)."
    )
    assert table.cell(0, "url").toolTip() == editor.problems[0][1]  # next to the field
    assert not editor.save_button.isEnabled()
    type_into(qtbot, table.cell(0, "url"), "https://spring96.org/be/news/1")
    assert editor.problems == []
    assert table.cell(0, "url").toolTip() == ""
    next_year = date.today().year + 1
    type_into(qtbot, table.cell(0, "published_on"), f"01.02.{next_year}")
    assert table.message.text() == "Row 1, Published on: The publication date is in the future."
    type_into(qtbot, table.cell(0, "published_on"), "03.03.2023")
    choose(table.cell(0, "reliability"), Reliability.CONFIRMED)
    about = table.cell(0, "about")
    case_target = (SourceTarget(SourceEntity.CASE, stored.cases[0].id),)
    assert about._values == [ABOUT_PERSON, case_target]  # type: ignore[attr-defined]
    assert about.itemText(1) == "Case 1. 1-2023"
    choose(about, case_target)
    type_into(qtbot, table.cell(0, "note"), "Verdict report")
    assert editor.problems == [] and editor.save_button.isEnabled()

    # Unsaved: closing asks first.
    asked: list[str] = []

    def cancel(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    editor.reject()
    assert asked and editor.isVisible()

    _before, after = save_and_wait(qtbot, editor)
    assert [
        (s.publication, s.url, s.published_on, s.reliability, s.about, s.note)
        for s in after.sources
    ] == [
        (
            "Viasna",
            "https://spring96.org/be/news/1",
            date(2023, 3, 3),
            Reliability.CONFIRMED,
            case_target,
            "Verdict report",
        )
    ]
    editor.done(0)

    reopened = open_editor(qtbot, vault, stored.id)
    table = reopened.page(SourcesPage).table
    assert table.row_count() == 1
    assert table.cell(0, "publication").text() == "Viasna"
    assert table.cell(0, "url").text() == "https://spring96.org/be/news/1"
    assert table.cell(0, "published_on").text() == "03.03.2023"
    assert table.cell(0, "reliability").currentText() == "Confirmed"
    assert table.cell(0, "about").currentText() == "Case 1. 1-2023"
    assert not reopened.has_unsaved_changes()


def test_adding_a_source_is_undone_and_redone_like_any_edit(qtbot, vault):
    stored = stored_person(vault)
    editor = open_editor(qtbot, vault, stored.id)
    editor.show_tab(SourcesPage)
    table = editor.page(SourcesPage).table
    table.add_button.click()
    type_into(qtbot, table.cell(0, "publication"), "Nasha Niva")
    assert editor.has_unsaved_changes()
    assert editor.undo_action.toolTip() == "Undo: Publication (Ctrl+Z)"
    editor.undo_action.trigger()  # the typing
    assert editor.draft.sources == [SourceDraft()]
    assert editor.undo_action.toolTip() == "Undo: Add a source (Ctrl+Z)"
    editor.undo_action.trigger()  # the new row
    assert editor.draft.sources == [] and table.row_count() == 0
    assert not editor.has_unsaved_changes()
    editor.redo_action.trigger()
    editor.redo_action.trigger()
    assert table.row_count() == 1
    assert table.cell(0, "publication").text() == "Nasha Niva"
    table.table.selectRow(0)
    table.remove_button.click()
    assert editor.draft.sources == []
    editor.undo_action.trigger()
    assert [s.publication for s in editor.draft.sources] == ["Nasha Niva"]


def test_a_relation_entered_on_a_relative_is_shown_read_only_and_opens_them(qtbot, vault):
    ales = stored_person(vault)
    with vault.session() as session, session.begin():
        natallia = people.save_person(
            session,
            PersonDraft(
                names=[NameDraft("Наталля Пінчук", NameScript.BE_CYRILLIC, True)],
                relations=[RelationDraft(ales.id or "", RelationType.SPOUSE)],
            ),
        )
    editor = open_editor(qtbot, vault, ales.id)
    editor.show_tab(RelationsPage)
    page = editor.page(RelationsPage)
    assert page.table.row_count() == 0  # nothing is stored on this record...
    assert page.reverse_box.isVisibleTo(editor)  # ...but the tie is shown
    assert [page.reverse.item(i).text() for i in range(page.reverse.count())] == [
        "Наталля Пінчук — Spouse (entered on their record)"
    ]
    with qtbot.waitSignal(editor.openPerson) as blocker:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [natallia.id]
    assert not editor.has_unsaved_changes()  # looking is not editing

    other = open_editor(qtbot, vault, natallia.id)
    assert not other.page(RelationsPage).reverse_box.isVisibleTo(other)


def test_the_main_window_opens_the_relative_asked_for(qtbot, vault):
    from app.ui.main_window import MainWindow

    ales = stored_person(vault)
    with vault.session() as session, session.begin():
        natallia = people.save_person(
            session,
            PersonDraft(
                names=[NameDraft("Наталля Пінчук", NameScript.BE_CYRILLIC, True)],
                relations=[RelationDraft(ales.id or "", RelationType.SPOUSE)],
            ),
        )
    win = MainWindow(vault)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.model.loading, timeout=10000)
    editor = win.open_editor(ales.id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    editor.page(RelationsPage).open_button.click()
    assert [e.person_id for e in win.editors] == [ales.id, natallia.id]
    qtbot.waitUntil(lambda: win.editors[1].loaded, timeout=10000)
    assert win.editors[1].draft.relations[0].other_person_id == ales.id
    for opened in win.editors:
        opened.setProperty("force_close", True)
        opened.close()


def test_rule_messages_sit_under_their_fields(qtbot, vault):
    stored = stored_person(vault)
    editor = open_editor(qtbot, vault, stored.id)
    person = editor.page(PersonPage)
    next_year = str(date.today().year + 1)
    type_into(qtbot, person.form.widget("birth_date"), next_year)
    assert person.form.message("birth_date").text() == "The date of birth is in the future."
    type_into(qtbot, person.form.widget("birth_date"), "1962")
    message = person.form.message("birth_date")
    assert not message.is_error() and message.text() == "1962"  # back to the quiet hint

    editor.show_tab(CasesPage)
    cases = editor.page(CasesPage)
    cases.cases.select(0)
    verdict = cases.trial_form.widget("verdict_on")
    type_into(qtbot, verdict, f"01.01.{next_year}")
    assert editor.problems == [("cases.0.trial.verdict_on", "The verdict date is in the future.")]
    assert cases.trial_form.message("verdict_on").text() == "The verdict date is in the future."
    type_into(qtbot, cases.case_form.widget("opened_on"), "05.2023")
    assert cases.trial_form.message("verdict_on").text() == "The verdict date is in the future."
    type_into(qtbot, verdict, "03.03.2023")
    assert cases.trial_form.message("verdict_on").text() == (
        "The verdict is dated before the case was opened."
    )


def test_screenshot_of_the_sources_tab(qtbot, vault, tmp_path):
    folder = SCREENSHOTS if os.environ.get("LETAPIS_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    stored = stored_person(vault)
    stored.sources = [
        SourceDraft(
            "Viasna",
            "https://spring96.org/be/news/112233",
            date(2023, 3, 3),
            Reliability.CONFIRMED,
            "Verdict announced",
            (SourceTarget(SourceEntity.CASE, stored.cases[0].id),),
        ),
        SourceDraft("Radio Svaboda", "https://www.svaboda.org/a/31334455.html", date(2021, 7, 14)),
    ]
    with vault.session() as session, session.begin():
        people.save_person(session, stored)
    editor = open_editor(qtbot, vault, stored.id)
    editor.resize(1060, 760)
    editor.show_tab(SourcesPage)
    table = editor.page(SourcesPage).table
    table.add_button.click()
    type_into(qtbot, table.cell(2, "url"), "t.me/channel/1")  # a rule problem, shown inline
    QApplication.processEvents()
    path = folder / "editor-sources-invalid-link.png"
    assert editor.grab().save(str(path))
    assert path.stat().st_size > 10_000
