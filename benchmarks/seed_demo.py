"""How long `recruiter-server seed-demo` takes on SQLite (bar: under 60 s at full size).

Runs the real command in a subprocess against a freshly migrated temporary SQLite file and
times it from start to exit. The floor is the least work the same result needs: the rows the
seed wrote, already in memory, inserted again with raw sqlite3 executemany into another
freshly migrated file (same schema, indexes and foreign keys, one transaction).

    .venv/bin/python -m benchmarks.seed_demo                      # 100,000 / 250,000
    .venv/bin/python -m benchmarks.seed_demo --size small
    .venv/bin/python -m benchmarks.seed_demo --candidates 20000 --applications 50000
"""

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SIZES = {"small": (2_000, 5_000), "full": (100_000, 250_000)}
BAR_SECONDS = 60.0
# Parents before children, as the foreign keys need.
TABLES = (
    "users",
    "jobs",
    "stages",
    "job_roles",
    "talent_pools",
    "candidates",
    "applications",
    "stage_changes",
    "feedback",
    "notes",
    "pool_members",
    "sync_index",
)
SCRIPT = Path(sys.executable).with_name("recruiter-server")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--candidates", type=int, help="overrides --size")
    parser.add_argument("--applications", type=int, help="overrides --size")
    args = parser.parse_args()
    candidates, applications = SIZES[args.size]
    candidates = args.candidates if args.candidates is not None else candidates
    applications = args.applications if args.applications is not None else applications

    with tempfile.TemporaryDirectory(prefix="seed-demo-bench-") as folder:
        seeded = Path(folder) / "seeded.db"
        _command(seeded, "migrate")
        started = time.perf_counter()
        output = _command(
            seeded,
            "seed-demo",
            "--candidates",
            str(candidates),
            "--applications",
            str(applications),
        )
        seconds = time.perf_counter() - started
        print(output.rstrip())
        floor, rows = _floor(seeded, Path(folder) / "floor.db")

    size = f"{candidates:,} / {applications:,}"
    print()
    print("| benchmark | size | figure | floor | ratio | bar | date |")
    print("|---|---|---|---|---|---|---|")
    print(
        f"| seed_demo (SQLite, {rows:,} rows) | {size} | {seconds:.1f} s | {floor:.1f} s "
        f"| {seconds / floor:.1f}x | under {BAR_SECONDS:.0f} s | {date.today().isoformat()} |"
    )
    if seconds >= BAR_SECONDS:
        print(f"Over the bar: {seconds:.1f} s is not under {BAR_SECONDS:.0f} s.", file=sys.stderr)
        sys.exit(1)


def _command(database: Path, *args: str) -> str:
    """Run `recruiter-server ARGS` on the database; its output, or exit with its error."""
    env = {**os.environ, "RECRUITER_DATABASE_URL": f"sqlite:///{database}"}
    done = subprocess.run(  # noqa: S603 (our own console script)
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"recruiter-server {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def _floor(seeded: Path, target: Path) -> tuple[float, int]:
    """Seconds to insert the seeded rows into an empty migrated copy, and how many rows."""
    _command(target, "migrate")
    source = sqlite3.connect(seeded)
    rows = {table: source.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}  # noqa: S608
    source.close()
    conn = sqlite3.connect(target, isolation_level=None)
    for pragma in (
        "journal_mode=WAL",
        "synchronous=NORMAL",
        "foreign_keys=ON",
        "cache_size=-512000",
    ):
        conn.execute(f"PRAGMA {pragma}")
    # The migration's own rows are in the seeded copy too.
    conn.execute("DELETE FROM sync_index")
    conn.execute("DELETE FROM talent_pools")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table in TABLES:
        if rows[table]:
            marks = ", ".join("?" for _ in rows[table][0])
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])  # noqa: S608
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds, sum(len(table_rows) for table_rows in rows.values())


if __name__ == "__main__":
    main()
