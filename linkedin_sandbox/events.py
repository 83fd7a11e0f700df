"""Push events to the customer's CALLBACK_URL: signing, the challengeCode validation, and the
background loop that delivers them with retries and backoff.

A push body is `{"id": EVENT_ID, "type": TYPE}` and nothing more: the ATS fetches the rest by
that id. The header `X-LI-Signature: hmacsha256=<hex>` is the HMAC-SHA256 of the exact body
bytes. Before the first push to a URL, a GET `?challengeCode=UUID&applicationId=N` must be
answered with `{"challengeCode": UUID, "challengeResponse": hex HMAC-SHA256(UUID)}`.
"""

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import Connection, func, insert, select, update

from linkedin_sandbox import db
from linkedin_sandbox.settings import SandboxSettings
from linkedin_sandbox.world import CustomerApp, app_by_id

log = logging.getLogger("linkedin_sandbox.events")

EXPORT_CANDIDATE_PROFILE = "EXPORT_CANDIDATE_PROFILE"
INTEGRATION_STATUS_CHANGE = "INTEGRATION_STATUS_CHANGE"

PENDING = "PENDING"
DELIVERED = "DELIVERED"
FAILED = "FAILED"


def hmac_hex(message: bytes, secret: str) -> str:
    """Hex HMAC-SHA256, the digest of both the push signature and the challenge response."""
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def push_body(event_id: str, event_type: str) -> bytes:
    return json.dumps({"id": event_id, "type": event_type}, separators=(",", ":")).encode()


def signature_header(body: bytes, secret: str) -> str:
    """The value of X-LI-Signature for this body."""
    return f"hmacsha256={hmac_hex(body, secret)}"


def signing_secret(settings: SandboxSettings, app: CustomerApp) -> str:
    if settings.push_signed_with == "application":
        return app.client_secret
    return settings.partner_client_secret


def callback_url(conn: Connection, app_id: int) -> str | None:
    """The app's CALLBACK_URL; LinkedIn keeps one per customer, whichever integration holds it."""
    query = (
        select(db.configurations.c.value)
        .where(db.configurations.c.app_id == app_id)
        .where(db.configurations.c.name == "CALLBACK_URL")
        .order_by(db.configurations.c.integration_type)
    )
    return conn.execute(query).scalar()


def callback_state(conn: Connection, app_id: int) -> tuple[str | None, bool]:
    """The app's CALLBACK_URL and whether it has passed the challenge."""
    url = callback_url(conn, app_id)
    if url is None:
        return None, False
    query = (
        select(db.validated_callbacks)
        .where(db.validated_callbacks.c.app_id == app_id)
        .where(db.validated_callbacks.c.url == url)
    )
    return url, conn.execute(query).first() is not None


def enqueue(
    conn: Connection,
    app_id: int,
    event_type: str,
    now: int,
    *,
    event_id: str | None = None,
    detail: Any = None,
) -> str:
    """Records an event to push; the deliverer sends it once notified (or within a second)."""
    new_id = event_id or str(uuid.uuid4())
    conn.execute(
        insert(db.events).values(
            id=new_id,
            app_id=app_id,
            type=event_type,
            status=PENDING,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            detail=detail,
        )
    )
    return new_id


def event_json(conn: Connection, row: Any) -> dict[str, Any]:
    """An event and its delivery attempts, as /sandbox/events shows them."""
    attempts = conn.execute(
        select(db.event_attempts)
        .where(db.event_attempts.c.event_id == row.id)
        .order_by(db.event_attempts.c.id)
    )
    return {
        "id": row.id,
        "type": row.type,
        "application": f"urn:li:developerApplication:{row.app_id}",
        "status": row.status,
        "attempts": row.attempts,
        "nextAttemptAt": row.next_attempt_at,
        "lastError": row.last_error,
        "createdAt": row.created_at,
        "deliveredAt": row.delivered_at,
        "deliveries": [
            {
                "at": a.attempted_at,
                "step": a.step,
                "url": a.url,
                "statusCode": a.status_code,
                "ok": a.ok,
                "error": a.error,
            }
            for a in attempts
        ],
    }


@dataclass(frozen=True)
class _Outcome:
    """One step of one delivery attempt; `error` None means it went well."""

    step: str  # challenge or push
    url: str | None
    status_code: int | None
    error: str | None = None


@dataclass(frozen=True)
class _Due:
    id: str
    app_id: int
    type: str
    attempts: int


class Deliverer:
    """Delivers pending events in a task of the server's event loop.

    Started by the app's lifespan, and also on the first request, so that a server run with
    lifespan off (as some test helpers do) still delivers. Endpoints run in worker threads and
    wake it through `notify()`.
    """

    def __init__(self, store: db.Store, settings: SandboxSettings) -> None:
        self._store = store
        self._settings = settings
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    def ensure_started(self) -> None:
        """Starts the loop's task if it is not running; call on the event loop."""
        if self._task is not None and not self._task.done():
            return
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._task = self._loop.create_task(self._run(), name="linkedin-sandbox-push")

    def notify(self) -> None:
        """Wakes the loop now rather than at its next tick; safe from any thread."""
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(wake.set)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        wake = self._wake
        if wake is None:
            return
        async with httpx.AsyncClient(timeout=self._settings.push_timeout_seconds) as client:
            while True:
                wait = 1.0
                try:
                    for due in await asyncio.to_thread(self._due_events):
                        await self._attempt(client, due)
                    wait = await asyncio.to_thread(self._seconds_to_next)
                except Exception:
                    # A bug here must not stop every later delivery: log it and go on.
                    log.exception("the push loop failed; trying again in a second")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout=wait)
                wake.clear()

    def _due_events(self) -> list[_Due]:
        now = db.now_ms()
        query = (
            select(db.events)
            .where(db.events.c.status == PENDING)
            .where(db.events.c.next_attempt_at <= now)
            .order_by(db.events.c.next_attempt_at, db.events.c.created_at)
        )
        with self._store.read() as conn:
            return [_Due(r.id, r.app_id, r.type, r.attempts) for r in conn.execute(query)]

    def _seconds_to_next(self) -> float:
        query = select(func.min(db.events.c.next_attempt_at)).where(db.events.c.status == PENDING)
        with self._store.read() as conn:
            soonest: int | None = conn.execute(query).scalar()
        if soonest is None:
            return 1.0
        return min(1.0, max(0.0, (soonest - db.now_ms()) / 1000))

    async def _attempt(self, client: httpx.AsyncClient, due: _Due) -> None:
        with self._store.read() as conn:
            app = app_by_id(conn, due.app_id)
            url, validated = callback_state(conn, due.app_id)
        if app is None or url is None:
            await self._failed(due, _Outcome("push", None, None, "no CALLBACK_URL set"))
            return
        secret = signing_secret(self._settings, app)
        if not validated:
            outcome = await self._challenge(client, url, app, secret)
            if outcome.error is not None:
                await self._failed(due, outcome)
                return
            await asyncio.to_thread(self._validated, due, app.id, outcome)
        body = push_body(due.id, due.type)
        headers = {
            "Content-Type": "application/json",
            "X-LI-Signature": signature_header(body, secret),
        }
        try:
            answer = await client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            await self._failed(due, _Outcome("push", url, None, _describe(exc)))
            return
        if 200 <= answer.status_code < 300:
            await asyncio.to_thread(self._delivered, due, _Outcome("push", url, answer.status_code))
        else:
            error = f"the callback answered {answer.status_code}"
            await self._failed(due, _Outcome("push", url, answer.status_code, error))

    async def _challenge(
        self, client: httpx.AsyncClient, url: str, app: CustomerApp, secret: str
    ) -> _Outcome:
        """The challengeCode validation: proves the callback holds the secret."""
        code = str(uuid.uuid4())
        params = {"challengeCode": code, "applicationId": str(app.id)}
        try:
            answer = await client.get(url, params=params)
        except httpx.HTTPError as exc:
            return _Outcome("challenge", url, None, f"challenge: {_describe(exc)}")
        status = answer.status_code
        if status != 200:
            return _Outcome("challenge", url, status, f"challenge: the callback answered {status}")
        try:
            data = answer.json()
        except ValueError:
            return _Outcome("challenge", url, status, "challenge: the answer is not JSON")
        expected = hmac_hex(code.encode(), secret)
        if not isinstance(data, dict) or data.get("challengeCode") != code:
            return _Outcome("challenge", url, status, "challenge: the answer lacks challengeCode")
        if not hmac.compare_digest(str(data.get("challengeResponse", "")), expected):
            error = "challenge: challengeResponse is not the HMAC-SHA256 of the code"
            return _Outcome("challenge", url, status, error)
        return _Outcome("challenge", url, status)

    def _record(self, conn: Connection, due: _Due, outcome: _Outcome) -> None:
        conn.execute(
            insert(db.event_attempts).values(
                event_id=due.id,
                attempted_at=db.now_ms(),
                step=outcome.step,
                url=outcome.url,
                status_code=outcome.status_code,
                ok=outcome.error is None,
                error=outcome.error,
            )
        )

    def _validated(self, due: _Due, app_id: int, outcome: _Outcome) -> None:
        with self._store.write() as conn:
            self._record(conn, due, outcome)
            conn.execute(
                insert(db.validated_callbacks)
                .prefix_with("OR REPLACE")
                .values(app_id=app_id, url=outcome.url, validated_at=db.now_ms())
            )

    def _delivered(self, due: _Due, outcome: _Outcome) -> None:
        now = db.now_ms()
        with self._store.write() as conn:
            self._record(conn, due, outcome)
            conn.execute(
                update(db.events)
                .where(db.events.c.id == due.id)
                .values(
                    status=DELIVERED,
                    attempts=due.attempts + 1,
                    delivered_at=now,
                    next_attempt_at=None,
                    last_error=None,
                )
            )

    async def _failed(self, due: _Due, outcome: _Outcome) -> None:
        await asyncio.to_thread(self._store_failure, due, outcome)

    def _store_failure(self, due: _Due, outcome: _Outcome) -> None:
        """Counts a failed attempt: retried after a doubling wait until attempts run out."""
        attempts = due.attempts + 1
        now = db.now_ms()
        if attempts >= self._settings.push_max_attempts:
            values: dict[str, Any] = {"status": FAILED, "next_attempt_at": None}
        else:
            delay = self._settings.push_backoff_seconds * 2 ** (attempts - 1)
            values = {"next_attempt_at": now + int(delay * 1000)}
        with self._store.write() as conn:
            self._record(conn, due, outcome)
            conn.execute(
                update(db.events)
                .where(db.events.c.id == due.id)
                .values(attempts=attempts, last_error=outcome.error, **values)
            )


def _describe(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "the callback did not answer in time"
    if isinstance(exc, httpx.ConnectError):
        return "cannot connect to the callback"
    return f"{type(exc).__name__}: {exc}"
