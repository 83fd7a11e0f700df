"""Public shapes of the domain's entities: what REST answers and what `data` of a sync change holds.

Every entity carries `id`, `version` (bumped on each write) and `updated_at`. Field names are
the domain's snake_case names and match the server's columns one to one.
"""

from datetime import datetime
from typing import Generic, TypeVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from recruiter_api.enums import (
    ApplicationStatus,
    JobRoleKind,
    JobStatus,
    OrgRole,
    Recommendation,
    StageChangeAction,
)

T = TypeVar("T")


class EntityBase(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    version: int
    updated_at: datetime


class User(EntityBase):
    email: str
    first_name: str
    last_name: str
    role: OrgRole
    active: bool


class Job(EntityBase):
    code: str
    title: str
    department: str
    location: str
    description: str
    status: JobStatus
    created_at: datetime
    opened_at: datetime | None
    closed_at: datetime | None


class Stage(EntityBase):
    job_id: UUID
    name: str
    position: int


class JobRole(EntityBase):
    job_id: UUID
    user_id: UUID
    role: JobRoleKind


class Candidate(EntityBase):
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    linkedin_member_id: str | None
    source: str
    source_detail: str | None
    headline: str
    location: str
    tags: list[str]
    created_at: datetime
    created_by_id: UUID | None


class Application(EntityBase):
    candidate_id: UUID
    job_id: UUID
    stage_id: UUID
    status: ApplicationStatus
    reject_reason: str | None
    applied_at: datetime
    stage_entered_at: datetime
    closed_at: datetime | None


class StageChange(EntityBase):
    application_id: UUID
    job_id: UUID
    candidate_id: UUID
    action: StageChangeAction
    from_stage_id: UUID | None
    to_stage_id: UUID
    reason: str | None
    changed_by_id: UUID | None
    changed_at: datetime


class TalentPool(EntityBase):
    name: str
    description: str
    is_system: bool
    system_key: str | None
    created_at: datetime


class PoolMember(EntityBase):
    pool_id: UUID
    candidate_id: UUID
    added_by_id: UUID | None
    added_at: datetime


class Note(EntityBase):
    candidate_id: UUID
    application_id: UUID | None
    author_id: UUID | None
    body: str
    created_at: datetime


class Feedback(EntityBase):
    application_id: UUID
    job_id: UUID
    candidate_id: UUID
    interviewer_id: UUID
    rating: int = Field(ge=1, le=4)
    recommendation: Recommendation
    comments: str
    submitted_at: datetime


class JobAssignment(BaseModel):
    """One role the signed-in user holds on one job."""

    job_id: UUID
    role: JobRoleKind


class Me(BaseModel):
    # Which database this server keeps: a client's cache belongs to one.
    server_id: UUID
    user: User
    assignments: list[JobAssignment]


class Page(BaseModel, Generic[T]):
    """One page of a REST list; pass `next_after` as `after` for the next page."""

    items: list[T]
    next_after: UUID | None
