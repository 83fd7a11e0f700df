"""OAuth 2.0 as LinkedIn runs it: `POST /oauth/v2/accessToken` (client credentials, authorization
code, refresh token), `GET /oauth/v2/authorization` (the sign-in page) and its form's
`POST /oauth/v2/authorization`, and `POST /oauth/v2/revoke`.

The sign-in page asks no password: anyone may sign in as any member, because the sandbox only
stands in for LinkedIn on loopback. A test answers the page with one plain form POST:
`client_id, redirect_uri, state, scope, response_type=code, member=<id|e-mail>, decision=allow`.
"""

import base64
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import Connection, Delete, insert, select, update

from linkedin_sandbox import db
from linkedin_sandbox.deps import APPLICATION, MEMBER, PARTNER, Sandbox, SandboxDep
from linkedin_sandbox.errors import ApiError, OAuthError
from linkedin_sandbox.settings import SandboxSettings
from linkedin_sandbox.sign_in_page import error_page, sign_in_form
from linkedin_sandbox.world import (
    CustomerApp,
    app_by_client_id,
    resolve_member,
)

router = APIRouter(tags=["oauth"])

OptionalForm = Annotated[str | None, Form()]


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def _client(
    conn: Connection, settings: SandboxSettings, client_id: str | None
) -> tuple[str, CustomerApp | None] | None:
    """(PARTNER, None) for the partner app, (APPLICATION, app) for a customer app, or None."""
    if not client_id:
        return None
    if client_id == settings.partner_client_id:
        return PARTNER, None
    app = app_by_client_id(conn, client_id)
    return None if app is None else (APPLICATION, app)


@dataclass(frozen=True)
class _Client:
    kind: str  # PARTNER or APPLICATION
    app: CustomerApp | None
    client_id: str


def _authenticate(
    conn: Connection,
    settings: SandboxSettings,
    request: Request,
    credentials: tuple[str | None, str | None],
) -> _Client:
    """The client of a token request: form fields or HTTP Basic; invalid_client otherwise."""
    client_id, client_secret = credentials
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("basic ") and not client_id:
        try:
            decoded = base64.b64decode(header[6:].strip()).decode()
        except (ValueError, UnicodeDecodeError):
            raise OAuthError(
                401, "invalid_client", "The Basic credentials cannot be read"
            ) from None
        client_id, _, client_secret = decoded.partition(":")
    found = _client(conn, settings, client_id)
    if found is None or not client_id:
        raise OAuthError(401, "invalid_client", f"Unknown client_id {client_id!r}")
    kind, app = found
    expected = settings.partner_client_secret if app is None else app.client_secret
    if not client_secret or not secrets.compare_digest(client_secret, expected):
        raise OAuthError(401, "invalid_client", "The client_secret is not this client's secret")
    return _Client(kind, app, client_id)


def _store_token(
    conn: Connection,
    kind: str,
    app: CustomerApp | None,
    *,
    member_id: str | None,
    scope: str,
    seconds: int,
) -> str:
    token = _new_token()
    now = db.now_ms()
    conn.execute(
        insert(db.tokens).values(
            token=token,
            kind=kind,
            app_id=None if app is None else app.id,
            member_id=member_id,
            scope=scope,
            expires_at=now + seconds * 1000,
            created_at=now,
        )
    )
    return token


@router.post("/oauth/v2/accessToken")
def access_token(
    *,
    request: Request,
    sandbox: SandboxDep,
    grant_type: OptionalForm = None,
    client_id: OptionalForm = None,
    client_secret: OptionalForm = None,
    code: OptionalForm = None,
    redirect_uri: OptionalForm = None,
    refresh_token: OptionalForm = None,
) -> dict[str, object]:
    """A token: client_credentials (30 min), authorization_code or refresh_token (a member's)."""
    settings = sandbox.settings
    with sandbox.store.write() as conn:
        client = _authenticate(conn, settings, request, (client_id, client_secret))
        if grant_type == "client_credentials":
            seconds = settings.application_token_seconds
            token = _store_token(
                conn, client.kind, client.app, member_id=None, scope="", seconds=seconds
            )
            return {"access_token": token, "expires_in": seconds, "token_type": "Bearer"}
        if grant_type == "authorization_code":
            return _exchange_code(conn, settings, client, code=code, redirect_uri=redirect_uri)
        if grant_type == "refresh_token":
            return _refresh(conn, settings, client, refresh_token)
    raise OAuthError(
        400,
        "unsupported_grant_type",
        "grant_type must be client_credentials, authorization_code or refresh_token",
    )


def _exchange_code(
    conn: Connection,
    settings: SandboxSettings,
    client: _Client,
    *,
    code: str | None,
    redirect_uri: str | None,
) -> dict[str, object]:
    if not code or not redirect_uri:
        raise OAuthError(400, "invalid_request", "code and redirect_uri are required")
    row = conn.execute(
        select(db.authorization_codes).where(db.authorization_codes.c.code == code)
    ).first()
    if row is None or row.client_id != client.client_id:
        raise OAuthError(400, "invalid_grant", "The authorization code is unknown for this client")
    if row.used:
        raise OAuthError(400, "invalid_grant", "The authorization code has been used already")
    if row.expires_at <= db.now_ms():
        raise OAuthError(400, "invalid_grant", "The authorization code has expired")
    if row.redirect_uri != redirect_uri:
        raise OAuthError(400, "invalid_grant", "redirect_uri differs from the authorization's")
    conn.execute(
        update(db.authorization_codes)
        .where(db.authorization_codes.c.code == code)
        .values(used=True)
    )
    return _member_tokens(conn, settings, client, member_id=row.member_id, scope=row.scope)


def _member_tokens(
    conn: Connection, settings: SandboxSettings, client: _Client, *, member_id: str, scope: str
) -> dict[str, object]:
    seconds = settings.member_token_seconds
    token = _store_token(
        conn, MEMBER, client.app, member_id=member_id, scope=scope, seconds=seconds
    )
    refresh = _new_token()
    conn.execute(
        insert(db.refresh_tokens).values(
            token=refresh,
            client_id=client.client_id,
            member_id=member_id,
            scope=scope,
            expires_at=db.now_ms() + settings.refresh_token_seconds * 1000,
        )
    )
    return {
        "access_token": token,
        "expires_in": seconds,
        "refresh_token": refresh,
        "refresh_token_expires_in": settings.refresh_token_seconds,
        "scope": scope,
        "token_type": "Bearer",
    }


def _refresh(
    conn: Connection, settings: SandboxSettings, client: _Client, refresh_token: str | None
) -> dict[str, object]:
    if not refresh_token:
        raise OAuthError(400, "invalid_request", "refresh_token is required")
    row = conn.execute(
        select(db.refresh_tokens).where(db.refresh_tokens.c.token == refresh_token)
    ).first()
    if row is None or row.client_id != client.client_id or row.expires_at <= db.now_ms():
        raise OAuthError(400, "invalid_grant", "The refresh token is unknown, revoked or expired")
    conn.execute(_delete_refresh(refresh_token))
    return _member_tokens(conn, settings, client, member_id=row.member_id, scope=row.scope)


def _delete_refresh(token: str) -> Delete:
    return db.refresh_tokens.delete().where(db.refresh_tokens.c.token == token)


@router.post("/oauth/v2/revoke")
def revoke(
    *,
    request: Request,
    sandbox: SandboxDep,
    token: OptionalForm = None,
    client_id: OptionalForm = None,
    client_secret: OptionalForm = None,
) -> dict[str, object]:
    """Revokes an access or refresh token of this client (a disconnect)."""
    with sandbox.store.write() as conn:
        _authenticate(conn, sandbox.settings, request, (client_id, client_secret))
        if not token:
            raise OAuthError(400, "invalid_request", "token is required")
        conn.execute(db.tokens.delete().where(db.tokens.c.token == token))
        conn.execute(_delete_refresh(token))
    return {}


# The sign-in page.


def _check_authorization(
    conn: Connection,
    settings: SandboxSettings,
    response_type: str | None,
    client_id: str | None,
    redirect_uri: str | None,
) -> None:
    """ApiError when the page cannot be shown: the redirect may not be trusted, so no redirect."""
    if response_type != "code":
        raise ApiError(400, "response_type must be code")
    found = _client(conn, settings, client_id)
    if found is None:
        raise ApiError(400, f"Unknown client_id {client_id!r}")
    if not redirect_uri:
        raise ApiError(400, "redirect_uri is required")
    _, app = found
    allowed = settings.partner_redirect_uris if app is None else app.callback_urls
    if (app is not None or allowed) and redirect_uri not in allowed:
        raise ApiError(
            400,
            f"redirect_uri {redirect_uri} is not one of the application's "
            "oauth2AuthorizedCallbackUrls",
        )


def _with_query(url: str, params: dict[str, str]) -> str:
    return url + ("&" if "?" in url else "?") + urlencode(params)


@router.get("/oauth/v2/authorization", response_class=HTMLResponse)
def authorization_page(
    *,
    sandbox: SandboxDep,
    response_type: str | None = None,
    client_id: str | None = None,
    redirect_uri: str | None = None,
    state: str | None = None,
    scope: str | None = None,
) -> HTMLResponse:
    """The sign-in page: pick who you are, then allow or cancel."""
    with sandbox.store.read() as conn:
        try:
            _check_authorization(conn, sandbox.settings, response_type, client_id, redirect_uri)
        except ApiError as error:
            return error_page(error)
        fields = {
            "response_type": "code",
            "client_id": client_id or "",
            "redirect_uri": redirect_uri or "",
            "state": state or "",
            "scope": scope or "",
        }
        return sign_in_form(conn, fields)


@router.post("/oauth/v2/authorization", response_model=None)
def authorization_decision(
    *,
    sandbox: SandboxDep,
    response_type: OptionalForm = None,
    client_id: OptionalForm = None,
    redirect_uri: OptionalForm = None,
    state: OptionalForm = None,
    scope: OptionalForm = None,
    member: OptionalForm = None,
    member_other: OptionalForm = None,
    decision: OptionalForm = None,
) -> HTMLResponse | RedirectResponse:
    """The form's answer: a 302 to redirect_uri with `code` and `state`, or with `error`."""
    return _decide(
        sandbox,
        {
            "response_type": response_type or "",
            "client_id": client_id or "",
            "redirect_uri": redirect_uri or "",
            "state": state or "",
            "scope": scope or "",
        },
        (member_other or "").strip() or (member or "").strip(),
        decision or "allow",
    )


def _decide(
    sandbox: Sandbox, fields: dict[str, str], who: str, decision: str
) -> HTMLResponse | RedirectResponse:
    settings = sandbox.settings
    redirect_uri = fields["redirect_uri"]
    with sandbox.store.write() as conn:
        try:
            _check_authorization(
                conn, settings, fields["response_type"], fields["client_id"], redirect_uri
            )
        except ApiError as error:
            return error_page(error)
        answer = {"state": fields["state"]} if fields["state"] else {}
        if decision != "allow":
            answer = {
                "error": "user_cancelled_authorize",
                "error_description": "The member cancelled the sign-in",
                **answer,
            }
            return RedirectResponse(_with_query(redirect_uri, answer), status_code=302)
        if not who:
            return sign_in_form(conn, fields, "Choose a member or type an id or e-mail.")
        try:
            signed_in = resolve_member(conn, who)
        except ApiError as error:
            return sign_in_form(conn, fields, error.message)
        code = secrets.token_urlsafe(24)
        conn.execute(
            insert(db.authorization_codes).values(
                code=code,
                client_id=fields["client_id"],
                member_id=signed_in.id,
                redirect_uri=redirect_uri,
                scope=fields["scope"],
                expires_at=db.now_ms() + settings.authorization_code_seconds * 1000,
                used=False,
            )
        )
    return RedirectResponse(_with_query(redirect_uri, {"code": code, **answer}), status_code=302)
