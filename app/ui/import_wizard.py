"""Import wizard: a documenter's spreadsheet into the vault, checked before anything is written.

Steps: pick the file (encoding and delimiter are detected and shown) -> map its columns to the
template (prefilled by ``suggest_mapping``; the mapping used is remembered in the vault per
header layout, headers only) -> dry run report, row by row -> review of likely duplicates ->
import in one transaction with a progress bar. Rows with errors are imported only when the
user ticks the partial-import box; otherwise nothing is written.

Every step that touches the file or the vault runs through ``run_in_background``; results come
back to the GUI thread. A step that is left (Back) while its work runs is superseded: its result
is dropped and its progress callback cancels it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.spreadsheet import (
    COLUMNS,
    Decision,
    DuplicateCandidate,
    ImportPlan,
    ImportResult,
    Mapping,
    RawTable,
    RowAction,
    apply_import,
    plan_import,
    read_table,
    suggest_mapping,
)
from app.ui.spreadsheet_export import save_template
from app.ui.tasks import run_in_background

PAGE_FILE, PAGE_MAPPING, PAGE_DRY_RUN, PAGE_DUPLICATES, PAGE_APPLY = range(5)
SAMPLE_SCAN_ROWS = 200
SAMPLE_VALUES = 3


class _Superseded(Exception):
    """Raised from a progress callback to stop work whose result nobody waits for any more."""


class _Progress(QObject):
    """Progress from the worker thread, delivered to the GUI thread by a queued signal."""

    progressed = Signal(int, int)

    def __init__(self, bar: QProgressBar, parent: QObject) -> None:
        super().__init__(parent)
        self.bar = bar
        self.generation = 0
        self.cancelled = False
        self.progressed.connect(self._show)

    def start(self) -> Callable[[int, int], None]:
        """Begin a new piece of work; the callback cancels it once a newer one starts."""
        self.generation += 1
        self.cancelled = False
        mine = self.generation
        self.bar.setRange(0, 0)  # busy until the worker reports a total
        self.bar.show()

        def report(done: int, total: int) -> None:
            if self.generation != mine or self.cancelled:
                raise _Superseded
            self.progressed.emit(done, total)

        return report

    def _show(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    return item


# -- step 1: the file ---------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a spreadsheet"))
        self.setSubTitle(
            self.tr(
                "CSV (any encoding and delimiter) or Excel .xlsx. Columns do not need the "
                "template's names: you map them in the next step."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.clicked.connect(self.choose)
        self.info = QLabel()
        self.info.setObjectName("file_info")
        self.info.setWordWrap(True)
        self.template_csv = QPushButton(self.tr("Download template (CSV)…"))
        self.template_xlsx = QPushButton(self.tr("Download template (XLSX)…"))
        self.template_csv.clicked.connect(lambda: save_template(self, "csv"))
        self.template_xlsx.clicked.connect(lambda: save_template(self, "xlsx"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_bridge = _Progress(self.progress, self)

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        templates = QHBoxLayout()
        templates.addWidget(QLabel(self.tr("No sheet yet? Start from the template:")))
        templates.addWidget(self.template_csv)
        templates.addWidget(self.template_xlsx)
        templates.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.info)
        layout.addStretch()
        layout.addLayout(templates)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import spreadsheet"),
            "",
            self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file and suggest a mapping (remembered for its headers, else guessed)."""
        self.wiz.table = None
        self.wiz.mapping = None
        self.path.setText(str(path))
        self.info.setText(self.tr("Reading…"))
        self.completeChanged.emit()
        self.progress_bridge.start()
        vault = self.wiz.vault
        generation = self.progress_bridge.generation

        def work() -> tuple[RawTable, Mapping]:
            table = read_table(path)
            with vault.session() as session:
                return table, suggest_mapping(table.headers, session)

        def done(result: tuple[RawTable, Mapping]) -> None:
            if generation != self.progress_bridge.generation:
                return
            self.progress.hide()
            self.wiz.table, self.wiz.mapping = result
            self.info.setText(self.describe(result[0]))
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            if generation != self.progress_bridge.generation:
                return
            self.progress.hide()
            self.info.setText(str(exc))
            self.wiz.last_error = str(exc)

        run_in_background(work, done, failed, owner=self)

    def describe(self, table: RawTable) -> str:
        if table.sheet is not None:
            source = self.tr("Excel workbook, sheet “%1”.").replace("%1", table.sheet)
        else:
            delimiters = {
                ",": self.tr("comma"),
                ";": self.tr("semicolon"),
                "\t": self.tr("tab"),
                "|": self.tr("vertical bar"),
            }
            delimiter = table.delimiter or ","
            source = (
                self.tr("Detected encoding: %1. Delimiter: %2.")
                .replace("%1", table.encoding or "?")
                .replace("%2", delimiters.get(delimiter, repr(delimiter)))
            )
        size = (
            self.tr("%1 data rows, %2 columns (header on row %3).")
            .replace("%1", str(len(table)))
            .replace("%2", str(len(table.headers)))
            .replace("%3", str(table.row_numbers[0] - 1 if table.row_numbers else 1))
        )
        return f"{source}\n{size}"

    def isComplete(self) -> bool:
        return self.wiz.table is not None and len(self.wiz.table) > 0


# -- step 2: column mapping ---------------------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(
            self.tr(
                "Which Letapis field does each column of your sheet hold? The choice is "
                "remembered for files with the same columns."
            )
        )
        self.remembered = QLabel()
        self.table = _table([self.tr("Column in the file"), self.tr("Examples"), self.tr("Field")])
        self.table.setObjectName("mapping")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.problems = QLabel()
        self.problems.setObjectName("mapping_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a00")
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:
        table, mapping = self.wiz.table, self.wiz.mapping
        assert table is not None and mapping is not None
        self.remembered.setText(
            self.tr("Mapping remembered from an earlier import of a sheet with these columns.")
            if mapping.remembered
            else self.tr("Suggested from the column names: check it.")
        )
        self.table.setRowCount(len(mapping.headers))
        self.combos = []
        for column, header in enumerate(mapping.headers):
            self.table.setItem(column, 0, _item(header))
            samples = _samples(table, column)
            self.table.setItem(column, 1, _item(" · ".join(samples), "\n".join(samples)))
            combo = self._combo(mapping.targets[column])
            combo.currentIndexChanged.connect(lambda _i, c=column: self._changed(c))
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, max(240, self.table.sizeHintForColumn(2)))
        self._show_problems()

    def _combo(self, target: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— ignore this column —"), None)
        for template_column in COLUMNS:
            combo.addItem(template_column.name, template_column.name)
            combo.setItemData(combo.count() - 1, template_column.help, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(target)) if target else 0)
        return combo

    def set_target(self, column: int, target: str | None) -> None:
        """Choose the field of one source column (what picking it in the combo does)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target) if target else 0)

    def _changed(self, column: int) -> None:
        assert self.wiz.mapping is not None
        target = self.combos[column].currentData()
        self.wiz.mapping = self.wiz.mapping.with_target(column, str(target) if target else None)
        self._show_problems()

    def _show_problems(self) -> None:
        assert self.wiz.mapping is not None
        self.problems.setText("\n".join(self.wiz.mapping.problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.mapping is not None and not self.wiz.mapping.problems()


def _samples(table: RawTable, column: int) -> list[str]:
    """A few distinct non-empty values of one column, to recognise what it holds."""
    found: list[str] = []
    for index in range(min(len(table), SAMPLE_SCAN_ROWS)):
        value = table.cell(index, column).strip()
        if value and value not in found:
            found.append(value)
            if len(found) == SAMPLE_VALUES:
                break
    return found


# -- step 3: dry run ----------------------------------------------------------------------------


class OutcomeModel(QAbstractTableModel):
    """The dry run, one line per row (one per error for rejected rows), filterable by result."""

    COLUMNS = ("row", "result", "person", "name", "column", "reason")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_lines: list[tuple[int, RowAction, str, str, str, str]] = []
        self.lines: list[tuple[int, RowAction, str, str, str, str]] = []
        self.labels: dict[RowAction, str] = {}
        self.headers: list[str] = []

    def set_plan(self, plan: ImportPlan | None, shown: RowAction | None = None) -> None:
        self.beginResetModel()
        self.all_lines = []
        for outcome in plan.outcomes if plan is not None else ():
            base = (outcome.row, outcome.action, outcome.person_key, outcome.name)
            if outcome.errors:
                self.all_lines.extend((*base, e.column, e.reason) for e in outcome.errors)
            else:
                self.all_lines.append((*base, "", ""))
        self.lines = [line for line in self.all_lines if shown is None or line[1] is shown]
        self.endResetModel()

    def show_only(self, shown: RowAction | None) -> None:
        self.beginResetModel()
        self.lines = [line for line in self.all_lines if shown is None or line[1] is shown]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # type: ignore[override]
        return 0 if parent is not None and parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # type: ignore[override]
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[override]
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        line = self.lines[index.row()]
        if index.column() == 1:
            return self.labels.get(line[1], line[1].value)
        return str(line[index.column()])

    def headerData(  # type: ignore[override]
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers[section] if section < len(self.headers) else None


class DryRunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("What the import would do. Nothing has been written yet."))
        self.summary = QLabel()
        self.summary.setObjectName("dry_run_summary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_bridge = _Progress(self.progress, self)
        self.shown = QComboBox()
        self.shown.addItem(self.tr("All rows"), None)
        self.shown.addItem(self.tr("Rejected rows"), RowAction.REJECT.value)
        self.shown.addItem(self.tr("New"), RowAction.CREATE.value)
        self.shown.addItem(self.tr("Updating"), RowAction.UPDATE.value)
        self.shown.addItem(self.tr("Already in the vault"), RowAction.MATCH.value)
        self.shown.currentIndexChanged.connect(self._filter)
        self.model = OutcomeModel(self)
        self.model.labels = {
            RowAction.CREATE: self.tr("new"),
            RowAction.UPDATE: self.tr("update"),
            RowAction.MATCH: self.tr("already in the vault"),
            RowAction.REJECT: self.tr("rejected"),
        }
        self.model.headers = [
            self.tr("Row"),
            self.tr("Result"),
            self.tr("Person key"),
            self.tr("Name"),
            self.tr("Column"),
            self.tr("Reason"),
        ]
        self.view = QTableView()
        self.view.setObjectName("dry_run")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.partial = QCheckBox(
            self.tr("Import the other rows and skip the rejected ones (partial import)")
        )
        self.partial.setObjectName("accept_partial")
        self.partial.toggled.connect(self.completeChanged)
        self.partial.hide()
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.shown)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.partial)

    def initializePage(self) -> None:
        self.wiz.plan = None
        self.partial.setChecked(False)
        self.partial.hide()
        self.advice.clear()
        self.model.set_plan(None)
        self.summary.setText(self.tr("Checking every row against the vault…"))
        vault, table, mapping = self.wiz.vault, self.wiz.table, self.wiz.mapping
        assert table is not None and mapping is not None
        progress = self.progress_bridge.start()
        generation = self.progress_bridge.generation

        def work() -> ImportPlan:
            with vault.session() as session:
                return plan_import(session, table, mapping, progress=progress)

        def done(plan: ImportPlan) -> None:
            if generation == self.progress_bridge.generation:
                self._show(plan)

        def failed(exc: BaseException) -> None:
            if generation == self.progress_bridge.generation and not isinstance(exc, _Superseded):
                self.progress.hide()
                self.summary.setText(str(exc))
                self.wiz.last_error = str(exc)

        run_in_background(work, done, failed, owner=self)

    def cleanupPage(self) -> None:
        self.progress_bridge.start()  # supersede a dry run still running
        self.progress.hide()
        self.wiz.plan = None

    def _show(self, plan: ImportPlan) -> None:
        self.progress.hide()
        self.wiz.plan = plan
        self.wiz.decisions = {}
        rejected = plan.count(RowAction.REJECT)
        self.summary.setText(
            self.tr("%1 rows: %2 new, %3 updating, %4 already in the vault, %5 rejected.")
            .replace("%1", str(len(plan.outcomes)))
            .replace("%2", str(plan.count(RowAction.CREATE)))
            .replace("%3", str(plan.count(RowAction.UPDATE)))
            .replace("%4", str(plan.count(RowAction.MATCH)))
            .replace("%5", str(rejected))
            + "\n"
            + self.tr("New persons: %1, persons updated: %2. Possible duplicates to review: %3.")
            .replace("%1", str(plan.persons_to_create))
            .replace("%2", str(plan.persons_to_update))
            .replace("%3", str(len(plan.duplicates)))
        )
        self.shown.blockSignals(True)
        self.shown.setCurrentIndex(1 if rejected else 0)
        self.shown.blockSignals(False)
        self.model.set_plan(plan, RowAction.REJECT if rejected else None)
        self.view.resizeColumnsToContents()
        if rejected:
            importable = len(plan.outcomes) - rejected
            self.advice.setText(
                self.tr(
                    "%1 rows have errors (listed above with row, column and reason). Fix them in "
                    "the file and start again, or import only the %2 other rows. Without your "
                    "consent nothing is written."
                )
                .replace("%1", str(rejected))
                .replace("%2", str(importable))
            )
            self.partial.setVisible(importable > 0)
        self.setCommitPage(not plan.duplicates)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.completeChanged.emit()

    def _filter(self) -> None:
        value = self.shown.currentData()
        self.model.show_only(RowAction(value) if value else None)

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        if plan is None or plan.count(RowAction.REJECT) == len(plan.outcomes):
            return False
        return not plan.has_errors or self.partial.isChecked()

    def nextId(self) -> int:
        plan = self.wiz.plan
        return PAGE_DUPLICATES if plan is not None and plan.duplicates else PAGE_APPLY


# -- step 4: duplicates -------------------------------------------------------------------------


class DuplicatesPage(QWizardPage):
    """One line per likely duplicate; the user says whether it is the same person."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Possible duplicates"))
        self.setSubTitle(
            self.tr(
                "These persons in the sheet have the same name (in any script) as someone in "
                "the vault or earlier in the sheet, and no birth date that tells them apart. "
                "Same person: the rows are attached to that person, whose filled-in fields are "
                "kept. New person: they are imported as someone else."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.table = _table(
            [
                self.tr("Rows"),
                self.tr("In the sheet"),
                self.tr("Born"),
                self.tr("Matches"),
                self.tr("Born"),
                self.tr("Where"),
                self.tr("Decision"),
            ]
        )
        self.table.setObjectName("duplicates")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.candidates: list[DuplicateCandidate] = []
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self.candidates = list(plan.duplicates)
        self.combos = []
        self.table.setRowCount(len(self.candidates))
        for i, candidate in enumerate(self.candidates):
            where = (
                self.tr("in the vault")
                if candidate.other_person_id is not None
                else self.tr("earlier in the sheet (%1)").replace(
                    "%1", candidate.other_person_key or ""
                )
            )
            likely = self.tr("likely") if candidate.likely else self.tr("possible")
            cells = (
                ", ".join(map(str, candidate.rows)),
                candidate.name,
                candidate.birth_date or "?",
                candidate.other_name,
                candidate.other_birth_date or "?",
                f"{where} · {likely}",
            )
            for j, text in enumerate(cells):
                self.table.setItem(i, j, _item(text, candidate.reason))
            combo = QComboBox()
            combo.addItem(self.tr("New person"), Decision.NEW.value)
            combo.addItem(self.tr("Same person (merge into existing)"), Decision.MERGE.value)
            chosen = self.wiz.decisions.get(candidate.id, Decision.NEW)
            combo.setCurrentIndex(combo.findData(Decision(chosen).value))
            combo.currentIndexChanged.connect(lambda _i, row=i: self._decided(row))
            self.table.setCellWidget(i, 6, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()

    def decide(self, row: int, decision: Decision) -> None:
        """Answer for one candidate (what picking it in its combo does)."""
        self.combos[row].setCurrentIndex(self.combos[row].findData(decision.value))

    def _decided(self, row: int) -> None:
        """Record the choice; a sheet person can be merged into one person only, so choosing
        "same person" for one of its candidates turns its other candidates back to "new"."""
        candidate = self.candidates[row]
        decision = Decision(str(self.combos[row].currentData()))
        self.wiz.decisions[candidate.id] = decision
        if decision is not Decision.MERGE:
            return
        for other, combo in zip(self.candidates, self.combos, strict=True):
            if other is not candidate and other.person_key == candidate.person_key:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(Decision.NEW.value))
                combo.blockSignals(False)
                self.wiz.decisions[other.id] = Decision.NEW


# -- step 5: import -----------------------------------------------------------------------------


class ApplyPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Writing to the vault in one transaction."))
        self.status = QLabel()
        self.status.setObjectName("apply_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress_bridge = _Progress(self.progress, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch()
        self.running = False

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        accept_partial = self.wiz.dry_run_page.partial.isChecked()
        decisions = dict(self.wiz.decisions)
        vault = self.wiz.vault
        progress = self.progress_bridge.start()
        self.running = True
        self.wiz.result = None
        self.status.setText(self.tr("Importing… Cancel stops the import and writes nothing."))

        def work() -> ImportResult:
            return apply_import(
                vault, plan, accept_partial=accept_partial, decisions=decisions, progress=progress
            )

        run_in_background(work, self._done, self._failed, owner=self)

    def _done(self, result: ImportResult) -> None:
        self.running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.wiz.result = result
        lines = [
            self.tr("Imported %1 rows: %2 new persons, %3 updated, %4 unchanged.")
            .replace("%1", str(result.rows_imported))
            .replace("%2", str(result.persons_created))
            .replace("%3", str(result.persons_updated))
            .replace("%4", str(result.persons_unchanged))
        ]
        if result.rows_rejected:
            lines.append(
                self.tr("%1 rejected rows were skipped:").replace("%1", str(result.rows_rejected))
            )
            lines.extend(str(e) for e in result.errors[:20])
        self.status.setText("\n".join(lines))
        self.wiz.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.completeChanged.emit()
        self.wiz.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.progress.hide()
        if isinstance(exc, _Superseded):
            message = self.tr("Import cancelled. Nothing was written.")
        else:
            message = self.tr("Import failed, nothing was written: %1").replace("%1", str(exc))
        self.status.setText(message)
        self.wiz.last_error = message

    def cancel(self) -> None:
        """Ask the running import to stop; its transaction is rolled back."""
        self.progress_bridge.cancelled = True
        self.status.setText(self.tr("Cancelling…"))

    def isComplete(self) -> bool:
        return not self.running


# -- the wizard ---------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """Opened from File > Import spreadsheet…; ``imported`` fires once the data is in."""

    imported = Signal(object)  # ImportResult

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.table: RawTable | None = None
        self.mapping: Mapping | None = None
        self.plan: ImportPlan | None = None
        self.decisions: dict[str, Decision] = {}
        self.result: ImportResult | None = None
        self.last_error = ""
        self.setWindowTitle(self.tr("Import spreadsheet"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.resize(900, 620)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.apply_page = ApplyPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_DRY_RUN, self.dry_run_page)
        self.setPage(PAGE_DUPLICATES, self.duplicates_page)
        self.setPage(PAGE_APPLY, self.apply_page)
        self.setStartId(PAGE_FILE)

    def abandon(self) -> None:
        """The vault is being locked: stop any running step (nothing is written) and close,
        so no names from the sheet stay on screen."""
        for bridge in (self.dry_run_page.progress_bridge, self.apply_page.progress_bridge):
            bridge.cancelled = True
        self.apply_page.running = False
        self.hide()
        self.deleteLater()

    def reject(self) -> None:
        """Cancel: while the import runs, stop it first (nothing is written), then close."""
        if self.apply_page.running:
            self.apply_page.cancel()
            return
        super().reject()
