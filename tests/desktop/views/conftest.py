"""Fixtures of the windows' tests: a qasync loop over the test's Qt application."""

import asyncio
import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.desktop.views.gui import Gui, GuiLoop


@pytest.fixture
def gui(qapp: QApplication) -> Iterator[Gui]:
    loop = GuiLoop(qapp)
    asyncio.set_event_loop(loop)
    harness = Gui(loop)
    try:
        yield harness
    finally:
        harness.close()
        asyncio.set_event_loop(None)
        loop.close()
        # The closed loop leaves qasync's timer objects in reference cycles; collected later
        # by chance in a worker thread, Qt warns "Timers cannot be stopped from another
        # thread" and fails a later test. Collect them here, on the GUI thread.
        gc.collect()
