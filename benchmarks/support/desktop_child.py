"""The desktop app as the benchmarks run it: `recruiter-desktop` in a process of its own,
with a probe that tells the benchmark when its window is ready and what it measured there.

    python -m benchmarks.support.desktop_child MODE [recruiter-desktop options]

The app runs through `recruiter_desktop.__main__.main`, the function the `recruiter-desktop`
command runs, with the options given: nothing of the product is replaced or patched. The
probe comes in through asyncio's public hook, the event loop policy: when the app sets its
qasync loop (its QApplication exists by then) the probe starts watching.

Ready ("an interactive window"): the main window has been shown and painted, and then the
GUI thread's event loop is about to block for want of anything to do
(`QAbstractEventDispatcher.aboutToBlock`): whatever a click or a key brings is handled at
once from here on.

Modes (each prints `BENCH {json}` lines on stdout):
- `floor`: no app: `import PySide6.QtWidgets`, an empty QMainWindow shown, ready, quit.
- `start`: the app until ready (`{"event": "ready"}`), then the user quits.
- `stall`: from ready through the app's first sync, a heartbeat QTimer every 5 ms on the
  GUI thread records the gaps between its ticks; then the same heartbeat with the app idle.
- `memory`: resident memory (VmRSS) when ready (before any page of the first sync has
  been applied), after the first sync, after dragging the Candidates list's scroll bar to
  the bottom, and after scrolling the list from top to end a screen at a time.
"""

import asyncio
import gc
import json
import os
import statistics
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Coroutine
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the modes import Qt when they run: `floor` must import only QtWidgets
    from PySide6.QtWidgets import QApplication, QMainWindow

    from recruiter_desktop.views.candidates_page import CandidatesPage
    from recruiter_desktop.views.main_window import MainWindow

REPORT = "BENCH "
HEARTBEAT_MS = 5
# After the first sync ends, the heartbeat goes on this long (the views reload then), and
# then measures the idle app this long.
TAIL_SECONDS = 1.0
IDLE_SECONDS = 2.0
SETTLE_SECONDS = 1.0
WAIT_SECONDS = 600.0
# The environment variable that asks the stall mode to sample stacks during stalls.
TRACE = "RECRUITER_BENCHMARK_TRACE"
STALL_SAMPLE_MS = 15
TRACE_FRAMES = 8
TRACE_STACKS = 25
COLLECTION_SHOWN_S = 0.002
# Where an idle thread waits (its innermost frame's file).
_WAITING = {"threading.py", "queue.py", "selectors.py", "thread.py"}


def report(**fields: Any) -> None:
    """One line for the benchmark that started this process."""
    print(REPORT + json.dumps(fields), flush=True)


def memory_kb() -> dict[str, int]:
    """VmRSS (resident now), VmHWM (its peak), RssAnon and RssFile of this process, in kB,
    from /proc/self/status (psutil is not a dependency)."""
    wanted = ("VmRSS", "VmHWM", "RssAnon", "RssFile")
    found: dict[str, int] = {}
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        name, _, value = line.partition(":")
        if name in wanted:
            found[name] = int(value.split()[0])
    return found


def _ready_probe(
    app: "QApplication",
    on_ready: Callable[["QMainWindow"], None],
    on_shown: Callable[["QMainWindow"], None] | None = None,
) -> None:
    """Calls `on_shown(window)` when a QMainWindow shows, and `on_ready(window)` once it has
    been painted and the event loop is then about to wait for events. An application-wide
    event filter watches until the window's first paint, then leaves."""
    from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject  # noqa: PLC0415
    from PySide6.QtWidgets import QMainWindow  # noqa: PLC0415

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__(app)  # the application keeps it
            self.window: QMainWindow | None = None
            self.dispatcher = QAbstractEventDispatcher.instance()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.window is None:
                if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
                    self.window = watched
                    if on_shown is not None:
                        on_shown(watched)
            elif event.type() == QEvent.Type.Paint and watched is self.window:
                app.removeEventFilter(self)
                self.dispatcher.aboutToBlock.connect(self.idle)
            return False

        def idle(self) -> None:
            self.dispatcher.aboutToBlock.disconnect(self.idle)
            assert self.window is not None
            on_ready(self.window)

    app.installEventFilter(Probe())


class _ProbingPolicy(asyncio.DefaultEventLoopPolicy):
    """asyncio's default policy, which starts `mode` on the app's loop when the app sets it."""

    def __init__(self, mode: Callable[["QApplication"], None]) -> None:
        super().__init__()
        self._mode: Callable[[QApplication], None] | None = mode

    def set_event_loop(self, loop: asyncio.AbstractEventLoop | None) -> None:
        super().set_event_loop(loop)
        if loop is not None and self._mode is not None:
            from PySide6.QtWidgets import QApplication  # noqa: PLC0415

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            mode, self._mode = self._mode, None
            mode(app)


def _main_window(window: "QMainWindow") -> "MainWindow":
    from recruiter_desktop.views.main_window import MainWindow  # noqa: PLC0415

    assert isinstance(window, MainWindow)
    return window


def _in_loop(
    work: Callable[["MainWindow"], Coroutine[Any, Any, None]],
) -> Callable[["QMainWindow"], None]:
    """An on_ready that runs `work(window)` as a task of the app's loop; an error in it is
    reported and ends the app with the window closed."""

    def start(window: "QMainWindow") -> None:
        async def guarded() -> None:
            try:
                await work(_main_window(window))
            except Exception:
                report(event="error", error=traceback.format_exc())
                raise
            finally:
                window.close()

        asyncio.get_event_loop().create_task(guarded())

    return start


async def _wait(condition: Callable[[], bool], what: str, poll: float = 0.002) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited too long for {what}")
        await asyncio.sleep(poll)


class _FirstSync:
    """When the window's first sync starts and ends, and its progress on the way."""

    def __init__(self, window: "QMainWindow") -> None:
        self.status = _main_window(window).workspace.status
        self.started = time.perf_counter() if self.status.syncing else 0.0
        self.ended = 0.0
        self.progress: list[tuple[float, int]] = []
        self.status.syncing_changed.connect(self._syncing)
        self.status.progress_changed.connect(self._progress)

    def _syncing(self, syncing: bool) -> None:
        now = time.perf_counter()
        if syncing and not self.started:
            self.started = now
        elif not syncing and self.started and not self.ended:
            self.ended = now

    def _progress(self, done: int, _total: int) -> None:
        self.progress.append((time.perf_counter(), done))

    @property
    def rows(self) -> int:
        return self.progress[-1][1] if self.progress else 0

    async def done(self) -> None:
        await _wait(lambda: bool(self.ended), "the first sync")
        if not self.status.last_sync or not self.rows:
            raise RuntimeError("the first sync did not complete")


class _Heartbeat:
    """A QTimer on the GUI thread every HEARTBEAT_MS; the times of its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer  # noqa: PLC0415

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self.ticks.append(time.perf_counter())
        self.timer.start()

    def gaps(self, since: float, until: float) -> list[tuple[float, float]]:
        """(gap in seconds, when it ended) between ticks in [since, until]."""
        ticks = [t for t in self.ticks if since <= t <= until]
        return [(b - a, b) for a, b in pairwise(ticks)]


class _StallSampler(threading.Thread):
    """While the heartbeat is more than STALL_SAMPLE_MS late, samples every thread's Python
    stack every few milliseconds: what the GUI thread runs during a stall (its outermost
    frame, qasync's run_forever, when it is in Qt's C++ or waits for the interpreter lock)
    and what the other threads run meanwhile. For finding a stall's cause (--trace)."""

    def __init__(self, heartbeat: _Heartbeat) -> None:
        super().__init__(name="stall sampler", daemon=True)
        self.heartbeat = heartbeat
        self.gui = threading.get_ident()
        self.samples: Counter[str] = Counter()
        self.running = True
        # Garbage collections (start, seconds, generation, thread): a collection holds the
        # interpreter lock in whichever thread set it off.
        self.collections: list[tuple[float, float, int, str]] = []
        self._collecting = 0.0
        gc.callbacks.append(self._collection)

    def _collection(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._collecting = now
        elif self.running:
            who = "GUI" if threading.get_ident() == self.gui else threading.current_thread().name
            self.collections.append(
                (self._collecting, now - self._collecting, info["generation"], who)
            )

    def run(self) -> None:
        while self.running:
            time.sleep(0.002)
            ticks = self.heartbeat.ticks
            if not ticks or time.perf_counter() - ticks[-1] < STALL_SAMPLE_MS / 1000:
                continue
            for ident, frame in sys._current_frames().items():
                stack = traceback.extract_stack(frame)[-TRACE_FRAMES:][::-1]
                if ident == self.ident or Path(stack[0].filename).name in _WAITING:
                    continue
                where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in stack)
                self.samples[("GUI: " if ident == self.gui else "worker: ") + where] += 1


def _gap_stats(gaps: list[tuple[float, float]]) -> dict[str, float]:
    sizes = sorted(gap for gap, _ in gaps)
    return {
        "max_ms": sizes[-1] * 1000,
        "p99_ms": statistics.quantiles(sizes, n=100)[98] * 1000,
        "median_ms": statistics.median(sizes) * 1000,
        "ticks": len(sizes),
    }


def start_mode(app: "QApplication") -> None:
    """`start`: report ready, then quit as the user does."""

    async def work(_window: "MainWindow") -> None:
        report(event="ready")

    _ready_probe(app, _in_loop(work))


def stall_mode(app: "QApplication") -> None:
    """`stall`: the heartbeat's gaps during the first sync, and while idle after it."""
    heartbeat = _Heartbeat()
    watched: list[_FirstSync] = []
    sampler = _StallSampler(heartbeat) if os.environ.get(TRACE) else None

    async def work(window: "MainWindow") -> None:
        sync = watched[0]
        heartbeat.start()
        if sampler is not None:
            sampler.start()
        shown = window.current_key
        await sync.done()
        await asyncio.sleep(TAIL_SECONDS)
        busy_until = time.perf_counter()
        if sampler is not None:
            sampler.running = False
        await asyncio.sleep(IDLE_SECONDS)
        heartbeat.timer.stop()
        during = heartbeat.gaps(0.0, busy_until)
        worst = sorted(during, reverse=True)[:10]
        report(
            event="stall",
            page=shown,
            rows=sync.rows,
            sync_seconds=sync.ended - sync.started,
            during=_gap_stats(during),
            idle=_gap_stats(heartbeat.gaps(busy_until, time.perf_counter())),
            # Where the longest gaps ended, in seconds from the sync's start (the sync
            # ended at sync_seconds), with the rows received by then.
            worst=[(gap * 1000, at - sync.started, _rows_by(sync, at)) for gap, at in worst],
            stacks=sampler.samples.most_common(TRACE_STACKS) if sampler else [],
            collections=[
                (seconds * 1000, start - sync.started, generation, who)
                for start, seconds, generation, who in (sampler.collections if sampler else [])
                if seconds >= COLLECTION_SHOWN_S
            ],
        )

    _ready_probe(app, _in_loop(work), lambda window: watched.append(_FirstSync(window)))


def _rows_by(sync: _FirstSync, at: float) -> int:
    return max((done for when, done in sync.progress if when <= at), default=0)


def memory_mode(app: "QApplication") -> None:
    """`memory`: resident memory before the sync, after it, and after scrolling the
    Candidates list to its end (by dragging its scroll bar, then a screen at a time)."""

    watched: list[_FirstSync] = []

    async def work(window: "MainWindow") -> None:
        before = memory_kb()
        sync = watched[0]
        rows_before = sync.rows
        await sync.done()
        await asyncio.sleep(SETTLE_SECONDS)
        synced = memory_kb()
        window.go_actions["candidates"].trigger()  # Go > Candidates, Ctrl+4
        page = window.pages["candidates"]
        from recruiter_desktop.views.candidates_page import CandidatesPage  # noqa: PLC0415

        assert isinstance(page, CandidatesPage)
        await _wait(lambda: _screen_loaded(page), "the first screen of candidates")
        await _drag_to_bottom(page)
        dragged = memory_kb()
        highest, steps = await _scroll_through(page)
        report(
            event="memory",
            rows=sync.rows,
            candidates=page.model.rowCount(),
            before=before,
            rows_before=rows_before,
            synced=synced,
            dragged=dragged,
            scrolled=memory_kb(),
            scrolled_highest_rss=highest,
            steps=steps,
        )

    _ready_probe(app, _in_loop(work), lambda window: watched.append(_FirstSync(window)))


def _screen_loaded(page: "CandidatesPage") -> bool:
    """The rows the table shows are read (no placeholder left on screen)."""
    table, model = page.table, page.model
    if model.loading or model.rowCount() == 0:
        return False
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    if bottom < 0:
        bottom = model.rowCount() - 1
    return top >= 0 and model.item(top) is not None and model.item(bottom) is not None


async def _drag_to_bottom(page: "CandidatesPage") -> None:
    """Press the scroll bar's handle, drag it to the bottom in a few moves as a hand does,
    release, and wait for the rows shown there."""
    from PySide6.QtCore import QPoint, Qt  # noqa: PLC0415
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # noqa: PLC0415

    bar = page.table.verticalScrollBar()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    start = handle.center()
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    moves = 12
    for step in range(1, moves + 1):
        y = start.y() + (bar.height() - start.y()) * step // moves
        QTest.mouseMove(bar, QPoint(start.x(), y))
        await asyncio.sleep(0.016)  # a frame between moves
    QTest.mouseRelease(
        bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(start.x(), y)
    )
    if bar.value() != bar.maximum():
        raise RuntimeError(f"the drag left the scroll bar at {bar.value()} of {bar.maximum()}")
    await _wait(lambda: _screen_loaded(page), "the last screen of candidates")


async def _scroll_through(page: "CandidatesPage") -> tuple[dict[str, int], int]:
    """From the top to the end a screen at a time (a click below the handle, or Page Down),
    each screen's rows read before the next; the highest resident memory seen, and the
    number of screens."""
    from PySide6.QtWidgets import QAbstractSlider  # noqa: PLC0415

    bar = page.table.verticalScrollBar()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    await _wait(lambda: _screen_loaded(page), "the first screen again")
    highest = memory_kb()
    steps = 0
    while bar.value() < bar.maximum():
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        steps += 1
        await _wait(lambda: _screen_loaded(page), "a screen of candidates", poll=0.001)
        now = memory_kb()
        if now["VmRSS"] > highest["VmRSS"]:
            highest = now
    return highest, steps


def floor_mode() -> int:
    """`floor`: the least a window needs: Qt's widgets imported, an empty main window
    shown, painted, and the loop idle."""
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415

    app = QApplication([sys.argv[0]])

    def ready(window: QMainWindow) -> None:
        report(event="ready")
        window.close()
        app.quit()

    _ready_probe(app, ready)
    window = QMainWindow()
    window.show()
    return app.exec()


MODES: dict[str, Callable[["QApplication"], None]] = {
    "start": start_mode,
    "stall": stall_mode,
    "memory": memory_mode,
}


def main(argv: list[str]) -> int:
    """Run the mode named first in `argv` with the app's options that follow."""
    mode, options = argv[0], argv[1:]
    if mode == "floor":
        return floor_mode()
    asyncio.set_event_loop_policy(_ProbingPolicy(MODES[mode]))
    from recruiter_desktop.__main__ import main as desktop  # noqa: PLC0415

    return desktop(options)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
