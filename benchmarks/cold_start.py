"""Cold start of `recruiter-desktop` to an interactive window (bar: under 1.5 s).

A new process runs the app (its real entry point, offscreen) for a recruiter signed in
before (the sign-in kept in a keyring, here a file keyring of the benchmark's folder) whose
cache is already synced: 100,000 candidates and 250,000 applications at full size. The
clock runs from just before the process is made until the main window has been shown and
painted and the GUI thread's event loop is then idle (about to wait for events: a click or
a key is handled at once), as benchmarks/support/desktop_child.py tells. On the way the app
signs back in from the keyring (a token renewal over HTTP), opens the cache, asks the
server who the user is, builds the window, and starts its sync round.

Floor, measured in the same run: the same interpreter started, `import PySide6.QtWidgets`,
an empty QMainWindow shown, painted and the loop idle (the same probe). Each is started
once to warm the disk cache and the compiled bytecode, then seven times, alternating; the
medians are printed.

    .venv/bin/python -m benchmarks.cold_start                   # 100,000 / 250,000
    .venv/bin/python -m benchmarks.cold_start --size small
"""

import argparse
import statistics
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.support.desktop import Desktop, run_child, signed_in
from benchmarks.support.server import Server, seed

SIZES = {"small": (500, 1_250), "full": (100_000, 250_000)}
# Small is the CI's smoke test: one start each, no warm-up.
RUNS = {"small": 1, "full": 7}
BAR_SECONDS = 1.5


def _ready(mode: str, desktop: Desktop | None) -> float:
    ready = run_child(mode, desktop).ready
    if ready is None:
        raise RuntimeError(f"the {mode} child never said it was ready")
    return ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    args = parser.parse_args()
    candidates, applications = SIZES[args.size]

    with tempfile.TemporaryDirectory(prefix="cold-start-bench-") as folder:
        work = Path(folder)
        seed(work / "server.db", candidates, applications)
        with Server(work / "server.db") as server:
            desktop, pulled = signed_in(server.url, work, first_sync=True)
            if args.size == "full":
                _ready("start", desktop)
                _ready("floor", None)
            starts, floors = [], []
            for _ in range(RUNS[args.size]):
                starts.append(_ready("start", desktop))
                floors.append(_ready("floor", None))
    start, floor = statistics.median(starts), statistics.median(floors)
    print(
        f"Starts: {', '.join(f'{s:.2f}' for s in starts)} s; floors: "
        f"{', '.join(f'{s:.2f}' for s in floors)} s; the cache held {pulled:,} rows."
    )
    print(
        f"| cold_start: to an interactive window, synced cache (median of {len(starts)}) "
        f"| {candidates:,} / {applications:,} | {start:.2f} s | {floor:.2f} s "
        f"| {start / floor:.1f}x | under {BAR_SECONDS} s | {date.today().isoformat()} |"
    )


if __name__ == "__main__":
    main()
