"""Jobs, their ordered stages and the people assigned to them.

Only admins and recruiters create jobs. Editing a job, opening and closing it, changing its
stages and assigning people is also open to the job's hiring managers and recruiters (job
roles). Prospect is always the first stage: it cannot be moved or deleted.
"""

import uuid
from collections import Counter
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from recruiter_api.enums import DEFAULT_STAGES, JobStatus
from recruiter_api.requests import JobCreate, JobRoleAssign, JobUpdate, StageCreate, StageOrder
from recruiter_server.db import sync_tracking
from recruiter_server.db.models import Application, Job, JobRole, Stage, StageChange, User
from recruiter_server.db.types import utcnow
from recruiter_server.domain import access
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Duplicate, Invalid, NotFound
from recruiter_server.sync.serialize import public

# --- Reads -------------------------------------------------------------------------------


def jobs_query(actor: Actor, status: JobStatus | None = None) -> Select[Job]:
    """The jobs the actor may see, optionally only those in one status."""
    stmt = select(Job).where(access.job_clause(actor, Job.id.expression))
    if status is not None:
        stmt = stmt.where(Job.status == status.value)
    return stmt


def get_job(session: Session, actor: Actor, job_id: uuid.UUID) -> Job:
    """One job; a job the actor may not see is not found."""
    access.ensure_sees_job(actor, job_id)
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound("No such job.")
    return job


def list_stages(session: Session, actor: Actor, job_id: uuid.UUID) -> list[Stage]:
    """The job's stages in pipeline order."""
    get_job(session, actor, job_id)
    return _stages_of(session, job_id)


def list_roles(session: Session, actor: Actor, job_id: uuid.UUID) -> list[JobRole]:
    """Who holds which role on the job."""
    get_job(session, actor, job_id)
    return list(
        session.scalars(
            select(JobRole).where(JobRole.job_id == job_id).order_by(JobRole.role, JobRole.id)
        )
    )


def _stages_of(session: Session, job_id: uuid.UUID) -> list[Stage]:
    return list(
        session.scalars(select(Stage).where(Stage.job_id == job_id).order_by(Stage.position))
    )


def _managed_job(session: Session, actor: Actor, job_id: uuid.UUID, doing: str) -> Job:
    job = get_job(session, actor, job_id)
    access.ensure_manages_job(actor, job_id, doing)
    return job


# --- Jobs --------------------------------------------------------------------------------


def create_job(session: Session, actor: Actor, body: JobCreate) -> Job:
    """A new draft job with the default stages (Prospect first)."""
    access.ensure_staff(actor, "create jobs")
    existing = session.scalars(
        select(Job).where(func.lower(Job.code) == body.code.lower()).limit(1)
    ).first()
    if existing is not None:
        raise Duplicate(
            f"The job code {existing.code} is already used by the job {existing.title}.",
            entity=public(existing),
        )
    job = Job(
        code=body.code,
        title=body.title,
        department=body.department,
        location=body.location,
        description=body.description,
        status=JobStatus.DRAFT.value,
        created_at=utcnow(),
    )
    session.add(job)
    session.flush()
    session.add_all(
        Stage(job_id=job.id, name=name, position=position)
        for position, name in enumerate(DEFAULT_STAGES)
    )
    session.flush()
    return job


def update_job(session: Session, actor: Actor, job_id: uuid.UUID, body: JobUpdate) -> Job:
    """Change the given fields of a job; a field left out or null stays as it is."""
    job = _managed_job(session, actor, job_id, "edit this job")
    changes: dict[str, Any] = body.model_dump(exclude_unset=True, exclude_none=True)
    for name, value in changes.items():
        setattr(job, name, value)
    session.flush()
    return job


def activate_job(session: Session, actor: Actor, job_id: uuid.UUID) -> Job:
    """Open a draft or closed job; an active job stays as it is."""
    job = _managed_job(session, actor, job_id, "open this job")
    if job.status != JobStatus.ACTIVE.value:
        job.status = JobStatus.ACTIVE.value
        job.opened_at = utcnow()
        job.closed_at = None
        session.flush()
    return job


def close_job(session: Session, actor: Actor, job_id: uuid.UUID) -> Job:
    """Close a job; a closed job stays as it is."""
    job = _managed_job(session, actor, job_id, "close this job")
    if job.status != JobStatus.CLOSED.value:
        job.status = JobStatus.CLOSED.value
        job.closed_at = utcnow()
        session.flush()
    return job


# --- Stages ------------------------------------------------------------------------------


def add_stage(session: Session, actor: Actor, job_id: uuid.UUID, body: StageCreate) -> Stage:
    """Insert a stage at `body.position`, or just before the last stage (Hired) when it is
    not given; later stages move one place down. A position past the end appends."""
    _managed_job(session, actor, job_id, "change this job's stages")
    stages = _stages_of(session, job_id)
    clash = next((s for s in stages if s.name.casefold() == body.name.casefold()), None)
    if clash is not None:
        raise Duplicate(f"This job already has a stage named {clash.name}.", entity=public(clash))
    position = len(stages) - 1 if body.position is None else min(body.position, len(stages))
    # Prospect keeps position 0 even for a job left with no other stage.
    position = max(position, 1)
    for stage in stages:
        if stage.position >= position:
            stage.position += 1
    stage = Stage(job_id=job_id, name=body.name, position=position)
    session.add(stage)
    session.flush()
    return stage


def reorder_stages(
    session: Session, actor: Actor, job_id: uuid.UUID, body: StageOrder
) -> list[Stage]:
    """Put the job's stages in the given order: every stage exactly once, Prospect first."""
    _managed_job(session, actor, job_id, "change this job's stages")
    stages = _stages_of(session, job_id)
    by_id = {s.id: s for s in stages}
    problems: list[str] = []
    unknown = [str(i) for i in body.stage_ids if i not in by_id]
    if unknown:
        problems.append("not stages of this job: " + ", ".join(unknown))
    twice = [by_id[i].name for i, n in Counter(body.stage_ids).items() if n > 1 and i in by_id]
    if twice:
        problems.append("listed more than once: " + ", ".join(twice))
    missing = [s.name for s in stages if s.id not in set(body.stage_ids)]
    if missing:
        problems.append("missing: " + ", ".join(missing))
    if problems:
        raise Invalid("List every stage of this job exactly once (" + "; ".join(problems) + ").")
    first = stages[0]
    if body.stage_ids[0] != first.id:
        raise Invalid(f"{first.name} must stay the first stage of the job.")
    for position, stage_id in enumerate(body.stage_ids):
        if by_id[stage_id].position != position:
            by_id[stage_id].position = position
    session.flush()
    return [by_id[i] for i in body.stage_ids]


def delete_stage(session: Session, actor: Actor, job_id: uuid.UUID, stage_id: uuid.UUID) -> None:
    """Delete an unused stage; later stages move one place up. Prospect stays."""
    _managed_job(session, actor, job_id, "change this job's stages")
    stages = _stages_of(session, job_id)
    stage = next((s for s in stages if s.id == stage_id), None)
    if stage is None:
        raise NotFound("This job has no such stage.")
    if stage is stages[0]:
        raise Invalid(f"{stage.name} is always the first stage of a job; it cannot be deleted.")
    if len(stages) <= 2:
        raise Invalid(f"A job needs at least one stage after {stages[0].name}.")
    in_stage = session.scalar(
        select(func.count()).select_from(Application).where(Application.stage_id == stage_id)
    )
    if in_stage:
        raise Invalid(
            f"{stage.name} still holds {in_stage} application(s); "
            "move them to another stage before deleting it."
        )
    # The history of applications that went through the stage refers to it.
    in_history = session.scalar(
        select(StageChange.id)
        .where((StageChange.from_stage_id == stage_id) | (StageChange.to_stage_id == stage_id))
        .limit(1)
    )
    if in_history is not None:
        raise Invalid(
            f"{stage.name} cannot be deleted: applications have passed through it and their "
            "history refers to it."
        )
    session.delete(stage)
    for later in stages:
        if later.position > stage.position:
            later.position -= 1
    session.flush()


# --- People on the job ---------------------------------------------------------------------


def assign_role(
    session: Session, actor: Actor, job_id: uuid.UUID, body: JobRoleAssign
) -> tuple[JobRole, bool]:
    """Give a user a role on the job. Answers the assignment and whether it is new; assigning
    the same role twice answers the existing one."""
    _managed_job(session, actor, job_id, "assign people to this job")
    user = session.get(User, body.user_id)
    if user is None:
        raise Invalid("There is no such user to assign.")
    if not user.active:
        raise Invalid(
            f"{user.first_name} {user.last_name} is deactivated and cannot be assigned to a job."
        )
    existing = session.scalars(
        select(JobRole).where(
            JobRole.job_id == job_id,
            JobRole.user_id == body.user_id,
            JobRole.role == body.role.value,
        )
    ).first()
    if existing is not None:
        return existing, False
    role = JobRole(job_id=job_id, user_id=body.user_id, role=body.role.value)
    session.add(role)
    session.flush()
    # The new member's client must now receive the job and its candidates.
    sync_tracking.touch_job(session, job_id)
    return role, True


def unassign_role(
    session: Session, actor: Actor, job_id: uuid.UUID, job_role_id: uuid.UUID
) -> None:
    """Take a role on the job away from its holder."""
    _managed_job(session, actor, job_id, "assign people to this job")
    role = session.get(JobRole, job_role_id)
    if role is None or role.job_id != job_id:
        raise NotFound("This job has no such role assignment.")
    session.delete(role)
    session.flush()
