"""AuthService against the real server on loopback: the refresh token in the keyring and
silent sign-in at start, memory only where there is no keyring (and the user is told), renewal
before expiry and on refusal, sign-out that forgets even offline, and no token in any file
or log line."""

import asyncio
import gc
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import keyring.core
import pytest
import qasync
from keyring.backend import KeyringBackend
from keyring.backends import chainer
from PySide6.QtWidgets import QApplication

from recruiter_api.auth import TokenPair
from recruiter_desktop.services.api_client import ApiClient, FeedPage
from recruiter_desktop.services.auth import (
    KEYRING_FAILED_MESSAGE,
    NO_KEYRING_MESSAGE,
    SERVICE_NAME,
    Account,
    AuthService,
    usable_keyring,
)
from recruiter_desktop.services.errors import Offline, Unauthorized
from recruiter_server.app import create_app
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from tests.desktop.keyring_backend import (
    LockedKeyring,
    MemoryKeyring,
    chainer_keyring,
    fail_keyring,
    null_keyring,
)
from tests.desktop.services.flaky_proxy import FlakyProxy
from tests.desktop.services.support import PASSWORD, POLICY, RECRUITER, Sleeps, make_client
from tests.server.live_server import LiveServer
from tests.server.world import World


class Clock:
    """Monotonic seconds that move only when the test says."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class RecordingClient(ApiClient):
    """Keeps every token pair the server hands out, to look for them afterwards."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pairs: list[TokenPair] = []

    async def sign_in(self, email: str, password: str) -> TokenPair:
        self.pairs.append(await super().sign_in(email, password))
        return self.pairs[-1]

    async def refresh(self, refresh_token: str) -> TokenPair:
        self.pairs.append(await super().refresh(refresh_token))
        return self.pairs[-1]


def entry(url: str, email: str = RECRUITER) -> tuple[str, str]:
    return (SERVICE_NAME, f"{url}|{email}")


def test_the_refresh_token_is_kept_in_the_keyring_and_signs_in_again_at_start(
    server: LiveServer, world: World, sleeps: Sleeps, memory_keyring: MemoryKeyring
) -> None:
    recruiter = world.users["recruiter"]

    async def first_run() -> str:
        async with make_client(server.url, sleeps) as api:
            auth = AuthService(api, keyring_backend=memory_keyring)
            assert auth.persistent and auth.storage_message is None
            assert await auth.restore() is None  # nothing kept yet
            await auth.sign_in(RECRUITER.upper(), PASSWORD)
            assert auth.account == Account(server.url, RECRUITER, recruiter.id)
            access = await auth.access_token()
            assert access is not None
            return access

    async def next_run() -> None:
        async with make_client(server.url, sleeps) as api:
            auth = AuthService(api, keyring_backend=memory_keyring)
            assert await auth.restore() == Account(server.url, RECRUITER, recruiter.id)
            assert auth.signed_in
            assert (await api.me()).user.id == recruiter.id

    access = asyncio.run(first_run())
    kept = memory_keyring.entries[entry(server.url)]
    assert json.loads(memory_keyring.entries[(SERVICE_NAME, server.url)]) == {
        "email": RECRUITER,
        "user_id": str(recruiter.id),
    }
    # The access token stays in memory: it is in no entry of the keyring.
    assert all(access not in value for value in memory_keyring.entries.values())

    asyncio.run(next_run())
    # Signing in again used up the kept refresh token; its successor is kept instead.
    assert memory_keyring.entries[entry(server.url)] != kept


def test_a_kept_sign_in_the_server_refuses_is_forgotten(
    server: LiveServer, world: World, sleeps: Sleeps, memory_keyring: MemoryKeyring
) -> None:
    async def scenario() -> None:
        async with make_client(server.url, sleeps) as api:
            auth = AuthService(api, keyring_backend=memory_keyring)
            await auth.sign_in(RECRUITER, PASSWORD)
            kept = dict(memory_keyring.entries)
            assert await auth.sign_out()
            memory_keyring.entries.update(kept)  # a keyring that missed the sign-out

            again = AuthService(api, keyring_backend=memory_keyring)
            assert await again.restore() is None
            assert not again.signed_in and again.account is None
            assert memory_keyring.entries == {}

    asyncio.run(scenario())


def test_restore_while_the_server_is_down_keeps_the_account_for_offline_work(
    world: World, settings: Settings, db: Database, sleeps: Sleeps, memory_keyring: MemoryKeyring
) -> None:
    live = LiveServer(create_app(settings, db))

    async def scenario() -> None:
        async with make_client(live.url, sleeps) as api:
            with live:
                await AuthService(api, keyring_backend=memory_keyring).sign_in(RECRUITER, PASSWORD)
            auth = AuthService(api, keyring_backend=memory_keyring)
            account = await auth.restore()
            assert account is not None and account.email == RECRUITER
            assert auth.signed_in
            with pytest.raises(Offline):
                await api.me()
            assert auth.signed_in  # still, for when the server is back
            assert entry(live.url) in memory_keyring.entries

    asyncio.run(scenario())


@pytest.mark.parametrize("backend", [fail_keyring, null_keyring])
def test_without_a_keyring_the_sign_in_lives_in_memory_and_the_user_is_told(
    server: LiveServer, world: World, sleeps: Sleeps, backend: Callable[[], KeyringBackend]
) -> None:
    async def scenario() -> None:
        async with make_client(server.url, sleeps) as api:
            auth = AuthService(api, keyring_backend=backend())
            assert not auth.persistent
            assert auth.storage_message == NO_KEYRING_MESSAGE
            assert auth.storage_message == (
                "Your sign-in is kept only until you close the app: this system has no keyring."
            )
            await auth.sign_in(RECRUITER, PASSWORD)
            assert (await api.me()).user.email == RECRUITER
            assert await AuthService(api, keyring_backend=backend()).restore() is None

    asyncio.run(scenario())


def test_a_keyring_that_refuses_to_store_falls_back_to_memory(
    server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    locked = LockedKeyring()

    async def scenario() -> None:
        async with make_client(server.url, sleeps) as api:
            auth = AuthService(api, keyring_backend=locked)
            assert auth.persistent
            await auth.sign_in(RECRUITER, PASSWORD)
            assert not auth.persistent
            assert auth.storage_message == KEYRING_FAILED_MESSAGE
            assert (await api.me()).user.email == RECRUITER

    asyncio.run(scenario())
    assert locked.entries == {}


class PlaintextKeyring(MemoryKeyring):
    """Passes for keyrings.alt's file backend, which keeps passwords in a plain file."""

    __module__ = "keyrings.alt.file"


def test_only_keyrings_fit_for_secrets_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    memory = MemoryKeyring()
    assert usable_keyring(memory) is memory
    assert usable_keyring(fail_keyring()) is None
    assert usable_keyring(null_keyring()) is None
    assert usable_keyring(PlaintextKeyring()) is None
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert usable_keyring(chainer_keyring()) is None
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring(), memory])
    assert usable_keyring(chainer_keyring()) is memory


def test_the_system_keyring_is_used_by_default(
    server: LiveServer, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = ApiClient(server.url)
    # Chosen by the environment, as the app would on a desktop with a keyring.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.desktop.keyring_backend.MemoryKeyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    assert AuthService(api).persistent
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
    # Headless Linux: keyring's fail backend.
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail_keyring())
    assert not AuthService(api).persistent
    # A backend named in the environment that does not load.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no.such.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    assert AuthService(api).storage_message == NO_KEYRING_MESSAGE
    asyncio.run(api.aclose())


def test_an_access_token_due_for_renewal_is_renewed_before_use_once_for_all_requests(
    server: LiveServer, world: World, sleeps: Sleeps, memory_keyring: MemoryKeyring
) -> None:
    clock = Clock()

    async def scenario() -> None:
        async with FlakyProxy(server.port) as proxy:
            api = make_client(proxy.url, sleeps)
            auth = AuthService(api, keyring_backend=memory_keyring, clock=clock)
            await auth.sign_in(RECRUITER, PASSWORD)
            clock.now += 14 * 60 + 1  # within a minute of the 15 minutes' expiry
            proxy.seen.clear()
            kept = memory_keyring.entries[entry(proxy.url)]
            answers = await asyncio.gather(*(api.me() for _ in range(5)))
            assert {me.user.email for me in answers} == {RECRUITER}
            assert sorted(proxy.paths()) == [("GET", "/api/v1/me", 200)] * 5 + [
                ("POST", "/api/v1/auth/refresh", 200)
            ]
            assert proxy.paths()[0] == ("POST", "/api/v1/auth/refresh", 200)
            assert memory_keyring.entries[entry(proxy.url)] != kept
            await api.aclose()

    asyncio.run(scenario())


def test_sign_out_ends_the_session_on_the_server_and_forgets_it_here(
    server: LiveServer, world: World, sleeps: Sleeps, memory_keyring: MemoryKeyring
) -> None:
    async def scenario() -> None:
        async with make_client(server.url, sleeps) as api:
            auth = AuthService(api, keyring_backend=memory_keyring)
            await auth.sign_in(RECRUITER, PASSWORD)
            refresh_token = memory_keyring.entries[entry(server.url)]
            assert await auth.sign_out() is True
            assert not auth.signed_in and auth.account is None
            assert memory_keyring.entries == {}
            with pytest.raises(Unauthorized, match="not signed in"):
                await api.me()
            with pytest.raises(Unauthorized, match="signed out"):
                await api.refresh(refresh_token)
            assert await auth.sign_out() is False  # nothing left to end

    asyncio.run(scenario())


def test_sign_out_forgets_the_sign_in_even_when_the_server_cannot_be_reached(
    world: World, settings: Settings, db: Database, sleeps: Sleeps, memory_keyring: MemoryKeyring
) -> None:
    live = LiveServer(create_app(settings, db))

    async def scenario() -> None:
        async with make_client(live.url, sleeps) as api:
            auth = AuthService(api, keyring_backend=memory_keyring)
            with live:
                await auth.sign_in(RECRUITER, PASSWORD)
            assert await auth.sign_out() is False
            assert not auth.signed_in
            assert memory_keyring.entries == {}

    asyncio.run(scenario())


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, with the XDG folders where platformdirs puts the
    app's data, settings and caches; also the working folder."""
    home = tmp_path / "home"
    for variable, folder in [
        ("HOME", home),
        ("XDG_DATA_HOME", home / ".local/share"),
        ("XDG_CONFIG_HOME", home / ".config"),
        ("XDG_CACHE_HOME", home / ".cache"),
        ("XDG_STATE_HOME", home / ".local/state"),
    ]:
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.chdir(tmp_path)
    return home


@pytest.mark.parametrize("backend", [fail_keyring, MemoryKeyring])
@pytest.mark.usefixtures("world", "home")
def test_no_token_is_written_to_a_file_or_a_log(
    server: LiveServer,
    sleeps: Sleeps,
    backend: Callable[[], KeyringBackend],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    clock = Clock()
    keyring_backend = backend()

    async def scenario() -> set[str]:
        async with RecordingClient(server.url, retry=POLICY, sleep=sleeps) as api:
            auth = AuthService(api, keyring_backend=keyring_backend, clock=clock)
            await auth.sign_in(RECRUITER, PASSWORD)
            clock.now += 3600  # due for renewal: new tokens, the refresh token rotated
            await api.me()
            await auth.sign_out()
        assert len(api.pairs) == 2
        return {token for pair in api.pairs for token in (pair.access_token, pair.refresh_token)}

    # Two access tokens signed within the same second are alike: 3 or 4 secrets.
    tokens = asyncio.run(scenario())
    assert len(tokens) >= 3
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert files  # the scan sees the server's database at least
    for path in files:
        content = path.read_bytes()
        assert not any(token.encode() in content for token in tokens), path
    assert caplog.records  # the scan of the log sees something
    assert not any(token in caplog.text for token in tokens)


def test_signing_in_and_pulling_work_on_the_qt_event_loop(
    qapp: QApplication, server: LiveServer, world: World, sleeps: Sleeps
) -> None:
    # The app runs its services on qasync's loop, keyring calls in its worker threads.
    keyring_backend = MemoryKeyring()

    async def scenario() -> None:
        async with make_client(server.url, sleeps) as api:
            auth = AuthService(api, keyring_backend=keyring_backend)
            await auth.sign_in(RECRUITER, PASSWORD)
            assert isinstance(await api.pull(None, 100), FeedPage)
            assert await AuthService(api, keyring_backend=keyring_backend).restore()

    loop = qasync.QEventLoop(qapp)
    try:
        loop.run_until_complete(scenario())
    finally:
        loop.close()
        # Free the loop's timers here, on the thread that owns them: left to the garbage
        # collector, they may be freed on a worker thread of a later test (a Qt warning).
        del loop
        gc.collect()
    assert entry(server.url) in keyring_backend.entries
