"""Every benchmark still runs and prints its result line, at the small size (CI smoke)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = sorted(p.stem for p in (ROOT / "benchmarks").glob("*.py") if p.stem != "__init__")


def test_there_are_benchmarks() -> None:
    assert {"seed_demo", "sync", "search", "cold_start", "gui_stall", "memory"} <= set(BENCHMARKS)


@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_runs_small(name: str) -> None:
    done = subprocess.run(  # noqa: S603 (our own module, a fixed command line)
        [sys.executable, "-m", f"benchmarks.{name}", "--size", "small"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result_lines = [line for line in done.stdout.splitlines() if line.startswith(f"| {name}")]
    assert result_lines, done.stdout[-2000:]
