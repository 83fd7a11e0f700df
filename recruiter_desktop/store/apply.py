"""Applying pages of the sync feed to the cache, and emptying it for a pull from scratch.

A page is applied in ONE transaction, together with its cursor, so a crash never leaves a
cursor ahead of the data. Rows are written with raw `executemany`, grouped by entity and
operation: no object and no SQLAlchemy statement per row. Pending local changes are
rewound before and replayed after (optimistic.py), so a pull never makes them flicker away.
"""

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from recruiter_desktop.store import optimistic, outbox, search_index, sync_state
from recruiter_desktop.store.database import (
    Cache,
    create_secondary_indexes,
    drop_secondary_indexes,
)
from recruiter_desktop.store.schema import ENTITIES, ENTITY_TABLES

UPSERT = "upsert"
DELETE = "delete"


@dataclass(frozen=True)
class Applied:
    """What a page changed: counts, unknown entities skipped (name -> count), and the
    entity names whose rows changed (for views deciding whether to reload)."""

    upserted: int
    deleted: int
    skipped: Mapping[str, int] = field(default_factory=dict)
    entities: frozenset[str] = frozenset()


def apply_page(
    cache: Cache,
    changes: Sequence[Mapping[str, Any]],
    cursor: str,
    *,
    update_search: bool = True,
) -> Applied:
    """Write one feed page (`changes` as decoded from JSON) and its `cursor` in one
    transaction; rows of unknown entities are counted and skipped.

    `update_search=False` makes the page part of a bulk load (a first sync): the search
    index and the entity tables' secondary indexes are left alone (dropped if present) and
    built once by `finish_bulk_load` after the last page, which is several times faster
    than keeping them in step row by row. Queries still work meanwhile, without the speed
    of the indexes, and search finds nothing until the load is finished."""
    with cache.write() as conn:
        if not update_search:
            drop_secondary_indexes(conn)
        applied = write_changes(conn, changes, update_search=update_search)
        sync_state.set_cursor(conn, cursor)
    return applied


def write_changes(
    conn: sqlite3.Connection,
    changes: Sequence[Mapping[str, Any]],
    *,
    update_search: bool = True,
) -> Applied:
    """`apply_page` inside the caller's transaction (the writer's), without the cursor."""
    # The last change of a row in the page wins (a job's rows may be upserted and then
    # tombstoned in the same page when the user loses the job).
    latest: dict[tuple[str, str], Mapping[str, Any]] = {}
    skipped: Counter[str] = Counter()
    for change in changes:
        entity = change["entity"]
        if entity in ENTITIES:
            latest[(entity, change["id"])] = change
        else:
            skipped[entity] += 1
    upserts: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    deletes: dict[str, list[str]] = defaultdict(list)
    for (entity, row_id), change in latest.items():
        if change["op"] == DELETE or change.get("data") is None:
            deletes[entity].append(row_id)
        else:
            upserts[entity].append(change["data"])

    pending = outbox.count(conn) > 0
    touched: set[str] = optimistic.rewind(conn) if pending else set()
    if update_search:
        touched |= _search_rows_before(conn, upserts, deletes)
        retitled = _retitled_jobs(conn, upserts.get("job", [])) if "job" in upserts else []
    for entity, rows in upserts.items():
        spec = ENTITIES[entity]
        conn.executemany(spec.upsert_sql, map(spec.values, rows))
    for entity, ids in deletes.items():
        conn.executemany(ENTITIES[entity].delete_sql, ((i,) for i in ids))
    if pending:
        touched |= optimistic.replay(conn)
    if update_search:
        retitled.extend(deletes.get("job", ()))
        touched |= _candidates_of_jobs(conn, retitled)
        search_index.refresh(conn, touched)
    return Applied(
        upserted=sum(map(len, upserts.values())),
        deleted=sum(map(len, deletes.values())),
        skipped=dict(skipped),
        entities=frozenset(upserts) | frozenset(deletes),
    )


def _search_rows_before(
    conn: sqlite3.Connection,
    upserts: Mapping[str, list[Mapping[str, Any]]],
    deletes: Mapping[str, list[str]],
) -> set[str]:
    """The candidates whose search rows the page changes, known before it is written;
    drops the search rows of candidates about to be deleted."""
    touched = {data["id"] for data in upserts.get("candidate", ())}
    touched.update(data["candidate_id"] for data in upserts.get("application", ()))
    gone = deletes.get("candidate", [])
    if gone:
        search_index.forget(conn, gone)
        touched.update(gone)
    gone_apps = deletes.get("application", [])
    if gone_apps:
        touched.update(_column_of(conn, "applications", "candidate_id", gone_apps))
    return touched


def _load_keys(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Put ids in temp.page_keys: thousands of ids in one join, not thousands of parameters."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS page_keys (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.page_keys")
    conn.executemany("INSERT OR IGNORE INTO temp.page_keys (id) VALUES (?)", ((i,) for i in ids))


def _column_of(conn: sqlite3.Connection, table: str, column: str, ids: list[str]) -> set[str]:
    _load_keys(conn, ids)
    rows = conn.execute(
        f'SELECT t."{column}" FROM "{table}" AS t'  # noqa: S608 (names from this module)
        " JOIN temp.page_keys AS k ON k.id = t.id"
    )
    return {value for (value,) in rows}


def _retitled_jobs(conn: sqlite3.Connection, jobs: Iterable[Mapping[str, Any]]) -> list[str]:
    """The upserted jobs that are new or get a new title (their candidates' search rows
    name them); call before writing them."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS page_jobs (id TEXT PRIMARY KEY, title TEXT)")
    conn.execute("DELETE FROM temp.page_jobs")
    conn.executemany(
        "INSERT OR REPLACE INTO temp.page_jobs (id, title) VALUES (?, ?)",
        ((job["id"], job["title"]) for job in jobs),
    )
    rows = conn.execute(
        "SELECT p.id FROM temp.page_jobs AS p LEFT JOIN jobs AS j ON j.id = p.id"
        " WHERE j.title IS NOT p.title"
    )
    return [row_id for (row_id,) in rows]


def _candidates_of_jobs(conn: sqlite3.Connection, job_ids: list[str]) -> set[str]:
    if not job_ids:
        return set()
    _load_keys(conn, job_ids)
    rows = conn.execute(
        "SELECT DISTINCT a.candidate_id FROM applications AS a"
        " JOIN temp.page_keys AS k ON k.id = a.job_id"
    )
    return {value for (value,) in rows}


def finish_bulk_load(cache: Cache) -> None:
    """Build the secondary indexes and the search index from the rows: after the last page
    of a first sync applied with `update_search=False` (harmless at any other time)."""
    with cache.write() as conn:
        create_secondary_indexes(conn)
        search_index.rebuild(conn)
    cache.checkpoint()


def reset(cache: Cache) -> None:
    """Empty every entity table and the search index and clear the cursor, so the next sync
    pulls everything again (after `reset_required`). The outbox and the messages stay; the
    pending changes' undo snapshots are emptied (the rows they describe are gone) and their
    effects come back on top of the fresh rows as they arrive."""
    with cache.write() as conn:
        for table in ENTITY_TABLES:
            conn.execute(f'DELETE FROM "{table.name}"')  # noqa: S608 (schema names)
        search_index.clear(conn)
        outbox.forget_snapshots(conn)
        sync_state.set_cursor(conn, None)
