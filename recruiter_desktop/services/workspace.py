"""What the windows work with once someone is signed in: reads and writes of the cache, off
the GUI thread.

Views never touch the cache file themselves: they hand a store query (a function of a read
connection, from store/queries or store/search) to `read`, or a local write (a function of
the cache, from store/local_writes) to `write`, and await the answer. Both run in a worker
thread, so the qasync loop (the GUI thread) never waits for SQLite. A write also tells the
sync engine (push soon) and the views (`SyncStatus.data_changed`) what it changed.
"""

import asyncio
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Concatenate, ParamSpec, TypeVar

from recruiter_api.enums import OrgRole
from recruiter_desktop.services.linkedin import LinkedInService
from recruiter_desktop.services.session import Session
from recruiter_desktop.services.sync_status import SyncStatus
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.local_writes import LocalWrite

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Who:
    """The signed-in user as the views need them: to greet, and to decide what to offer."""

    user_id: str
    email: str
    role: OrgRole
    server_url: str

    @property
    def sees_everything(self) -> bool:
        """Admins and recruiters see every job and candidate (DESIGN.md, roles)."""
        return self.role in (OrgRole.ADMIN, OrgRole.RECRUITER)


class Workspace:
    """A signed-in session as the views use it. `linkedin` makes the LinkedIn calls that
    need the server (the setup wizard, the user's LinkedIn account, profile lookups)."""

    def __init__(self, session: Session, who: Who) -> None:
        self.session = session
        self.who = who
        self.linkedin = LinkedInService(session.api)

    @property
    def status(self) -> SyncStatus:
        return self.session.status

    @property
    def cache(self) -> Cache:
        return self.session.cache

    async def read(
        self,
        query: Callable[Concatenate[sqlite3.Connection, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """`query(conn, *args, **kwargs)` on a read connection, in a worker thread."""

        def run() -> T:
            with self.cache.read() as conn:
                return query(conn, *args, **kwargs)

        return await asyncio.to_thread(run)

    async def write(
        self,
        entities: frozenset[str],
        change: Callable[Concatenate[Cache, P], LocalWrite],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> LocalWrite:
        """Apply a local write (store/local_writes) in a worker thread, then push it soon.

        Raises `LocalWriteError` with the reason in words when the change cannot be made
        (the views show that message). `entities` names the entity kinds the write changes
        (e.g. `frozenset({"application", "stage_change"})`), so the views showing them
        reload."""
        done = await asyncio.to_thread(change, self.cache, *args, **kwargs)
        self.session.engine.local_write_done()
        self.status.announce(entities)
        return done

    def sync_now(self) -> None:
        """Ask for a sync round at once (Ctrl+R)."""
        self.session.engine.request_sync()
