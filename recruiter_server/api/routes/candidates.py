"""Routes of /api/v1/candidates."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from recruiter_api import entities as api
from recruiter_api.requests import CandidateCreate, CandidateUpdate
from recruiter_api.requests import Query as SearchText
from recruiter_server.api.deps import CurrentActor, ReadSession, WriteSession
from recruiter_server.api.paging import PageParams, fetch_page, page_params
from recruiter_server.db.models import Candidate
from recruiter_server.domain import candidates

router = APIRouter(tags=["candidates"])

Paging = Annotated[PageParams, Depends(page_params)]


@router.get("/candidates")
def list_candidates(
    session: ReadSession,
    actor: CurrentActor,
    paging: Paging,
    q: Annotated[
        SearchText | None,
        Query(description="Words that start the first name, last name or e-mail (any case)"),
    ] = None,
) -> api.Page[api.Candidate]:
    """The candidates the caller may see."""
    stmt = candidates.candidates_query(actor, q)
    return fetch_page(session, stmt, Candidate.id, paging, api.Candidate.model_validate)


@router.post("/candidates", status_code=status.HTTP_201_CREATED)
def create_candidate(
    body: CandidateCreate, session: WriteSession, actor: CurrentActor
) -> api.Candidate:
    """Add a candidate (admins and recruiters); a known e-mail or member id answers 409."""
    candidate = candidates.create_candidate(session, actor, body)
    session.commit()
    return api.Candidate.model_validate(candidate)


@router.get("/candidates/{candidate_id}")
def get_candidate(
    candidate_id: uuid.UUID, session: ReadSession, actor: CurrentActor
) -> api.Candidate:
    return api.Candidate.model_validate(candidates.get_candidate(session, actor, candidate_id))


@router.patch("/candidates/{candidate_id}")
def update_candidate(
    candidate_id: uuid.UUID, body: CandidateUpdate, session: WriteSession, actor: CurrentActor
) -> api.Candidate:
    """Change the given fields (admins and recruiters); null clears a field."""
    candidate = candidates.update_candidate(session, actor, candidate_id, body)
    session.commit()
    return api.Candidate.model_validate(candidate)
