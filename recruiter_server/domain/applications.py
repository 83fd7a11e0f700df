"""Applications: a candidate in a job's pipeline, and every step of their way through it.

Each action (create, move, reject, withdraw, hire) writes one StageChange row saying who did
it and when, stamped with the application's version right after the change so that the sync
push can tell whether a stage change happened after a client's base version. Only staff and
the job's hiring managers and recruiters act on applications; interviewers only read them.
"""

import uuid
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from recruiter_api.enums import ApplicationStatus, JobStatus, StageChangeAction
from recruiter_api.requests import ApplicationCreate
from recruiter_server.db import sync_tracking
from recruiter_server.db.models import Application, Candidate, Job, Stage, StageChange
from recruiter_server.db.types import utcnow
from recruiter_server.domain import access, new_ids
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.candidates import full_name, get_candidate
from recruiter_server.domain.errors import Duplicate, Invalid, NotFound
from recruiter_server.domain.jobs import get_job
from recruiter_server.sync.serialize import public

REASON_MAX_LENGTH = 500

# --- Reads -------------------------------------------------------------------------------


def applications_query(
    actor: Actor, job_id: uuid.UUID | None = None, candidate_id: uuid.UUID | None = None
) -> Select[Application]:
    """The applications the actor may see, optionally of one job and/or one candidate."""
    stmt = select(Application).where(access.job_clause(actor, Application.job_id.expression))
    if job_id is not None:
        stmt = stmt.where(Application.job_id == job_id)
    if candidate_id is not None:
        stmt = stmt.where(Application.candidate_id == candidate_id)
    return stmt


def get_application(
    session: Session, actor: Actor, application_id: uuid.UUID, *, lock: bool = False
) -> Application:
    """One application; one the actor may not see is not found. `lock` reads it afresh
    under a row lock, to serialise changes that depend on it (PostgreSQL)."""
    app = (
        session.get(Application, application_id, with_for_update=True, populate_existing=True)
        if lock
        else session.get(Application, application_id)
    )
    if app is None:
        raise NotFound("No such application.")
    try:
        access.ensure_sees_job(actor, app.job_id)
    except NotFound:
        raise NotFound("No such application.") from None
    return app


def history(session: Session, actor: Actor, application_id: uuid.UUID) -> list[StageChange]:
    """The application's stage changes, oldest first."""
    get_application(session, actor, application_id)
    return list(
        session.scalars(
            select(StageChange)
            .where(StageChange.application_id == application_id)
            .order_by(StageChange.application_version, StageChange.changed_at)
        )
    )


# --- Writes ------------------------------------------------------------------------------


def create_application(
    session: Session,
    actor: Actor,
    body: ApplicationCreate,
    application_id: uuid.UUID | None = None,
) -> Application:
    """Put a candidate in a job's pipeline, in Prospect unless another stage of the job is
    given. `application_id` is the id a client made for it offline."""
    job = get_job(session, actor, body.job_id)
    candidate = get_candidate(session, actor, body.candidate_id)
    access.ensure_manages_job(actor, job.id, "add candidates to this job")
    if job.status == JobStatus.CLOSED.value:
        raise Invalid(f"The job {job.title} is closed; reopen it before adding candidates.")
    stages = list(
        session.scalars(select(Stage).where(Stage.job_id == job.id).order_by(Stage.position))
    )
    if body.stage_id is None:
        if not stages:
            raise Invalid(f"The job {job.title} has no stages.")
        stage = stages[0]
    else:
        found = next((s for s in stages if s.id == body.stage_id), None)
        if found is None:
            raise Invalid(f"That stage is not one of the stages of {job.title}.")
        stage = found
    new_ids.ensure_new_id(session, Application, application_id, "An application")
    existing = session.scalars(
        select(Application).where(
            Application.candidate_id == candidate.id, Application.job_id == job.id
        )
    ).first()
    if existing is not None:
        raise Duplicate(
            f"{full_name(candidate)} already has an application to {job.title}.",
            entity=public(existing),
        )
    now = utcnow()
    app = Application(
        candidate_id=candidate.id,
        job_id=job.id,
        stage_id=stage.id,
        status=ApplicationStatus.ACTIVE.value,
        applied_at=now,
        stage_entered_at=now,
    )
    if application_id is not None:
        app.id = application_id
    session.add(app)
    _record(
        session,
        actor,
        app,
        StageChangeAction.CREATED,
        from_stage_id=None,
        to_stage_id=stage.id,
        at=now,
    )
    # The job's hiring managers and interviewers may not have seen this candidate before.
    sync_tracking.touch_candidate(session, candidate.id)
    return app


def move_stage(
    session: Session, actor: Actor, application_id: uuid.UUID, stage_id: uuid.UUID
) -> Application:
    """Move an active application to another stage of its job; moving it to the stage it is
    in already changes nothing."""
    app = _managed(session, actor, application_id, "move candidates on this job")
    _ensure_active(session, app, "moved")
    stage = session.get(Stage, stage_id)
    if stage is None or stage.job_id != app.job_id:
        raise Invalid("That stage is not one of the stages of this application's job.")
    if stage.id == app.stage_id:
        return app
    now = utcnow()
    from_stage = app.stage_id
    app.stage_id = stage.id
    app.stage_entered_at = now
    _record(
        session,
        actor,
        app,
        StageChangeAction.MOVED,
        from_stage_id=from_stage,
        to_stage_id=stage.id,
        at=now,
    )
    return app


def reject(session: Session, actor: Actor, application_id: uuid.UUID, reason: str) -> Application:
    """Reject an active application, for a reason the history keeps."""
    app = _managed(session, actor, application_id, "reject candidates on this job")
    _ensure_active(session, app, "rejected")
    reason = reason.strip()
    if not reason:
        raise Invalid("Give a reason for rejecting the candidate.")
    if len(reason) > REASON_MAX_LENGTH:
        raise Invalid(f"The reason is too long: keep it within {REASON_MAX_LENGTH} characters.")
    now = utcnow()
    app.status = ApplicationStatus.REJECTED.value
    app.reject_reason = reason
    app.closed_at = now
    _record(
        session,
        actor,
        app,
        StageChangeAction.REJECTED,
        from_stage_id=app.stage_id,
        to_stage_id=app.stage_id,
        at=now,
        reason=reason,
    )
    return app


def withdraw(session: Session, actor: Actor, application_id: uuid.UUID) -> Application:
    """Record that the candidate withdrew from an active application."""
    app = _managed(session, actor, application_id, "withdraw candidates on this job")
    _ensure_active(session, app, "withdrawn")
    now = utcnow()
    app.status = ApplicationStatus.WITHDRAWN.value
    app.closed_at = now
    _record(
        session,
        actor,
        app,
        StageChangeAction.WITHDRAWN,
        from_stage_id=app.stage_id,
        to_stage_id=app.stage_id,
        at=now,
    )
    return app


def hire(session: Session, actor: Actor, application_id: uuid.UUID) -> Application:
    """Hire the candidate of an active application: it moves to the job's last stage."""
    app = _managed(session, actor, application_id, "hire candidates on this job")
    _ensure_active(session, app, "hired")
    last = session.scalars(
        select(Stage).where(Stage.job_id == app.job_id).order_by(Stage.position.desc()).limit(1)
    ).one()
    now = utcnow()
    from_stage = app.stage_id
    if last.id != app.stage_id:
        app.stage_id = last.id
        app.stage_entered_at = now
    app.status = ApplicationStatus.HIRED.value
    app.closed_at = now
    _record(
        session,
        actor,
        app,
        StageChangeAction.HIRED,
        from_stage_id=from_stage,
        to_stage_id=last.id,
        at=now,
    )
    return app


# --- Shared steps ----------------------------------------------------------------------------


def _managed(session: Session, actor: Actor, application_id: uuid.UUID, doing: str) -> Application:
    app = get_application(session, actor, application_id)
    access.ensure_manages_job(actor, app.job_id, doing)
    return app


def _ensure_active(session: Session, app: Application, verb: str) -> None:
    if app.status == ApplicationStatus.ACTIVE.value:
        return
    candidate = session.get(Candidate, app.candidate_id)
    job = session.get(Job, app.job_id)
    who = full_name(candidate) if candidate is not None else "The candidate"
    title = job.title if job is not None else "this job"
    what = {
        ApplicationStatus.REJECTED.value: f"{who} was rejected for {title}",
        ApplicationStatus.WITHDRAWN.value: f"{who} withdrew from {title}",
        ApplicationStatus.HIRED.value: f"{who} was hired for {title}",
    }.get(app.status, f"The application of {who} to {title} is {app.status}")
    raise Invalid(f"{what}; only an active application can be {verb}.")


def _record(
    session: Session,
    actor: Actor,
    app: Application,
    action: StageChangeAction,
    *,
    from_stage_id: uuid.UUID | None,
    to_stage_id: uuid.UUID,
    at: datetime,
    reason: str | None = None,
) -> None:
    """Write the history row of a change already made to `app`."""
    # The flush bumps the version counter: the history row keeps the version after it.
    session.flush()
    session.add(
        StageChange(
            application_id=app.id,
            job_id=app.job_id,
            candidate_id=app.candidate_id,
            action=action.value,
            from_stage_id=from_stage_id,
            to_stage_id=to_stage_id,
            reason=reason,
            changed_by_id=actor.user_id,
            changed_at=at,
            application_version=app.version,
        )
    )
    session.flush()
