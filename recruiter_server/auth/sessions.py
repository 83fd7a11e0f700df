"""Sign-in sessions: signing in, refresh token rotation with reuse detection, revocation.

A session is one signed-in device. Its refresh token is opaque and random and is stored only
as a SHA-256 hash; each refresh hands out a new one and keeps the hash of the one it
replaced. A replaced token presented again means two parties hold the session (the token was
stolen, or the thief already refreshed before the owner): the session is revoked, so both
have to sign in again and the thief's copy dies. Only within a few seconds of the rotation
(`refresh_retry_grace_seconds`) is it taken for a client retrying a refresh whose answer it
never received.

Signing in takes two transactions on purpose: the attempt is recorded (rate limit) and
committed before the ~50 ms password check, which then runs outside any transaction and so
never holds SQLite's write lock; see `begin_sign_in` and `finish_sign_in`.
"""

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from recruiter_api.auth import TokenPair
from recruiter_server.auth import rate_limit
from recruiter_server.auth.passwords import hash_password, needs_rehash, verify_password
from recruiter_server.auth.tokens import issue_access_token
from recruiter_server.config import Settings
from recruiter_server.db.models import AuthSession, User
from recruiter_server.db.types import utcnow
from recruiter_server.domain.errors import Unauthorized

WRONG_CREDENTIALS = "E-mail or password is wrong."
DEACTIVATED = "This account is deactivated; ask an admin to reactivate it."
REUSED_REASON = "refresh token reused"


class RefreshTokenReused(Unauthorized):
    """A rotated refresh token came back; the session has been revoked. The caller must
    commit the revocation even though the request fails."""


@dataclass(frozen=True)
class SignInAttempt:
    """A sign-in let through by the rate limit, its password not yet checked."""

    attempt_id: int
    user_id: uuid.UUID | None
    password_hash: str | None


def normalize_email(email: str) -> str:
    """E-mail addresses are stored and compared lower-cased."""
    return email.strip().lower()


def hash_refresh_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def begin_sign_in(
    session: Session, settings: Settings, *, email: str, client: str
) -> SignInAttempt:
    """Check the rate limit (429 when used up) and record the attempt; commit before
    `password_matches`."""
    email = normalize_email(email)
    attempt_id = rate_limit.reserve_attempt(session, settings, email=email, client=client)
    row = session.execute(select(User.id, User.password_hash).where(User.email == email)).first()
    return SignInAttempt(
        attempt_id=attempt_id,
        user_id=row.id if row else None,
        password_hash=row.password_hash if row else None,
    )


def password_matches(attempt: SignInAttempt, password: str) -> bool:
    """Slow on purpose (Argon2), and as slow for an unknown e-mail as for a known one."""
    return verify_password(attempt.password_hash, password)


def finish_sign_in(
    session: Session, settings: Settings, attempt: SignInAttempt, password: str
) -> TokenPair:
    """The password was right: forgive the attempt and open a session. A deactivated account
    is refused, and that attempt keeps counting as a failure."""
    user = session.get(User, attempt.user_id, populate_existing=True) if attempt.user_id else None
    if user is None:
        # Deleted between the two transactions; users are never deleted today.
        raise Unauthorized(WRONG_CREDENTIALS)
    if not user.active:
        raise Unauthorized(DEACTIVATED)
    rate_limit.forgive_attempt(session, attempt.attempt_id)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return start_session(session, settings, user)


def start_session(session: Session, settings: Settings, user: User) -> TokenPair:
    """Open a new session for a user whose credentials were checked."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    auth = AuthSession(
        id=uuid.uuid4(),
        user_id=user.id,
        refresh_hash=hash_refresh_token(token),
        created_at=now,
        refreshed_at=now,
        expires_at=_refresh_expiry(settings, now),
    )
    session.add(auth)
    session.flush()
    return _token_pair(settings, auth, token)


def refresh(session: Session, settings: Settings, refresh_token: str) -> TokenPair:
    """Rotate the session's refresh token and issue a new access token.

    Raises `RefreshTokenReused` (after revoking the session) for a rotated token, and
    Unauthorized for an unknown, expired or revoked one, or a deactivated account.
    """
    presented = hash_refresh_token(refresh_token)
    # The row lock makes two refreshes with the same token take turns: the second then sees
    # the token already rotated, which is exactly reuse.
    auth = session.scalars(
        select(AuthSession).where(AuthSession.refresh_hash == presented).with_for_update()
    ).first()
    if auth is None:
        reused = session.scalars(
            select(AuthSession)
            .where(AuthSession.previous_refresh_hash == presented)
            .with_for_update()
        ).first()
        if reused is None:
            raise Unauthorized("This refresh token is not known; sign in again.")
        grace = timedelta(seconds=settings.refresh_retry_grace_seconds)
        if reused.revoked_at is not None or utcnow() - reused.refreshed_at > grace:
            if reused.revoked_at is None:
                revoke_session(session, reused.id, REUSED_REASON)
            raise RefreshTokenReused(
                "This refresh token was already used once, so someone else may hold a copy "
                "of it; the session has been signed out to be safe. Sign in again."
            )
        # A retry right after a refresh whose answer was lost on the way: rotate again. The
        # token that was lost becomes the previous one, so whoever might hold it is caught.
        auth = reused
    now = utcnow()
    if auth.revoked_at is not None:
        raise Unauthorized("This session has been signed out; sign in again.")
    if auth.expires_at <= now:
        raise Unauthorized("This session has expired; sign in again.")
    user = session.get(User, auth.user_id)
    if user is None or not user.active:
        raise Unauthorized(DEACTIVATED)
    token = secrets.token_urlsafe(32)
    auth.previous_refresh_hash = auth.refresh_hash
    auth.refresh_hash = hash_refresh_token(token)
    auth.refreshed_at = now
    # Sliding: a device in regular use stays signed in; one unused for the lifetime does not.
    auth.expires_at = _refresh_expiry(settings, now)
    session.flush()
    return _token_pair(settings, auth, token)


def revoke_session(session: Session, session_id: uuid.UUID, reason: str) -> None:
    """End one session (its access and refresh tokens stop working at once)."""
    session.execute(
        update(AuthSession)
        .where(AuthSession.id == session_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=utcnow(), revoke_reason=reason)
        .execution_options(synchronize_session="fetch")
    )


def revoke_user_sessions(session: Session, user_id: uuid.UUID, reason: str) -> None:
    """End every session of a user (deactivated, or their password changed)."""
    session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=utcnow(), revoke_reason=reason)
        .execution_options(synchronize_session="fetch")
    )


def _refresh_expiry(settings: Settings, now: datetime) -> datetime:
    return now + timedelta(days=settings.refresh_token_days)


def _token_pair(settings: Settings, auth: AuthSession, refresh_token: str) -> TokenPair:
    return TokenPair(
        access_token=issue_access_token(settings, auth.user_id, auth.id),
        refresh_token=refresh_token,
        token_type="bearer",  # noqa: S106 - the OAuth2 token type, not a secret
        expires_in=settings.access_token_minutes * 60,
    )
