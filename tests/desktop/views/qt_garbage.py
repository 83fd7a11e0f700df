"""A fixture for test modules with more than one test of the `gui` harness."""

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """Collect what a test left in reference cycles at its end, on the GUI thread.

    The qasync loop of `gui` leaves QObjects with timers in cycles when it closes; collected
    later by chance in a worker thread (a `workspace.read`), Qt warns "Timers cannot be
    stopped from another thread", and the warning fails the next test. Autouse fixtures are
    set up first, so this one ends after `gui` has closed its loop."""
    yield
    gc.collect()
