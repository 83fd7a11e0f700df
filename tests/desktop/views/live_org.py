"""The test world on a live server, as the candidate views' tests use it: sign in as one of
its users, sync, call the server's REST API as a user, read the server's database.

This module's `gui` stands in for conftest's (a test module that imports it gets this one):
pytest keeps a test's fixture values until after every teardown, which kept conftest's closed
loop (qasync's timers and worker threads, in reference cycles) alive past any collection at
teardown; collected later by chance in another thread (a worker, the server's), Qt warns
"Timers cannot be stopped from another thread" and fails a later test. This `gui` lets go of
its loop and collects it on the GUI thread before it ends. Its loop is gui.py's GuiLoop, as
conftest's is."""

import asyncio
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from recruiter_desktop.services.workspace import Workspace
from recruiter_server.db.engine import Database
from tests.desktop.views.gui import Gui, GuiLoop
from tests.server.live_server import LiveServer
from tests.server.world import World


class _LoopLettingGui(Gui):
    """The harness of gui.py, able to drop its loop once closed."""

    def let_go(self) -> None:
        self.close()
        del self.loop


@pytest.fixture(name="gui")
def gui_fixture(qapp: QApplication) -> Iterator[Gui]:
    loop = GuiLoop(qapp)
    asyncio.set_event_loop(loop)
    harness = _LoopLettingGui(loop)
    try:
        yield harness
    finally:
        harness.let_go()
        asyncio.set_event_loop(None)
        loop.close()
        del loop
        gc.collect()


@dataclass
class LiveOrg:
    gui: Gui
    server: LiveServer
    world: World
    db: Database
    data_dir: Path
    http: httpx.Client

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
    gui: Gui, server: LiveServer, world: World, db: Database, tmp_path: Path
) -> Iterator[LiveOrg]:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield LiveOrg(gui, server, world, db, tmp_path, http)
