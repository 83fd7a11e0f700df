"""Opening the cache file: connections, pragmas, and the schema's versions.

One writer connection, used by one thread at a time (`Cache.write()` holds a lock and a
`BEGIN IMMEDIATE` transaction), and a pool of read connections for queries, so reads never
wait for a sync that is applying a page (WAL). Raw `sqlite3` connections in autocommit mode:
transactions are begun explicitly, which keeps the hot paths free of per-row overhead.

`PRAGMA user_version` is the schema version. Policy on an upgrade: the entity tables are a
disposable copy of the server, so a step that changes them drops and recreates them and
clears the cursor (the next sync refills them); the outbox, the messages and the sync state
are migrated explicitly by the step and never lost.
"""

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Engine, Index, Table, create_engine, event
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.pool import QueuePool
from sqlalchemy.schema import CreateIndex, CreateTable

from recruiter_desktop.store import search_index
from recruiter_desktop.store.paths import search_path
from recruiter_desktop.store.schema import (
    CLIENT_TABLES,
    ENTITY_TABLES,
    FTS_TABLE,
    SCHEMA_VERSION,
    SEARCH_SCHEMA,
    StateKey,
    mutation_hints,
)
from recruiter_desktop.store.sql_apart import BUSY_TIMEOUT_MS

_DIALECT = sqlite_dialect.dialect()
log = logging.getLogger("recruiter.store")


class CacheError(Exception):
    """The cache file cannot be used; the message says why in words."""


@dataclass(frozen=True)
class Migration:
    """One step of the schema, from `version - 1` to `version`."""

    version: int
    # The entity tables changed shape: drop and recreate them, and pull again from scratch.
    entities_changed: bool
    # The explicit migration of the client's own tables (outbox, sync_state, sync_messages).
    client: Callable[[sqlite3.Connection], None] | None = None


def _outbox_summary(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE outbox ADD COLUMN summary TEXT NOT NULL DEFAULT ''")


def _mutation_hints(conn: sqlite3.Connection) -> None:
    for statement in ddl((mutation_hints,)):
        conn.execute(statement)


def _search_in_own_file(conn: sqlite3.Connection) -> None:
    # The index moves to the search file; opening rebuilds it there from the rows.
    conn.execute(f"DROP TABLE IF EXISTS main.{FTS_TABLE}")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(version=2, entities_changed=True, client=_outbox_summary),
    # The applications index covers counts per stage; the search index has 1-letter prefixes.
    Migration(version=3, entities_changed=True),
    # The LinkedIn entities (integration, links, InMails, LinkedIn notes) get tables and
    # candidates an index of their LinkedIn member ids; a link's profile as the user saw it
    # is kept beside the queued mutation.
    Migration(version=4, entities_changed=True, client=_mutation_hints),
    # The search index in a file of its own (built beside the cache's indexes).
    Migration(version=5, entities_changed=False, client=_search_in_own_file),
)


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Rows of a page arrive in any order (an application before its candidate).
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")


# Pages of log after which the writer copies the log into the database file itself.
WAL_AUTOCHECKPOINT = 10_000


def _tune_writer(conn: sqlite3.Connection) -> None:
    # Measured on 100k candidates + 250k applications: a 64 MB page cache and checkpoints
    # every ~40 MB of log (not 4 MB) cut a first sync's writes by a quarter; the log file is
    # truncated back to 64 MB after a checkpoint.
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
    conn.execute("PRAGMA journal_size_limit = 67108864")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit BEGIN; check_same_thread=False: the writer is handed
    # from worker thread to worker thread, one at a time (the lock in Cache.write).
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    _configure(conn)
    conn.execute(f"ATTACH DATABASE ? AS {SEARCH_SCHEMA}", (str(search_path(path)),))
    conn.execute(f"PRAGMA {SEARCH_SCHEMA}.synchronous = NORMAL")
    return conn


class Cache:
    """An open cache file: `write()` for the single writer, `read()` or `engine` for queries.

    `engine` is a SQLAlchemy Engine over the read connections (query-only); each
    `engine.connect()` block reads one consistent snapshot (its first statement begins a
    read transaction, its end releases it).
    """

    def __init__(self, path: Path, writer: sqlite3.Connection) -> None:
        self.path = path
        self._writer = writer
        self._lock = threading.Lock()
        self._checkpointer: sqlite3.Connection | None = None
        self._checkpoint_lock = threading.Lock()
        self.engine: Engine = create_engine(
            "sqlite://", creator=self._read_connection, poolclass=QueuePool, pool_size=4
        )
        # pysqlite leaves BEGIN to the driver, which is in autocommit mode here: emit it, so
        # each engine.connect() block sees one snapshot.
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))

    def _read_connection(self) -> sqlite3.Connection:
        conn = _connect(self.path)
        conn.execute("PRAGMA query_only = 1")
        return conn

    @contextmanager
    def write(self, *, search_too: bool = True) -> Iterator[sqlite3.Connection]:
        """The writer connection inside one `BEGIN IMMEDIATE` transaction: committed when the
        block ends, rolled back if it raises. Blocks while another thread writes.
        `search_too=False` leaves the search file free for another process to write (the
        transaction takes the write lock of the file it first writes to only, and must not
        write the other)."""
        with self._lock:
            conn = self._writer
            conn.execute("BEGIN IMMEDIATE" if search_too else "BEGIN")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A raw read connection from the pool, in autocommit mode: each statement sees the
        latest commit; `BEGIN` ... `COMMIT` around several reads gives one snapshot."""
        pooled = self.engine.raw_connection()
        try:
            yield cast(sqlite3.Connection, pooled.driver_connection)
        finally:
            pooled.close()

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and truncate it (after a bulk
        load, so the next small write does not pay for it)."""
        with self._lock:
            self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def bulk_load(self, on: bool) -> None:
        """During a bulk load (a first sync) the writer leaves checkpoints to
        `checkpoint_aside`, called from another thread between its pages; otherwise it
        copies the log into the database file itself every ~40 MB, and the next page waits
        (a second of a million-row sync)."""
        with self._lock:
            every = 0 if on else WAL_AUTOCHECKPOINT
            self._writer.execute(f"PRAGMA wal_autocheckpoint = {every}")

    def checkpoint_aside(self) -> None:
        """Copy the log's committed pages into the database file on a connection of its own,
        without waiting for the writer or the readers (PASSIVE): the writer goes on
        meanwhile. The log grows while a bulk load writes; `checkpoint` truncates it. Best
        effort: a checkpoint that cannot run is left to the next one."""
        with self._checkpoint_lock:
            try:
                if self._checkpointer is None:
                    self._checkpointer = _connect(self.path)
                self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.OperationalError as error:
                log.info("checkpoint beside the writer left for later: %s", error)

    def close(self) -> None:
        """Close every connection; the cache cannot be used afterwards."""
        self.engine.dispose()
        with self._checkpoint_lock:
            if self._checkpointer is not None:
                self._checkpointer.close()
        with self._lock:
            self._writer.close()


def open_cache(path: Path) -> Cache:
    """Open (creating if needed) the cache file at `path`, upgraded to SCHEMA_VERSION.

    Raises CacheError when the file is not a cache this version can use (made by a newer
    version of the app, or not a database)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer: sqlite3.Connection | None = None
    # Connecting makes the search file; a file refused below must not leave one behind.
    searched = search_path(path).exists()
    try:
        writer = _connect(path)
        _tune_writer(writer)
        for schema in ("main", SEARCH_SCHEMA):
            mode = writer.execute(f"PRAGMA {schema}.journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise CacheError(f"The cache {path} cannot use write-ahead logging ({mode}).")
        writer.execute("BEGIN IMMEDIATE")
        try:
            _upgrade(writer, path)
            search_index.create(writer)
            if not search_index.in_step(writer):
                search_index.rebuild(writer)
        except BaseException:
            writer.execute("ROLLBACK")
            raise
        writer.execute("COMMIT")
    except BaseException as exc:
        if writer is not None:
            writer.close()
        if not searched:
            search_path(path).unlink(missing_ok=True)
        if isinstance(exc, sqlite3.DatabaseError):
            raise CacheError(f"The cache {path} cannot be opened: {exc}.") from exc
        raise
    return Cache(path, writer)


def _upgrade(conn: sqlite3.Connection, path: Path) -> None:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise CacheError(
            f"The cache {path} was made by a newer version of the app (schema {version}, "
            f"this app knows {SCHEMA_VERSION}); update the app."
        )
    if version == 0:
        if _table_names(conn):
            raise CacheError(f"The file {path} is not a cache of this app.")
        create_all(conn)
    else:
        rebuild = False
        for step in MIGRATIONS:
            if step.version <= version:
                continue
            if step.client is not None:
                step.client(conn)
            rebuild = rebuild or step.entities_changed
        if rebuild:
            recreate_entity_tables(conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _table_names(conn: sqlite3.Connection) -> set[str]:
    return {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }


def ddl(tables: tuple[Table, ...]) -> list[str]:
    """CREATE TABLE and CREATE INDEX statements of `tables` for SQLite."""
    statements: list[str] = []
    for tbl in tables:
        statements.append(str(CreateTable(tbl).compile(dialect=_DIALECT)).strip())
        statements.extend(
            str(CreateIndex(index).compile(dialect=_DIALECT)).strip()
            for index in sorted(tbl.indexes, key=lambda i: str(i.name))
        )
    return statements


def _secondary_indexes() -> list[Index]:
    return [index for tbl in ENTITY_TABLES for index in tbl.indexes]


def drop_secondary_indexes(conn: sqlite3.Connection) -> None:
    """Drop the entity tables' secondary indexes (a bulk load builds them afterwards: four
    times cheaper than keeping them up to date row by row)."""
    for index in _secondary_indexes():
        conn.execute(f'DROP INDEX IF EXISTS "{index.name}"')


def create_secondary_indexes(conn: sqlite3.Connection) -> None:
    """Create the entity tables' secondary indexes that are missing."""
    for index in _secondary_indexes():
        conn.execute(str(CreateIndex(index, if_not_exists=True).compile(dialect=_DIALECT)))


def create_all(conn: sqlite3.Connection) -> None:
    """Create every table of the current schema in an empty database (the search file's
    are made by search_index.create)."""
    for statement in ddl(CLIENT_TABLES + ENTITY_TABLES):
        conn.execute(statement)


def recreate_entity_tables(conn: sqlite3.Connection) -> None:
    """Drop the entity tables and the search index, create them in the current shape, and
    clear the cursor so that the next sync pulls everything again. Client tables stay."""
    for tbl in ENTITY_TABLES:
        conn.execute(f'DROP TABLE IF EXISTS "{tbl.name}"')
    search_index.drop(conn)
    for statement in ddl(ENTITY_TABLES):
        conn.execute(statement)
    search_index.create(conn)
    conn.execute("DELETE FROM sync_state WHERE key = ?", (StateKey.CURSOR.value,))
    # The rows the pending changes' undo snapshots describe are gone.
    conn.execute("UPDATE outbox SET undo = '[]'")
