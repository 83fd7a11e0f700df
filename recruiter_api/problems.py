"""RFC 9457 problem details, the body of every error answer."""

from typing import Any

from pydantic import BaseModel, ConfigDict

PROBLEM_MEDIA_TYPE = "application/problem+json"


class FieldError(BaseModel):
    """One invalid field of a request, in words."""

    field: str
    message: str


class Problem(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    # Invalid fields of a 422; the existing entity of a 409 duplicate.
    errors: list[FieldError] | None = None
    existing: dict[str, Any] | None = None
