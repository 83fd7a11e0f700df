"""The LinkedIn integration in the cache, against the real server and the real LinkedIn
sandbox: the integration's state, a candidate's link and contract-level history as the
queries read them, and link and unlink as local writes (shown at once, queued as the server
expects, refused in words, settled, and lost to someone else's link with a message)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from recruiter_api.enums import (
    HistorySyncState,
    InMailDirection,
    LinkedInFeature,
    LinkedInLevel,
    LinkedInState,
    MatchedBy,
)
from recruiter_desktop.store import local_writes, outbox, sync_state
from recruiter_desktop.store.database import Cache, open_cache
from recruiter_desktop.store.local_writes import LocalWriteError
from recruiter_desktop.store.queries import linkedin as queries
from tests.desktop.store.conftest import sign_in
from tests.desktop.store.server_feed import Feed
from tests.server.linkedin.conftest import ats, li, linkedin_settings, sandbox
from tests.server.linkedin.flows import MEMBER_EMAILS, OSLO, SEATS, STOCKHOLM, LinkedIn
from tests.server.live_server import LiveServer
from tests.server.world import World

# The LinkedIn tests' fixtures: the sandbox, and the ATS server pointed at it.
__all__ = ["ats", "li", "linkedin_settings", "sandbox"]


@pytest.fixture
def feed(ats: LiveServer, world: World) -> Iterator[Feed]:
    with Feed(ats.url, world) as f:
        yield f


@pytest.fixture
def caches() -> Iterator[dict[str, Cache]]:
    opened: dict[str, Cache] = {}
    yield opened
    for cache in opened.values():
        cache.close()


def synced(caches: dict[str, Cache], tmp: Path, feed: Feed, world: World, user: str) -> Cache:
    """`user`'s cache after a sync."""
    if user not in caches:
        caches[user] = open_cache(tmp / f"{user}.sqlite3")
        sign_in(caches[user], world, user)
    feed.sync(caches[user], user)
    return caches[user]


def lookup(li: LinkedIn, user: str, candidate: str) -> dict[str, object]:
    cid = li.world.candidates[candidate].id
    answer = li.server.get(f"/api/v1/linkedin/candidates/{cid}/profile", headers=li.as_(user))
    return dict(li.ok(answer))


def messages(cache: Cache) -> list[str]:
    with cache.read() as conn:
        return [m.text for m in sync_state.recent_messages(conn)]


def link_of(cache: Cache, candidate_id: str) -> queries.CandidateLink | None:
    with cache.read() as conn:
        return queries.candidate_link(conn, candidate_id)


def member_of(cache: Cache, candidate_id: str) -> str | None:
    with cache.read() as conn:
        found = conn.execute(
            "SELECT linkedin_member_id FROM candidates WHERE id = ?", (candidate_id,)
        ).fetchone()
    return None if found is None else found[0]


def test_the_integration_and_contract_level_history_as_the_cache_reads_them(
    li: LinkedIn, feed: Feed, world: World, tmp_path: Path, caches: dict[str, Cache]
) -> None:
    empty = open_cache(tmp_path / "empty.sqlite3")
    with empty.read() as conn:
        assert queries.integration(conn) is None  # nothing synced yet
    empty.close()
    before = synced(caches, tmp_path, feed, world, "interviewer")
    with before.read() as conn:
        state = queries.integration(conn)
    assert state is not None and state.state is LinkedInState.NOT_CONNECTED
    assert not state.gives(LinkedInFeature.PROFILE_WIDGET) and state.contracts == ()

    alice = li.member("Alice", "Candidate", "alice@example.net")
    li.set_up("contract", OSLO)
    li.connect_user("recruiter", MEMBER_EMAILS["sofia"])
    li.connect_user("admin", MEMBER_EMAILS["maja"])
    assert lookup(li, "admin", "alice")["outcome"] == "linked"
    sofia, maja = SEATS[("sofia", OSLO)], SEATS[("maja", OSLO)]
    for seat, text in ((sofia, "Hej Alice, from Sofia"), (maja, "Hello Alice, from Maja")):
        sent = li.sandbox.post(
            "/sandbox/inmails",
            json={"member": alice, "body": text, "subject": "A role", "seat": seat},
        )
        assert sent.status_code == 201, sent.text
    for text, shared in (("Great fit for eng.", True), ("Private thoughts.", False)):
        made = li.sandbox.post(
            "/sandbox/notes", json={"member": alice, "note": text, "seat": sofia, "shared": shared}
        )
        assert made.status_code == 201, made.text
    li.ok(li.post("/integration/pull"))

    cache = synced(caches, tmp_path, feed, world, "recruiter")
    cid = str(world.candidates["alice"].id)
    with cache.read() as conn:
        state = queries.integration(conn)
        link = queries.candidate_link(conn, cid)
        inmails = queries.candidate_inmails(conn, cid)
        newest = queries.candidate_inmails(conn, cid, limit=1)
        older = queries.candidate_inmails(conn, cid, limit=1, offset=1)
        notes = queries.candidate_linkedin_notes(conn, cid)
        nobody = queries.candidate_inmails(conn, str(world.candidates["dave"].id))

    assert state is not None
    assert (state.state, state.level) == (LinkedInState.ENABLED, LinkedInLevel.CONTRACT)
    assert state.gives(LinkedInFeature.INMAIL_HISTORY)
    assert state.gives(LinkedInFeature.STUB_PROFILES)
    assert {c.contract for c in state.contracts} == {STOCKHOLM, OSLO}
    assert state.contract_urn == OSLO and state.connected_by == "Admin Tester"
    assert state.connected_member_name == "Maja Lindqvist"
    assert state.history_state is HistorySyncState.DONE and state.last_pull_at is not None

    assert link is not None and not link.pending
    assert (link.member_id, link.matched_by, link.linked_by) == (alice, MatchedBy.EMAIL, None)
    assert link.name == "Alice Candidate"

    # Sofia's own InMail in full; Maja's as who and when, exactly as the server sent them.
    assert inmails.total == 2 and len(inmails.items) == 2
    by_name = {m.correspondent_name: m for m in inmails.items}
    mine, theirs = by_name["Sofia Nilsson"], by_name["Maja Lindqvist"]
    assert (mine.full, mine.subject, mine.body) == (True, "A role", "Hej Alice, from Sofia")
    assert mine.correspondent_user_id == str(world.users["recruiter"].id)
    assert (theirs.full, theirs.subject, theirs.body) == (False, None, None)
    assert mine.direction is InMailDirection.OUTBOUND
    assert [m.sent_at for m in inmails.items] == sorted(
        (m.sent_at for m in inmails.items), reverse=True
    )
    assert newest.has_more and newest.items + older.items == inmails.items
    assert not older.has_more and nobody.total == 0
    assert [(n.text, n.author_name) for n in notes.items] == [
        ("Great fit for eng.", "Sofia Nilsson")
    ]

    # An unlink takes the history with the link at once; taking it back restores both.
    unlink = local_writes.unlink_profile(cache, cid)
    with cache.read() as conn:
        assert queries.candidate_link(conn, cid) is None
        assert queries.candidate_inmails(conn, cid).total == 0
        assert queries.candidate_linkedin_notes(conn, cid).total == 0
    assert local_writes.undo(cache, unlink.mutation_id)
    with cache.read() as conn:
        assert queries.candidate_link(conn, cid) == link
        assert queries.candidate_inmails(conn, cid) == inmails
        assert queries.candidate_linkedin_notes(conn, cid) == notes

    # Dropping to company level takes the history away at the next sync.
    li.ok(li.server.delete("/api/v1/linkedin/integration", headers=li.as_("admin")))
    feed.sync(cache, "recruiter")
    with cache.read() as conn:
        assert queries.candidate_inmails(conn, cid).total == 0
        assert queries.candidate_linkedin_notes(conn, cid).total == 0
        gone = queries.integration(conn)
    assert gone is not None and gone.state is LinkedInState.NOT_CONNECTED


def test_link_and_unlink_show_at_once_are_queued_as_the_server_expects_and_settle(
    li: LinkedIn, feed: Feed, world: World, tmp_path: Path, caches: dict[str, Cache]
) -> None:
    li.member("Alice", "Candidate", "alice@example.net")
    first = li.member("Carol", "Candidate", headline="Designer in Oslo")
    li.member("Carol", "Candidate", headline="Engineer in Malmö")
    carol = str(world.candidates["carol"].id)
    cache = synced(caches, tmp_path, feed, world, "recruiter")
    with pytest.raises(LocalWriteError, match="integration, which is not enabled"):
        local_writes.link_profile(cache, carol, first)

    li.set_up("company", STOCKHOLM)
    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    assert lookup(li, "recruiter", "alice")["outcome"] == "linked"
    suggested = lookup(li, "recruiter", "carol")
    assert suggested["outcome"] == "suggestions"
    feed.sync(cache, "recruiter")

    write = local_writes.link_profile(
        cache,
        carol,
        f" {first} ",
        first_name="Carol",
        last_name="Candidate",
        headline="Designer in Oslo",
        profile_url="https://li.example/c1",
    )
    shown = link_of(cache, carol)
    assert shown is not None and shown.pending
    assert (shown.member_id, shown.matched_by, shown.headline) == (
        first,
        MatchedBy.USER,
        "Designer in Oslo",
    )
    assert shown.linked_by == "Recruiter Tester" and member_of(cache, carol) == first
    with cache.read() as conn:
        [queued] = outbox.pending(conn)
    assert queued.wire() == {
        "id": write.mutation_id,
        "type": "linkedin.link_profile",
        "entity_id": carol,
        "base_version": None,
        "args": {"member_id": first},
    }
    assert queued.summary == "Link Carol Candidate to the LinkedIn profile of Carol Candidate"
    # Applied again over the server's rows, the link still shows the profile chosen.
    local_writes.rebase(cache)
    assert link_of(cache, carol) == shown

    [result] = feed.push(cache, "recruiter")
    assert result["status"] == "applied", result
    feed.sync(cache, "recruiter")
    settled = link_of(cache, carol)
    assert settled is not None and not settled.pending
    assert (settled.member_id, settled.matched_by, settled.linked_by) == (
        first,
        MatchedBy.USER,
        "Recruiter Tester",
    )
    with cache.read() as conn:
        assert conn.execute("SELECT count(*) FROM mutation_hints").fetchone() == (0,)

    unlink = local_writes.unlink_profile(cache, carol)
    assert link_of(cache, carol) is None and member_of(cache, carol) is None
    with cache.read() as conn:
        [queued] = outbox.pending(conn)
    assert (queued.type, queued.args, queued.base_version) == (
        "linkedin.unlink_profile",
        {},
        settled.version,
    )
    assert queued.summary == "Unlink Carol Candidate from LinkedIn"
    assert unlink.entity_id == carol
    [result] = feed.push(cache, "recruiter")
    assert result["status"] == "applied", result
    feed.sync(cache, "recruiter")
    assert link_of(cache, carol) is None and member_of(cache, carol) is None
    # The server no longer offers the unlinked member for Carol.
    suggested = lookup(li, "recruiter", "carol")
    assert first not in {s["member_id"] for s in suggested["suggestions"]}  # type: ignore[attr-defined]


def test_links_the_server_would_refuse_are_refused_in_words_and_undo_restores(
    li: LinkedIn, feed: Feed, world: World, tmp_path: Path, caches: dict[str, Cache]
) -> None:
    alice_member = li.member("Alice", "Candidate", "alice@example.net")
    other = li.member("Dave", "Candidate", headline="Not the same Dave")
    li.set_up("company", STOCKHOLM)
    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    assert lookup(li, "recruiter", "alice")["outcome"] == "linked"
    cache = synced(caches, tmp_path, feed, world, "recruiter")
    alice, dave = (str(world.candidates[n].id) for n in ("alice", "dave"))

    with pytest.raises(LocalWriteError, match="linked to Alice Candidate already"):
        local_writes.link_profile(cache, dave, alice_member)
    with pytest.raises(LocalWriteError, match="Alice Candidate is linked to that"):
        local_writes.link_profile(cache, alice, alice_member)
    with pytest.raises(LocalWriteError, match="Dave Candidate is not linked"):
        local_writes.unlink_profile(cache, dave)
    with pytest.raises(LocalWriteError, match="member id: it cannot be blank"):
        local_writes.link_profile(cache, dave, "  ")
    interviewer = synced(caches, tmp_path, feed, world, "interviewer")
    with pytest.raises(LocalWriteError, match="Only admins, recruiters and the hiring"):
        local_writes.unlink_profile(interviewer, alice)
    # Alice's hiring manager may (the server also wants their own LinkedIn account).
    with synced(caches, tmp_path, feed, world, "hm").read() as conn:
        assert queries.link_refusal(conn, alice) is None
    with cache.read() as conn:
        assert outbox.count(conn) == 0

    # Relinking Alice changes her link in place; taking it back restores it as it was.
    before = link_of(cache, alice)
    assert before is not None
    relink = local_writes.link_profile(cache, alice, other, first_name="Dave")
    changed = link_of(cache, alice)
    assert changed is not None and (changed.id, changed.member_id) == (before.id, other)
    with cache.read() as conn:
        [queued] = outbox.pending(conn)
    assert queued.base_version == before.version
    assert local_writes.undo(cache, relink.mutation_id)
    assert link_of(cache, alice) == before and member_of(cache, alice) == alice_member
    with cache.read() as conn:
        assert conn.execute("SELECT count(*) FROM mutation_hints").fetchone() == (0,)


def test_a_link_lost_to_someone_elses_converges_with_a_message_naming_the_candidate(
    li: LinkedIn, feed: Feed, world: World, tmp_path: Path, caches: dict[str, Cache]
) -> None:
    first = li.member("Carol", "Candidate", headline="Designer in Oslo")
    second = li.member("Carol", "Candidate", headline="Engineer in Malmö")
    li.set_up("company", STOCKHOLM)
    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    li.connect_user("admin", MEMBER_EMAILS["maja"])
    carol = str(world.candidates["carol"].id)
    cache = synced(caches, tmp_path, feed, world, "recruiter")

    # The admin links Carol while the recruiter, not yet aware, links her to the other one.
    won = li.mutate("admin", "linkedin.link_profile", carol, member_id=first)
    assert won["status"] == "applied", won
    local_writes.link_profile(cache, carol, second, first_name="Carol", last_name="Candidate")
    [lost] = feed.push(cache, "recruiter")

    assert lost["status"] == "conflict"
    link = link_of(cache, carol)
    assert link is not None and (link.member_id, link.linked_by) == (first, "Admin Tester")
    [message] = messages(cache)
    assert "Carol Candidate" in message and "Admin Tester linked them" in message

    # The recruiter unlinks the link they saw; the admin relinks meanwhile: undone again.
    feed.sync(cache, "recruiter")
    local_writes.unlink_profile(cache, carol)
    seen = won["entity"]["version"]
    relinked = li.mutate(
        "admin", "linkedin.link_profile", carol, member_id=second, base_version=seen
    )
    assert relinked["status"] == "applied", relinked
    [lost] = feed.push(cache, "recruiter")

    assert lost["status"] == "conflict"
    link = link_of(cache, carol)
    assert link is not None and link.member_id == second
    assert "Your unlink of Carol Candidate was undone" in messages(cache)[0]
    feed.sync(cache, "recruiter")
    after = link_of(cache, carol)
    assert after is not None and (after.member_id, after.pending) == (second, False)
    assert member_of(cache, carol) == second
