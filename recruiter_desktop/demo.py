"""Demo mode (`recruiter-desktop --demo`): the ATS server runs inside this process.

The server listens on a free loopback port, in a thread of its own, over a SQLite file in a
fresh folder that is deleted when the demo ends. Its database is migrated and seeded with
the demo organisation (recruiter_server.demo): a few hundred candidates over the demo's
dozen jobs, with every role, notes, interview feedback and stage histories. The app then
signs in as one of the demo's people (DEMO_USERS), and its Demo menu switches between them.

Only this module (and the app that starts it) imports the server: the views, services and
store reach it over HTTP like any other server (import-linter checks it).
"""

import logging
import secrets
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import uvicorn
from pydantic import SecretStr
from sqlalchemy.exc import SQLAlchemyError

from recruiter_api.enums import OrgRole
from recruiter_server.app import create_app
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.db.migrate import upgrade
from recruiter_server.demo import names
from recruiter_server.demo.seed import DEFAULT_APPLICATIONS, DEFAULT_CANDIDATES, seed_demo
from recruiter_server.domain.errors import DomainError

log = logging.getLogger("recruiter.desktop.demo")

DEMO_PASSWORD = names.DEMO_PASSWORD
_START_TIMEOUT = 15.0
_STOP_TIMEOUT = 10.0


@dataclass(frozen=True)
class DemoUser:
    """One of the demo's sign-ins."""

    email: str
    role: OrgRole


# The order of the Demo menu; the recruiter is who the demo starts as.
DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser(names.DEMO_ADMIN, OrgRole.ADMIN),
    DemoUser(names.DEMO_RECRUITER, OrgRole.RECRUITER),
    DemoUser(names.DEMO_HIRING_MANAGER, OrgRole.HIRING_MANAGER),
    DemoUser(names.DEMO_INTERVIEWER, OrgRole.INTERVIEWER),
)
FIRST_DEMO_USER = names.DEMO_RECRUITER


class DemoError(Exception):
    """The demo server could not start; the message says why in words."""


class DemoServer:
    """The ATS server of the demo, seeded, on a free loopback port; a context manager.

    `folder` is where its fresh data folder is made (the system's temporary folder when
    None); `url` is known once `start` returned.
    """

    def __init__(
        self,
        folder: Path | None = None,
        *,
        candidates: int = DEFAULT_CANDIDATES,
        applications: int = DEFAULT_APPLICATIONS,
    ) -> None:
        self._parent = folder
        self._candidates = candidates
        self._applications = applications
        self._folder: Path | None = None
        self._db: Database | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.url = ""

    @property
    def folder(self) -> Path:
        """The demo's fresh data folder (its database; the app keeps its cache there too
        when no --data-dir was given)."""
        if self._folder is None:
            raise RuntimeError("the demo server has not started")
        return self._folder

    def start(self) -> None:
        """Make the data folder, migrate and seed the database, and start serving."""
        try:
            if self._parent is not None:
                self._parent.mkdir(parents=True, exist_ok=True)
            self._folder = Path(tempfile.mkdtemp(prefix="recruiter-demo-", dir=self._parent))
        except OSError as error:
            where = self._parent or Path(tempfile.gettempdir())
            raise DemoError(
                f"The demo could not make its data folder in {where}: {error.strerror}."
            ) from error
        try:
            self._prepare_database()
            self._serve()
        except BaseException:
            self.stop()
            raise

    def _prepare_database(self) -> None:
        settings = Settings(
            database_url=f"sqlite:///{self.folder / 'demo-server.sqlite3'}",
            # A fresh key each run: the demo's tokens mean nothing outside this process.
            secret_key=SecretStr(secrets.token_urlsafe(48)),
        )
        self._db = Database(settings.database_url)
        try:
            upgrade(self._db)
            result = seed_demo(
                self._db, candidates=self._candidates, applications=self._applications
            )
        except (SQLAlchemyError, DomainError, OSError) as error:
            raise DemoError(f"The demo database could not be prepared: {error}") from error
        log.info("demo organisation seeded in %.1f s: %s", result.seconds, result.counts)
        app = create_app(settings, self._db)
        config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)

    def _serve(self) -> None:
        server = self._server
        if server is None:
            raise RuntimeError("the demo database is not prepared")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket = sock
        try:
            sock.bind(("127.0.0.1", 0))
        except OSError as error:
            raise DemoError(
                f"The demo server found no free port on this computer: {error.strerror}."
            ) from error
        port = sock.getsockname()[1]
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="demo-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise DemoError("The demo server did not start; the details are in the log.")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{port}"
        log.info("demo server at %s, data in %s", self.url, self.folder)

    def stop(self) -> None:
        """Stop serving, close the database and delete the data folder; safe to call twice."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=_STOP_TIMEOUT)
            if self._thread.is_alive():
                log.warning("the demo server did not stop within %.0f s", _STOP_TIMEOUT)
        self._server = None
        self._thread = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._db is not None:
            self._db.dispose()
            self._db = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        self.url = ""

    def __enter__(self) -> "DemoServer":
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
