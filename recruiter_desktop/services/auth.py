"""Signing in and out, and keeping the tokens safe.

The refresh token, and which account it belongs to, live in the OS keyring (service
"recruiter-desktop"; the token under "<server>|<e-mail>", the account under "<server>"), so
the app signs back in silently at start; the access token lives in memory only. Where the
machine has no keyring fit for secrets (headless Linux has only keyring's fail backend;
keyrings.alt keeps passwords in a plain or weakly protected file), the tokens stay in memory
for this session and `storage_message` says so in words for the UI. No token is ever written
to a file of ours, and no token is ever logged.
"""

import asyncio
import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from recruiter_api.auth import TokenPair
from recruiter_api.entities import Me
from recruiter_desktop.services.api_client import ApiClient
from recruiter_desktop.services.errors import ApiError, Unauthorized

log = logging.getLogger("recruiter.desktop.auth")

SERVICE_NAME = "recruiter-desktop"
NO_KEYRING_MESSAGE = (
    "Your sign-in is kept only until you close the app: this system has no keyring."
)
KEYRING_FAILED_MESSAGE = (
    "Your sign-in is kept only until you close the app: the system keyring did not let this "
    "app store it."
)
# Backends that keep passwords in a file, in plain text or behind a password typed in a
# terminal: no better than a plaintext token file, which this app never writes.
_FILE_BACKEND_PACKAGES = ("keyrings.alt", "keyrings.cryptfile")
# Renew an access token this long before it expires, so that it never expires in flight.
_MAX_RENEWAL_MARGIN = 60.0


@dataclass(frozen=True)
class Account:
    """Who is signed in, on which server: enough to open their cache while offline."""

    server_url: str
    email: str
    user_id: UUID


def usable_keyring(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend itself if it may hold tokens, the first fit one of a chainer, or None."""
    if isinstance(backend, chainer.ChainerBackend):
        for candidate in backend.backends:
            usable = usable_keyring(candidate)
            if usable is not None:
                return usable
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    module = type(backend).__module__
    if any(module == p or module.startswith(p + ".") for p in _FILE_BACKEND_PACKAGES):
        return None
    return backend


def _system_keyring() -> KeyringBackend | None:
    try:
        return keyring.get_keyring()
    except Exception as error:  # a broken keyring setup must not stop the app
        # e.g. PYTHON_KEYRING_BACKEND or keyringrc.cfg naming a backend that does not load.
        log.warning("no keyring: the configured backend failed to load (%r)", error)
        return None


class AuthService:
    """Sign-in state of one server, and the access tokens ApiClient signs requests with.

    Attaches itself to `api` as its token source. `keyring_backend` defaults to the system's
    (`keyring.get_keyring()`); `clock` (monotonic seconds) decides when an access token is
    due for renewal.
    """

    def __init__(
        self,
        api: ApiClient,
        *,
        keyring_backend: KeyringBackend | None = None,
        clock: Callable[[], float] = time.monotonic,
        service_name: str = SERVICE_NAME,
    ) -> None:
        self._api = api
        self._clock = clock
        self._service = service_name
        backend = keyring_backend if keyring_backend is not None else _system_keyring()
        self._keyring = usable_keyring(backend) if backend is not None else None
        self._storage_message = None if self._keyring is not None else NO_KEYRING_MESSAGE
        if self._keyring is None:
            log.info("no usable keyring (%s): sign-in kept in memory", type(backend).__name__)
        self._account: Account | None = None
        self._refresh_token: str | None = None
        self._access: str | None = None
        self._renew_at = -math.inf
        # One renewal at a time: the server rotates refresh tokens and takes a second use of
        # a rotated one for theft.
        self._renewal = asyncio.Lock()
        api.use_tokens(self)

    # State for the UI -----------------------------------------------------------------------

    @property
    def persistent(self) -> bool:
        """Whether a sign-in outlives the app (kept in the OS keyring)."""
        return self._keyring is not None

    @property
    def storage_message(self) -> str | None:
        """When the sign-in is kept in memory only, why, in words for the user; else None."""
        return self._storage_message

    @property
    def account(self) -> Account | None:
        """The signed-in account, also while the server cannot be reached; None signed out."""
        return self._account

    @property
    def signed_in(self) -> bool:
        return self._account is not None and self._refresh_token is not None

    # Signing in and out -------------------------------------------------------------------

    async def sign_in(self, email: str, password: str) -> Me:
        """Sign in (Unauthorized in the server's words when e-mail or password is wrong) and
        keep the sign-in. Replaces a previous sign-in on this server locally; call
        `sign_out` first to also end that session on the server."""
        pair = await self._api.sign_in(email, password)
        previous = self._account
        self._take(pair)
        try:
            me = await self._api.me()
        except BaseException:
            self._clear_memory()
            raise
        account = Account(self._api.base_url, me.user.email, me.user.id)
        if previous is not None and previous.email != account.email:
            await self._delete_entries(previous)
        self._account = account
        await self._store()
        log.info("signed in to %s", account.server_url)
        return me

    async def restore(self) -> Account | None:
        """Sign back in silently from the keyring (at app start): the account when a sign-in
        was kept, also when the server cannot be reached now (the access token is renewed
        once it can); None when none was kept or the server refused it (then it is
        forgotten)."""
        if self._keyring is None:
            return None
        server = self._api.base_url
        record = await self._read(server)
        if record is None:
            return None
        try:
            fields = json.loads(record)
            account = Account(server, str(fields["email"]), UUID(str(fields["user_id"])))
        except (ValueError, KeyError, TypeError):
            log.warning("the keyring's account record of %s is unreadable; forgotten", server)
            await self._delete(server)
            return None
        token = await self._read(self._token_entry(account))
        if token is None:
            await self._delete(server)
            return None
        self._account = account
        self._refresh_token = token
        try:
            await self.access_token()
        except Unauthorized:
            return None  # refused by the server, and forgotten by _renew
        except ApiError as error:
            log.info("signed in from the keyring; the server cannot renew it now: %s", error)
        return account

    async def sign_out(self) -> bool:
        """Sign out: end the session on the server and forget the tokens here, also when the
        server cannot be reached. True when the server confirmed the session is over."""
        if not self.signed_in:
            await self._forget()
            return False
        try:
            await self._api.sign_out()
        except Unauthorized:
            return True  # the server had ended this session already
        except ApiError as error:
            log.info("signed out here only; the server was not told: %s", error)
            return False
        finally:
            await self._forget()
        return True

    # The TokenSource of ApiClient ---------------------------------------------------------

    async def access_token(self) -> str | None:
        """The access token, renewed first when it is due; None when signed out."""
        if self._access is not None and self._clock() < self._renew_at:
            return self._access
        async with self._renewal:
            if self._access is not None and self._clock() < self._renew_at:
                return self._access
            if self._refresh_token is None:
                return None
            return await self._renew(self._refresh_token)

    async def refresh_after_rejection(self, rejected: str) -> str:
        """A new access token after the server refused `rejected`, unless a renewal that
        ran meanwhile already replaced it."""
        async with self._renewal:
            if self._access is not None and self._access != rejected:
                return self._access
            if self._refresh_token is None:
                raise Unauthorized("You are signed out; sign in again.")
            return await self._renew(self._refresh_token)

    # Inside -----------------------------------------------------------------------------------

    async def _renew(self, refresh_token: str) -> str:
        """Trade the refresh token for new tokens (call with the renewal lock held). A
        refusal by the server ends the sign-in here too."""
        try:
            pair = await self._api.refresh(refresh_token)
        except Unauthorized:
            log.info("the server refused to renew the sign-in; signed out here")
            await self._forget()
            raise
        self._take(pair)
        await self._store()
        return pair.access_token

    def _take(self, pair: TokenPair) -> None:
        margin = min(_MAX_RENEWAL_MARGIN, pair.expires_in / 10)
        self._access = pair.access_token
        self._refresh_token = pair.refresh_token
        self._renew_at = self._clock() + pair.expires_in - margin

    def _clear_memory(self) -> None:
        self._account = None
        self._refresh_token = None
        self._access = None
        self._renew_at = -math.inf

    async def _forget(self) -> None:
        account = self._account
        self._clear_memory()
        if account is not None:
            await self._delete_entries(account)

    def _token_entry(self, account: Account) -> str:
        return f"{account.server_url}|{account.email}"

    async def _store(self) -> None:
        """Keep the refresh token and the account in the keyring; when the keyring refuses,
        go on in memory and say so."""
        account, token = self._account, self._refresh_token
        if self._keyring is None or account is None or token is None:
            return
        record = json.dumps({"email": account.email, "user_id": str(account.user_id)})
        backend = self._keyring
        try:
            # The token first: an account record never points at a token that is missing.
            await asyncio.to_thread(
                backend.set_password, self._service, self._token_entry(account), token
            )
            await asyncio.to_thread(backend.set_password, self._service, account.server_url, record)
        except Exception as error:  # keyring backends raise what they like
            log.warning(
                "the keyring refused the sign-in (%s); kept in memory", type(error).__name__
            )
            await self._delete_entries(account)
            self._keyring = None
            self._storage_message = KEYRING_FAILED_MESSAGE

    async def _read(self, entry: str) -> str | None:
        if self._keyring is None:
            return None
        try:
            value: str | None = await asyncio.to_thread(
                self._keyring.get_password, self._service, entry
            )
        except Exception as error:  # keyring backends raise what they like
            log.warning("the keyring could not be read (%s)", type(error).__name__)
            self._keyring = None
            self._storage_message = KEYRING_FAILED_MESSAGE
            return None
        return value

    async def _delete_entries(self, account: Account) -> None:
        await self._delete(self._token_entry(account))
        await self._delete(account.server_url)

    async def _delete(self, entry: str) -> None:
        if self._keyring is None:
            return
        try:
            await asyncio.to_thread(self._keyring.delete_password, self._service, entry)
        except Exception as error:  # absent entries raise PasswordDeleteError
            log.debug("keyring entry not deleted (%s)", type(error).__name__)
