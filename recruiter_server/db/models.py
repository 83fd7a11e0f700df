"""SQLAlchemy 2.0 models of the ATS: the system of record.

Every synced row has a UUID `id`, a `version` bumped on each write (SQLAlchemy's version
counter, so a stale ORM write fails instead of overwriting) and `updated_at`. Each synced
class names its feed entity in `__sync_entity__` and says in `sync_scope()` which job,
candidate, application and user it belongs to: the feed filters on those (see sync/access.py).
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from recruiter_api.enums import SyncEntity
from recruiter_server.db.types import GUID, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Foreign keys and other columns typed only by their annotation get our portable types.
    type_annotation_map = {uuid.UUID: GUID, datetime: UTCDateTime}


@dataclass(frozen=True, slots=True)
class Scope:
    """What a synced row belongs to; the feed decides visibility from it."""

    job_id: uuid.UUID | None = None
    candidate_id: uuid.UUID | None = None
    application_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None


class Synced(Base):
    """A row that travels in the sync feed."""

    __abstract__ = True
    __sync_entity__: ClassVar[SyncEntity]

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The version counter makes every UPDATE check and bump `version`.
        return {"version_id_col": cls.__table__.c.version}

    def sync_scope(self) -> Scope:
        return Scope()


class User(Synced):
    __tablename__ = "users"
    __sync_entity__ = SyncEntity.USER

    email: Mapped[str] = mapped_column(String(320), unique=True, nullable=False)
    first_name: Mapped[str] = mapped_column(String(200), nullable=False)
    last_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    def sync_scope(self) -> Scope:
        return Scope(user_id=self.id)


class Job(Synced):
    __tablename__ = "jobs"
    __sync_entity__ = SyncEntity.JOB

    code: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    department: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def sync_scope(self) -> Scope:
        return Scope(job_id=self.id)


class Stage(Synced):
    __tablename__ = "stages"
    __sync_entity__ = SyncEntity.STAGE

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)

    def sync_scope(self) -> Scope:
        return Scope(job_id=self.job_id)


class JobRole(Synced):
    __tablename__ = "job_roles"
    __table_args__ = (UniqueConstraint("job_id", "user_id", "role"),)
    __sync_entity__ = SyncEntity.JOB_ROLE

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id"), nullable=False)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)

    def sync_scope(self) -> Scope:
        return Scope(job_id=self.job_id, user_id=self.user_id)


class Candidate(Synced):
    __tablename__ = "candidates"
    __sync_entity__ = SyncEntity.CANDIDATE

    first_name: Mapped[str] = mapped_column(String(200), nullable=False)
    last_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # Stored lower-cased, so the unique index finds duplicates whatever the case.
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    linkedin_member_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="manual")
    source_detail: Mapped[str | None] = mapped_column(String(200))
    headline: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    def sync_scope(self) -> Scope:
        return Scope(candidate_id=self.id)


class Application(Synced):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("candidate_id", "job_id"),
        Index("ix_applications_job_id_candidate_id", "job_id", "candidate_id"),
    )
    __sync_entity__ = SyncEntity.APPLICATION

    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), nullable=False)
    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id"), nullable=False)
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="active")
    reject_reason: Mapped[str | None] = mapped_column(String(500))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    stage_entered_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def sync_scope(self) -> Scope:
        return Scope(job_id=self.job_id, candidate_id=self.candidate_id, application_id=self.id)


class StageChange(Synced):
    """One row of an application's history: who moved it where, and when."""

    __tablename__ = "stage_changes"
    __sync_entity__ = SyncEntity.STAGE_CHANGE

    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("applications.id"), nullable=False, index=True
    )
    # Copied from the application (which never changes job or candidate) so the feed
    # filters without a join.
    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id"), nullable=False)
    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stages.id"))
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"), nullable=False)
    reason: Mapped[str | None] = mapped_column(String(500))
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    # The application's version right after this change: a stage move based on an older
    # version conflicts only if a stage change happened after that base.
    application_version: Mapped[int] = mapped_column(Integer, nullable=False)

    def sync_scope(self) -> Scope:
        return Scope(
            job_id=self.job_id, candidate_id=self.candidate_id, application_id=self.application_id
        )


class TalentPool(Synced):
    __tablename__ = "talent_pools"
    __sync_entity__ = SyncEntity.TALENT_POOL

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    is_system: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    system_key: Mapped[str | None] = mapped_column(String(40), unique=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class PoolMember(Synced):
    __tablename__ = "pool_members"
    __table_args__ = (UniqueConstraint("pool_id", "candidate_id"),)
    __sync_entity__ = SyncEntity.POOL_MEMBER

    pool_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("talent_pools.id"), nullable=False)
    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id"), nullable=False, index=True
    )
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    def sync_scope(self) -> Scope:
        return Scope(candidate_id=self.candidate_id)


class Note(Synced):
    __tablename__ = "notes"
    __sync_entity__ = SyncEntity.NOTE

    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id"), nullable=False, index=True
    )
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"))
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    def sync_scope(self) -> Scope:
        return Scope(candidate_id=self.candidate_id)


class Feedback(Synced):
    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("application_id", "interviewer_id"),)
    __sync_entity__ = SyncEntity.FEEDBACK

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), nullable=False)
    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id"), nullable=False)
    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), nullable=False)
    interviewer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id"), nullable=False, index=True
    )
    rating: Mapped[int] = mapped_column(Integer, nullable=False)
    recommendation: Mapped[str] = mapped_column(String(12), nullable=False)
    comments: Mapped[str] = mapped_column(Text, nullable=False, default="")
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    def sync_scope(self) -> Scope:
        return Scope(
            job_id=self.job_id,
            candidate_id=self.candidate_id,
            application_id=self.application_id,
            user_id=self.interviewer_id,
        )


# --- Not synced: authentication and the sync machinery itself -------------------------


class AuthSession(Base):
    """One signed-in device: its refresh token rotates; revoking it ends the session."""

    __tablename__ = "auth_sessions"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    # SHA-256 of the current refresh token; the previous one is kept to detect reuse.
    refresh_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    previous_refresh_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    refreshed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoke_reason: Mapped[str | None] = mapped_column(String(100))


class LoginFailure(Base):
    """A failed sign-in; counted per e-mail and per client address for the rate limit."""

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_email_at", "email", "at"),
        Index("ix_login_failures_client_at", "client", "at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    email: Mapped[str] = mapped_column(String(320), nullable=False)
    client: Mapped[str] = mapped_column(String(100), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class SyncIndex(Base):
    """The latest change of every synced row (upsert or tombstone), in commit order.

    `seq` is the number of the transaction that last wrote the row; several rows share a
    seq, so the feed orders and pages by (seq, entity, entity_id).
    """

    __tablename__ = "sync_index"
    __table_args__ = (
        Index("ix_sync_index_order", "seq", "entity", "entity_id"),
        Index("ix_sync_index_job_id", "job_id"),
        Index("ix_sync_index_candidate_id", "candidate_id"),
    )

    entity: Mapped[str] = mapped_column(String(30), primary_key=True)
    entity_id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    op: Mapped[str] = mapped_column(String(6), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    job_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    candidate_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    application_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    user_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    # An upserted row's values as the feed's rows shape sends them (a JSON array in
    # sync.serialize.fields_of order), rendered when the row is written, so that a pull
    # reads one table instead of rendering every row again for every client. NULL for a
    # tombstone, and for rows written before this column existed: the feed renders those
    # when it sends them. A change of an entity's wire fields must clear its rows' data.
    data: Mapped[str | None] = mapped_column(Text)


class SyncCounter(Base):
    """One row: the last transaction number handed out. Its row lock, held from the moment a
    transaction takes a number until it commits, makes numbers follow commit order on
    PostgreSQL; SQLite has one writer at a time anyway."""

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False)


class ServerIdentity(Base):
    """Who this database is: a cursor from another database (or a restored older copy of
    this one, whose epoch changes on restore) answers reset_required."""

    __tablename__ = "server_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_id: Mapped[uuid.UUID] = mapped_column(GUID, nullable=False)
    # Tombstones older than this have been purged: older cursors need a reset.
    oldest_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class AppliedMutation(Base):
    """The first answer to each client mutation id: a replay gets it again."""

    __tablename__ = "applied_mutations"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), nullable=False)
    type: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


# --- LinkedIn Recruiter System Connect ---------------------------------------------------


class LinkedInIntegration(Synced):
    """The organisation's connection to LinkedIn Recruiter (one row): the wizard's state, the
    access level and the historical sync's progress. Secrets live in `linkedin_connection`."""

    __tablename__ = "linkedin_integrations"
    __sync_entity__ = SyncEntity.LINKEDIN_INTEGRATION

    state: Mapped[str] = mapped_column(String(20), nullable=False, default="not_connected")
    level: Mapped[str | None] = mapped_column(String(10))
    features: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    contracts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    contract_urn: Mapped[str | None] = mapped_column(String(100))
    contract_name: Mapped[str | None] = mapped_column(String(200))
    organization_urn: Mapped[str | None] = mapped_column(String(100))
    connected_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    connected_member_name: Mapped[str | None] = mapped_column(String(200))
    connected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    enabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    history_state: Mapped[str] = mapped_column(String(10), nullable=False, default="idle")
    history_done: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    history_total: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    history_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    history_finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    history_message: Mapped[str | None] = mapped_column(String(500))
    last_pull_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))


class LinkedInConnection(Base):
    """The private side of the organisation's connection (one row, never synced): the
    customer application's credentials and the admin's tokens (encrypted), and where the
    background work stands."""

    __tablename__ = "linkedin_connection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unique_foreign_id: Mapped[str | None] = mapped_column(String(200))
    application_urn: Mapped[str | None] = mapped_column(String(100))
    app_client_id: Mapped[str | None] = mapped_column(String(200))
    app_client_secret: Mapped[str | None] = mapped_column(Text)
    admin_member_id: Mapped[str | None] = mapped_column(String(100))
    admin_access_token: Mapped[str | None] = mapped_column(Text)
    admin_refresh_token: Mapped[str | None] = mapped_column(Text)
    admin_token_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    callback_url: Mapped[str | None] = mapped_column(String(500))
    # The sync index position up to which changes were queued for the In-ATS indicator.
    indicator_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    status_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LinkedInOAuthState(Base):
    """An authorization-code sign-in in progress: `state` (hashed) ties LinkedIn's redirect
    back to the user who started it."""

    __tablename__ = "linkedin_oauth_states"

    state_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(12), nullable=False)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), nullable=False)
    redirect_uri: Mapped[str] = mapped_column(String(500), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class LinkedInUserConnection(Base):
    """A user's own LinkedIn account (their Recruiter seat); tokens encrypted."""

    __tablename__ = "linkedin_user_connections"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), nullable=False, unique=True)
    member_id: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    first_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str | None] = mapped_column(String(320))
    # [{"contract": urn, "seat": urn, "role": ...}]: their seats, whichever contract is chosen.
    seats: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    access_token: Mapped[str] = mapped_column(Text, nullable=False)
    refresh_token: Mapped[str | None] = mapped_column(Text)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    connected_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class LinkedInLink(Synced):
    """A candidate linked to a LinkedIn member: how it was matched, by whom and when."""

    __tablename__ = "linkedin_links"
    __sync_entity__ = SyncEntity.LINKEDIN_LINK

    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id"), nullable=False, unique=True
    )
    member_id: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    matched_by: Mapped[str] = mapped_column(String(12), nullable=False)
    linked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    # The row's version right after it was (re)linked: a mutation based on an older version
    # conflicts only if the link itself changed since, not a refresh of the profile.
    linked_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    first_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    headline: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    profile_url: Mapped[str | None] = mapped_column(String(500))
    profile_read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def sync_scope(self) -> Scope:
        return Scope(candidate_id=self.candidate_id)


class LinkedInDismissedMatch(Base):
    """A member someone unlinked from a candidate: never matched to them automatically again."""

    __tablename__ = "linkedin_dismissed_matches"

    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    dismissed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    dismissed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class LinkedInEventLog(Base):
    """Every push LinkedIn sent and what came of it, in words (the admins' event list).
    `handled_key` is the event id once the event was handled for good: a replay finds it."""

    __tablename__ = "linkedin_events"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4)
    received_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, index=True
    )
    type: Mapped[str] = mapped_column(String(40), nullable=False)
    event_id: Mapped[str | None] = mapped_column(String(200))
    handled_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    candidate_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    job_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    application_id: Mapped[uuid.UUID | None] = mapped_column(GUID)


class LinkedInOutbox(Base):
    """A job or candidate whose In-ATS indicator records must be brought in step with
    LinkedIn; the row stays until a push succeeds, so a restart resumes."""

    __tablename__ = "linkedin_outbox"

    subject: Mapped[str] = mapped_column(String(10), primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, index=True
    )
    last_error: Mapped[str | None] = mapped_column(Text)


class LinkedInSentRecord(Base):
    """One record LinkedIn holds because this server sent it, with a hash of what was sent:
    an unchanged record is not sent again, and one that should no longer be there is deleted."""

    __tablename__ = "linkedin_sent_records"

    resource: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(GUID, nullable=False, index=True)
    parent_id: Mapped[str | None] = mapped_column(String(100))
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class LinkedInSeat(Base):
    """A Recruiter seat on the organisation's contract (from seatsV2) and how far its InMails
    have been read."""

    __tablename__ = "linkedin_seats"

    seat_urn: Mapped[str] = mapped_column(String(100), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(100), nullable=False)
    first_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str | None] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    inmails_read_until: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class LinkedInInMailEvent(Base):
    """An InMail as LinkedIn gave it (shared with the organisation), whoever it concerns;
    `inmail_messages` publishes those of linked candidates."""

    __tablename__ = "linkedin_inmail_events"

    event_urn: Mapped[str] = mapped_column(String(100), primary_key=True)
    thread_urn: Mapped[str] = mapped_column(String(100), nullable=False)
    seat_urn: Mapped[str] = mapped_column(String(100), nullable=False)
    member_id: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    direction: Mapped[str] = mapped_column(String(8), nullable=False)
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, nullable=False)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class LinkedInProspectNote(Base):
    """A Recruiter note as LinkedIn gave it; `linkedin_notes` publishes those of linked
    candidates."""

    __tablename__ = "linkedin_prospect_notes"

    note_urn: Mapped[str] = mapped_column(String(100), primary_key=True)
    seat_urn: Mapped[str] = mapped_column(String(100), nullable=False)
    author_member_id: Mapped[str | None] = mapped_column(String(100))
    member_id: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class LinkedInMailStub(Base):
    """An InMail stub profile: a member who answered and shared their profile."""

    __tablename__ = "linkedin_mail_stubs"

    stub_urn: Mapped[str] = mapped_column(String(100), primary_key=True)
    seat_urn: Mapped[str] = mapped_column(String(100), nullable=False)
    member_id: Mapped[str] = mapped_column(String(100), nullable=False)
    email: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    candidate_id: Mapped[uuid.UUID | None] = mapped_column(GUID)


class InMailMessage(Synced):
    """An InMail of a linked candidate, published from `linkedin_inmail_events`: a `full` row
    (subject and body) for the seat holder only, and a row without them for everyone else."""

    __tablename__ = "inmail_messages"
    __table_args__ = (UniqueConstraint("event_urn", "full"),)
    __sync_entity__ = SyncEntity.INMAIL_MESSAGE

    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id"), nullable=False, index=True
    )
    event_urn: Mapped[str] = mapped_column(String(100), nullable=False)
    full: Mapped[bool] = mapped_column(Boolean, nullable=False)
    thread_urn: Mapped[str] = mapped_column(String(100), nullable=False)
    seat_urn: Mapped[str] = mapped_column(String(100), nullable=False)
    direction: Mapped[str] = mapped_column(String(8), nullable=False)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    correspondent_name: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    correspondent_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str | None] = mapped_column(Text)

    def sync_scope(self) -> Scope:
        # The feed shows a full row to its seat holder only (domain/access.feed_clause).
        return Scope(
            candidate_id=self.candidate_id,
            user_id=self.correspondent_user_id if self.full else None,
        )


class LinkedInNote(Synced):
    """A shared Recruiter note about a linked candidate."""

    __tablename__ = "linkedin_notes"
    __sync_entity__ = SyncEntity.LINKEDIN_NOTE

    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id"), nullable=False, index=True
    )
    note_urn: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    author_name: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    author_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)

    def sync_scope(self) -> Scope:
        return Scope(candidate_id=self.candidate_id)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    User,
    Job,
    Stage,
    JobRole,
    Candidate,
    Application,
    StageChange,
    TalentPool,
    PoolMember,
    Note,
    Feedback,
    LinkedInIntegration,
    LinkedInLink,
    InMailMessage,
    LinkedInNote,
)
MODEL_BY_ENTITY: dict[str, type[Synced]] = {m.__sync_entity__.value: m for m in SYNCED_MODELS}
