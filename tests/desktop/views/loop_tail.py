"""A fixture for tests whose widgets chain reads (a read started when another ends)."""

import asyncio
from typing import Any

import pytest

from tests.desktop.views.gui import Gui


@pytest.fixture(autouse=True)
def loop_known_in_last_pass(gui: Gui, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep `gui`'s loop the running loop through qasync's last pass of events.

    qasync's run_until_complete processes the Qt events once more after run_forever has
    unset the running loop; a task step run there (a read started from another read's
    callback, or the next write of a bulk move) fails in `asyncio.to_thread` with "no
    running event loop". The app runs its loop forever and never meets that pass."""
    loop = gui.loop
    run_forever = loop.run_forever
    run_until_complete = loop.run_until_complete

    def forever() -> Any:
        try:
            return run_forever()
        finally:
            asyncio.events._set_running_loop(loop)

    def until_complete(future: Any) -> Any:
        try:
            return run_until_complete(future)
        finally:
            asyncio.events._set_running_loop(None)

    monkeypatch.setattr(loop, "run_forever", forever)
    monkeypatch.setattr(loop, "run_until_complete", until_complete)
