"""Keeping the full-text index over candidates in step with the rows.

The table is schema.FTS_TABLE (candidate_search). An index row is keyed by its candidate's
rowid and holds the candidate's name, e-mail, headline, location, tags and the titles of the
jobs they have applications in, so it must be refreshed when any of those change: the
candidate, their applications, a job's title.
"""

import sqlite3
from collections.abc import Iterable

from recruiter_desktop.store.schema import FTS_COLUMNS, FTS_INSERT, FTS_ROWS_SELECT, FTS_TABLE

# The candidates concerned travel through a temporary table: thousands of ids in one
# statement without thousands of bind parameters.
_CREATE_KEYS = "CREATE TEMP TABLE IF NOT EXISTS search_keys (id TEXT PRIMARY KEY)"
_CLEAR_KEYS = "DELETE FROM temp.search_keys"
_ADD_KEY = "INSERT OR IGNORE INTO temp.search_keys (id) VALUES (?)"
_DELETE_ROWS = (
    "DELETE FROM candidate_search WHERE rowid IN"
    " (SELECT c.rowid FROM candidates AS c JOIN temp.search_keys AS k ON k.id = c.id)"
)
# A refresh computes the rows anew and rewrites only those that differ: most changes (a
# stage move, a new note) leave a candidate's words as they were, and rewriting an FTS row
# costs far more than comparing it.
_COLS = ", ".join(FTS_COLUMNS)
_CREATE_ROWS = f"CREATE TEMP TABLE IF NOT EXISTS search_rows (rowid INTEGER PRIMARY KEY, {_COLS})"
_CLEAR_ROWS = "DELETE FROM temp.search_rows"
_FILL_ROWS = (
    f"INSERT INTO temp.search_rows (rowid, {_COLS}) {FTS_ROWS_SELECT}"  # noqa: S608
    " WHERE c.id IN (SELECT id FROM temp.search_keys)"
)
_DROP_SAME = (
    "DELETE FROM temp.search_rows WHERE EXISTS (SELECT 1 FROM candidate_search AS s"  # noqa: S608
    " WHERE s.rowid = search_rows.rowid AND "
    + " AND ".join(f"s.{c} = search_rows.{c}" for c in FTS_COLUMNS)
    + ")"
)
_DELETE_CHANGED = "DELETE FROM candidate_search WHERE rowid IN (SELECT rowid FROM temp.search_rows)"
_INSERT_CHANGED = f"{FTS_INSERT}SELECT rowid, {_COLS} FROM temp.search_rows"  # noqa: S608
_INSERT_ALL = FTS_INSERT + FTS_ROWS_SELECT
_SET_OPTION = f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES (?, ?)"  # noqa: S608 (a schema name)
# FTS5's defaults.
_AUTOMERGE, _CRISISMERGE = 4, 16
_DELETE_ALL = "DELETE FROM candidate_search"


def _load_keys(conn: sqlite3.Connection, candidate_ids: Iterable[str]) -> None:
    conn.execute(_CREATE_KEYS)
    conn.execute(_CLEAR_KEYS)
    conn.executemany(_ADD_KEY, ((i,) for i in candidate_ids))


def forget(conn: sqlite3.Connection, candidate_ids: Iterable[str]) -> None:
    """Remove the index rows of candidates about to be deleted (call before deleting them:
    the index finds its rows through the candidates' rowids)."""
    _load_keys(conn, candidate_ids)
    conn.execute(_DELETE_ROWS)


def refresh(conn: sqlite3.Connection, candidate_ids: Iterable[str]) -> None:
    """Bring the index rows of these candidates in step with their current rows (ids of
    candidates that no longer exist are ignored: `forget` them before deleting them)."""
    _load_keys(conn, candidate_ids)
    conn.execute(_CREATE_ROWS)
    conn.execute(_CLEAR_ROWS)
    conn.execute(_FILL_ROWS)
    conn.execute(_DROP_SAME)
    conn.execute(_DELETE_CHANGED)
    conn.execute(_INSERT_CHANGED)


def rebuild(conn: sqlite3.Connection) -> None:
    """Rewrite the whole index from the rows (after a bulk load that skipped it)."""
    conn.execute(_DELETE_ALL)
    # FTS5 merges its segments as they fill; for a rewrite in one go that is a third of the
    # time (100,000 candidates: 1.25 s -> 0.8 s). Left less merged, a search takes ~1 ms at
    # p95 instead of ~0.5 ms, and later writes merge it a little at a time as usual.
    _configure(conn, automerge=0, crisismerge=64)
    conn.execute(_INSERT_ALL)
    _configure(conn, automerge=_AUTOMERGE, crisismerge=_CRISISMERGE)


def _configure(conn: sqlite3.Connection, *, automerge: int, crisismerge: int) -> None:
    for option, value in (("automerge", automerge), ("crisismerge", crisismerge)):
        conn.execute(_SET_OPTION, (option, value))


def clear(conn: sqlite3.Connection) -> None:
    """Empty the index."""
    conn.execute(_DELETE_ALL)
