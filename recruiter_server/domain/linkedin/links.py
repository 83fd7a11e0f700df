"""Candidates linked to LinkedIn members: who linked, when, and how it was matched.

A candidate has at most one link and a member belongs to at most one candidate; the link also
sets the candidate's `linkedin_member_id`, so that matching, the In-ATS indicator's
`manualMatchedMember` and the InMail and notes history follow it. Admins, recruiters and the
hiring managers of the candidate's jobs link and unlink, once the integration gives the
profile widget and they have connected their own LinkedIn account. Unlinking a member also
keeps them from being matched to that candidate automatically again.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from recruiter_api.enums import LinkedInFeature, MatchedBy
from recruiter_server.db.models import (
    Application,
    Candidate,
    LinkedInDismissedMatch,
    LinkedInLink,
    LinkedInUserConnection,
)
from recruiter_server.db.types import utcnow
from recruiter_server.domain import access
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.candidates import full_name, get_candidate
from recruiter_server.domain.errors import Forbidden, Invalid
from recruiter_server.domain.linkedin.history import publish
from recruiter_server.domain.linkedin.integration import ensure_feature

PROFILE_FIELDS = ("first_name", "last_name", "headline", "location", "profile_url")


def link_of(session: Session, candidate_id: uuid.UUID) -> LinkedInLink | None:
    return session.scalars(
        select(LinkedInLink).where(LinkedInLink.candidate_id == candidate_id)
    ).one_or_none()


def candidate_of_member(session: Session, member_id: str) -> Candidate | None:
    """The candidate this member is linked to (or whose member id this is)."""
    link = session.scalars(
        select(LinkedInLink).where(LinkedInLink.member_id == member_id)
    ).one_or_none()
    if link is not None:
        return session.get(Candidate, link.candidate_id)
    return session.scalars(
        select(Candidate).where(Candidate.linkedin_member_id == member_id)
    ).one_or_none()


def dismissed_members(session: Session, candidate_id: uuid.UUID) -> set[str]:
    """Members someone unlinked from this candidate: never matched automatically again."""
    return set(
        session.scalars(
            select(LinkedInDismissedMatch.member_id).where(
                LinkedInDismissedMatch.candidate_id == candidate_id
            )
        )
    )


def user_connection(session: Session, user_id: uuid.UUID) -> LinkedInUserConnection | None:
    return session.scalars(
        select(LinkedInUserConnection).where(LinkedInUserConnection.user_id == user_id)
    ).one_or_none()


def ensure_profile_access(session: Session, actor: Actor, candidate_id: uuid.UUID) -> Candidate:
    """The candidate, if the actor may use the LinkedIn profile widget on them: the feature
    is on, the actor connected their LinkedIn account and may see the candidate."""
    ensure_feature(session, LinkedInFeature.PROFILE_WIDGET)
    candidate = get_candidate(session, actor, candidate_id)
    if user_connection(session, actor.user_id) is None:
        raise Forbidden(
            "Connect your own LinkedIn account first (User settings > LinkedIn): the LinkedIn "
            "features need both the organisation's and your connection."
        )
    return candidate


def ensure_may_link(session: Session, actor: Actor, candidate_id: uuid.UUID) -> Candidate:
    """Linking changes the candidate: staff, and hiring managers of one of their jobs."""
    candidate = ensure_profile_access(session, actor, candidate_id)
    if actor.sees_everything:
        return candidate
    jobs = session.scalars(
        select(Application.job_id).where(Application.candidate_id == candidate_id)
    )
    if not any(actor.holds(job, *access.FULL_VIEW) for job in jobs):
        raise Forbidden(
            "Only admins, recruiters and the hiring managers of the candidate's jobs may link "
            "or unlink a LinkedIn profile."
        )
    return candidate


def link_profile(
    session: Session,
    actor: Actor,
    candidate_id: uuid.UUID,
    member_id: str,
    *,
    profile: dict[str, Any] | None = None,
) -> LinkedInLink:
    """Link the candidate to the member a person chose; linking the same member again
    changes nothing."""
    candidate = ensure_may_link(session, actor, candidate_id)
    link = attach(
        session,
        candidate,
        member_id.strip(),
        MatchedBy.USER,
        linked_by=actor.user_id,
        profile=profile,
    )
    session.execute(
        delete(LinkedInDismissedMatch).where(
            LinkedInDismissedMatch.candidate_id == candidate.id,
            LinkedInDismissedMatch.member_id == link.member_id,
        )
    )
    return link


def unlink_profile(session: Session, actor: Actor, candidate_id: uuid.UUID) -> None:
    """Remove the candidate's link (and LinkedIn member id); a candidate not linked is left
    as they are."""
    candidate = ensure_may_link(session, actor, candidate_id)
    link = link_of(session, candidate.id)
    member_id = link.member_id if link is not None else candidate.linkedin_member_id
    if member_id is None:
        return
    if link is not None:
        session.delete(link)
    if candidate.linkedin_member_id is not None:
        candidate.linkedin_member_id = None
    if session.get(LinkedInDismissedMatch, (candidate.id, member_id)) is None:
        session.add(
            LinkedInDismissedMatch(
                candidate_id=candidate.id, member_id=member_id, dismissed_by_id=actor.user_id
            )
        )
    session.flush()
    publish(session, [member_id])


def attach(
    session: Session,
    candidate: Candidate,
    member_id: str,
    matched_by: MatchedBy,
    *,
    linked_by: uuid.UUID | None = None,
    profile: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> LinkedInLink:
    """Link without a permission check (the integration's own matches, and the checked
    `link_profile`): replaces the candidate's other link; Invalid when the member belongs to
    another candidate."""
    if not member_id:
        raise Invalid("Give the LinkedIn member id to link.")
    other = candidate_of_member(session, member_id)
    if other is not None and other.id != candidate.id:
        raise Invalid(
            f"That LinkedIn profile is linked to {full_name(other)} already; unlink it there "
            "first, or merge the two candidates."
        )
    link = link_of(session, candidate.id)
    earlier = link.member_id if link is not None else candidate.linkedin_member_id
    if link is not None and link.member_id == member_id:
        if profile:
            remember_profile(link, profile)
        return link
    if link is None:
        link = LinkedInLink(candidate_id=candidate.id, member_id=member_id, linked_version=1)
        session.add(link)
    else:
        link.linked_version = link.version + 1
    link.member_id = member_id
    link.matched_by = matched_by.value
    link.linked_by_id = linked_by
    link.linked_at = at or utcnow()
    for name in PROFILE_FIELDS:
        setattr(link, name, None if name == "profile_url" else "")
    link.profile_read_at = None
    if profile:
        remember_profile(link, profile)
    if candidate.linkedin_member_id != member_id:
        candidate.linkedin_member_id = member_id
    session.flush()
    publish(session, [m for m in (earlier, member_id) if m])
    return link


def remember_profile(link: LinkedInLink, profile: dict[str, Any]) -> None:
    """Keep the member's profile as last read, for the offline LinkedIn tab (written only
    when it changed: each write sends the link to every client again)."""
    changed = link.profile_read_at is None
    for name in PROFILE_FIELDS:
        value = profile.get(name)
        if name != "profile_url":
            value = (value or "")[: 500 if name == "headline" else 200]
        if getattr(link, name) != value:
            setattr(link, name, value)
            changed = True
    if changed:
        link.profile_read_at = utcnow()
