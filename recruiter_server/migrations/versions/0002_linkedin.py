"""LinkedIn Recruiter System Connect: the integration, links, pushes, history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:01:02.353799
"""

from collections.abc import Sequence

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As in 0001: the storage of recruiter_server.db.types, written out so that this migration
# never changes when the application's types do.
GUID = sa.Uuid().with_variant(sa.String(36), "sqlite")
UTC_TIME = sa.DateTime(timezone=True).with_variant(sa.String(27), "sqlite")


def upgrade() -> None:
    op.create_table('linkedin_connection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unique_foreign_id', sa.String(length=200), nullable=True),
    sa.Column('application_urn', sa.String(length=100), nullable=True),
    sa.Column('app_client_id', sa.String(length=200), nullable=True),
    sa.Column('app_client_secret', sa.Text(), nullable=True),
    sa.Column('admin_member_id', sa.String(length=100), nullable=True),
    sa.Column('admin_access_token', sa.Text(), nullable=True),
    sa.Column('admin_refresh_token', sa.Text(), nullable=True),
    sa.Column('admin_token_expires_at', UTC_TIME, nullable=True),
    sa.Column('callback_url', sa.String(length=500), nullable=True),
    sa.Column('indicator_seq', sa.BigInteger(), nullable=False),
    sa.Column('status_polled_at', UTC_TIME, nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_linkedin_connection'))
    )
    op.create_table('linkedin_events',
    sa.Column('id', GUID, nullable=False),
    sa.Column('received_at', UTC_TIME, nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('event_id', sa.String(length=200), nullable=True),
    sa.Column('handled_key', sa.String(length=200), nullable=True),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('candidate_id', GUID, nullable=True),
    sa.Column('job_id', GUID, nullable=True),
    sa.Column('application_id', GUID, nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_linkedin_events')),
    sa.UniqueConstraint('handled_key', name=op.f('uq_linkedin_events_handled_key'))
    )
    with op.batch_alter_table('linkedin_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_linkedin_events_received_at'), ['received_at'], unique=False)

    op.create_table('linkedin_inmail_events',
    sa.Column('event_urn', sa.String(length=100), nullable=False),
    sa.Column('thread_urn', sa.String(length=100), nullable=False),
    sa.Column('seat_urn', sa.String(length=100), nullable=False),
    sa.Column('member_id', sa.String(length=100), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('sent_at', UTC_TIME, nullable=False),
    sa.PrimaryKeyConstraint('event_urn', name=op.f('pk_linkedin_inmail_events'))
    )
    with op.batch_alter_table('linkedin_inmail_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_linkedin_inmail_events_member_id'), ['member_id'], unique=False)

    op.create_table('linkedin_mail_stubs',
    sa.Column('stub_urn', sa.String(length=100), nullable=False),
    sa.Column('seat_urn', sa.String(length=100), nullable=False),
    sa.Column('member_id', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('candidate_id', GUID, nullable=True),
    sa.PrimaryKeyConstraint('stub_urn', name=op.f('pk_linkedin_mail_stubs'))
    )
    op.create_table('linkedin_outbox',
    sa.Column('subject', sa.String(length=10), nullable=False),
    sa.Column('subject_id', GUID, nullable=False),
    sa.Column('queued_at', UTC_TIME, nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', UTC_TIME, nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('subject', 'subject_id', name=op.f('pk_linkedin_outbox'))
    )
    with op.batch_alter_table('linkedin_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_linkedin_outbox_next_attempt_at'), ['next_attempt_at'], unique=False)

    op.create_table('linkedin_prospect_notes',
    sa.Column('note_urn', sa.String(length=100), nullable=False),
    sa.Column('seat_urn', sa.String(length=100), nullable=False),
    sa.Column('author_member_id', sa.String(length=100), nullable=True),
    sa.Column('member_id', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('modified_at', UTC_TIME, nullable=False),
    sa.PrimaryKeyConstraint('note_urn', name=op.f('pk_linkedin_prospect_notes'))
    )
    with op.batch_alter_table('linkedin_prospect_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_linkedin_prospect_notes_member_id'), ['member_id'], unique=False)

    op.create_table('linkedin_seats',
    sa.Column('seat_urn', sa.String(length=100), nullable=False),
    sa.Column('member_id', sa.String(length=100), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('inmails_read_until', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('seat_urn', name=op.f('pk_linkedin_seats'))
    )
    op.create_table('linkedin_sent_records',
    sa.Column('resource', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=100), nullable=False),
    sa.Column('subject_id', GUID, nullable=False),
    sa.Column('parent_id', sa.String(length=100), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('sent_at', UTC_TIME, nullable=False),
    sa.PrimaryKeyConstraint('resource', 'record_id', name=op.f('pk_linkedin_sent_records'))
    )
    with op.batch_alter_table('linkedin_sent_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_linkedin_sent_records_subject_id'), ['subject_id'], unique=False)

    op.create_table('linkedin_integrations',
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=True),
    sa.Column('features', sa.JSON(), nullable=False),
    sa.Column('contracts', sa.JSON(), nullable=False),
    sa.Column('contract_urn', sa.String(length=100), nullable=True),
    sa.Column('contract_name', sa.String(length=200), nullable=True),
    sa.Column('organization_urn', sa.String(length=100), nullable=True),
    sa.Column('connected_by_id', GUID, nullable=True),
    sa.Column('connected_member_name', sa.String(length=200), nullable=True),
    sa.Column('connected_at', UTC_TIME, nullable=True),
    sa.Column('requested_at', UTC_TIME, nullable=True),
    sa.Column('enabled_at', UTC_TIME, nullable=True),
    sa.Column('history_state', sa.String(length=10), nullable=False),
    sa.Column('history_done', sa.Integer(), nullable=False),
    sa.Column('history_total', sa.Integer(), nullable=False),
    sa.Column('history_started_at', UTC_TIME, nullable=True),
    sa.Column('history_finished_at', UTC_TIME, nullable=True),
    sa.Column('history_message', sa.String(length=500), nullable=True),
    sa.Column('last_pull_at', UTC_TIME, nullable=True),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['connected_by_id'], ['users.id'], name=op.f('fk_linkedin_integrations_connected_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_linkedin_integrations'))
    )
    op.create_table('linkedin_oauth_states',
    sa.Column('state_hash', sa.String(length=64), nullable=False),
    sa.Column('purpose', sa.String(length=12), nullable=False),
    sa.Column('user_id', GUID, nullable=False),
    sa.Column('redirect_uri', sa.String(length=500), nullable=False),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('expires_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_linkedin_oauth_states_user_id_users')),
    sa.PrimaryKeyConstraint('state_hash', name=op.f('pk_linkedin_oauth_states'))
    )
    op.create_table('linkedin_user_connections',
    sa.Column('id', GUID, nullable=False),
    sa.Column('user_id', GUID, nullable=False),
    sa.Column('member_id', sa.String(length=100), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('seats', sa.JSON(), nullable=False),
    sa.Column('access_token', sa.Text(), nullable=False),
    sa.Column('refresh_token', sa.Text(), nullable=True),
    sa.Column('expires_at', UTC_TIME, nullable=True),
    sa.Column('connected_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_linkedin_user_connections_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_linkedin_user_connections')),
    sa.UniqueConstraint('user_id', name=op.f('uq_linkedin_user_connections_user_id'))
    )
    with op.batch_alter_table('linkedin_user_connections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_linkedin_user_connections_member_id'), ['member_id'], unique=False)

    op.create_table('inmail_messages',
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('event_urn', sa.String(length=100), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('thread_urn', sa.String(length=100), nullable=False),
    sa.Column('seat_urn', sa.String(length=100), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('sent_at', UTC_TIME, nullable=False),
    sa.Column('correspondent_name', sa.String(length=400), nullable=False),
    sa.Column('correspondent_user_id', GUID, nullable=True),
    sa.Column('subject', sa.String(length=500), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_inmail_messages_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['correspondent_user_id'], ['users.id'], name=op.f('fk_inmail_messages_correspondent_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inmail_messages')),
    sa.UniqueConstraint('event_urn', 'full', name=op.f('uq_inmail_messages_event_urn_full'))
    )
    with op.batch_alter_table('inmail_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inmail_messages_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('linkedin_dismissed_matches',
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('member_id', sa.String(length=100), nullable=False),
    sa.Column('dismissed_by_id', GUID, nullable=True),
    sa.Column('dismissed_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_linkedin_dismissed_matches_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['dismissed_by_id'], ['users.id'], name=op.f('fk_linkedin_dismissed_matches_dismissed_by_id_users')),
    sa.PrimaryKeyConstraint('candidate_id', 'member_id', name=op.f('pk_linkedin_dismissed_matches'))
    )
    op.create_table('linkedin_links',
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('member_id', sa.String(length=100), nullable=False),
    sa.Column('matched_by', sa.String(length=12), nullable=False),
    sa.Column('linked_by_id', GUID, nullable=True),
    sa.Column('linked_at', UTC_TIME, nullable=False),
    sa.Column('linked_version', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('headline', sa.String(length=500), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('profile_url', sa.String(length=500), nullable=True),
    sa.Column('profile_read_at', UTC_TIME, nullable=True),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_linkedin_links_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['linked_by_id'], ['users.id'], name=op.f('fk_linkedin_links_linked_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_linkedin_links')),
    sa.UniqueConstraint('candidate_id', name=op.f('uq_linkedin_links_candidate_id')),
    sa.UniqueConstraint('member_id', name=op.f('uq_linkedin_links_member_id'))
    )
    op.create_table('linkedin_notes',
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('note_urn', sa.String(length=100), nullable=False),
    sa.Column('author_name', sa.String(length=400), nullable=False),
    sa.Column('author_user_id', GUID, nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('modified_at', UTC_TIME, nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['author_user_id'], ['users.id'], name=op.f('fk_linkedin_notes_author_user_id_users')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_linkedin_notes_candidate_id_candidates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_linkedin_notes')),
    sa.UniqueConstraint('note_urn', name=op.f('uq_linkedin_notes_note_urn'))
    )
    with op.batch_alter_table('linkedin_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_linkedin_notes_candidate_id'), ['candidate_id'], unique=False)

    _seed_integration()


def _seed_integration() -> None:
    """The integration's one row (not connected), which reaches every client through the sync
    index like any other row, and its private counterpart."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    stamp = datetime.now(UTC)
    now = stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if sqlite else stamp
    row_id = str(uuid.uuid4()) if sqlite else uuid.uuid4()
    seq = op.get_bind().execute(
        sa.text("UPDATE sync_counter SET value = value + 1 WHERE id = 1 RETURNING value")
    ).scalar_one()
    integrations = sa.table(
        "linkedin_integrations", sa.column("id", GUID), sa.column("version", sa.Integer),
        sa.column("updated_at", UTC_TIME), sa.column("state", sa.String),
        sa.column("features", sa.JSON), sa.column("contracts", sa.JSON),
        sa.column("history_state", sa.String), sa.column("history_done", sa.Integer),
        sa.column("history_total", sa.Integer),
    )
    connection = sa.table(
        "linkedin_connection", sa.column("id", sa.Integer), sa.column("indicator_seq", sa.BigInteger)
    )
    index = sa.table(
        "sync_index", sa.column("entity", sa.String), sa.column("entity_id", GUID),
        sa.column("seq", sa.BigInteger), sa.column("op", sa.String), sa.column("version", sa.Integer),
        sa.column("job_id", GUID), sa.column("candidate_id", GUID),
        sa.column("application_id", GUID), sa.column("user_id", GUID),
    )
    op.bulk_insert(integrations, [{
        "id": row_id, "version": 1, "updated_at": now, "state": "not_connected",
        "features": [], "contracts": [], "history_state": "idle", "history_done": 0,
        "history_total": 0,
    }])
    op.bulk_insert(connection, [{"id": 1, "indicator_seq": 0}])
    op.bulk_insert(index, [{
        "entity": "linkedin_integration", "entity_id": row_id, "seq": seq, "op": "upsert",
        "version": 1, "job_id": None, "candidate_id": None, "application_id": None,
        "user_id": None,
    }])


def downgrade() -> None:
    op.execute("DELETE FROM sync_index WHERE entity IN ('linkedin_integration', 'linkedin_link', 'inmail_message', 'linkedin_note')")
    with op.batch_alter_table('linkedin_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_linkedin_notes_candidate_id'))

    op.drop_table('linkedin_notes')
    op.drop_table('linkedin_links')
    op.drop_table('linkedin_dismissed_matches')
    with op.batch_alter_table('inmail_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inmail_messages_candidate_id'))

    op.drop_table('inmail_messages')
    with op.batch_alter_table('linkedin_user_connections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_linkedin_user_connections_member_id'))

    op.drop_table('linkedin_user_connections')
    op.drop_table('linkedin_oauth_states')
    op.drop_table('linkedin_integrations')
    with op.batch_alter_table('linkedin_sent_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_linkedin_sent_records_subject_id'))

    op.drop_table('linkedin_sent_records')
    op.drop_table('linkedin_seats')
    with op.batch_alter_table('linkedin_prospect_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_linkedin_prospect_notes_member_id'))

    op.drop_table('linkedin_prospect_notes')
    with op.batch_alter_table('linkedin_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_linkedin_outbox_next_attempt_at'))

    op.drop_table('linkedin_outbox')
    op.drop_table('linkedin_mail_stubs')
    with op.batch_alter_table('linkedin_inmail_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_linkedin_inmail_events_member_id'))

    op.drop_table('linkedin_inmail_events')
    with op.batch_alter_table('linkedin_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_linkedin_events_received_at'))

    op.drop_table('linkedin_events')
    op.drop_table('linkedin_connection')
