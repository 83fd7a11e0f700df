"""ApiClient against the real server on loopback: the calls the sync engine makes, the typed
errors in the server's words, and retries through a front that fails on cue (tests/desktop/
services/flaky_proxy.py). Waits are recorded, not slept."""

import asyncio
import json
import math
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import orjson
import pytest
from pydantic import SecretStr

from recruiter_api.entities import Me
from recruiter_api.enums import FeedShape, MutationStatus
from recruiter_api.sync import NOTE_CREATE, Mutation, ResetRequired
from recruiter_desktop.services.api_client import (
    ApiClient,
    FeedPage,
    decode_page,
    normalize_server_url,
)
from recruiter_desktop.services.auth import AuthService
from recruiter_desktop.services.errors import (
    BadResponse,
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    Offline,
    RateLimited,
    ServerError,
    Unauthorized,
)
from recruiter_desktop.store.schema import ENTITIES
from recruiter_server.app import create_app
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.sync.feed import Page
from tests.desktop.keyring_backend import MemoryKeyring
from tests.desktop.services.flaky_proxy import (
    CUT,
    DROP,
    Answer,
    FlakyProxy,
    too_many,
    unavailable,
)
from tests.desktop.services.support import PASSWORD, POLICY, RECRUITER, Sleeps, make_client
from tests.server.live_server import LiveServer
from tests.server.world import World

CHANGES = "/api/v1/sync/changes"
ME = "/api/v1/me"


async def signed_in(url: str, sleeps: Sleeps, email: str = RECRUITER) -> ApiClient:
    api = make_client(url, sleeps)
    await AuthService(api, keyring_backend=MemoryKeyring()).sign_in(email, PASSWORD)
    return api


def through_proxy(
    server: LiveServer, sleeps: Sleeps, scenario: Callable[[FlakyProxy, ApiClient], Awaitable[Any]]
) -> Any:
    """Run `scenario` with a signed-in client whose requests pass through a FlakyProxy in
    front of `server`; the proxy's record starts after the sign-in."""

    async def run() -> Any:
        async with FlakyProxy(server.port) as proxy:
            api = await signed_in(proxy.url, sleeps)
            proxy.seen.clear()
            try:
                return await scenario(proxy, api)
            finally:
                await api.aclose()

    return asyncio.run(run())


def upserts(page: FeedPage, entity: str) -> list[dict[str, Any]]:
    """The page's upserted rows of `entity`, as named fields."""
    names = page.rows.fields[entity]
    return [dict(zip(names, row, strict=True)) for row in page.rows.upserted(entity)]


async def pull_all(api: ApiClient, limit: int) -> tuple[list[FeedPage], int]:
    """Every page from the start, and how many changes they hold."""
    pages: list[FeedPage] = []
    cursor = None
    while not pages or pages[-1].has_more:
        page = await api.pull(cursor, limit)
        assert isinstance(page, FeedPage)
        pages.append(page)
        cursor = page.cursor
    return pages, sum(page.rows.count for page in pages)


def test_sign_in_me_pull_and_push_round_trip(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    alice = world.candidates["alice"].id
    note = Mutation(
        id=uuid.uuid4(),
        type=NOTE_CREATE,
        entity_id=uuid.uuid4(),
        args={"candidate_id": str(alice), "body": "Met at the fair."},
    )

    async def scenario() -> None:
        api = make_client(server.url, sleeps)
        auth = AuthService(api, keyring_backend=MemoryKeyring())
        me = await auth.sign_in(RECRUITER, PASSWORD)
        assert me.user.email == RECRUITER and me.user.role == "recruiter"
        assert await api.me() == me

        pages, count = await pull_all(api, limit=7)
        assert pages[0].total == count > 7
        assert len(pages) == math.ceil(count / 7)
        names = {row["first_name"] for page in pages for row in upserts(page, "candidate")}
        assert names == {"Alice", "Bob", "Carol", "Dave"}

        [result] = await api.push([note])
        assert (result.id, result.status) == (note.id, MutationStatus.APPLIED)
        after = await api.pull(pages[-1].cursor, 100)
        assert isinstance(after, FeedPage)
        notes = [(row["id"], row["body"]) for row in upserts(after, "note")]
        assert notes == [(str(note.entity_id), "Met at the fair.")]

        # A push sent again gets its first answer and changes nothing.
        assert await api.push([note]) == [result]
        later = await api.pull(after.cursor, 100)
        assert isinstance(later, FeedPage) and later.rows.count == 0
        await api.aclose()

    asyncio.run(scenario())
    assert sleeps.waits == []


def test_wrong_password_is_refused_in_the_servers_words(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    async def scenario() -> Unauthorized:
        async with make_client(server.url, sleeps) as api:
            with pytest.raises(Unauthorized) as caught:
                await api.sign_in(RECRUITER, "not the password")
            return caught.value

    error = asyncio.run(scenario())
    assert str(error) == "E-mail or password is wrong."
    assert error.status == 401 and error.detail == str(error)
    assert error.problem is not None and error.problem.title == "Unauthorized"
    assert not error.retryable
    assert sleeps.waits == []


def test_an_invalid_request_names_the_fields_in_words(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    async def scenario() -> tuple[Invalid, Invalid]:
        async with make_client(server.url, sleeps) as api:
            with pytest.raises(Invalid) as too_long:
                await api.sign_in("a" * 400 + "@example.org", PASSWORD)
        api = await signed_in(server.url, sleeps)
        too_many_mutations = [
            Mutation(id=uuid.uuid4(), type=NOTE_CREATE, entity_id=uuid.uuid4()) for _ in range(501)
        ]
        with pytest.raises(Invalid) as too_big:
            await api.push(too_many_mutations)
        await api.aclose()
        return too_long.value, too_big.value

    too_long, too_big = asyncio.run(scenario())
    assert too_long.status == 422
    assert [e.field for e in too_long.errors] == ["username"]
    assert str(too_long).startswith("The request is not valid: username:")
    assert [e.field for e in too_big.errors] == ["mutations"]
    assert sleeps.waits == []


def test_refusals_are_typed_and_a_duplicate_names_the_existing_row(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    alice = world.candidates["alice"]
    duplicate = {"first_name": "Alicia", "email": "alice@example.net"}

    async def scenario() -> tuple[Conflict, NotFound, Forbidden]:
        api = await signed_in(server.url, sleeps)
        with pytest.raises(Conflict) as conflict:
            await api.request_json("POST", "/api/v1/candidates", json_body=duplicate)
        with pytest.raises(NotFound) as missing:
            await api.request_json("GET", f"/api/v1/candidates/{uuid.uuid4()}")
        created = await api.request_json(
            "POST", "/api/v1/candidates", json_body={"first_name": "Erik"}
        )
        assert created["first_name"] == "Erik"
        await api.aclose()
        interviewer = await signed_in(server.url, sleeps, "interviewer@example.org")
        with pytest.raises(Forbidden) as forbidden:
            await interviewer.request_json("POST", "/api/v1/candidates", json_body=duplicate)
        await interviewer.aclose()
        return conflict.value, missing.value, forbidden.value

    conflict, missing, forbidden = asyncio.run(scenario())
    assert conflict.existing is not None and conflict.existing["id"] == str(alice.id)
    assert "already" in str(conflict)
    assert missing.status == 404 and str(missing) == missing.detail
    assert forbidden.status == 403 and forbidden.detail
    assert sleeps.waits == []


def test_a_refused_access_token_is_renewed_once_and_the_request_sent_again(
    server: LiveServer, world: World, settings: Settings, db: Database, sleeps: Sleeps
) -> None:
    # The server restarts with a new secret key: access tokens it signed before are refused,
    # refresh tokens (kept in its database) still work.
    rotated = settings.model_copy(
        update={"secret_key": SecretStr("another-secret-key-0123456789abcdef0123")}
    )
    keyring = MemoryKeyring()

    async def scenario(restarted: LiveServer) -> None:
        async with FlakyProxy(server.port) as proxy:
            api = make_client(proxy.url, sleeps)
            await AuthService(api, keyring_backend=keyring).sign_in(RECRUITER, PASSWORD)
            stored = dict(keyring.entries)
            proxy.upstream_port = restarted.port
            proxy.seen.clear()
            me = await api.me()
            assert me.user.email == RECRUITER
            assert proxy.paths() == [
                ("GET", ME, 401),
                ("POST", "/api/v1/auth/refresh", 200),
                ("GET", ME, 200),
            ]
            # The rotated refresh token replaced the used one in the keyring.
            assert keyring.entries.keys() == stored.keys() and keyring.entries != stored
            await api.aclose()

    with LiveServer(create_app(rotated, db)) as restarted:
        asyncio.run(scenario(restarted))


def test_a_token_refused_again_after_renewal_is_not_renewed_twice(
    world: World, settings: Settings, db: Database, sleeps: Sleeps
) -> None:
    # Every access token this server hands out has expired by the time it is used.
    instant = settings.model_copy(update={"access_token_minutes": 0})

    async def scenario(short: LiveServer) -> None:
        async with FlakyProxy(short.port) as proxy:
            api = make_client(proxy.url, sleeps)
            auth = AuthService(api, keyring_backend=MemoryKeyring())
            with pytest.raises(Unauthorized) as caught:
                await auth.sign_in(RECRUITER, PASSWORD)
            assert "expired" in str(caught.value)
            assert proxy.paths() == [
                ("POST", "/api/v1/auth/token", 200),
                ("POST", "/api/v1/auth/refresh", 200),  # due at once: renewed before use
                ("GET", ME, 401),
                ("POST", "/api/v1/auth/refresh", 200),
                ("GET", ME, 401),
            ]
            assert not auth.signed_in
            await api.aclose()

    with LiveServer(create_app(instant, db)) as short:
        asyncio.run(scenario(short))


def test_a_stopped_server_is_offline_after_the_bounded_retries(
    world: World, settings: Settings, db: Database, sleeps: Sleeps
) -> None:
    live = LiveServer(create_app(settings, db))

    async def scenario() -> tuple[Offline, Offline]:
        async with make_client(live.url, sleeps) as api:
            with live:
                await AuthService(api, keyring_backend=MemoryKeyring()).sign_in(RECRUITER, PASSWORD)
                await api.health()
            with pytest.raises(Offline) as me:
                await api.me()
            with pytest.raises(Offline) as probe:
                await api.health()
            return me.value, probe.value

    me, probe = asyncio.run(scenario())
    assert me.attempts == POLICY.attempts == 4
    # 0.2 s doubling, each drawn at 3/4 of its nominal delay.
    assert sleeps.waits == pytest.approx([0.15, 0.3, 0.6])
    assert str(me) == (
        f"The server at {live.url} cannot be reached: no connection could be made "
        "(is it running, and is the address right?)."
    )
    assert me.retryable and me.status is None
    assert probe.attempts == 1  # the health probe does not retry


def test_a_server_answering_503_twice_then_200_succeeds(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    async def scenario(proxy: FlakyProxy, api: ApiClient) -> Me:
        proxy.plan(unavailable(), unavailable())
        return await api.me()

    me = through_proxy(server, sleeps, scenario)
    assert me.user.email == RECRUITER
    assert sleeps.waits == pytest.approx([0.15, 0.3])


def test_a_server_failing_every_attempt_is_a_server_error_in_its_words(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    async def scenario(proxy: FlakyProxy, api: ApiClient) -> list[tuple[str, str, int | str]]:
        proxy.plan(*[unavailable("Down for maintenance until 14:00.")] * 4, unavailable())
        with pytest.raises(ServerError) as caught:
            await api.me()
        assert str(caught.value) == "Down for maintenance until 14:00."
        assert caught.value.status == 503 and caught.value.retryable
        return proxy.paths()

    assert through_proxy(server, sleeps, scenario) == [("GET", ME, 503)] * 4
    assert sleeps.waits == pytest.approx([0.15, 0.3, 0.6])


def test_a_connection_cut_in_the_middle_of_an_answer_is_retried(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    async def scenario(proxy: FlakyProxy, api: ApiClient) -> None:
        expected = await api.pull(None, 1000)
        assert isinstance(expected, FeedPage) and expected.rows.count > 10
        proxy.seen.clear()
        proxy.plan(CUT, DROP)
        assert await api.pull(None, 1000) == expected
        assert proxy.paths() == [
            ("GET", CHANGES, CUT),
            ("GET", CHANGES, DROP),
            ("GET", CHANGES, 200),
        ]

    through_proxy(server, sleeps, scenario)
    assert sleeps.waits == pytest.approx([0.15, 0.3])


def test_a_push_whose_answer_was_cut_is_sent_again_and_applied_once(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    alice = world.candidates["alice"].id
    note = Mutation(
        id=uuid.uuid4(),
        type=NOTE_CREATE,
        entity_id=uuid.uuid4(),
        args={"candidate_id": str(alice), "body": "Call back on Monday."},
    )

    async def scenario(proxy: FlakyProxy, api: ApiClient) -> None:
        before, _ = await pull_all(api, 1000)
        proxy.plan(CUT)
        [result] = await api.push([note])
        assert result.status == MutationStatus.APPLIED
        after, _ = await pull_all(api, 1000)
        new_notes = {n["id"] for p in after for n in upserts(p, "note")} - {
            n["id"] for p in before for n in upserts(p, "note")
        }
        assert new_notes == {str(note.entity_id)}
        assert [what for method, _, what in proxy.paths() if method == "POST"] == [CUT, 200]

    through_proxy(server, sleeps, scenario)


def test_429_waits_as_long_as_retry_after_says(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    async def scenario(proxy: FlakyProxy, api: ApiClient) -> None:
        proxy.plan(too_many(retry_after=2))
        assert isinstance(await api.pull(None, 10), FeedPage)
        assert proxy.paths() == [("GET", CHANGES, 429), ("GET", CHANGES, 200)]

    through_proxy(server, sleeps, scenario)
    assert sleeps.waits == [2.0]


def test_a_retry_after_too_long_to_wait_is_raised_at_once(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    async def scenario() -> RateLimited:
        async with make_client(server.url, sleeps) as api:
            for _ in range(5):
                with pytest.raises(Unauthorized):
                    await api.sign_in(RECRUITER, "guess")
            with pytest.raises(RateLimited) as caught:
                await api.sign_in(RECRUITER, PASSWORD)
            return caught.value

    error = asyncio.run(scenario())
    assert error.retry_after is not None and error.retry_after > POLICY.max_retry_after
    assert str(error).startswith("Too many failed sign-ins for this e-mail address; try again")
    assert error.retryable
    assert sleeps.waits == []


def test_changes_of_unknown_entities_are_left_out_and_counted(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    known = ["note", "delete", str(uuid.uuid4()), 3]
    newer = ["interview", "upsert", [str(uuid.uuid4()), 1]]
    fields = {"note": list(ENTITIES["note"].fields), "interview": ["id", "version"]}
    page = {
        "shape": "rows",
        "fields": fields,
        "changes": [newer, known, newer],
        "cursor": "c2",
        "has_more": False,
    }

    async def scenario(proxy: FlakyProxy, api: ApiClient) -> None:
        proxy.plan(
            Answer(200, page, media_type="application/json"),
            Answer(
                200, page | {"changes": [[known[0], "rename", *known[2:]]]}, media_type="text/json"
            ),
            Answer(200, "<html>Sign in to the hotel Wi-Fi</html>", media_type="text/html"),
        )
        read = await api.pull("c1", 10)
        assert isinstance(read, FeedPage)
        assert read.rows.deleted("note") == [known[2]]
        assert read.rows.count == 1
        assert read.rows.skipped == {"interview": 2}
        for _ in range(2):
            with pytest.raises(BadResponse) as caught:
                await api.pull("c1", 10)
            assert "could not be read" in str(caught.value)

    through_proxy(server, sleeps, scenario)
    assert sleeps.waits == []


def test_a_changed_role_answers_reset_required(
    server: LiveServer, world: World, http: httpx.Client, sleeps: Sleeps
) -> None:
    recruiter = world.users["recruiter"].id

    async def scenario() -> None:
        api = await signed_in(server.url, sleeps)
        pages, _ = await pull_all(api, 1000)
        changed = await asyncio.to_thread(
            http.patch,
            f"/api/v1/users/{recruiter}",
            json={"role": "admin"},
            headers=world.auth("admin"),
        )
        assert changed.status_code == 200, changed.text
        reset = await api.pull(pages[-1].cursor, 1000)
        assert isinstance(reset, ResetRequired)
        assert "role" in reset.reason
        await api.aclose()

    asyncio.run(scenario())


def test_a_server_address_is_checked_and_spelled_one_way() -> None:
    assert normalize_server_url(" HTTP://Example.ORG:8000/ats/ ") == "http://example.org:8000/ats"
    for bad in ("example.org", "ftp://example.org", "http://", "https://h/?x=1"):
        with pytest.raises(ValueError, match="is not a server address"):
            normalize_server_url(bad)


def test_a_page_in_the_rows_shape_is_decoded_a_part_at_a_time_to_the_same_document() -> None:
    row = [str(uuid.uuid4()), 1, 'Ada "the Countess"\nLovelace', None, True, ["a", "b"]]
    changes = [f'["note","upsert",{json.dumps(row)}]' for _ in range(10_000)]
    # As the server lays a page out: its head, each change and its tail on lines of their own.
    page = Page(FeedShape.ROWS, changes, len(changes), "c2", has_more=True, total=20_000)
    body = page.to_json().encode()
    assert len(body) > 3 * 256 * 1024  # decoded in several parts

    assert decode_page(body) == orjson.loads(body)
    with pytest.raises(orjson.JSONDecodeError):
        decode_page(body.replace(b'"upsert",', b'"upsert",,', 1))
    # Any other answer is decoded whole.
    assert decode_page(b'{"reset_required":true}') == {"reset_required": True}
