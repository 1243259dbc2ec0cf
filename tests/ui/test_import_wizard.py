"""The import wizard walked through its real pages: file, mapping, dry run, duplicates, import."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from app.domain.enums import NameScript
from app.domain.partial_dates import PartialDate
from app.models import Op, Person, PersonName
from app.services import people
from app.services.people import NameDraft, PersonDraft
from app.services.spreadsheet import Decision, RowAction, suggest_mapping
from app.services.stats import live_counts
from app.ui.import_wizard import (
    PAGE_APPLY,
    PAGE_DRY_RUN,
    PAGE_DUPLICATES,
    PAGE_MAPPING,
    ImportWizard,
)

SHOTS = os.environ.get("LETAPIS_SCREENSHOTS")  # a folder: save each step for a human to look at
HEADERS = ["Код", "ФИО", "Дата рождения", "Город", "Что известно"]


def _shot(wizard: QWizard, name: str) -> None:
    if SHOTS:
        wizard.grab().save(str(Path(SHOTS) / f"import-{name}.png"))


def _write_cp1251(path: Path, rows: list[list[str]]) -> Path:
    """As Excel on a Russian-locale Windows saves CSV: cp1251 and semicolons."""
    with path.open("w", encoding="cp1251", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


@pytest.fixture
def babaryka(vault) -> str:
    with vault.session() as session, session.begin():
        draft = PersonDraft(
            names=[NameDraft("Бабарыка Віктар Дзмітрыевіч", NameScript.BE_CYRILLIC, True)],
            birth_date=PartialDate(1963, 11, 28),
        )
        return people.save_person(session, draft).id


def _ops(vault) -> int:
    with vault.session() as session:
        return session.scalar(select(func.count()).select_from(Op))


@pytest.fixture
def wizard(qtbot, vault):
    widget = ImportWizard(vault)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _load(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)


def _dry_run(qtbot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentId() == PAGE_DRY_RUN
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)


def test_wizard_walks_file_mapping_dry_run_duplicates_and_imports(
    qtbot, wizard, vault, babaryka, tmp_path
):
    path = _write_cp1251(
        tmp_path / "press.csv",
        [
            ["K1", "Viktar Babaryka", "1963", "Minsk", "банкир"],
            ["K2", "Лосік Ігар", "1992-05-23", "Баранавічы", "блогер"],
        ],
    )
    _load(qtbot, wizard, path)
    info = wizard.file_page.info.text()
    assert "cp1251" in info and "semicolon" in info and "2 data rows, 5 columns" in info
    _shot(wizard, "1-file")

    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == [
        "person_key",
        "name",
        "birth_date",
        "city",
        None,
    ]
    assert wizard.mapping is not None and not wizard.mapping.remembered
    page.set_target(1, None)  # no name mapped: the step cannot be left
    assert not page.isComplete() and "no column is mapped to a name" in page.problems.text()
    page.set_target(1, "name")
    page.set_target(4, "notes")
    assert page.isComplete()
    _shot(wizard, "2-mapping")

    _dry_run(qtbot, wizard)
    plan = wizard.plan
    assert [o.action for o in plan.outcomes] == [RowAction.CREATE, RowAction.CREATE]
    lines = wizard.dry_run_page.model.lines
    assert [(line[0], line[2], line[3]) for line in lines] == [
        (2, "K1", "Viktar Babaryka"),
        (3, "K2", "Лосік Ігар"),
    ]
    assert "2 new" in wizard.dry_run_page.summary.text()
    assert "duplicates to review: 1" in wizard.dry_run_page.summary.text()
    assert wizard.dry_run_page.isComplete() and not wizard.dry_run_page.isCommitPage()
    _shot(wizard, "3-dry-run")

    wizard.next()
    assert wizard.currentId() == PAGE_DUPLICATES
    dupes = wizard.duplicates_page
    assert dupes.table.rowCount() == 1
    assert dupes.table.item(0, 1).text() == "Viktar Babaryka"
    assert dupes.table.item(0, 3).text() == "Бабарыка Віктар Дзмітрыевіч"
    assert dupes.combos[0].currentData() == Decision.NEW.value  # nobody is merged unasked
    dupes.decide(0, Decision.MERGE)
    assert wizard.decisions == {dupes.candidates[0].id: Decision.MERGE}
    _shot(wizard, "4-duplicates")

    with qtbot.waitSignal(wizard.imported, timeout=30000) as blocker:
        wizard.next()
        assert wizard.currentId() == PAGE_APPLY
    result = blocker.args[0]
    assert (result.persons_created, result.persons_updated) == (1, 1)
    qtbot.waitUntil(wizard.apply_page.isComplete, timeout=5000)
    assert "1 new persons, 1 updated" in wizard.apply_page.status.text()
    _shot(wizard, "5-done")

    with vault.session() as session:
        persons = session.scalars(select(Person).where(~Person.deleted)).all()
        assert len(persons) == 2
        merged = session.get(Person, babaryka)
        assert merged.birth_date == PartialDate(1963, 11, 28)  # "1963" did not overwrite it
        assert (merged.city, merged.notes) == ("Minsk", "банкир")
        names = set(
            session.scalars(select(PersonName.full_name).where(PersonName.person_id == babaryka))
        )
        assert names == {"Бабарыка Віктар Дзмітрыевіч", "Viktar Babaryka"}
        losik = next(p for p in persons if p.id != babaryka)
        assert (losik.display_name, losik.birth_date) == ("Лосік Ігар", PartialDate(1992, 5, 23))
        assert (losik.city, losik.notes) == ("Баранавічы", "блогер")
        # The corrected mapping is remembered for this header layout (headers only).
        remembered = suggest_mapping(HEADERS, session)
        assert remembered.remembered and remembered.targets[4] == "notes"


def test_a_declined_partial_import_writes_nothing(qtbot, wizard, vault, babaryka, tmp_path):
    path = _write_cp1251(
        tmp_path / "bad.csv",
        [
            ["K1", "Лосік Ігар", "1992-05-23", "", ""],
            ["K2", "Пратасевіч Раман", "1995-02-30", "", ""],
        ],
    )
    before, ops = live_counts(vault), _ops(vault)
    _load(qtbot, wizard, path)
    wizard.next()
    _dry_run(qtbot, wizard)
    page = wizard.dry_run_page
    assert page.model.lines == [
        (3, RowAction.REJECT, "K2", "Пратасевіч Раман", "Дата рождения (birth_date)",
         "1995-02-30 is not a real calendar date"),
    ]  # fmt: skip
    assert page.shown.currentData() == RowAction.REJECT.value
    assert page.partial.isVisible() and not page.partial.isChecked()
    assert not page.isComplete()  # no way forward without consenting to a partial import
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    _shot(wizard, "3-rejected")
    wizard.reject()
    assert not wizard.isVisible()
    assert live_counts(vault) == before and _ops(vault) == ops
    with vault.session() as session:
        assert suggest_mapping(HEADERS, session).remembered is False


def test_an_accepted_partial_import_writes_only_the_valid_rows(qtbot, wizard, vault, tmp_path):
    path = _write_cp1251(
        tmp_path / "bad.csv",
        [
            ["K1", "Лосік Ігар", "1992-05-23", "", ""],
            ["K2", "Пратасевіч Раман", "1995-02-30", "", ""],
        ],
    )
    _load(qtbot, wizard, path)
    wizard.next()
    _dry_run(qtbot, wizard)
    wizard.dry_run_page.partial.setChecked(True)
    assert wizard.dry_run_page.isComplete() and wizard.dry_run_page.isCommitPage()
    wizard.next()  # no duplicates: straight to the import
    assert wizard.currentId() == PAGE_APPLY
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30000)
    assert (wizard.result.rows_imported, wizard.result.rows_rejected) == (1, 1)
    assert "1 rejected rows were skipped" in wizard.apply_page.status.text()
    with vault.session() as session:
        assert set(session.scalars(select(Person.display_name))) == {"Лосік Ігар"}


def test_going_back_and_changing_the_mapping_plans_again(qtbot, wizard, vault, tmp_path):
    path = _write_cp1251(tmp_path / "p.csv", [["K1", "Лосік Ігар", "1992-05-23", "Brest", "x"]])
    _load(qtbot, wizard, path)
    wizard.next()
    _dry_run(qtbot, wizard)
    assert wizard.plan.rows[0].values.get("notes") is None
    wizard.back()
    assert wizard.plan is None
    wizard.mapping_page.set_target(4, "notes")
    _dry_run(qtbot, wizard)
    assert wizard.plan.rows[0].values["notes"] == "x"


def test_an_unreadable_file_is_reported_and_blocks_the_wizard(qtbot, wizard, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    wizard.file_page.load(path)
    qtbot.waitUntil(
        lambda: ".xls files cannot be read" in wizard.file_page.info.text(), timeout=10000
    )
    assert not wizard.file_page.isComplete()


def test_download_template_from_the_wizard(qtbot, wizard, tmp_path, monkeypatch):
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard.file_page.template_xlsx.click()
    saved = target.with_suffix(".xlsx")
    assert saved.read_bytes()[:2] == b"PK"
    from app.services.spreadsheet import read_table

    assert read_table(saved).headers[:3] == ("person_key", "name", "name_be")
