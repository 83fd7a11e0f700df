"""Demo mode (`recruiter-desktop --demo`): the ATS server and the LinkedIn sandbox run inside
this process.

Both listen on free loopback ports, each in a thread of its own and with its own SQLite file,
in a fresh folder that is deleted when the demo ends. The server's database is migrated and
seeded with the demo organisation (recruiter_server.demo): a few hundred candidates over the
demo's dozen jobs, with every role, notes, interview feedback and stage histories. The
sandbox's world is seeded too, and demo_linkedin.plant adds the demo's LinkedIn story: members
who match demo candidates by e-mail address, by name only (some names twice), candidates no
member matches, InMails, notes and shared profiles. The server is configured to use the
sandbox as LinkedIn (RECRUITER_LINKEDIN_BASE_URL and the sandbox's partner app) and runs with
its lifespan, so its LinkedIn worker pushes, polls and pulls as in production (the pull every
minute here instead of every two hours, so that what a visitor does in the sandbox shows
soon). The app then signs in as one of the demo's people (DEMO_USERS), and its Demo menu
switches between them.

LinkedIn starts NOT connected: the integration is the admin's to set up, and the demo lets a
visitor do exactly that (sign in as admin@demo.example, Admin settings > LinkedIn integration
> Connect; in the sandbox's sign-in page choose Maja Lindgren; choose Norrsken Recruiter
Stockholm, where the story's seats are; enable contract level in the sandbox with
`linkedin-sandbox enable --level contract --url URL`). For visitors who came for the rest,
Demo > "Set up LinkedIn in one step" (`guide.set_up_linkedin`) does the same through the same
service calls, plays the Recruiter admin's part with the sandbox's enable action, connects the
demo users' own LinkedIn accounts and pulls the history. Help > About the demo shows both
servers' addresses, which candidates match how, and the sandbox commands to try; the
addresses are also printed on standard output at start.

Only this module, demo_linkedin.py (and the app that starts them) import the server and the
sandbox: the views, services and store reach them over HTTP like any other server
(import-linter checks it).
"""

import logging
import secrets
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import TracebackType

import httpx
import uvicorn
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy.exc import SQLAlchemyError

from linkedin_sandbox import create_app as create_sandbox
from linkedin_sandbox.settings import DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET
from recruiter_api.enums import OrgRole
from recruiter_desktop.demo_guide import DemoGuide, LinkedInExamples
from recruiter_desktop.demo_linkedin import CONTRACT_NAME, plant, sandbox_settings, set_up_linkedin
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


class _Served:
    """A FastAPI app served by uvicorn in a thread, on a socket bound to a free loopback
    port when made (its `url` is known at once, before it serves)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self._socket.bind(("127.0.0.1", 0))
        except OSError as error:
            self._socket.close()
            raise DemoError(
                f"The demo's {name} found no free port on this computer: {error.strerror}."
            ) from error
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def serve(self, app: FastAPI) -> None:
        """Serve `app` with its lifespan (its background work starts and stops with it)."""
        config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
        server = self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [self._socket]},
            name=f"demo-{self.name.replace(' ', '-')}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise DemoError(
                    f"The demo's {self.name} did not start; the details are in the log."
                )
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=_STOP_TIMEOUT)
            if self._thread.is_alive():
                log.warning("the demo's %s did not stop within %.0f s", self.name, _STOP_TIMEOUT)
        self._server = None
        self._thread = None
        self._socket.close()


class DemoServer:
    """The ATS server of the demo, seeded, and its LinkedIn sandbox, on free loopback ports; a
    context manager.

    `folder` is where its fresh data folder is made (the system's temporary folder when
    None); `url`, `sandbox_url` and `guide` are known once `start` returned.
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
        self._sandbox: _Served | None = None
        self._server: _Served | None = None
        self.url = ""
        self.sandbox_url = ""
        self.guide: DemoGuide | None = None

    @property
    def folder(self) -> Path:
        """The demo's fresh data folder (its databases; the app keeps its cache there too
        when no --data-dir was given)."""
        if self._folder is None:
            raise RuntimeError("the demo server has not started")
        return self._folder

    def start(self) -> None:
        """Make the data folder, start the sandbox, migrate and seed the database, plant the
        LinkedIn story, and start serving."""
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
            self._sandbox = _Served("LinkedIn sandbox")
            self._server = _Served("server")
            self._sandbox.serve(
                create_sandbox(self.folder / "linkedin-sandbox.sqlite3", sandbox_settings())
            )
            app, examples = self._prepare(self._server.url, self._sandbox.url)
            self._server.serve(app)
        except BaseException:
            self.stop()
            raise
        self.url, self.sandbox_url = self._server.url, self._sandbox.url
        self.guide = DemoGuide(
            server_url=self.url,
            sandbox_url=self.sandbox_url,
            contract_name=CONTRACT_NAME,
            admin_member=names.DEMO_ADMIN,
            examples=examples,
            set_up_linkedin=partial(set_up_linkedin, self.url, self.sandbox_url, DEMO_PASSWORD),
        )
        log.info("demo server at %s, LinkedIn sandbox at %s, data in %s", self.url,
                 self.sandbox_url, self.folder)  # fmt: skip

    def _prepare(self, url: str, sandbox_url: str) -> tuple[FastAPI, LinkedInExamples]:
        """The seeded server's app, pointed at the sandbox, and the LinkedIn story."""
        settings = Settings(
            database_url=f"sqlite:///{self.folder / 'demo-server.sqlite3'}",
            # A fresh key each run: the demo's tokens mean nothing outside this process.
            secret_key=SecretStr(secrets.token_urlsafe(48)),
            linkedin_base_url=sandbox_url,
            linkedin_client_id=DEFAULT_PARTNER_CLIENT_ID,
            linkedin_client_secret=SecretStr(DEFAULT_PARTNER_CLIENT_SECRET),
            linkedin_instance_name="Recruiter demo",
            linkedin_public_url=url,
            # Short waits, and a short history to read back, so that the demo answers soon.
            linkedin_history_days=30,
            linkedin_pull_minutes=1.0,
            linkedin_worker_seconds=2.0,
            linkedin_status_poll_seconds=5.0,
        )
        self._db = Database(settings.database_url)
        try:
            upgrade(self._db)
            result = seed_demo(
                self._db, candidates=self._candidates, applications=self._applications
            )
            with httpx.Client(base_url=sandbox_url, timeout=30) as sandbox:
                examples = plant(self._db, sandbox)
        except (SQLAlchemyError, DomainError, OSError, httpx.HTTPError, RuntimeError) as error:
            raise DemoError(f"The demo's data could not be prepared: {error}") from error
        log.info("demo organisation seeded in %.1f s: %s", result.seconds, result.counts)
        return create_app(settings, self._db), examples

    def stop(self) -> None:
        """Stop serving, close the database and delete the data folder; safe to call twice."""
        for served in (self._server, self._sandbox):
            if served is not None:
                served.stop()
        self._server = self._sandbox = None
        if self._db is not None:
            self._db.dispose()
            self._db = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        self.url = self.sandbox_url = ""
        self.guide = None

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
