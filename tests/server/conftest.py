"""Fixtures of the server tests: every test runs on SQLite and on PostgreSQL, against a real
server on loopback.

A migrated template database is made once per run (a file for SQLite, a template database
for PostgreSQL) and copied for each test, so each test starts from `recruiter-server migrate`
without paying for the migration again.
"""

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from pydantic import SecretStr
from sqlalchemy.engine import make_url

from recruiter_server.app import create_app
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.db.migrate import upgrade
from tests.server.live_server import LiveServer
from tests.server.world import World, build_world

POSTGRES_ENV = "RECRUITER_TEST_POSTGRES_URL"
SECRET = "test-secret-key-0123456789abcdef0123456789"


def _postgres_admin_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.fail(
            f"PostgreSQL is not available: run the suite with `./dev test` (it starts one), "
            f"set {POSTGRES_ENV}=postgresql://user:password@host:port/postgres, "
            "or deselect these tests with -m 'not postgres'."
        )
    return url


def _pg_execute(admin_url: str, sql: str) -> None:
    conninfo = (
        make_url(admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
    )
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[tuple[str, str]]:
    admin_url = _postgres_admin_url()
    name = f"recruiter_tpl_{uuid.uuid4().hex[:10]}"
    _pg_execute(admin_url, f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    upgrade(db)
    db.dispose()
    yield admin_url, name
    _pg_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A freshly migrated database of each kind, for one test."""
    if request.param == "sqlite":
        path = tmp_path / "recruiter.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    admin_url, template = request.getfixturevalue("postgres_template")
    name = f"recruiter_t_{uuid.uuid4().hex[:12]}"
    _pg_execute(admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    _pg_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, secret_key=SecretStr(SECRET))


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = Database(settings.database_url)
    yield database
    database.dispose()


@pytest.fixture
def server(settings: Settings, db: Database) -> Iterator[LiveServer]:
    """The ATS server, running on a free loopback port."""
    with LiveServer(create_app(settings, db)) as live:
        yield live


@pytest.fixture
def world(db: Database, settings: Settings) -> World:
    """A small organisation with every role: see tests/server/world.py."""
    return build_world(db, settings)


@pytest.fixture
def http(server: LiveServer) -> Iterator[httpx.Client]:
    """An anonymous client of the live server."""
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client
