"""Fixtures of the windows' tests: a qasync loop over the test's Qt application."""

import asyncio
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from tests.desktop.views.gui import Gui


@pytest.fixture
def gui(qapp: QApplication) -> Iterator[Gui]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    harness = Gui(loop)
    try:
        yield harness
    finally:
        harness.close()
        asyncio.set_event_loop(None)
        loop.close()
