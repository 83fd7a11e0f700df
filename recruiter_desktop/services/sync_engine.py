"""The background sync: keeps the offline cache in step with the server.

A round pushes the outbox first (in order, in batches), settles the server's answers
(applied, conflict, rejected: the store takes back what did not apply and keeps a message in
words), then pulls pages until the server has no more, applying each in a worker thread so
the event loop (qasync's, in the app) never waits on SQLite. Rounds never overlap.

Rounds run at start, every `interval` seconds while online, on demand (`sync_now`, Ctrl+R),
shortly after a local write (`local_write_done`, debounced), and on reconnect: while offline
the engine probes the server every `offline_retry` seconds and syncs as soon as it answers.

The first sync (no complete sync yet in this cache) loads pages without keeping the search
index in step and rebuilds it once at the end, which is several times faster; a first sync
cut short goes on the same way at the next start. `reset_required` empties the entity
tables, keeps the outbox, and pulls everything again.
"""

import asyncio
import contextlib
import gc
import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from recruiter_api.sync import (
    MAX_MUTATIONS_PER_PUSH,
    Mutation,
    MutationResult,
    ResetRequired,
)
from recruiter_desktop.services.api_client import ApiClient, FeedPage, FetchedPage
from recruiter_desktop.services.errors import ApiError, BadResponse, Offline, Unauthorized
from recruiter_desktop.services.sync_status import SyncStatus
from recruiter_desktop.store import apply, local_writes, optimistic, outbox, sync_state
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.feed_page import PageRows
from recruiter_desktop.store.outbox import PendingMutation
from recruiter_desktop.store.schema import ENTITY_BY_TABLE, StateKey

log = logging.getLogger("recruiter.sync")

# A server that keeps answering reset_required is broken; stop rather than loop.
MAX_RESETS_PER_ROUND = 2


@contextlib.contextmanager
def _bulk_pace() -> Iterator[None]:
    """The interpreter set for a first sync, and set back after it.

    The cyclic garbage collector is paused: the sync decodes a million rows into lists, none
    of them in a cycle, and the collector would go over them again and again for nothing
    (1.5 s in all at its usual pace; each pass holds the interpreter lock that the window
    waits for). Whatever cycles the rest of the app makes meanwhile are collected after.

    Threads are handed the interpreter lock every 2 ms instead of 5: the window's thread
    waits for it behind the threads that decode and write pages, its longest waits fell
    from 40-49 ms to ~24 ms (p99 20 -> 13 ms)."""
    paused = gc.isenabled()
    gc.disable()
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.002)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)
        if paused:
            gc.enable()


@dataclass
class _Pull:
    """Where a pull is: a first sync (`bulk`) or not, changes applied of how many, and the
    entities whose rows changed."""

    bulk: bool
    done: int = 0
    total: int = 0
    changed: set[str] = field(default_factory=set)
    checkpointing: asyncio.Future[None] | None = None


@dataclass
class RoundResult:
    """What one round did."""

    pushed: int = 0
    pulled: int = 0
    resets: int = 0
    messages: list[str] = field(default_factory=list)
    offline: bool = False


class SyncEngine:
    """Runs sync rounds in the background and reports through a SyncStatus."""

    def __init__(
        self,
        cache: Cache,
        api: ApiClient,
        status: SyncStatus,
        *,
        interval: float = 30.0,
        write_delay: float = 0.5,
        offline_retry: float = 5.0,
        page_limit: int = 10_000,
        push_batch: int = 100,
    ) -> None:
        self.cache = cache
        self.api = api
        self.status = status
        self.interval = interval
        self.write_delay = write_delay
        self.offline_retry = offline_retry
        self.page_limit = page_limit
        self.push_batch = min(push_batch, MAX_MUTATIONS_PER_PUSH)
        self._round_lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._delayed: asyncio.TimerHandle | None = None

    # --- Control ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the background rounds are going on."""
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Begin syncing in the background (a round at once, then on schedule)."""
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="sync")

    async def stop(self) -> None:
        """Stop the background rounds; a round under way finishes first."""
        if self._delayed is not None:
            self._delayed.cancel()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        async with self._round_lock:
            pass

    def request_sync(self, delay: float = 0.0) -> None:
        """Ask for a round after `delay` seconds (requests within the delay coalesce)."""
        if delay <= 0:
            self._wake.set()
            return
        if self._delayed is None or self._delayed.cancelled():
            loop = asyncio.get_running_loop()
            self._delayed = loop.call_later(delay, self._wake_now)

    def local_write_done(self) -> None:
        """A change was queued: show it as pending and push it shortly."""
        self.status.set_pending(self._pending_count())
        self.request_sync(self.write_delay)

    def _wake_now(self) -> None:
        self._delayed = None
        self._wake.set()

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            wait = self.interval
            try:
                if self.status.online or await self._server_answers():
                    await self.sync_now()
            except Exception:
                # A bug, or a cache the system will not let us write (disk full): the
                # background sync must not die of it; say so, and try again soon.
                log.exception("sync round failed unexpectedly")
                self.status.add_message(
                    "Sync stopped on an unexpected error and will try again; "
                    "your changes are kept. Details are in the log."
                )
                wait = self.offline_retry
            if not self.status.online:
                wait = self.offline_retry
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)

    async def _server_answers(self) -> bool:
        try:
            await self.api.health()
        except ApiError:
            self.status.set_online(False)
            return False
        return True

    # --- One round -------------------------------------------------------------------------

    async def sync_now(self) -> RoundResult:
        """Run one round now (or wait for the one under way and run another)."""
        result = RoundResult()
        async with self._round_lock:
            self.status.set_syncing(True)
            try:
                await self._push(result)
                await self._pull(result)
            except Offline as exc:
                log.info("sync: offline: %s", exc)
                result.offline = True
                self.status.set_online(False)
            except Unauthorized:
                self._tell(result, "Your sign-in has expired; sign in again to sync.")
                self.status.sign_in_needed.emit()
            except ApiError as exc:
                if exc.retryable:
                    # Busy or restarting beyond the client's retries: the next round tries
                    # again; nothing to tell the user yet, nothing is lost.
                    log.info("sync: server unavailable: %s", exc)
                    result.offline = True
                    self.status.set_online(False)
                    return result
                # The server refused the round as a whole (a bug or a broken server): say so
                # and try again at the next round; nothing is lost, the outbox stays.
                log.warning("sync round failed: %s", exc)
                self._tell(result, f"Sync did not complete: {exc}")
            else:
                self.status.set_online(True)
                when = await asyncio.to_thread(self._finish_round)
                self.status.set_last_sync(when)
            finally:
                self.status.set_pending(await asyncio.to_thread(self._pending_count))
                self.status.set_syncing(False)
        return result

    def _tell(self, result: RoundResult, text: str) -> None:
        result.messages.append(text)
        self.status.add_message(text)

    def _pending_count(self) -> int:
        with self.cache.read() as conn:
            return outbox.count(conn)

    def _finish_round(self) -> str:
        with self.cache.write() as conn:
            sync_state.set_last_success(conn)
            return sync_state.get(conn, StateKey.LAST_SUCCESS) or ""

    # --- Push ------------------------------------------------------------------------------

    async def _push(self, result: RoundResult) -> None:
        while True:
            batch = await asyncio.to_thread(self._next_batch)
            if not batch:
                return
            answers = await self.api.push([Mutation.model_validate(m.wire()) for m in batch])
            settled = [self._answer(m, a) for m, a in zip(batch, answers, strict=True)]
            await asyncio.to_thread(local_writes.settle, self.cache, settled)
            result.pushed += len(batch)
            for answer in settled:
                if answer.message:
                    self._tell(result, answer.message)
            self.status.set_pending(await asyncio.to_thread(self._pending_count))
            self.status.announce(frozenset(self._entities_of(batch)))

    def _next_batch(self) -> list[PendingMutation]:
        with self.cache.read() as conn:
            return outbox.pending(conn, limit=self.push_batch)

    @staticmethod
    def _answer(mutation: PendingMutation, result: MutationResult) -> local_writes.Answer:
        message = None
        if result.status != "applied":
            why = result.detail or "the server refused it"
            message = f"{mutation.summary}: not applied, {why}"
        return local_writes.Answer(
            mutation_id=str(result.id),
            status=result.status.value,
            entity=result.entity,
            message=message,
        )

    @staticmethod
    def _entities_of(batch: Sequence[PendingMutation]) -> set[str]:
        """What a pushed batch may have changed in the cache: the entities its effects
        touched (their undo snapshots), the entity each answer carries, and the mutation
        types' first word ("pool", "linkedin") for views that listen by feature."""
        names = {m.type.split(".", 1)[0] for m in batch}
        for m in batch:
            names.update(ENTITY_BY_TABLE[e["table"]].entity for e in m.undo)
            entity = optimistic.RESULT_ENTITY.get(m.type)
            if entity is not None:
                names.add(entity)
        return names

    # --- Pull ------------------------------------------------------------------------------

    async def _pull(self, result: RoundResult) -> None:
        cursor, bulk = await asyncio.to_thread(self._pull_start)
        pull = _Pull(bulk)
        if bulk:
            await asyncio.to_thread(self.cache.bulk_load, True)
        try:
            with _bulk_pace() if bulk else contextlib.nullcontext():
                await self._pull_pages(result, cursor, pull)
        finally:
            if pull.checkpointing is not None:
                await asyncio.gather(pull.checkpointing, return_exceptions=True)
            if bulk:
                await asyncio.to_thread(self.cache.bulk_load, False)
        if pull.bulk:
            await asyncio.to_thread(apply.finish_bulk_load, self.cache)
        self.status.announce(frozenset(pull.changed))

    async def _pull_pages(self, result: RoundResult, cursor: str | None, pull: "_Pull") -> None:
        # Three stages at once, each on its own: the server makes the next pages (each asked
        # for as soon as the previous answer came: its cursor is in the headers) while this
        # process decodes one page in a worker thread and writes the one before in another.
        # Every stage is CPU-bound, and on two cores none may wait for the others to finish.
        answers: asyncio.Queue[FetchedPage | Exception] = asyncio.Queue(maxsize=2)
        fetching = asyncio.ensure_future(self._fetch_pages(cursor, answers))
        writing: asyncio.Future[None] | None = None
        try:
            while True:
                fetched = await answers.get()
                if isinstance(fetched, Exception):
                    raise fetched
                page = await asyncio.to_thread(fetched.read)
                if writing is not None:
                    await writing
                    writing = None
                if isinstance(page, ResetRequired):
                    await self._start_over(result, page.reason)
                    pull.bulk, pull.done, pull.total = True, 0, 0
                    fetching = asyncio.ensure_future(self._fetch_pages(None, answers))
                    continue
                if page.cursor != fetched.cursor or page.has_more != fetched.has_more:
                    raise BadResponse("The server's sync page contradicts its own headers.")
                writing = asyncio.ensure_future(self._write(page, pull, result))
                if not page.has_more:
                    await writing
                    writing = None
                    break
        finally:
            # Pages asked for ahead and not used: stop asking.
            fetching.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await fetching
            # A write under way always ends (it is one transaction in a worker thread), and
            # the round ends after it, whatever stopped the pull.
            if writing is not None:
                await asyncio.gather(writing, return_exceptions=True)

    async def _fetch_pages(
        self, cursor: str | None, answers: "asyncio.Queue[FetchedPage | Exception]"
    ) -> None:
        """Ask for page after page from `cursor` until the last, queued as they come (or
        the error that stopped them, raised where they are taken)."""
        while True:
            try:
                fetched = await self.api.fetch(cursor, self.page_limit)
            except Exception as error:
                await answers.put(error)
                return
            await answers.put(fetched)
            if not fetched.has_more or fetched.cursor is None:
                return
            cursor = fetched.cursor

    async def _write(self, page: FeedPage, pull: "_Pull", result: RoundResult) -> None:
        if page.total is not None:
            pull.total = page.total
        applied = await asyncio.to_thread(self._apply, page.rows, page.cursor, pull.bulk)
        pull.changed |= applied.entities
        pull.done += page.rows.count
        result.pulled += page.rows.count
        if pull.bulk:
            self.status.set_progress(pull.done, max(pull.total, pull.done))
            if pull.checkpointing is None or pull.checkpointing.done():
                # The log copied into the file by another thread while the next pages come.
                pull.checkpointing = asyncio.ensure_future(
                    asyncio.to_thread(self.cache.checkpoint_aside)
                )

    async def _start_over(self, result: RoundResult, reason: str) -> None:
        result.resets += 1
        if result.resets > MAX_RESETS_PER_ROUND:
            raise ApiError("the server keeps asking to start over; try again later")
        log.info("sync: reset required: %s", reason)
        await asyncio.to_thread(self._reset)
        self._tell(result, f"Refreshing all data from the server: {reason}")

    def _apply(self, rows: PageRows, cursor: str, bulk: bool) -> apply.Applied:
        return apply.apply_page(self.cache, rows, cursor, update_search=not bulk)

    def _pull_start(self) -> tuple[str | None, bool]:
        """The cursor, and whether this is (the rest of) a first sync."""
        with self.cache.read() as conn:
            cursor = sync_state.cursor(conn)
            first = sync_state.get(conn, StateKey.LAST_SUCCESS) is None
        return cursor, first or cursor is None

    def _reset(self) -> None:
        apply.reset(self.cache)
        with self.cache.write() as conn:
            # The next complete pull is a first sync again (bulk load, index at the end).
            sync_state.put(conn, StateKey.LAST_SUCCESS, None)
