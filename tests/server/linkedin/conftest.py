"""Fixtures of the LinkedIn tests: the real sandbox and the real ATS server, each a uvicorn
server on a free loopback port of this process (lifespans on: the sandbox's push loop and the
server's LinkedIn worker run as in production), the server pointed at the sandbox, and the
sandbox pushing to the server's callback. Every test runs on SQLite and on PostgreSQL."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from linkedin_sandbox import SandboxSettings, WorldSizes
from linkedin_sandbox import create_app as create_sandbox
from linkedin_sandbox.settings import DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET
from recruiter_server.app import create_app
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from tests.server.linkedin.flows import LinkedIn
from tests.server.live_server import LiveServer
from tests.server.world import World


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[LiveServer]:
    settings = SandboxSettings(
        job_task_seconds=0.0,
        push_backoff_seconds=0.05,
        push_timeout_seconds=5.0,
        world=WorldSizes(members=6, recruiters=4, projects=2, inmails=0, notes=0),
    )
    with LiveServer(create_sandbox(tmp_path / "sandbox.db", settings), lifespan=True) as served:
        yield served


@pytest.fixture
def linkedin_settings(settings: Settings, sandbox: LiveServer) -> Settings:
    return settings.model_copy(
        update={
            "linkedin_base_url": sandbox.url,
            "linkedin_client_id": DEFAULT_PARTNER_CLIENT_ID,
            "linkedin_client_secret": type(settings.linkedin_client_secret)(
                DEFAULT_PARTNER_CLIENT_SECRET
            ),
            "linkedin_worker_seconds": 0.2,
            "linkedin_status_poll_seconds": 2.0,
            "linkedin_history_days": 3,
            "linkedin_max_retries": 2,
        }
    )


@pytest.fixture
def ats(linkedin_settings: Settings, db: Database, world: World) -> Iterator[LiveServer]:
    """The ATS server with its LinkedIn worker, over the small `world` organisation."""
    with LiveServer(create_app(linkedin_settings, db), lifespan=True) as served:
        yield served


@pytest.fixture
def li(ats: LiveServer, sandbox: LiveServer, world: World, db: Database) -> Iterator[LinkedIn]:
    with (
        httpx.Client(base_url=ats.url, timeout=30) as server,
        httpx.Client(base_url=sandbox.url, timeout=30) as linkedin,
    ):
        yield LinkedIn(server=server, sandbox=linkedin, world=world, db=db)
