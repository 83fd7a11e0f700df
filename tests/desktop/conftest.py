"""Fixtures of the desktop's tests."""

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def database_url(tmp_path: Path, sqlite_template: Path) -> str:
    """The server's database for desktop tests: SQLite only (the server's own tests cover
    PostgreSQL); overrides the parametrized fixture of tests/fixtures/server.py."""
    path = tmp_path / "recruiter.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"
