"""The harness itself: a click starts a coroutine that reads the signed-in user's cache."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from recruiter_desktop.store.queries.jobs import job_list
from recruiter_desktop.views.tasks import spawn
from tests.desktop.views.gui import Gui
from tests.server.live_server import LiveServer
from tests.server.world import World


def test_a_click_reads_the_cache_off_the_gui_thread(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    workspace = gui.workspace(server.url, "hm@example.org", tmp_path)
    window = QWidget()
    label = QLabel("-")
    button = QPushButton("Count my jobs")
    layout = QVBoxLayout(window)
    layout.addWidget(button)
    layout.addWidget(label)
    qtbot.addWidget(window)

    def count() -> None:
        spawn(workspace.read(job_list), done=lambda page: label.setText(str(len(page.items))))

    button.clicked.connect(count)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    gui.wait_until(lambda: label.text() != "-")
    assert label.text() == "1"  # the hiring manager holds a role on one job
