"""Signing in, the failed sign-in limit, refresh token rotation, signing out, /me."""

import hashlib
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from recruiter_server.app import create_app
from recruiter_server.auth.tokens import decode_access_token, issue_access_token
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.db.models import AuthSession, LoginFailure
from tests.server.live_server import LiveServer
from tests.server.world import PASSWORD, World

TOKEN = "/api/v1/auth/token"
REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
ME = "/api/v1/me"
PROBLEM = "application/problem+json"


def sign_in(http: httpx.Client, email: str, password: str = PASSWORD) -> httpx.Response:
    return http.post(TOKEN, data={"username": email, "password": password})


def tokens(http: httpx.Client, email: str) -> dict[str, str]:
    response = sign_in(http, email)
    assert response.status_code == 200, response.text
    body: dict[str, str] = response.json()
    return body


def bearer(access_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token}"}


def add_failures(db: Database, email: str, client: str, *ages_seconds: float) -> None:
    now = datetime.now(UTC)
    with db.write_session() as s:
        for age in ages_seconds:
            s.add(LoginFailure(email=email, client=client, at=now - timedelta(seconds=age)))
        s.commit()


# --- Signing in ---------------------------------------------------------------------------


def test_sign_in_then_me(http: httpx.Client, world: World) -> None:
    response = sign_in(http, "  HM@Example.ORG ")
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    pair = response.json()
    assert pair["token_type"] == "bearer"
    assert pair["expires_in"] == 15 * 60
    assert len(pair["refresh_token"]) >= 40

    me = http.get(ME, headers=bearer(pair["access_token"]))
    assert me.status_code == 200, me.text
    body = me.json()
    assert body["user"]["id"] == str(world.users["hm"].id)
    assert body["user"]["email"] == "hm@example.org"
    assert body["user"]["role"] == "hiring_manager"
    assert body["assignments"] == [{"job_id": str(world.jobs["eng"].id), "role": "hiring_manager"}]


def test_me_of_an_admin_without_assignments(http: httpx.Client, world: World) -> None:
    body = http.get(ME, headers=world.auth("admin")).json()
    assert body["user"]["role"] == "admin"
    assert body["assignments"] == []


def test_me_needs_a_token(http: httpx.Client, world: World) -> None:
    response = http.get(ME)
    assert response.status_code == 401
    assert response.headers["content-type"] == PROBLEM
    assert "Sign in" in response.json()["detail"]


def test_wrong_password_and_unknown_email_answer_alike(http: httpx.Client, world: World) -> None:
    wrong_password = sign_in(http, "hm@example.org", "not the password")
    unknown_email = sign_in(http, "nobody@example.org", PASSWORD)
    for response in (wrong_password, unknown_email):
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM
        assert response.headers["www-authenticate"] == "Bearer"
        assert response.json()["detail"] == "E-mail or password is wrong."


def test_malformed_sign_in_is_422(http: httpx.Client, world: World) -> None:
    missing = http.post(TOKEN, data={"username": "hm@example.org"})
    assert missing.status_code == 422
    assert missing.headers["content-type"] == PROBLEM
    assert "password" in missing.json()["detail"]
    grant = http.post(
        TOKEN,
        data={
            "username": "hm@example.org",
            "password": PASSWORD,
            "grant_type": "client_credentials",
        },
    )
    assert grant.status_code == 422
    too_long = sign_in(http, "a" * 400 + "@example.org")
    assert too_long.status_code == 422


def test_expired_access_token_is_refused(
    http: httpx.Client, world: World, settings: Settings
) -> None:
    claims = decode_access_token(settings, world.tokens["hm"])
    past = settings.model_copy(update={"access_token_minutes": -1})
    expired = issue_access_token(past, claims.user_id, claims.session_id)

    response = http.get(ME, headers=bearer(expired))
    assert response.status_code == 401
    assert "expired" in response.json()["detail"]
    assert http.get(ME, headers=world.auth("hm")).status_code == 200


def test_token_signed_with_another_key_is_refused(
    http: httpx.Client, world: World, settings: Settings
) -> None:
    claims = decode_access_token(settings, world.tokens["hm"])
    forged = issue_access_token(
        settings.model_copy(
            update={"secret_key": SecretStr("another-secret-0123456789abcdef012345")}
        ),
        claims.user_id,
        claims.session_id,
    )
    response = http.get(ME, headers=bearer(forged))
    assert response.status_code == 401
    assert "not valid" in response.json()["detail"]


# --- The failed sign-in limit -------------------------------------------------------------


def test_failed_sign_ins_reach_429_even_for_the_right_password(
    http: httpx.Client, world: World, settings: Settings
) -> None:
    for _ in range(settings.login_failures_allowed):
        assert sign_in(http, "hm@example.org", "guess").status_code == 401

    blocked = sign_in(http, "HM@example.org", PASSWORD)
    assert blocked.status_code == 429
    assert blocked.headers["content-type"] == PROBLEM
    retry_after = int(blocked.headers["retry-after"])
    assert settings.login_failure_window_seconds - 30 < retry_after <= 300
    assert "Too many failed sign-ins for this e-mail address" in blocked.json()["detail"]
    assert "try again in 5 minutes" in blocked.json()["detail"]
    # Other accounts signing in from the same address are not locked out by it.
    assert sign_in(http, "recruiter@example.org").status_code == 200


def test_retry_after_counts_down_to_when_the_oldest_failure_expires(
    http: httpx.Client, world: World, db: Database, settings: Settings
) -> None:
    window = settings.login_failure_window_seconds
    # Another client address, so only the e-mail's count matters.
    add_failures(db, "hm@example.org", "192.0.2.7", window - 100, 100, 90, 80, 70)

    blocked = sign_in(http, "hm@example.org")
    assert blocked.status_code == 429
    assert 95 <= int(blocked.headers["retry-after"]) <= 101
    assert "try again in 2 minutes" in blocked.json()["detail"]
    assert sign_in(http, "recruiter@example.org").status_code == 200


def test_failures_older_than_the_window_do_not_count_and_are_purged(
    http: httpx.Client, world: World, db: Database, settings: Settings
) -> None:
    old = settings.login_failure_window_seconds + 5
    add_failures(db, "hm@example.org", "127.0.0.1", *[old + i for i in range(10)])

    assert sign_in(http, "hm@example.org").status_code == 200
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(LoginFailure)) == 0


def test_the_client_address_is_limited_across_e_mails(
    http: httpx.Client, world: World, settings: Settings, db: Database
) -> None:
    per_client = settings.login_failures_allowed_per_client
    assert per_client > settings.login_failures_allowed  # an office behind one address
    for i in range(per_client - 1):
        add_failures(db, f"nobody{i}@example.org", "127.0.0.1", 1)
    assert sign_in(http, "someone@example.org", "guess").status_code == 401

    blocked = sign_in(http, "hm@example.org")
    assert blocked.status_code == 429
    assert "from your network address" in blocked.json()["detail"]
    assert int(blocked.headers["retry-after"]) > 0


def test_a_success_does_not_erase_earlier_failures(
    http: httpx.Client, world: World, settings: Settings
) -> None:
    allowed = settings.login_failures_allowed
    for _ in range(allowed - 1):
        assert sign_in(http, "hm@example.org", "guess").status_code == 401
    assert sign_in(http, "hm@example.org").status_code == 200
    assert sign_in(http, "hm@example.org", "guess").status_code == 401
    assert sign_in(http, "hm@example.org").status_code == 429


@pytest.fixture
def strict_server(settings: Settings, db: Database) -> Iterator[LiveServer]:
    """The server allowing 3 failed sign-ins."""
    strict = settings.model_copy(update={"login_failures_allowed": 3})
    with LiveServer(create_app(strict, db)) as live:
        yield live


def test_concurrent_guesses_get_no_more_than_the_limit(
    strict_server: LiveServer, world: World
) -> None:
    def guess(_: int) -> int:
        with httpx.Client(base_url=strict_server.url, timeout=60) as client:
            return sign_in(client, "hm@example.org", "guess").status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(guess, range(8)))
    assert sorted(statuses) == [401] * 3 + [429] * 5


# --- Refresh tokens -----------------------------------------------------------------------


def _client_with_grace(settings: Settings, db: Database, seconds: int) -> Iterator[httpx.Client]:
    quick = settings.model_copy(update={"refresh_retry_grace_seconds": seconds})
    with LiveServer(create_app(quick, db)) as live, httpx.Client(base_url=live.url) as client:
        yield client


@pytest.fixture
def graceless(settings: Settings, db: Database) -> Iterator[httpx.Client]:
    """A client of the server allowing no retry of a refresh with the previous token."""
    yield from _client_with_grace(settings, db, 0)


@pytest.fixture
def one_second_grace(settings: Settings, db: Database) -> Iterator[httpx.Client]:
    yield from _client_with_grace(settings, db, 1)


def test_a_refresh_retried_with_the_previous_token_soon_after_rotates_again(
    one_second_grace: httpx.Client, world: World
) -> None:
    http = one_second_grace
    first = tokens(http, "hm@example.org")
    lost = http.post(REFRESH, json={"refresh_token": first["refresh_token"]}).json()
    retried = http.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert retried.status_code == 200
    assert http.get(ME, headers=bearer(retried.json()["access_token"])).status_code == 200
    # Past the grace, whoever holds the answer that was "lost" is caught when they use it.
    time.sleep(1.2)
    assert http.post(REFRESH, json={"refresh_token": lost["refresh_token"]}).status_code == 401
    assert http.get(ME, headers=bearer(retried.json()["access_token"])).status_code == 401


def test_refresh_rotates_and_reuse_revokes_the_session(
    graceless: httpx.Client, world: World, db: Database
) -> None:
    http = graceless
    first = tokens(http, "hm@example.org")
    rotated = http.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert rotated.status_code == 200, rotated.text
    assert rotated.headers["cache-control"] == "no-store"
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert http.get(ME, headers=bearer(second["access_token"])).status_code == 200

    reused = http.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert reused.status_code == 401
    assert reused.headers["content-type"] == PROBLEM
    assert "already used" in reused.json()["detail"]

    # Whoever holds the newer tokens is signed out too.
    assert http.post(REFRESH, json={"refresh_token": second["refresh_token"]}).status_code == 401
    assert http.get(ME, headers=bearer(second["access_token"])).status_code == 401
    assert http.get(ME, headers=bearer(first["access_token"])).status_code == 401
    with db.read_session() as s:
        reasons = s.scalars(
            select(AuthSession.revoke_reason).where(
                AuthSession.user_id == world.users["hm"].id, AuthSession.revoked_at.is_not(None)
            )
        ).all()
    assert reasons == ["refresh token reused"]
    # Other sessions of the same user live on.
    assert http.get(ME, headers=world.auth("hm")).status_code == 200


def test_two_refreshes_with_one_token_do_not_both_succeed(
    graceless: httpx.Client, world: World
) -> None:
    http = graceless
    pair = tokens(http, "hm@example.org")

    start = threading.Barrier(4)

    def refresh(_: int) -> httpx.Response:
        with httpx.Client(base_url=graceless.base_url, timeout=60) as client:
            client.get("/healthz")  # connect first, so that the refreshes overlap
            start.wait()
            return client.post(REFRESH, json={"refresh_token": pair["refresh_token"]})

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(refresh, range(4)))
    assert sorted(a.status_code for a in answers) == [200, 401, 401, 401]
    # The loser presented a token already rotated: the session is gone for both.
    winner = next(a for a in answers if a.status_code == 200).json()
    assert http.get(ME, headers=bearer(winner["access_token"])).status_code == 401


def test_refresh_tokens_are_stored_only_as_hashes(
    http: httpx.Client, world: World, db: Database
) -> None:
    pair = tokens(http, "hm@example.org")
    refresh_token = pair["refresh_token"]
    with db.read_session() as s:
        stored = s.scalars(
            select(AuthSession.refresh_hash).where(AuthSession.user_id == world.users["hm"].id)
        ).all()
    assert hashlib.sha256(refresh_token.encode()).hexdigest() in stored
    assert refresh_token not in stored


def test_unknown_and_expired_refresh_tokens_are_refused(
    http: httpx.Client, world: World, db: Database
) -> None:
    unknown = http.post(REFRESH, json={"refresh_token": "x" * 43})
    assert unknown.status_code == 401
    assert "not known" in unknown.json()["detail"]

    pair = tokens(http, "hm@example.org")
    digest = hashlib.sha256(pair["refresh_token"].encode()).hexdigest()
    with db.write_session() as s:
        auth = s.scalars(select(AuthSession).where(AuthSession.refresh_hash == digest)).one()
        auth.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        s.commit()
    expired = http.post(REFRESH, json={"refresh_token": pair["refresh_token"]})
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]

    malformed = http.post(REFRESH, json={"refresh_token": "short"})
    assert malformed.status_code == 422


# --- Signing out --------------------------------------------------------------------------


def test_logout_revokes_only_this_session(http: httpx.Client, world: World) -> None:
    laptop = tokens(http, "recruiter@example.org")
    desktop = tokens(http, "recruiter@example.org")

    response = http.post(LOGOUT, headers=bearer(laptop["access_token"]))
    assert response.status_code == 204
    assert response.content == b""

    after = http.get(ME, headers=bearer(laptop["access_token"]))
    assert after.status_code == 401
    assert "signed out" in after.json()["detail"]
    assert http.get("/api/v1/users", headers=bearer(laptop["access_token"])).status_code == 401
    assert http.post(REFRESH, json={"refresh_token": laptop["refresh_token"]}).status_code == 401
    assert http.post(LOGOUT, headers=bearer(laptop["access_token"])).status_code == 401

    assert http.get(ME, headers=bearer(desktop["access_token"])).status_code == 200
    assert http.post(REFRESH, json={"refresh_token": desktop["refresh_token"]}).status_code == 200
