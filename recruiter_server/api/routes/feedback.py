"""Routes of /api/v1/feedback: interview feedback."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from recruiter_api import entities as api
from recruiter_api.requests import FeedbackSubmit, FeedbackUpdate
from recruiter_server.api.deps import CurrentActor, ReadSession, WriteSession
from recruiter_server.api.paging import PageParams, fetch_page, page_params
from recruiter_server.db.models import Feedback
from recruiter_server.domain import feedback

router = APIRouter(tags=["feedback"])


@router.post("/feedback", status_code=status.HTTP_201_CREATED)
def submit_feedback(
    body: FeedbackSubmit, session: WriteSession, actor: CurrentActor
) -> api.Feedback:
    """The caller's feedback on an application of a job they interview for (one each)."""
    row = feedback.submit_feedback(
        session,
        actor,
        application_id=body.application_id,
        rating=body.rating,
        recommendation=body.recommendation,
        comments=body.comments,
    )
    session.commit()
    return api.Feedback.model_validate(row)


@router.get("/feedback")
def list_feedback(
    session: ReadSession,
    actor: CurrentActor,
    paging: Annotated[PageParams, Depends(page_params)],
    application_id: Annotated[
        uuid.UUID | None, Query(description="Only the feedback on this application")
    ] = None,
) -> api.Page[api.Feedback]:
    """The feedback the caller may read; an interviewer reads the others' on an application
    only once they have submitted their own."""
    stmt = feedback.list_feedback_stmt(session, actor, application_id)
    return fetch_page(session, stmt, Feedback.id, paging, api.Feedback.model_validate)


@router.get("/feedback/{feedback_id}")
def get_feedback(feedback_id: uuid.UUID, session: ReadSession, actor: CurrentActor) -> api.Feedback:
    return api.Feedback.model_validate(feedback.get_feedback(session, actor, feedback_id))


@router.patch("/feedback/{feedback_id}")
def update_feedback(
    feedback_id: uuid.UUID, body: FeedbackUpdate, session: WriteSession, actor: CurrentActor
) -> api.Feedback:
    """Change one's own feedback; a field left out keeps its value."""
    row = feedback.update_feedback(
        session,
        actor,
        feedback_id,
        rating=body.rating,
        recommendation=body.recommendation,
        comments=body.comments,
    )
    session.commit()
    return api.Feedback.model_validate(row)
