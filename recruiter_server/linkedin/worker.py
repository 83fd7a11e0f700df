"""The LinkedIn work that runs in the background, in one thread of each server process: the
historical sync after the integration is enabled, the status poll while the setup waits on
LinkedIn (in case a push is lost), the In-ATS indicator push and the contract-level pull.

It wakes every RECRUITER_LINKEDIN_WORKER_SECONDS, and at once when something asks (a push
arrived, the integration was enabled). With several server processes on PostgreSQL each kind
of job runs in one process at a time (a PostgreSQL advisory lock held while it runs), and the
pull's schedule is read again under the lock, so a pull is made once every interval.
"""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from recruiter_api.enums import HistorySyncState, LinkedInFeature, LinkedInLevel, LinkedInState
from recruiter_api.linkedin import PullResult, PushResult
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.db.locks import try_lock
from recruiter_server.db.types import utcnow
from recruiter_server.domain.errors import Conflict, DomainError
from recruiter_server.domain.linkedin.integration import connection, integration, is_on
from recruiter_server.linkedin import indicator, pulls
from recruiter_server.linkedin.client import LinkedInClient
from recruiter_server.linkedin.context import Context
from recruiter_server.linkedin.setup import WATCHED, refresh_status

log = logging.getLogger("recruiter.linkedin")

HISTORY_LOCK = "linkedin-history"
OUTBOX_LOCK = "linkedin-outbox"
PULL_LOCK = "linkedin-pull"


@contextmanager
def exclusive(ctx: Context, name: str) -> Iterator[bool]:
    """True while this process alone runs the job `name` (across processes on PostgreSQL,
    across threads here); False when someone else is running it."""
    lock = ctx.locks.setdefault(name, threading.Lock())
    if not lock.acquire(blocking=False):
        yield False
        return
    try:
        with ctx.db.read_session() as holder:
            if not try_lock(holder, name):
                yield False
                return
            yield True
    finally:
        lock.release()


class LinkedInService:
    """The LinkedIn side of one server process: its context and its background thread."""

    def __init__(
        self, settings: Settings, db: Database, client: LinkedInClient | None = None
    ) -> None:
        self.ctx = Context(settings, db, client or LinkedInClient(settings))
        self.ctx.wake = self.wake
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="linkedin-worker", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None
        self.ctx.client.close()

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.run_once()
            except Exception:
                # A bug must not stop every later round: say so and go on.
                log.exception("the LinkedIn worker failed; it tries again at its next round")
            self._wake.wait(timeout=self.ctx.settings.linkedin_worker_seconds)

    def run_once(self) -> None:
        """One round of whatever is due."""
        for step in (self._history, self._status, self._indicator, self._pull):
            if self._stop.is_set():
                return
            try:
                step()
            except DomainError as exc:
                self._note_error(exc.detail)

    def _note_error(self, message: str) -> None:
        log.warning("LinkedIn: %s", message)
        with self.ctx.db.write_session() as session:
            row = integration(session, lock=True)
            if row.last_error != message[:500]:
                row.last_error = message[:500]
            session.commit()

    # --- The jobs -----------------------------------------------------------------------

    def _history(self) -> None:
        with self.ctx.db.read_session() as session:
            if integration(session).history_state != HistorySyncState.RUNNING.value:
                return
        with exclusive(self.ctx, HISTORY_LOCK) as mine:
            if mine:
                run_history(self.ctx)

    def _status(self) -> None:
        with self.ctx.db.read_session() as session:
            row = integration(session)
            polled = connection(session).status_polled_at
            if row.state not in WATCHED:
                return
        interval = self.ctx.settings.linkedin_status_poll_seconds
        if polled is None or (utcnow() - polled).total_seconds() >= interval:
            refresh_status(self.ctx)

    def _indicator(self) -> None:
        with self.ctx.db.read_session() as session:
            if integration(session).history_state == HistorySyncState.RUNNING.value:
                return
        push_now(self.ctx)

    def _pull(self) -> None:
        if not pulls.due(self.ctx):
            return
        with exclusive(self.ctx, PULL_LOCK) as mine:
            if mine and pulls.due(self.ctx):
                pulls.pull(self.ctx)


def push_now(ctx: Context) -> PushResult:
    """Queue what changed and push the outbox (the worker's round, and "push now")."""
    with exclusive(ctx, OUTBOX_LOCK) as mine:
        if not mine:
            return PushResult(sent=0, deleted=0, failed=0, message="A push is running already.")
        while indicator.queue_changes(ctx):
            pass
        tally = indicator.drain(ctx)
    message = f"Sent {tally.sent} records to LinkedIn, deleted {tally.deleted}."
    if tally.failed:
        message += f" {tally.failed} could not be sent and are retried later: {tally.errors[0]}"
    return PushResult(sent=tally.sent, deleted=tally.deleted, failed=tally.failed, message=message)


def pull_now(ctx: Context) -> PullResult:
    """The contract-level pull on demand."""
    with exclusive(ctx, PULL_LOCK) as mine:
        if not mine:
            raise Conflict("A pull from LinkedIn is running already; wait for it to finish.")
        return pulls.pull(ctx)


def run_history(ctx: Context) -> None:
    """The historical sync: every job (closed ones of the history window too) and every
    candidate beyond Prospect sent, then at contract level the history pulled; its progress
    and end recorded on the integration's row, which every client sees."""
    with ctx.db.read_session() as session:
        row = integration(session)
        contract = row.level == LinkedInLevel.CONTRACT.value
        indicator_on = is_on(row, LinkedInFeature.IN_ATS_INDICATOR)
    try:
        with exclusive(ctx, OUTBOX_LOCK) as mine:
            queued = (
                indicator.queue_everything(ctx, ctx.settings.linkedin_history_days)
                if (mine and indicator_on)
                else 0
            )
            total = queued + (1 if contract else 0)
            _progress(ctx, 0, total, f"Sending {queued} jobs and candidates to LinkedIn.")
            tally = indicator.Tally()
            while mine:
                round_tally = indicator.drain(ctx, limit=100)
                tally.sent += round_tally.sent
                tally.failed += round_tally.failed
                tally.errors += round_tally.errors
                with ctx.db.read_session() as session:
                    waiting = indicator.pending_count(session)
                _progress(ctx, max(queued - waiting, 0), total, f"Sent {tally.sent} records.")
                if round_tally.subjects == 0:
                    break
        pulled: PullResult | None = None
        if contract:
            with exclusive(ctx, PULL_LOCK) as pulling:
                if pulling:
                    pulled = pulls.pull(ctx)
        words = f"The first sync with LinkedIn is done: {queued} jobs and candidates sent"
        if pulled is not None:
            words += (
                f"; {pulled.inmails} InMails, {pulled.notes} notes and {pulled.stub_profiles} "
                "stub profiles read"
            )
        if tally.failed:
            _finish(
                ctx,
                HistorySyncState.FAILED,
                total,
                total,
                f"{words}, but {tally.failed} could not be sent (they are retried by "
                f"themselves): {tally.errors[0]}",
            )
        else:
            _finish(ctx, HistorySyncState.DONE, total, total, words + ".")
    except DomainError as exc:
        _finish(
            ctx,
            HistorySyncState.FAILED,
            0,
            0,
            f"The sync with LinkedIn stopped: {exc.detail} Run it again from the "
            "LinkedIn integration tab.",
        )


def _progress(ctx: Context, done: int, total: int, message: str) -> None:
    with ctx.db.write_session() as session:
        row = integration(session, lock=True)
        if row.history_state == HistorySyncState.RUNNING.value:
            row.history_done = done
            row.history_total = total
            row.history_message = message
        session.commit()


def _finish(ctx: Context, state: HistorySyncState, done: int, total: int, message: str) -> None:
    with ctx.db.write_session() as session:
        row = integration(session, lock=True)
        if row.state == LinkedInState.ENABLED.value:
            row.history_state = state.value
            row.history_done = done if total else row.history_done
            row.history_total = total if total else row.history_total
            row.history_finished_at = utcnow()
            row.history_message = message[:500]
            if state is HistorySyncState.DONE and row.last_error:
                row.last_error = None
        session.commit()
