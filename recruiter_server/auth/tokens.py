"""Short-lived access tokens (JWT, HS256 with the server's secret key).

An access token names its user and its sign-in session; the session is checked on each
request, so signing out revokes access at once, not only at expiry.
"""

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt

from recruiter_server.config import Settings
from recruiter_server.domain.errors import Unauthorized

ALGORITHM = "HS256"
AUDIENCE = "recruiter-api"


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    session_id: uuid.UUID


def issue_access_token(settings: Settings, user_id: uuid.UUID, session_id: uuid.UUID) -> str:
    now = datetime.now(UTC)
    claims = {
        "sub": str(user_id),
        "sid": str(session_id),
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_minutes),
    }
    return jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm=ALGORITHM)


def decode_access_token(settings: Settings, token: str) -> AccessClaims:
    try:
        claims = jwt.decode(
            token,
            settings.secret_key.get_secret_value(),
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            options={"require": ["sub", "sid", "exp"]},
        )
        return AccessClaims(uuid.UUID(claims["sub"]), uuid.UUID(claims["sid"]))
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("Your session has expired; refresh the token or sign in again.") from exc
    except (jwt.InvalidTokenError, ValueError) as exc:
        raise Unauthorized("The access token is not valid; sign in again.") from exc
