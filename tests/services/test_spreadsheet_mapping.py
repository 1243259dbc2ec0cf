"""Column mapping: template names, be/ru/en synonyms, several columns into one, remembered."""

from __future__ import annotations

import pytest

from app.services.spreadsheet import COLUMN_NAMES, Mapping, remember_mapping, suggest_mapping
from app.services.spreadsheet.mapping import layout_key


def test_template_headers_map_to_themselves() -> None:
    mapping = suggest_mapping(COLUMN_NAMES)
    assert mapping.targets == COLUMN_NAMES
    assert mapping.problems() == []


def test_common_headers_in_three_languages() -> None:
    headers = [
        "№",
        "Прозвішча",
        "Імя",
        "Імя па бацьку",
        "Дата рождения",
        "Регион",
        "Статьи УК",
        "Дата задержания (последнего)",
        "Срок",
        "Date of release",
        "Sex",
        "Колонка без смысла",
        "Примечание",
    ]
    mapping = suggest_mapping(headers)
    assert mapping.targets == (
        "person_key",
        "name",
        "name",
        "name",
        "birth_date",
        "region",
        "articles",
        "detained_on",
        "sentence_term",
        "released_on",
        "gender",
        None,
        "notes",
    )
    assert mapping.fields["name"] == (1, 2, 3)
    assert mapping.source_label("birth_date") == "Дата рождения (birth_date)"
    assert mapping.source_label("name") == "Прозвішча + Імя + Імя па бацьку (name)"


def test_a_second_column_for_a_single_field_is_left_for_the_documenter() -> None:
    mapping = suggest_mapping(["ФИО", "Дата задержания", "Задержан"])
    assert mapping.targets == ("name", "detained_on", None)
    clash = mapping.with_target(2, "detained_on")
    assert clash.problems() == [
        "2 columns (Дата задержания, Задержан) are mapped to detained_on, which takes only one"
    ]


def test_a_mapping_needs_a_name_column() -> None:
    mapping = suggest_mapping(["birth_date", "region"])
    assert mapping.problems() == [
        "no column is mapped to a name (name, name_be, name_ru or name_latin)"
    ]
    with pytest.raises(ValueError, match="unknown template columns: nonsense"):
        Mapping(("a",), ("nonsense",))


def test_mappings_are_remembered_per_header_layout(vault) -> None:
    headers = ("Хто", "Калі нарадзіўся", "Адкуль")
    with vault.session() as session:
        guessed = suggest_mapping(headers, session)
        assert not guessed.remembered
        chosen = guessed.with_target(0, "name").with_target(2, "region")
        remember_mapping(session, chosen)
        session.commit()
    with vault.session() as session:
        again = suggest_mapping(["хто", "Калі нарадзіўся:", "адкуль"], session)
        other = suggest_mapping(["Хто", "Адкуль"], session)
    assert again.remembered and again.targets == ("name", "birth_date", "region")
    assert not other.remembered
    assert layout_key(headers) == layout_key(["ХТО ", "калі_нарадзіўся", "Адкуль"])
