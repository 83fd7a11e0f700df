"""The FastAPI application factory."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.routing import APIRoute

from recruiter_server.api import problems
from recruiter_server.api.problems import PROBLEM_RESPONSES
from recruiter_server.api.routes import (
    applications,
    auth,
    candidates,
    feedback,
    health,
    jobs,
    me,
    notes,
    pools,
    sync,
    users,
)
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.linkedin import routes as linkedin_routes
from recruiter_server.linkedin.worker import LinkedInService

API_PREFIX = "/api/v1"


def _operation_id(route: APIRoute) -> str:
    # `{tag}-{name}` keeps the OpenAPI document fit for generating a client.
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(settings: Settings | None = None, db: Database | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The LinkedIn background work runs while the server serves (tests without a
        # lifespan start it themselves when they need it).
        linkedin: LinkedInService = app.state.linkedin
        linkedin.start()
        yield
        linkedin.stop()

    app = FastAPI(
        title="Recruiter ATS",
        version="1.0",
        summary="The applicant tracking server of Recruiter Desktop",
        generate_unique_id_function=_operation_id,
        responses=PROBLEM_RESPONSES,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = db or Database(settings.database_url)
    app.state.linkedin = LinkedInService(settings, app.state.db)
    problems.install(app)
    app.include_router(health.router)
    for module in (auth, me, users, jobs, candidates, applications, pools, notes, feedback, sync):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(linkedin_routes.router, prefix=API_PREFIX)
    return app
