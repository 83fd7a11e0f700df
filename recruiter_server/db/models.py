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
)
MODEL_BY_ENTITY: dict[str, type[Synced]] = {m.__sync_entity__.value: m for m in SYNCED_MODELS}
