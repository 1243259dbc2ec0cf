"""The simpler tabs of the person editor: person, custody, status timeline, relations, events,
notes. Each is a field list handed to the binding classes; the cases and attachments tabs, which
need more behaviour, live in their own modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.domain.enums import (
    Category,
    EventType,
    Gender,
    NameScript,
    PlaceKind,
    PublicationLevel,
    RelationType,
    ReleaseReason,
    StatusKind,
)
from app.services import people
from app.services.people import (
    DetentionDraft,
    EventDraft,
    NameDraft,
    PersonDraft,
    PersonFilter,
    PersonRow,
    RelationDraft,
    ReverseRelation,
    StatusDraft,
)
from app.ui.editor_binding import (
    BoundForm,
    DraftHost,
    FieldSpec,
    Problems,
    RecordTable,
    attr,
    button_row,
    messages_at,
    problems_under,
)
from app.ui.tasks import run_in_background
from app.ui.widgets import (
    CheckGroup,
    Choice,
    ChoiceField,
    DateEdit,
    FieldMessage,
    FlagField,
    NotesField,
    PartialDateEdit,
    TextField,
    TimelineBar,
    TimelineStrip,
    format_date,
    format_partial,
)

RELATION_SEARCH_DEBOUNCE_MS = 250
RELATION_SEARCH_LIMIT = 25

STATUS_COLORS = {
    StatusKind.POLITICAL_PRISONER: "#4a6fa5",
    StatusKind.INCOMMUNICADO: "#b5533c",
    StatusKind.SHIZO: "#8c5e9e",
    StatusKind.PKT: "#7a4f8f",
    StatusKind.PRISON_REGIME: "#6b7a3c",
    StatusKind.EXTREMIST_LIST: "#a07a2c",
    StatusKind.TERRORIST_LIST: "#8a5a1c",
    StatusKind.SERIOUS_ILLNESS: "#3c8a7a",
}


class EditorPage(QWidget):
    """One tab: ``load`` shows the draft, ``show_problems`` the validation messages.

    ``roots`` are the first segments of the validation paths this tab displays, so the editor
    can put a warning icon on the tab that holds a problem.
    """

    roots: tuple[str, ...] = ()

    def __init__(self, host: DraftHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def title(self) -> str:
        raise NotImplementedError

    def load(self, draft: PersonDraft) -> None:
        raise NotImplementedError

    def show_problems(self, problems: Problems) -> None:
        """Most tabs have nothing to validate."""

    def intro(self, text: str) -> QLabel:
        """A quiet sentence at the top of a tab saying what belongs there."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        label.setPalette(palette)
        return label


def scrolling(page: QWidget) -> QScrollArea:
    """Wrap a tall page so a small laptop screen can still reach every field."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def guess_script(name: str) -> NameScript:
    """Which script a typed name is in; Belarusian letters (і ў) tell Belarusian from Russian."""
    letters = [ch for ch in name.casefold() if ch.isalpha()]
    if not letters:
        return NameScript.BE_CYRILLIC
    if all("a" <= ch <= "z" or ch in "ćčłńśšźžŭĺ" for ch in letters):
        return NameScript.LATIN
    if any(ch in "іўʼ" for ch in letters):
        return NameScript.BE_CYRILLIC
    if any(ch in "иъщ" for ch in letters):
        return NameScript.RU_CYRILLIC
    if any("\u0400" <= ch <= "\u04ff" for ch in letters):
        return NameScript.BE_CYRILLIC
    return NameScript.OTHER


def _put_name(name: NameDraft, text: Any) -> None:
    """A first spelling also sets the script column, which the user can still correct."""
    if not name.full_name.strip() and text:
        name.script = guess_script(str(text))
    name.full_name = str(text)


# -- person ------------------------------------------------------------------------------------


class PersonPage(EditorPage):
    roots = ("display_name", "names", "birth_date", "region_code")

    def __init__(self, host: DraftHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        labels = host.labels
        self.names = RecordTable(
            host,
            lambda d: d.names,
            [
                FieldSpec(
                    self.tr("Name"),
                    TextField,
                    lambda n: n.full_name,
                    _put_name,
                    stretch=True,
                    name="full_name",
                ),
                attr("script", self.tr("Script"), lambda: ChoiceField(labels.choices(NameScript))),
                attr("is_primary", self.tr("Primary"), FlagField, exclusive=True),
            ],
            lambda d: NameDraft("", NameScript.BE_CYRILLIC, is_primary=not d.names),
            add_text=self.tr("Add a spelling"),
            remove_text=self.tr("Remove spelling"),
        )
        self.names.setObjectName("names")
        regions = [Choice("—", None)] + [
            Choice(region.name(host.lang), region.code) for region in reference.regions()
        ]
        self.form = BoundForm(
            host,
            lambda d: d,
            [
                attr("gender", self.tr("Gender"), lambda: ChoiceField(labels.choices(Gender))),
                attr(
                    "birth_date",
                    self.tr("Date of birth"),
                    lambda: PartialDateEdit(host.locale),
                    rule="birth_date",
                ),
                attr(
                    "region_code",
                    self.tr("Region"),
                    lambda: ChoiceField(regions),
                    rule="region_code",
                ),
                attr("city", self.tr("City or town"), TextField),
                attr("occupation", self.tr("Occupation"), TextField),
                attr(
                    "categories",
                    self.tr("Categories"),
                    lambda: CheckGroup(
                        [Choice(labels.label(c), c.value) for c in Category], columns=3
                    ),
                ),
                attr(
                    "publication",
                    self.tr("Publication"),
                    lambda: ChoiceField(labels.choices(PublicationLevel)),
                ),
                attr("health_concerns", self.tr("Health concerns"), lambda: NotesField(lines=3)),
            ],
        )
        self.form.form.insertRow(0, self.tr("Names"), self.names)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Person")

    def focus_first_field(self) -> None:
        """A new record starts with the cursor in the first name, ready to type."""
        if self.names.row_count():
            self.names.cell(0, "full_name").setFocus()

    def load(self, draft: PersonDraft) -> None:
        self.names.load(draft)
        self.form.load(draft)

    def show_problems(self, problems: Problems) -> None:
        self.names.show_rows(
            problems_under(problems, "names"), messages_at(problems, "display_name")
        )
        self.form.show_problems(problems)


# -- custody -----------------------------------------------------------------------------------


class CustodyPage(EditorPage):
    roots = ("detentions",)

    def __init__(self, host: DraftHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        labels = host.labels
        self.table = RecordTable(
            host,
            lambda d: d.detentions,
            [
                attr("detained_on", self.tr("Detained on"), lambda: PartialDateEdit(host.locale)),
                attr(
                    "place_kind",
                    self.tr("Held in"),
                    lambda: ChoiceField(labels.choices(PlaceKind, optional=True)),
                ),
                attr("place_name", self.tr("Place"), TextField, stretch=True),
                attr("released_on", self.tr("Released on"), lambda: DateEdit(host.locale)),
                attr(
                    "release_reason",
                    self.tr("Why released"),
                    lambda: ChoiceField(labels.choices(ReleaseReason, optional=True)),
                ),
                attr("case_id", self.tr("Case"), ChoiceField, choices=self._case_choices),
            ],
            lambda _d: DetentionDraft(),
            add_text=self.tr("Add a custody period"),
            remove_text=self.tr("Remove period"),
        )
        self.table.setObjectName("detentions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(
            self.intro(
                self.tr(
                    "One row per custody period, from detention to release. Leave “Released "
                    "on” empty while the person is held; a date known only to the month or year "
                    "may be typed as 05.2021 or 2021."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Custody")

    def _case_choices(self, draft: PersonDraft) -> list[Choice | None]:
        """Cases a custody period can point at; a case saved for the first time gets its id
        then, so until the person is saved a new case is listed but cannot be chosen."""
        items: list[Choice | None] = [Choice("—", None)]
        for index, case in enumerate(draft.cases):
            label = f"{index + 1}. {case.number or self.host.labels.label(case.kind)}"
            tooltip = "" if case.id else self.tr("Save the person first to link this case.")
            items.append(Choice(label, case.id, enabled=case.id is not None, tooltip=tooltip))
        return items

    def load(self, draft: PersonDraft) -> None:
        self.table.load(draft)

    def show_problems(self, problems: Problems) -> None:
        self.table.show_rows(problems_under(problems, "detentions"))


# -- status timeline ---------------------------------------------------------------------------


def _put_unknown_start(status: StatusDraft, unknown: Any) -> None:
    """Ticking "start unknown" clears the date; unticking leaves it for the user to type (the
    draft only records a start once there is one)."""
    if unknown:
        status.starts_on = None


class StatusPage(EditorPage):
    roots = ("statuses",)

    def __init__(self, host: DraftHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        labels = host.labels
        self.timeline = TimelineStrip(self)
        self.timeline.setObjectName("timeline")
        self.timeline.set_empty_text(self.tr("No status periods recorded."))
        self.table = RecordTable(
            host,
            lambda d: d.statuses,
            [
                attr("kind", self.tr("Status"), lambda: ChoiceField(labels.choices(StatusKind))),
                FieldSpec(
                    self.tr("Start unknown"),
                    FlagField,
                    lambda s: s.starts_on is None,
                    _put_unknown_start,
                    name="unknown_start",
                ),
                attr("starts_on", self.tr("Since"), lambda: PartialDateEdit(host.locale)),
                attr("ends_on", self.tr("Until"), lambda: DateEdit(host.locale)),
                attr("note", self.tr("Note"), TextField, stretch=True),
            ],
            lambda _d: StatusDraft(StatusKind.POLITICAL_PRISONER),
            add_text=self.tr("Add a status period"),
            remove_text=self.tr("Remove period"),
        )
        self.table.setObjectName("statuses")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(
            self.intro(
                self.tr(
                    "“Until” is the first day without the status; leave it empty while the "
                    "status holds. Tick “Start unknown” when the sources do not say when it "
                    "began: the person still counts on every report date."
                )
            )
        )
        layout.addWidget(self.timeline)
        layout.addSpacing(8)
        layout.addWidget(self.table)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Status timeline")

    def load(self, draft: PersonDraft) -> None:
        self.table.load(draft)
        self.timeline.set_bars([self._bar(status) for status in draft.statuses])

    def _bar(self, status: StatusDraft) -> TimelineBar:
        locale = self.host.locale
        since = (
            format_partial(status.starts_on, locale)
            if status.starts_on
            else self.tr("unknown start")
        )
        until = format_date(status.ends_on, locale) if status.ends_on else self.tr("ongoing")
        label = self.host.labels.label(status.kind)
        return TimelineBar(
            label,
            status.starts_on,
            status.ends_on,
            QColor(STATUS_COLORS.get(status.kind, "#607080")),
            f"{label}: {since} – {until}",
        )

    def show_problems(self, problems: Problems) -> None:
        self.table.show_rows(problems_under(problems, "statuses"))


# -- relations ---------------------------------------------------------------------------------


class ReadOnlyText(QLabel):
    """A table cell that shows a value but cannot be edited (the related person's name: it is
    edited in that person's own record)."""

    committed = Signal(object)

    def value(self) -> str:
        return self.text()

    def setValue(self, value: Any) -> None:
        self.setText(f"  {value or ''}")


class RelationsPage(EditorPage):
    """Family ties, picked from persons already in the vault (families are counted in reports,
    so a relative is a person record, never a free-text name).

    A tie is stored once, on the record where it was entered; ties entered on other records
    that name this person are listed read-only underneath, and ``openPerson(id)`` asks for the
    record that holds one to be opened (the main window does it).
    """

    roots = ("relations",)
    openPerson = Signal(str)

    def __init__(self, host: DraftHost, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._vault = vault
        self._search_serial = 0
        labels = host.labels
        self.table = RecordTable(
            host,
            lambda d: d.relations,
            [
                attr("other_name", self.tr("Person"), ReadOnlyText, stretch=True),
                attr(
                    "relation_type",
                    self.tr("Relationship"),
                    lambda: ChoiceField(labels.choices(RelationType)),
                ),
            ],
            None,
            add_text="",
            remove_text=self.tr("Remove relation"),
        )
        self.table.setObjectName("relations")
        self.search = QLineEdit(self)
        self.search.setObjectName("relation_search")
        self.search.setPlaceholderText(self.tr("Find a person in the vault by any spelling…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("relation_results")
        self.results.setMaximumHeight(160)
        self.results.itemDoubleClicked.connect(lambda _item: self._add_selected())
        self.kind = ChoiceField(labels.choices(RelationType), self)
        self.kind.setValue(RelationType.SPOUSE)
        self.add_button = QPushButton(self.tr("Add relation"), self)
        self.add_button.setObjectName("add_relation")
        self.add_button.clicked.connect(self._add_selected)
        self.search_message = FieldMessage(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(RELATION_SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Relationship"), self))
        pick.addWidget(self.kind)
        pick.addWidget(self.add_button)
        pick.addStretch(1)

        self.reverse = QListWidget(self)
        self.reverse.setObjectName("reverse_relations")
        self.reverse.setUniformItemSizes(True)
        self.reverse.itemActivated.connect(lambda _item: self._open_selected())
        self.reverse.itemDoubleClicked.connect(lambda _item: self._open_selected())
        self.open_button = QPushButton(self.tr("Open their record"), self)
        self.open_button.setObjectName("open_related")
        self.open_button.clicked.connect(self._open_selected)
        self.reverse_box = QWidget(self)
        reverse_layout = QVBoxLayout(self.reverse_box)
        reverse_layout.setContentsMargins(0, 12, 0, 0)
        reverse_layout.setSpacing(6)
        reverse_layout.addWidget(QLabel(self.tr("<b>Entered on other records</b>"), self))
        reverse_layout.addWidget(
            self.intro(
                self.tr(
                    "These ties name this person but are stored on the relative's record: "
                    "open that record to change or remove them."
                )
            )
        )
        reverse_layout.addWidget(self.reverse)
        reverse_layout.addLayout(button_row(self.open_button))
        self.reverse_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.table)
        layout.addWidget(self.reverse_box)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("<b>Add a relative</b>"), self))
        layout.addWidget(self.search)
        layout.addWidget(self.search_message)
        layout.addWidget(self.results)
        layout.addLayout(pick)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Relations")

    def load(self, draft: PersonDraft) -> None:
        self.table.load(draft)
        texts = [self.reverse_text(r) for r in draft.reverse_relations]
        shown = [self.reverse.item(i).text() for i in range(self.reverse.count())]
        if texts != shown:
            self.reverse.clear()
            for relation, text in zip(draft.reverse_relations, texts, strict=True):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, relation.other_person_id)
                item.setToolTip(self.tr("Double-click to open their record"))
                self.reverse.addItem(item)
            if texts:
                self.reverse.setCurrentRow(0)
            rows = min(max(len(texts), 1), 6)
            height = self.reverse.sizeHintForRow(0) if texts else self.fontMetrics().height()
            self.reverse.setFixedHeight(rows * height + 2 * self.reverse.frameWidth() + 4)
        self.reverse_box.setVisible(bool(texts))

    def reverse_text(self, relation: ReverseRelation) -> str:
        """ "Алесь Бяляцкі — Spouse (entered on their record)": what they are to this person."""
        return (
            self.tr("%1 — %2 (entered on their record)")
            .replace("%1", relation.other_name)
            .replace("%2", self.host.labels.label(relation.relation_type))
        )

    def _open_selected(self) -> None:
        item = self.reverse.currentItem()
        if item is not None:
            self.openPerson.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_problems(self, problems: Problems) -> None:
        self.table.show_rows(problems_under(problems, "relations"))

    def _run_search(self) -> None:
        query = self.search.text().strip()
        self._search_serial += 1
        serial = self._search_serial
        if not query:
            self.results.clear()
            return
        vault = self._vault

        def work() -> list[PersonRow]:
            with vault.session() as session:
                return people.fetch_page(
                    session, PersonFilter(query=query), limit=RELATION_SEARCH_LIMIT
                )

        run_in_background(work, lambda rows: self._show_results(serial, rows), self._failed)

    def _show_results(self, serial: int, rows: Sequence[PersonRow]) -> None:
        if serial != self._search_serial:
            return  # the user typed on; a newer search is under way
        draft = self.host.draft
        taken = {r.other_person_id for r in draft.relations}
        self.results.clear()
        for row in rows:
            if row.id == draft.id or row.id in taken:
                continue
            region = self._region_name(row.region_code)
            item = QListWidgetItem(f"{row.name}   {region}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.search_message.show_feedback("", False)
        else:
            self.search_message.show_feedback(self.tr("Nobody found."), False)

    def _region_name(self, code: str | None) -> str:
        try:
            return reference.region(code).name(self.host.lang) if code else ""
        except KeyError:
            return code or ""

    def _failed(self, error: BaseException) -> None:
        self.search_message.show_feedback(str(error), True)

    def _add_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        other_id, other_name = item.data(Qt.ItemDataRole.UserRole)
        kind = self.kind.value()

        def change(draft: PersonDraft) -> None:
            draft.relations.append(RelationDraft(other_id, kind, other_name))

        self.host.apply(change, self.tr("Add relation"))
        self.results.takeItem(self.results.row(item))


# -- events ------------------------------------------------------------------------------------


class EventsPage(EditorPage):
    roots = ("events",)

    def __init__(self, host: DraftHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        labels = host.labels
        self.table = RecordTable(
            host,
            lambda d: d.events,
            [
                attr("event_type", self.tr("What"), lambda: ChoiceField(labels.choices(EventType))),
                attr("occurred_on", self.tr("When"), lambda: PartialDateEdit(host.locale)),
                attr("place", self.tr("Where"), TextField),
                attr("description", self.tr("Description"), TextField, stretch=True),
            ],
            lambda _d: EventDraft(EventType.SEARCH),
            add_text=self.tr("Add an event"),
            remove_text=self.tr("Remove event"),
        )
        self.table.setObjectName("events")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(
            self.intro(
                self.tr(
                    "Acts of repression against this person (searches, detentions, "
                    "interrogations, pressure on relatives...). Monthly reports count them."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Events")

    def load(self, draft: PersonDraft) -> None:
        self.table.load(draft)

    def show_problems(self, problems: Problems) -> None:
        self.table.show_rows(problems_under(problems, "events"))


# -- notes -------------------------------------------------------------------------------------


class NotesPage(EditorPage):
    def __init__(self, host: DraftHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.form = BoundForm(
            host, lambda d: d, [attr("notes", "", lambda: NotesField(lines=18, grow=True))]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(
            self.intro(self.tr("Free notes about this person, kept inside the encrypted vault."))
        )
        layout.addWidget(self.form, 1)

    def title(self) -> str:
        return self.tr("Notes")

    def load(self, draft: PersonDraft) -> None:
        self.form.load(draft)
