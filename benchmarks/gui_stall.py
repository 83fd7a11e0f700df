"""The longest GUI-thread stall of the desktop app during its first sync (bar: under 50 ms).

The app (`recruiter-desktop`, offscreen, a process of its own) starts for a recruiter signed
in before whose cache is empty: its main window shows the Jobs page while the first sync of
100,000 candidates and 250,000 applications (full size) pulls every page from
`recruiter-server serve` (another process) and the status bar's progress bar runs. From the
moment the window is ready until a second after the sync has ended (the views reload
then), a heartbeat QTimer ticks every 5 ms on the GUI thread, and every gap between two
ticks is recorded: a gap is how long a click or a key would have waited. Printed: the
longest gap, the 99th percentile, and the sync's duration.

Floor, measured in the same process right after: the same heartbeat for a few seconds
with the app idle (the timer's own lateness on this machine).

    .venv/bin/python -m benchmarks.gui_stall                   # 100,000 / 250,000
    .venv/bin/python -m benchmarks.gui_stall --size small
"""

import argparse
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.support.desktop import run_child, signed_in
from benchmarks.support.desktop_child import TRACE
from benchmarks.support.server import Server, seed

SIZES = {"small": (500, 1_250), "full": (100_000, 250_000)}
BAR_MS = 50.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument(
        "--trace",
        action="store_true",
        help="sample every thread's stack while the heartbeat is late, and print where",
    )
    args = parser.parse_args()
    candidates, applications = SIZES[args.size]

    with tempfile.TemporaryDirectory(prefix="gui-stall-bench-") as folder:
        work = Path(folder)
        seed(work / "server.db", candidates, applications)
        with Server(work / "server.db") as server:
            desktop, _ = signed_in(server.url, work, first_sync=False)
            extra = {TRACE: "1"} if args.trace else {}
            stall = run_child("stall", desktop, **extra).reports["stall"]
    during, idle = stall["during"], stall["idle"]
    if stall["page"] != "jobs":
        raise RuntimeError(f"the window showed the {stall['page']} page, not Jobs")
    print(
        f"The first sync pulled {stall['rows']:,} rows in {stall['sync_seconds']:.1f} s; "
        f"{during['ticks']:,} heartbeat gaps, median {during['median_ms']:.1f} ms. Longest gaps "
        "(ms, at s from the sync's start, rows received by then): "
        + "; ".join(f"{gap:.0f} at {at:.2f} ({rows:,})" for gap, at, rows in stall["worst"])
    )
    for stack, samples in stall["stacks"]:
        print(f"{samples:5} {stack}")
    for took, at, generation, who in stall["collections"]:
        print(f"garbage collection of generation {generation}: {took:.0f} ms at {at:.2f} s ({who})")
    print(
        f"| gui_stall: longest GUI-thread stall during the first sync "
        f"({stall['rows']:,} rows in {stall['sync_seconds']:.1f} s), 5 ms heartbeat "
        f"| {candidates:,} / {applications:,} "
        f"| max {during['max_ms']:.0f} ms (p99 {during['p99_ms']:.1f} ms) "
        f"| max {idle['max_ms']:.0f} ms (p99 {idle['p99_ms']:.1f} ms) "
        f"| {during['max_ms'] / idle['max_ms']:.1f}x | under {BAR_MS:.0f} ms "
        f"| {date.today().isoformat()} |"
    )


if __name__ == "__main__":
    main()
