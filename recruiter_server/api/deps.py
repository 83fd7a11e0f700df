"""Typed dependencies of the routes: sessions, settings and the signed-in actor."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from recruiter_server.auth.tokens import decode_access_token
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.db.models import AuthSession, User
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Unauthorized

_bearer = HTTPBearer(auto_error=False, description="The access token from /api/v1/auth/token")


def get_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


DatabaseDep = Annotated[Database, Depends(get_database)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def read_session(db: DatabaseDep) -> Iterator[Session]:
    with db.read_session() as session:
        yield session


def write_session(db: DatabaseDep) -> Iterator[Session]:
    """A session for a request that writes; the route commits."""
    with db.write_session() as session:
        yield session


ReadSession = Annotated[Session, Depends(read_session)]
WriteSession = Annotated[Session, Depends(write_session)]


def current_actor(
    db: DatabaseDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("Sign in first: this needs an access token (Authorization: Bearer ...).")
    claims = decode_access_token(settings, credentials.credentials)
    with db.read_session() as session:
        auth = session.get(AuthSession, claims.session_id)
        if auth is None or auth.revoked_at is not None or auth.user_id != claims.user_id:
            raise Unauthorized("This session has been signed out; sign in again.")
        user = session.get(User, claims.user_id)
        if user is None or not user.active:
            raise Unauthorized("This account is deactivated; ask an admin.")
        return Actor.load(session, user, claims.session_id)


CurrentActor = Annotated[Actor, Depends(current_actor)]
