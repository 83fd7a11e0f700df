"""Fixtures of the sandbox's tests: a fresh sandbox on a real server for each test, with
settings that make retries, tasks and limits fast, and a receiver playing the ATS callback."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from linkedin_sandbox import SandboxSettings, WorldSizes, create_app
from linkedin_sandbox.settings import DEFAULT_PARTNER_CLIENT_SECRET
from tests.linkedin_sandbox.ats import Ats
from tests.linkedin_sandbox.receiver import Receiver
from tests.server.live_server import LiveServer

FAST: dict[str, Any] = {
    "job_task_seconds": 0.0,
    "push_backoff_seconds": 0.05,
    "push_timeout_seconds": 2.0,
    "world": WorldSizes(members=12, recruiters=3, projects=2, inmails=4, notes=3),
}


@dataclass
class Running:
    url: str
    settings: SandboxSettings
    app: FastAPI
    database: Path


StartSandbox = Callable[..., Running]


@pytest.fixture
def start_sandbox(tmp_path: Path) -> Iterator[StartSandbox]:
    """Starts a sandbox with FAST settings and these overrides; stopped after the test."""
    servers: list[LiveServer] = []

    def start(**overrides: Any) -> Running:
        settings = SandboxSettings(**(FAST | overrides))
        database = tmp_path / f"sandbox-{len(servers)}.db"
        app = create_app(database, settings)
        server = LiveServer(app, lifespan=True).__enter__()
        servers.append(server)
        return Running(server.url, settings, app, database)

    yield start
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture
def sandbox(start_sandbox: StartSandbox) -> Running:
    return start_sandbox()


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, str]]:
    """The ATS callback, holding the partner app's secret; (receiver, its /hook URL)."""
    callback = Receiver(DEFAULT_PARTNER_CLIENT_SECRET)
    with LiveServer(callback.app, lifespan=True) as server:
        yield callback, f"{server.url}/hook"


@pytest.fixture
def ats(sandbox: Running) -> Iterator[Ats]:
    """An ATS instance, not yet provisioned."""
    instance = Ats(sandbox.url)
    yield instance
    instance.close()
