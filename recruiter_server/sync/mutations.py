"""The mutation push: `POST /api/v1/sync/mutations`.

Mutations run one by one, in the order sent, each in its own transaction together with the
record of its answer (`applied_mutations`), so a replay of the same client mutation id gets
the first answer again and is never applied twice, even when a crash hit between the commit
and the reply, or two pushes race (the second insert of the record fails and rolls back).
A rejected or conflicting mutation does not stop the ones after it.

Conflict rules, by type (base_version is the entity's version the client last saw):
- application.move_stage: conflicts only if someone else changed the stage after the base
  version (a note, an edit, or the mover's own earlier moves do not matter), or the
  application is no longer active;
  moving to the stage it is already in is applied as a no-op.
- application.reject / withdraw / hire: conflict if the application is no longer active
  (rejecting an already rejected one is a no-op); stage moves meanwhile do not matter.
- candidate.update: conflicts if the candidate changed after the base version and a field
  sent now differs from its current value (the server cannot tell which fields changed).
- feedback.update: conflicts if the feedback changed after the base version.
- feedback.submit: conflicts if the interviewer already has feedback on that application.
- note.create, pool.add_member, pool.remove_member: never conflict (adding twice or removing
  a non-member is a no-op).
- linkedin.link_profile / linkedin.unlink_profile (entity_id: the candidate; base_version:
  the version of the candidate's linkedin_link the client saw, none if it saw no link):
  conflict only if someone else (re)linked the candidate since that version (a refresh of
  the linked profile does not count); linking the member already linked, or unlinking a
  candidate with no link, is a no-op.
Anything the caller's role does not allow, or that the rules refuse, is `rejected` with the
reason in words.
"""

import logging
import uuid
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from recruiter_api import sync as wire
from recruiter_api.enums import MutationStatus, Recommendation
from recruiter_api.requests import CandidateUpdate, LongText, MemberId, NoteBody, Reason
from recruiter_server.db.engine import Database
from recruiter_server.db.models import (
    Application,
    AppliedMutation,
    Candidate,
    Feedback,
    Job,
    LinkedInLink,
    Stage,
    StageChange,
    Synced,
    User,
)
from recruiter_server.domain import applications, candidates, feedback, notes, pools
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.candidates import full_name
from recruiter_server.domain.errors import Conflict, DomainError, NotFound
from recruiter_server.domain.linkedin import links
from recruiter_server.sync.serialize import public

log = logging.getLogger("recruiter.sync")


class Outcome(Exception):
    """Raised by a handler to answer without applying anything."""

    def __init__(self, status: MutationStatus, detail: str, entity: Synced | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.entity = entity


Handler = Callable[[Session, Actor, wire.Mutation], Synced | None]
HANDLERS: dict[str, Handler] = {}


def handles(kind: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[kind] = fn
        return fn

    return register


def apply_all(db: Database, actor: Actor, batch: wire.MutationBatch) -> list[wire.MutationResult]:
    return [apply_one(db, actor, mutation) for mutation in batch.mutations]


def apply_one(db: Database, actor: Actor, mutation: wire.Mutation) -> wire.MutationResult:
    with db.write_session() as session:
        earlier = _earlier_answer(session, actor, mutation)
        if earlier is not None:
            return earlier
        result = _run(session, actor, mutation)
        session.add(
            AppliedMutation(
                id=mutation.id,
                user_id=actor.user_id,
                type=mutation.type,
                status=result.status.value,
                result=result.model_dump(mode="json"),
            )
        )
        try:
            session.commit()
        except IntegrityError:
            # The same mutation id committed meanwhile by a parallel push: answer as it did.
            session.rollback()
            earlier = _earlier_answer(session, actor, mutation)
            if earlier is None:
                raise
            return earlier
        return result


def _earlier_answer(
    session: Session, actor: Actor, mutation: wire.Mutation
) -> wire.MutationResult | None:
    record = session.get(AppliedMutation, mutation.id)
    if record is None:
        return None
    if record.user_id != actor.user_id:
        return wire.MutationResult(
            id=mutation.id,
            status=MutationStatus.REJECTED,
            detail="This change's id was already used by another user; it was not applied.",
        )
    return wire.MutationResult.model_validate(record.result)


def _run(session: Session, actor: Actor, mutation: wire.Mutation) -> wire.MutationResult:
    handler = HANDLERS.get(mutation.type)
    if handler is None:
        return _answer(
            mutation,
            MutationStatus.REJECTED,
            f"The server does not know the change '{mutation.type}'; update the app.",
        )
    try:
        entity = handler(session, actor, mutation)
        session.flush()
    except Outcome as outcome:
        session.rollback()
        return _answer(mutation, outcome.status, outcome.detail, _reread(session, outcome.entity))
    except Conflict as exc:
        session.rollback()
        return _answer(mutation, MutationStatus.CONFLICT, exc.detail, None, exc.entity)
    except DomainError as exc:
        session.rollback()
        return _answer(mutation, MutationStatus.REJECTED, exc.detail)
    except ValidationError as exc:
        session.rollback()
        return _answer(mutation, MutationStatus.REJECTED, _validation_words(mutation, exc))
    except DataError:
        # A value the database cannot store that slipped past validation.
        session.rollback()
        return _answer(
            mutation, MutationStatus.REJECTED, "The change holds a value that cannot be stored."
        )
    except IntegrityError:
        # A unique row written by a parallel request between our checks and our insert.
        session.rollback()
        log.info("mutation %s (%s) clashed with a parallel change", mutation.id, mutation.type)
        return _answer(
            mutation,
            MutationStatus.CONFLICT,
            "This change clashed with another one made at the same moment; it was not applied.",
        )
    return _answer(mutation, MutationStatus.APPLIED, None, entity)


def _answer(
    mutation: wire.Mutation,
    status: MutationStatus,
    detail: str | None,
    entity: Synced | None = None,
    entity_data: dict[str, Any] | None = None,
) -> wire.MutationResult:
    if entity is not None:
        entity_data = public(entity)
    return wire.MutationResult(id=mutation.id, status=status, detail=detail, entity=entity_data)


def _reread(session: Session, entity: Synced | None) -> Synced | None:
    """Re-read the entity after a rollback (its attributes were expired)."""
    if entity is None:
        return None
    return session.get(type(entity), entity.id)


def _validation_words(mutation: wire.Mutation, exc: ValidationError) -> str:
    problems = "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'args'}: {err['msg']}"
        for err in exc.errors()[:5]
    )
    return f"The change '{mutation.type}' is not valid: {problems}."


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- Applications --------------------------------------------------------------------------


def _describe(session: Session, app: Application) -> str:
    """'Ada Lovelace on Backend Engineer', for messages."""
    candidate = session.get(Candidate, app.candidate_id)
    job = session.get(Job, app.job_id)
    name = full_name(candidate) if candidate else "the candidate"
    return f"{name} on {job.title if job else 'the job'}"


def _not_active(session: Session, app: Application, doing: str) -> Outcome:
    what = {"rejected": "was rejected", "withdrawn": "withdrew", "hired": "was hired"}[app.status]
    return Outcome(
        MutationStatus.CONFLICT,
        f"Could not {doing} {_describe(session, app)}: the application {what} meanwhile.",
        app,
    )


class MoveArgs(Args):
    stage_id: uuid.UUID


@handles(wire.MOVE_STAGE)
def _move_stage(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    args = MoveArgs.model_validate(m.args)
    app = applications.get_application(session, actor, m.entity_id)
    if app.status != "active":
        raise _not_active(session, app, "move")
    if app.stage_id == args.stage_id:
        return app
    if m.base_version is not None and m.base_version < app.version:
        later = session.execute(
            select(StageChange)
            .where(
                StageChange.application_id == app.id,
                StageChange.application_version > m.base_version,
                # The mover's own earlier moves (queued offline one after the other) are
                # no conflict with this one.
                StageChange.changed_by_id != actor.user_id,
            )
            .order_by(StageChange.changed_at.desc())
            .limit(1)
        ).scalar_one_or_none()
        if later is not None:
            stage = session.get(Stage, app.stage_id)
            who = session.get(User, later.changed_by_id) if later.changed_by_id else None
            by = f" by {who.first_name} {who.last_name}" if who else ""
            raise Outcome(
                MutationStatus.CONFLICT,
                f"Your move of {_describe(session, app)} was undone: it had been moved to "
                f"{stage.name if stage else 'another stage'}{by} meanwhile.",
                app,
            )
    return applications.move_stage(session, actor, app.id, args.stage_id)


class RejectArgs(Args):
    reason: Reason


def _close(
    session: Session,
    actor: Actor,
    m: wire.Mutation,
    *,
    status: str,
    verb: str,
    act: Callable[[Application], Application],
) -> Synced:
    """Reject, withdraw or hire: a no-op when the application is in `status` already, a
    conflict when it left the active state otherwise."""
    app = applications.get_application(session, actor, m.entity_id)
    if app.status == status:
        return app
    if app.status != "active":
        raise _not_active(session, app, verb)
    return act(app)


@handles(wire.REJECT)
def _reject(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    reason = RejectArgs.model_validate(m.args).reason
    return _close(
        session,
        actor,
        m,
        status="rejected",
        verb="reject",
        act=lambda app: applications.reject(session, actor, app.id, reason),
    )


@handles(wire.WITHDRAW)
def _withdraw(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    Args.model_validate(m.args)
    return _close(
        session,
        actor,
        m,
        status="withdrawn",
        verb="withdraw",
        act=lambda app: applications.withdraw(session, actor, app.id),
    )


@handles(wire.HIRE)
def _hire(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    Args.model_validate(m.args)
    return _close(
        session,
        actor,
        m,
        status="hired",
        verb="hire",
        act=lambda app: applications.hire(session, actor, app.id),
    )


# --- Candidates, notes, pools -----------------------------------------------------------


class CandidateUpdateArgs(Args):
    fields: CandidateUpdate


@handles(wire.CANDIDATE_UPDATE)
def _candidate_update(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    args = CandidateUpdateArgs.model_validate(m.args)
    candidate = candidates.get_candidate(session, actor, m.entity_id)
    sent = args.fields.model_dump(exclude_unset=True)
    if sent.get("email"):
        sent["email"] = sent["email"].lower()  # stored lower-cased
    if m.base_version is not None and m.base_version < candidate.version:
        differing = [f for f, v in sent.items() if getattr(candidate, f) != v]
        if differing:
            raise Outcome(
                MutationStatus.CONFLICT,
                f"Your edit of {candidate.first_name} {candidate.last_name} was undone: someone "
                f"else changed the candidate meanwhile ({', '.join(differing)}).",
                candidate,
            )
    return candidates.update_candidate(session, actor, candidate.id, args.fields)


class NoteArgs(Args):
    candidate_id: uuid.UUID
    body: NoteBody
    application_id: uuid.UUID | None = None


@handles(wire.NOTE_CREATE)
def _note_create(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    args = NoteArgs.model_validate(m.args)
    return notes.create_note(
        session,
        actor,
        candidate_id=args.candidate_id,
        body=args.body,
        application_id=args.application_id,
        note_id=m.entity_id,
    )


class PoolMemberArgs(Args):
    candidate_id: uuid.UUID


@handles(wire.POOL_ADD_MEMBER)
def _pool_add(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    args = PoolMemberArgs.model_validate(m.args)
    return pools.add_member(session, actor, m.entity_id, args.candidate_id)


@handles(wire.POOL_REMOVE_MEMBER)
def _pool_remove(session: Session, actor: Actor, m: wire.Mutation) -> None:
    args = PoolMemberArgs.model_validate(m.args)
    pools.remove_member(session, actor, m.entity_id, args.candidate_id)


# --- Interview feedback -----------------------------------------------------------------


class FeedbackArgs(Args):
    application_id: uuid.UUID
    rating: int
    recommendation: Recommendation
    comments: LongText = ""


@handles(wire.FEEDBACK_SUBMIT)
def _feedback_submit(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    args = FeedbackArgs.model_validate(m.args)
    return feedback.submit_feedback(
        session,
        actor,
        application_id=args.application_id,
        rating=args.rating,
        recommendation=args.recommendation.value,
        comments=args.comments,
        feedback_id=m.entity_id,
    )


class FeedbackUpdateArgs(Args):
    rating: int | None = None
    recommendation: Recommendation | None = None
    comments: LongText | None = None


@handles(wire.FEEDBACK_UPDATE)
def _feedback_update(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    args = FeedbackUpdateArgs.model_validate(m.args)
    current = session.get(Feedback, m.entity_id)
    if current is None:
        raise NotFound("That feedback no longer exists.")
    if (
        current.interviewer_id == actor.user_id
        and m.base_version is not None
        and m.base_version < current.version
    ):
        raise Outcome(
            MutationStatus.CONFLICT,
            "Your edit of your feedback was undone: it was changed from another device meanwhile.",
            current,
        )
    return feedback.update_feedback(
        session,
        actor,
        current.id,
        rating=args.rating,
        recommendation=args.recommendation.value if args.recommendation else None,
        comments=args.comments,
    )


# --- LinkedIn profile links ---------------------------------------------------------------


class LinkArgs(Args):
    member_id: MemberId


def _relinked_meanwhile(
    session: Session, actor: Actor, m: wire.Mutation, doing: str
) -> LinkedInLink | None:
    """The candidate's current link, after refusing the change when someone else relinked
    the candidate since the client's base version."""
    current = links.link_of(session, m.entity_id)
    if current is None or current.linked_by_id == actor.user_id:
        return current
    if m.base_version is None or m.base_version < current.linked_version:
        candidate = session.get(Candidate, m.entity_id)
        name = full_name(candidate) if candidate is not None else "the candidate"
        who = session.get(User, current.linked_by_id) if current.linked_by_id else None
        by = f"{who.first_name} {who.last_name}" if who else "LinkedIn's exact match"
        profile = f"{current.first_name} {current.last_name}".strip() or current.member_id
        raise Outcome(
            MutationStatus.CONFLICT,
            f"Your {doing} of {name} was undone: {by} linked them to the LinkedIn profile "
            f"{profile} meanwhile.",
            current,
        )
    return current


@handles(wire.LINK_PROFILE)
def _link_profile(session: Session, actor: Actor, m: wire.Mutation) -> Synced:
    args = LinkArgs.model_validate(m.args)
    links.ensure_may_link(session, actor, m.entity_id)
    current = _relinked_meanwhile(session, actor, m, "link")
    if current is not None and current.member_id == args.member_id:
        return current
    return links.link_profile(session, actor, m.entity_id, args.member_id)


@handles(wire.UNLINK_PROFILE)
def _unlink_profile(session: Session, actor: Actor, m: wire.Mutation) -> None:
    Args.model_validate(m.args)
    links.ensure_may_link(session, actor, m.entity_id)
    _relinked_meanwhile(session, actor, m, "unlink")
    links.unlink_profile(session, actor, m.entity_id)
