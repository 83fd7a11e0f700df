"""Opening cache files: versions, migrations that keep the outbox, files it must refuse,
and where the files live."""

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from recruiter_desktop.store import local_writes, outbox, paths, search, sync_state
from recruiter_desktop.store.database import CacheError, open_cache
from recruiter_desktop.store.paths import search_path
from recruiter_desktop.store.schema import ENTITY_TABLES, SCHEMA_VERSION
from tests.desktop.store.conftest import sign_in
from tests.desktop.store.server_feed import Feed
from tests.server.world import World

# The cache as schema version 1 made it (recruiter_desktop/store/schema.py at commit
# 4cf32af), frozen here: the upgrade must work from what old installations hold.
V1_DDL = """
CREATE TABLE applications (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 candidate_id TEXT NOT NULL, job_id TEXT NOT NULL, stage_id TEXT NOT NULL, status TEXT NOT NULL,
 reject_reason TEXT, applied_at TEXT NOT NULL, stage_entered_at TEXT NOT NULL, closed_at TEXT,
 PRIMARY KEY (id));
CREATE VIRTUAL TABLE candidate_search USING fts5(name, email, headline, location, tags, jobs,
 tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
CREATE TABLE candidates (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, phone TEXT,
 linkedin_member_id TEXT, source TEXT NOT NULL, source_detail TEXT, headline TEXT NOT NULL,
 location TEXT NOT NULL, tags TEXT NOT NULL, created_at TEXT NOT NULL, created_by_id TEXT,
 PRIMARY KEY (id));
CREATE TABLE feedback (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 application_id TEXT NOT NULL, job_id TEXT NOT NULL, candidate_id TEXT NOT NULL,
 interviewer_id TEXT NOT NULL, rating INTEGER NOT NULL, recommendation TEXT NOT NULL,
 comments TEXT NOT NULL, submitted_at TEXT NOT NULL, PRIMARY KEY (id));
CREATE TABLE job_roles (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 job_id TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (id));
CREATE TABLE jobs (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 code TEXT NOT NULL, title TEXT NOT NULL, department TEXT NOT NULL, location TEXT NOT NULL,
 description TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, opened_at TEXT,
 closed_at TEXT, PRIMARY KEY (id));
CREATE TABLE notes (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 candidate_id TEXT NOT NULL, application_id TEXT, author_id TEXT, body TEXT NOT NULL,
 created_at TEXT NOT NULL, PRIMARY KEY (id));
CREATE TABLE outbox (seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL,
 type TEXT NOT NULL, entity_id TEXT NOT NULL, base_version INTEGER, args TEXT NOT NULL,
 undo TEXT NOT NULL, created_at TEXT NOT NULL, attempts INTEGER DEFAULT 0 NOT NULL,
 last_attempt_at TEXT, last_error TEXT, UNIQUE (id));
CREATE TABLE pool_members (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 pool_id TEXT NOT NULL, candidate_id TEXT NOT NULL, added_by_id TEXT, added_at TEXT NOT NULL,
 PRIMARY KEY (id));
CREATE TABLE stage_changes (id TEXT NOT NULL, version INTEGER NOT NULL,
 updated_at TEXT NOT NULL, application_id TEXT NOT NULL, job_id TEXT NOT NULL,
 candidate_id TEXT NOT NULL, action TEXT NOT NULL, from_stage_id TEXT, to_stage_id TEXT NOT NULL,
 reason TEXT, changed_by_id TEXT, changed_at TEXT NOT NULL, PRIMARY KEY (id));
CREATE TABLE stages (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 job_id TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (id));
CREATE TABLE sync_messages (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
 text TEXT NOT NULL, read INTEGER DEFAULT 0 NOT NULL);
CREATE TABLE sync_state ("key" TEXT NOT NULL, value TEXT, PRIMARY KEY ("key"));
CREATE TABLE talent_pools (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 name TEXT NOT NULL, description TEXT NOT NULL, is_system INTEGER NOT NULL, system_key TEXT,
 created_at TEXT NOT NULL, PRIMARY KEY (id));
CREATE TABLE users (id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
 email TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL, role TEXT NOT NULL,
 active INTEGER NOT NULL, PRIMARY KEY (id));
CREATE INDEX ix_applications_candidate_id ON applications (candidate_id);
CREATE INDEX ix_applications_job_id_stage_id ON applications (job_id, stage_id);
CREATE INDEX ix_candidates_last_name_first_name ON candidates (last_name, first_name);
CREATE INDEX ix_feedback_application_id ON feedback (application_id);
CREATE INDEX ix_job_roles_job_id ON job_roles (job_id);
CREATE INDEX ix_job_roles_user_id ON job_roles (user_id);
CREATE INDEX ix_notes_candidate_id ON notes (candidate_id);
CREATE INDEX ix_pool_members_candidate_id ON pool_members (candidate_id);
CREATE INDEX ix_pool_members_pool_id ON pool_members (pool_id);
CREATE INDEX ix_stage_changes_application_id ON stage_changes (application_id);
CREATE INDEX ix_stages_job_id_position ON stages (job_id, position);
CREATE INDEX ix_sync_messages_read ON sync_messages (read);
PRAGMA user_version = 1;
"""


def _entity_ddl(path: Path) -> dict[str, str]:
    """The CREATE statements of the entity tables and their indexes in a file."""
    names = {t.name for t in ENTITY_TABLES}
    conn = sqlite3.connect(path)
    try:
        return {
            name: " ".join(sql.split())
            for name, table, sql in conn.execute(
                "SELECT name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL"
            )
            if table in names
        }
    finally:
        conn.close()


def _client_ddl(path: Path, table: str) -> str | None:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        return None if found is None else " ".join(found[0].split())
    finally:
        conn.close()


def test_a_version_1_cache_upgrades_with_its_outbox_intact_and_its_copy_rebuilt(
    tmp_path: Path, feed: Feed, world: World
) -> None:
    path = tmp_path / "old.sqlite3"
    alice = world.candidates["alice"]
    note_id = str(uuid.uuid4())
    old = sqlite3.connect(path)
    old.executescript(V1_DDL)
    old.execute(
        "INSERT INTO candidates VALUES (?, 3, '2026-01-01T00:00:00Z', 'Alice', 'Candidate',"
        " NULL, NULL, NULL, 'manual', NULL, '', '', '[]', '2026-01-01T00:00:00Z', NULL)",
        (str(alice.id),),
    )
    old.execute("INSERT INTO candidate_search (rowid, name) VALUES (1, 'Alice Candidate')")
    note = {
        "id": note_id,
        "version": 0,
        "updated_at": "2026-01-02T00:00:00Z",
        "candidate_id": str(alice.id),
        "application_id": None,
        "author_id": str(world.users["recruiter"].id),
        "body": "Written offline before the upgrade.",
        "created_at": "2026-01-02T00:00:00Z",
    }
    old.execute("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tuple(note.values()))
    queued = [
        (
            str(uuid.uuid4()),
            "note.create",
            note_id,
            None,
            json.dumps({"candidate_id": str(alice.id), "body": note["body"]}),
            json.dumps([{"table": "notes", "id": note_id, "before": None}]),
        ),
        (
            str(uuid.uuid4()),
            "pool.add_member",
            str(world.pool.id if world.pool else ""),
            1,
            json.dumps({"candidate_id": str(alice.id)}),
            "[]",
        ),
    ]
    old.executemany(
        "INSERT INTO outbox (id, type, entity_id, base_version, args, undo, created_at, attempts,"
        " last_error) VALUES (?, ?, ?, ?, ?, ?, '2026-01-02T00:00:00Z', 2, 'offline')",
        queued,
    )
    old.executemany(
        "INSERT INTO sync_state VALUES (?, ?)",
        [("cursor", "old-cursor"), ("user_id", str(world.users["recruiter"].id))],
    )
    old.execute("INSERT INTO sync_messages (at, text) VALUES ('2026-01-01T00:00:00Z', 'hello')")
    old.commit()
    old.close()

    cache = open_cache(path)
    try:
        with cache.read() as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
            pending = outbox.pending(conn)
            assert [(m.id, m.type, m.entity_id, m.base_version) for m in pending] == [
                (q[0], q[1], q[2], q[3]) for q in queued
            ]
            assert [m.args for m in pending] == [json.loads(q[4]) for q in queued]
            assert [(m.attempts, m.last_error, m.summary) for m in pending] == [
                (2, "offline", ""),
                (2, "offline", ""),
            ]
            # The rows the snapshots described were dropped with the tables.
            assert [m.undo for m in pending] == [[], []]
            assert sync_state.cursor(conn) is None
            assert sync_state.user_id(conn) == str(world.users["recruiter"].id)
            assert [m.text for m in sync_state.recent_messages(conn)] == ["hello"]
            for table in (*(t.name for t in ENTITY_TABLES), "candidate_search"):
                sql = f"SELECT count(*) FROM {table}"  # noqa: S608 (schema names)
                assert conn.execute(sql).fetchone() == (0,), table
        fresh = open_cache(tmp_path / "fresh.sqlite3")
        fresh.close()
        assert _entity_ddl(path) == _entity_ddl(tmp_path / "fresh.sqlite3")
        assert "ix_candidates_last_name_first_name_nocase" in _entity_ddl(path)
        assert "ix_linkedin_links_member_id" in _entity_ddl(path)
        # Version 4's own table of the client: made by the step, as a fresh cache has it.
        assert _client_ddl(path, "mutation_hints") == _client_ddl(
            tmp_path / "fresh.sqlite3", "mutation_hints"
        )

        # The queue still works end to end: sync refills the copy, the push lands once.
        feed.sync(cache, "recruiter")
        results = feed.push(cache, "recruiter")
        assert [r["status"] for r in results] == ["applied", "applied"]
        notes = feed.call(
            "recruiter", "GET", "/api/v1/notes", params={"candidate_id": str(alice.id)}
        ).json()["items"]
        assert [n["body"] for n in notes if n["id"] == note_id] == [note["body"]]
        with cache.read() as conn:
            assert outbox.count(conn) == 0
    finally:
        cache.close()


def _found(cache_path: Path, text: str) -> list[str]:
    """Who a search for `text` finds in the cache at `cache_path`, opened for it."""
    cache = open_cache(cache_path)
    try:
        with cache.read() as conn:
            return [f"{hit.first_name} {hit.last_name}" for hit in search.search(conn, text)]
    finally:
        cache.close()


def _synced_with_a_note_queued(cache_path: Path, feed: Feed, world: World) -> str:
    """Make a cache synced as the recruiter, with a note not yet sent, and close it; the
    note's mutation id."""
    cache = open_cache(cache_path)
    feed.sync(cache, "recruiter")
    sign_in(cache, world, "recruiter")
    write = local_writes.create_note(cache, str(world.candidates["bob"].id), "Call back Monday")
    cache.close()
    return write.mutation_id


def _in_file(path: Path, *statements: str) -> None:
    """Run `statements` on the file at `path` with sqlite3 alone, as another program would."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _search_files(cache_path: Path) -> list[Path]:
    index = search_path(cache_path)
    return [index, index.with_name(index.name + "-wal"), index.with_name(index.name + "-shm")]


def test_a_lost_search_file_is_rebuilt_from_the_rows(
    cache_path: Path, feed: Feed, world: World
) -> None:
    _synced_with_a_note_queued(cache_path, feed, world)
    assert search_path(cache_path).exists()
    assert _found(cache_path, "alice") == ["Alice Candidate"]
    for file in _search_files(cache_path):
        file.unlink(missing_ok=True)

    assert _found(cache_path, "alice") == ["Alice Candidate"]


def test_a_search_file_out_of_step_with_the_cache_is_rebuilt(
    cache_path: Path, feed: Feed, world: World
) -> None:
    _synced_with_a_note_queued(cache_path, feed, world)
    # What a crash between the two files' commits leaves: the search file a change behind.
    search_file = search_path(cache_path)
    _in_file(search_file, "DELETE FROM candidate_search", "UPDATE search_state SET generation = 0")

    assert _found(cache_path, "alice") == ["Alice Candidate"]
    # In step, the index is left as it is on opening.
    _in_file(search_file, "DELETE FROM candidate_search")
    assert _found(cache_path, "alice") == []


def test_a_version_4_cache_moves_its_search_index_to_its_own_file(
    cache_path: Path, feed: Feed, world: World
) -> None:
    queued = _synced_with_a_note_queued(cache_path, feed, world)
    # Version 4 kept the index in the cache file and had no generations.
    for file in _search_files(cache_path):
        file.unlink(missing_ok=True)
    _in_file(
        cache_path,
        "CREATE VIRTUAL TABLE candidate_search USING fts5(name, email, headline, location,"
        " tags, jobs, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
        "DELETE FROM sync_state WHERE key = 'search_generation'",
        "PRAGMA user_version = 4",
    )

    assert _found(cache_path, "alice") == ["Alice Candidate"]
    upgraded = sqlite3.connect(cache_path)
    try:
        assert upgraded.execute("PRAGMA user_version").fetchone() == (5,)
        in_cache_file = "SELECT count(*) FROM sqlite_schema WHERE name = 'candidate_search'"
        assert upgraded.execute(in_cache_file).fetchone() == (0,)
        [(pending,)] = upgraded.execute("SELECT id FROM outbox").fetchall()
        assert pending == queued
    finally:
        upgraded.close()


def test_the_outbox_survives_closing_and_reopening_the_file(
    cache_path: Path, feed: Feed, world: World
) -> None:
    queued = _synced_with_a_note_queued(cache_path, feed, world)

    reopened = open_cache(cache_path)
    try:
        with reopened.read() as conn:
            [pending] = outbox.pending(conn)
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert pending.id == queued
        bob = str(world.candidates["bob"].id)
        assert pending.args == {"candidate_id": bob, "body": "Call back Monday"}
        assert pending.summary == "Note on Bob Candidate"
    finally:
        reopened.close()


def test_a_cache_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE outbox (x); PRAGMA user_version = 99;")
    conn.close()

    with pytest.raises(CacheError, match="newer version of the app"):
        open_cache(path)

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (99,)
    conn.close()


def test_files_that_are_not_caches_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id)")
    conn.close()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all, just text" * 100)

    with pytest.raises(CacheError, match="not a cache"):
        open_cache(foreign)
    with pytest.raises(CacheError, match="cannot be opened"):
        open_cache(garbage)
    # Nothing made beside them.
    assert sorted(f.name for f in tmp_path.iterdir()) == ["foreign.sqlite3", "garbage.sqlite3"]


def test_a_write_that_fails_leaves_nothing_behind(cache_path: Path) -> None:
    cache = open_cache(cache_path)
    try:

        def crash_halfway() -> None:
            with cache.write() as conn:
                sync_state.set_cursor(conn, "half-done")
                raise RuntimeError("crash in the middle")

        with pytest.raises(RuntimeError):
            crash_halfway()
        with cache.read() as conn:
            assert sync_state.cursor(conn) is None
        with cache.write() as conn:
            sync_state.set_cursor(conn, "done")
        with cache.read() as conn:
            assert sync_state.cursor(conn) == "done"
    finally:
        cache.close()


def test_readers_see_the_last_commit_while_a_write_is_open(cache_path: Path) -> None:
    cache = open_cache(cache_path)
    try:
        with cache.write() as conn:
            sync_state.set_cursor(conn, "first")
        with cache.write() as conn:
            sync_state.set_cursor(conn, "second")
            with cache.read() as reader:
                assert sync_state.cursor(reader) == "first"
        with cache.read() as reader:
            assert sync_state.cursor(reader) == "second"
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                sync_state.set_cursor(reader, "from a reader")
    finally:
        cache.close()


def test_one_cache_file_per_server_and_user(tmp_path: Path) -> None:
    a = paths.cache_path("http://127.0.0.1:8000", "u1", tmp_path)
    assert a == tmp_path / "caches" / "127.0.0.1-8000-u1.sqlite3"
    assert paths.cache_path("https://ATS.example.com/", "u1", tmp_path).name == (
        "ats.example.com-443-u1.sqlite3"
    )
    assert paths.cache_path("http://[::1]:9000", "u2", tmp_path).name == "__1-9000-u2.sqlite3"
    assert len({a, paths.cache_path("http://127.0.0.1:8001", "u1", tmp_path)}) == 2
    assert len({a, paths.cache_path("http://127.0.0.1:8000", "u2", tmp_path)}) == 2
    assert paths.data_dir(None).name == "recruiter-desktop"
    with pytest.raises(ValueError, match="no host name"):
        paths.cache_path("not a url", "u1", tmp_path)
