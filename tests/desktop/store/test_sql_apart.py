"""SQL run in a process of its own: the answers, and this process taking the work over
when the child cannot start or fails."""

import logging
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from recruiter_desktop.store.sql_apart import run_apart


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file = tmp_path / "data.sqlite3"
    conn = sqlite3.connect(file)
    conn.execute("CREATE TABLE t (n INTEGER)")
    conn.commit()
    conn.close()
    return file


def _numbers(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [n for (n,) in conn.execute("SELECT n FROM t ORDER BY n")]
    finally:
        conn.close()


def test_steps_run_in_a_child_and_answer_their_first_rows(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    rows = run_apart(
        path,
        [
            ("BEGIN", ()),
            ("INSERT INTO t (n) VALUES (?), (?)", (1, 2)),
            ("SELECT count(*), max(n) FROM t", ()),
            ("COMMIT", ()),
        ],
    )

    assert rows == [None, None, [2, 2], None]
    assert _numbers(path) == [1, 2]
    assert caplog.records == []  # the child did it, nothing fell back


def test_this_process_does_the_work_when_no_child_can_start(
    path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", os.fspath(path.parent / "no-such-python"))
    caplog.set_level(logging.WARNING)

    rows = run_apart(path, [("INSERT INTO t (n) VALUES (7) RETURNING n", ())])

    assert rows == [[7]]
    assert _numbers(path) == [7]
    assert "did not start" in caplog.text


def test_a_failing_step_is_tried_here_too_and_raises_leaving_nothing_written(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        run_apart(
            path,
            [
                ("BEGIN", ()),
                ("INSERT INTO t (n) VALUES (1)", ()),
                ("INSERT INTO missing (n) VALUES (1)", ()),
                ("COMMIT", ()),
            ],
        )

    assert _numbers(path) == []
    assert "no such table: missing" in caplog.text
