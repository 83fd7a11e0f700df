"""A signed-in user's working session: their cache file, the API client and the sync engine.

The app builds one after signing in (or after `AuthService.restore()` at start, also when
offline) and hands its parts to the views; tests build them the same way.
"""

import asyncio
from dataclasses import dataclass
from pathlib import Path

from recruiter_desktop.services.api_client import ApiClient
from recruiter_desktop.services.auth import AuthService
from recruiter_desktop.services.errors import ApiError
from recruiter_desktop.services.sync_engine import SyncEngine
from recruiter_desktop.services.sync_status import SyncStatus
from recruiter_desktop.store import sync_state
from recruiter_desktop.store.database import Cache, open_cache
from recruiter_desktop.store.paths import cache_path


@dataclass
class Session:
    """What a signed-in window works with."""

    api: ApiClient
    auth: AuthService
    cache: Cache
    status: SyncStatus
    engine: SyncEngine

    async def close(self) -> None:
        """Stop syncing and close the cache (the outbox stays on disk for next time)."""
        await self.engine.stop()
        await asyncio.to_thread(self.cache.close)


async def open_session(
    api: ApiClient,
    auth: AuthService,
    *,
    data_dir: Path | None = None,
    status: SyncStatus | None = None,
    interval: float = 30.0,
) -> Session:
    """Open the signed-in account's cache (one file per server and user) and its engine;
    when the server answers, record whose cache it is (server database, user, role)."""
    account = auth.account
    if account is None:
        raise RuntimeError("open_session needs a signed-in account")
    path = cache_path(account.server_url, str(account.user_id), data_dir)
    cache = await asyncio.to_thread(open_cache, path)
    try:
        me = await api.me()
    except ApiError:
        pass  # offline: the cache keeps what it knew
    else:
        who = sync_state.Identity(str(me.server_id), str(me.user.id), me.user.role.value)
        await asyncio.to_thread(_remember, cache, who)
    status = status or SyncStatus()
    engine = SyncEngine(cache, api, status, interval=interval)
    return Session(api=api, auth=auth, cache=cache, status=status, engine=engine)


def _remember(cache: Cache, who: sync_state.Identity) -> None:
    with cache.write() as conn:
        sync_state.set_identity(conn, who)
