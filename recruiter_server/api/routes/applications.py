"""Routes of /api/v1/applications: candidates in pipelines, and their moves."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from recruiter_api import entities as api
from recruiter_api.requests import ApplicationCreate, MoveStage, Reject
from recruiter_server.api.deps import CurrentActor, ReadSession, WriteSession
from recruiter_server.api.paging import PageParams, fetch_page, page_params
from recruiter_server.db.models import Application
from recruiter_server.domain import applications

router = APIRouter(tags=["applications"])

Paging = Annotated[PageParams, Depends(page_params)]


@router.get("/applications")
def list_applications(
    session: ReadSession,
    actor: CurrentActor,
    paging: Paging,
    job_id: Annotated[uuid.UUID | None, Query(description="Only this job's")] = None,
    candidate_id: Annotated[uuid.UUID | None, Query(description="Only this candidate's")] = None,
) -> api.Page[api.Application]:
    """The applications the caller may see."""
    stmt = applications.applications_query(actor, job_id, candidate_id)
    return fetch_page(session, stmt, Application.id, paging, api.Application.model_validate)


@router.post("/applications", status_code=status.HTTP_201_CREATED)
def create_application(
    body: ApplicationCreate, session: WriteSession, actor: CurrentActor
) -> api.Application:
    """Put a candidate in a job's pipeline (in Prospect unless a stage is given)."""
    app = applications.create_application(session, actor, body)
    session.commit()
    return api.Application.model_validate(app)


@router.get("/applications/{application_id}")
def get_application(
    application_id: uuid.UUID, session: ReadSession, actor: CurrentActor
) -> api.Application:
    return api.Application.model_validate(
        applications.get_application(session, actor, application_id)
    )


@router.get("/applications/{application_id}/history")
def get_history(
    application_id: uuid.UUID, session: ReadSession, actor: CurrentActor
) -> list[api.StageChange]:
    """Every step of the application, oldest first: who did what, and when."""
    rows = applications.history(session, actor, application_id)
    return [api.StageChange.model_validate(r) for r in rows]


@router.post("/applications/{application_id}/move")
def move_stage(
    application_id: uuid.UUID, body: MoveStage, session: WriteSession, actor: CurrentActor
) -> api.Application:
    """Move an active application to another stage of its job."""
    app = applications.move_stage(session, actor, application_id, body.stage_id)
    session.commit()
    return api.Application.model_validate(app)


@router.post("/applications/{application_id}/reject")
def reject(
    application_id: uuid.UUID, body: Reject, session: WriteSession, actor: CurrentActor
) -> api.Application:
    """Reject an active application; the reason is required."""
    app = applications.reject(session, actor, application_id, body.reason)
    session.commit()
    return api.Application.model_validate(app)


@router.post("/applications/{application_id}/withdraw")
def withdraw(
    application_id: uuid.UUID, session: WriteSession, actor: CurrentActor
) -> api.Application:
    """Record that the candidate withdrew."""
    app = applications.withdraw(session, actor, application_id)
    session.commit()
    return api.Application.model_validate(app)


@router.post("/applications/{application_id}/hire")
def hire(application_id: uuid.UUID, session: WriteSession, actor: CurrentActor) -> api.Application:
    """Hire the candidate: the application moves to the job's last stage."""
    app = applications.hire(session, actor, application_id)
    session.commit()
    return api.Application.model_validate(app)
