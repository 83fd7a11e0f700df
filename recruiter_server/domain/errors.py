"""Errors of the domain, each with a message in words for the user."""

from typing import Any


class DomainError(Exception):
    """Base of the errors a user can cause; `status` is the HTTP status REST answers."""

    status = 400
    title = "Bad request"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(DomainError):
    status = 404
    title = "Not found"


class Forbidden(DomainError):
    status = 403
    title = "Forbidden"


class Invalid(DomainError):
    """Well-formed input that the rules refuse (a stage of another job, a closed job...)."""

    status = 422
    title = "Unprocessable content"


class Conflict(DomainError):
    """The entity changed meanwhile; `entity` is its current public form."""

    status = 409
    title = "Conflict"

    def __init__(self, detail: str, entity: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        self.entity = entity


class Duplicate(Conflict):
    """Creating this would duplicate an existing row, named in `entity`."""

    title = "Duplicate"


class Unauthorized(DomainError):
    status = 401
    title = "Unauthorized"


class TooManyRequests(DomainError):
    status = 429
    title = "Too many requests"

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
