"""The migrations build exactly the models' tables, and step down and up again."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from recruiter_server.db.engine import Database
from recruiter_server.db.migrate import alembic_config, upgrade
from recruiter_server.db.models import Base


def _differences(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))


def test_the_migrated_database_has_the_models_tables(db: Database) -> None:
    assert _differences(db) == []


def test_the_migrations_step_down_to_the_first_and_up_again(db: Database) -> None:
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    upgrade(db)
    assert _differences(db) == []
