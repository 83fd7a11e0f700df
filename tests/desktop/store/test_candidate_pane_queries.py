"""The candidate pane's own reads over caches filled through a real server's feed: what
waits for the server, the feedback an interviewer still owes, the activity time line."""

from pathlib import Path

from recruiter_desktop.store import local_writes
from recruiter_desktop.store.database import Cache, open_cache
from recruiter_desktop.store.queries.candidate_pane import (
    ActivityKind,
    FeedbackDue,
    candidate_activity,
    candidate_pane,
    notes_page,
)
from recruiter_desktop.store.queries.candidates import FeedbackEntry, HistoryEntry, NoteEntry
from tests.desktop.store.conftest import sign_in
from tests.desktop.store.server_feed import Feed
from tests.server.world import World


def synced(cache: Cache, feed: Feed, world: World, user: str) -> Cache:
    feed.sync(cache, user)
    sign_in(cache, world, user)
    return cache


def test_a_note_typed_here_is_pending_until_the_server_has_it(
    cache: Cache, feed: Feed, world: World
) -> None:
    synced(cache, feed, world, "recruiter")
    alice = str(world.candidates["alice"].id)
    note = local_writes.create_note(cache, alice, "Call back on Monday")

    with cache.read() as conn:
        data = candidate_pane(conn, alice)
        page = notes_page(conn, alice, limit=1)
    assert data is not None
    assert [n.body for n in data.details.notes] == ["Call back on Monday", "Strong portfolio."]
    assert data.pending == {note.entity_id}
    assert data.feedback_due == ()  # the recruiter is no interviewer
    assert set(data.stages) == {a.job_id for a in data.details.applications}
    assert [n.id for n in page.page.items] == [note.entity_id]
    assert page.pending == {note.entity_id}
    assert page.page.has_more

    feed.push(cache, "recruiter")
    with cache.read() as conn:
        after = candidate_pane(conn, alice)
    assert after is not None
    assert after.pending == frozenset()
    assert after.details.notes[0].body == "Call back on Monday"


def test_an_interviewer_owes_feedback_only_where_they_interview_and_have_not_given_it(
    tmp_path: Path, feed: Feed, world: World
) -> None:
    caches = {
        user: open_cache(tmp_path / user / "cache.sqlite3")
        for user in ("interviewer", "interviewer2", "hm")
    }
    try:
        for user, cache in caches.items():
            synced(cache, feed, world, user)
        alice = str(world.candidates["alice"].id)
        alice_eng = str(world.app("alice", "eng").id)

        def due(user: str) -> tuple[FeedbackDue, ...]:
            with caches[user].read() as conn:
                data = candidate_pane(conn, alice)
            assert data is not None
            return data.feedback_due

        assert due("interviewer") == (FeedbackDue(alice_eng, "Eng engineer", "Screening"),)
        with caches["interviewer"].read() as conn:
            seen_by_interviewer = candidate_pane(conn, alice)
        with caches["hm"].read() as conn:
            seen_by_hm = candidate_pane(conn, alice)
        assert seen_by_interviewer is not None
        assert seen_by_hm is not None
        assert seen_by_interviewer.stages == {}  # an interviewer moves no one
        eng = str(world.jobs["eng"].id)
        assert [s.name for s in seen_by_hm.stages[eng]] == [
            "Prospect",
            "Screening",
            "Interview",
            "Offer",
            "Hired",
        ]
        assert due("interviewer2") == ()  # already given
        assert due("hm") == ()  # a hiring manager reads feedback, gives none

        local_writes.submit_feedback(caches["interviewer"], alice_eng, 4, "strong_yes", "Sharp")
        assert due("interviewer") == ()
    finally:
        for cache in caches.values():
            cache.close()


def test_the_activity_is_every_stage_change_note_and_feedback_newest_first(
    cache: Cache, feed: Feed, world: World
) -> None:
    synced(cache, feed, world, "recruiter")
    alice = str(world.candidates["alice"].id)
    alice_eng = str(world.app("alice", "eng").id)
    interview = str(world.stages["eng"]["Interview"].id)
    local_writes.move_stage(cache, alice_eng, interview)
    local_writes.create_note(cache, alice, "After the move")
    feed.push(cache, "recruiter")
    feed.sync(cache, "recruiter")

    with cache.read() as conn:
        whole = candidate_activity(conn, alice)
        first = candidate_activity(conn, alice, limit=2)
        rest = candidate_activity(conn, alice, limit=2, offset=2)

    kinds = [item.kind for item in whole.items]
    assert sorted(kinds) == sorted(
        [ActivityKind.STAGE_CHANGE] * 2 + [ActivityKind.NOTE] * 2 + [ActivityKind.FEEDBACK]
    )
    assert whole.total == 5
    times = [item.at for item in whole.items]
    assert times == sorted(times, reverse=True)
    newest = whole.items[0].entry
    assert isinstance(newest, NoteEntry)
    assert newest.body == "After the move"
    assert newest.author == "Recruiter Tester"
    moves = [i.entry for i in whole.items if isinstance(i.entry, HistoryEntry)]
    assert [(m.action.value, m.to_stage, m.changed_by) for m in moves] == [
        ("moved", "Interview", "Recruiter Tester"),
        ("created", "Screening", "Recruiter Tester"),
    ]
    assert all(i.job_title == "Eng engineer" for i in whole.items if i.kind != ActivityKind.NOTE)
    [given] = [i.entry for i in whole.items if isinstance(i.entry, FeedbackEntry)]
    assert (given.interviewer, given.rating) == ("Interviewer2 Tester", 3)
    assert [*first.items, *rest.items] == list(whole.items[:4])
    assert first.has_more
