"""The candidate's LinkedIn tab and the user's own LinkedIn account.

Matching, in the seed's order: a candidate already linked shows the linked profile; otherwise
LinkedIn's exact match on the candidate's LinkedIn member id, then on their e-mail address,
links the profile by itself (a member someone unlinked from this candidate is never matched
again automatically); otherwise members with the candidate's name are offered to link;
otherwise no match. Saving to a Recruiter project uses the user's own LinkedIn sign-in.
"""

import contextlib
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from recruiter_api.enums import LinkedInFeature, MatchedBy, ProfileOutcome
from recruiter_api.linkedin import (
    LinkedInLink as LinkWire,
)
from recruiter_api.linkedin import (
    LinkedInProfile,
    ProfileLookup,
    ProjectSave,
    RecruiterProject,
    UserConnection,
)
from recruiter_server.db.models import Candidate, LinkedInUserConnection
from recruiter_server.db.types import utcnow
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.candidates import full_name
from recruiter_server.domain.errors import Conflict, Invalid
from recruiter_server.domain.linkedin.history import publish
from recruiter_server.domain.linkedin.integration import (
    ensure_feature,
    integration,
    is_on,
    user_seat,
)
from recruiter_server.domain.linkedin.links import (
    attach,
    candidate_of_member,
    dismissed_members,
    ensure_profile_access,
    link_of,
    remember_profile,
    user_connection,
)
from recruiter_server.linkedin.context import Context
from recruiter_server.linkedin.errors import LinkedInRefused, LinkedInUnavailable
from recruiter_server.linkedin.sealed import seal, unseal


def _profile(element: dict[str, Any]) -> LinkedInProfile:
    position = element.get("currentPosition") or {}
    return LinkedInProfile(
        member_id=str(element.get("id") or "").removeprefix("urn:li:person:"),
        first_name=str(element.get("firstName") or ""),
        last_name=str(element.get("lastName") or ""),
        headline=str(element.get("headline") or ""),
        location=str(element.get("location") or ""),
        profile_url=element.get("profileUrl"),
        current_title=position.get("title"),
        current_company=position.get("companyName"),
    )


def _fields(profile: LinkedInProfile) -> dict[str, Any]:
    return profile.model_dump(
        include={"first_name", "last_name", "headline", "location", "profile_url"}
    )


def lookup(ctx: Context, actor: Actor, candidate_id: uuid.UUID) -> ProfileLookup:
    """What the candidate's LinkedIn tab shows (and an exact match, linked)."""
    with ctx.db.read_session() as session:
        candidate = ensure_profile_access(session, actor, candidate_id)
        credentials = ctx.app_credentials(session)
        link = link_of(session, candidate.id)
        linked_member = link.member_id if link is not None else None
        member_id = candidate.linkedin_member_id
        email = candidate.email
        first, last = candidate.first_name, candidate.last_name
        name = full_name(candidate)
        dismissed = dismissed_members(session, candidate.id)
    if linked_member is not None:
        profile = _person(ctx, credentials, linked_member)
        return _linked(
            ctx, candidate_id, member_id=linked_member, profile=profile, matched_by=None, name=name
        )
    if member_id and member_id not in dismissed:
        profile = _person(ctx, credentials, member_id)
        if profile is not None:
            return _linked(
                ctx,
                candidate_id,
                member_id=member_id,
                profile=profile,
                matched_by=MatchedBy.MEMBER_ID,
                name=name,
            )
    if email:
        found = ctx.client.finder(
            "/v2/people",
            app=credentials,
            params={"q": "email", "email": email},
            what="look the candidate up on LinkedIn",
        )
        matches = [_profile(e) for e in found]
        exact = [p for p in matches if p.member_id not in dismissed and _free(ctx, p, candidate_id)]
        if exact:
            return _linked(
                ctx,
                candidate_id,
                member_id=exact[0].member_id,
                profile=exact[0],
                matched_by=MatchedBy.EMAIL,
                name=name,
            )
    suggestions: list[LinkedInProfile] = []
    if first and last:
        found = ctx.client.finder(
            "/v2/people",
            app=credentials,
            params={"q": "name", "firstName": first, "lastName": last},
            what="look the candidate up on LinkedIn",
        )
        suggestions = [
            p
            for p in map(_profile, found)
            if p.member_id not in dismissed and _free(ctx, p, candidate_id)
        ]
    if suggestions:
        return ProfileLookup(
            outcome=ProfileOutcome.SUGGESTIONS,
            message=(
                f"LinkedIn found no exact match for {name} by e-mail or member id; "
                f"{len(suggestions)} members have the same name. Link the right one."
            ),
            suggestions=suggestions,
        )
    return ProfileLookup(
        outcome=ProfileOutcome.NO_MATCH,
        message=f"No LinkedIn member matches {name}: not by e-mail, member id or name.",
    )


def _free(ctx: Context, profile: LinkedInProfile, candidate_id: uuid.UUID) -> bool:
    """Whether the member is not linked to another candidate already."""
    with ctx.db.read_session() as session:
        other = candidate_of_member(session, profile.member_id)
    return other is None or other.id == candidate_id


def _person(ctx: Context, credentials: Any, member_id: str) -> LinkedInProfile | None:
    try:
        found = ctx.client.call(
            "GET", f"/v2/people/(id:{member_id})", app=credentials, what="read the LinkedIn profile"
        )
    except LinkedInRefused as exc:
        if exc.status_code == 404:
            return None
        raise
    return _profile(found)


def _linked(
    ctx: Context,
    candidate_id: uuid.UUID,
    *,
    member_id: str,
    profile: LinkedInProfile | None,
    matched_by: MatchedBy | None,
    name: str,
) -> ProfileLookup:
    with ctx.db.write_session() as session:
        candidate = ensure_candidate(session, candidate_id)
        link = link_of(session, candidate_id)
        if link is None or link.member_id != member_id:
            link = attach(
                session,
                candidate,
                member_id,
                matched_by or MatchedBy.USER,
                profile=_fields(profile) if profile else None,
            )
        elif profile is not None:
            remember_profile(link, _fields(profile))
        session.commit()
        wire = LinkWire.model_validate(link)
    how = {
        MatchedBy.EMAIL: "LinkedIn matched the e-mail address exactly",
        MatchedBy.MEMBER_ID: "LinkedIn matched the member id exactly",
    }.get(wire.matched_by, "linked")
    message = f"{name}'s LinkedIn profile ({how})."
    if profile is None:
        message = (
            f"{name} is linked to LinkedIn member {member_id}, whose profile LinkedIn no "
            "longer shows."
        )
    return ProfileLookup(outcome=ProfileOutcome.LINKED, message=message, link=wire, profile=profile)


def ensure_candidate(session: Session, candidate_id: uuid.UUID) -> Candidate:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise Invalid("The candidate was deleted meanwhile.")
    return candidate


# --- The user's own account -------------------------------------------------------------


def user_status(ctx: Context, actor: Actor) -> UserConnection:
    with ctx.db.read_session() as session:
        row = integration(session)
        conn = user_connection(session, actor.user_id)
        org_features = [LinkedInFeature(f) for f in row.features if is_on(row, LinkedInFeature(f))]
        if conn is None:
            return UserConnection(
                connected=False,
                message="Connect your LinkedIn account to use the LinkedIn features."
                if org_features
                else "LinkedIn is not set up for the organisation yet; an admin does that first.",
            )
        seat = user_seat(conn, row.contract_urn)
        name = f"{conn.first_name} {conn.last_name}".strip()
        if row.contract_urn is None:
            message = f"Connected as {name}; the organisation's LinkedIn setup is not finished."
        elif seat is None:
            message = (
                f"Connected as {name}, who holds no seat on "
                f"{row.contract_name or row.contract_urn}: exports and InMails cannot be tied "
                "to you."
            )
        else:
            message = f"Connected as {name} ({seat})."
        return UserConnection(
            connected=True,
            member_id=conn.member_id,
            name=name,
            email=conn.email,
            seat=seat,
            connected_at=conn.connected_at,
            features=org_features,
            message=message,
        )


def disconnect_user(ctx: Context, actor: Actor) -> None:
    """Forget the user's LinkedIn account (and tell LinkedIn, if it can be reached)."""
    with ctx.db.read_session() as session:
        conn = user_connection(session, actor.user_id)
        if conn is None:
            return
        token = unseal(ctx.settings, conn.access_token)
        try:
            credentials = ctx.app_credentials(session)
        except Conflict:
            credentials = None
    if credentials is not None:
        with contextlib.suppress(LinkedInRefused, LinkedInUnavailable):
            ctx.client.revoke(credentials, token)
    with ctx.db.write_session() as session:
        conn = user_connection(session, actor.user_id)
        if conn is not None:
            session.delete(conn)
            session.flush()
            publish(session)
        session.commit()


def _member_token(ctx: Context, actor: Actor) -> str:
    with ctx.db.read_session() as session:
        conn = user_connection(session, actor.user_id)
        if conn is None:
            raise Conflict("Connect your LinkedIn account first (User settings > LinkedIn).")
        token = unseal(ctx.settings, conn.access_token)
        expires, refresh = conn.expires_at, conn.refresh_token
        credentials = ctx.app_credentials(session)
    if expires is None or expires > utcnow() or refresh is None:
        return token
    try:
        tokens = ctx.client.refresh_member_token(credentials, unseal(ctx.settings, refresh))
    except LinkedInRefused:
        raise Conflict("Your LinkedIn sign-in has expired; connect your account again.") from None
    with ctx.db.write_session() as session:
        row = session.get(LinkedInUserConnection, conn.id)
        if row is not None:
            row.access_token = seal(ctx.settings, str(tokens["access_token"]))
            if tokens.get("refresh_token"):
                row.refresh_token = seal(ctx.settings, str(tokens["refresh_token"]))
            row.expires_at = utcnow() + timedelta(seconds=int(tokens.get("expires_in", 3600)))
        session.commit()
    return str(tokens["access_token"])


def projects(ctx: Context, actor: Actor) -> list[RecruiterProject]:
    """The Recruiter projects the user can save candidates to."""
    with ctx.db.read_session() as session:
        row = integration(session)
        if not is_on(row, LinkedInFeature.PROFILE_WIDGET):
            ensure_feature(session, LinkedInFeature.PROFILE_WIDGET)
    found = ctx.client.finder(
        "/v2/hiringProjects",
        member_token=_member_token(ctx, actor),
        params={"q": "viewer"},
        what="list your Recruiter projects",
    )
    return [
        RecruiterProject(
            id=int(p["id"]), name=str(p.get("name") or ""), candidates=int(p.get("candidates") or 0)
        )
        for p in found
    ]


def save_to_project(
    ctx: Context, actor: Actor, candidate_id: uuid.UUID, project_id: int
) -> ProjectSave:
    """Save the linked candidate to one of the user's Recruiter projects."""
    with ctx.db.read_session() as session:
        candidate = ensure_profile_access(session, actor, candidate_id)
        link = link_of(session, candidate.id)
        member_id = link.member_id if link is not None else candidate.linkedin_member_id
        name = full_name(candidate)
    if member_id is None:
        raise Conflict(f"Link {name} to their LinkedIn profile before saving them to a project.")
    token = _member_token(ctx, actor)
    before = ctx.client.finder(
        f"/v2/hiringProjects/{project_id}/candidates",
        member_token=token,
        params={},
        what="read the Recruiter project",
    )
    urn = f"urn:li:person:{member_id}"
    present = any(c.get("candidate") == urn for c in before)
    if not present:
        ctx.client.call(
            "POST",
            f"/v2/hiringProjects/{project_id}/candidates",
            member_token=token,
            json={"candidate": urn},
            what="save the candidate to the project",
        )
    return ProjectSave(project_id=project_id, member_id=member_id, added=not present)
