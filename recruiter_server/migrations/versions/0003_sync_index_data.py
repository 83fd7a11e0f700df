"""The sync index keeps each upserted row's rendered values (the feed's rows shape)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:45:00

Rows written before this revision keep NULL: the feed renders those when it sends them, so
no backfill is needed (and none would be worth its risk: a later write of a row fills it).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_index") as batch:
        batch.add_column(sa.Column("data", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_index") as batch:
        batch.drop_column("data")
