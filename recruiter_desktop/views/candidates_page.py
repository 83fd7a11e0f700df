"""The Candidates page: every candidate the user may see, in a table read lazily page by page
(100,000 rows scroll smoothly), with a filter that searches as you type."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.candidate_list import candidate_list
from recruiter_desktop.store.queries.candidates import CandidateListRow
from recruiter_desktop.store.search import MAX_LIMIT
from recruiter_desktop.views.candidate.cards import heading, muted
from recruiter_desktop.views.list_table import list_table
from recruiter_desktop.views.paged_model import Column, PagedModel
from recruiter_desktop.views.tones import mark_problem

Index = QModelIndex | QPersistentModelIndex
FILTER_DEBOUNCE_MS = 150
PAGE = 200
FILTER_KEYS = QKeySequence("Ctrl+F")


def _name(row: CandidateListRow) -> str:
    return f"{row.first_name} {row.last_name}".strip()


class CandidatesPage(QWidget):
    """A table of candidates by last name; selecting or opening a row shows the candidate.

    Signals:
        candidate_opened(str): a candidate's id, when their row is selected or opened.
    """

    candidate_opened = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Candidates"))
        self.model: PagedModel[CandidateListRow] = PagedModel(
            workspace,
            candidate_list,
            [
                Column(self.tr("Name"), _name),
                Column(self.tr("Headline"), lambda r: r.headline),
                Column(self.tr("Location"), lambda r: r.location),
                Column(self.tr("E-mail"), lambda r: r.email or ""),
            ],
            key=lambda r: r.id,
            arguments={"text": ""},
            page_size=PAGE,
            reload_on=frozenset({"candidate", "application", "job"}),
        )
        self.model.setParent(self)
        self.model.total_changed.connect(self._count)
        self.model.loading_changed.connect(self._loading)
        self.model.failed.connect(self._failed)

        self.count = muted()
        self.count.setWordWrap(False)
        self.filter = self._filter_box()
        self.table = self._table()
        self.empty = muted()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        mark_problem(self.error)
        self.error.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Candidates"), size=1.3))
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        shortcut = QShortcut(FILTER_KEYS, self, self._focus_filter)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(self.tr("Filter candidates"))
        self._shown_id: str | None = None
        self.model.reload()

    def _filter_box(self) -> QLineEdit:
        box = QLineEdit()
        box.setPlaceholderText(self.tr("Filter by name, e-mail, tag or job"))
        box.setToolTip(
            self.tr("Filter the candidates (%1)").replace(
                "%1", FILTER_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        box.setAccessibleName(self.tr("Filter candidates"))
        box.setClearButtonEnabled(True)
        box.setMinimumWidth(280)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        box.textChanged.connect(self._debounce.start)
        box.returnPressed.connect(self._open_current)
        return box

    def _table(self) -> QTableView:
        table = list_table(self.model, self.tr("Candidate list"), self.fontMetrics().height() + 12)
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 200), (2, 180), (3, 240)):
            table.setColumnWidth(column, width)
        table.activated.connect(self._opened)
        selection = table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        return table

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _apply_filter(self) -> None:
        self.model.set_arguments(text=self.filter.text())

    def _count(self, total: int) -> None:
        text = self.filter.text().strip()
        if text and total >= MAX_LIMIT:
            self.count.setText(self.tr("the best %Ln matches", "", total))
        elif text:
            self.count.setText(self.tr("%Ln match(es)", "", total))
        else:
            self.count.setText(self.tr("%Ln candidate(s)", "", total))
        self.empty.setVisible(total == 0)
        self.table.setVisible(total != 0)
        self.empty.setText(
            self.tr("No candidate you can see matches “%1”.").replace("%1", text)
            if text
            else self.tr("No candidates yet: they appear here once the first sync is done.")
        )

    def _loading(self, loading: bool) -> None:
        if loading and self.model.rowCount() == 0:
            self.count.setText(self.tr("Loading…"))
        elif not loading:
            # A new filter may match as many rows as the last: its words change all the same.
            self._count(self.model.total)

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _current_changed(self, current: Index, _previous: Index) -> None:
        self.model.with_item(current, lambda row: self._open(row.id))

    def _opened(self, index: Index) -> None:
        row = self.model.item(index.row()) if index.isValid() else None
        if row is not None:
            self._shown_id = None  # opening again shows the candidate again
            self._open(row.id)

    def _open_current(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid() and self.model.rowCount() > 0:
            current = self.model.index(0, 0)
            self.table.setCurrentIndex(current)
        self._opened(current)

    def _open(self, candidate_id: str) -> None:
        # A reload moves the current row with its candidate: that is no new choice.
        if candidate_id != self._shown_id:
            self._shown_id = candidate_id
            self.candidate_opened.emit(candidate_id)
