"""The sandbox as a FastAPI app: `create_app(database_path, settings)`.

The database file is made and seeded on first use and reused after that, so a restarted
sandbox keeps its members, integrations and pending pushes.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from linkedin_sandbox import (
    acls,
    actions,
    exports,
    history,
    integrations_api,
    jobs,
    oauth,
    people,
    provisioning,
    records,
)
from linkedin_sandbox.db import Store
from linkedin_sandbox.deps import Sandbox
from linkedin_sandbox.errors import install_error_handlers
from linkedin_sandbox.events import Deliverer
from linkedin_sandbox.limits import RateLimits
from linkedin_sandbox.seed import seed_world
from linkedin_sandbox.settings import SandboxSettings


class _StartsPushes:
    """Starts the push loop on the first request, for servers run with lifespan off."""

    def __init__(self, app: ASGIApp, deliverer: Deliverer) -> None:
        self.app = app
        self.deliverer = deliverer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.deliverer.ensure_started()
        await self.app(scope, receive, send)


def create_app(
    database_path: Path | str = "linkedin-sandbox.db", settings: SandboxSettings | None = None
) -> FastAPI:
    """A sandbox on this SQLite file (":memory:" for none), seeded with `settings.world` if new."""
    settings = settings or SandboxSettings()
    store = Store(database_path)
    if store.create_schema():
        seed_world(store, settings.world)
    sandbox = Sandbox(
        settings=settings,
        store=store,
        limits=RateLimits(settings.records_per_minute, settings.integration_requests_per_day),
        deliverer=Deliverer(store, settings),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        sandbox.deliverer.ensure_started()
        yield
        await sandbox.deliverer.stop()

    app = FastAPI(
        title="LinkedIn sandbox",
        description="A local stand-in for LinkedIn's Recruiter System Connect partner API "
        "(/oauth/v2, /v2) and for what people do in LinkedIn Recruiter (/sandbox).",
        lifespan=lifespan,
    )
    app.state.sandbox = sandbox
    install_error_handlers(app)
    app.add_middleware(_StartsPushes, deliverer=sandbox.deliverer)
    for module in (
        oauth,
        provisioning,
        integrations_api,
        jobs,
        records,
        acls,
        exports,
        history,
        people,
        actions,
    ):
        app.include_router(module.router)

    @app.get("/healthz", tags=["sandbox: people in LinkedIn Recruiter"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
