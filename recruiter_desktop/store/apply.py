"""Applying pages of the sync feed to the cache, and emptying it for a pull from scratch.

A page (feed_page.PageRows: the feed's rows shape, grouped) is applied in ONE transaction,
together with its cursor, so a crash never leaves a cursor ahead of the data. Rows are
written with raw `executemany`, grouped by entity and operation, the value lists as the
server sent them: no object and no SQLAlchemy statement per row. Pending local changes are
rewound before and replayed after (optimistic.py), so a pull never makes them flicker away.
"""

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from recruiter_desktop.store import optimistic, outbox, search_index, sync_state
from recruiter_desktop.store.database import (
    Cache,
    create_secondary_indexes,
    drop_secondary_indexes,
)
from recruiter_desktop.store.feed_page import UPSERT, BadPage, PageRows
from recruiter_desktop.store.schema import ENTITIES, ENTITY_TABLES, EntitySpec


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
    page: PageRows,
    cursor: str,
    *,
    update_search: bool = True,
) -> Applied:
    """Write one feed page and its `cursor` in one transaction.

    `update_search=False` makes the page part of a bulk load (a first sync): the search
    index and the entity tables' secondary indexes are left alone (dropped if present) and
    built once by `finish_bulk_load` after the last page, which is several times faster
    than keeping them in step row by row. Queries still work meanwhile, without the speed
    of the indexes, and search finds nothing until the load is finished."""
    with cache.write() as conn:
        if not update_search:
            drop_secondary_indexes(conn)
        applied = write_page(conn, page, update_search=update_search)
        sync_state.set_cursor(conn, cursor)
    return applied


def write_page(conn: sqlite3.Connection, page: PageRows, *, update_search: bool = True) -> Applied:
    """`apply_page` inside the caller's transaction (the writer's), without the cursor."""
    pending = outbox.count(conn) > 0
    touched: set[str] = optimistic.rewind(conn) if pending else set()
    if update_search:
        touched |= _search_rows_before(conn, page)
        jobs = page.upserted("job")
        retitled = _retitled_jobs(conn, page) if jobs else []
    upserted = deleted = 0
    for run in page.runs:
        for entity, rows in run.rows.items():
            spec = ENTITIES[entity]
            if run.op == UPSERT:
                _write_rows(conn, spec, page.fields[entity], rows)
                upserted += len(rows)
            else:
                conn.executemany(spec.delete_sql, ((i,) for i in rows))
                deleted += len(rows)
    if pending:
        touched |= optimistic.replay(conn)
    if update_search:
        retitled.extend(page.deleted("job"))
        touched |= _candidates_of_jobs(conn, retitled)
        search_index.refresh(conn, touched)
    return Applied(
        upserted=upserted,
        deleted=deleted,
        skipped=page.skipped,
        entities=frozenset(e for run in page.runs for e in run.rows),
    )


def _write_rows(
    conn: sqlite3.Connection, spec: EntitySpec, names: Sequence[str], rows: list[list[Any]]
) -> None:
    """Upsert rows whose values come in `names` order: as they are when that is the
    table's column order (the common case; lists become JSON text in place: a page is
    written once), else rearranged."""
    if tuple(names) != spec.fields:
        at = {name: i for i, name in enumerate(names)}
        missing = [f for f in spec.fields if f not in at]
        if missing:
            raise BadPage(f"The server sent {spec.entity} rows without their {missing[0]}.")
        picks = [(at[f], f in spec.json_fields) for f in spec.fields]
        rows = [[json.dumps(row[i]) if as_json else row[i] for i, as_json in picks] for row in rows]
    else:
        for i in (i for i, name in enumerate(names) if name in spec.json_fields):
            for row in rows:
                row[i] = json.dumps(row[i])
    try:
        conn.executemany(spec.upsert_sql, rows)
    except (sqlite3.ProgrammingError, sqlite3.InterfaceError, OverflowError) as exc:
        raise BadPage(f"The server sent a {spec.entity} with a value of the wrong kind.") from exc


def _search_rows_before(conn: sqlite3.Connection, page: PageRows) -> set[str]:
    """The candidates whose search rows the page changes, known before it is written;
    drops the search rows of candidates about to be deleted."""
    touched: set[str] = set()
    if "candidate" in page.fields:
        touched.update(page.column("candidate", "id"))
    if "application" in page.fields:
        touched.update(page.column("application", "candidate_id"))
    gone = page.deleted("candidate")
    if gone:
        search_index.forget(conn, gone)
        touched.update(gone)
    gone_apps = page.deleted("application")
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


def _retitled_jobs(conn: sqlite3.Connection, page: PageRows) -> list[str]:
    """The page's upserted jobs that are new or get a new title (their candidates' search
    rows name them); call before writing them."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS page_jobs (id TEXT PRIMARY KEY, title TEXT)")
    conn.execute("DELETE FROM temp.page_jobs")
    conn.executemany(
        "INSERT OR REPLACE INTO temp.page_jobs (id, title) VALUES (?, ?)",
        zip(page.column("job", "id"), page.column("job", "title"), strict=True),
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
    of a first sync applied with `update_search=False` (harmless at any other time).

    Both at once, each in its own file: the search index in a process of its own
    (sql_apart says why), the cache's indexes here (100,000 candidates: a second each)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        searching = pool.submit(search_index.rebuild_apart, cache.path)
        with cache.write(search_too=False) as conn:
            create_secondary_indexes(conn)
        generation = searching.result()
    with cache.write() as conn:
        search_index.adopt(conn, generation)
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
