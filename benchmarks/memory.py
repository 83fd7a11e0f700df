"""Resident memory of the desktop app after its first sync and a scroll of the Candidates
list to its end (bar: under 300 MB).

The app (`recruiter-desktop`, offscreen, a process of its own) starts for a recruiter signed
in before whose cache is empty, and does its first sync of 100,000 candidates and 250,000
applications (full size) from `recruiter-server serve` (another process). Then, as a user
does: Go > Candidates; the list's scroll bar dragged from the top to the bottom and the
rows shown there read; then the list scrolled again from the top to the end a screen at a
time (Page Down), each screen's rows read before the next. The figure is the process's
resident memory (VmRSS of /proc/self/status) at the end; the highest seen while scrolling
and the peak of the whole run (VmHWM, the sync included) are printed beside it.

Floor, measured in the same process: its resident memory with the main window shown and
idle, before the first page of the sync has been applied.

    .venv/bin/python -m benchmarks.memory                   # 100,000 / 250,000
    .venv/bin/python -m benchmarks.memory --size small
"""

import argparse
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.support.desktop import run_child, signed_in
from benchmarks.support.server import Server, seed

SIZES = {"small": (500, 1_250), "full": (100_000, 250_000)}
BAR_MB = 300.0


def _mb(kb: int) -> float:
    return kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    args = parser.parse_args()
    candidates, applications = SIZES[args.size]

    with tempfile.TemporaryDirectory(prefix="memory-bench-") as folder:
        work = Path(folder)
        seed(work / "server.db", candidates, applications)
        with Server(work / "server.db") as server:
            desktop, _ = signed_in(server.url, work, first_sync=False)
            memory = run_child("memory", desktop).reports["memory"]
    if memory["rows_before"]:
        raise RuntimeError("the floor was measured after the sync had applied rows")
    before, synced, dragged, scrolled = (
        memory[key] for key in ("before", "synced", "dragged", "scrolled")
    )
    highest = memory["scrolled_highest_rss"]
    figure = max(dragged["VmRSS"], scrolled["VmRSS"])
    print(
        f"VmRSS: {_mb(before['VmRSS']):.0f} MB with the window shown, "
        f"{_mb(synced['VmRSS']):.0f} MB after the first sync ({memory['rows']:,} rows; "
        f"anonymous {_mb(synced['RssAnon']):.0f} MB, files {_mb(synced['RssFile']):.0f} MB), "
        f"{_mb(dragged['VmRSS']):.0f} MB after dragging the scroll bar to the bottom of "
        f"{memory['candidates']:,} candidates, {_mb(scrolled['VmRSS']):.0f} MB after scrolling "
        f"them through in {memory['steps']:,} screens (highest on the way "
        f"{_mb(highest['VmRSS']):.0f} MB); peak of the run (VmHWM) "
        f"{_mb(scrolled['VmHWM']):.0f} MB."
    )
    print(
        f"| memory: resident after the first sync ({memory['rows']:,} rows) and scrolling "
        f"the Candidates list to its end (dragged, then a screen at a time) "
        f"| {candidates:,} / {applications:,} | {_mb(figure):.0f} MB "
        f"| {_mb(before['VmRSS']):.0f} MB | {figure / before['VmRSS']:.1f}x "
        f"| under {BAR_MB:.0f} MB | {date.today().isoformat()} |"
    )


if __name__ == "__main__":
    main()
