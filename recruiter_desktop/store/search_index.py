"""Keeping the full-text index over candidates in step with the rows.

The table is schema.FTS_TABLE (candidate_search). An index row is keyed by its candidate's
rowid and holds the candidate's name, e-mail, headline, location, tags and the titles of the
jobs they have applications in, so it must be refreshed when any of those change: the
candidate, their applications, a job's title.
"""

import sqlite3
from collections.abc import Iterable

from recruiter_desktop.store.schema import FTS_INSERT, FTS_ROWS_SELECT

# The candidates concerned travel through a temporary table: thousands of ids in one
# statement without thousands of bind parameters.
_CREATE_KEYS = "CREATE TEMP TABLE IF NOT EXISTS search_keys (id TEXT PRIMARY KEY)"
_CLEAR_KEYS = "DELETE FROM temp.search_keys"
_ADD_KEY = "INSERT OR IGNORE INTO temp.search_keys (id) VALUES (?)"
_DELETE_ROWS = (
    "DELETE FROM candidate_search WHERE rowid IN"
    " (SELECT c.rowid FROM candidates AS c JOIN temp.search_keys AS k ON k.id = c.id)"
)
_INSERT_ROWS = f"{FTS_INSERT}{FTS_ROWS_SELECT} WHERE c.id IN (SELECT id FROM temp.search_keys)"  # noqa: S608
_INSERT_ALL = FTS_INSERT + FTS_ROWS_SELECT
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
    """Rewrite the index rows of these candidates from their current rows (ids of candidates
    that no longer exist are ignored)."""
    _load_keys(conn, candidate_ids)
    conn.execute(_DELETE_ROWS)
    conn.execute(_INSERT_ROWS)


def rebuild(conn: sqlite3.Connection) -> None:
    """Rewrite the whole index from the rows (after a bulk load that skipped it)."""
    conn.execute(_DELETE_ALL)
    conn.execute(_INSERT_ALL)


def clear(conn: sqlite3.Connection) -> None:
    """Empty the index."""
    conn.execute(_DELETE_ALL)
