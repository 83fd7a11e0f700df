"""Who is signed in, their session and their window: the app between start and quit.

At start the shell signs back in silently when the keyring kept a sign-in (also offline),
else it shows the sign-in dialog; in demo mode it signs in as the demo's recruiter. Then it
opens the user's session (cache, API client, sync engine), builds the main window and starts
syncing, and waits for what the window asks: quit, sign out (then the sign-in dialog again),
or, in demo mode, switch to another demo user (a new session, cache and window). Views only
ask, through their signals; the shell does the signing in and out.

`run()` returns the app's exit status: 0 when the user quits or cancels the sign-in, 1 when
something kept the app from working, with the reason in words in the log (and so on
stderr).
"""

import asyncio
import gc
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from recruiter_api.enums import OrgRole
from recruiter_desktop.demo_guide import DemoGuide
from recruiter_desktop.memory_release import ReleaseAfterBulkLoad
from recruiter_desktop.services.api_client import ApiClient
from recruiter_desktop.services.auth import (
    KEYRING_FAILED_MESSAGE,
    NO_KEYRING_MESSAGE,
    AuthService,
    usable_keyring,
)
from recruiter_desktop.services.errors import ApiError
from recruiter_desktop.services.session import open_session
from recruiter_desktop.services.workspace import Who, Workspace
from recruiter_desktop.store import outbox, sync_state
from recruiter_desktop.store.database import Cache, CacheError
from recruiter_desktop.store.schema import StateKey
from recruiter_desktop.views.app_settings import AppSettings
from recruiter_desktop.views.main_window import MainWindow
from recruiter_desktop.views.sign_in_dialog import SignInDialog
from recruiter_desktop.views.window_capture import CaptureError, capture

log = logging.getLogger("recruiter.desktop")

OK = 0
FAILED = 1
# How long a screenshot waits for the first sync, and then for the pages to load.
SCREENSHOT_SYNC_TIMEOUT = 120.0
SCREENSHOT_SETTLE_TIMEOUT = 15.0


class ShellError(Exception):
    """Why the app cannot go on, in words for the person who started it."""


@dataclass
class Client:
    """An API client and its sign-in, for one server."""

    api: ApiClient
    auth: AuthService

    @classmethod
    def of(cls, server: str, keyring_backend: KeyringBackend | None = None) -> "Client":
        """A client of `server` whose sign-in is kept in `keyring_backend` (None: the
        system's keyring)."""
        api = ApiClient(server)
        return cls(api, AuthService(api, keyring_backend=keyring_backend))

    async def close(self) -> None:
        await self.api.aclose()


async def signed_in_client(
    server: str, email: str, password: str, keyring_backend: KeyringBackend | None = None
) -> Client:
    """A client of `server` signed in as `email`; ApiError in words when refused."""
    client = Client.of(server, keyring_backend)
    try:
        await client.auth.sign_in(email, password)
    except BaseException:
        await client.close()
        raise
    return client


@dataclass(frozen=True)
class DemoAccounts:
    """The demo's server and sign-ins, when the app runs in demo mode, and what its window
    tells and offers about the demo (`guide`)."""

    server: str
    password: str
    users: Sequence[tuple[str, OrgRole]]
    first: str
    guide: DemoGuide | None = None


@dataclass(frozen=True)
class Quit:
    """The user closed the window."""


@dataclass(frozen=True)
class SignOut:
    """The user signed out (File > Sign out, or User settings)."""


@dataclass(frozen=True)
class Switch:
    """The Demo menu chose another demo user."""

    email: str


Ask = Quit | SignOut | Switch


@dataclass(frozen=True)
class _Known:
    """What the cache knows before any round: whose it is, when it last synced, and how
    many changes made here wait for the server."""

    identity: sync_state.Identity | None
    last_sync: str | None
    pending: int


def _known(cache: Cache) -> _Known:
    with cache.read() as conn:
        return _Known(
            sync_state.identity(conn),
            sync_state.get(conn, StateKey.LAST_SUCCESS),
            outbox.count(conn),
        )


async def open_workspace(client: Client, data_dir: Path | None) -> Workspace:
    """The signed-in user's session (its cache under `data_dir`) and workspace; ShellError in
    words when it cannot be opened."""
    account = client.auth.account
    if account is None:
        raise ShellError(
            QCoreApplication.translate(
                "Shell", "The sign-in was lost before the window opened; sign in again."
            )
        )
    try:
        session = await open_session(client.api, client.auth, data_dir=data_dir)
    except (CacheError, OSError) as error:
        raise ShellError(
            QCoreApplication.translate(
                "Shell", "Your data on this computer cannot be opened: %1"
            ).replace("%1", str(error))
        ) from error
    known = await asyncio.to_thread(_known, session.cache)
    identity = known.identity
    if identity is None:
        await session.close()
        raise ShellError(
            QCoreApplication.translate(
                "Shell",
                "The server at %1 cannot be reached, and this computer has no copy of "
                "your data yet. Try again when the server answers.",
            ).replace("%1", account.server_url)
        )
    # The window tells at once, also offline, when the last sync was and what waits to go.
    if known.last_sync:
        session.status.set_last_sync(known.last_sync)
    session.status.set_pending(known.pending)
    who = Who(str(account.user_id), account.email, OrgRole(identity.role), account.server_url)
    return Workspace(session, who)


class Shell:
    """Runs the signed-in app until the user quits (see the module's docstring).

    `server` is the server to use (None: the one signed in to last); `data_dir` holds the
    caches (None: the platform's data folder); `keyring_backend` is where sign-ins are kept
    (None: the system's keyring); `screenshot`, when given, makes the app save a picture of
    its window there once the first sync is done, and end.
    """

    def __init__(
        self,
        settings: AppSettings,
        *,
        server: str | None = None,
        data_dir: Path | None = None,
        keyring_backend: KeyringBackend | None = None,
        demo: DemoAccounts | None = None,
        screenshot: Path | None = None,
    ) -> None:
        self.settings = settings
        self.server = server
        self.data_dir = data_dir
        self.keyring_backend = keyring_backend
        self.demo = demo
        self.screenshot = screenshot
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | None = None
        self._asked: asyncio.Future[Ask] | None = None
        self._stop: asyncio.Future[int] | None = None

    # --- The whole run -----------------------------------------------------------------

    async def run(self) -> int:
        """Sign in, work in the window, sign in again as asked, until the user quits; the
        exit status."""
        self._stop = asyncio.get_running_loop().create_future()
        # The shell decides when the app ends: a window closed to switch users must not.
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setQuitOnLastWindowClosed(False)
        try:
            status = await self._work()
        except ShellError as error:
            log.error("%s", error)
            return FAILED
        return self._stop.result() if self._stop.done() else status

    def stop(self, status: int = OK) -> None:
        """End the app with this exit status, as if the user quit."""
        if self._stop is not None and not self._stop.done():
            self._stop.set_result(status)
        self._answer(Quit())

    async def _work(self) -> int:
        client = await self._first_client()
        while client is not None:
            try:
                ask = await self._work_as(client)
            except ShellError as error:
                if self.screenshot is not None:
                    raise
                server = self.server or self.settings.server
                client = await self._ask_sign_in(server=server, reason=str(error))
                continue
            if isinstance(ask, Quit):
                return OK
            if isinstance(ask, Switch) and self.demo is not None:
                client = await self._switch(self.demo, ask.email)
            else:
                client = await self._ask_sign_in()
        return OK

    async def _first_client(self) -> "Client | None":
        if self.demo is not None:
            try:
                return await self._sign_in(self.demo.server, self.demo.first, self.demo.password)
            except ApiError as error:
                raise ShellError(
                    QCoreApplication.translate(
                        "Shell", "The demo could not sign in to its own server: %1"
                    ).replace("%1", str(error))
                ) from error
        server = self.server or self.settings.server
        if server:
            client = self._client(server)
            if await client.auth.restore() is not None:
                return client
            await client.close()
        if self.screenshot is not None:
            raise ShellError(
                QCoreApplication.translate(
                    "Shell",
                    "There is no saved sign-in to take the screenshot with: sign in once "
                    "without --screenshot, or use --demo.",
                )
            )
        return await self._ask_sign_in(server=server)

    async def _switch(self, demo: DemoAccounts, email: str) -> "Client | None":
        try:
            return await self._sign_in(demo.server, email, demo.password)
        except Exception as error:  # the dialog tells what it was, in words
            log.warning("demo switch to %s failed: %s", email, error)
            reason = QCoreApplication.translate(
                "Shell", "Signing in as %1 did not work; sign in here."
            ).replace("%1", email)
            return await self._ask_sign_in(server=demo.server, email=email, reason=reason)

    # --- Signing in ------------------------------------------------------------------

    def _client(self, server: str) -> Client:
        return Client.of(server, self.keyring_backend)

    async def _sign_in(self, server: str, email: str, password: str) -> Client:
        return await signed_in_client(server, email, password, self.keyring_backend)

    def _keeps_sign_in(self) -> bool:
        """Whether a sign-in outlives the app here (a keyring fit for tokens)."""
        backend = self.keyring_backend
        if backend is None:
            try:
                backend = keyring.get_keyring()
            except Exception:  # a broken keyring setup: AuthService keeps it in memory too
                return False
        return usable_keyring(backend) is not None

    def _storage_words(self, message: str | None) -> str | None:
        if message == NO_KEYRING_MESSAGE:
            return QCoreApplication.translate(
                "Shell",
                "Your sign-in is kept only until you close the app: this system has no keyring.",
            )
        if message == KEYRING_FAILED_MESSAGE:
            return QCoreApplication.translate(
                "Shell",
                "Your sign-in is kept only until you close the app: the system keyring did "
                "not let this app store it.",
            )
        return message

    async def _ask_sign_in(
        self, *, server: str = "", email: str = "", reason: str | None = None
    ) -> "Client | None":
        """The sign-in dialog's client, or None when the user cancels."""
        keeps = self.demo is not None or self._keeps_sign_in()
        dialog = SignInDialog(
            self._sign_in,
            self.settings,
            server=server,
            email=email,
            storage_message=None if keeps else self._storage_words(NO_KEYRING_MESSAGE),
            reason=reason,
        )
        answer: asyncio.Future[Client | None] = asyncio.get_running_loop().create_future()

        def settle(client: Client | None) -> None:
            if not answer.done():
                answer.set_result(client)

        dialog.signed_in.connect(settle)
        dialog.rejected.connect(lambda: settle(None))
        self.dialog = dialog
        dialog.show()
        stop = self._stop
        try:
            if stop is None:
                return await answer
            waiting: list[asyncio.Future[Any]] = [answer, stop]
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            return answer.result() if answer.done() else None
        finally:
            self.dialog = None
            dialog.hide()
            dialog.deleteLater()

    def _sign_in_again(self, client: Client, workspace: Workspace) -> None:
        """The server stopped accepting the sign-in: ask for the password, same account."""
        if self.dialog is not None:
            return
        account = client.auth.account
        email = account.email if account is not None else workspace.who.email

        async def again(server: str, typed_email: str, password: str) -> object:
            return await client.auth.sign_in(typed_email, password)

        dialog = SignInDialog(
            again,
            self.settings,
            server=workspace.who.server_url,
            email=email,
            reason=QCoreApplication.translate(
                "Shell", "The server no longer accepts your sign-in. Sign in again to sync."
            ),
            account_fixed=True,
            parent=self.window,
        )
        self.dialog = dialog
        dialog.signed_in.connect(lambda _me: workspace.sync_now())
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.show()

    # --- A signed-in user's window -----------------------------------------------------

    async def _work_as(self, client: Client) -> Ask:
        """Open the user's window and wait for what it asks; sign out if asked."""
        try:
            workspace = await open_workspace(client, self.data_dir)
        except ShellError:
            await client.close()
            raise
        session = workspace.session
        release = ReleaseAfterBulkLoad(session.status, session.cache)
        asked: asyncio.Future[Ask] = asyncio.get_running_loop().create_future()
        self._asked = asked
        window = MainWindow(
            workspace,
            self.settings,
            demo_users=self.demo.users if self.demo else (),
            demo_guide=self.demo.guide if self.demo else None,
        )
        self.window = window
        window.closed.connect(lambda: self._answer(Quit()))
        window.sign_out_requested.connect(lambda: self._answer(SignOut()))
        window.user_switch_requested.connect(lambda email: self._answer(Switch(email)))
        window.sign_in_again_requested.connect(lambda: self._sign_in_again(client, workspace))
        window.show()
        # Start-up is over: what exists now (modules, Qt's wrappers, this window: ~100,000
        # objects) lives as long as the window, so the garbage collector leaves it out. A
        # full collection over it took 50-80 ms, set off by whichever thread allocated
        # (a sync worker decoding a page), and the GUI thread waited for the interpreter
        # lock all along (benchmarks/gui_stall.py).
        gc.freeze()
        note = None if self.demo else self._storage_words(client.auth.storage_message)
        if note:
            window.status_bar.showMessage(note, 20_000)
        try:
            if self.screenshot is not None:
                await self._take_screenshot(window, workspace, self.screenshot)
                return Quit()
            session.engine.start()
            ask = await asked
        finally:
            self._asked = None
            self.window = None
            window.closed.disconnect()
            if window.isVisible():
                window.save_state()
                window.hide()
            window.deleteLater()
            gc.unfreeze()  # the next window freezes what it keeps; this one may go
            await session.engine.stop()  # no round ends, and no release starts, after this
            await release.close()
            await session.close()
        if not isinstance(ask, Quit):
            await client.auth.sign_out()
        await client.close()
        return ask

    def _answer(self, ask: Ask) -> None:
        if self._asked is not None and not self._asked.done():
            self._asked.set_result(ask)

    # --- --screenshot ----------------------------------------------------------------

    async def _take_screenshot(self, window: MainWindow, workspace: Workspace, path: Path) -> None:
        engine = workspace.session.engine
        try:
            result = await asyncio.wait_for(engine.sync_now(), SCREENSHOT_SYNC_TIMEOUT)
        except TimeoutError as error:
            raise ShellError(
                QCoreApplication.translate(
                    "Shell", "The first sync did not finish in time; no screenshot was taken."
                )
            ) from error
        if result.offline or not workspace.status.last_sync:
            why = " ".join(result.messages) or QCoreApplication.translate(
                "Shell", "the server at %1 cannot be reached."
            ).replace("%1", workspace.who.server_url)
            raise ShellError(
                QCoreApplication.translate(
                    "Shell", "The first sync did not complete (%1); no screenshot was taken."
                ).replace("%1", why)
            )
        try:
            await capture(window, path, patience=SCREENSHOT_SETTLE_TIMEOUT)
        except CaptureError as error:
            raise ShellError(str(error)) from error
