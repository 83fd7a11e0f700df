"""Memory given back after the sync rounds that load in bulk (store/memory.py says why).

A round loads in bulk when it is a first sync, or a pull from scratch after the server asked
for one; the sync status tells by reporting its progress (it does only then). When such a
round ends, the writer's page cache and the C heap's free pages are released in a worker
thread.
"""

import asyncio
import logging
import sqlite3

from recruiter_desktop.services.sync_status import SyncStatus
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.memory import release_memory

log = logging.getLogger("recruiter.desktop")


class ReleaseAfterBulkLoad:
    """Releases memory after each bulk-loading round of the sync reporting to `status`;
    `close()` before the cache closes."""

    def __init__(self, status: SyncStatus, cache: Cache) -> None:
        self._cache = cache
        self._loaded = False
        self._task: asyncio.Task[None] | None = None
        status.progress_changed.connect(self._progress)
        status.syncing_changed.connect(self._syncing)

    def _progress(self, _done: int, _total: int) -> None:
        self._loaded = True

    def _syncing(self, syncing: bool) -> None:
        if syncing or not self._loaded or self._task is not None:
            return
        self._loaded = False
        self._task = asyncio.get_running_loop().create_task(self._release())

    async def _release(self) -> None:
        try:
            await asyncio.to_thread(release_memory, self._cache)
        except sqlite3.Error as error:  # e.g. the writer busy beyond its timeout: next time
            log.info("memory not released after the sync: %s", error)
        finally:
            self._task = None

    async def close(self) -> None:
        """Wait for a release under way."""
        if self._task is not None:
            await self._task
