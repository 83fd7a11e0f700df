"""The limit on failed sign-ins, per e-mail address and per client address.

It lives in the database because several server processes share nothing in memory. Each
attempt is recorded as a failure *before* the password is checked and forgiven once the
password proves right, so concurrent guesses in flight count too: with N attempts allowed no
burst of parallel requests gets more than N guesses. On PostgreSQL transaction-scoped
advisory locks on the e-mail and the client serialise the count-then-record of one key; on
SQLite every writing transaction is already serialised (BEGIN IMMEDIATE).
"""

import math
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from recruiter_server.config import Settings
from recruiter_server.db import locks
from recruiter_server.db.models import LoginFailure
from recruiter_server.db.types import utcnow
from recruiter_server.domain.errors import TooManyRequests

# Fits LoginFailure.client; an IPv6 address with zone is well below it.
_CLIENT_MAX = 100
_EMAIL_MAX = 320
_PURGE_LOCK = "login-failures:purge"


def reserve_attempt(
    session: Session,
    settings: Settings,
    *,
    email: str,
    client: str,
    now: datetime | None = None,
) -> int:
    """Refuse with 429 when the e-mail or the client has used up its failed sign-ins, else
    record this attempt as a failure and return its id (see `forgive_attempt`).

    Call it before checking the password, and commit before the slow password check so the
    recorded attempt is visible to concurrent ones.
    """
    now = now or utcnow()
    email = email[:_EMAIL_MAX]
    client = client[:_CLIENT_MAX]
    window = timedelta(seconds=settings.login_failure_window_seconds)
    # Always in this order (e-mail, then client), so two attempts never wait on each other
    # in a cycle.
    locks.lock(session, f"login-failures:email:{email}")
    locks.lock(session, f"login-failures:client:{client}")
    _purge_expired(session, now - window)

    per_email = max(settings.login_failures_allowed, 1)
    # Offices share one address behind NAT: the client allows more than one account does.
    per_client = max(settings.login_failures_allowed_per_client, per_email)
    email_wait = _blocked_for(session, LoginFailure.email == email, per_email, window, now)
    client_wait = _blocked_for(session, LoginFailure.client == client, per_client, window, now)
    if email_wait is not None and (client_wait is None or email_wait >= client_wait):
        raise TooManyRequests(
            f"Too many failed sign-ins for this e-mail address; try again {_in_words(email_wait)}.",
            retry_after=email_wait,
        )
    if client_wait is not None:
        raise TooManyRequests(
            "Too many failed sign-ins from your network address; "
            f"try again {_in_words(client_wait)}.",
            retry_after=client_wait,
        )

    failure = LoginFailure(email=email, client=client, at=now)
    session.add(failure)
    session.flush()
    return failure.id


def forgive_attempt(session: Session, attempt_id: int) -> None:
    """The password was right: this attempt was no failure. Earlier failures stay, or an
    attacker could reset the count by signing in to an account of their own in between."""
    session.execute(delete(LoginFailure).where(LoginFailure.id == attempt_id))


def _blocked_for(
    session: Session,
    key: ColumnElement[bool],
    allowed: int,
    window: timedelta,
    now: datetime,
) -> int | None:
    """Seconds until this key may try again, or None when it may try now."""
    times = list(
        session.scalars(
            select(LoginFailure.at)
            .where(key, LoginFailure.at > now - window)
            .order_by(LoginFailure.at)
        )
    )
    if len(times) < allowed:
        return None
    # Attempts resume once fewer than `allowed` failures remain in the window, that is when
    # this one leaves it.
    lifts_at = times[len(times) - allowed] + window
    return max(1, math.ceil((lifts_at - now).total_seconds()))


def _purge_expired(session: Session, before: datetime) -> None:
    # One purger at a time on PostgreSQL: concurrent deletes of the same rows would only wait
    # on each other, and a skipped purge costs nothing (the next attempt does it).
    if not locks.try_lock(session, _PURGE_LOCK):
        return
    session.execute(delete(LoginFailure).where(LoginFailure.at <= before))


def _in_words(seconds: int) -> str:
    if seconds < 60:
        return f"in {seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return "in a minute" if minutes == 1 else f"in {minutes} minutes"
