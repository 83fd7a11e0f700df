"""SQL run in a process of its own, for heavy work beside the writer's.

Two threads running SQLite statements in one process mostly wait for each other here: the
system's SQLite (Debian's) is built without per-connection lookaside memory and counts every
allocation behind one global lock, so two allocation-heavy statements in two threads took
three times as long as one after the other (two in-memory queries: 1.7 s alone, 5.3 s side
by side). In two processes they run side by side at full speed: the end of a first sync
builds the cache's indexes in this process while a child builds the search index in the
search file (each about a second on 100,000 candidates).

The child is this module run with `python -m`; it imports the standard library only, so it
starts in tens of milliseconds. A bundled app (PyInstaller) has no `python -m`, and a child
that cannot start or fails leaves the work to this process: slower, never wrong.
"""

import json
import logging
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger("recruiter.store")

Step = tuple[str, Sequence[Any]]
"""A statement and its parameters."""

# How long any connection to a cache waits for another's lock before it gives up.
BUSY_TIMEOUT_MS = 10_000


def run_apart(path: Path, steps: Sequence[Step]) -> list[Any]:
    """Run `steps` in order on one connection to the database file at `path` (autocommit
    mode: transactions are steps), in a child process; the first row of each step's answer
    (None for none), as JSON gives them back (rows as lists)."""
    if not getattr(sys, "frozen", False):
        try:
            child = subprocess.run(  # noqa: S603 (this interpreter, this module, our statements)
                [sys.executable, "-I", "-m", __name__, str(path)],
                input=json.dumps(steps),
                capture_output=True,
                text=True,
                check=False,
            )
        except OSError as error:
            log.warning("SQL in a process of its own did not start (%s); running it here", error)
        else:
            if child.returncode == 0:
                rows: list[Any] = json.loads(child.stdout)
                return rows
            last = child.stderr.strip().splitlines()[-1:] or [f"exit status {child.returncode}"]
            log.warning("SQL in a process of its own failed (%s); running it here", last[0])
    return _run(path, steps)


def _run(path: Path, steps: Sequence[Step]) -> list[Any]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        rows = [conn.execute(sql, tuple(params)).fetchone() for sql, params in steps]
        return [None if row is None else list(row) for row in rows]
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def main() -> None:
    """The child: the file's path in argv, the steps as JSON on stdin, the rows on stdout."""
    steps = [(sql, params) for sql, params in json.load(sys.stdin)]
    json.dump(_run(Path(sys.argv[1]), steps), sys.stdout)


if __name__ == "__main__":
    main()
