"""Interview feedback: one scorecard per interviewer and application.

Only users holding the interviewer role on the application's job submit feedback, whatever
their organisation role, and only the author edits it. Who reads it is access.feedback_clause:
staff and the job's hiring managers and recruiters read all of it; an interviewer reads the
others' feedback on an application only once they have submitted their own (no anchoring).
"""

import uuid

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from recruiter_api.enums import JobRoleKind, Recommendation
from recruiter_server.db import sync_tracking
from recruiter_server.db.models import Feedback
from recruiter_server.domain import access, applications, new_ids
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Duplicate, Forbidden, Invalid, NotFound
from recruiter_server.sync.serialize import public

RATING_MIN = 1
RATING_MAX = 4
COMMENTS_MAX = 20_000
NOT_AN_INTERVIEWER = "Only interviewers assigned to this job can leave feedback."
NOT_THE_AUTHOR = "Only the interviewer who wrote this feedback can change it."


def submit_feedback(
    session: Session,
    actor: Actor,
    *,
    application_id: uuid.UUID,
    rating: int,
    recommendation: str,
    comments: str,
    feedback_id: uuid.UUID | None = None,
) -> Feedback:
    """The actor's feedback on an application; `feedback_id` lets a client choose its id."""
    # The lock serialises submits on one application, so a double submit on PostgreSQL
    # finds the first one (409) instead of failing on the unique constraint.
    application = applications.get_application(session, actor, application_id, lock=True)
    if not actor.holds(application.job_id, JobRoleKind.INTERVIEWER):
        raise Forbidden(NOT_AN_INTERVIEWER)
    rating = _valid_rating(rating)
    recommendation = _valid_recommendation(recommendation)
    comments = _valid_comments(comments)
    own = session.scalars(
        select(Feedback).where(
            Feedback.application_id == application.id,
            Feedback.interviewer_id == actor.user_id,
        )
    ).one_or_none()
    if own is not None:
        raise Duplicate(
            "You have already left feedback on this application; change that one instead.",
            public(own),
        )
    new_ids.ensure_new_id(
        session,
        Feedback,
        feedback_id,
        "Feedback",
        may_see=lambda row: row.interviewer_id == actor.user_id,  # type: ignore[attr-defined]
    )
    feedback = Feedback(
        application_id=application.id,
        job_id=application.job_id,
        candidate_id=application.candidate_id,
        interviewer_id=actor.user_id,
        rating=rating,
        recommendation=recommendation,
        comments=comments,
    )
    if feedback_id is not None:
        feedback.id = feedback_id
    session.add(feedback)
    session.flush()
    # The author may now read the others' feedback: the feed must send it again.
    sync_tracking.touch_feedback_of(session, application.id)
    return feedback


def update_feedback(
    session: Session,
    actor: Actor,
    feedback_id: uuid.UUID,
    *,
    rating: int | None = None,
    recommendation: str | None = None,
    comments: str | None = None,
) -> Feedback:
    """Change the actor's own feedback; a field left None keeps its value."""
    # Locked, so a concurrent edit waits instead of failing on the version check.
    feedback = _visible_feedback(session, actor, feedback_id, lock=True)
    if feedback.interviewer_id != actor.user_id:
        raise Forbidden(NOT_THE_AUTHOR)
    if rating is not None:
        rating = _valid_rating(rating)
        if rating != feedback.rating:
            feedback.rating = rating
    if recommendation is not None:
        recommendation = _valid_recommendation(recommendation)
        if recommendation != feedback.recommendation:
            feedback.recommendation = recommendation
    if comments is not None:
        comments = _valid_comments(comments)
        if comments != feedback.comments:
            feedback.comments = comments
    session.flush()
    return feedback


def get_feedback(session: Session, actor: Actor, feedback_id: uuid.UUID) -> Feedback:
    """One feedback the actor may read; NotFound otherwise."""
    return _visible_feedback(session, actor, feedback_id, lock=False)


def list_feedback_stmt(
    session: Session, actor: Actor, application_id: uuid.UUID | None = None
) -> Select[Feedback]:
    """The feedback the actor may read, on one application when `application_id` is given
    (NotFound when the actor may not see that application)."""
    stmt = select(Feedback).where(visible_clause(actor))
    if application_id is None:
        return stmt
    applications.get_application(session, actor, application_id)
    return stmt.where(Feedback.application_id == application_id)


def visible_clause(actor: Actor) -> ColumnElement[bool]:
    """Which feedback rows the actor may read."""
    return access.feedback_clause(
        actor,
        Feedback.job_id,  # type: ignore[arg-type]
        Feedback.application_id,  # type: ignore[arg-type]
        Feedback.interviewer_id,  # type: ignore[arg-type]
    )


def _visible_feedback(
    session: Session, actor: Actor, feedback_id: uuid.UUID, *, lock: bool
) -> Feedback:
    stmt = select(Feedback).where(Feedback.id == feedback_id, visible_clause(actor))
    if lock:
        # Read again under the lock, in case this session loaded the row before a commit.
        stmt = stmt.with_for_update(of=Feedback).execution_options(populate_existing=True)
    feedback = session.scalars(stmt).one_or_none()
    if feedback is None:
        raise NotFound("No such feedback.")
    return feedback


def _valid_rating(rating: object) -> int:
    # bool is an int to Python but not a rating; the sync push passes raw JSON values.
    if isinstance(rating, bool) or not isinstance(rating, int):
        raise Invalid(f"The rating must be a whole number from {RATING_MIN} to {RATING_MAX}.")
    if not RATING_MIN <= rating <= RATING_MAX:
        raise Invalid(f"The rating must be from {RATING_MIN} to {RATING_MAX}; {rating} is not.")
    return rating


def _valid_recommendation(recommendation: object) -> str:
    choices = ", ".join(r.value for r in Recommendation)
    if not isinstance(recommendation, str):
        raise Invalid(f"The recommendation must be one of {choices}.")
    try:
        return Recommendation(recommendation).value
    except ValueError:
        raise Invalid(
            f"{recommendation!r} is not a recommendation; use one of {choices}."
        ) from None


def _valid_comments(comments: object) -> str:
    if not isinstance(comments, str):
        raise Invalid("The comments must be text.")
    if len(comments) > COMMENTS_MAX:
        raise Invalid(f"The comments can be at most {COMMENTS_MAX} characters long.")
    return comments
