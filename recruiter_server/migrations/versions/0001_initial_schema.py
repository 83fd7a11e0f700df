"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 09:04:13.216705
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The storage of recruiter_server.db.types, written out so that this migration never changes
# when the application's types do: canonical text on SQLite, native types on PostgreSQL.
GUID = sa.Uuid().with_variant(sa.String(36), "sqlite")
UTC_TIME = sa.DateTime(timezone=True).with_variant(sa.String(27), "sqlite")


def upgrade() -> None:
    op.create_table('jobs',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('opened_at', UTC_TIME, nullable=True),
    sa.Column('closed_at', UTC_TIME, nullable=True),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jobs')),
    sa.UniqueConstraint('code', name=op.f('uq_jobs_code'))
    )
    op.create_table('login_failures',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('client', sa.String(length=100), nullable=False),
    sa.Column('at', UTC_TIME, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failures'))
    )
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.create_index('ix_login_failures_client_at', ['client', 'at'], unique=False)
        batch_op.create_index('ix_login_failures_email_at', ['email', 'at'], unique=False)

    op.create_table('server_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_id', GUID, nullable=False),
    sa.Column('oldest_seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_identity'))
    )
    op.create_table('sync_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_counter'))
    )
    op.create_table('sync_index',
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', GUID, nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('op', sa.String(length=6), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('job_id', GUID, nullable=True),
    sa.Column('candidate_id', GUID, nullable=True),
    sa.Column('application_id', GUID, nullable=True),
    sa.Column('user_id', GUID, nullable=True),
    sa.PrimaryKeyConstraint('entity', 'entity_id', name=op.f('pk_sync_index'))
    )
    with op.batch_alter_table('sync_index', schema=None) as batch_op:
        batch_op.create_index('ix_sync_index_candidate_id', ['candidate_id'], unique=False)
        batch_op.create_index('ix_sync_index_job_id', ['job_id'], unique=False)
        batch_op.create_index('ix_sync_index_order', ['seq', 'entity', 'entity_id'], unique=False)

    op.create_table('users',
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_table('applied_mutations',
    sa.Column('id', GUID, nullable=False),
    sa.Column('user_id', GUID, nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('result', sa.JSON(), nullable=False),
    sa.Column('applied_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_applied_mutations_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applied_mutations'))
    )
    op.create_table('auth_sessions',
    sa.Column('id', GUID, nullable=False),
    sa.Column('user_id', GUID, nullable=False),
    sa.Column('refresh_hash', sa.String(length=64), nullable=False),
    sa.Column('previous_refresh_hash', sa.String(length=64), nullable=True),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('refreshed_at', UTC_TIME, nullable=False),
    sa.Column('expires_at', UTC_TIME, nullable=False),
    sa.Column('revoked_at', UTC_TIME, nullable=True),
    sa.Column('revoke_reason', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_auth_sessions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_sessions')),
    sa.UniqueConstraint('refresh_hash', name=op.f('uq_auth_sessions_refresh_hash'))
    )
    with op.batch_alter_table('auth_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_sessions_previous_refresh_hash'), ['previous_refresh_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_auth_sessions_user_id'), ['user_id'], unique=False)

    op.create_table('candidates',
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('linkedin_member_id', sa.String(length=100), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('source_detail', sa.String(length=200), nullable=True),
    sa.Column('headline', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('created_by_id', GUID, nullable=True),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_candidates_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidates')),
    sa.UniqueConstraint('email', name=op.f('uq_candidates_email')),
    sa.UniqueConstraint('linkedin_member_id', name=op.f('uq_candidates_linkedin_member_id'))
    )
    op.create_table('job_roles',
    sa.Column('job_id', GUID, nullable=False),
    sa.Column('user_id', GUID, nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_job_roles_job_id_jobs')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_job_roles_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_roles')),
    sa.UniqueConstraint('job_id', 'user_id', 'role', name=op.f('uq_job_roles_job_id_user_id_role'))
    )
    with op.batch_alter_table('job_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_roles_user_id'), ['user_id'], unique=False)

    op.create_table('stages',
    sa.Column('job_id', GUID, nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_stages_job_id_jobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stages'))
    )
    with op.batch_alter_table('stages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stages_job_id'), ['job_id'], unique=False)

    op.create_table('talent_pools',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('is_system', sa.Boolean(), nullable=False),
    sa.Column('system_key', sa.String(length=40), nullable=True),
    sa.Column('created_by_id', GUID, nullable=True),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_talent_pools_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_talent_pools')),
    sa.UniqueConstraint('system_key', name=op.f('uq_talent_pools_system_key'))
    )
    op.create_table('applications',
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('job_id', GUID, nullable=False),
    sa.Column('stage_id', GUID, nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reject_reason', sa.String(length=500), nullable=True),
    sa.Column('applied_at', UTC_TIME, nullable=False),
    sa.Column('stage_entered_at', UTC_TIME, nullable=False),
    sa.Column('closed_at', UTC_TIME, nullable=True),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_applications_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_applications_job_id_jobs')),
    sa.ForeignKeyConstraint(['stage_id'], ['stages.id'], name=op.f('fk_applications_stage_id_stages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications')),
    sa.UniqueConstraint('candidate_id', 'job_id', name=op.f('uq_applications_candidate_id_job_id'))
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index('ix_applications_job_id_candidate_id', ['job_id', 'candidate_id'], unique=False)

    op.create_table('pool_members',
    sa.Column('pool_id', GUID, nullable=False),
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('added_by_id', GUID, nullable=True),
    sa.Column('added_at', UTC_TIME, nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_pool_members_added_by_id_users')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_pool_members_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['pool_id'], ['talent_pools.id'], name=op.f('fk_pool_members_pool_id_talent_pools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pool_members')),
    sa.UniqueConstraint('pool_id', 'candidate_id', name=op.f('uq_pool_members_pool_id_candidate_id'))
    )
    with op.batch_alter_table('pool_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pool_members_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('feedback',
    sa.Column('application_id', GUID, nullable=False),
    sa.Column('job_id', GUID, nullable=False),
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('interviewer_id', GUID, nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('recommendation', sa.String(length=12), nullable=False),
    sa.Column('comments', sa.Text(), nullable=False),
    sa.Column('submitted_at', UTC_TIME, nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_feedback_application_id_applications')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_feedback_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['interviewer_id'], ['users.id'], name=op.f('fk_feedback_interviewer_id_users')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_feedback_job_id_jobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback')),
    sa.UniqueConstraint('application_id', 'interviewer_id', name=op.f('uq_feedback_application_id_interviewer_id'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_interviewer_id'), ['interviewer_id'], unique=False)

    op.create_table('notes',
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('application_id', GUID, nullable=True),
    sa.Column('author_id', GUID, nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', UTC_TIME, nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_notes_application_id_applications')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_notes_author_id_users')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_notes_candidate_id_candidates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('stage_changes',
    sa.Column('application_id', GUID, nullable=False),
    sa.Column('job_id', GUID, nullable=False),
    sa.Column('candidate_id', GUID, nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('from_stage_id', GUID, nullable=True),
    sa.Column('to_stage_id', GUID, nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=True),
    sa.Column('changed_by_id', GUID, nullable=True),
    sa.Column('changed_at', UTC_TIME, nullable=False),
    sa.Column('application_version', sa.Integer(), nullable=False),
    sa.Column('id', GUID, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC_TIME, nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_stage_changes_application_id_applications')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_stage_changes_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['changed_by_id'], ['users.id'], name=op.f('fk_stage_changes_changed_by_id_users')),
    sa.ForeignKeyConstraint(['from_stage_id'], ['stages.id'], name=op.f('fk_stage_changes_from_stage_id_stages')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_stage_changes_job_id_jobs')),
    sa.ForeignKeyConstraint(['to_stage_id'], ['stages.id'], name=op.f('fk_stage_changes_to_stage_id_stages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_changes'))
    )
    with op.batch_alter_table('stage_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_changes_application_id'), ['application_id'], unique=False)

    _seed_system_rows()


def _seed_system_rows() -> None:
    """The counter, this database's identity, and the system LinkedIn talent pool (which
    reaches clients through the sync index like any other row)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    stamp = datetime.now(UTC)
    now = stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if sqlite else stamp
    pool_id = str(uuid.uuid4()) if sqlite else uuid.uuid4()
    server_id = str(uuid.uuid4()) if sqlite else uuid.uuid4()
    counter = sa.table("sync_counter", sa.column("id", sa.Integer), sa.column("value", sa.BigInteger))
    identity = sa.table(
        "server_identity", sa.column("id", sa.Integer), sa.column("server_id", GUID),
        sa.column("oldest_seq", sa.BigInteger), sa.column("created_at", UTC_TIME),
    )
    pools = sa.table(
        "talent_pools", sa.column("id", GUID), sa.column("version", sa.Integer),
        sa.column("updated_at", UTC_TIME), sa.column("created_at", UTC_TIME),
        sa.column("name", sa.String), sa.column("is_system", sa.Boolean),
        sa.column("system_key", sa.String), sa.column("created_by_id", GUID),
        sa.column("description", sa.Text),
    )
    index = sa.table(
        "sync_index", sa.column("entity", sa.String), sa.column("entity_id", GUID),
        sa.column("seq", sa.BigInteger), sa.column("op", sa.String), sa.column("version", sa.Integer),
        sa.column("job_id", GUID), sa.column("candidate_id", GUID),
        sa.column("application_id", GUID), sa.column("user_id", GUID),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 1}])
    op.bulk_insert(identity, [{"id": 1, "server_id": server_id, "oldest_seq": 0, "created_at": now}])
    op.bulk_insert(pools, [{
        "id": pool_id, "version": 1, "updated_at": now, "created_at": now,
        "name": "LinkedIn", "is_system": True, "system_key": "linkedin", "created_by_id": None,
        "description": "Candidates who shared their LinkedIn profile with the organisation "
        "in an InMail reply. Created and kept by the LinkedIn integration.",
    }])
    op.bulk_insert(index, [{
        "entity": "talent_pool", "entity_id": pool_id, "seq": 1, "op": "upsert", "version": 1,
        "job_id": None, "candidate_id": None, "application_id": None, "user_id": None,
    }])

def downgrade() -> None:
    with op.batch_alter_table('stage_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_changes_application_id'))

    op.drop_table('stage_changes')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_candidate_id'))

    op.drop_table('notes')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_interviewer_id'))

    op.drop_table('feedback')
    with op.batch_alter_table('pool_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pool_members_candidate_id'))

    op.drop_table('pool_members')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_job_id_candidate_id')

    op.drop_table('applications')
    op.drop_table('talent_pools')
    with op.batch_alter_table('stages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stages_job_id'))

    op.drop_table('stages')
    with op.batch_alter_table('job_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_roles_user_id'))

    op.drop_table('job_roles')
    op.drop_table('candidates')
    with op.batch_alter_table('auth_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_sessions_user_id'))
        batch_op.drop_index(batch_op.f('ix_auth_sessions_previous_refresh_hash'))

    op.drop_table('auth_sessions')
    op.drop_table('applied_mutations')
    op.drop_table('users')
    with op.batch_alter_table('sync_index', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_index_order')
        batch_op.drop_index('ix_sync_index_job_id')
        batch_op.drop_index('ix_sync_index_candidate_id')

    op.drop_table('sync_index')
    op.drop_table('sync_counter')
    op.drop_table('server_identity')
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_login_failures_email_at')
        batch_op.drop_index('ix_login_failures_client_at')

    op.drop_table('login_failures')
    op.drop_table('jobs')
