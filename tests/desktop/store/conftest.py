"""Fixtures of the cache's tests: a real cache file per test (the server runs on SQLite:
tests/desktop/conftest.py)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from recruiter_desktop.store import sync_state
from recruiter_desktop.store.database import Cache, open_cache
from tests.desktop.store.server_feed import Feed
from tests.server.live_server import LiveServer
from tests.server.world import World


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "client" / "cache.sqlite3"


@pytest.fixture
def cache(cache_path: Path) -> Iterator[Cache]:
    opened = open_cache(cache_path)
    yield opened
    opened.close()


@pytest.fixture
def feed(server: LiveServer, world: World) -> Iterator[Feed]:
    with Feed(server.url, world) as f:
        yield f


def sign_in(cache: Cache, world: World, user: str) -> None:
    """Record in the cache that `user` is signed in (what the sync engine does)."""
    member = world.users[user]
    with cache.write() as conn:
        sync_state.set_identity(
            conn, sync_state.Identity("test-server", str(member.id), member.role)
        )
