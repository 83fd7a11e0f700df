"""The Candidates page's list over a cache synced from the live server: all candidates by
name with their count, or the matches of a filter, page by page."""

from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.queries.candidate_list import candidate_list
from tests.desktop.store.server_feed import Feed
from tests.server.world import World


def test_every_candidate_by_name_or_the_matches_of_a_filter(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.call(
        "admin",
        "POST",
        "/api/v1/candidates",
        json={"first_name": "Zoë", "last_name": "Abbott", "tags": ["rust"]},
    )
    feed.sync(cache, "recruiter")
    with cache.read() as conn:
        everyone = candidate_list(conn)
        first = candidate_list(conn, limit=2)
        rest = candidate_list(conn, limit=2, offset=2)
        rust = candidate_list(conn, text="rus")
        alice = candidate_list(conn, text="  alice ")
        nobody = candidate_list(conn, text="zebra")

    assert [f"{r.first_name} {r.last_name}" for r in everyone.items] == [
        "Zoë Abbott",
        "Alice Candidate",
        "Bob Candidate",
        "Carol Candidate",
        "Dave Candidate",
    ]
    assert everyone.total == 5
    assert not everyone.has_more
    assert (*first.items, *rest.items) == everyone.items[:4]
    assert first.has_more
    assert [r.last_name for r in rust.items] == ["Abbott"]
    assert (alice.total, alice.items[0].email) == (1, "alice@example.net")
    assert alice.items[0].id == str(world.candidates["alice"].id)
    assert (nobody.total, nobody.items) == (0, ())
