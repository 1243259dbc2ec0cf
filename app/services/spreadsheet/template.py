"""The import/export template: its columns, what each holds, and the downloadable files.

One row per person-case. A person with several cases has several rows sharing ``person_key``;
co-defendants in one case share ``case_key``. A row whose case columns are empty records the
person, a custody period, status periods or an event on their own. docs/import-format.md is the
documenters' description of every column; a test keeps it and this table in step.

Column names are stable: they are what exports write and what remembered mappings point at.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from app.domain.enums import StatusKind
from app.paths import resource_path


@dataclass(frozen=True)
class Column:
    """One template column.

    ``joiner`` is set for columns that may be assembled from several source columns, e.g. a
    sheet with separate "Surname", "First name" and "Patronymic" columns all mapped to ``name``
    (joined with a space) or "Article 1", "Article 2" mapped to ``articles`` (joined with "; ").
    ``synonyms`` are header spellings in English, Belarusian and Russian that suggest this column.
    """

    name: str
    help: str
    example: str = ""
    joiner: str | None = None
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatusColumns:
    """The pair of columns recording one status period: start ("unknown" allowed) and end."""

    kind: StatusKind
    since: str
    until: str


STATUS_COLUMNS: tuple[StatusColumns, ...] = (
    StatusColumns(
        StatusKind.POLITICAL_PRISONER, "political_prisoner_since", "political_prisoner_until"
    ),
    StatusColumns(StatusKind.INCOMMUNICADO, "incommunicado_since", "incommunicado_until"),
    StatusColumns(StatusKind.SHIZO, "shizo_since", "shizo_until"),
    StatusColumns(StatusKind.PKT, "pkt_since", "pkt_until"),
    StatusColumns(StatusKind.PRISON_REGIME, "prison_regime_since", "prison_regime_until"),
    StatusColumns(StatusKind.EXTREMIST_LIST, "extremist_list_on", "extremist_list_until"),
    StatusColumns(StatusKind.TERRORIST_LIST, "terrorist_list_on", "terrorist_list_until"),
    StatusColumns(StatusKind.SERIOUS_ILLNESS, "serious_illness_since", "serious_illness_until"),
)

_SPACE, _LIST, _LINES = " ", "; ", "\n"

COLUMNS: tuple[Column, ...] = (
    # --- the columns every documenter sheet can be mapped to -----------------------------------
    Column("person_key", "Your identifier of the person; rows sharing it are one person.",
           "P-0001", None, ("key", "id", "person id", "no", "№", "n", "nr", "number", "ид",
                            "код", "нумар", "номер")),
    Column("name", "Name as shown in lists (any script).", "Віктар Бабарыка", _SPACE,
           ("full name", "fio", "фио", "ф и о", "піб", "імя прозвішча", "имя фамилия",
            "surname", "last name", "family name", "фамилия", "прозвішча", "first name",
            "given name", "имя", "імя", "patronymic", "middle name", "отчество",
            "імя па бацьку", "person name")),
    Column("name_be", "Name in Belarusian Cyrillic; several separated by ;.", "Віктар Бабарыка",
           _SPACE, ("name be", "belarusian name", "імя па беларуску", "по белорусски",
                    "па беларуску", "фио бел", "name belarusian")),
    Column("name_ru", "Name in Russian Cyrillic; several separated by ;.", "Виктор Бабарико",
           _SPACE, ("name ru", "russian name", "имя по русски", "по русски", "па руску",
                    "фио рус", "name russian")),
    Column("name_latin", "Name in Latin letters; several separated by ;.", "Viktar Babaryka",
           _SPACE, ("name latin", "latin", "латиница", "лацінка", "transliteration",
                    "транслитерация", "name en", "english name", "name english")),
    Column("gender", "f, m or blank.", "m", None, ("sex", "пол", "пол м ж", "пол м/ж", "гендар",
                                                    "гендер")),
    Column("birth_date", "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.", "1963-11-28", None,
           ("date of birth", "birth date", "born", "dob", "birthday", "year of birth",
            "birth year", "дата рождения", "дата нараджэння", "год рождения",
            "год нараджэння", "г р", "гр", "нарадзіўся", "родился")),
    Column("region", "Region (oblast) or Minsk city, in any language.", "Minsk city", None,
           ("oblast", "область", "вобласць", "регион", "рэгіён", "region of residence")),
    Column("city", "Town or city.", "Мінск", None,
           ("town", "город", "горад", "населенный пункт", "населены пункт", "settlement",
            "place of residence", "место жительства", "месца жыхарства")),
    Column("occupation", "Occupation or profession.", "banker", None,
           ("profession", "job", "work", "профессия", "прафесія", "род занятий",
            "род заняткаў", "занятие", "место работы", "месца працы")),
    Column("categories", "Categories separated by ; (journalist, lawyer, ...).", "politician",
           _LIST, ("category", "категория", "категории", "катэгорыя", "катэгорыі", "groups")),
    Column("relatives", "Relatives as person_key:relation; ... (relation: spouse, parent, "
           "child, sibling, other).", "P-0002:child", _LIST,
           ("family", "relative", "родственники", "сваякі", "семья", "сям'я")),
    Column("case_type", "criminal or administrative.", "criminal", None,
           ("case kind", "type of case", "kind of case", "вид дела", "тип дела", "тып справы",
            "від справы")),
    Column("articles", "Articles separated by ;, e.g. CC 130:3; CC 361-1:1; CAO 19.11:2.",
           "CC 342:1; CC 368:1", _LIST,
           ("article", "статья", "статьи", "артыкул", "артыкулы", "charges", "charge",
            "обвинение", "абвінавачванне", "абвінавачанне", "статьи ук", "артыкулы кк")),
    Column("detained_on", "Date of detention.", "2020-06-18", None,
           ("detained", "date of detention", "detention date", "arrest date", "arrested",
            "дата задержания", "дата затрымання", "задержан", "затрыманы")),
    Column("court", "Court (name or code from the reference list).", "Minsk City Court", None,
           ("суд", "court name", "name of court")),
    Column("judge", "Judge's full name.", "Ігар Любавіцкі", None, ("судья", "суддзя")),
    Column("verdict_on", "Date of the verdict: YYYY-MM-DD.", "2021-07-06", None,
           ("verdict", "verdict date", "date of verdict", "sentenced on", "date of sentence",
            "дата приговора", "дата прысуду", "приговор от", "прысуд ад")),
    Column("in_absentia", "yes or no.", "no", None, ("заочно", "завочна", "in absentia trial")),
    Column("special_proceedings", "yes or no.", "no", None,
           ("спецпроизводство", "специальное производство", "спецвытворчасць",
            "спецыяльная вытворчасць")),
    Column("closed_hearing", "yes or no.", "no", None,
           ("closed trial", "закрытый процесс", "закрытое заседание", "закрыты працэс",
            "закрытае пасяджэнне")),
    Column("sentence_type", "imprisonment, restricted_freedom, home_confinement, fine, arrest, "
           "correctional_labour or other.", "imprisonment", None,
           ("type of sentence", "penalty", "punishment", "вид наказания", "від пакарання",
            "наказание", "пакаранне")),
    Column("sentence_term", "Term, e.g. 4y, 1y6m, 8m, 15d.", "14y", None,
           ("term", "sentence", "срок", "тэрмін", "term of sentence", "срок наказания",
            "тэрмін пакарання")),
    Column("regime", "general, strict, special, prison or open.", "strict", None,
           ("режим", "рэжым", "colony regime", "вид режима")),
    Column("fine", "Fine in base units (базавыя велічыні).", "", None,
           ("fine amount", "штраф", "сумма штрафа", "памер штрафу")),
    Column("extends_sentence", "yes = an Art. 411-type extension of the person's previous "
           "sentence (or the case_key of the sentence it extends).", "", None,
           ("extension", "art 411 extension", "411")),
    Column("released_on", "Date of release: YYYY-MM-DD.", "", None,
           ("released", "release date", "date of release", "дата освобождения",
            "дата вызвалення", "освобожден", "вызвалены")),
    Column("release_reason", "served, pardoned, exchanged, acquitted, measure_changed, died or "
           "other.", "", None,
           ("reason for release", "причина освобождения", "прычына вызвалення")),
    Column("political_prisoner_since", "Recognised as a political prisoner since (date or "
           "unknown).", "2020-06-18", None,
           ("political prisoner", "political prisoner since", "политзаключенный",
            "политзаключенный с", "признан политзаключенным", "палітвязень", "палітвязень з",
            "прызнаны палітвязнем")),
    Column("incommunicado_since", "Held incommunicado since (date or unknown).", "2023-02",
           None, ("incommunicado", "инкоммуникадо", "інкамунікада", "инкомуникадо с",
                  "інкамунікада з", "инкоммуникадо с")),
    Column("incommunicado_until", "Incommunicado ended on (first day with contact).", "", None,
           ("инкоммуникадо по", "інкамунікада па")),
    Column("shizo_since", "In a punishment cell (SHIZO) since.", "", None,
           ("shizo", "шизо", "шиза", "шіза", "шізо", "шизо с", "шіза з")),
    Column("shizo_until", "Left the punishment cell on.", "", None, ("шизо по", "шіза па")),
    Column("place_of_detention", "Where held (pre-trial centre, colony, prison).",
           "Колония №15, Могилёв", None,
           ("place", "place of detention", "colony", "prison", "место содержания",
            "место заключения", "месца ўтрымання", "месца зняволення", "колония", "калонія",
            "где содержится", "дзе ўтрымліваецца")),
    Column("extremist_list_on", "Included in the 'extremist' list on.", "", None,
           ("extremist list", "список экстремистов", "перечень экстремистов",
            "спіс экстрэмістаў", "экстремист")),
    Column("terrorist_list_on", "Included in the 'terrorist' list on.", "", None,
           ("terrorist list", "перечень террористов", "список террористов",
            "спіс тэрарыстаў", "террорист")),
    Column("publish", "name, anonymise or never.", "name", None,
           ("publication", "consent", "публикация", "публікацыя", "согласие", "згода",
            "publish name")),
    Column("sources", "Sources about the person separated by ; (URL or title; "
           "url | publication | date | reliability).", "https://spring96.org/be/news/1", _LIST,
           ("source", "links", "link", "url", "источник", "источники", "ссылка", "ссылки",
            "крыніца", "крыніцы", "спасылка", "спасылкі")),
    Column("notes", "Notes about the person.", "", _LINES,
           ("note", "comment", "comments", "remarks", "примечание", "примечания",
            "комментарий", "комментарии", "заўвага", "заўвагі", "каментар", "каментары")),
    # --- extended columns: everything else a vault holds, so exports round-trip ----------------
    Column("case_key", "Your identifier of the case; rows sharing it are one case "
           "(co-defendants).", "C-0001", None,
           ("case id", "case number key", "ид дела", "код справы")),
    Column("case_number", "Official case number.", "", None,
           ("номер дела", "нумар справы", "case no", "case №", "№ дела", "№ справы")),
    Column("case_opened_on", "Date the case was opened.", "", None,
           ("case opened", "дата возбуждения", "дата ўзбуджэння", "opened on")),
    Column("investigating_body", "Investigating body (KGB, Investigative Committee, ...).", "",
           None, ("investigator", "орган", "следственный орган", "следчы орган",
                  "investigated by")),
    Column("case_status", "investigation, in_court, convicted, acquitted, closed or suspended.",
           "convicted", None, ("status of case", "статус дела", "стан справы", "стадия")),
    Column("case_notes", "Notes about the case.", "", _LINES,
           ("case note", "case comment", "примечание к делу", "заўвагі да справы")),
    Column("case_sources", "Sources about the case, like sources.", "", _LIST,
           ("case source", "источник по делу", "крыніца па справе")),
    Column("trial_started_on", "Date the trial started.", "", None,
           ("trial start", "trial started", "начало суда", "пачатак суда")),
    Column("appeal_on", "Date of the appeal decision.", "", None,
           ("appeal date", "appeal", "апелляция", "апеляцыя", "дата апелляции")),
    Column("appeal_outcome", "Outcome of the appeal.", "", None,
           ("appeal result", "результат апелляции", "вынік апеляцыі")),
    Column("trial_notes", "Notes about the trial.", "", _LINES, ("trial note",)),
    Column("sentence_starts_on", "Day the term started running (with credited_days).", "", None,
           ("term starts", "начало срока", "пачатак тэрміну")),
    Column("credited_days", "Pre-trial days credited against the term.", "", None,
           ("credit", "зачет", "залік", "credited")),
    Column("expected_release", "Expected release date; left blank, Letapis computes it.", "",
           None, ("release expected", "конец срока", "канец тэрміну", "expected release date",
                  "ожидаемое освобождение")),
    Column("sentence_notes", "Notes about the sentence.", "", _LINES, ("sentence note",)),
    Column("place_kind", "temporary_detention, pre_trial_centre, colony, prison, open_facility "
           "or other.", "colony", None, ("type of place", "тип учреждения", "тып установы")),
    Column("detention_notes", "Notes about the custody period.", "", _LINES,
           ("detention note", "custody notes")),
    Column("political_prisoner_until", "Political prisoner status ended on.", "", None,
           ("политзаключенный по", "палітвязень па")),
    Column("pkt_since", "In cell-type premises (PKT) since.", "", None, ("pkt", "пкт", "пкт с")),
    Column("pkt_until", "Left cell-type premises on.", "", None, ("пкт по",)),
    Column("prison_regime_since", "Transferred to prison regime since.", "", None,
           ("prison regime", "тюремный режим", "турэмны рэжым")),
    Column("prison_regime_until", "Prison regime ended on.", "", None, ()),
    Column("extremist_list_until", "Removed from the 'extremist' list on.", "", None, ()),
    Column("terrorist_list_until", "Removed from the 'terrorist' list on.", "", None, ()),
    Column("serious_illness_since", "Seriously ill since.", "", None,
           ("serious illness", "тяжелое заболевание", "цяжкая хвароба")),
    Column("serious_illness_until", "No longer seriously ill since.", "", None, ()),
    Column("name_other", "Name in another script; several separated by ;.", "", _SPACE, ()),
    Column("primary_name_script", "Only when the name is spelled the same in several name "
           "columns: which of them (be, ru, latin, other) is the primary one.", "", None, ()),
    Column("health_concerns", "Health concerns.", "", _LINES,
           ("health", "здоровье", "здароўе", "состояние здоровья", "стан здароўя")),
    Column("event_type", "A repression event: search, interrogation, ill_treatment, "
           "pressure_on_relatives, dismissal, forced_exile, property_seizure, exit_ban, "
           "administrative_detention, criminal_detention or other.", "", None,
           ("event", "repression", "событие", "падзея", "вид репрессии")),
    Column("event_on", "Date of the event.", "", None, ("event date", "дата события",
                                                          "дата падзеі")),
    Column("event_place", "Where the event happened.", "", None, ("event place",)),
    Column("event_body", "Body responsible for the event (KGB, police, ...).", "", None,
           ("responsible body", "event body")),
    Column("event_description", "What happened.", "", _LINES,
           ("event description", "описание", "апісанне")),
    Column("event_source", "Source of the event (one, like sources).", "", None,
           ("event source",)),
)  # fmt: skip

COLUMN_NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)
COLUMNS_BY_NAME: dict[str, Column] = {column.name: column for column in COLUMNS}
# The columns the issue that introduced the template asked for; the rest are extensions.
CORE_COLUMN_COUNT = COLUMN_NAMES.index("notes") + 1


TEMPLATE_FILES = {
    "csv": "letapis-import-template.csv",
    "xlsx": "letapis-import-template.xlsx",
    "example": "letapis-import-example.csv",
}


def shipped_template(kind: str) -> Path:
    """The bundled template ("csv", "xlsx") or the filled-in example ("example") to offer
    for download."""
    return resource_path("templates", TEMPLATE_FILES[kind])


def write_template_csv(path: Path) -> None:
    """The empty template as UTF-8 CSV with a BOM, so Excel opens the Cyrillic correctly."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerow(COLUMN_NAMES)


def write_template_xlsx(path: Path) -> None:
    """The empty template as a workbook: a bold frozen header with each column's help as a
    comment, every cell formatted as text (so Excel keeps "2021-05" and "1y6m" as typed)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "letapis"
    bold = Font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=column.name)
        cell.font = bold
        cell.comment = Comment(column.help, "Letapis")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(12, len(column.name) + 2)
        sheet.column_dimensions[letter].number_format = "@"
    sheet.freeze_panes = "B2"
    workbook.save(path)
