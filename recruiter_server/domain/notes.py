"""Notes on candidates.

Anyone who may see a candidate may read their notes and add one, optionally tied to one of
the candidate's applications that the author may see. Notes are a record: they are never
edited or deleted.
"""

import uuid

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from recruiter_server.db.models import Note
from recruiter_server.domain import access, applications, new_ids
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Invalid, NotFound

BODY_MAX = 20_000


def create_note(
    session: Session,
    actor: Actor,
    *,
    candidate_id: uuid.UUID,
    body: str,
    application_id: uuid.UUID | None = None,
    note_id: uuid.UUID | None = None,
) -> Note:
    """A new note by the actor; `note_id` lets an offline client choose the row's id."""
    access.ensure_sees_candidate(session, actor, candidate_id)
    body = _valid_body(body)
    if application_id is not None:
        _ensure_application_of(session, actor, application_id, candidate_id)
    new_ids.ensure_new_id(
        session,
        Note,
        note_id,
        "A note",
        may_see=lambda row: row.author_id == actor.user_id,  # type: ignore[attr-defined]
    )
    note = Note(
        candidate_id=candidate_id,
        application_id=application_id,
        author_id=actor.user_id,
        body=body,
    )
    if note_id is not None:
        note.id = note_id
    session.add(note)
    session.flush()
    return note


def get_note(session: Session, actor: Actor, note_id: uuid.UUID) -> Note:
    """One note, if the actor may see its candidate; NotFound otherwise."""
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound("No such note.")
    try:
        access.ensure_sees_candidate(session, actor, note.candidate_id)
    except NotFound:
        raise NotFound("No such note.") from None
    return note


def list_notes_stmt(session: Session, actor: Actor, candidate_id: uuid.UUID) -> Select[Note]:
    """The notes on one candidate the actor may see (NotFound when they may not)."""
    access.ensure_sees_candidate(session, actor, candidate_id)
    return select(Note).where(Note.candidate_id == candidate_id)


def _ensure_application_of(
    session: Session, actor: Actor, application_id: uuid.UUID, candidate_id: uuid.UUID
) -> None:
    application = applications.get_application(session, actor, application_id)
    if application.candidate_id != candidate_id:
        raise Invalid("That application belongs to another candidate; pick one of theirs.")


def _valid_body(body: str) -> str:
    if not isinstance(body, str) or not body.strip():
        raise Invalid("A note needs some text.")
    body = body.strip()
    if len(body) > BODY_MAX:
        raise Invalid(f"A note can be at most {BODY_MAX} characters long.")
    return body
