"""The client of the ATS server's HTTP API (DESIGN.md, "Stable interfaces").

Every call goes through one path that retries what may work a moment later (no connection,
a connection cut mid-answer, 5xx, 429) with jittered exponential backoff, refreshes the access
token once on a 401, and turns every refusal into a typed error of `services.errors` with a
message in words. What the server refuses (4xx other than 401 and 429) is never retried.
"""

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar
from urllib.parse import urlsplit

import httpx
import orjson
from pydantic import BaseModel, ValidationError

from recruiter_api.auth import RefreshRequest, TokenPair
from recruiter_api.entities import Me
from recruiter_api.enums import FeedShape
from recruiter_api.sync import (
    CURSOR_HEADER,
    HAS_MORE_HEADER,
    Mutation,
    MutationResult,
    MutationResults,
    ResetRequired,
)
from recruiter_desktop.services.errors import (
    BadResponse,
    Offline,
    Unauthorized,
    error_from_answer,
    parse_retry_after,
    unreadable,
)
from recruiter_desktop.store import feed_page
from recruiter_desktop.store.feed_page import BadPage, PageRows

log = logging.getLogger("recruiter.desktop.api")

API = "/api/v1"
# A sync page of 5,000 changes is a few MB the server renders in one go: reading may take a
# while on a slow link, connecting never should.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
# Server errors that no retry changes (not implemented, HTTP version not supported).
_NOT_RETRIED_5XX = frozenset({501, 505})
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

M = TypeVar("M", bound=BaseModel)
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try before giving up: `attempts` in all (the first one included); waits of
    `base_delay` doubling up to `max_delay`, each drawn in [half, whole] so that clients cut
    off together do not come back together; a Retry-After longer than `max_retry_after` is
    not waited for but raised (`RateLimited.retry_after`) for the caller to schedule."""

    attempts: int = 5
    base_delay: float = 0.2
    max_delay: float = 5.0
    max_retry_after: float = 30.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("A retry policy needs at least one attempt.")

    def backoff(self, retry: int, draw: float) -> float:
        """Seconds to wait before retry number `retry` (1 for the first); `draw` in [0, 1)."""
        delay = min(self.max_delay, self.base_delay * 2.0 ** (retry - 1))
        return delay * (0.5 + draw / 2)


class TokenSource(Protocol):
    """Where the client gets its access token (AuthService)."""

    async def access_token(self) -> str | None:
        """The current access token, refreshed first when it has expired; None when signed
        out."""

    async def refresh_after_rejection(self, rejected: str) -> str:
        """A fresh access token after the server refused `rejected`; raises Unauthorized when
        the sign-in cannot be renewed."""


@dataclass(frozen=True)
class FeedPage:
    """A page of the pull feed, read from its rows shape and grouped for the cache.
    `rows.skipped` counts changes of entities this version of the app does not know (a
    newer server's), left out rather than failing the page."""

    rows: PageRows
    cursor: str
    has_more: bool
    # First page of a pull from the start only: how many changes the whole pull sends.
    total: int | None


def normalize_server_url(url: str) -> str:
    """The server's address in one spelling (scheme and host lower-case, no trailing slash),
    used as the server's name in the keyring and in messages."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"{url!r} is not a server address: write it as http://host:port or https://host."
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{url!r} is not a server address: leave out ?, # and user names.")
    host = parts.netloc.lower()
    return f"{parts.scheme.lower()}://{host}{parts.path.rstrip('/')}"


def _reason(error: httpx.TransportError) -> str:
    """Why no answer came, in words."""
    if isinstance(error, httpx.ConnectTimeout):
        return "it did not accept a connection in time"
    if isinstance(error, httpx.ConnectError):
        return "no connection could be made (is it running, and is the address right?)"
    if isinstance(error, httpx.PoolTimeout):
        return "too many requests were already waiting for it"
    if isinstance(error, httpx.TimeoutException):
        return "it stopped answering"
    if isinstance(error, httpx.RemoteProtocolError):
        return "the connection was cut before the answer was complete"
    if isinstance(error, httpx.ProxyError):
        return "the proxy in between refused the connection"
    return "the connection broke"


def _was_not_sent(error: httpx.TransportError) -> bool:
    """The request never reached the server, so even a request that is not idempotent may
    be sent again."""
    return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


@dataclass(frozen=True)
class FetchedPage:
    """A page of the feed as received: `cursor` and `has_more` come from its headers (None
    and False for an answer without them, such as reset_required)."""

    body: bytes
    cursor: str | None
    has_more: bool

    def read(self) -> FeedPage | ResetRequired:
        """Decode and group the page (tens of milliseconds: call it off the GUI thread)."""
        return _parse_feed(self.body)


def _parse_feed(body: bytes) -> FeedPage | ResetRequired:
    # orjson, and no model a change: a first sync is a million rows, and validating each
    # with pydantic took longer than the server takes to send it. feed_page.group checks
    # each change's form while grouping instead.
    try:
        document = decode_page(body)
        if not isinstance(document, dict):
            raise BadPage("The answer is not a JSON object.")
        if document.get("reset_required") is True:
            return ResetRequired.model_validate(document)
        cursor, has_more, total = document["cursor"], document["has_more"], document.get("total")
        if not isinstance(cursor, str) or not isinstance(has_more, bool):
            raise BadPage("The page has no cursor.")
        if document.get("shape") != FeedShape.ROWS.value:
            raise BadPage("The page is not in the rows shape.")
        rows = feed_page.group(document["fields"], document["changes"])
    except (ValueError, KeyError, TypeError) as error:  # JSONDecodeError, BadPage, Validation
        raise unreadable("a sync pull", ValueError(repr(error))) from error
    if rows.skipped:
        log.warning("sync page: left out changes of unknown entities %s", dict(rows.skipped))
    return FeedPage(rows, cursor, has_more, total if isinstance(total, int) else None)


# How much of a page's changes is decoded at a time (~750 changes, ~1.5 ms).
_DECODED_AT_ONCE = 256 * 1024


def decode_page(body: bytes) -> Any:
    """The page's JSON document. A page laid out as the rows shape sends it (its head, each
    change and its tail on lines of their own: recruiter_server.sync.feed.Page) is decoded
    a few hundred changes at a time, so that the interpreter lock is let go between them:
    orjson holds it for a whole document, and a page of 5,000 changes (1.7 MB) would keep
    the window from drawing for 10-20 ms. Any other answer is decoded whole."""
    head, _, rest = body.partition(b"\n")
    changes, _, tail = rest.rpartition(b"\n")
    if not (head.endswith(b'"changes":[') and tail.startswith(b"],")):
        return orjson.loads(body)
    document = orjson.loads(head + tail)
    decoded: list[Any] = []
    start = 0
    while start < len(changes):
        end = changes.find(b"\n", start + _DECODED_AT_ONCE)
        end = len(changes) if end < 0 else end
        # Whole lines, each change but the page's last followed by a comma.
        decoded.extend(orjson.loads(b"[" + changes[start:end].rstrip(b",") + b"]"))
        start = end + 1
    if isinstance(document, dict):
        document["changes"] = decoded
    return document


def _model(model: type[M], response: httpx.Response, what: str) -> M:
    try:
        return model.model_validate_json(response.content)
    except ValidationError as error:
        raise unreadable(what, error) from error


class ApiClient:
    """Async client of one ATS server.

    `retry` and `sleep` make the waits between attempts configurable (tests pass a `sleep`
    that records and returns at once); `jitter` draws in [0, 1). Requests that need a
    signed-in user take their access token from the `TokenSource` given to `use_tokens`
    (AuthService does that itself). Close with `aclose()` or use `async with`.
    """

    def __init__(
        self,
        base_url: str,
        *,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        sleep: Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.base_url = normalize_server_url(base_url)
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._jitter = jitter
        self._tokens: TokenSource | None = None
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=timeout,
            headers={"Accept": "application/json", "User-Agent": "recruiter-desktop"},
        )

    def use_tokens(self, tokens: TokenSource | None) -> None:
        """Sign requests with this source's access tokens (None: send them anonymously)."""
        self._tokens = tokens

    async def aclose(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # The API ------------------------------------------------------------------------------

    async def health(self) -> None:
        """One quick probe of the server, without retries (for online detection): returns
        when it answers healthy, raises Offline or ServerError when it does not."""
        await self._call("GET", "/healthz", authenticated=False, attempts=1)

    async def sign_in(self, email: str, password: str) -> TokenPair:
        """Sign in with e-mail and password: Unauthorized in the server's words when they
        are wrong, RateLimited after too many failures."""
        form = {"username": email, "password": password, "grant_type": "password"}
        # Sent again after a cut connection, a sign-in opens a second session; the first is
        # never used and expires, which is better than failing the user's sign-in.
        response = await self._call("POST", f"{API}/auth/token", form=form, authenticated=False)
        return _model(TokenPair, response, "signing in")

    async def refresh(self, refresh_token: str) -> TokenPair:
        """New tokens for a refresh token, which is used up (the server rotates it; a retry
        with the same token soon after a lost answer is allowed by the server)."""
        body = RefreshRequest(refresh_token=refresh_token).model_dump_json().encode()
        response = await self._call(
            "POST", f"{API}/auth/refresh", content=body, authenticated=False
        )
        return _model(TokenPair, response, "renewing the sign-in")

    async def sign_out(self) -> None:
        """End this session on the server (its access and refresh tokens stop working)."""
        await self._call("POST", f"{API}/auth/logout")

    async def me(self) -> Me:
        """The signed-in user and the roles they hold on jobs."""
        return _model(Me, await self._call("GET", f"{API}/me"), "who is signed in")

    async def pull(self, cursor: str | None, limit: int) -> FeedPage | ResetRequired:
        """One page of the changes since `cursor` (None: from the start), or ResetRequired
        when the cache must be rebuilt from the start."""
        fetched = await self.fetch(cursor, limit)
        # Decoding a page of thousands of changes takes tens of milliseconds: off the event
        # loop, which in the app is the GUI thread.
        return await asyncio.to_thread(fetched.read)

    async def fetch(self, cursor: str | None, limit: int) -> "FetchedPage":
        """`pull` in two steps: the page as received (its next cursor already known from
        the answer's headers, so the next page can be asked for at once), then `read()`."""
        params: dict[str, str | int] = {"limit": limit, "shape": FeedShape.ROWS.value}
        if cursor is not None:
            params["cursor"] = cursor
        response = await self._call("GET", f"{API}/sync/changes", params=params)
        next_cursor = response.headers.get(CURSOR_HEADER)
        has_more = response.headers.get(HAS_MORE_HEADER) == "true"
        body = response.content
        # An httpx response and its stream refer to each other, so only the cyclic garbage
        # collector frees them, and the body with them; it is paused during a first sync
        # (sync_engine), when a hundred pages of megabytes would pile up. Read, the answer
        # needs its stream no more.
        response.stream = httpx.ByteStream(b"")
        return FetchedPage(body, next_cursor, has_more and next_cursor is not None)

    async def push(self, mutations: Sequence[Mutation]) -> list[MutationResult]:
        """Send mutations (at most recruiter_api.sync.MAX_MUTATIONS_PER_PUSH, else Invalid),
        answered one result each, in order. Retried freely: the server answers a replayed
        mutation id with its first answer and never applies it twice."""
        body = json.dumps(
            {"mutations": [m.model_dump(mode="json") for m in mutations]}, separators=(",", ":")
        ).encode()
        response = await self._call("POST", f"{API}/sync/mutations", content=body)
        results = _model(MutationResults, response, "sending changes").results
        if [r.id for r in results] != [m.id for m in mutations]:
            raise BadResponse(
                f"The server answered {len(results)} results for {len(mutations)} changes, "
                "not one for each in order; they are kept and sent again at the next sync."
            )
        return results

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json_body: Any = None,
    ) -> Any:
        """Any other endpoint of the API, signed in: the decoded JSON answer (None for an
        empty one). Requests that are not idempotent (POST, PATCH) are sent again only when
        they certainly did not reach the server."""
        method = method.upper()
        content = None if json_body is None else json.dumps(json_body).encode()
        response = await self._call(
            method,
            path,
            params=params,
            content=content,
            idempotent=method in _IDEMPOTENT_METHODS,
        )
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError as error:
            raise unreadable(f"{method} {path}", error) from error

    # The one path every call takes ---------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        content: bytes | None = None,
        form: dict[str, str] | None = None,
        authenticated: bool = True,
        idempotent: bool = True,
        attempts: int | None = None,
    ) -> httpx.Response:
        """Send with retries; on a 401, renew the access token once and send again. Returns
        a 2xx answer; raises the typed error of any other outcome."""

        async def send(token: str | None) -> httpx.Response:
            return await self._send(
                method,
                path,
                token,
                params=params,
                content=content,
                form=form,
                idempotent=idempotent,
                attempts=attempts or self.retry.attempts,
            )

        token = await self._access_token() if authenticated else None
        response = await send(token)
        if response.status_code == 401 and token is not None and self._tokens is not None:
            log.info("%s %s: access token refused, renewing it once", method, path)
            response = await send(await self._tokens.refresh_after_rejection(token))
        if response.is_success:
            return response
        raise error_from_answer(
            response.status_code,
            response.content,
            retry_after=parse_retry_after(response.headers.get("Retry-After"), now=time.time()),
        )

    async def _access_token(self) -> str:
        token = await self._tokens.access_token() if self._tokens is not None else None
        if token is None:
            raise Unauthorized("You are not signed in; sign in first.")
        return token

    async def _send(
        self,
        method: str,
        path: str,
        token: str | None,
        *,
        params: Mapping[str, str | int] | None,
        content: bytes | None,
        form: dict[str, str] | None,
        idempotent: bool,
        attempts: int,
    ) -> httpx.Response:
        """Send until an answer is final: returns it (2xx or not), or raises Offline when no
        answer came in `attempts`."""
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        if content is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(1, attempts + 1):
            last = attempt == attempts
            request = self._http.build_request(
                method, path, params=params, content=content, data=form, headers=headers
            )
            try:
                response = await self._http.send(request)
            except (httpx.LocalProtocolError, httpx.UnsupportedProtocol):
                raise  # a bug of this client, not a fault of the network
            except httpx.TransportError as error:
                reason = _reason(error)
                if last or not (idempotent or _was_not_sent(error)):
                    raise Offline(self.base_url, reason, attempts=attempt) from error
                wait = self.retry.backoff(attempt, self._jitter())
            except httpx.DecodingError as error:
                raise BadResponse(
                    f"The answer of the server at {self.base_url} arrived damaged "
                    "(it could not be decompressed)."
                ) from error
            else:
                wait_or_none = self._wait_before_retry(response, attempt, idempotent)
                if last or wait_or_none is None:
                    return response
                wait = wait_or_none
                reason = f"it answered {response.status_code}"
            log.info(
                "%s %s: %s; attempt %d of %d in %.2f s",
                method,
                path,
                reason,
                attempt + 1,
                attempts,
                wait,
            )
            await self._sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _wait_before_retry(
        self, response: httpx.Response, attempt: int, idempotent: bool
    ) -> float | None:
        """Seconds to wait before sending again, or None when this answer is final."""
        status = response.status_code
        # 429 and 503 say the request was not processed: safe to send again whatever it was.
        not_processed = status in (429, 503)
        passing_fault = status >= 500 and status not in _NOT_RETRIED_5XX and idempotent
        if not (not_processed or passing_fault):
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"), now=time.time())
        if retry_after is None:
            return self.retry.backoff(attempt, self._jitter())
        if retry_after > self.retry.max_retry_after:
            return None  # the caller gets RateLimited/ServerError and schedules it
        return retry_after
