"""Routes of /api/v1/jobs: jobs, their stages and the people assigned to them."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from recruiter_api import entities as api
from recruiter_api.enums import JobStatus
from recruiter_api.requests import JobCreate, JobRoleAssign, JobUpdate, StageCreate, StageOrder
from recruiter_server.api.deps import CurrentActor, ReadSession, WriteSession
from recruiter_server.api.paging import PageParams, fetch_page, page_params
from recruiter_server.db.models import Job
from recruiter_server.domain import jobs

router = APIRouter(tags=["jobs"])

Paging = Annotated[PageParams, Depends(page_params)]


@router.get("/jobs")
def list_jobs(
    session: ReadSession,
    actor: CurrentActor,
    paging: Paging,
    job_status: Annotated[
        JobStatus | None, Query(alias="status", description="Only jobs in this status")
    ] = None,
) -> api.Page[api.Job]:
    """The jobs the caller may see: all for admins and recruiters, else those they hold a
    role on."""
    stmt = jobs.jobs_query(actor, job_status)
    return fetch_page(session, stmt, Job.id, paging, api.Job.model_validate)


@router.post("/jobs", status_code=status.HTTP_201_CREATED)
def create_job(body: JobCreate, session: WriteSession, actor: CurrentActor) -> api.Job:
    """A new draft job with the default stages (admins and recruiters)."""
    job = jobs.create_job(session, actor, body)
    session.commit()
    return api.Job.model_validate(job)


@router.get("/jobs/{job_id}")
def get_job(job_id: uuid.UUID, session: ReadSession, actor: CurrentActor) -> api.Job:
    return api.Job.model_validate(jobs.get_job(session, actor, job_id))


@router.patch("/jobs/{job_id}")
def update_job(
    job_id: uuid.UUID, body: JobUpdate, session: WriteSession, actor: CurrentActor
) -> api.Job:
    """Change a job's title, department, location or description."""
    job = jobs.update_job(session, actor, job_id, body)
    session.commit()
    return api.Job.model_validate(job)


@router.post("/jobs/{job_id}/activate")
def activate_job(job_id: uuid.UUID, session: WriteSession, actor: CurrentActor) -> api.Job:
    """Open a draft or closed job."""
    job = jobs.activate_job(session, actor, job_id)
    session.commit()
    return api.Job.model_validate(job)


@router.post("/jobs/{job_id}/close")
def close_job(job_id: uuid.UUID, session: WriteSession, actor: CurrentActor) -> api.Job:
    job = jobs.close_job(session, actor, job_id)
    session.commit()
    return api.Job.model_validate(job)


# --- Stages ------------------------------------------------------------------------------


@router.get("/jobs/{job_id}/stages")
def list_stages(job_id: uuid.UUID, session: ReadSession, actor: CurrentActor) -> list[api.Stage]:
    """The job's stages in pipeline order."""
    return [api.Stage.model_validate(s) for s in jobs.list_stages(session, actor, job_id)]


@router.post("/jobs/{job_id}/stages", status_code=status.HTTP_201_CREATED)
def add_stage(
    job_id: uuid.UUID, body: StageCreate, session: WriteSession, actor: CurrentActor
) -> api.Stage:
    """Insert a stage at `position`, or before the last stage (Hired) when it is omitted."""
    stage = jobs.add_stage(session, actor, job_id, body)
    session.commit()
    return api.Stage.model_validate(stage)


@router.put("/jobs/{job_id}/stages/order")
def reorder_stages(
    job_id: uuid.UUID, body: StageOrder, session: WriteSession, actor: CurrentActor
) -> list[api.Stage]:
    """Reorder the stages: every stage of the job exactly once, Prospect first."""
    stages = jobs.reorder_stages(session, actor, job_id, body)
    session.commit()
    return [api.Stage.model_validate(s) for s in stages]


@router.delete("/jobs/{job_id}/stages/{stage_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_stage(
    job_id: uuid.UUID, stage_id: uuid.UUID, session: WriteSession, actor: CurrentActor
) -> None:
    """Delete a stage no application is or ever was in (never Prospect)."""
    jobs.delete_stage(session, actor, job_id, stage_id)
    session.commit()


# --- People on the job ---------------------------------------------------------------------


@router.get("/jobs/{job_id}/roles")
def list_roles(job_id: uuid.UUID, session: ReadSession, actor: CurrentActor) -> list[api.JobRole]:
    """Who holds which role on the job."""
    return [api.JobRole.model_validate(r) for r in jobs.list_roles(session, actor, job_id)]


@router.post(
    "/jobs/{job_id}/roles",
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": api.JobRole, "description": "The user already held this role"}},
)
def assign_role(
    job_id: uuid.UUID,
    body: JobRoleAssign,
    session: WriteSession,
    actor: CurrentActor,
    response: Response,
) -> api.JobRole:
    """Give a user a hiring manager, recruiter or interviewer role on the job."""
    role, created = jobs.assign_role(session, actor, job_id, body)
    session.commit()
    if not created:
        response.status_code = status.HTTP_200_OK
    return api.JobRole.model_validate(role)


@router.delete("/jobs/{job_id}/roles/{job_role_id}", status_code=status.HTTP_204_NO_CONTENT)
def unassign_role(
    job_id: uuid.UUID, job_role_id: uuid.UUID, session: WriteSession, actor: CurrentActor
) -> None:
    jobs.unassign_role(session, actor, job_id, job_role_id)
    session.commit()
