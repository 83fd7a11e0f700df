"""The lazy model. Over a query that says its total (a Page), a windowed list of thousands of
candidates: the scroll bar spans them all, a jump to the end reads only the pages shown, a
few pages are held, a fast scroll reads where it stops, a reload after a sync keeps the
selection. Over a query of plain lists, the list grows a page at a time as the view scrolls.
Sorting and filtering query again, within Qt's model rules."""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.candidate_list import candidate_list
from recruiter_desktop.store.queries.candidates import CandidateListRow, candidate_page
from recruiter_desktop.store.queries.common import Page
from recruiter_desktop.store.queries.jobs import JobSort, JobSummary, job_list
from recruiter_desktop.views.paged_model import ID_ROLE, Column, PagedModel, enable_sorting
from recruiter_server.db.engine import Database
from recruiter_server.db.models import Candidate
from tests.desktop.views.gui import Gui
from tests.server.live_server import LiveServer
from tests.server.world import World

MANY = 5000
PAGE = 50
CACHE = 6
WORLD = 4  # the world's candidates ("… Candidate") sort before the many ("… Many…")
LAST_NAME = f"Person{MANY - 1:04} Many{MANY - 1:04}"


def add_candidates(db: Database, names: list[tuple[str, str]]) -> None:
    with db.write_session() as s:
        s.add_all(Candidate(first_name=first, last_name=last) for first, last in names)
        s.commit()


@pytest.fixture
def recruiter(
    gui: Gui, server: LiveServer, world: World, db: Database, tmp_path: Path
) -> Workspace:
    """The recruiter's workspace, synced with MANY more candidates than the world's."""
    add_candidates(db, [(f"Person{i:04}", f"Many{i:04}") for i in range(MANY)])
    return gui.workspace(server.url, "recruiter@example.org", tmp_path)


class CountedReads:
    """A store query as it is, noting the offset of each page read (from worker threads);
    a read of the page at `hold` waits until `release()`."""

    def __init__(self, query: Callable[..., Any], hold: int = -1) -> None:
        self.query = query
        self.offsets: list[int] = []
        self.hold = hold
        self._gate = threading.Event()

    def __call__(self, conn: Any, *, offset: int, **arguments: Any) -> Any:
        self.offsets.append(offset)
        if offset == self.hold:
            self._gate.wait(10)
        return self.query(conn, offset=offset, **arguments)

    def release(self) -> None:
        self._gate.set()


def candidate_model(
    workspace: Workspace, query: Callable[..., Page[CandidateListRow] | list[CandidateListRow]]
) -> PagedModel[CandidateListRow]:
    return PagedModel(
        workspace,
        query,
        [
            Column("Name", lambda c: f"{c.first_name} {c.last_name}"),
            Column("Headline", lambda c: c.headline, tooltip=lambda c: f"About: {c.headline}"),
        ],
        key=lambda c: c.id,
        page_size=PAGE,
        cache_pages=CACHE,
        reload_on=frozenset({"candidate"}),
    )


def shown(qtbot: QtBot, model: PagedModel[Any]) -> QTableView:
    view = QTableView()
    view.resize(500, 300)
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    return view


def bottom_row(view: QTableView) -> int:
    return view.rowAt(view.viewport().height() - 2)


def jump(gui: Gui, view: QTableView, row: int) -> None:
    """Put `row` at the top of the view and wait until the rows shown are read."""
    model = view.model()
    assert isinstance(model, PagedModel)
    view.scrollTo(model.index(row, 0), QTableView.ScrollHint.PositionAtTop)
    gui.wait_until(lambda: model.item(view.rowAt(0)) is not None)
    gui.wait_until(lambda: model.item(bottom_row(view)) is not None and not model.loading)


def test_a_long_list_jumps_to_its_end_reading_only_the_pages_shown(
    qtbot: QtBot, qtmodeltester: ModelTester, gui: Gui, recruiter: Workspace, world: World
) -> None:
    reads = CountedReads(candidate_list)
    model = candidate_model(recruiter, reads)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]  # pytest-qt is not annotated
    view = shown(qtbot, model)
    model.reload()
    gui.wait_until(lambda: model.rowCount() == WORLD + MANY and not model.loading)
    gui.settle()
    assert model.total == WORLD + MANY  # the scroll bar spans every row from the start
    assert not model.canFetchMore(model.index(-1, -1))
    assert model.index(0, 0).data() == "Alice Candidate"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "About: Engineer"
    assert model.index(0, 0).data(ID_ROLE) == str(world.candidates["alice"].id)
    reads.offsets.clear()  # the tester's look at the model asked for a page or two at first

    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the scroll bar dragged to its end
    last = model.rowCount() - 1
    gui.wait_until(lambda: model.item(last) is not None and not model.loading)
    gui.settle()
    assert bottom_row(view) == last
    assert view.indexAt(view.visualRect(model.index(last, 0)).center()).data() == LAST_NAME
    last_page = last // PAGE * PAGE
    assert sorted(set(reads.offsets)) in ([last_page], [last_page - PAGE, last_page])
    assert len(reads.offsets) <= 2  # no page in between, none twice

    # A row whose page is not held shows a placeholder (and asks for its page).
    middle = model.index(MANY // 2, 0)
    assert model.item(MANY // 2) is None
    assert (middle.data(), middle.data(Qt.ItemDataRole.AccessibleTextRole)) == ("…", "Loading")
    assert middle.data(ID_ROLE) is None

    for row in range(0, MANY, MANY // 10):  # ten screens far apart
        jump(gui, view, row)
        assert len(model.loaded()) <= CACHE * PAGE
    assert model.item(MANY // 10) is None  # an early screen has left the cache
    assert model.index(view.rowAt(0), 0).data() == f"Person{row - WORLD:04} Many{row - WORLD:04}"


def test_a_fast_scroll_reads_the_pages_where_it_stops(
    qtbot: QtBot, gui: Gui, recruiter: Workspace
) -> None:
    first, passed, stop = 1000, 2500, 4000
    reads = CountedReads(candidate_list, hold=first)
    model = candidate_model(recruiter, reads)
    view = shown(qtbot, model)
    model.reload()
    gui.wait_until(lambda: model.rowCount() == WORLD + MANY and not model.loading)

    view.scrollTo(model.index(first, 0), QTableView.ScrollHint.PositionAtTop)
    gui.wait_until(lambda: model.loading)  # the read of the first stop waits
    view.scrollTo(model.index(passed, 0), QTableView.ScrollHint.PositionAtTop)
    gui.settle()  # painted: its rows ask for their page while the read runs
    view.scrollTo(model.index(stop, 0), QTableView.ScrollHint.PositionAtTop)
    gui.settle()
    reads.release()
    gui.wait_until(lambda: model.item(stop) is not None and not model.loading)
    gui.settle()

    assert first in reads.offsets and stop in reads.offsets
    assert passed not in reads.offsets  # scrolled past while a read ran: never read
    assert model.item(passed) is None
    assert reads.offsets.count(stop) == 1


def test_a_reload_keeps_selection_current_row_and_scroll_by_id(
    qtbot: QtBot, gui: Gui, recruiter: Workspace, db: Database
) -> None:
    model = candidate_model(recruiter, candidate_list)
    view = shown(qtbot, model)
    model.reload()
    gui.wait_until(lambda: model.rowCount() == WORLD + MANY and not model.loading)
    chosen_row = 3000
    jump(gui, view, chosen_row - 3)
    chosen = model.index(chosen_row, 0)
    chosen_id = chosen.data(ID_ROLE)
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(chosen, flags.ClearAndSelect | flags.Rows)
    scrolled = view.verticalScrollBar().value()

    # Someone adds two candidates who sort first, and one who sorts last; a sync brings them.
    add_candidates(db, [("Aaron", "Aardvark"), ("Abel", "Aardvark"), ("Zed", "Zzz")])
    gui.run(recruiter.session.engine.sync_now())
    gui.wait_until(lambda: model.rowCount() == WORLD + MANY + 3 and not model.loading)

    assert model.row_of(chosen_id) == chosen_row + 2
    assert selection.currentIndex().row() == chosen_row + 2
    assert [i.row() for i in selection.selectedRows()] == [chosen_row + 2]
    assert view.verticalScrollBar().value() == scrolled
    jump(gui, view, 0)
    assert model.index(0, 0).data() == "Aaron Aardvark"


def test_a_filter_queries_again_and_the_list_shrinks(
    qtbot: QtBot, gui: Gui, recruiter: Workspace
) -> None:
    model = candidate_model(recruiter, candidate_list)
    view = shown(qtbot, model)
    model.reload()
    gui.wait_until(lambda: model.rowCount() == WORLD + MANY and not model.loading)
    jump(gui, view, 4000)

    model.set_arguments(text="Many0042")
    gui.wait_until(lambda: model.rowCount() == 1 and not model.loading)
    assert model.index(0, 0).data() == "Person0042 Many0042"
    model.set_arguments(text="")
    gui.wait_until(lambda: model.rowCount() == WORLD + MANY and model.item(0) is not None)
    assert model.index(0, 0).data() == "Alice Candidate"


def test_a_plain_list_query_grows_a_page_at_a_time_as_the_view_scrolls(
    qtbot: QtBot, gui: Gui, recruiter: Workspace
) -> None:
    model = candidate_model(recruiter, candidate_page)
    view = shown(qtbot, model)
    model.reload()
    gui.wait_until(lambda: model.rowCount() == PAGE and not model.loading)
    gui.settle()
    assert model.rowCount() == PAGE  # the view is filled by one page: no second read
    assert model.total == -1 and model.canFetchMore(model.index(-1, -1))
    assert model.index(0, 0).data() == "Alice Candidate"

    view.scrollToBottom()
    gui.wait_until(lambda: model.rowCount() == 2 * PAGE and not model.loading)
    view.scrollToBottom()
    gui.wait_until(lambda: model.rowCount() == 3 * PAGE and not model.loading)
    gui.settle()
    assert model.rowCount() == 3 * PAGE
    assert len(model.loaded()) == 3 * PAGE  # a growing list holds what it read


def test_a_plain_list_reload_keeps_selection_current_row_and_scroll(
    qtbot: QtBot, gui: Gui, recruiter: Workspace, db: Database
) -> None:
    model = candidate_model(recruiter, candidate_page)
    view = shown(qtbot, model)
    model.reload()
    gui.wait_until(lambda: model.rowCount() >= PAGE and not model.loading)
    view.scrollToBottom()
    gui.wait_until(lambda: model.rowCount() == 2 * PAGE and not model.loading)

    chosen = model.index(70, 0)
    chosen_id = chosen.data(ID_ROLE)
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(chosen, flags.ClearAndSelect | flags.Rows)
    view.scrollTo(chosen)
    scrolled = view.verticalScrollBar().value()

    add_candidates(db, [("Aaron", "Aardvark"), ("Abel", "Aardvark"), ("Zed", "Zzz")])
    gui.run(recruiter.session.engine.sync_now())
    gui.wait_until(lambda: model.index(0, 0).data() == "Aaron Aardvark" and not model.loading)

    assert model.rowCount() == 2 * PAGE  # as many rows as were loaded, read again
    assert model.row_of(chosen_id) == 72
    assert selection.currentIndex().row() == 72
    assert [i.row() for i in selection.selectedRows()] == [72]
    assert view.verticalScrollBar().value() == scrolled


def test_sorting_and_filtering_query_again_within_qt_model_rules(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    workspace = gui.workspace(server.url, "recruiter@example.org", tmp_path)
    model: PagedModel[JobSummary] = PagedModel(
        workspace,
        job_list,
        [
            Column("Title", lambda j: j.title, sort={"sort": JobSort.TITLE}),
            Column("Location", lambda j: j.location),
            Column("Status", lambda j: j.status.value, sort={"sort": JobSort.STATUS}),
        ],
        key=lambda j: j.id,
        sorted_by=(0, Qt.SortOrder.AscendingOrder),
    )
    # Qt's own checker of the model API: a broken rule is a Qt warning, which fails the test.
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning, model)
    view = shown(qtbot, model)
    enable_sorting(view, model)
    header = view.horizontalHeader()
    model.reload()

    def titles() -> list[str]:
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    gui.wait_until(lambda: model.rowCount() == 3 and not model.loading)
    assert titles() == ["Eng engineer", "Ops engineer", "Sales engineer"]
    assert model.total == 3
    view.selectRow(2)

    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(view, 0))
    gui.wait_until(lambda: titles()[0] == "Sales engineer" and not model.loading)
    assert titles() == ["Sales engineer", "Ops engineer", "Eng engineer"]
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]

    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(view, 1))
    gui.settle()
    assert header.sortIndicatorSection() == 0  # Location does not sort: the arrow stays
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert not model.loading

    model.set_arguments(text="sal")
    gui.wait_until(lambda: model.rowCount() == 1 and not model.loading)
    assert titles() == ["Sales engineer"] and model.total == 1
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
    model.set_arguments(text="")
    gui.wait_until(lambda: model.rowCount() == 3 and not model.loading)
    assert titles() == ["Sales engineer", "Ops engineer", "Eng engineer"]


def section_centre(view: QTableView, column: int) -> QPoint:
    header = view.horizontalHeader()
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5)
