"""Local writes against a cache filled from a real server: their optimistic effects, the
outbox entries the server accepts, refusals in words, and taking changes back."""

import json
import sqlite3
from typing import Any

import pytest

from recruiter_desktop.store import local_writes, outbox, sync_state
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.local_writes import LocalWriteError
from tests.desktop.store.conftest import sign_in
from tests.desktop.store.server_feed import Feed
from tests.server.world import World


@pytest.fixture
def synced(cache: Cache, feed: Feed, world: World) -> Cache:
    """The recruiter's cache after a first sync."""
    feed.sync(cache, "recruiter")
    sign_in(cache, world, "recruiter")
    return cache


def row(cache: Cache, table: str, row_id: Any) -> dict[str, Any] | None:
    with cache.read() as conn:
        conn.row_factory = sqlite3.Row
        try:
            sql = f"SELECT * FROM {table} WHERE id = ?"  # noqa: S608 (test's own names)
            found = conn.execute(sql, (str(row_id),)).fetchone()
        finally:
            conn.row_factory = None
    return None if found is None else dict(found)


def history(cache: Cache, application_id: Any) -> list[tuple[str, int]]:
    with cache.read() as conn:
        return conn.execute(
            "SELECT action, version FROM stage_changes WHERE application_id = ?"
            " ORDER BY changed_at",
            (str(application_id),),
        ).fetchall()


def pending(cache: Cache) -> list[outbox.PendingMutation]:
    with cache.read() as conn:
        return outbox.pending(conn)


def messages(cache: Cache) -> list[str]:
    with cache.read() as conn:
        return [m.text for m in sync_state.recent_messages(conn)]


def server_app(feed: Feed, app_id: Any) -> dict[str, Any]:
    result: dict[str, Any] = feed.call("admin", "GET", f"/api/v1/applications/{app_id}").json()
    return result


def test_a_move_shows_at_once_is_queued_as_the_server_expects_and_lands_once(
    synced: Cache, feed: Feed, world: World
) -> None:
    app = world.app("alice", "eng")
    interview = world.stages["eng"]["Interview"]
    before = row(synced, "applications", app.id)
    assert before is not None

    write = local_writes.move_stage(synced, str(app.id), str(interview.id))

    after = row(synced, "applications", app.id)
    assert after is not None
    assert after["stage_id"] == str(interview.id)
    assert after["stage_entered_at"] > before["stage_entered_at"]
    assert after["version"] == before["version"]  # the server's version until it answers
    assert history(synced, app.id) == [("created", 1), ("moved", 0)]
    [queued] = pending(synced)
    assert queued.wire() == {
        "id": write.mutation_id,
        "type": "application.move_stage",
        "entity_id": str(app.id),
        "base_version": before["version"],
        "args": {"stage_id": str(interview.id)},
    }
    assert queued.summary == "Move Alice Candidate on Eng engineer to Interview"
    assert [(e["table"], e["before"] is None) for e in queued.undo] == [
        ("applications", False),
        ("stage_changes", True),
    ]

    [result] = feed.push(synced, "recruiter")
    assert result["status"] == "applied"
    assert pending(synced) == []
    assert row(synced, "applications", app.id) == result["entity"]
    assert history(synced, app.id) == [("created", 1)]  # the provisional row went

    feed.sync(synced, "recruiter")
    assert history(synced, app.id) == [("created", 1), ("moved", 1)]  # the server's row
    server_history = feed.call("admin", "GET", f"/api/v1/applications/{app.id}/history").json()
    assert [h["action"] for h in server_history] == ["created", "moved"]


def test_two_moves_of_one_application_made_offline_both_land(
    synced: Cache, feed: Feed, world: World
) -> None:
    app = world.app("alice", "eng")
    stages = world.stages["eng"]
    local_writes.move_stage(synced, str(app.id), str(stages["Interview"].id))
    local_writes.move_stage(synced, str(app.id), str(stages["Offer"].id))
    first, second = pending(synced)
    # Both carry the version last seen from the server: the server does not count our own
    # first move as a conflict for the second.
    assert (first.base_version, second.base_version) == (1, 1)

    results = feed.push(synced, "recruiter")

    assert [r["status"] for r in results] == ["applied", "applied"]
    assert server_app(feed, app.id)["stage_id"] == str(stages["Offer"].id)


def test_a_rejection_needs_a_reason_in_words(synced: Cache, feed: Feed, world: World) -> None:
    app = world.app("alice", "eng")

    with pytest.raises(LocalWriteError, match="reason for the rejection: it cannot be blank"):
        local_writes.reject(synced, str(app.id), "   ")
    assert pending(synced) == []

    local_writes.reject(synced, str(app.id), "  Chose another candidate ")
    local_row = row(synced, "applications", app.id)
    assert local_row is not None
    assert (local_row["status"], local_row["reject_reason"]) == (
        "rejected",
        "Chose another candidate",
    )
    with pytest.raises(LocalWriteError, match="Alice Candidate was rejected on Eng engineer"):
        local_writes.withdraw(synced, str(app.id))

    [result] = feed.push(synced, "recruiter")
    assert result["status"] == "applied"
    assert server_app(feed, app.id)["reject_reason"] == "Chose another candidate"


def test_withdraw_and_hire(synced: Cache, feed: Feed, world: World) -> None:
    carol_eng, carol_sales = world.app("carol", "eng"), world.app("carol", "sales")

    local_writes.withdraw(synced, str(carol_sales.id))
    local_writes.hire(synced, str(carol_eng.id))

    hired = row(synced, "applications", carol_eng.id)
    assert hired is not None
    assert (hired["status"], hired["stage_id"]) == ("hired", str(world.stages["eng"]["Hired"].id))
    withdrawn = row(synced, "applications", carol_sales.id)
    assert withdrawn is not None and withdrawn["status"] == "withdrawn"
    assert [r["status"] for r in feed.push(synced, "recruiter")] == ["applied", "applied"]
    feed.sync(synced, "recruiter")
    assert row(synced, "applications", carol_eng.id) == server_app(feed, carol_eng.id)
    assert row(synced, "applications", carol_sales.id) == server_app(feed, carol_sales.id)


def test_a_note_gets_a_client_made_id_that_the_server_keeps(
    synced: Cache, feed: Feed, world: World
) -> None:
    alice = world.candidates["alice"]
    app = world.app("alice", "eng")
    with pytest.raises(LocalWriteError, match="Write the note: it cannot be blank"):
        local_writes.create_note(synced, str(alice.id), "\n  ")
    with pytest.raises(LocalWriteError, match="belongs to another candidate"):
        local_writes.create_note(synced, str(alice.id), "x", str(world.app("bob", "sales").id))

    write = local_writes.create_note(synced, str(alice.id), " Great call ", str(app.id))

    note = row(synced, "notes", write.entity_id)
    assert note is not None
    assert (note["body"], note["author_id"], note["application_id"]) == (
        "Great call",
        str(world.users["recruiter"].id),
        str(app.id),
    )
    [result] = feed.push(synced, "recruiter")
    assert (result["status"], result["entity"]["id"]) == ("applied", write.entity_id)
    assert row(synced, "notes", write.entity_id) == result["entity"]


def test_feedback_is_checked_written_and_edited_by_its_author(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "interviewer")
    sign_in(cache, world, "interviewer")
    app = world.app("alice", "eng")

    with pytest.raises(LocalWriteError, match="rating from 1 to 4"):
        local_writes.submit_feedback(cache, str(app.id), 5, "yes")
    with pytest.raises(LocalWriteError, match="Choose a recommendation: strong no, no"):
        local_writes.submit_feedback(cache, str(app.id), 3, "maybe")
    write = local_writes.submit_feedback(cache, str(app.id), 4, "strong_yes", "Sharp.")
    with pytest.raises(LocalWriteError, match="already gave feedback on Alice Candidate"):
        local_writes.submit_feedback(cache, str(app.id), 2, "no")
    local_writes.update_feedback(cache, write.entity_id, comments="Sharp and kind.")

    mine = row(cache, "feedback", write.entity_id)
    assert mine is not None
    assert (mine["rating"], mine["comments"], mine["interviewer_id"]) == (
        4,
        "Sharp and kind.",
        str(world.users["interviewer"].id),
    )
    assert [m.base_version for m in pending(cache)] == [None, None]
    assert [r["status"] for r in feed.push(cache, "interviewer")] == ["applied", "applied"]
    server = feed.call("interviewer", "GET", f"/api/v1/feedback/{write.entity_id}").json()
    assert server["comments"] == "Sharp and kind."

    # Now the interviewer may read interviewer2's feedback, but not change it.
    feed.sync(cache, "interviewer")
    with cache.read() as conn:
        [(theirs,)] = conn.execute(
            "SELECT id FROM feedback WHERE interviewer_id = ?",
            (str(world.users["interviewer2"].id),),
        ).fetchall()
    with pytest.raises(LocalWriteError, match="Only its author"):
        local_writes.update_feedback(cache, theirs, rating=1)


def test_pool_members_added_and_removed(synced: Cache, feed: Feed, world: World) -> None:
    assert world.pool is not None
    pool, alice, bob = world.pool, world.candidates["alice"], world.candidates["bob"]

    local_writes.add_to_pool(synced, str(pool.id), str(alice.id))
    local_writes.remove_from_pool(synced, str(pool.id), str(bob.id))

    def members() -> set[str]:
        with synced.read() as conn:
            return {
                c
                for (c,) in conn.execute(
                    "SELECT candidate_id FROM pool_members WHERE pool_id = ?", (str(pool.id),)
                )
            }

    expected = {str(alice.id), str(world.candidates["dave"].id)}
    assert members() == expected
    results = feed.push(synced, "recruiter")
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert members() == expected  # the server's row replaced the provisional one
    with synced.read() as conn:
        assert conn.execute("SELECT count(*) FROM pool_members WHERE version = 0").fetchone() == (
            0,
        )
    feed.sync(synced, "recruiter")
    assert members() == expected


def test_the_system_pool_cannot_be_changed(synced: Cache, world: World) -> None:
    with synced.write() as conn:
        conn.execute(
            "INSERT INTO talent_pools VALUES ('00000000-0000-0000-0000-0000000000aa', 1,"
            " '2026-01-01T00:00:00Z', 'LinkedIn', '', 1, 'linkedin', '2026-01-01T00:00:00Z')"
        )
    with pytest.raises(LocalWriteError, match="kept by the system"):
        local_writes.add_to_pool(
            synced, "00000000-0000-0000-0000-0000000000aa", str(world.candidates["alice"].id)
        )


def test_a_candidate_edit_shows_in_search_at_once(synced: Cache, feed: Feed, world: World) -> None:
    alice = world.candidates["alice"]
    with pytest.raises(LocalWriteError, match="email"):
        local_writes.update_candidate(synced, str(alice.id), {"email": "not an address"})
    with pytest.raises(LocalWriteError, match="first name cannot be removed"):
        local_writes.update_candidate(synced, str(alice.id), {"first_name": None})

    local_writes.update_candidate(
        synced, str(alice.id), {"last_name": "Lovelace", "tags": ["Rust", "rust"], "phone": None}
    )

    local = row(synced, "candidates", alice.id)
    assert local is not None
    assert (local["last_name"], json.loads(local["tags"]), local["phone"]) == (
        "Lovelace",
        ["Rust"],
        None,
    )
    with synced.read() as conn:
        assert conn.execute(
            "SELECT count(*) FROM candidate_search WHERE candidate_search MATCH 'lovelace'"
        ).fetchone() == (1,)
    [result] = feed.push(synced, "recruiter")
    assert result["status"] == "applied"
    feed.sync(synced, "recruiter")
    assert row(synced, "candidates", alice.id) == {**result["entity"], "tags": '["Rust"]'}


def test_undo_takes_one_change_back_and_keeps_the_later_ones(synced: Cache, world: World) -> None:
    app = world.app("alice", "eng")
    original = row(synced, "applications", app.id)
    move = local_writes.move_stage(synced, str(app.id), str(world.stages["eng"]["Offer"].id))
    note = local_writes.create_note(synced, str(world.candidates["alice"].id), "Moved to offer")
    reject = local_writes.reject(synced, str(app.id), "Salary")

    assert local_writes.undo(synced, move.mutation_id)

    now = row(synced, "applications", app.id)
    assert original is not None and now is not None
    assert (now["stage_id"], now["status"]) == (original["stage_id"], "rejected")
    assert [m.id for m in pending(synced)] == [note.mutation_id, reject.mutation_id]
    assert [a for a, _ in history(synced, app.id)] == ["created", "rejected"]
    assert local_writes.undo(synced, reject.mutation_id)
    assert local_writes.undo(synced, note.mutation_id)
    assert not local_writes.undo(synced, note.mutation_id)
    assert row(synced, "applications", app.id) == original
    assert row(synced, "notes", note.entity_id) is None
    assert history(synced, app.id) == [("created", 1)]


def test_a_pull_keeps_pending_changes_on_top_and_a_lost_race_ends_in_a_message(
    synced: Cache, feed: Feed, world: World
) -> None:
    app = world.app("alice", "eng")
    stages = world.stages["eng"]
    local_writes.move_stage(synced, str(app.id), str(stages["Interview"].id))
    # Someone else moves the same application meanwhile.
    offer = {"stage_id": str(stages["Offer"].id)}
    feed.call("admin", "POST", f"/api/v1/applications/{app.id}/move", json=offer)

    feed.sync(synced, "recruiter")

    local = row(synced, "applications", app.id)
    assert local is not None
    assert (local["stage_id"], local["version"]) == (str(stages["Interview"].id), 2)
    [queued] = pending(synced)
    assert queued.undo[0]["before"]["stage_id"] == str(stages["Offer"].id)

    [result] = feed.push(synced, "recruiter")

    assert result["status"] == "conflict"
    settled = row(synced, "applications", app.id)
    assert settled is not None and settled["stage_id"] == str(stages["Offer"].id)
    [message] = messages(synced)
    assert "Alice Candidate on Eng engineer" in message and "Offer" in message
    assert [a for a, _ in history(synced, app.id)] == ["created", "moved"]


def test_a_change_the_server_refuses_is_undone_with_a_message(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "interviewer")
    sign_in(cache, world, "interviewer")
    app = world.app("alice", "eng")
    original = row(cache, "applications", app.id)
    local_writes.move_stage(cache, str(app.id), str(world.stages["eng"]["Offer"].id))

    [result] = feed.push(cache, "interviewer")

    assert result["status"] == "rejected"
    assert row(cache, "applications", app.id) == original
    assert history(cache, app.id) == [("created", 1)]
    assert messages(cache) == [result["detail"]]


def test_rebase_is_stable_and_writes_need_a_signed_in_user(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "recruiter")
    app = world.app("alice", "eng")
    with pytest.raises(LocalWriteError, match="Sign in first"):
        local_writes.withdraw(cache, str(app.id))
    sign_in(cache, world, "recruiter")
    local_writes.move_stage(cache, str(app.id), str(world.stages["eng"]["Offer"].id))
    before = (row(cache, "applications", app.id), pending(cache), history(cache, app.id))

    local_writes.rebase(cache)
    local_writes.rebase(cache)

    assert (row(cache, "applications", app.id), pending(cache), history(cache, app.id)) == before
