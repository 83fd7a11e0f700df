"""Every error answer is RFC 9457 problem+json; bad input is a 4xx in words, never a 500."""

import logging
from http import HTTPStatus
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from recruiter_api.problems import PROBLEM_MEDIA_TYPE, FieldError, Problem
from recruiter_server.domain.errors import Conflict, DomainError, TooManyRequests

log = logging.getLogger("recruiter.api")

# Shown in the OpenAPI document for every route.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {
        "model": Problem,
        "content": {PROBLEM_MEDIA_TYPE: {}},
        "description": HTTPStatus(code).phrase,
    }
    for code in (400, 401, 403, 404, 409, 422, 429)
}


def problem_response(
    request: Request,
    status: int,
    detail: str | None,
    *,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = Problem(
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path,
        **extra,
    )
    return JSONResponse(
        body.model_dump(mode="json", exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    # Drop the "body"/"query" prefix; keep the path into the payload.
    parts = (
        [str(p) for p in loc[1:]]
        if loc and loc[0] in ("body", "query", "path", "header", "form")
        else [str(p) for p in loc]
    )
    return ".".join(parts) or str(loc[0] if loc else "request")


def _field_errors(exc: RequestValidationError) -> list[FieldError]:
    return [
        FieldError(field=_location(err.get("loc", ())), message=err.get("msg", "invalid"))
        for err in exc.errors()
    ]


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    errors = _field_errors(cast(RequestValidationError, exc))
    summary = "; ".join(f"{e.field}: {e.message}" for e in errors[:5])
    return problem_response(
        request,
        422,
        f"The request is not valid: {summary}",
        errors=[e.model_dump() for e in errors],
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    exc = cast(StarletteHTTPException, exc)
    detail = exc.detail if isinstance(exc.detail, str) else None
    return problem_response(request, exc.status_code, detail, headers=dict(exc.headers or {}))


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    exc = cast(DomainError, exc)
    extra: dict[str, Any] = {}
    headers: dict[str, str] = {}
    if isinstance(exc, Conflict) and exc.entity is not None:
        extra["existing"] = exc.entity
    if isinstance(exc, TooManyRequests):
        headers["Retry-After"] = str(exc.retry_after)
    if exc.status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return problem_response(request, exc.status, exc.detail, headers=headers, **extra)


async def _integrity_error(request: Request, exc: Exception) -> JSONResponse:
    # The domain checks uniqueness before it writes; only two identical writes at the same
    # instant on PostgreSQL get here, and the second one is a conflict, not a crash.
    log.info("integrity error on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(
        request, 409, "This clashed with a change saved at the same moment; try again."
    )


async def _data_error(request: Request, exc: Exception) -> JSONResponse:
    # Validation refuses what the database cannot store; this is the net under it.
    log.warning("data error on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(request, 422, "The request holds a value that cannot be stored.")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return problem_response(request, 500, "Something went wrong on the server; it has been logged.")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(IntegrityError, _integrity_error)
    app.add_exception_handler(DataError, _data_error)
    app.add_exception_handler(Exception, _unexpected)
