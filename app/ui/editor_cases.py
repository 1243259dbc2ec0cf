"""The Cases tab: each case with its charges, trial and sentences, and the expected release date
recomputed live as the term, start and credit are typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.domain.enums import CaseKind, CaseStatus, Regime, SentenceType
from app.services import people
from app.services.people import (
    CaseDraft,
    ChargeDraft,
    PersonDraft,
    SentenceDraft,
    TrialDraft,
)
from app.ui.editor_binding import (
    BoundForm,
    DraftHost,
    Problems,
    RecordList,
    align_labels,
    attr,
    button_row,
    messages_at,
    problems_under,
)
from app.ui.editor_pages import EditorPage, scrolling
from app.ui.widgets import (
    SEPARATOR,
    ArticlePicker,
    Choice,
    ChoiceField,
    DateEdit,
    FieldMessage,
    FlagField,
    NotesField,
    NumberField,
    PartialDateEdit,
    TermEdit,
    TextField,
    describe_term,
    english_plural,
    format_date,
)

T = TypeVar("T")

MAX_FINE_BASE_AMOUNTS = 1_000_000
MAX_CREDITED_DAYS = 20_000


def _at(items: Sequence[T], index: int | None) -> T | None:
    return items[index] if index is not None and 0 <= index < len(items) else None


def _article_text(key: str, lang: str) -> str:
    try:
        article = reference.article(key)
    except KeyError:
        return key
    return f"{article.label(lang)} — {article.title(lang)}"


def _article_label(key: str, lang: str) -> str:
    try:
        return reference.article(key).label(lang)
    except KeyError:
        return key


class ChargeList(QWidget):
    """Charges of the selected case: each one an article from the reference, added through the
    type-ahead picker (never typed as free text, so reports can count by article)."""

    def __init__(
        self,
        host: DraftHost,
        case: Callable[[PersonDraft], CaseDraft | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._case = case
        self.list = QListWidget(self)
        self.list.setObjectName("charges")
        self.picker = ArticlePicker(host.lang, self)
        self.picker.setObjectName("article_picker")
        self.picker.articleChosen.connect(self._add)
        self.message = FieldMessage(self)
        self.picker.feedback.connect(self.message.show_feedback)
        self.remove_button = QPushButton(self.tr("Remove charge"), self)
        self.remove_button.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list)
        layout.addWidget(self.picker)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.remove_button))

    def keys(self) -> list[str]:
        case = self._case(self._host.draft)
        return [c.article_key for c in case.charges] if case else []

    def load(self, draft: PersonDraft) -> None:
        case = self._case(draft)
        charges = case.charges if case else []
        self.list.clear()
        for charge in charges:
            item = QListWidgetItem(_article_text(charge.article_key, self._host.lang))
            item.setData(Qt.ItemDataRole.UserRole, charge.article_key)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(charges))
        rows = min(max(len(charges), 2), 6)
        row_height = (
            self.list.sizeHintForRow(0) if charges else self.list.fontMetrics().height() + 4
        )
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)

    def show_problems(self, rows: Sequence[tuple[int, str]]) -> None:
        warning = self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
        bad = {row for row, _m in rows}
        for row in range(self.list.count()):
            if row in bad:
                self.list.item(row).setIcon(warning)
        self.message.set_rules([message for _row, message in rows])

    def _add(self, key: str) -> None:
        if key in self.keys():
            label = _article_label(key, self._host.lang)
            self.message.show_feedback(
                self.tr("%1 is already charged in this case.").replace("%1", label), True
            )
            return

        def change(draft: PersonDraft) -> None:
            case = self._case(draft)
            if case is not None:
                case.charges.append(ChargeDraft(key))

        self._host.apply(change, self.tr("Add charge"))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            row = self.list.count() - 1
        if row < 0:
            return

        def change(draft: PersonDraft) -> None:
            case = self._case(draft)
            if case is not None and row < len(case.charges):
                del case.charges[row]

        self._host.apply(change, self.remove_button.text())


class CasesPage(EditorPage):
    roots = ("cases",)

    def __init__(self, host: DraftHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        labels = host.labels
        locale = host.locale
        self.cases = RecordList(
            host,
            lambda d: d.cases,
            self._case_summary,
            lambda _d: CaseDraft(),
            add_text=self.tr("Add a case"),
            remove_text=self.tr("Remove case"),
        )
        self.cases.setObjectName("cases")
        self.cases.currentChanged.connect(lambda _row: self._reload_detail())

        self.case_form = BoundForm(
            host,
            self._case,
            [
                attr("kind", self.tr("Kind"), lambda: ChoiceField(labels.choices(CaseKind))),
                attr("number", self.tr("Case number"), TextField),
                attr(
                    "opened_on",
                    self.tr("Opened on"),
                    lambda: PartialDateEdit(locale),
                    rule="opened_on",
                ),
                attr("status", self.tr("Status"), lambda: ChoiceField(labels.choices(CaseStatus))),
                attr("notes", self.tr("Notes"), lambda: NotesField(lines=2)),
            ],
        )
        self.charges = ChargeList(host, self._case)

        self.trial_box = QGroupBox(self.tr("Trial and verdict"))
        self.trial_box.setObjectName("trial_box")
        self.trial_box.setCheckable(True)
        self.trial_box.clicked.connect(self._toggle_trial)
        self.trial_form = BoundForm(
            host,
            self._trial,
            [
                attr(
                    "court_code",
                    self.tr("Court"),
                    lambda: ChoiceField(wide=True),
                    choices=self._court_choices,
                ),
                attr("judge_name", self.tr("Judge"), TextField),
                attr(
                    "verdict_on", self.tr("Verdict on"), lambda: DateEdit(locale), rule="verdict_on"
                ),
                attr("in_absentia", "", lambda: FlagField(self.tr("Tried in absentia"))),
                attr(
                    "special_proceedings",
                    "",
                    lambda: FlagField(self.tr("Special proceedings (against an absent accused)")),
                ),
                attr("closed_hearing", "", lambda: FlagField(self.tr("Closed hearing"))),
            ],
        )
        self.trial_message = FieldMessage(self)
        align_labels(self.case_form, self.trial_form)
        trial_layout = QVBoxLayout(self.trial_box)
        trial_layout.addWidget(self.trial_form)
        trial_layout.addWidget(self.trial_message)

        self.sentences = RecordList(
            host,
            self._sentence_list,
            self._sentence_summary,
            lambda _d: SentenceDraft(),
            add_text=self.tr("Add"),
            remove_text=self.tr("Remove"),
        )
        self.sentences.setObjectName("sentences")
        self.sentences.setMaximumWidth(230)
        self.sentences.currentChanged.connect(lambda _row: self._reload_sentence())
        self.sentence_form = BoundForm(
            host,
            self._sentence,
            [
                attr(
                    "sentence_type",
                    self.tr("Type"),
                    lambda: ChoiceField(labels.choices(SentenceType)),
                ),
                attr("term", self.tr("Term"), TermEdit),
                attr("regime", self.tr("Regime"), lambda: ChoiceField(labels.choices(Regime))),
                attr(
                    "fine_amount",
                    self.tr("Fine"),
                    lambda: NumberField(
                        MAX_FINE_BASE_AMOUNTS, optional=True, suffix=self.tr(" base amounts")
                    ),
                ),
                attr("starts_on", self.tr("Term starts on"), lambda: DateEdit(locale)),
                attr(
                    "credited_days",
                    self.tr("Credited custody"),
                    lambda: NumberField(MAX_CREDITED_DAYS, suffix=self.tr(" days")),
                ),
                attr(
                    "extends_sentence_id",
                    self.tr("Extends (Art. 411)"),
                    ChoiceField,
                    choices=self._extends_choices,
                ),
            ],
        )
        self.sentence_form.widget("starts_on").setToolTip(
            self.tr(
                "The day the term starts running: usually the day of detention, with no "
                "credited days; or the day the verdict took force, with the custody credited."
            )
        )
        self.release_label = QLabel(self)
        self.release_label.setObjectName("expected_release")
        self.release_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.release_label.font())
        bold.setBold(True)
        self.release_label.setFont(bold)
        self.sentence_form.form.addRow(self.tr("Expected release"), self.release_label)
        self.sentence_message = FieldMessage(self)
        sentence_detail = QWidget(self)
        detail_column = QVBoxLayout(sentence_detail)
        detail_column.setContentsMargins(0, 0, 0, 0)
        detail_column.addWidget(self.sentence_form)
        detail_column.addWidget(self.sentence_message)
        detail_column.addStretch(1)
        self.sentence_box = QGroupBox(self.tr("Sentences"))
        sentence_layout = QHBoxLayout(self.sentence_box)
        sentence_layout.setSpacing(16)
        sentence_layout.addWidget(self.sentences)
        sentence_layout.addWidget(sentence_detail, 1)

        case_box = QGroupBox(self.tr("Case"))
        QVBoxLayout(case_box).addWidget(self.case_form)
        charge_box = QGroupBox(self.tr("Charges"))
        QVBoxLayout(charge_box).addWidget(self.charges)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 8, 0)
        detail_layout.setSpacing(12)
        for box in (case_box, charge_box, self.trial_box, self.sentence_box):
            detail_layout.addWidget(box)
        detail_layout.addStretch(1)
        empty = self.intro(self.tr("Add a case to record its charges, the trial and the sentence."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(empty)
        self.detail_stack.addWidget(scrolling(detail))

        self.cases.setMaximumWidth(280)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(self.cases)
        layout.addWidget(self.detail_stack, 1)

    def title(self) -> str:
        return self.tr("Cases")

    # -- locating the selection in a draft --------------------------------------------------

    def _case(self, draft: PersonDraft) -> CaseDraft | None:
        return _at(draft.cases, self.cases.current())

    def _trial(self, draft: PersonDraft) -> TrialDraft | None:
        case = self._case(draft)
        return case.trial if case else None

    def _sentence_list(self, draft: PersonDraft) -> list[SentenceDraft]:
        case = self._case(draft)
        return case.sentences if case else []

    def _sentence(self, draft: PersonDraft) -> SentenceDraft | None:
        return _at(self._sentence_list(draft), self.sentences.current())

    # -- summaries and choice lists ---------------------------------------------------------

    def _case_summary(self, draft: PersonDraft, index: int, case: CaseDraft) -> str:
        head = case.number or self.host.labels.label(case.kind)
        articles = ", ".join(_article_label(c.article_key, self.host.lang) for c in case.charges)
        return f"{index + 1}. {head}" + (f" · {articles}" if articles else "")

    def _sentence_summary(self, draft: PersonDraft, index: int, sentence: SentenceDraft) -> str:
        kind = self.host.labels.label(sentence.sentence_type)
        if sentence.sentence_type is SentenceType.FINE or sentence.term.is_zero:
            return f"{index + 1}. {kind}"
        return f"{index + 1}. {kind}, {describe_term(sentence.term)}"

    def _court_choices(self, draft: PersonDraft) -> list[Choice | None]:
        """Courts of the person's region first, then every other court: trials are often held
        elsewhere (regional courts, the Supreme Court, a transfer), so nothing is hidden."""
        lang = self.host.lang
        home = [c for c in reference.courts() if c.region_code == draft.region_code]
        others = [c for c in reference.courts() if c.region_code != draft.region_code]
        items: list[Choice | None] = [Choice("—", None)]
        items.extend(Choice(c.name(lang), c.code) for c in home)
        if home and others:
            items.append(SEPARATOR)
        items.extend(Choice(c.name(lang), c.code) for c in others)
        return items

    def _extends_choices(self, draft: PersonDraft) -> list[Choice | None]:
        """Other sentences of this person that an Art. 411 sentence can lengthen. A sentence gets
        its id when first saved, so an unsaved one is listed but cannot be chosen yet."""
        current = self._sentence(draft)
        items: list[Choice | None] = [Choice("—", None)]
        for case_index, case in enumerate(draft.cases):
            for index, sentence in enumerate(case.sentences):
                if sentence is current:
                    continue
                summary = self._sentence_summary(draft, index, sentence).split(". ", 1)[-1]
                label = f"{case.number or case_index + 1}: {summary}"
                tooltip = "" if sentence.id else self.tr("Save the person first to link it.")
                items.append(Choice(label, sentence.id, sentence.id is not None, tooltip))
        return items

    # -- editing ----------------------------------------------------------------------------

    def _toggle_trial(self, checked: bool) -> None:
        def change(draft: PersonDraft) -> None:
            case = self._case(draft)
            if case is not None:
                case.trial = (case.trial or TrialDraft()) if checked else None

        self.host.apply(change, self.trial_box.title())

    # -- loading ----------------------------------------------------------------------------

    def load(self, draft: PersonDraft) -> None:
        self.cases.load(draft)
        self._reload_detail()

    def _reload_detail(self) -> None:
        draft = self.host.draft
        case = self._case(draft)
        self.detail_stack.setCurrentIndex(0 if case is None else 1)
        self.case_form.load(draft)
        self.charges.load(draft)
        self.trial_box.blockSignals(True)
        self.trial_box.setChecked(case is not None and case.trial is not None)
        self.trial_box.blockSignals(False)
        self.trial_form.load(draft)
        self.sentences.load(draft)
        self._reload_sentence()

    def _reload_sentence(self) -> None:
        draft = self.host.draft
        self.sentence_form.load(draft)
        self.sentence_form.setEnabled(self._sentence(draft) is not None)
        self.release_label.setText(self._release_text(draft))
        self.show_problems(self.host.problems)

    def _release_text(self, draft: PersonDraft) -> str:
        case = self._case(draft)
        sentence = self._sentence(draft)
        if case is None or sentence is None:
            return ""
        everything = [s for c in draft.cases for s in c.sentences]
        release = people.compute_release(case, sentence, everything)
        if release is None:
            if sentence.sentence_type is SentenceType.FINE:
                text = self.tr("Not applicable to a fine")
            else:
                text = self.tr("Enter the day the term starts to compute it")
        else:
            text = format_date(release, self.host.locale)
            extensions = sum(
                1 for s in everything if sentence.id and s.extends_sentence_id == sentence.id
            )
            if extensions:
                text += " " + english_plural(
                    self.tr("(with %n Art. 411 extension(s))", "", extensions), extensions
                )
        extended = next(
            (
                (c, s)
                for c in draft.cases
                for s in c.sentences
                if sentence.extends_sentence_id and s.id == sentence.extends_sentence_id
            ),
            None,
        )
        if extended is not None:
            moved = people.compute_release(extended[0], extended[1], everything)
            if moved is not None:
                text += "\n" + self.tr(
                    "Lengthens an earlier sentence: release moves to %1"
                ).replace("%1", format_date(moved, self.host.locale))
        return text

    # -- validation -------------------------------------------------------------------------

    def show_problems(self, problems: Problems) -> None:
        under = problems_under(problems, "cases")
        self.cases.mark({index for index, _rest, _m in under})
        current = self.cases.current()
        if current is None:
            return
        prefix = f"cases.{current}"
        self.case_form.show_problems(problems, f"{prefix}.")
        self.trial_form.show_problems(problems, f"{prefix}.trial.")
        self.charges.show_problems(
            [(i, m) for i, _rest, m in problems_under(problems, f"{prefix}.charges")]
        )
        self.trial_message.set_rules(messages_at(problems, f"{prefix}.trial"))
        sentence_rows = problems_under(problems, f"{prefix}.sentences")
        self.sentences.mark({i for i, _rest, _m in sentence_rows})
        chosen = self.sentences.current()
        self.sentence_message.set_rules([m for i, _rest, m in sentence_rows if i == chosen])

    def selected_case(self) -> int | None:
        return self.cases.current()
