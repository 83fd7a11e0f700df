"""My jobs, driven as a hiring manager does against a real server: only their jobs, a funnel
whose counts are the server's, candidates by time in stage, and the job's board."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.jobs.pipeline_table import NAME
from recruiter_desktop.views.my_jobs import MyJobsPage
from recruiter_server.db.engine import Database
from recruiter_server.db.models import Application, Stage
from tests.desktop.views.gui import Gui
from tests.desktop.views.jobs_support import card_index, column, loaded, server_application
from tests.server.live_server import LiveServer
from tests.server.world import World


def my_jobs_page(qtbot: QtBot, gui: Gui, workspace: Workspace) -> MyJobsPage:
    page = MyJobsPage(workspace)
    page.resize(1200, 800)
    qtbot.addWidget(page)
    page.show()
    gui.wait_until(lambda: page.chosen is not None and not page.model.loading)
    return page


def server_funnel(db: Database, job_id: Any) -> list[tuple[str, int, int]]:
    """(stage, active applications in it, applications of any status that got this far)."""
    with db.read_session() as s:
        stages = s.scalars(select(Stage).where(Stage.job_id == job_id)).all()
        apps = s.scalars(select(Application).where(Application.job_id == job_id)).all()
        position = {stage.id: stage.position for stage in stages}
        return [
            (
                stage.name,
                sum(1 for a in apps if a.stage_id == stage.id and a.status == "active"),
                sum(1 for a in apps if position[a.stage_id] >= stage.position),
            )
            for stage in sorted(stages, key=lambda stage: stage.position)
        ]


def shown_funnel(page: MyJobsPage) -> list[tuple[str, int, int]]:
    return [(step.name, step.current, step.reached) for step in page.funnel.steps]


def waiting_names(page: MyJobsPage) -> list[str]:
    model = page.waiting.model
    assert model is not None
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(("user", "job"), [("hm", "eng"), ("hm2", "sales")])
def test_a_hiring_manager_sees_only_their_jobs_with_the_servers_funnel(
    qtbot: QtBot,
    gui: Gui,
    server: LiveServer,
    world: World,
    *,
    db: Database,
    tmp_path: Path,
    user: str,
    job: str,
) -> None:
    workspace = gui.workspace(server.url, f"{user}@example.org", tmp_path)
    page = my_jobs_page(qtbot, gui, workspace)

    assert page.model.rowCount() == 1 and page.model.total == 1
    assert page.title.text() == world.jobs[job].title
    assert shown_funnel(page) == server_funnel(db, world.jobs[job].id)
    assert "Prospect: 2 reached it" in page.funnel.accessibleDescription()
    gui.wait_until(lambda: page.waiting.model is not None and not page.waiting.model.loading)
    assert sorted(waiting_names(page)) == sorted(
        f"{name.capitalize()} Candidate" for name, code in world.applications if code == job
    )


def test_moving_on_the_board_updates_the_funnel_and_time_in_stage(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, *, db: Database, tmp_path: Path
) -> None:
    workspace = gui.workspace(server.url, "hm@example.org", tmp_path)
    page = my_jobs_page(qtbot, gui, workspace)
    eng = world.jobs["eng"].id
    assert shown_funnel(page)[2] == ("Interview", 1, 1)

    page.jobs.setFocus()
    QTest.keyClick(page.jobs, Qt.Key.Key_Return)
    board = page.job.board
    gui.wait_until(lambda: page.showing_job and len(board.columns) == 5 and loaded(board))
    assert page.job.back.text() == "← My jobs"
    screening = column(board, "Screening").cards
    screening.setFocus()
    screening.setCurrentIndex(card_index(board, "Screening", "Alice"))
    QTest.keyClick(screening, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    gui.wait_until(lambda: column(board, "Interview").model.rowCount() == 2 and loaded(board))

    QTest.keyClick(
        column(board, "Interview").cards, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
    )
    assert not page.showing_job
    gui.wait_until(lambda: shown_funnel(page)[2] == ("Interview", 2, 2))
    assert shown_funnel(page)[1] == ("Screening", 0, 2)
    # Alice just entered Interview: Carol has waited longest, and comes first.
    gui.wait_until(lambda: waiting_names(page) == ["Carol Candidate", "Alice Candidate"])

    gui.run(workspace.session.engine.sync_now())
    assert server_application(db, world.app("alice", "eng").id)[:2] == ("Interview", "active")
    assert shown_funnel(page) == server_funnel(db, eng)
