"""Typed errors of the server's API, each with a message in words a user understands.

`str(error)` is that message: the server's own `detail` when it gave one (problem+json,
RFC 9457), else words chosen here from the status. `retryable` tells the sync engine whether
the same request may work later (the server cannot be reached, is failing, or asks to slow
down) or never will as it stands (refused, forbidden, not found, invalid).
"""

from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any, ClassVar

from pydantic import ValidationError

from recruiter_api.problems import FieldError, Problem


class ApiError(Exception):
    """The server refused a request, failed, or could not be reached.

    `status` is the HTTP status (None when no answer came), `detail` the server's words (None
    when it gave none), `problem` the whole problem+json body when there was one.
    """

    retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        detail: str | None = None,
        problem: Problem | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.detail = detail
        self.problem = problem


class Offline(ApiError):
    """No answer came: the server is down, the network is, or the connection broke."""

    retryable = True

    def __init__(self, server: str, reason: str, *, attempts: int = 1) -> None:
        super().__init__(f"The server at {server} cannot be reached: {reason}.")
        self.server = server
        self.reason = reason
        self.attempts = attempts


class Unauthorized(ApiError):
    """401: not signed in, wrong password, or a sign-in that expired or was revoked."""


class Forbidden(ApiError):
    """403: signed in, but this user may not do this."""


class NotFound(ApiError):
    """404: it does not exist, or this user may not see it."""


class Conflict(ApiError):
    """409: it changed meanwhile, or would duplicate `existing` (the entity already there)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        detail: str | None = None,
        problem: Problem | None = None,
        existing: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, status=status, detail=detail, problem=problem)
        self.existing = existing


class Invalid(ApiError):
    """400 or 422: the request is not valid; `errors` names the fields when the server did."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        detail: str | None = None,
        problem: Problem | None = None,
        errors: list[FieldError] | None = None,
    ) -> None:
        super().__init__(message, status=status, detail=detail, problem=problem)
        self.errors: list[FieldError] = errors or []


class RateLimited(ApiError):
    """429: too many requests; `retry_after` is how many seconds the server asks to wait."""

    retryable = True

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        detail: str | None = None,
        problem: Problem | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, detail=detail, problem=problem)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the server (or a proxy in front of it) failed; it may work later."""

    retryable = True


class BadResponse(ApiError):
    """The server answered, but with something this app cannot read (not its API, or a
    version of it this app does not know)."""


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a Retry-After header: delay-seconds or an HTTP date (RFC 9110
    10.2.3); None when absent or unreadable. `now` is the current Unix time."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def parse_problem(body: bytes) -> Problem | None:
    """The problem+json body of an error answer, or None when the body is not one (a proxy's
    HTML page, an empty body)."""
    try:
        return Problem.model_validate_json(body)
    except ValidationError:
        return None


def _phrase(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _fallback_message(status: int, retry_after: float | None) -> str:
    if status == 401:
        return "The server did not accept your sign-in; sign in again."
    if status == 403:
        return "You are not allowed to do this."
    if status == 404:
        return "This does not exist on the server, or you may not see it."
    if status == 409:
        return "This was changed on the server meanwhile."
    if status in (400, 422):
        return "The server refused the request as not valid."
    if status == 429:
        if retry_after is not None:
            return f"The server is busy; try again in {retry_after:.0f} seconds."
        return "The server is busy; try again in a moment."
    if status >= 500:
        return f"The server had a problem ({_phrase(status)}); try again later."
    return f"The server answered {_phrase(status)}."


def error_from_answer(status: int, body: bytes, *, retry_after: float | None = None) -> ApiError:
    """The typed error for an error answer: its status, and its problem+json body if any."""
    problem = parse_problem(body)
    detail = problem.detail if problem is not None else None
    message = detail or _fallback_message(status, retry_after)
    fields: dict[str, Any] = {"status": status, "detail": detail, "problem": problem}
    if status == 401:
        return Unauthorized(message, **fields)
    if status == 403:
        return Forbidden(message, **fields)
    if status == 404:
        return NotFound(message, **fields)
    if status == 409:
        existing = problem.existing if problem is not None else None
        return Conflict(message, existing=existing, **fields)
    if status in (400, 422):
        errors = problem.errors if problem is not None else None
        return Invalid(message, errors=errors, **fields)
    if status == 429:
        return RateLimited(message, retry_after=retry_after, **fields)
    if status >= 500:
        return ServerError(message, **fields)
    return ApiError(message, **fields)


def unreadable(what: str, error: ValueError) -> BadResponse:
    """A 2xx answer whose body is not what the API promises."""
    return BadResponse(
        f"The server's answer to {what} could not be read; is this a Recruiter server of a "
        f"version this app knows? ({type(error).__name__})"
    )
