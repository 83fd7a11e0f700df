"""Who may see and do what: the role rules of DESIGN.md, written once.

Admins and recruiters see every job and candidate. Anyone else sees the jobs they hold a
role on, those jobs' applications and candidates (with everything about those candidates).
Interview feedback: staff and the job's hiring managers and recruiters read all of it; an
interviewer reads their own, and the others' on an application only once they have
submitted their own (no anchoring). InMails from LinkedIn: a message's text only to the
Recruiter seat holder who exchanged it, who and when to everyone else who sees the candidate.
The same predicates filter REST lists and the feed.
"""

import uuid

from sqlalchemy import ColumnElement, Select, and_, false, or_, select, true
from sqlalchemy.orm import Session

from recruiter_api.enums import JobRoleKind, SyncEntity
from recruiter_server.db.models import Application, Candidate, Feedback, InMailMessage, SyncIndex
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Forbidden, NotFound

FULL_VIEW = (JobRoleKind.HIRING_MANAGER, JobRoleKind.RECRUITER)
# Entities everyone in the organisation sees whole.
ORG_WIDE = frozenset({SyncEntity.USER, SyncEntity.TALENT_POOL, SyncEntity.LINKEDIN_INTEGRATION})


def full_view_job_ids(actor: Actor) -> list[uuid.UUID]:
    return [job for job, kinds in actor.job_roles.items() if kinds & set(FULL_VIEW)]


def interviewer_only_job_ids(actor: Actor) -> list[uuid.UUID]:
    return [job for job, kinds in actor.job_roles.items() if not kinds & set(FULL_VIEW)]


def visible_candidate_ids(actor: Actor) -> Select[uuid.UUID]:
    return select(Application.candidate_id).where(Application.job_id.in_(list(actor.job_roles)))


def own_feedback_application_ids(actor: Actor) -> Select[uuid.UUID]:
    return select(Feedback.application_id).where(Feedback.interviewer_id == actor.user_id)


# --- SQL predicates ----------------------------------------------------------------------


def job_clause(actor: Actor, job_id: ColumnElement[uuid.UUID]) -> ColumnElement[bool]:
    if actor.sees_everything:
        return true()
    return job_id.in_(list(actor.job_roles)) if actor.job_roles else false()


def candidate_clause(actor: Actor, candidate_id: ColumnElement[uuid.UUID]) -> ColumnElement[bool]:
    if actor.sees_everything:
        return true()
    return candidate_id.in_(visible_candidate_ids(actor)) if actor.job_roles else false()


def feedback_clause(
    actor: Actor,
    job_id: ColumnElement[uuid.UUID],
    application_id: ColumnElement[uuid.UUID],
    interviewer_id: ColumnElement[uuid.UUID | None],
) -> ColumnElement[bool]:
    if actor.sees_everything:
        return true()
    return or_(
        job_id.in_(full_view_job_ids(actor)),
        interviewer_id == actor.user_id,
        and_(
            job_id.in_(interviewer_only_job_ids(actor)),
            application_id.in_(own_feedback_application_ids(actor)),
        ),
    )


def inmail_feed_clause(actor: Actor) -> ColumnElement[bool]:
    """Which `inmail_message` index rows the actor may receive: a full row (index user_id
    set) only by its seat holder, a who-and-when row by the others who see the candidate. A
    row never changes audience (it is replaced instead), so a lost row reaches its reader as
    a tombstone."""
    si = SyncIndex
    own_summaries = select(InMailMessage.id).where(
        InMailMessage.full.is_(False), InMailMessage.correspondent_user_id == actor.user_id
    )
    return and_(
        si.entity == SyncEntity.INMAIL_MESSAGE.value,
        candidate_clause(actor, si.candidate_id),  # type: ignore[arg-type]
        or_(
            si.user_id == actor.user_id,
            and_(si.user_id.is_(None), si.entity_id.not_in(own_summaries)),
        ),
    )


def feed_clause_parts(actor: Actor) -> list[ColumnElement[bool]]:
    """`feed_clause` as parts no row matches two of, so that the feed counts each part on
    its own: for those who see everything, all but InMails is an index range (a million rows
    counted in 0.06 s rather than 0.19 s, seconds when they are not in memory)."""
    if actor.sees_everything:
        return [SyncIndex.entity != SyncEntity.INMAIL_MESSAGE.value, inmail_feed_clause(actor)]
    return [feed_clause(actor)]


def feed_clause(actor: Actor) -> ColumnElement[bool]:
    """Which sync index rows the actor may receive."""
    si = SyncIndex
    if actor.sees_everything:
        return or_(*feed_clause_parts(actor))
    return or_(
        si.entity.in_([e.value for e in ORG_WIDE]),
        # Their own assignments, so that losing one reaches them as a tombstone.
        and_(si.entity == SyncEntity.JOB_ROLE.value, si.user_id == actor.user_id),
        and_(
            si.entity == SyncEntity.FEEDBACK.value,
            feedback_clause(actor, si.job_id, si.application_id, si.user_id),  # type: ignore[arg-type]
        ),
        and_(
            si.entity != SyncEntity.FEEDBACK.value,
            si.job_id.is_not(None),
            job_clause(actor, si.job_id),  # type: ignore[arg-type]
        ),
        and_(
            si.job_id.is_(None),
            si.candidate_id.is_not(None),
            si.entity != SyncEntity.INMAIL_MESSAGE.value,
            candidate_clause(actor, si.candidate_id),  # type: ignore[arg-type]
        ),
        inmail_feed_clause(actor),
    )


# --- Checks on one row -------------------------------------------------------------------


def ensure_sees_job(actor: Actor, job_id: uuid.UUID) -> None:
    """A job the actor may not see answers as if it did not exist."""
    if not actor.sees_everything and job_id not in actor.job_roles:
        raise NotFound("No such job.")


def ensure_sees_candidate(session: Session, actor: Actor, candidate_id: uuid.UUID) -> None:
    """The candidate exists and the actor may see them; NotFound otherwise."""
    if actor.sees_everything:
        if session.get(Candidate, candidate_id) is None:
            raise NotFound("No such candidate.")
        return
    found = session.execute(
        select(Application.id)
        .where(
            Application.candidate_id == candidate_id,
            Application.job_id.in_(list(actor.job_roles)),
        )
        .limit(1)
    ).first()
    if found is None:
        raise NotFound("No such candidate.")


def ensure_manages_job(actor: Actor, job_id: uuid.UUID, doing: str) -> None:
    """Moving, rejecting and hiring on a job: staff, and the job's hiring managers and
    recruiters. `doing` completes the refusal: "move candidates on this job"."""
    ensure_sees_job(actor, job_id)
    if not actor.sees_everything and not actor.holds(job_id, *FULL_VIEW):
        raise Forbidden(
            f"Only admins, recruiters and the job's hiring managers may {doing}; "
            "you are an interviewer on it."
        )


def ensure_staff(actor: Actor, doing: str) -> None:
    """Admins and recruiters only; `doing` completes the refusal: "create jobs"."""
    if not actor.sees_everything:
        raise Forbidden(f"Only admins and recruiters may {doing}.")


def ensure_admin(actor: Actor, doing: str) -> None:
    if not actor.is_admin:
        raise Forbidden(f"Only admins may {doing}.")
