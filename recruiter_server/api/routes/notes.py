"""Routes of /api/v1/notes: notes on candidates (never edited or deleted)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from recruiter_api import entities as api
from recruiter_api.requests import NoteCreate
from recruiter_server.api.deps import CurrentActor, ReadSession, WriteSession
from recruiter_server.api.paging import PageParams, fetch_page, page_params
from recruiter_server.db.models import Note
from recruiter_server.domain import notes

router = APIRouter(tags=["notes"])


@router.post("/notes", status_code=status.HTTP_201_CREATED)
def create_note(body: NoteCreate, session: WriteSession, actor: CurrentActor) -> api.Note:
    """A note on a candidate the caller may see, optionally on one of their applications."""
    note = notes.create_note(
        session,
        actor,
        candidate_id=body.candidate_id,
        body=body.body,
        application_id=body.application_id,
    )
    session.commit()
    return api.Note.model_validate(note)


@router.get("/notes")
def list_notes(
    candidate_id: Annotated[uuid.UUID, Query(description="The candidate whose notes to list")],
    session: ReadSession,
    actor: CurrentActor,
    paging: Annotated[PageParams, Depends(page_params)],
) -> api.Page[api.Note]:
    """The notes on one candidate (404 when the caller may not see the candidate)."""
    stmt = notes.list_notes_stmt(session, actor, candidate_id)
    return fetch_page(session, stmt, Note.id, paging, api.Note.model_validate)


@router.get("/notes/{note_id}")
def get_note(note_id: uuid.UUID, session: ReadSession, actor: CurrentActor) -> api.Note:
    return api.Note.model_validate(notes.get_note(session, actor, note_id))
