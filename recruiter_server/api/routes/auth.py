"""Routes of /api/v1/auth: signing in, refreshing tokens, signing out."""

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response, status
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field

from recruiter_api.auth import RefreshRequest, TokenPair
from recruiter_api.requests import NoNul
from recruiter_server.api.deps import CurrentActor, SettingsDep, WriteSession
from recruiter_server.auth import sessions
from recruiter_server.domain.errors import Unauthorized

router = APIRouter(prefix="/auth", tags=["auth"])

_bearer = HTTPBearer(auto_error=False)
# RFC 6749 5.1: token answers must not be cached anywhere.
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class PasswordForm(BaseModel):
    """The OAuth2 password grant's form (RFC 6749 4.3); other fields are ignored."""

    username: Annotated[str, NoNul] = Field(
        min_length=1, max_length=320, description="The user's e-mail address"
    )
    password: Annotated[str, NoNul] = Field(min_length=1, max_length=1000)
    grant_type: str | None = Field(default=None, pattern="^password$")


@router.post("/token")
def sign_in(
    form: Annotated[PasswordForm, Form()],
    request: Request,
    response: Response,
    session: WriteSession,
    settings: SettingsDep,
) -> TokenPair:
    """Sign in with e-mail and password (OAuth2 password flow).

    Failed sign-ins are limited per e-mail address and per client address; past the limit
    the answer is 429 with Retry-After, even for the right password.
    """
    client = request.client.host if request.client else "unknown"
    attempt = sessions.begin_sign_in(session, settings, email=form.username, client=client)
    # The attempt counts against the limit from here on, also for requests running now.
    session.commit()
    if not sessions.password_matches(attempt, form.password):
        raise Unauthorized(sessions.WRONG_CREDENTIALS)
    pair = sessions.finish_sign_in(session, settings, attempt, form.password)
    session.commit()
    response.headers.update(_NO_STORE)
    return pair


@router.post("/refresh")
def refresh(
    body: RefreshRequest, response: Response, session: WriteSession, settings: SettingsDep
) -> TokenPair:
    """Trade a refresh token for new tokens; the presented refresh token is used up."""
    try:
        pair = sessions.refresh(session, settings, body.refresh_token)
    except sessions.RefreshTokenReused:
        # The revocation must stick although the request fails.
        session.commit()
        raise
    session.commit()
    response.headers.update(_NO_STORE)
    return pair


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(actor: CurrentActor, session: WriteSession) -> None:
    """Sign out this session: its access and refresh tokens stop working at once."""
    if actor.session_id is not None:  # always set for an actor signed in through the API
        sessions.revoke_session(session, actor.session_id, "signed out")
    session.commit()
