"""queries/linkedin_extra.py against the real server and LinkedIn sandbox: an unlink made here
waits until the server has it, and a link made after it ends the wait."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from recruiter_desktop.store import local_writes
from recruiter_desktop.store.database import Cache, open_cache
from recruiter_desktop.store.queries.linkedin_extra import unlink_waiting
from tests.desktop.store.conftest import sign_in
from tests.desktop.store.server_feed import Feed
from tests.server.linkedin.conftest import ats, li, linkedin_settings, sandbox
from tests.server.linkedin.flows import MEMBER_EMAILS, LinkedIn
from tests.server.live_server import LiveServer
from tests.server.world import World

# The LinkedIn tests' fixtures: the sandbox, and the ATS server pointed at it.
__all__ = ["ats", "li", "linkedin_settings", "sandbox"]


@pytest.fixture
def feed(ats: LiveServer, world: World) -> Iterator[Feed]:
    with Feed(ats.url, world) as f:
        yield f


@pytest.fixture
def cache(tmp_path: Path, world: World) -> Iterator[Cache]:
    opened = open_cache(tmp_path / "recruiter.sqlite3")
    sign_in(opened, world, "recruiter")
    yield opened
    opened.close()


def waiting(cache: Cache, candidate_id: str) -> bool:
    with cache.read() as conn:
        return unlink_waiting(conn, candidate_id)


def test_an_unlink_waits_until_the_server_has_it_and_a_later_link_ends_the_wait(
    li: LinkedIn, feed: Feed, world: World, cache: Cache
) -> None:
    member = li.member("Alice", "Candidate", "alice@example.net")
    li.set_up("company")
    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    alice = world.candidates["alice"].id
    profile = li.server.get(
        f"/api/v1/linkedin/candidates/{alice}/profile", headers=li.as_("recruiter")
    )
    assert li.ok(profile)["outcome"] == "linked"
    feed.sync(cache, "recruiter")
    assert not waiting(cache, str(alice))

    local_writes.unlink_profile(cache, str(alice))
    assert waiting(cache, str(alice))
    assert not waiting(cache, str(world.candidates["carol"].id))
    local_writes.link_profile(cache, str(alice), member, first_name="Alice")
    assert not waiting(cache, str(alice))  # the link made after it is what shows
    local_writes.unlink_profile(cache, str(alice))
    assert waiting(cache, str(alice))

    results = feed.push(cache, "recruiter")
    assert [r["status"] for r in results] == ["applied", "applied", "applied"], results
    feed.sync(cache, "recruiter")
    assert not waiting(cache, str(alice))
