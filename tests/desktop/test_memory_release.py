"""Memory is released when a bulk-loading sync round ends, and only then."""

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from recruiter_desktop.memory_release import ReleaseAfterBulkLoad
from recruiter_desktop.services.sync_status import SyncStatus
from recruiter_desktop.store.database import Cache, open_cache
from tests.desktop.sqlite_memory import fill_writer_cache, sqlite_memory_used

MB = 1 << 20


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    opened = open_cache(tmp_path / "cache.sqlite3")
    yield opened
    opened.close()


async def _round(cache: Cache, *, bulk: bool) -> tuple[int, int, int]:
    """SQLite's memory with the writer's cache filled, when the round has reported its
    progress, and once it has ended and any release is done."""
    status = SyncStatus()
    release = ReleaseAfterBulkLoad(status, cache)
    fill_writer_cache(cache)
    filled = sqlite_memory_used()
    status.set_syncing(True)
    if bulk:
        status.set_progress(5_000, 10_000)  # the engine reports progress only in bulk
        status.set_progress(10_000, 10_000)
    during = sqlite_memory_used()
    status.set_syncing(False)
    await release.close()
    return filled, during, sqlite_memory_used()


def test_memory_is_released_when_a_bulk_round_ends(cache: Cache) -> None:
    filled, during, after = asyncio.run(_round(cache, bulk=True))
    assert during > filled - MB
    assert after < filled - 5 * MB


def test_a_round_that_did_not_load_in_bulk_keeps_the_page_cache(cache: Cache) -> None:
    filled, _, after = asyncio.run(_round(cache, bulk=False))
    assert after > filled - MB
