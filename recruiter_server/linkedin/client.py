"""The HTTP client of LinkedIn's partner API (Recruiter System Connect), against
RECRUITER_LINKEDIN_BASE_URL: the sandbox in demo and tests, api.linkedin.com in production.

- Tokens: client credentials of the partner app and of the customer's (child) app, cached
  per client id and reused until a minute before they expire (LinkedIn's last 30 minutes).
- Writes go in Rest.li batches of at most `BATCH_LIMIT` records.
- A 429 waits as long as Retry-After says and tries again; a 5xx or a network failure waits
  longer each time; after `linkedin_max_retries` the call fails with LinkedInUnavailable.
  Any other 4xx is LinkedInRefused with LinkedIn's own message.
"""

import logging
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from recruiter_server.config import Settings
from recruiter_server.linkedin.errors import (
    LinkedInNotConfigured,
    LinkedInRefused,
    LinkedInUnavailable,
)

log = logging.getLogger("recruiter.linkedin")

BATCH_LIMIT = 100
# A Retry-After longer than this is not waited out inside a request: the work is retried later.
_LONGEST_WAIT_SECONDS = 30.0
# A cached token is renewed this long before it expires.
_TOKEN_MARGIN_SECONDS = 60.0

T = TypeVar("T")


def batches(items: Sequence[T], size: int = BATCH_LIMIT) -> Iterator[Sequence[T]]:
    """`items` in slices of at most `size` (LinkedIn's batch limit)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def key_text(fields: Mapping[str, str]) -> str:
    """A Rest.li compound key in the 1.0 form that batch bodies use: `a=1&b=urn:li:x:2`."""
    return "&".join(f"{name}={value}" for name, value in fields.items())


def key_path(fields: Mapping[str, str]) -> str:
    """A compound key as a path segment (Rest.li 2.0): `(a:1,b:urn%3Ali%3Ax%3A2)`."""
    return "(" + ",".join(f"{name}:{quote(value, safe='')}" for name, value in fields.items()) + ")"


def ids_params(keys: Sequence[Mapping[str, str]]) -> list[tuple[str, str]]:
    """Compound keys as the `ids[0].a=1&ids[0].b=2` query parameters of a batch call."""
    return [
        (f"ids[{i}].{name}", value) for i, key in enumerate(keys) for name, value in key.items()
    ]


@dataclass(frozen=True)
class Credentials:
    client_id: str
    client_secret: str


class LinkedInClient:
    """One client per server process; thread-safe (routes and the worker share it)."""

    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self._http = httpx.Client(
            base_url=settings.linkedin_base_url.rstrip("/"),
            timeout=settings.linkedin_timeout_seconds,
            transport=transport,
            headers={"X-Restli-Protocol-Version": "2.0.0"},
        )
        self._tokens: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._http.close()

    @property
    def base_url(self) -> str:
        return str(self._http.base_url).rstrip("/")

    # --- Credentials ------------------------------------------------------------------

    def partner(self) -> Credentials:
        """The partner application's credentials (RECRUITER_LINKEDIN_CLIENT_ID/_SECRET)."""
        secret = self.settings.linkedin_client_secret.get_secret_value()
        if not self.settings.linkedin_client_id or not secret:
            raise LinkedInNotConfigured(
                "This server has no LinkedIn partner application: set "
                "RECRUITER_LINKEDIN_CLIENT_ID and RECRUITER_LINKEDIN_CLIENT_SECRET and restart it."
            )
        return Credentials(self.settings.linkedin_client_id, secret)

    def app_token(self, credentials: Credentials) -> str:
        """A client-credentials token of this application, from the cache while it lasts."""
        with self._lock:
            cached = self._tokens.get(credentials.client_id)
            if cached is not None and cached[1] > time.monotonic():
                return cached[0]
        answer = self._send(
            "POST",
            "/oauth/v2/accessToken",
            data={
                "grant_type": "client_credentials",
                "client_id": credentials.client_id,
                "client_secret": credentials.client_secret,
            },
            what="get an access token",
        )
        token = str(answer["access_token"])
        lifetime = float(answer.get("expires_in", 1800))
        with self._lock:
            self._tokens[credentials.client_id] = (
                token,
                time.monotonic() + max(lifetime - _TOKEN_MARGIN_SECONDS, lifetime / 2),
            )
        return token

    def forget_token(self, credentials: Credentials) -> None:
        with self._lock:
            self._tokens.pop(credentials.client_id, None)

    def exchange_code(
        self, credentials: Credentials, code: str, redirect_uri: str
    ) -> dict[str, Any]:
        """A member's tokens for the code LinkedIn's sign-in redirected with."""
        return self._send(
            "POST",
            "/oauth/v2/accessToken",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": credentials.client_id,
                "client_secret": credentials.client_secret,
            },
            what="finish the LinkedIn sign-in",
        )

    def refresh_member_token(self, credentials: Credentials, refresh_token: str) -> dict[str, Any]:
        return self._send(
            "POST",
            "/oauth/v2/accessToken",
            data={
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": credentials.client_id,
                "client_secret": credentials.client_secret,
            },
            what="renew a LinkedIn sign-in",
        )

    def revoke(self, credentials: Credentials, token: str) -> None:
        self._send(
            "POST",
            "/oauth/v2/revoke",
            data={
                "token": token,
                "client_id": credentials.client_id,
                "client_secret": credentials.client_secret,
            },
            what="sign out of LinkedIn",
        )

    def authorization_url(self, client_id: str, redirect_uri: str, state: str) -> str:
        query = httpx.QueryParams(
            {
                "response_type": "code",
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "state": state,
                "scope": "r_liteprofile r_emailaddress rsc_contracts",
            }
        )
        return f"{self.base_url}/oauth/v2/authorization?{query}"

    # --- Calls ------------------------------------------------------------------------

    def call(
        self,
        method: str,
        path: str,
        *,
        app: Credentials | None = None,
        member_token: str | None = None,
        params: Any = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        what: str,
    ) -> dict[str, Any]:
        """One API call with the app's token (renewed once if LinkedIn finds it expired) or a
        member's token. `what` completes error messages: "list the contracts"."""
        if app is None and member_token is None:
            raise ValueError("a call needs an application or a member token")
        for attempt in range(2):
            token = member_token if member_token is not None else self.app_token(app)  # type: ignore[arg-type]
            try:
                return self._send(
                    method,
                    path,
                    params=params,
                    json=json,
                    headers={**(headers or {}), "Authorization": f"Bearer {token}"},
                    what=what,
                )
            except LinkedInRefused as exc:
                if exc.status_code != 401 or app is None or attempt:
                    raise
                self.forget_token(app)
        raise AssertionError("unreachable")

    def finder(
        self,
        path: str,
        *,
        app: Credentials | None = None,
        member_token: str | None = None,
        params: Mapping[str, Any],
        what: str,
        page_size: int = 100,
    ) -> list[dict[str, Any]]:
        """Every element of a finder, page after page."""
        elements: list[dict[str, Any]] = []
        start = 0
        while True:
            page = self.call(
                "GET",
                path,
                app=app,
                member_token=member_token,
                params={**params, "start": start, "count": page_size},
                what=what,
            )
            found = page.get("elements", [])
            elements.extend(found)
            total = page.get("paging", {}).get("total")
            start += len(found)
            if not found or total is None or start >= int(total):
                return elements

    def _send(
        self,
        method: str,
        path: str,
        *,
        what: str,
        params: Any = None,
        json: Any = None,
        data: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        retries = self.settings.linkedin_max_retries
        for attempt in range(retries + 1):
            try:
                response = self._http.request(
                    method, path, params=params, json=json, data=data, headers=headers
                )
            except httpx.HTTPError as exc:
                if attempt == retries:
                    raise LinkedInUnavailable(
                        f"Could not {what}: LinkedIn cannot be reached at {self.base_url} "
                        f"({_network_words(exc)}). Check the server's network and "
                        "RECRUITER_LINKEDIN_BASE_URL, then try again."
                    ) from exc
                time.sleep(_backoff(attempt))
                continue
            status = response.status_code
            if status < 400:
                return _json(response)
            message = _linkedin_message(response)
            if status == 429 or status >= 500:
                wait = _retry_after(response, attempt)
                if attempt == retries or wait > _LONGEST_WAIT_SECONDS:
                    why = "is throttling this server" if status == 429 else f"failed ({status})"
                    raise LinkedInUnavailable(
                        f"Could not {what}: LinkedIn {why}: {message}. The server tries again "
                        "later by itself; nothing is lost."
                    )
                log.info(
                    "LinkedIn answered %s to %s %s; retrying in %.1f s", status, method, path, wait
                )
                time.sleep(wait)
                continue
            raise LinkedInRefused(
                f"Could not {what}: LinkedIn refused ({status}): {message}", status, message
            )
        raise AssertionError("unreachable")


def _json(response: httpx.Response) -> dict[str, Any]:
    if not response.content:
        return {}
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {"elements": body}


def _linkedin_message(response: httpx.Response) -> str:
    body = _json(response)
    for key in ("message", "error_description", "error"):
        if isinstance(body.get(key), str) and body[key]:
            return str(body[key])
    return response.reason_phrase or f"status {response.status_code}"


def _backoff(attempt: int) -> float:
    return float(min(0.5 * 2**attempt, 8.0))


def _retry_after(response: httpx.Response, attempt: int) -> float:
    header = response.headers.get("Retry-After", "")
    try:
        return max(float(header), 0.0)
    except ValueError:
        return _backoff(attempt)


def _network_words(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "it did not answer in time"
    if isinstance(exc, httpx.ConnectError):
        return "the connection was refused or the name is unknown"
    return type(exc).__name__
