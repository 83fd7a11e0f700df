"""Pages of a real server's feed applied to a real cache file."""

import json
import sqlite3
from typing import Any

import pytest

from recruiter_desktop.store import apply, feed_page, local_writes, outbox, sync_state
from recruiter_desktop.store.database import Cache
from tests.desktop.store.conftest import sign_in
from tests.desktop.store.server_feed import Feed, grouped
from tests.server.world import World


def rows(cache: Cache, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with cache.read() as conn:
        return conn.execute(sql, params).fetchall()


def count(cache: Cache, table: str) -> int:
    [(n,)] = rows(cache, f"SELECT count(*) FROM {table}")  # noqa: S608 (test's own names)
    return int(n)


def found(cache: Cache, query: str) -> set[str]:
    """First names of the candidates the search index matches."""
    return {
        name
        for (name,) in rows(
            cache,
            "SELECT c.first_name FROM candidate_search AS s JOIN candidates AS c"
            " ON c.rowid = s.rowid WHERE candidate_search MATCH ?",
            query,
        )
    }


def stored(cache: Cache, table: str, row_id: Any) -> dict[str, Any]:
    with cache.read() as conn:
        conn.row_factory = sqlite3.Row
        try:
            sql = f"SELECT * FROM {table} WHERE id = ?"  # noqa: S608 (test's own names)
            row = conn.execute(sql, (str(row_id),)).fetchone()
        finally:
            conn.row_factory = None
    assert row is not None, f"{table} {row_id} is not in the cache"
    return dict(row)


def test_a_first_sync_in_small_pages_holds_what_the_server_shows(
    cache: Cache, feed: Feed, world: World
) -> None:
    results = feed.sync(cache, "recruiter", limit=7)

    assert len(results) > 3
    server_candidates = feed.call("recruiter", "GET", "/api/v1/candidates").json()["items"]
    assert {c["id"] for c in server_candidates} == {
        i for (i,) in rows(cache, "SELECT id FROM candidates")
    }
    assert rows(cache, "SELECT count(*) FROM applications") == [(4,)]
    assert rows(cache, "SELECT count(*) FROM stages") == [(15,)]
    assert rows(cache, "SELECT count(*) FROM candidate_search") == [(4,)]
    with cache.read() as conn:
        assert sync_state.cursor(conn) == feed.page("recruiter", limit=10_000)["cursor"]


def test_rows_are_stored_exactly_as_the_wire_sends_them(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "recruiter")
    alice = world.candidates["alice"]

    wire = feed.call("recruiter", "GET", f"/api/v1/candidates/{alice.id}").json()
    row = stored(cache, "candidates", alice.id)
    assert row == {**wire, "tags": json.dumps(wire["tags"])}
    assert json.loads(row["tags"]) == ["python"]
    user = stored(cache, "users", world.users["hm"].id)
    assert user["active"] == 1
    app = stored(cache, "applications", world.app("alice", "eng").id)
    assert app["applied_at"].endswith("Z")


def test_a_job_renamed_on_the_server_is_found_under_its_new_title(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "recruiter")
    assert found(cache, "jobs:eng") == {"Alice", "Carol"}

    feed.call("admin", "PATCH", f"/api/v1/jobs/{world.jobs['eng'].id}", json={"title": "Platform"})
    [applied] = feed.sync(cache, "recruiter")

    assert applied.entities == {"job"}
    assert found(cache, "jobs:platform") == {"Alice", "Carol"}
    assert found(cache, "jobs:eng") == set()
    assert found(cache, "jobs:sales") == {"Bob", "Carol"}


def test_a_renamed_candidate_is_found_by_the_new_name_only(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "recruiter")
    assert found(cache, "al*") == {"Alice"}
    rowid_before = rows(cache, "SELECT rowid FROM candidates WHERE first_name = 'Alice'")

    alice = world.candidates["alice"]
    feed.call(
        "recruiter",
        "PATCH",
        f"/api/v1/candidates/{alice.id}",
        json={"first_name": "Alícia", "tags": ["rust", "remote"]},
    )
    feed.sync(cache, "recruiter")

    assert found(cache, "alicia") == {"Alícia"}  # diacritics removed by the tokenizer
    assert found(cache, "al*") == {"Alícia"}
    assert found(cache, "name:alice") == set()
    assert found(cache, "email:alice") == {"Alícia"}
    assert found(cache, "tags:remote") == {"Alícia"}
    assert found(cache, "tags:python") == {"Bob", "Carol", "Dave"}
    assert rows(cache, "SELECT rowid FROM candidates WHERE id = ?", str(alice.id)) == rowid_before
    assert rows(cache, "SELECT count(*) FROM candidate_search") == [(4,)]


def test_a_hiring_manager_taken_off_a_job_loses_its_rows_at_the_next_sync(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "hm")
    eng = world.jobs["eng"]
    assert rows(cache, "SELECT title FROM jobs") == [("Eng engineer",)]
    assert found(cache, "candidate") == {"Alice", "Carol"}

    roles = feed.call("admin", "GET", f"/api/v1/jobs/{eng.id}/roles").json()
    [mine] = [r for r in roles if r["user_id"] == str(world.users["hm"].id)]
    feed.call("admin", "DELETE", f"/api/v1/jobs/{eng.id}/roles/{mine['id']}")
    results = feed.sync(cache, "hm")

    assert sum(r.deleted for r in results) > 0
    for table in ("jobs", "applications", "candidates", "stages", "stage_changes", "notes"):
        assert count(cache, table) == 0, table
    assert rows(cache, "SELECT count(*) FROM candidate_search") == [(0,)]


def test_unknown_entities_are_counted_and_skipped(cache: Cache, feed: Feed) -> None:
    page = feed.page("recruiter")
    newer = ["calendar_event", "upsert", ["00000000-0000-0000-0000-000000000001", "abc"]]
    applied = apply.apply_page(cache, grouped(page, newer, newer), page["cursor"])

    assert applied.skipped == {"calendar_event": 2}
    assert applied.upserted == len(page["changes"])
    assert rows(cache, "SELECT count(*) FROM candidates") == [(4,)]


def test_a_page_that_cannot_be_applied_leaves_rows_and_cursor_as_they_were(
    cache: Cache, feed: Feed
) -> None:
    page = feed.page("recruiter")
    candidates = page["fields"]["candidate"]
    last_name = candidates.index("last_name")
    broken = [c for c in page["changes"] if c[0] == "candidate"]
    broken[-1][2][last_name] = {"not": "a name"}

    with pytest.raises(ValueError, match="value of the wrong kind"):
        apply.apply_page(cache, grouped(page), page["cursor"])
    del broken[-1][2][last_name]
    with pytest.raises(ValueError, match=f"does not have its {len(candidates)} fields"):
        apply.apply_page(cache, grouped(page), page["cursor"])

    assert rows(cache, "SELECT count(*) FROM candidates") == [(0,)]
    with cache.read() as conn:
        assert sync_state.cursor(conn) is None


def test_tombstones_delete_rows_and_the_last_change_of_a_row_in_a_page_wins(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "recruiter")
    fields = feed.page("recruiter")["fields"]
    bob = world.candidates["bob"]
    gone = ["candidate", "delete", str(bob.id), 9]
    app_gone = ["application", "delete", str(world.app("bob", "sales").id), 9]
    row = {**stored(cache, "candidates", bob.id), "tags": ["back"]}
    again = ["candidate", "upsert", [row[f] for f in fields["candidate"]]]

    apply.apply_page(cache, feed_page.group(fields, [gone, app_gone]), "c1")
    assert rows(cache, "SELECT count(*) FROM candidates WHERE id = ?", str(bob.id)) == [(0,)]
    assert found(cache, "bob") == set()
    assert found(cache, "jobs:sales") == {"Carol"}

    apply.apply_page(cache, feed_page.group(fields, [gone, again]), "c2")
    assert found(cache, "tags:back") == {"Bob"}
    with cache.read() as conn:
        assert sync_state.cursor(conn) == "c2"

    apply.apply_page(cache, feed_page.group(fields, [again, gone]), "c3")
    assert found(cache, "bob") == set()


def indexes(cache: Cache) -> set[str]:
    return {
        name
        for (name,) in rows(
            cache, "SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'ix_%'"
        )
    }


def test_a_first_sync_may_build_the_indexes_once_at_the_end(cache: Cache, feed: Feed) -> None:
    all_indexes = indexes(cache)
    assert "ix_applications_candidate_id" in all_indexes
    cursor = None
    while True:
        page = feed.page("recruiter", cursor, limit=5)
        apply.apply_page(cache, grouped(page), page["cursor"], update_search=False)
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert count(cache, "candidate_search") == 0
    assert indexes(cache) == {"ix_sync_messages_read"}  # the client's own tables keep theirs

    apply.finish_bulk_load(cache)

    assert indexes(cache) == all_indexes
    assert found(cache, "jobs:eng") == {"Alice", "Carol"}
    assert found(cache, "stockholm") == {"Alice", "Bob", "Carol", "Dave"}
    assert found(cache, '"dave@example.net"') == {"Dave"}
    apply.finish_bulk_load(cache)  # harmless when there is nothing to finish
    assert count(cache, "candidate_search") == 4


def test_reset_empties_the_cache_but_keeps_the_outbox_and_messages(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "recruiter")
    sign_in(cache, world, "recruiter")
    alice_eng = world.app("alice", "eng")
    interview = world.stages["eng"]["Interview"]
    local_writes.move_stage(cache, str(alice_eng.id), str(interview.id))
    with cache.write() as conn:
        sync_state.add_message(conn, "kept")

    apply.reset(cache)

    for table in ("candidates", "applications", "jobs", "users", "candidate_search"):
        assert count(cache, table) == 0, table
    with cache.read() as conn:
        assert sync_state.cursor(conn) is None
        assert [m.text for m in sync_state.recent_messages(conn)] == ["kept"]
        [pending] = outbox.pending(conn)
    assert pending.type == "application.move_stage"
    assert pending.undo == []

    feed.sync(cache, "recruiter")
    # The pending move shows again on top of the fresh rows.
    assert stored(cache, "applications", alice_eng.id)["stage_id"] == str(interview.id)
    with cache.read() as conn:
        [pending] = outbox.pending(conn)
    assert [e["table"] for e in pending.undo] == ["applications", "stage_changes"]
