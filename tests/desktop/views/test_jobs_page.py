"""The Jobs page driven as a recruiter does, against a real server: open a job, drag a
candidate to Interview, move with the keyboard, reject with a reason, move and reject several
at once; sort and filter the job list."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.jobs import JobsPage
from recruiter_desktop.views.jobs.board import PipelineBoard
from recruiter_desktop.views.jobs.job_list import STATUS, TITLE
from recruiter_desktop.views.jobs.stage_cards import PENDING_ROLE
from recruiter_server.db.engine import Database
from recruiter_server.db.models import Candidate
from tests.desktop.views.gui import Gui
from tests.desktop.views.jobs_support import (
    card_index,
    choose_in_menu,
    column,
    drag_data,
    drop,
    loaded,
    names_in,
    server_application,
)
from tests.server.live_server import LiveServer
from tests.server.world import World, make_application


@pytest.fixture
def recruiter(gui: Gui, server: LiveServer, world: World, tmp_path: Path) -> Workspace:
    return gui.workspace(server.url, "recruiter@example.org", tmp_path)


@pytest.fixture
def page(qtbot: QtBot, gui: Gui, recruiter: Workspace) -> JobsPage:
    shown = JobsPage(recruiter)
    shown.resize(1400, 800)
    qtbot.addWidget(shown)
    shown.show()
    gui.wait_until(lambda: shown.jobs.model.rowCount() == 3 and not shown.jobs.model.loading)
    return shown


def titles(page: JobsPage) -> list[str]:
    model = page.jobs.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def open_job(gui: Gui, page: JobsPage, title: str) -> PipelineBoard:
    """Select the job in the list and press Enter, as a user does."""
    view = page.jobs.view
    view.setFocus()
    view.setCurrentIndex(page.jobs.model.index(titles(page).index(title), TITLE))
    QTest.keyClick(view, Qt.Key.Key_Return)
    board = page.job.board
    gui.wait_until(lambda: page.showing_job and len(board.columns) == 5 and loaded(board))
    return board


def sync(gui: Gui, workspace: Workspace) -> None:
    gui.run(workspace.session.engine.sync_now())


def test_dragging_a_candidate_to_interview_reaches_the_server(
    gui: Gui, page: JobsPage, recruiter: Workspace, world: World, db: Database
) -> None:
    board = open_job(gui, page, "Eng engineer")
    assert page.job.title.text() == "Eng engineer"
    assert names_in(board, "Screening") == ["Alice"]
    assert names_in(board, "Interview") == ["Carol"]
    screening = column(board, "Screening").cards
    screening.setFocus()
    screening.setCurrentIndex(card_index(board, "Screening", "Alice"))
    opened: list[str] = []
    page.candidate_opened.connect(opened.append)
    QTest.keyClick(screening, Qt.Key.Key_Return)
    assert opened[-1] == str(world.candidates["alice"].id)

    assert not drop(board, "Screening", drag_data(board, "Screening", "Alice"))  # same stage
    assert drop(board, "Interview", drag_data(board, "Screening", "Alice"))
    gui.wait_until(lambda: names_in(board, "Interview") == ["Alice", "Carol"] and loaded(board))
    assert names_in(board, "Screening") == []
    interview = column(board, "Interview")
    gui.wait_until(lambda: interview.model.index(0, 0).data(PENDING_ROLE) is True)
    assert "Waiting to sync" in interview.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)

    sync(gui, recruiter)
    assert server_application(db, world.app("alice", "eng").id)[:2] == ("Interview", "active")
    gui.wait_until(lambda: interview.model.index(0, 0).data(PENDING_ROLE) is False)
    assert board.message == ""


def test_keys_move_the_focused_card_and_focus_follows_it(
    gui: Gui, page: JobsPage, recruiter: Workspace, world: World, db: Database
) -> None:
    board = open_job(gui, page, "Eng engineer")
    interview = column(board, "Interview")
    interview.cards.setFocus()
    interview.cards.setCurrentIndex(card_index(board, "Interview", "Carol"))

    QTest.keyClick(interview.cards, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    screening = column(board, "Screening")
    gui.wait_until(lambda: names_in(board, "Screening") == ["Carol", "Alice"] and loaded(board))
    gui.wait_until(screening.cards.hasFocus)
    focused = screening.cards.card(screening.cards.currentIndex())
    assert focused is not None and focused.first_name == "Carol"

    QTest.keyClick(screening.cards, Qt.Key.Key_M)
    choose_in_menu(gui, "Offer")
    gui.wait_until(lambda: names_in(board, "Offer") == ["Carol"] and loaded(board))

    QTest.keyClick(
        column(board, "Offer").cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    gui.wait_until(lambda: names_in(board, "Hired") == ["Carol"] and loaded(board))
    QTest.keyClick(
        column(board, "Hired").cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    gui.settle()
    assert board.message == "There is no stage that way."

    sync(gui, recruiter)
    assert server_application(db, world.app("carol", "eng").id)[0] == "Hired"


def test_rejecting_asks_for_a_reason(
    gui: Gui, page: JobsPage, recruiter: Workspace, world: World, db: Database
) -> None:
    board = open_job(gui, page, "Eng engineer")
    screening = column(board, "Screening")
    screening.cards.setFocus()
    screening.cards.setCurrentIndex(card_index(board, "Screening", "Alice"))

    QTest.keyClick(screening.cards, Qt.Key.Key_R)
    dialog = board.reject_dialog
    assert dialog is not None
    assert dialog.question.text() == "Reject Alice Candidate for Eng engineer?"
    assert not dialog.reject_button.isEnabled()  # no reason yet
    QTest.keyClicks(dialog.reason_edit, "Went with a senior hire")
    assert dialog.reject_button.isEnabled()
    QTest.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)

    gui.wait_until(lambda: names_in(board, "Screening") == [] and loaded(board))
    sync(gui, recruiter)
    assert server_application(db, world.app("alice", "eng").id) == (
        "Screening",
        "rejected",
        "Went with a senior hire",
    )


def test_two_candidates_move_and_are_rejected_together(
    gui: Gui, page: JobsPage, recruiter: Workspace, world: World, db: Database
) -> None:
    board = open_job(gui, page, "Sales engineer")
    prospect = column(board, "Prospect")
    assert sorted(names_in(board, "Prospect")) == ["Bob", "Carol"]
    cards = prospect.cards
    for name, modifier in (
        ("Bob", Qt.KeyboardModifier.NoModifier),
        ("Carol", Qt.KeyboardModifier.ControlModifier),
    ):
        point = cards.visualRect(card_index(board, "Prospect", name)).center()
        QTest.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, modifier, point)
    assert sorted(c.first_name for c in board.selected_cards()) == ["Bob", "Carol"]

    QTest.keyClick(cards, Qt.Key.Key_M)
    choose_in_menu(gui, "Interview")
    gui.wait_until(
        lambda: sorted(names_in(board, "Interview")) == ["Bob", "Carol"] and loaded(board)
    )
    assert names_in(board, "Prospect") == []

    interview = column(board, "Interview").cards
    interview.selectAll()
    QTest.mouseClick(board.bar.reject_button, Qt.MouseButton.LeftButton)
    dialog = board.reject_dialog
    assert dialog is not None
    assert dialog.question.text() == "Reject 2 candidate(s) for Sales engineer?"
    QTest.keyClicks(dialog.reason_edit, "Position filled")
    QTest.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    gui.wait_until(lambda: names_in(board, "Interview") == [] and loaded(board))

    sync(gui, recruiter)
    for name in ("bob", "carol"):
        assert server_application(db, world.app(name, "sales").id) == (
            "Interview",
            "rejected",
            "Position filled",
        )
    assert server_application(db, world.app("carol", "eng").id)[:2] == ("Interview", "active")


def test_the_job_list_sorts_filters_and_opens_and_goes_back(
    gui: Gui, page: JobsPage, qtbot: QtBot
) -> None:
    jobs = page.jobs
    assert titles(page) == ["Eng engineer", "Ops engineer", "Sales engineer"]
    assert jobs.count.text().startswith("3")
    header = jobs.view.horizontalHeader()

    def click_header(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header(TITLE)
    gui.wait_until(lambda: titles(page)[0] == "Sales engineer" and not jobs.model.loading)
    assert titles(page) == ["Sales engineer", "Ops engineer", "Eng engineer"]
    click_header(STATUS)  # active first, then draft
    gui.wait_until(lambda: titles(page)[-1] == "Ops engineer" and not jobs.model.loading)

    QTest.keyClicks(jobs.filter, "SAL")
    gui.wait_until(lambda: titles(page) == ["Sales engineer"] and not jobs.model.loading)
    jobs.filter.clear()
    jobs.status.setCurrentIndex(jobs.status.findText("Draft"))
    gui.wait_until(lambda: titles(page) == ["Ops engineer"] and not jobs.model.loading)
    assert jobs.count.text().startswith("1")

    ops = jobs.view.visualRect(jobs.model.index(0, TITLE)).center()
    QTest.mouseClick(jobs.view.viewport(), Qt.MouseButton.LeftButton, pos=ops)
    QTest.mouseDClick(jobs.view.viewport(), Qt.MouseButton.LeftButton, pos=ops)
    gui.wait_until(lambda: page.showing_job and page.job.title.text() == "Ops engineer")
    assert page.job.status.accessibleName() == "Status: Draft"
    QTest.keyClick(page.job.board, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not page.showing_job
    QTest.keyClick(jobs.view, Qt.Key.Key_Return)
    assert page.showing_job
    QTest.keyClick(page.job.board, Qt.Key.Key_Backspace)
    assert not page.showing_job


def test_a_long_stage_scrolls_through_all_its_cards_read_a_page_at_a_time(
    gui: Gui, page: JobsPage, recruiter: Workspace, world: World, db: Database
) -> None:
    with db.write_session() as s:
        for n in range(25):
            extra = Candidate(first_name=f"Extra{n:02}", last_name="Person")
            s.add(extra)
            s.flush()
            eng, prospect = world.jobs["eng"], world.stages["eng"]["Prospect"]
            make_application(s, extra, eng, prospect, world.users["recruiter"])
        s.commit()
    sync(gui, recruiter)
    board = open_job(gui, page, "Eng engineer")
    prospect_column = column(board, "Prospect")
    assert prospect_column.model.rowCount() == 25  # the list spans the stage
    assert prospect_column.cards.accessibleName() == "Prospect: 25 candidate(s)"
    assert len(prospect_column.model.cards()) == 20  # the first page: the cards in view

    prospect_column.cards.scrollToBottom()
    gui.wait_until(lambda: len(prospect_column.model.cards()) == 25 and loaded(board))
    assert sorted(names_in(board, "Prospect")) == [f"Extra{n:02}" for n in range(25)]
