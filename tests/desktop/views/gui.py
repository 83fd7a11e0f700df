"""Driving the windows in tests as the app drives them: Qt and asyncio on one qasync loop.

A test clicks and types through pytest-qt (`qtbot`) while no loop runs; what the click
starts (views/tasks.spawn) runs when the test waits with `Gui.wait_until`, which runs the
qasync loop (a `GuiLoop`), and so Qt's events, until the condition holds.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import qasync

from recruiter_api.enums import OrgRole
from recruiter_desktop.services.workspace import Who, Workspace
from tests.desktop.services.desktop import close, sign_in

T = TypeVar("T")


class GuiLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync is not annotated
    """qasync's loop, kept the running loop through the last pass of events of
    `run_until_complete`.

    qasync's run_until_complete processes the Qt events once more after run_forever has
    unset the running loop; a task step run there (a read started from another read's
    callback, or the next write of a bulk move) fails in `asyncio.to_thread` with "no
    running event loop". The app runs its loop forever and never meets that pass."""

    def run_forever(self) -> None:
        try:
            super().run_forever()
        finally:
            asyncio.events._set_running_loop(self)

    def run_until_complete(self, future: Awaitable[T]) -> T:
        try:
            result: T = super().run_until_complete(future)
            return result
        finally:
            asyncio.events._set_running_loop(None)


class Gui:
    """The test's loop and the workspaces it opened (closed with `close`)."""

    def __init__(self, loop: GuiLoop) -> None:
        self.loop = loop
        self._workspaces: list[Workspace] = []

    def run(self, work: Awaitable[T], timeout: float = 30.0) -> T:
        """Run the loop until `work` is done."""
        return self.loop.run_until_complete(asyncio.wait_for(work, timeout))

    def wait_until(self, condition: Callable[[], object], timeout: float = 10.0) -> None:
        """Run the loop (and Qt's events) until `condition()` is true."""

        async def poll() -> None:
            deadline = time.monotonic() + timeout
            while not condition():
                if time.monotonic() > deadline:
                    raise AssertionError(f"still not true after {timeout} s: {condition}")
                await asyncio.sleep(0.01)

        self.run(poll(), timeout + 5)

    def settle(self, seconds: float = 0.05) -> None:
        """Let pending tasks and events run for a moment."""
        self.run(asyncio.sleep(seconds))

    def workspace(self, url: str, email: str, data_dir: Path, *, synced: bool = True) -> Workspace:
        """A signed-in user's workspace, as the app opens it; synced once unless told not."""

        async def open_it() -> Workspace:
            session = await sign_in(url, email, data_dir)
            account = session.auth.account
            assert account is not None
            me = await session.api.me()
            if synced:
                await session.engine.sync_now()
            who = Who(str(account.user_id), email, OrgRole(me.user.role), url)
            return Workspace(session, who)

        workspace = self.run(open_it())
        self._workspaces.append(workspace)
        return workspace

    def close(self) -> None:
        for workspace in self._workspaces:
            self.run(close(workspace.session))
        pending = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
