"""Applies the Alembic migrations (`recruiter-server migrate`)."""

from pathlib import Path

from alembic import command
from alembic.config import Config

from recruiter_server.db.engine import Database

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(db: Database, revision: str = "head") -> None:
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
