"""Candidates: the people in the pipelines, found again by e-mail or LinkedIn member id.

Admins and recruiters add and edit candidates. An e-mail (stored lower-cased) or a LinkedIn
member id belongs to one candidate only: reusing one answers a Duplicate naming who has it.
"""

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from recruiter_api.requests import CandidateCreate, CandidateUpdate
from recruiter_server.db.models import Candidate
from recruiter_server.db.types import utcnow
from recruiter_server.domain import access, new_ids
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Duplicate, Invalid, NotFound
from recruiter_server.sync.serialize import public

# Fields whose null clears the value to this; first_name cannot be cleared.
_CLEARED_TO: dict[str, Any] = {
    "last_name": "",
    "email": None,
    "phone": None,
    "linkedin_member_id": None,
    "headline": "",
    "location": "",
    "tags": [],
}


def full_name(candidate: Candidate) -> str:
    """The candidate's name as people read it."""
    return f"{candidate.first_name} {candidate.last_name}".strip()


# --- Reads -------------------------------------------------------------------------------


def candidates_query(actor: Actor, q: str | None = None) -> Select[Candidate]:
    """The candidates the actor may see; `q` keeps those where every word of it starts the
    first name, the last name or the e-mail (case-insensitive)."""
    stmt = select(Candidate).where(access.candidate_clause(actor, Candidate.id.expression))
    for word in (q or "").split():
        pattern = _escape_like(word.lower()) + "%"
        stmt = stmt.where(
            or_(
                func.lower(Candidate.first_name).like(pattern, escape="\\"),
                func.lower(Candidate.last_name).like(pattern, escape="\\"),
                Candidate.email.like(pattern, escape="\\"),
            )
        )
    return stmt


def get_candidate(session: Session, actor: Actor, candidate_id: uuid.UUID) -> Candidate:
    """One candidate; a candidate the actor may not see is not found."""
    access.ensure_sees_candidate(session, actor, candidate_id)
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise NotFound("No such candidate.")
    return candidate


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- Writes ------------------------------------------------------------------------------


def create_candidate(
    session: Session,
    actor: Actor,
    body: CandidateCreate,
    candidate_id: uuid.UUID | None = None,
) -> Candidate:
    """Add a candidate; `candidate_id` is the id a client made for it offline."""
    access.ensure_staff(actor, "add candidates")
    new_ids.ensure_new_id(session, Candidate, candidate_id, "A candidate")
    email = body.email.lower() if body.email is not None else None
    _ensure_unique(session, email, body.linkedin_member_id, other_than=None)
    candidate = Candidate(
        first_name=body.first_name,
        last_name=body.last_name,
        email=email,
        phone=body.phone,
        linkedin_member_id=body.linkedin_member_id,
        source=body.source,
        source_detail=body.source_detail,
        headline=body.headline,
        location=body.location,
        tags=_distinct(body.tags),
        created_at=utcnow(),
        created_by_id=actor.user_id,
    )
    if candidate_id is not None:
        candidate.id = candidate_id
    session.add(candidate)
    session.flush()
    return candidate


def update_candidate(
    session: Session, actor: Actor, candidate_id: uuid.UUID, body: CandidateUpdate
) -> Candidate:
    """Change the fields given in `body`; a field given as null is cleared."""
    candidate = get_candidate(session, actor, candidate_id)
    access.ensure_staff(actor, "edit candidates")
    changes: dict[str, Any] = body.model_dump(exclude_unset=True)
    if "first_name" in changes and changes["first_name"] is None:
        raise Invalid("A candidate's first name cannot be removed.")
    for name, value in changes.items():
        if value is None:
            changes[name] = _CLEARED_TO[name]
    if changes.get("email") is not None:
        changes["email"] = changes["email"].lower()
    if changes.get("tags") is not None:
        changes["tags"] = _distinct(changes["tags"])
    _ensure_unique(
        session, changes.get("email"), changes.get("linkedin_member_id"), other_than=candidate.id
    )
    for name, value in changes.items():
        if getattr(candidate, name) != value:
            setattr(candidate, name, value)
    session.flush()
    return candidate


def _ensure_unique(
    session: Session,
    email: str | None,
    member_id: str | None,
    other_than: uuid.UUID | None,
) -> None:
    """Refuse an e-mail or member id that another candidate already has."""
    checks: list[tuple[ColumnElement[bool], str]] = []
    if email is not None:
        checks.append((Candidate.email == email, "e-mail"))
    if member_id is not None:
        checks.append((Candidate.linkedin_member_id == member_id, "LinkedIn member id"))
    for clause, what in checks:
        stmt = select(Candidate).where(clause)
        if other_than is not None:
            stmt = stmt.where(Candidate.id != other_than)
        existing = session.scalars(stmt.limit(1)).first()
        if existing is not None:
            raise Duplicate(
                f"A candidate with this {what} already exists: {full_name(existing)}.",
                entity=public(existing),
            )


def _distinct(tags: list[str]) -> list[str]:
    """Tags without repeats (case-insensitive), in the order first given."""
    seen: set[str] = set()
    kept: list[str] = []
    for tag in tags:
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            kept.append(tag)
    return kept
