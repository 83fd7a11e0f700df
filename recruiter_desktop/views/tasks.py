"""Starting the services' coroutines from Qt slots.

A slot cannot await: it hands the coroutine to `spawn`, which runs it on the qasync loop,
keeps a reference until it ends (asyncio keeps only weak ones), and turns a failure into a
message in words for the view to show, never a traceback.
"""

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from recruiter_desktop.services.errors import ApiError
from recruiter_desktop.store.local_writes import LocalWriteError

log = logging.getLogger(__name__)
T = TypeVar("T")

_running: set[asyncio.Task[Any]] = set()


def in_words(error: BaseException) -> str:
    """What to tell the user about a failed action."""
    if isinstance(error, LocalWriteError | ApiError):
        return str(error)
    return "Something went wrong on this computer; the details are in the log."


def spawn(
    work: Coroutine[Any, Any, T],
    *,
    done: Callable[[T], None] | None = None,
    failed: Callable[[str], None] | None = None,
) -> asyncio.Task[T]:
    """Run `work` on the loop; call `done(result)` or `failed(message)` on the GUI thread."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # a slot called while the loop is idle (e.g. from a test)
        loop = asyncio.get_event_loop_policy().get_event_loop()
    task = loop.create_task(work)
    _running.add(task)

    def finished(task: asyncio.Task[T]) -> None:
        _running.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            if done is not None:
                done(task.result())
            return
        if not isinstance(error, LocalWriteError | ApiError):
            log.error("an action failed", exc_info=error)
        if failed is not None:
            failed(in_words(error))

    task.add_done_callback(finished)
    return task
