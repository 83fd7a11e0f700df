"""Error answers in LinkedIn's shape, `{"status", "serviceErrorCode", "code", "message"}`.

Bad input is a 4xx whose message says what to change; no traceback ever reaches a client. The
OAuth endpoints answer in OAuth's own shape (`{"error", "error_description"}`), as LinkedIn's do.
"""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("linkedin_sandbox")

# serviceErrorCode by kind of failure (LinkedIn's own codes for tokens; the sandbox's for the rest).
BAD_INPUT = 0
NOT_PERMITTED = 100
THROTTLED = 101
INVALID_TOKEN = 65600
EXPIRED_TOKEN = 65602
EMPTY_TOKEN = 65604

_CODE_NAMES = {
    400: "INVALID_REQUEST",
    401: "UNAUTHORIZED",
    403: "ACCESS_DENIED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_ERROR",
}


def error_body(status: int, message: str, service_error_code: int | None = None) -> dict[str, Any]:
    """The JSON of one error, also used for the per-record errors of batch answers."""
    if service_error_code is None:
        service_error_code = {403: NOT_PERMITTED, 429: THROTTLED}.get(status, BAD_INPUT)
    return {
        "status": status,
        "serviceErrorCode": service_error_code,
        "code": _CODE_NAMES.get(status, "ERROR"),
        "message": message,
    }


class ApiError(Exception):
    """A refusal in words; becomes an error answer with this status."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        service_error_code: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.service_error_code = service_error_code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.message, self.service_error_code)


class OAuthError(Exception):
    """A refusal of the token endpoint, answered as `{"error", "error_description"}`."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description


def describe_validation_errors(errors: Any) -> str:
    """Pydantic's errors as one sentence: `field.path: what is wrong; ...`."""
    parts = []
    for error in errors:
        location = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        message = str(error.get("msg", "is not valid"))
        parts.append(f"{location}: {message}" if location else message)
    return "; ".join(parts) or "the request is not valid"


def install_error_handlers(app: FastAPI) -> None:
    """Every failure answers in LinkedIn's shape."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(OAuthError)
    async def _oauth_error(_request: Request, exc: OAuthError) -> JSONResponse:
        return JSONResponse(
            {"error": exc.error, "error_description": exc.description},
            status_code=exc.status,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body(400, describe_validation_errors(exc.errors())), 400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            message = f"No resource at {request.method} {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        else:
            message = str(exc.detail)
        return JSONResponse(error_body(exc.status_code, message), exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(
            error_body(500, f"The sandbox failed on this request ({type(exc).__name__})"), 500
        )
