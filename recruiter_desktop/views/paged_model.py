"""The lazy table model every list of the app uses: rows come from a paged store query, a
page at a time, as the view shows them; only a few pages are ever held, however long the list.

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

A query that returns a `Page` (it says how many rows match) makes a WINDOWED model:
- `rowCount()` is the page's `total`: the scroll bar spans every row from the start.
- `data()` of a row whose page is not held returns a placeholder ("…" in the first column,
  accessible text "Loading") and asks for the page. Asks made while the model paints are
  read together once the event loop is free, one read at a time through `workspace.read`;
  asks that came while a read ran are dropped when it ends and their rows are announced as
  changed (`dataChanged`), so the views ask again only for the rows they still show: a fast
  scroll reads the pages it stops at, not the ones it passed. A page that arrives announces
  its rows with `dataChanged`.
- Pages held live in a small LRU (`cache_pages`, 20 by default: a few screens either way);
  the least recently shown page goes first.
A query that returns a plain list keeps the older growing behaviour: the view's
`fetchMore` (when its last row shows) appends the next page until a page comes back short,
and every row read stays held.

- `reload(**arguments)` reads again, in one read snapshot, the total and the pages that
  matter (windowed: the pages most recently shown and those holding the views' selection
  and current index; growing: every row held), drops every other page, and moves each
  selected or current cell to its row's new place by id. Limits: a row is followed by id only
  if its page was held before and is read again (a row that moved onto a page not read again
  loses its selection); a selected cell whose page was not held keeps its row number.
  Keyword arguments change the query's arguments first. `workspace.status.data_changed`
  naming one of `reload_on` calls it.
- `set_arguments(**arguments)` filters (e.g. `text=`, `statuses=`) and `sort(column, order)`
  orders by querying again from the first page (an answer of the old question never lands),
  never by loading everything. A sortable column's `sort` holds the query's keyword
  arguments that order by it; the query also takes `descending`.
- `item(row)` (the row if its page is held, else None), `with_item(index, act)` (calls
  `act(row)` now, or once the row's page arrives: for "the current row changed"),
  `row_of(id)` (among the rows held), `loaded()` (the rows held), `total` (rows that match;
  -1 when the query does not say), `loading`; signals `loading_changed(bool)`,
  `total_changed(int)`, `failed(str)` (a read failed, in words).
- Roles: display, tooltip (the column's tooltip, else the text), accessible text, text
  alignment, the row's id under `ID_ROLE` and the row itself under `ITEM_ROLE` (for a
  delegate that paints it); both None while the row's page is not held.
"""

import asyncio
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QTableView

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.common import Page, snapshot
from recruiter_desktop.views.owned_spawn import spawn_for

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = ID_ROLE + 1  # the row's dataclass itself (for delegates that paint it)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CACHE_PAGES = 20
# A reload reads again this many of the pages shown last (a screen spans one or two pages).
SCREEN_PAGES = 3
PLACEHOLDER = "…"


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its header, a cell's text and tooltip, the query's keyword arguments that
    sort by it (None: the column does not sort), and what the header's tooltip explains."""

    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    sort: Mapping[str, object] | None = None
    align: Qt.AlignmentFlag = _LEFT
    explained: str = ""


@dataclass(frozen=True)
class _Answer(Generic[T]):
    pages: dict[int, tuple[T, ...]]  # in the order asked
    total: int  # -1: the query returns plain lists


def _read_pages(
    conn: sqlite3.Connection,
    query: Callable[..., Page[T] | Sequence[T]],
    page_size: int,
    pages: Sequence[int],
    arguments: Mapping[str, object],
) -> _Answer[T]:
    """The `pages` of the query, in one snapshot (runs in a worker thread). A plain list
    query stops at its first short page (`pages` then ascend)."""
    found: dict[int, tuple[T, ...]] = {}
    total = -1
    with snapshot(conn):
        for page in pages:
            offset = page * page_size
            if 0 <= total <= offset:
                continue
            answer = query(conn, offset=offset, limit=page_size, **arguments)
            if isinstance(answer, Page):
                total = answer.total
                found[page] = answer.items
            else:
                found[page] = tuple(answer)
                if len(found[page]) < page_size:
                    break
    return _Answer(found, total)


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
        cache_pages: int = CACHE_PAGES,
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
        self._cache_pages = max(cache_pages, SCREEN_PAGES + 1)
        # Pages held, least recently shown first. A growing model holds every page.
        self._pages: OrderedDict[int, tuple[T, ...]] = OrderedDict()
        self._count = 0
        self._total = -1
        self._windowed = False  # known once the query has answered
        self._more = True  # growing: another page may follow
        self._task: asyncio.Task[_Answer[T]] | None = None
        self._again = False  # a reload was asked for while another read ran
        self._asked: set[int] = set()  # pages asked for by data() since the last read began
        self._waiting: tuple[QPersistentModelIndex, Callable[[T], None]] | None = None
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(0)
        self._ask_timer.timeout.connect(self._read_asked)
        self._reload_on = reload_on
        if reload_on:
            workspace.status.data_changed.connect(self._on_data_changed)

    # --- What the views ask -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        column = self._columns[index.column()]
        page, at = divmod(index.row(), self._page_size)
        items = self._pages.get(page)
        if items is None or at >= len(items):
            self._ask(page)
            return self._placeholder(index.column(), role)
        self._pages.move_to_end(page)
        row = items[at]
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
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.explained or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._windowed and self._more and self._task is None

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._read([len(self._pages)], replace=False)

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
        """The row if its page is held, else None (it shows a placeholder until it is)."""
        if not 0 <= row < self._count:
            return None
        page, at = divmod(row, self._page_size)
        items = self._pages.get(page, ())
        return items[at] if at < len(items) else None

    def row_of(self, key: str) -> int | None:
        """The row of the id `key` among the rows held; None when none of them has it."""
        for page, items in self._pages.items():
            for at, item in enumerate(items):
                if self._key(item) == key:
                    return page * self._page_size + at
        return None

    def with_item(self, index: Index, act: Callable[[T], None]) -> None:
        """Call `act(row)` with the row at `index`: at once when its page is held, else once
        the page arrives, if the index still points at a row then (a reload follows the row
        by id). Only the latest call waits: a later one replaces it."""
        row = self.item(index.row()) if index.isValid() else None
        if row is not None:
            self._waiting = None
            act(row)
        elif index.isValid():
            self._waiting = (QPersistentModelIndex(index), act)
            self._ask(index.row() // self._page_size)
        else:
            self._waiting = None

    def loaded(self) -> list[T]:
        """The rows held, in row order."""
        return [item for page in sorted(self._pages) for item in self._pages[page]]

    def set_arguments(self, **arguments: object) -> None:
        """Change the query's keyword arguments (a filter) and read from its first page."""
        self._arguments.update(arguments)
        self._restart()

    def reload(self, **arguments: object) -> None:
        """Read the total and the pages that matter again, keeping selection and scroll where
        the rows remain; keyword arguments change the query's arguments first (without
        starting over)."""
        self._arguments.update(arguments)
        if self._task is not None:
            self._again = True
            return
        if self._windowed:
            self._read(self._pages_to_refresh(), replace=True)
        else:
            self._read(list(range(max(len(self._pages), 1))), replace=True)

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
        self._asked.clear()
        self._read(self._pages_to_refresh(first=True) if self._windowed else [0], replace=True)

    def _pages_to_refresh(self, *, first: bool = False) -> list[int]:
        """The pages a reload reads, least recently shown first: (the first page,) those
        holding the views' selected and current cells, and the pages shown last."""
        holding = sorted(
            {i.row() // self._page_size for i in self.persistentIndexList() if i.isValid()}
        )
        order = ([0] if first else []) + holding + list(self._pages)[-SCREEN_PAGES:]
        latest = list(dict.fromkeys(reversed(order)))[: self._cache_pages]
        return list(reversed(latest)) or [0]

    def _ask(self, page: int) -> None:
        self._asked.add(page)
        if self._task is None and not self._ask_timer.isActive():
            self._ask_timer.start()

    def _read_asked(self) -> None:
        if self._task is not None:
            return  # its end looks at the asks
        pages = sorted(p for p in self._asked if p not in self._pages)
        self._asked.clear()
        if pages:
            self._read(pages[: self._cache_pages], replace=False)

    def _query_arguments(self) -> dict[str, object]:
        arguments = dict(self._arguments)
        if self._sorted_by is not None and self.sortable(self._sorted_by[0]):
            column, order = self._sorted_by
            arguments.update(self._columns[column].sort or {})
            arguments["descending"] = order == Qt.SortOrder.DescendingOrder
        return arguments

    def _read(self, pages: list[int], *, replace: bool) -> None:
        work = self._workspace.read(
            _read_pages, self._query, self._page_size, pages, self._query_arguments()
        )
        task = spawn_for(
            self,
            work,
            done=lambda answer: self._arrived(task, answer, replace),
            failed=lambda message: self._read_failed(task, message),
        )
        self._task = task
        self.loading_changed.emit(True)

    def _arrived(self, task: asyncio.Task[_Answer[T]], answer: _Answer[T], replace: bool) -> None:
        if task is not self._task:
            return
        self._task = None
        if answer.total >= 0:
            self._windowed = True
            if replace or answer.total != self._total:
                self._replace(answer.pages, answer.total)
            else:
                self._fill(answer.pages)
        elif replace:
            count = sum(len(items) for items in answer.pages.values())
            self._replace({n: items for n, items in answer.pages.items() if items}, count)
            self._more = count == len(answer.pages) * self._page_size
        else:
            self._append(answer.pages)
        if answer.total != self._total:
            self._total = answer.total
            self.total_changed.emit(answer.total)
        self._ask_again()
        self._serve_waiting()
        self._finished()

    def _read_failed(self, task: asyncio.Task[_Answer[T]], message: str) -> None:
        if task is not self._task:
            return
        self._task = None
        self._asked.clear()  # asking again would fail again, over and over
        self.failed.emit(message)
        self._finished()

    def _finished(self) -> None:
        self.loading_changed.emit(False)
        if self._again:
            self._again = False
            self.reload()

    def _ask_again(self) -> None:
        """Drop the asks that came during the read and tell the views their rows changed:
        the views paint again the rows they still show, which asks for those pages only."""
        stale = sorted(p for p in self._asked if p not in self._pages)
        self._asked.clear()
        for page in stale:
            self._announce(page, self._page_size)

    def _serve_waiting(self) -> None:
        if self._waiting is None:
            return
        index, act = self._waiting
        if not index.isValid():
            self._waiting = None
            return
        row = self.item(index.row())
        if row is None:
            self._ask(index.row() // self._page_size)  # no view may be asking for it
            return
        self._waiting = None
        act(row)

    def _announce(self, page: int, rows: int) -> None:
        first = page * self._page_size
        last = min(first + rows, self._count) - 1
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    def _fill(self, pages: dict[int, tuple[T, ...]]) -> None:
        """Hold pages read for the rows shown (the total has not changed)."""
        for page, items in pages.items():
            self._pages[page] = items
            self._pages.move_to_end(page)
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        for page, items in pages.items():
            self._announce(page, len(items))

    def _append(self, pages: dict[int, tuple[T, ...]]) -> None:
        """A growing model's next page (fetchMore)."""
        for page, items in pages.items():
            if items:
                self.beginInsertRows(QModelIndex(), self._count, self._count + len(items) - 1)
                self._pages[page] = items
                self._count += len(items)
                self.endInsertRows()
            self._more = len(items) == self._page_size

    def _replace(self, pages: dict[int, tuple[T, ...]], count: int) -> None:
        """Hold `pages` instead of the pages held, with `count` rows, moving each selected or
        current cell to where its row (by id) now is: rows are appended first, then moved,
        then the tail is removed, so no index of a row that stays is ever dropped."""
        size = self._page_size
        position = {
            self._key(item): page * size + at
            for page, items in pages.items()
            for at, item in enumerate(items)
            if page * size + at < count
        }
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        for old in self.persistentIndexList():
            item = self.item(old.row())
            if item is None:
                continue  # its id is not known: it keeps its row
            moved = position.get(self._key(item))
            new = self.index(moved, old.column()) if moved is not None else QModelIndex()
            self.changePersistentIndex(old, new)
        self._pages = OrderedDict(pages)
        self.layoutChanged.emit()
        if count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        if self._count:
            last = self.index(self._count - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _placeholder(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return PLACEHOLDER if column == 0 else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("PagedModel", "Loading")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[column].align
        return None


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
