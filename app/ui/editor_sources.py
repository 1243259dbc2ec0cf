"""The Sources tab: the publications a record rests on, and what each one is cited for.

A row per source, edited in place like custody periods. "Cited for" offers the person, each of
their saved cases and each saved event; a case or event gets its id when the person is saved, so
a new one is listed but cannot be chosen until then (as with a custody period's case).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.enums import Reliability
from app.services.people import (
    ABOUT_PERSON,
    PersonDraft,
    SourceDraft,
    SourceEntity,
    SourceTarget,
)
from app.ui.editor_binding import DraftHost, Problems, RecordTable, attr, problems_under
from app.ui.editor_pages import EditorPage
from app.ui.widgets import Choice, ChoiceField, DateEdit, TextField, format_partial

URL_PLACEHOLDER = "https://"
ABOUT_WIDTH_CHARS = 16


class SourcesPage(EditorPage):
    roots = ("sources",)

    def __init__(self, host: DraftHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        labels = host.labels
        self.table = RecordTable(
            host,
            lambda d: d.sources,
            [
                attr("publication", self.tr("Publication"), self._publication_field),
                attr("url", self.tr("Link"), self._link_field, stretch=True),
                attr("published_on", self.tr("Published on"), lambda: DateEdit(host.locale)),
                attr(
                    "reliability",
                    self.tr("Reliability"),
                    lambda: ChoiceField(labels.choices(Reliability)),
                ),
                attr("about", self.tr("Cited for"), self._about_field, choices=self._about_choices),
                attr("note", self.tr("Note"), TextField, stretch=True),
            ],
            lambda _d: SourceDraft(),
            add_text=self.tr("Add a source"),
            remove_text=self.tr("Remove source"),
        )
        self.table.setObjectName("sources")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(
            self.intro(
                self.tr(
                    "Where the facts in this record come from: a publication, a link or both. "
                    "A source can be cited for the person as a whole, for one case or for one "
                    "event. The same source may be cited in other records; a change here "
                    "shows there too."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Sources")

    def _publication_field(self) -> TextField:
        field = TextField()
        field.setPlaceholderText(self.tr("e.g. Viasna"))
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance("Radio Svaboda") + 24)
        return field

    def _about_field(self) -> ChoiceField:
        """Its choices come from the draft (cases, events), so size it for a case number
        rather than for the empty list it starts with."""
        field = ChoiceField()
        field.setSizeAdjustPolicy(
            ChoiceField.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        field.setMinimumContentsLength(ABOUT_WIDTH_CHARS)
        return field

    def _link_field(self) -> TextField:
        field = TextField()
        field.setPlaceholderText(URL_PLACEHOLDER)
        return field

    # -- what a source is cited for ---------------------------------------------------------

    def _target_label(self, draft: PersonDraft, target: SourceTarget) -> str:
        if target.entity is SourceEntity.PERSON:
            return self.tr("The person")
        if target.entity is SourceEntity.CASE:
            for index, case in enumerate(draft.cases):
                if case.id == target.entity_id:
                    head = case.number or self.host.labels.label(case.kind)
                    return self.tr("Case %1").replace("%1", f"{index + 1}. {head}")
            return self.tr("A case no longer in this record")
        for event in draft.events:
            if event.id == target.entity_id:
                when = format_partial(event.occurred_on, self.host.locale)
                return ", ".join(filter(None, [self.host.labels.label(event.event_type), when]))
        return self.tr("An event no longer in this record")

    def _about_choices(self, draft: PersonDraft) -> list[Choice | None]:
        """The person, each case, each event; plus any combination a stored source already
        has (one source cited for a case and an event), so it is shown, never narrowed."""
        unsaved = self.tr("Save the person first to cite a source for it.")
        items: list[Choice | None] = [Choice(self.tr("The person"), ABOUT_PERSON)]
        for index, case in enumerate(draft.cases):
            target = SourceTarget(SourceEntity.CASE, case.id)
            label = (
                self._target_label(draft, target)
                if case.id
                else self.tr("Case %1").replace("%1", str(index + 1))
            )
            items.append(Choice(label, (target,), bool(case.id), "" if case.id else unsaved))
        for event in draft.events:
            target = SourceTarget(SourceEntity.EVENT, event.id)
            label = (
                self._target_label(draft, target)
                if event.id
                else self.host.labels.label(event.event_type)
            )
            items.append(Choice(label, (target,), bool(event.id), "" if event.id else unsaved))
        offered = {choice.value for choice in items if choice is not None}
        for source in draft.sources:
            if source.about and source.about not in offered:
                label = " + ".join(self._target_label(draft, t) for t in source.about)
                items.append(Choice(label, source.about))
                offered.add(source.about)
        return items

    # -- DraftHost page ---------------------------------------------------------------------

    def load(self, draft: PersonDraft) -> None:
        self.table.load(draft)

    def show_problems(self, problems: Problems) -> None:
        self.table.show_rows(problems_under(problems, "sources"))
