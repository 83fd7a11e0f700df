"""The main window as each role sees it, its shortcuts, its remembered state, and its status
bar, against the live server."""

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QSplitter,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store import local_writes
from recruiter_desktop.views.candidates_page import CandidatesPage
from recruiter_desktop.views.jobs import JobsPage
from recruiter_desktop.views.jobs.job_list import ACTIVE, LOCATION, PIPELINE, STATUS, TITLE
from recruiter_desktop.views.main_window import DEFAULT_SIZE, MINIMUM_SIZE, PANE_WIDTH, MainWindow
from recruiter_desktop.views.my_jobs import MyJobsPage
from recruiter_desktop.views.settings_pages import AdminSettingsPage, UserSettingsPage
from recruiter_desktop.views.shortcuts_dialog import ShortcutsDialog
from tests.desktop.views.english import english  # noqa: F401 (a fixture)
from tests.desktop.views.gui import Gui
from tests.desktop.views.running_app import settings_in, until
from tests.server.live_server import LiveServer
from tests.server.world import World


def open_window(
    qtbot: QtBot, gui: Gui, server: LiveServer, user: str, folder: Path
) -> tuple[MainWindow, Workspace]:
    workspace = gui.workspace(server.url, f"{user}@example.org", folder / user)
    window = MainWindow(workspace, settings_in(folder))
    qtbot.addWidget(window)
    window.show()
    # Shortcuts reach the active window only.
    window.activateWindow()
    gui.wait_until(lambda: QApplication.activeWindow() is window)
    return window, workspace


def titles(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_each_role_has_its_pages_in_the_navigation(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    expected = {
        "recruiter": ["Jobs", "Talent pools", "Candidates", "User settings"],
        "hm": ["My jobs", "Jobs", "Talent pools", "Candidates", "User settings"],
        "interviewer": ["Jobs", "Talent pools", "Candidates", "User settings"],
        "admin": ["Jobs", "Talent pools", "Candidates", "Admin settings", "User settings"],
    }
    roles = {"recruiter": "Recruiter", "hm": "Hiring manager", "interviewer": "Interviewer"}
    for user, pages in expected.items():
        role = roles.get(user, "Admin")
        window, _ = open_window(qtbot, gui, server, user, tmp_path / user)
        assert titles(window) == pages
        assert isinstance(window.stack.currentWidget(), FIRST_PAGE[user])
        gui.wait_until(_names(window, f"{user.capitalize()} Tester\n{role}"))
        assert window.sidebar.who.toolTip() == f"{user}@example.org"
        window.close()
    gui.settle()


def _names(window: MainWindow, text: str) -> Callable[[], bool]:
    """Whether the sidebar names the signed-in user so."""
    return lambda: window.sidebar.who.text() == text


FIRST_PAGE: dict[str, type[QWidget]] = {
    "recruiter": JobsPage,
    "hm": MyJobsPage,
    "interviewer": JobsPage,
    "admin": JobsPage,
}


def test_admin_settings_list_the_organisations_users(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, _ = open_window(qtbot, gui, server, "admin", tmp_path)
    assert "Admin settings" in titles(window)
    page = window.go("admin")
    assert isinstance(page, AdminSettingsPage)
    assert page.stack.currentWidget() is page.linkedin
    page.sections.setCurrentRow(1)
    model = page.users.model
    gui.wait_until(lambda: model.rowCount() == len(world.users))
    emails = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert emails == {f"{name}@example.org" for name in world.users}
    hm = model.row_of(str(world.users["hm"].id))
    assert hm is not None
    assert [model.index(hm, c).data() for c in range(5)] == [
        "Hm Tester",
        "hm@example.org",
        "Hiring manager",
        "1",
        "Active",
    ]
    assert page.users.count.text() == "6 users"


def test_go_menu_shortcuts_and_the_shortcuts_list(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, _ = open_window(qtbot, gui, server, "admin", tmp_path)
    keys = window.page_keys
    for number in range(len(keys), 0, -1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == keys[number - 1]
    gui.settle()  # the pages' first reads
    assert isinstance(window.stack.currentWidget(), JobsPage)
    assert "Ctrl+R" in window.sync_action.toolTip()

    listed = shortcuts_listed(window)
    assert listed["Sync"]["Sync now"] == "Ctrl+R"
    assert listed["Go"]["Admin settings"] == "Ctrl+4"
    assert listed["Go"]["Search candidates"] == "Ctrl+K"
    assert listed["View"]["Candidate pane"] == "Ctrl+Shift+C"
    assert listed["File"]["Quit"] == "Ctrl+Q"


def shortcuts_listed(window: MainWindow) -> dict[str, dict[str, str]]:
    """Help > Keyboard shortcuts, opened: {section: {what: keys}}."""
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    listed: dict[str, dict[str, str]] = {}
    for at in range(dialog.tree.topLevelItemCount()):
        section = dialog.tree.topLevelItem(at)
        assert section is not None
        rows = [section.child(row) for row in range(section.childCount())]
        listed[section.text(0)] = {row.text(0): row.text(1) for row in rows if row is not None}
    return listed


def test_the_shortcuts_list_tells_every_pages_keys_and_the_panes(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, _ = open_window(qtbot, gui, server, "hm", tmp_path)
    listed = shortcuts_listed(window)
    gui.settle()  # the pages' first reads
    board = {
        "Filter jobs": "Ctrl+F",
        "Back to the list": "Alt+Left, Backspace",
        "Show the pipeline as a board": "Alt+B",
        "Show the pipeline as a table": "Alt+T",
        "Show the job's stages and hiring team": "Alt+D",
        "Open candidate": "Return",
        "Move to next stage": "Ctrl+Right",
        "Move to previous stage": "Ctrl+Left",
        "Move to a stage (menu)": "M",
        "Reject": "R",
        "Go to the next or previous stage column": "Right, Left",
        "Clear the selection": "Esc",
    }
    # Every key named here is listed (pages may list more).
    assert board.items() <= listed["Jobs"].items()
    # My jobs opens a job's pipeline with the same keys; it has no job list of its own.
    pipeline = {k: v for k, v in board.items() if k != "Filter jobs"}
    assert pipeline.items() <= listed["My jobs"].items()
    assert {"Filter candidates": "Ctrl+F"}.items() <= listed["Candidates"].items()
    pools = {
        "Add a candidate to the pool": "Ctrl+F",
        "Remove the selected candidate from the pool": "Del",
    }
    assert pools.items() <= listed["Talent pools"].items()
    pane = {
        "Write a new note": "Ctrl+Shift+N",
        "Add to or remove from talent pools": "Ctrl+Shift+P",
        "Add the note being written": "Ctrl+Return",
        "Submit your feedback (in its comments)": "Ctrl+Return",
    }
    assert pane.items() <= listed["Candidate pane"].items()


def test_ctrl_r_syncs_now(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, workspace = open_window(qtbot, gui, server, "recruiter", tmp_path)
    rounds: list[bool] = []

    def started(syncing: bool) -> None:
        if syncing:
            rounds.append(syncing)

    workspace.status.syncing_changed.connect(started)

    async def scenario() -> None:
        # The background engine, as the app runs it: a round at once, the next in an hour.
        workspace.session.engine.start()
        await until(lambda: len(rounds) == 1 and not workspace.status.syncing)
        await asyncio.sleep(0.3)
        assert len(rounds) == 1
        QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: len(rounds) == 2 and not workspace.status.syncing)
        assert window.status_bar.sync_label.text() == "Last sync just now"
        await workspace.session.engine.stop()

    gui.run(scenario())


def test_window_size_splitter_and_page_come_back_in_the_next_window(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    # Kept narrower than the Jobs page's board needs, which fits no 800-pixel screen.
    settings_in(tmp_path).page = "settings"
    first, _ = open_window(qtbot, gui, server, "admin", tmp_path)
    assert first.current_key == "settings"
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    first.go("candidates")
    first.splitter.setSizes([200, 556])
    sizes = first.splitter.sizes()
    assert sizes[0] == 200
    first.close()

    second, _ = open_window(qtbot, gui, server, "admin", tmp_path)
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes
    assert second.current_key == "candidates"
    assert isinstance(second.stack.currentWidget(), CandidatesPage)
    gui.settle()


def test_every_pages_splitter_comes_back_where_it_was_moved(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    # The window's own splitter: test_window_size_splitter_and_page_come_back_in_the_next_window.
    first, _ = open_window(qtbot, gui, server, "hm", tmp_path)
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    moved: dict[str, list[int]] = {}
    for key in first.page_keys:
        for splitter in first.go(key).findChildren(QSplitter):
            gui.settle()  # laid out at the page's width
            assert splitter.objectName(), f"a splitter of {key} has no name to be kept by"
            sizes = splitter.sizes()
            for step in (40, -40):  # whichever way the panes' minimum widths leave room
                splitter.setSizes([sizes[0] + step, sizes[1] - step, *sizes[2:]])
                if splitter.sizes() != sizes:
                    break
            assert splitter.sizes() != sizes, f"{splitter.objectName()} did not move"
            moved[splitter.objectName()] = splitter.sizes()
    assert set(moved) == {"pools_splitter", "my_jobs_splitter"}
    first.close()

    second, _ = open_window(qtbot, gui, server, "hm", tmp_path)
    back: dict[str, list[int]] = {}
    for key in second.page_keys:
        for splitter in second.go(key).findChildren(QSplitter):
            gui.settle()
            back[splitter.objectName()] = splitter.sizes()
    assert back == moved


def test_the_jobs_page_fits_beside_the_candidate_pane_without_scrolling_sideways(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, _ = open_window(qtbot, gui, server, "recruiter", tmp_path)
    window.resize(*DEFAULT_SIZE)
    jobs = window.go("jobs")
    assert isinstance(jobs, JobsPage)
    window.open_candidate(str(world.candidates["alice"].id))
    gui.wait_until(lambda: jobs.jobs.model.rowCount() == 3 and not jobs.jobs.model.loading)
    gui.settle()
    table = jobs.jobs.view
    header = table.horizontalHeader()
    assert window.candidate_dock.width() >= PANE_WIDTH - 10
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(TITLE) >= 150
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert {TITLE, STATUS, LOCATION, PIPELINE, ACTIVE} <= set(shown)

    window.resize(MINIMUM_SIZE[0] + 300, DEFAULT_SIZE[1])  # the pane at its narrowest
    gui.settle()
    assert window.width() <= MINIMUM_SIZE[0] + 300
    assert table.horizontalScrollBar().maximum() == 0
    assert jobs.jobs.columns.hidden  # what matters least stepped aside

    window.candidate_dock.close()
    window.resize(*DEFAULT_SIZE)
    gui.settle()
    assert jobs.jobs.columns.hidden == []
    assert table.horizontalScrollBar().maximum() == 0

    # A job's page too: a long title ends in "…" rather than widening the window.
    window.candidate_dock.show()
    jobs.open_job(str(world.jobs["eng"].id))
    gui.wait_until(lambda: jobs.job.job is not None)
    assert window.minimumSizeHint().width() <= DEFAULT_SIZE[0]


def test_the_candidate_pane_stays_where_the_user_put_it(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    first, _ = open_window(qtbot, gui, server, "recruiter", tmp_path)
    assert not first.candidate_dock.isVisible()  # till a candidate is opened
    first.open_candidate(str(world.candidates["alice"].id))
    assert first.candidate_dock.isVisible()
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.candidate_dock)
    first.close()

    second, _ = open_window(qtbot, gui, server, "recruiter", tmp_path)
    assert second.candidate_dock.isVisible()
    assert second.dockWidgetArea(second.candidate_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    QTest.keyClick(second, Qt.Key.Key_C, CTRL_SHIFT)
    assert not second.candidate_dock.isVisible()
    second.close()

    third, _ = open_window(qtbot, gui, server, "recruiter", tmp_path)
    assert not third.candidate_dock.isVisible()
    gui.settle()


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_status_bar_says_offline_and_counts_changes_waiting(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, workspace = open_window(qtbot, gui, server, "recruiter", tmp_path)
    bar = window.status_bar
    assert bar.online_label.text() == "● Online"
    assert not bar.pending_label.isVisible()

    server.__exit__(None, None, None)  # the server goes away
    result = gui.run(workspace.session.engine.sync_now())
    assert result.offline
    assert bar.online_label.text() == "● Offline"
    assert "kept on this computer" in bar.online_label.toolTip()

    alice = str(world.candidates["alice"].id)
    gui.run(workspace.write(frozenset({"note"}), local_writes.create_note, alice, "Call back"))
    gui.wait_until(bar.pending_label.isVisible)
    assert bar.pending_label.text() == "1 change waiting to be sent"

    bar.add_message("Your move of Alice Tester to Offer on Eng engineer was undone: closed job.")
    assert bar.currentMessage().startswith("Your move of Alice Tester")
    assert bar.messages_button.text() == "1 message"
    labels = [w.text() for w in bar.findChildren(QLabel)]
    assert "Last sync just now" in labels

    # Signing out with a change waiting says that it stays here, and asks first.
    asked: list[bool] = []
    window.sign_out_requested.connect(lambda: asked.append(True))
    window.sign_out_action.trigger()
    question = window.findChild(QMessageBox)
    assert question is not None and question.isVisible()
    assert "not yet on the server: 1" in question.text()
    assert "recruiter@example.org" in question.text()
    assert asked == []
    QTest.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert asked == [True]


def test_a_candidate_opened_on_a_page_or_found_with_ctrl_k_shows_in_the_pane(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, _ = open_window(qtbot, gui, server, "recruiter", tmp_path)
    pane = window.candidate_pane
    page = window.go("candidates")
    assert isinstance(page, CandidatesPage)
    bob = str(world.candidates["bob"].id)
    page.candidate_opened.emit(bob)
    assert window.candidate_dock.isVisible() and pane.candidate_id == bob

    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.search_dialog
    assert search.isVisible()
    gui.wait_until(search.panel.box.hasFocus)
    QTest.keyClicks(search.panel.box, "alice")
    gui.wait_until(lambda: len(search.panel.hits()) == 1)
    QTest.keyClick(search.panel.box, Qt.Key.Key_Return)
    assert not search.isVisible()
    assert pane.candidate_id == str(world.candidates["alice"].id)
    gui.settle()


def test_user_settings_keep_the_language_for_the_next_start_and_sign_out(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, _ = open_window(qtbot, gui, server, "interviewer", tmp_path)
    page = window.go("settings")
    assert isinstance(page, UserSettingsPage)
    assert "interviewer@example.org (Interviewer)" in page.account_text.text()
    assert not page.restart_note.isVisible()
    page.language.setCurrentIndex(page.language.findData("sv"))
    assert page.restart_note.isVisible()
    assert settings_in(tmp_path).language == "sv"  # on disk, for the next start
    asked: list[bool] = []
    window.sign_out_requested.connect(lambda: asked.append(True))
    QTest.mouseClick(page.sign_out_button, Qt.MouseButton.LeftButton)
    assert asked == [True]  # nothing waits to be sent: no question


def test_the_first_sync_shows_its_progress_then_when_it_ended(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    workspace = gui.workspace(server.url, "recruiter@example.org", tmp_path, synced=False)
    window = MainWindow(workspace, settings_in(tmp_path))
    qtbot.addWidget(window)
    window.show()
    bar = window.status_bar
    assert bar.sync_label.text() == "Not synced yet" and not bar.progress.isVisible()
    seen: list[tuple[bool, int, int, str]] = []

    def progressed(done: int, total: int) -> None:
        shown = bar.progress
        seen.append((shown.isVisible(), shown.value(), shown.maximum(), shown.format()))

    workspace.status.progress_changed.connect(progressed)
    gui.run(workspace.session.engine.sync_now())
    assert seen and all(visible for visible, *_ in seen)
    _, done, total, words = seen[-1]
    assert 0 < done <= total  # the server's count may include rows this app leaves out
    assert words == f"First sync: {done:,} of {total:,} items"
    assert not bar.progress.isVisible()
    assert bar.sync_label.text() == "Last sync just now"


def test_the_last_sync_is_told_in_words_that_age_with_it(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    window, _ = open_window(qtbot, gui, server, "recruiter", tmp_path)
    words = window.status_bar.last_sync_words
    now = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)
    assert words(None, now) == "Not synced yet"
    assert words(now - timedelta(seconds=20), now) == "Last sync just now"
    assert words(now - timedelta(minutes=1, seconds=5), now) == "Last sync 1 minute ago"
    assert words(now - timedelta(minutes=42), now) == "Last sync 42 minutes ago"
    assert words(now - timedelta(days=3), now).startswith("Last sync on ")
