"""Belarusian and Russian translations: complete, well-formed, and really shown by the UI.

A UI string added without a translation fails here: run ``bash scripts/update_translations.sh``,
translate the new entries in resources/i18n/letapis_be.ts and letapis_ru.ts, and run again.
The .qm files are compiled into a temporary folder, so these tests need no build step.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SCREENSHOTS = ROOT / "docs" / "screenshots"
LANGS = ("be", "ru")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]
    unfinished: bool


def _messages(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}: no <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    numerus,
                    forms,
                    translation.get("type") in ("unfinished", "obsolete", "vanished"),
                )
            )
    return messages


def _tool(name: str) -> str:
    """A Qt tool of the PySide6 install running these tests (pyside6-lupdate, -lrelease)."""
    for folder in (Path(sys.executable).parent, ROOT / ".venv" / "bin"):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: it comes with PySide6 (pip install -e '.[dev]')")
    return found


def _compile(lang: str, folder: Path) -> Path:
    qm = folder / f"letapis_{lang}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(I18N / f"letapis_{lang}.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


@pytest.fixture
def translator(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[QTranslator]:
    """The compiled translation of ``request.param`` installed in the app, removed afterwards."""
    app = QApplication.instance() or QApplication([])
    ours = QTranslator()
    assert ours.load(str(_compile(request.param, tmp_path)))
    assert app.installTranslator(ours)
    try:
        yield ours
    finally:
        app.removeTranslator(ours)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# -- (a) complete ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated(lang):
    path = I18N / f"letapis_{lang}.ts"
    root = ET.parse(path).getroot()
    assert root.get("language", "").startswith(lang)  # lrelease picks plural rules from it
    messages = _messages(path)
    assert len(messages) > 300
    problems = [
        f"{m.context}: {m.source!r}"
        for m in messages
        if m.unfinished
        or not all(form.strip() for form in m.forms)
        or len(m.forms) != (3 if m.numerus else 1)  # be and ru: 1 / 2-4 / 5+ forms
    ]
    assert not problems, f"{path.name}: untranslated or incomplete entries:\n" + "\n".join(problems)


def test_every_ui_string_is_in_both_files(tmp_path):
    """A fresh extraction from app/ui may hold nothing the committed files lack."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").glob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wanted = {(m.context, m.source) for m in _messages(fresh)}
    assert len(wanted) > 300
    for lang in LANGS:
        have = {(m.context, m.source) for m in _messages(I18N / f"letapis_{lang}.ts")}
        missing = sorted(wanted - have)
        assert not missing, (
            f"letapis_{lang}.ts lacks UI strings: run scripts/update_translations.sh and "
            "translate them:\n" + "\n".join(f"{c}: {s!r}" for c, s in missing)
        )


# -- (b) well-formed ---------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"%[1-9n]")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_TRAILING = ".:?!…"  # sentence and label endings; a closing ")" may move


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!\s)", text.replace("&&", "")))


def _form_problems(source: str, form: str) -> list[str]:
    problems = []
    if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(form)):
        problems.append("placeholders differ")
    if _accelerators(source) != _accelerators(form):
        problems.append("'&' accelerators differ")
    if _TAG.findall(source) != _TAG.findall(form):
        problems.append("HTML tags differ")
    if source.count("\n") != form.count("\n"):
        problems.append("line breaks differ")
    if source[:1].isspace() != form[:1].isspace() or source[-1:].isspace() != form[-1:].isspace():
        problems.append("leading/trailing space differs")
    end = source[-1:]
    if end in _TRAILING and end != form[-1:]:
        problems.append(f"should end with {end!r}")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_accelerators_and_markup_are_kept(lang):
    problems = [
        f"{m.context}: {m.source!r} -> {form!r}: {', '.join(found)}"
        for m in _messages(I18N / f"letapis_{lang}.ts")
        for form in m.forms
        if (found := _form_problems(m.source, form))
    ]
    assert not problems, "\n".join(problems)


# -- (c) shown by the UI -----------------------------------------------------------------------

MENUS = ("&File", "&Edit", "&View", "&Language", "&Help")
PEOPLE_TAB = {"be": "Людзі", "ru": "Люди"}
# 2 years 1 month 5 days exercises all three plural forms of both languages.
TERM = {"be": "2 гады 1 месяц 5 дзён", "ru": "2 года 1 месяц 5 дней"}


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _assert_unique_mnemonics(titles: list[str], where: str) -> None:
    letters = [m for m in map(_mnemonic, titles) if m]
    clashes = [letter for letter, n in Counter(letters).items() if n > 1]
    assert not clashes, f"{where}: accelerator clash on {clashes} in {titles}"


@pytest.mark.parametrize("translator", LANGS, indirect=True)
def test_main_window_speaks_the_language(qtbot, vault, translator):
    from app.domain.sentences import Term
    from app.ui.main_window import MainWindow
    from app.ui.widgets import describe_term

    lang = translator.language()[:2]
    win = MainWindow(vault, lang)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.model.loading, timeout=10000)

    menus = [action.menu() for action in win.menuBar().actions()]
    titles = [menu.title() for menu in menus]
    expected = [QCoreApplication.translate("MainWindow", source) for source in MENUS]
    assert titles == expected
    assert not set(titles) & set(MENUS)
    _assert_unique_mnemonics(titles, "menu bar")
    for menu in menus:
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        _assert_unique_mnemonics(items, menu.title())
    file_items = [a.text() for a in menus[0].actions() if not a.isSeparator()]
    assert file_items[0] == translator.translate("MainWindow", "&New person") != "&New person"

    assert win.tabs.tabText(0) == PEOPLE_TAB[lang]
    placeholder = win.filters.search.placeholderText()
    assert placeholder == translator.translate("FilterBar", "Search names in any script (Ctrl+F)…")
    assert "(Ctrl+F)" in placeholder
    header = win.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == translator.translate("PersonTableModel", "Name") != "Name"
    assert describe_term(Term(2, 1, 5)) == TERM[lang]


def test_belarusian_buttons_and_the_text_that_names_them(tmp_path):
    """Qt has no Belarusian translation of its own buttons, so ours carries them, and the editor's
    message that says which button to press must use the same word in both languages."""
    message = "The record has problems and cannot be saved yet: fix them or choose Discard."
    be = QTranslator()
    assert be.load(str(_compile("be", tmp_path)))
    discard_be = be.translate("QPlatformTheme", "Discard")
    assert discard_be and discard_be != "Discard"
    assert be.translate("QPlatformTheme", "&Yes") not in ("", "&Yes")
    assert f"«{discard_be}»" in be.translate("PersonEditor", message)

    qt_ru = QTranslator()
    if not qt_ru.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        pytest.skip("this Qt install has no qtbase_ru translation")
    ru = QTranslator()
    assert ru.load(str(_compile("ru", tmp_path)))
    discard_ru = qt_ru.translate("QPlatformTheme", "Discard")
    assert f"«{discard_ru}»" in ru.translate("PersonEditor", message)


# -- screenshots -------------------------------------------------------------------------------


def _fill_for_screenshot(vault) -> None:
    from app.domain.enums import EventType, Gender, NameScript, StatusKind
    from app.domain.partial_dates import PartialDate
    from app.services import people
    from app.services.people import (
        CaseDraft,
        ChargeDraft,
        DetentionDraft,
        EventDraft,
        NameDraft,
        PersonDraft,
        StatusDraft,
    )

    people_data = [
        ("Алесь Бяляцкі", "minsk_city", Gender.MALE, StatusKind.POLITICAL_PRISONER, True),
        ("Марыя Калеснікава", "minsk_city", Gender.FEMALE, StatusKind.INCOMMUNICADO, True),
        ("Ігар Лосік", "brest", Gender.MALE, StatusKind.POLITICAL_PRISONER, False),
        ("Святлана Іванова", "homiel", Gender.FEMALE, StatusKind.POLITICAL_PRISONER, True),
        ("Сергей Петров", "viciebsk", Gender.MALE, StatusKind.POLITICAL_PRISONER, True),
        ("Ганна Кавалёва", "hrodna", Gender.FEMALE, StatusKind.POLITICAL_PRISONER, False),
    ]
    with vault.session() as session, session.begin():
        for i, (name, region, gender, status, held) in enumerate(people_data):
            people.save_person(
                session,
                PersonDraft(
                    names=[NameDraft(name, NameScript.BE_CYRILLIC, True)],
                    region_code=region,
                    gender=gender,
                    statuses=[StatusDraft(status, PartialDate(2021, 1 + i))],
                    detentions=[
                        DetentionDraft(
                            PartialDate(2020 + i % 3, 1 + i, 10),
                            released_on=None if held else PartialDate(2024, 9, 11).earliest(),
                        )
                    ],
                    cases=[CaseDraft(charges=[ChargeDraft("CC 342")])],
                    events=[EventDraft(EventType.SEARCH, PartialDate(2023, 2 + i, 3))],
                ),
            )


@pytest.mark.parametrize("translator", LANGS, indirect=True)
def test_main_window_screenshot(qtbot, vault, tmp_path, translator):
    """Grabs the main window (into docs/screenshots/ with LETAPIS_SCREENSHOTS=1) so the wording
    can be checked for fit."""
    from app.ui.main_window import MainWindow

    lang = translator.language()[:2]
    folder = SCREENSHOTS if os.environ.get("LETAPIS_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    _fill_for_screenshot(vault)
    default_locale = QLocale()
    QLocale.setDefault(QLocale(lang))  # as app.ui.app.install_translators does
    try:
        win = MainWindow(vault, lang)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.model.rowCount() == 6 and not win.model.loading, timeout=10000)
        qtbot.waitUntil(lambda: bool(win.status_counts.text()), timeout=10000)
        win.table.selectRow(0)
        QApplication.processEvents()
        path = folder / f"main-{lang}.png"
        assert win.grab().save(str(path))
        assert path.stat().st_size > 10_000
    finally:
        QLocale.setDefault(default_locale)
