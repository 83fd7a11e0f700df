"""The test world on a live server, as the candidate views' tests use it: sign in as one of
its users, sync, call the server's REST API as a user, read the server's database.

The `org` fixture runs its own qasync loop (as conftest's `gui` does) so that it can also
get rid of it: pytest keeps a test's fixture values until after every teardown, which kept
`gui`'s closed loop (qasync's timers and worker threads, in reference cycles) alive past
any collection at teardown; collected later by chance in another thread (a worker, the
server's), Qt warns "Timers cannot be stopped from another thread" and fails a later test.
Here the loop is dropped and collected on the GUI thread before the fixture ends."""

import asyncio
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
from PySide6.QtWidgets import QApplication

from recruiter_desktop.services.workspace import Workspace
from recruiter_server.db.engine import Database
from tests.desktop.views.gui import Gui
from tests.server.live_server import LiveServer
from tests.server.world import World


@dataclass
class LiveOrg:
    server: LiveServer
    world: World
    db: Database
    data_dir: Path
    http: httpx.Client
    _gui: Gui | None = field(default=None, repr=False)

    @property
    def gui(self) -> Gui:
        """The harness that runs the loop (see tests/desktop/views/gui.py)."""
        if self._gui is None:
            raise RuntimeError("the test is over: its loop is closed")
        return self._gui

    def workspace(self, user: str) -> Workspace:
        """`user` of the world (e.g. "recruiter") signed in and synced once."""
        return self.gui.workspace(self.server.url, f"{user}@example.org", self.data_dir / user)

    def sync(self, workspace: Workspace) -> None:
        """One sync round, as Ctrl+R starts."""
        self.gui.run(workspace.session.engine.sync_now())

    def call(self, user: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A REST call to the server as `user`, which must succeed."""
        response = self.http.request(method, path, headers=self.world.auth(user), **kwargs)
        assert response.is_success, response.text
        return response


@pytest.fixture(name="org")
def org_fixture(
    qapp: QApplication, server: LiveServer, world: World, db: Database, tmp_path: Path
) -> Iterator[LiveOrg]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    harness = Gui(loop)
    live = LiveOrg(server, world, db, tmp_path, httpx.Client(base_url=server.url, timeout=30))
    live._gui = harness
    try:
        yield live
    finally:
        live._gui = None
        live.http.close()
        harness.close()
        asyncio.set_event_loop(None)
        loop.close()
        del harness, loop
        gc.collect()
