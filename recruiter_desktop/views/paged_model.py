"""The lazy table model every list of the app uses: rows come from a paged store query, a
page at a time, as the view scrolls; nothing ever loads a whole table.

API (all a list needs):

    model = PagedModel(
        workspace,
        job_list,                                  # a store query: query(conn, *, offset,
                                                   # limit, **arguments) -> Page[T] | list[T]
        [Column(tr("Title"), lambda j: j.title, sort={"sort": JobSort.TITLE}), ...],
        key=lambda job: job.id,                    # a row's id, under ID_ROLE (Qt.UserRole)
        arguments={"statuses": ()},                # the query's other keyword arguments
        sorted_by=(0, Qt.SortOrder.AscendingOrder),
        reload_on=frozenset({"job", "application"}),  # entity names of data_changed
    )
    view.setModel(model); enable_sorting(view, model); model.reload()

- `fetchMore` (called by the view when its last row shows) reads the next page through
  `workspace.read` and inserts its rows when it arrives; `canFetchMore` says whether more rows
  match and no read is under way.
- `reload(**arguments)` reads again as many rows as are loaded (at least a page), in one read
  snapshot, and keeps the view's selection, current row and scroll position where those rows
  still are (matched by their id); keyword arguments change the query's arguments first.
  `workspace.status.data_changed` naming one of `reload_on` calls it.
- `set_arguments(**arguments)` filters (e.g. `text=`, `statuses=`) and `sort(column, order)`
  orders by querying again from the first page, never by loading everything. A sortable
  column's `sort` holds the query's keyword arguments that order by it; the query also takes
  `descending`.
- `item(row)`, `row_of(id)`, `total` (rows that match; -1 when the query does not say),
  `loading`; signals `loading_changed(bool)`, `total_changed(int)`, `failed(str)` (a read
  failed, in words).
- Roles: display, tooltip (the column's tooltip, else the text), accessible text, text
  alignment, the row's id under `ID_ROLE` and the row itself under `ITEM_ROLE` (for a
  delegate that paints it).
"""

import asyncio
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QTableView

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.common import MAX_PAGE, Page, snapshot
from recruiter_desktop.views.owned_spawn import spawn_for

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = ID_ROLE + 1  # the row's dataclass itself (for delegates that paint it)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its header, a cell's text and tooltip, and the query's keyword arguments
    that sort by it (None: the column does not sort)."""

    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    sort: Mapping[str, object] | None = None
    align: Qt.AlignmentFlag = _LEFT


@dataclass(frozen=True)
class _Rows(Generic[T]):
    items: list[T]
    total: int
    more: bool


def _read_rows(
    conn: sqlite3.Connection,
    query: Callable[..., Page[T] | Sequence[T]],
    offset: int,
    count: int,
    arguments: Mapping[str, object],
) -> _Rows[T]:
    """`count` rows from `offset`, page by page, in one snapshot (runs in a worker thread)."""
    items: list[T] = []
    total, more = -1, True
    with snapshot(conn):
        while more and len(items) < count:
            limit = min(MAX_PAGE, count - len(items))
            answer = query(conn, offset=offset + len(items), limit=limit, **arguments)
            if isinstance(answer, Page):
                got, total, more = answer.items, answer.total, answer.has_more
            else:
                got, more = tuple(answer), len(answer) == limit
            items.extend(got)
            more = more and bool(got)
    return _Rows(items, total, more)


class PagedModel(QAbstractTableModel, Generic[T]):
    """A table over a paged store query, read lazily (see the module's docstring).

    Signals:
        loading_changed(bool): a read started or ended (show a busy state).
        total_changed(int): how many rows match (-1 when the query does not say).
        failed(str): a read failed; the reason in words.
    """

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        query: Callable[..., Page[T] | Sequence[T]],
        columns: Sequence[Column[T]],
        *,
        key: Callable[[T], str],
        arguments: Mapping[str, object] | None = None,
        sorted_by: tuple[int, Qt.SortOrder] | None = None,
        page_size: int = 100,
        reload_on: frozenset[str] = frozenset(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._query = query
        self._columns = tuple(columns)
        self._key = key
        self._arguments: dict[str, object] = dict(arguments or {})
        self._sorted_by = sorted_by
        self._page_size = page_size
        self._rows: list[T] = []
        self._total = -1
        self._more = True
        self._task: asyncio.Task[_Rows[T]] | None = None
        self._again = False  # a reload was asked for while another read ran
        self._reload_on = reload_on
        if reload_on:
            workspace.status.data_changed.connect(self._on_data_changed)

    # --- What the views ask -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == ID_ROLE:
            return self._key(row)
        if role == ITEM_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and self._task is None

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._read(len(self._rows), self._page_size, replace=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable(column) or self._sorted_by == (column, order):
            return
        self._sorted_by = (column, order)
        self._restart()

    # --- What the pages call ------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._task is not None

    @property
    def sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sorted_by

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort is not None

    def item(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int | None:
        for row, item in enumerate(self._rows):
            if self._key(item) == key:
                return row
        return None

    def set_arguments(self, **arguments: object) -> None:
        """Change the query's keyword arguments (a filter) and read its first page."""
        self._arguments.update(arguments)
        self._restart()

    def reload(self, **arguments: object) -> None:
        """Read the loaded rows again, keeping selection and scroll where the rows remain;
        keyword arguments change the query's arguments first (without starting over)."""
        self._arguments.update(arguments)
        if self._task is not None:
            self._again = True
            return
        self._read(0, max(len(self._rows), self._page_size), replace=True)

    # --- Reading ------------------------------------------------------------------------

    def _on_data_changed(self, entities: object) -> None:
        if isinstance(entities, frozenset) and entities & self._reload_on:
            self.reload()

    def _restart(self) -> None:
        # A new question: the answer of the old one must not land.
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._again = False
        self._read(0, self._page_size, replace=True)

    def _query_arguments(self) -> dict[str, object]:
        arguments = dict(self._arguments)
        if self._sorted_by is not None and self.sortable(self._sorted_by[0]):
            column, order = self._sorted_by
            arguments.update(self._columns[column].sort or {})
            arguments["descending"] = order == Qt.SortOrder.DescendingOrder
        return arguments

    def _read(self, offset: int, count: int, *, replace: bool) -> None:
        work = self._workspace.read(_read_rows, self._query, offset, count, self._query_arguments())
        task = spawn_for(
            self,
            work,
            done=lambda rows: self._arrived(task, rows, replace),
            failed=lambda message: self._read_failed(task, message),
        )
        self._task = task
        self.loading_changed.emit(True)

    def _arrived(self, task: asyncio.Task[_Rows[T]], rows: _Rows[T], replace: bool) -> None:
        if task is not self._task:
            return
        self._task = None
        if replace:
            self._replace(rows.items)
        elif rows.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows.items) - 1)
            self._rows.extend(rows.items)
            self.endInsertRows()
        self._more = rows.more
        if rows.total != self._total:
            self._total = rows.total
            self.total_changed.emit(rows.total)
        self._finished()

    def _read_failed(self, task: asyncio.Task[_Rows[T]], message: str) -> None:
        if task is not self._task:
            return
        self._task = None
        self.failed.emit(message)
        self._finished()

    def _finished(self) -> None:
        self.loading_changed.emit(False)
        if self._again:
            self._again = False
            self.reload()

    def _replace(self, new: list[T]) -> None:
        """Show `new` instead of the rows shown, moving each selected or current cell to
        where its row (by id) now is: rows are appended first, then moved, then the tail is
        removed, so no index of a row that stays is ever dropped."""
        if len(new) > len(self._rows):
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, len(new) - 1)
            self._rows.extend(new[first:])
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        position = {self._key(item): row for row, item in enumerate(new)}
        for old in self.persistentIndexList():
            if old.row() >= len(self._rows):
                continue
            moved = position.get(self._key(self._rows[old.row()]))
            if moved is not None:
                self.changePersistentIndex(old, self.index(moved, old.column()))
            elif old.row() < len(new):
                self.changePersistentIndex(old, QModelIndex())
        self._rows[: len(new)] = new
        self.layoutChanged.emit()
        if len(self._rows) > len(new):
            self.beginRemoveRows(QModelIndex(), len(new), len(self._rows) - 1)
            del self._rows[len(new) :]
            self.endRemoveRows()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def enable_sorting(view: QTableView, model: PagedModel[Any]) -> None:
    """Let clicks on `view`'s header sort `model` by re-querying; a click on a column that
    does not sort puts the header's arrow back where the order really is."""
    header = view.horizontalHeader()
    header.setSortIndicatorShown(True)
    if model.sorted_by is not None:
        header.setSortIndicator(*model.sorted_by)

    def check(column: int, order: Qt.SortOrder) -> None:
        if not model.sortable(column):
            if model.sorted_by is None:
                header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            else:
                header.setSortIndicator(*model.sorted_by)

    header.sortIndicatorChanged.connect(check)
    view.setSortingEnabled(True)
