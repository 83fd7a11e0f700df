"""Signing in and out as a user does it: the dialog, against the live server, through the
shell that opens the window (as `recruiter-desktop --server URL` runs it). Each scenario
runs as one coroutine on the loop (running_app.py says why)."""

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from recruiter_desktop.shell import OK
from recruiter_desktop.views.sign_in_dialog import SignInDialog
from tests.desktop.keyring_backend import MemoryKeyring, fail_keyring
from tests.desktop.views.gui import Gui
from tests.desktop.views.running_app import RunningShell, settings_in, until
from tests.server.live_server import LiveServer
from tests.server.world import World


async def sign_in(app: RunningShell, email: str, password: str) -> SignInDialog:
    """Type e-mail and password into the dialog and press Enter."""
    dialog = await app.dialog()
    dialog.email.clear()
    QTest.keyClicks(dialog.email, email)
    QTest.keyClicks(dialog.password, password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def test_sign_in_through_the_dialog_opens_the_window_and_remembers_server_and_email(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    async def scenario() -> None:
        app = RunningShell(tmp_path, server=server.url, keyring_backend=MemoryKeyring())
        dialog = await app.dialog()
        assert dialog.server.text() == server.url
        await sign_in(app, "recruiter@example.org", "pw")
        window = await app.window_of("recruiter@example.org")
        assert "recruiter@example.org" in window.windowTitle()
        assert await app.quit() == OK
        assert (app.settings.server, app.settings.email) == (server.url, "recruiter@example.org")

        again = SignInDialog(app.shell._sign_in, settings_in(tmp_path))
        qtbot.addWidget(again)
        assert (again.server.text(), again.email.text()) == (server.url, "recruiter@example.org")

    gui.run(scenario())


def test_a_wrong_password_is_told_in_words_and_the_dialog_stays(
    gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    async def scenario() -> None:
        app = RunningShell(tmp_path, server=server.url, keyring_backend=MemoryKeyring())
        dialog = await sign_in(app, "recruiter@example.org", "not the password")
        await until(dialog.problem.isVisible)
        assert dialog.problem.text() == "E-mail or password is wrong."
        assert dialog.isVisible() and app.shell.window is None
        assert dialog.sign_in_button.isEnabled()
        # The password is selected for typing again.
        assert dialog.password.hasFocus() and dialog.password.selectedText() == "not the password"
        QTest.keyClicks(dialog.password, "pw")
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        await app.window_of("recruiter@example.org")
        assert await app.quit() == OK

    gui.run(scenario())


def test_what_is_missing_is_said_before_asking_the_server(
    gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    async def scenario() -> None:
        app = RunningShell(tmp_path, keyring_backend=MemoryKeyring())
        dialog = await app.dialog()
        assert dialog.server.text() == ""
        QTest.keyClicks(dialog.server, "ats example com")
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert "https://host" in dialog.problem.text() and dialog.server.hasFocus()
        dialog.server.setText(server.url)
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.problem.text() == "Write the e-mail address you sign in with."
        dialog.reject()
        assert await app.task == OK  # cancelling the first sign-in ends the app

    gui.run(scenario())


def test_without_a_keyring_the_dialog_says_the_sign_in_lasts_until_the_app_closes(
    gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    async def scenario() -> None:
        app = RunningShell(tmp_path, server=server.url, keyring_backend=fail_keyring())
        dialog = await app.dialog()
        assert dialog.note.isVisible()
        assert "kept only until you close the app" in dialog.note.text()
        dialog.reject()
        assert await app.task == OK

        kept = RunningShell(tmp_path / "kept", server=server.url, keyring_backend=MemoryKeyring())
        dialog = await kept.dialog()
        assert not dialog.note.isVisible()
        dialog.reject()
        assert await kept.task == OK

    gui.run(scenario())


def test_a_kept_sign_in_opens_the_window_at_once_and_signing_out_asks_again(
    gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    keyring = MemoryKeyring()

    async def scenario() -> None:
        first = RunningShell(tmp_path, server=server.url, keyring_backend=keyring)
        await sign_in(first, "hm@example.org", "pw")
        await first.window_of("hm@example.org")
        assert await first.quit() == OK

        # The next start signs in from the keyring: no dialog.
        second = RunningShell(tmp_path, keyring_backend=keyring)
        window = await second.window_of("hm@example.org")
        assert second.shell.dialog is None
        window.sign_out_action.trigger()
        dialog = await second.dialog()
        assert dialog.email.text() == "hm@example.org" and dialog.password.text() == ""
        await until(lambda: not shiboken6.isValid(window))  # the old window is gone
        assert keyring.entries == {}  # the sign-in is forgotten
        await sign_in(second, "interviewer@example.org", "pw")
        await second.window_of("interviewer@example.org")
        assert await second.quit() == OK

    gui.run(scenario())


def test_cancelling_while_the_server_is_asked_abandons_the_sign_in(
    gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    async def scenario() -> None:
        app = RunningShell(tmp_path, server=server.url, keyring_backend=MemoryKeyring())
        dialog = await sign_in(app, "recruiter@example.org", "pw")
        assert not dialog.sign_in_button.isEnabled()  # signing in…
        dialog.reject()
        assert await app.task == OK
        await asyncio.sleep(0.2)
        assert app.shell.window is None

    gui.run(scenario())


def test_when_the_server_stops_accepting_the_sign_in_the_user_signs_in_again_in_place(
    gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    async def scenario() -> None:
        app = RunningShell(tmp_path, server=server.url, keyring_backend=MemoryKeyring())
        await sign_in(app, "recruiter@example.org", "pw")
        window = await app.window_of("recruiter@example.org")
        bar = window.status_bar
        await until(lambda: bool(window.workspace.status.last_sync))
        window.workspace.status.sign_in_needed.emit()  # what the engine says on a 401
        assert bar.sign_in_button.isVisible()
        QTest.mouseClick(bar.sign_in_button, Qt.MouseButton.LeftButton)
        dialog = await app.dialog()
        assert dialog.email.text() == "recruiter@example.org" and dialog.email.isReadOnly()
        assert dialog.server.isReadOnly()
        QTest.keyClicks(dialog.password, "pw")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        await until(lambda: not dialog.isVisible())
        await until(lambda: not bar.sign_in_button.isVisible())  # a round reached the server
        assert app.shell.window is window  # the same window, the same session
        assert await app.quit() == OK

    gui.run(scenario())


def test_a_kept_sign_in_opens_the_window_offline_with_what_the_cache_holds(
    gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    keyring = MemoryKeyring()

    async def first_run() -> None:
        app = RunningShell(tmp_path, server=server.url, keyring_backend=keyring)
        await sign_in(app, "recruiter@example.org", "pw")
        window = await app.window_of("recruiter@example.org")
        await until(lambda: bool(window.workspace.status.last_sync))
        assert await app.quit() == OK

    async def offline_run() -> None:
        app = RunningShell(tmp_path, keyring_backend=keyring)
        window = await app.window_of("recruiter@example.org")
        assert window.status_bar.online_label.text() == "● Offline"
        assert window.status_bar.sync_label.text() != "Not synced yet"
        assert await app.quit() == OK

    gui.run(first_run())
    server.__exit__(None, None, None)  # the server goes away
    gui.run(offline_run(), timeout=60)
