"""The lazy model: a list of many candidates reads pages as the view scrolls, never all rows,
and a reload after a sync keeps the selection, the current row and the scroll position."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.candidates import CandidateListRow, candidate_page
from recruiter_desktop.store.queries.jobs import JobSort, JobSummary, job_list
from recruiter_desktop.views.paged_model import ID_ROLE, Column, PagedModel, enable_sorting
from recruiter_server.db.engine import Database
from recruiter_server.db.models import Candidate
from tests.desktop.views.gui import Gui
from tests.desktop.views.loop_tail import loop_known_in_last_pass  # noqa: F401 (autouse fixture)
from tests.desktop.views.qt_garbage import collect_qt_garbage  # noqa: F401 (autouse fixture)
from tests.server.live_server import LiveServer
from tests.server.world import World

MANY = 400
PAGE = 50


def add_candidates(db: Database, names: list[tuple[str, str]]) -> None:
    with db.write_session() as s:
        s.add_all(Candidate(first_name=first, last_name=last) for first, last in names)
        s.commit()


@pytest.fixture
def recruiter(
    gui: Gui, server: LiveServer, world: World, db: Database, tmp_path: Path
) -> Workspace:
    """The recruiter's workspace, synced with MANY more candidates than the world's."""
    add_candidates(db, [(f"Person{i:03}", f"Many{i:03}") for i in range(MANY)])
    return gui.workspace(server.url, "recruiter@example.org", tmp_path)


def candidate_list(workspace: Workspace) -> PagedModel[CandidateListRow]:
    return PagedModel(
        workspace,
        candidate_page,
        [
            Column("Name", lambda c: f"{c.first_name} {c.last_name}"),
            Column("Headline", lambda c: c.headline, tooltip=lambda c: f"About: {c.headline}"),
        ],
        key=lambda c: c.id,
        page_size=PAGE,
        reload_on=frozenset({"candidate"}),
    )


def shown(qtbot: QtBot, model: PagedModel[Any]) -> QTableView:
    view = QTableView()
    view.resize(500, 300)
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    return view


def test_pages_arrive_as_the_view_scrolls_and_never_all_rows(
    qtbot: QtBot, gui: Gui, recruiter: Workspace, world: World
) -> None:
    model = candidate_list(recruiter)
    view = shown(qtbot, model)
    model.reload()
    gui.wait_until(lambda: model.rowCount() == PAGE and not model.loading)
    gui.settle()
    assert model.rowCount() == PAGE  # the view is filled by one page: no second read
    assert model.canFetchMore(model.index(-1, -1))
    first = model.index(0, 0)
    assert first.data() == "Alice Candidate"  # world's "Candidate"s sort before "Many…"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "About: Engineer"
    assert first.data(ID_ROLE) == str(world.candidates["alice"].id)

    view.scrollToBottom()
    gui.wait_until(lambda: model.rowCount() == 2 * PAGE and not model.loading)
    view.scrollToBottom()
    gui.wait_until(lambda: model.rowCount() == 3 * PAGE and not model.loading)
    gui.settle()
    assert model.rowCount() == 3 * PAGE < MANY + len(world.candidates)


def test_a_reload_keeps_selection_current_row_and_scroll(
    qtbot: QtBot, gui: Gui, recruiter: Workspace, db: Database
) -> None:
    model = candidate_list(recruiter)
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

    # Someone adds two candidates who sort first, and one who sorts last; a sync brings them.
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
