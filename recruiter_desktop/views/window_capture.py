"""A picture of a window once its pages have loaded (`--screenshot`, and the screenshots of
the docs).

The pages load through coroutines (views/tasks.spawn) and lazy models that ask for more rows
as they show; a picture taken too early shows empty lists. So the capture waits until no
other task runs on the loop for a few turns in a row (or a time limit), then grabs.
"""

import asyncio
import time
from pathlib import Path

from PySide6.QtWidgets import QWidget

# Turns of the loop, 20 ms apart, with no task running before the loads count as done.
_QUIET_TURNS = 5
_TURN = 0.02


class CaptureError(Exception):
    """The picture could not be saved; the message says why in words."""


async def settle(patience: float = 15.0) -> None:
    """Wait until no task but the caller's has run for a few turns (or `patience` s)."""
    me = asyncio.current_task()
    deadline = time.monotonic() + patience
    quiet = 0
    while quiet < _QUIET_TURNS and time.monotonic() < deadline:
        busy = any(t is not me and not t.done() for t in asyncio.all_tasks())
        quiet = 0 if busy else quiet + 1
        # Sleeping lets the loop handle Qt's events too (processEvents here would run other
        # tasks inside this one).
        await asyncio.sleep(_TURN)


async def capture(widget: QWidget, path: Path, *, patience: float = 15.0) -> None:
    """Save a PNG of `widget` at `path` once what it shows has loaded."""
    await settle(patience)
    picture = widget.grab()
    if picture.isNull():
        raise CaptureError("The window could not be drawn, so no picture was taken.")
    if not path.parent.is_dir():
        raise CaptureError(f"The folder {path.parent} does not exist; the picture was not saved.")
    if not picture.save(str(path), "PNG"):
        raise CaptureError(f"The picture could not be written to {path}.")
