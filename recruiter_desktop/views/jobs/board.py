"""A job's pipeline as a board: a column of candidate cards for each stage, in order.

Moving a card (drag and drop, Ctrl+Right / Ctrl+Left, or "Move to" with M) and rejecting
(R, with a reason) are local writes (store.local_writes through `Workspace.write`): the cache
changes at once, the board reloads and shows the moved card first in its new column, marked
"Not synced" until the server has it. Several cards (Ctrl/Shift+click, also across columns)
move or are rejected together from the bar above the columns.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.local_writes import LocalWriteError, move_stage, reject
from recruiter_desktop.store.queries.candidate_pane import pending_among
from recruiter_desktop.store.queries.jobs import Stage
from recruiter_desktop.store.queries.pipeline import PipelineCard
from recruiter_desktop.views.jobs.reject_dialog import RejectDialog
from recruiter_desktop.views.jobs.selection_bar import SelectionBar
from recruiter_desktop.views.jobs.stage_cards import DraggedCards, full_name
from recruiter_desktop.views.jobs.stage_column import StageColumn
from recruiter_desktop.views.key_hints import KeyHint
from recruiter_desktop.views.owned_spawn import spawn_for
from recruiter_desktop.views.tones import mark_problem

# What a move or a rejection changes, for the views that show it.
APPLICATION_WRITE = frozenset({"application", "stage_change"})


class PipelineBoard(QWidget):
    """The board of one job (`show_job`).

    Signals:
        candidate_opened(str): a card was opened (Enter, double click) or chosen (click,
            arrow keys): the candidate's id.
    """

    candidate_opened = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._job_id = ""
        self._job_title = ""
        self._columns: list[StageColumn] = []
        self._follow: str | None = None  # a card moved by keys: focus goes where it lands
        self._dialog: RejectDialog | None = None
        self._pending_read: str = ""  # "" none, "reading", or "again" (asked while reading)
        workspace.status.pending_changed.connect(lambda _: self._read_pending())

        self._bar = SelectionBar()
        self._bar.move_menu.aboutToShow.connect(
            lambda: self._fill_move_menu(self._bar.move_menu, self.selected_cards())
        )
        self._bar.reject_button.clicked.connect(lambda: self.reject_cards(self.selected_cards()))
        self._bar.clear_button.clicked.connect(self.clear_selection)
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Board message"))
        mark_problem(self._message)
        self._message.hide()

        self._strip = QWidget()
        self._row = QHBoxLayout(self._strip)
        self._row.setContentsMargins(12, 8, 12, 12)
        self._row.setSpacing(10)
        self._row.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(self._strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Pipeline board"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._bar)
        layout.addWidget(self._message)
        layout.addWidget(scroll, 1)

        escape = QAction(self.tr("Clear the selection"), self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.clear_selection)
        self.addAction(escape)
        self._describe_card_keys()

    def _describe_card_keys(self) -> None:
        """The keys a column's cards handle (stage_column.CardList), for the shortcuts list."""
        for what, keys in (
            (self.tr("Open candidate"), ["Return"]),
            (self.tr("Move to next stage"), ["Ctrl+Right"]),
            (self.tr("Move to previous stage"), ["Ctrl+Left"]),
            (self.tr("Move to a stage (menu)"), ["M"]),
            (self.tr("Reject…"), ["R"]),
            (self.tr("Go to the next or previous stage column"), ["Right", "Left"]),
        ):
            KeyHint(what, [QKeySequence(key) for key in keys], self)

    def _update_bar(self) -> None:
        self._bar.show_count(len(self.selected_cards()))

    # --- Showing a job ---------------------------------------------------------------

    @property
    def columns(self) -> list[StageColumn]:
        return list(self._columns)

    def show_job(self, job_id: str, title: str, stages: Sequence[Stage]) -> None:
        """Show the job's stages as columns (rebuilt only when the job or its stages
        changed; otherwise the columns reload themselves when their data changes)."""
        self._job_title = title
        same = job_id == self._job_id and [c.stage for c in self._columns] == list(stages)
        if same:
            return
        self._job_id = job_id
        self._follow = None
        self._message.hide()
        for column in self._columns:
            self._row.removeWidget(column)
            column.deleteLater()
        self._columns = []
        for stage in stages:
            column = StageColumn(self._workspace, job_id, stage, self._strip)
            self._row.insertWidget(self._row.count() - 1, column)
            self._columns.append(column)
            self._wire(column)
            column.load()
        self._update_bar()

    def _wire(self, column: StageColumn) -> None:
        cards = column.cards
        cards.activated.connect(lambda index: self._open(column, index))
        cards.doubleClicked.connect(lambda index: self._open(column, index))
        cards.plain_click.connect(lambda: self._clear_others(column))
        cards.step_requested.connect(lambda step: self._step(column, step))
        cards.move_menu_requested.connect(lambda: self._move_menu_at(column))
        cards.reject_requested.connect(lambda: self.reject_cards(self._chosen(column)))
        cards.focus_step.connect(lambda step: self._focus_neighbour(column, step))
        cards.dropped.connect(lambda dragged: self._drop(column, dragged))
        cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        cards.customContextMenuRequested.connect(lambda point: self._context_menu(column, point))
        cards.selectionModel().selectionChanged.connect(lambda *_: self._update_bar())
        cards.selectionModel().currentChanged.connect(
            lambda current, _: self._chosen_card(column, current)
        )
        column.model.loading_changed.connect(lambda busy: self._column_loaded(column, busy))
        column.model.failed.connect(self._tell)

    def _column_loaded(self, column: StageColumn, busy: bool) -> None:
        if busy:
            return
        self._read_pending()
        if self._follow is not None:
            row = column.model.row_of(self._follow)
            if row is not None:
                self._follow = None
                index = column.model.index(row, 0)
                column.cards.setCurrentIndex(index)
                column.cards.scrollTo(index)
                column.cards.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read_pending(self) -> None:
        """Mark the cards whose change waits for the server; asks that come while a read is
        under way make one more read after it, not one each (columns load together)."""
        if self._pending_read:
            self._pending_read = "again"
            return
        self._pending_read = "reading"
        shown = [card.application_id for c in self._columns for card in c.model.cards()]
        columns = list(self._columns)

        def mark(pending: frozenset[str]) -> None:
            for column in columns:
                if column in self._columns:
                    column.model.set_pending(pending)
            self._read_pending_done()

        def failed(message: str) -> None:
            self._tell(message)
            self._read_pending_done()

        spawn_for(self, self._workspace.read(pending_among, shown), done=mark, failed=failed)

    def _read_pending_done(self) -> None:
        again = self._pending_read == "again"
        self._pending_read = ""
        if again:
            self._read_pending()

    # --- Choosing cards ---------------------------------------------------------------

    def selected_cards(self) -> list[PipelineCard]:
        """The selected cards of every column, column by column."""
        chosen: list[PipelineCard] = []
        for column in self._columns:
            rows = sorted(i.row() for i in column.cards.selectionModel().selectedRows())
            chosen.extend(card for row in rows if (card := column.model.item(row)) is not None)
        return chosen

    def _chosen(self, column: StageColumn) -> list[PipelineCard]:
        """What a key acts on: the selection when it holds the focused card, else that card."""
        focused = column.cards.card(column.cards.currentIndex())
        selected = self.selected_cards()
        if focused is None:
            return selected
        ids = {card.application_id for card in selected}
        return selected if focused.application_id in ids else [focused]

    def clear_selection(self) -> None:
        for column in self._columns:
            column.cards.clearSelection()

    def _clear_others(self, keep: StageColumn) -> None:
        for column in self._columns:
            if column is not keep:
                column.cards.clearSelection()

    def _chosen_card(self, column: StageColumn, index: QModelIndex) -> None:
        if column.cards.hasFocus():
            column.model.with_item(
                index, lambda card: self.candidate_opened.emit(card.candidate_id)
            )

    def _open(self, column: StageColumn, index: QModelIndex) -> None:
        card = column.cards.card(index)
        if card is not None:
            self.candidate_opened.emit(card.candidate_id)

    def _focus_neighbour(self, column: StageColumn, step: int) -> None:
        at = self._columns.index(column) + step
        if not 0 <= at < len(self._columns):
            return
        target = self._columns[at]
        row = min(max(column.cards.currentIndex().row(), 0), target.model.rowCount() - 1)
        self.clear_selection()
        target.cards.setFocus(Qt.FocusReason.OtherFocusReason)
        if row >= 0:
            target.cards.setCurrentIndex(target.model.index(row, 0))

    # --- Moving -------------------------------------------------------------------------

    def _stage_index(self, stage_id: str) -> int:
        for at, column in enumerate(self._columns):
            if column.stage.id == stage_id:
                return at
        return -1

    def _step(self, column: StageColumn, step: int) -> None:
        """Ctrl+Right / Ctrl+Left: each chosen card to the stage after / before its own."""
        chosen = self._chosen(column)
        focused = column.cards.card(column.cards.currentIndex())
        by_target: dict[str, list[str]] = {}
        for card in chosen:
            at = self._stage_index(card.stage_id) + step
            if 0 <= at < len(self._columns):
                by_target.setdefault(self._columns[at].stage.id, []).append(card.application_id)
        if not by_target:
            self._tell(self.tr("There is no stage that way."))
            return
        if focused is not None:
            self._follow = focused.application_id
        for stage_id, ids in by_target.items():
            self.move_cards(ids, stage_id)

    def _drop(self, column: StageColumn, dragged: DraggedCards) -> None:
        self.move_cards(list(dragged.application_ids), column.stage.id)

    def move_cards(self, application_ids: list[str], stage_id: str) -> None:
        """Move these applications to the stage: the cache at once, the server soon."""
        at = self._stage_index(stage_id)
        if at < 0 or not application_ids:
            return
        self._message.hide()
        self._columns[at].model.pin(application_ids)

        async def move_all() -> list[str]:
            problems = []
            for app_id in application_ids:
                try:
                    await self._workspace.write(APPLICATION_WRITE, move_stage, app_id, stage_id)
                except LocalWriteError as error:
                    problems.append(str(error))
            return problems

        spawn_for(self, move_all(), done=self._tell_all, failed=self._tell)

    def _fill_move_menu(
        self, menu: QMenu, cards: list[PipelineCard], follow: str | None = None
    ) -> None:
        """One item a stage ("&1 Prospect"...); `follow`: the card focus follows."""
        menu.clear()
        stages_of_cards = {card.stage_id for card in cards}
        ids = [card.application_id for card in cards]
        for at, column in enumerate(self._columns):
            label = f"&{at + 1}  {column.stage.name}" if at < 9 else column.stage.name
            action = menu.addAction(label)
            action.setEnabled(bool(cards) and stages_of_cards != {column.stage.id})
            stage_id = column.stage.id
            action.triggered.connect(
                lambda _=False, s=stage_id: self._move_following(ids, s, follow)
            )

    def _move_following(self, ids: list[str], stage_id: str, follow: str | None) -> None:
        self._follow = follow
        self.move_cards(ids, stage_id)

    def _move_menu_at(self, column: StageColumn) -> None:
        menu = QMenu(self)
        menu.setTitle(self.tr("Move to"))
        focused = column.cards.card(column.cards.currentIndex())
        follow = focused.application_id if focused is not None else None
        self._fill_move_menu(menu, self._chosen(column), follow)
        menu.popup(column.menu_point())

    def _context_menu(self, column: StageColumn, point: QPoint) -> None:
        index = column.cards.indexAt(point)
        if not index.isValid():
            return
        if not column.cards.selectionModel().isSelected(index):
            column.cards.setCurrentIndex(index)
        chosen = self._chosen(column)
        menu = QMenu(self)
        self._add(menu, self.tr("Open candidate"), "Return", lambda: self._open(column, index))
        move = menu.addMenu(self.tr("Move to"))
        self._fill_move_menu(move, chosen)
        self._add(menu, self.tr("Move to next stage"), "Ctrl+Right", lambda: self._step(column, 1))
        self._add(
            menu, self.tr("Move to previous stage"), "Ctrl+Left", lambda: self._step(column, -1)
        )
        menu.addSeparator()
        self._add(menu, self.tr("Reject…"), "R", lambda: self.reject_cards(chosen))
        menu.popup(column.cards.viewport().mapToGlobal(point))

    @staticmethod
    def _add(menu: QMenu, text: str, keys: str, slot: Callable[[], None]) -> None:
        action = menu.addAction(text)
        action.setShortcut(QKeySequence(keys))  # shown in the menu; the list handles the key
        action.triggered.connect(slot)

    # --- Rejecting ----------------------------------------------------------------------

    def reject_cards(self, cards: list[PipelineCard]) -> None:
        """Ask for a reason, then reject these applications."""
        if not cards:
            return
        dialog = RejectDialog([full_name(card) for card in cards], self._job_title, self)
        ids = [card.application_id for card in cards]
        dialog.accepted.connect(lambda: self._reject(ids, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    @property
    def reject_dialog(self) -> RejectDialog | None:
        """The reason dialog while it is open."""
        dialog = self._dialog
        return dialog if dialog is not None and dialog.isVisible() else None

    def _reject(self, application_ids: list[str], reason: str) -> None:
        async def reject_all() -> list[str]:
            problems = []
            for app_id in application_ids:
                try:
                    await self._workspace.write(APPLICATION_WRITE, reject, app_id, reason)
                except LocalWriteError as error:
                    problems.append(str(error))
            return problems

        spawn_for(self, reject_all(), done=self._tell_all, failed=self._tell)

    # --- Telling ------------------------------------------------------------------------

    def _tell_all(self, problems: list[str]) -> None:
        if problems:
            self._tell("\n".join(problems))

    def _tell(self, message: str) -> None:
        self._message.setText(message)
        self._message.show()

    @property
    def bar(self) -> SelectionBar:
        return self._bar

    @property
    def message(self) -> str:
        """What the board says about the last action that failed ("" when none)."""
        return "" if self._message.isHidden() else self._message.text()
