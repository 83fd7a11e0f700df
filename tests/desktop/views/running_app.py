"""Driving the app's shell in tests: each scenario runs as one coroutine on the `gui` loop.

The shell runs the background sync engine, whose timers fire all the time. qasync runs the
Qt events left over each time `run_until_complete` returns, with no asyncio loop running
then, so a scenario never leaves the loop between its steps: it awaits `until(...)` instead
of calling `Gui.wait_until`, and the loop stops only once the shell has ended.
"""

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from recruiter_desktop.shell import DemoAccounts, Shell
from recruiter_desktop.views.app_settings import AppSettings
from recruiter_desktop.views.main_window import MainWindow
from recruiter_desktop.views.sign_in_dialog import SignInDialog


async def until(condition: Callable[[], object], within: float = 10.0) -> None:
    """Let the loop run until `condition()` is true (an AssertionError after `within` s)."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {within} s: {condition}")
        await asyncio.sleep(0.01)


def settings_in(folder: Path) -> AppSettings:
    """The app's settings in `folder`/settings.ini, as with --data-dir."""
    return AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))


class RunningShell:
    """A Shell running in a task of the current loop, as `recruiter-desktop` runs it."""

    def __init__(
        self,
        folder: Path,
        *,
        keyring_backend: KeyringBackend,
        server: str | None = None,
        demo: DemoAccounts | None = None,
    ) -> None:
        self.settings = settings_in(folder)
        self.shell = Shell(
            self.settings,
            server=server,
            data_dir=folder,
            keyring_backend=keyring_backend,
            demo=demo,
        )
        self.task = asyncio.get_running_loop().create_task(self.shell.run())

    async def dialog(self) -> SignInDialog:
        """The sign-in dialog, once it shows."""
        await until(lambda: self.shell.dialog is not None and self.shell.dialog.isVisible())
        assert self.shell.dialog is not None
        return self.shell.dialog

    async def window_of(self, email: str) -> MainWindow:
        """The main window, once it shows signed in as `email`."""

        def shown() -> bool:
            window = self.shell.window
            return window is not None and window.isVisible() and window.workspace.who.email == email

        await until(shown)
        assert self.shell.window is not None
        return self.shell.window

    async def quit(self) -> int:
        """Close the window as the user does; the app's exit status."""
        window = self.shell.window
        assert window is not None
        window.close()
        return await asyncio.wait_for(self.task, 30)
