"""Keeping the full-text index over candidates in step with the rows.

The table is schema.FTS_TABLE (candidate_search), in the search file (schema.SEARCH_SCHEMA).
An index row is keyed by its candidate's rowid and holds the candidate's name, e-mail,
headline, location, tags and the titles of the jobs they have applications in, so it must be
refreshed when any of those change: the candidate, their applications, a job's title.

Every change of the index counts one more generation in both files, in the same
transaction; should a crash commit one file and not the other, opening the cache finds the
counts apart and rebuilds the index (database.open_cache).
"""

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from recruiter_desktop.store import sync_state
from recruiter_desktop.store.paths import search_path
from recruiter_desktop.store.schema import (
    FTS_ALL_ROWS_SELECT,
    FTS_COLUMNS,
    FTS_DDL,
    FTS_INSERT,
    FTS_ROWS_SELECT,
    FTS_TABLE,
    SEARCH_SCHEMA,
    SEARCH_STATE_DDL,
    StateKey,
)
from recruiter_desktop.store.sql_apart import Step, run_apart

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
_INSERT_ALL = FTS_INSERT + FTS_ALL_ROWS_SELECT
_STATE = f"{SEARCH_SCHEMA}.search_state"
_FIRST_GENERATION = (
    f"INSERT INTO {_STATE} (generation) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM {_STATE})"  # noqa: S608 (schema names)
)
_NEXT_GENERATION = f"UPDATE {_STATE} SET generation = generation + 1 RETURNING generation"  # noqa: S608
_GENERATION = f"SELECT generation FROM {_STATE}"  # noqa: S608
_SET_OPTION = f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES (?, ?)"  # noqa: S608 (a schema name)
_DROP_INDEX = f"DROP TABLE IF EXISTS {SEARCH_SCHEMA}.{FTS_TABLE}"
# A new index, filled from the rows. FTS5 merges its segments as they fill; for a rewrite
# in one go that is a third of the time (100,000 candidates: 1.25 s -> 0.8 s). Left less
# merged, a search takes ~1 ms at p95 instead of ~0.5 ms, and later writes merge it a little
# at a time as usual (automerge 4 and crisismerge 16 are FTS5's defaults).
_REBUILD: tuple[Step, ...] = (
    (_DROP_INDEX, ()),
    (FTS_DDL, ()),
    (_SET_OPTION, ("automerge", 0)),
    (_SET_OPTION, ("crisismerge", 64)),
    (_INSERT_ALL, ()),
    (_SET_OPTION, ("automerge", 4)),
    (_SET_OPTION, ("crisismerge", 16)),
)


def _load_keys(conn: sqlite3.Connection, candidate_ids: Iterable[str]) -> None:
    conn.execute(_CREATE_KEYS)
    conn.execute(_CLEAR_KEYS)
    conn.executemany(_ADD_KEY, ((i,) for i in candidate_ids))


def create(conn: sqlite3.Connection) -> None:
    """Create the index and its generation count in the search file, where missing."""
    conn.execute(FTS_DDL)
    conn.execute(SEARCH_STATE_DDL)
    conn.execute(_FIRST_GENERATION)


def drop(conn: sqlite3.Connection) -> None:
    """Drop the index (its generation count stays, so it keeps counting)."""
    conn.execute(_DROP_INDEX)


def in_step(conn: sqlite3.Connection) -> bool:
    """Whether the index holds what the cache's last changes put in it."""
    (generation,) = conn.execute(_GENERATION).fetchone()
    return sync_state.get(conn, StateKey.SEARCH_GENERATION) == str(generation)


def _changed(conn: sqlite3.Connection) -> None:
    """Count a change of the index in both files (in the writer's transaction)."""
    adopt(conn, _next_generation(conn))


def _next_generation(conn: sqlite3.Connection) -> int:
    (generation,) = conn.execute(_NEXT_GENERATION).fetchone()
    return int(generation)


def adopt(conn: sqlite3.Connection, generation: int) -> None:
    """Record in the cache that it is in step with the index's `generation` (after
    `rebuild_apart`)."""
    sync_state.put(conn, StateKey.SEARCH_GENERATION, str(generation))


def forget(conn: sqlite3.Connection, candidate_ids: Iterable[str]) -> None:
    """Remove the index rows of candidates about to be deleted (call before deleting them:
    the index finds its rows through the candidates' rowids)."""
    _load_keys(conn, candidate_ids)
    conn.execute(_DELETE_ROWS)
    _changed(conn)


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
    _changed(conn)


def rebuild(conn: sqlite3.Connection) -> None:
    """Rewrite the whole index from the rows, in the writer's transaction."""
    for sql, params in _REBUILD:
        conn.execute(sql, params)
    _changed(conn)


def rebuild_apart(cache: Path) -> int:
    """Rewrite the whole index from the rows of the cache file `cache`, in a process of its
    own (sql_apart) and a transaction that writes the search file alone, so that the writer
    may write the cache file meanwhile (its indexes, after a bulk load). Returns the index's
    generation, for the writer to `adopt`."""
    steps: list[Step] = [
        (f"ATTACH DATABASE ? AS {SEARCH_SCHEMA}", (str(search_path(cache)),)),
        (f"PRAGMA {SEARCH_SCHEMA}.synchronous = NORMAL", ()),
        (f"PRAGMA {SEARCH_SCHEMA}.cache_size = -65536", ()),
        ("PRAGMA temp_store = MEMORY", ()),
        ("BEGIN", ()),
        *_REBUILD,
        (_NEXT_GENERATION, ()),
        ("COMMIT", ()),
    ]
    *_, (generation,), _committed = run_apart(cache, steps)
    return int(generation)


def clear(conn: sqlite3.Connection) -> None:
    """Empty the index (made anew: FTS5 deletes row by row, seconds on a big cache)."""
    conn.execute(_DROP_INDEX)
    conn.execute(FTS_DDL)
    _changed(conn)
