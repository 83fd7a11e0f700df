"""The board's stage column with the cards just moved into it first."""

from datetime import UTC, datetime

from recruiter_desktop.store import local_writes
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.queries.pipeline import stage_cards
from recruiter_desktop.store.queries.pipeline_extra import stage_cards_moved_first
from tests.desktop.store.conftest import sign_in
from tests.desktop.store.server_feed import Feed
from tests.server.world import World

NOW = datetime(2030, 1, 1, tzinfo=UTC)


def test_cards_moved_into_a_stage_come_first_then_the_longest_waiting(
    cache: Cache, feed: Feed, world: World
) -> None:
    feed.sync(cache, "recruiter")
    sign_in(cache, world, "recruiter")
    eng = str(world.jobs["eng"].id)
    interview = str(world.stages["eng"]["Interview"].id)
    alice = str(world.app("alice", "eng").id)
    carol = str(world.app("carol", "eng").id)
    elsewhere = str(world.app("bob", "sales").id)
    local_writes.move_stage(cache, alice, interview)

    with cache.read() as conn:
        plain = stage_cards_moved_first(conn, eng, interview, now=NOW)
        pinned = stage_cards_moved_first(conn, eng, interview, moved=[elsewhere, alice])
        second = stage_cards_moved_first(conn, eng, interview, moved=[alice], limit=1, offset=1)
        as_the_pipeline = stage_cards(conn, eng, interview, now=NOW)

    assert [c.application_id for c in plain.items] == [carol, alice]
    assert plain == as_the_pipeline
    assert [c.application_id for c in pinned.items] == [alice, carol]
    assert pinned.total == 2 and not pinned.has_more
    assert [c.application_id for c in second.items] == [carol] and second.offset == 1
