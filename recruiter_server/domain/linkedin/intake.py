"""Candidates that come from LinkedIn: 1-click exports and InMail stub profiles.

An export is accepted only when every rule holds, checked in this order, each refusal in
words: the integration gives 1-click export; the export is for this organisation; it is
fresh; the job is one this ATS instance synced to LinkedIn; the job is active and has a
Prospect stage; the exporter's Recruiter seat belongs to a user who holds the hiring manager
or recruiter role on the job. The candidate is found again by LinkedIn member id or e-mail
(never duplicated: a second export to another job links the same candidate to both), or made
with LinkedIn as the source and the exporter recorded; the application starts in Prospect.

A stub profile (a member who answered an InMail and shared their profile) becomes a
candidate in the system LinkedIn pool, found again the same way, with the e-mail address
when shared or already known.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recruiter_api.enums import (
    PROSPECT,
    ApplicationStatus,
    JobRoleKind,
    JobStatus,
    LinkedInFeature,
    MatchedBy,
    StageChangeAction,
)
from recruiter_server.db import sync_tracking
from recruiter_server.db.models import (
    Application,
    Candidate,
    Job,
    JobRole,
    LinkedInSentRecord,
    Stage,
    StageChange,
    User,
)
from recruiter_server.domain import pools
from recruiter_server.domain.candidates import full_name
from recruiter_server.domain.errors import Invalid
from recruiter_server.domain.linkedin.integration import integration, is_on, seat_owners
from recruiter_server.domain.linkedin.links import attach, candidate_of_member, link_of

JOB_POSTINGS = "simpleJobPostings"
LINKEDIN_SOURCE = "LinkedIn"
LINKEDIN_POOL = "linkedin"


class ExportRefused(Invalid):
    """An export that breaks a rule; nothing was created."""


@dataclass(frozen=True)
class Export:
    """An EXPORT_CANDIDATE_PROFILE event as fetched from `exportedCandidates`."""

    request_id: str
    integration_context: str | None
    job_posting_id: str
    exported_at: datetime
    seat_urn: str | None
    exporter_name: str
    member_id: str
    first_name: str
    last_name: str
    headline: str
    location: str
    profile_url: str | None
    email: str | None = None


@dataclass(frozen=True)
class Accepted:
    candidate: Candidate
    application: Application
    new_candidate: bool
    new_application: bool
    exporter: User
    job: Job


def accept_export(
    session: Session, export: Export, *, max_age: timedelta, now: datetime
) -> Accepted:
    """Create or reuse the candidate of an export and put them in the job's Prospect stage;
    ExportRefused (nothing written) when a rule does not hold."""
    row = integration(session)
    if not is_on(row, LinkedInFeature.ONE_CLICK_EXPORT):
        raise ExportRefused(
            f"An export of {_member(export)} arrived, but 1-click export is not enabled here "
            f"(the integration is {row.state.replace('_', ' ')})."
        )
    if export.integration_context != row.organization_urn:
        raise ExportRefused(
            f"The export of {_member(export)} was made for {export.integration_context}, "
            f"not for this organisation ({row.organization_urn}); it was refused."
        )
    age = now - export.exported_at
    if age > max_age:
        raise ExportRefused(
            f"The export of {_member(export)} was made {_duration(age)} ago, longer ago than "
            f"the {_duration(max_age)} an export may take to arrive; export again from Recruiter."
        )
    job = _synced_job(session, export)
    if job.status != JobStatus.ACTIVE.value:
        raise ExportRefused(
            f"{_member(export)} was exported to {job.title} ({job.code}), which is "
            f"{job.status}: only active jobs take exports. Activate the job and export again."
        )
    prospect = session.scalars(
        select(Stage).where(Stage.job_id == job.id, func.lower(Stage.name) == PROSPECT.lower())
    ).first()
    if prospect is None:
        raise ExportRefused(
            f"{_member(export)} was exported to {job.title} ({job.code}), which has no "
            f"{PROSPECT} stage; add a {PROSPECT} stage to the job and export again."
        )
    exporter = _exporter(session, export, job)
    candidate, new_candidate = _candidate_for(session, export, exporter, now)
    application = session.scalars(
        select(Application).where(
            Application.candidate_id == candidate.id, Application.job_id == job.id
        )
    ).first()
    if application is not None:
        return Accepted(candidate, application, new_candidate, False, exporter, job)
    application = Application(
        candidate_id=candidate.id,
        job_id=job.id,
        stage_id=prospect.id,
        status=ApplicationStatus.ACTIVE.value,
        applied_at=now,
        stage_entered_at=now,
    )
    session.add(application)
    session.flush()
    session.add(
        StageChange(
            application_id=application.id,
            job_id=job.id,
            candidate_id=candidate.id,
            action=StageChangeAction.CREATED.value,
            from_stage_id=None,
            to_stage_id=prospect.id,
            changed_by_id=exporter.id,
            changed_at=now,
            application_version=application.version,
        )
    )
    session.flush()
    # The job's hiring managers and interviewers may not have seen this candidate before.
    sync_tracking.touch_candidate(session, candidate.id)
    return Accepted(candidate, application, new_candidate, True, exporter, job)


def _synced_job(session: Session, export: Export) -> Job:
    try:
        job_id = uuid.UUID(export.job_posting_id)
    except ValueError:
        job_id = None
    synced = job_id is not None and (
        session.get(LinkedInSentRecord, (JOB_POSTINGS, str(job_id))) is not None
    )
    job = session.get(Job, job_id) if synced and job_id is not None else None
    if job is None:
        raise ExportRefused(
            f"{_member(export)} was exported to the job {export.job_posting_id}, which this ATS "
            "instance never synced to LinkedIn: it belongs to another instance (Change ATS in "
            "Recruiter's contact card chooses the instance)."
        )
    return job


def _exporter(session: Session, export: Export, job: Job) -> User:
    row = integration(session)
    owner = seat_owners(session, row.contract_urn).get(export.seat_urn or "")
    who = export.exporter_name or export.seat_urn or "The exporter"
    if owner is None:
        raise ExportRefused(
            f"{who} exported {_member(export)} to {job.title}, but their Recruiter seat "
            f"({export.seat_urn}) belongs to no user here: they connect their LinkedIn account "
            "in User settings > LinkedIn, then export again."
        )
    user = session.get(User, owner)
    roles = set(
        session.scalars(
            select(JobRole.role).where(JobRole.job_id == job.id, JobRole.user_id == owner)
        )
    )
    allowed = {JobRoleKind.HIRING_MANAGER.value, JobRoleKind.RECRUITER.value}
    if user is None or not user.active or not roles & allowed:
        name = f"{user.first_name} {user.last_name}" if user is not None else who
        raise ExportRefused(
            f"{name} exported {_member(export)} to {job.title} ({job.code}) but holds neither "
            "the hiring manager nor the recruiter role on that job; assign them one and export "
            "again."
        )
    return user


def _candidate_for(
    session: Session, export: Export, exporter: User, now: datetime
) -> tuple[Candidate, bool]:
    profile = _profile(export)
    found = find_candidate(session, export.member_id, export.email)
    if found is not None:
        if link_of(session, found.id) is None and found.linkedin_member_id in (
            None,
            export.member_id,
        ):
            attach(
                session,
                found,
                export.member_id,
                MatchedBy.EXPORT,
                linked_by=exporter.id,
                profile=profile,
                at=now,
            )
        return found, False
    candidate = Candidate(
        first_name=(export.first_name or "LinkedIn member")[:200],
        last_name=export.last_name[:200],
        email=_free_email(session, export.email),
        headline=export.headline[:200],
        location=export.location[:200],
        source=LINKEDIN_SOURCE,
        source_detail=f"1-click export by {exporter.first_name} {exporter.last_name}"[:200],
        tags=[],
        created_at=now,
        created_by_id=exporter.id,
    )
    session.add(candidate)
    session.flush()
    attach(
        session,
        candidate,
        export.member_id,
        MatchedBy.EXPORT,
        linked_by=exporter.id,
        profile=profile,
        at=now,
    )
    return candidate, True


def find_candidate(session: Session, member_id: str, email: str | None) -> Candidate | None:
    """The candidate this member already is: by LinkedIn member id, then by e-mail."""
    found = candidate_of_member(session, member_id)
    if found is None and email:
        found = session.scalars(
            select(Candidate).where(Candidate.email == email.strip().lower())
        ).first()
    return found


def _free_email(session: Session, email: str | None) -> str | None:
    """The address, lower-cased, unless another candidate has it already."""
    if not email:
        return None
    address = email.strip().lower()
    taken = session.scalars(select(Candidate.id).where(Candidate.email == address)).first()
    return None if taken is not None else address


@dataclass(frozen=True)
class Stub:
    """A mail stub as LinkedIn gives it."""

    member_id: str
    first_name: str
    last_name: str
    headline: str
    profile_url: str | None
    email: str | None


def accept_stub(session: Session, stub: Stub, now: datetime) -> tuple[Candidate, bool]:
    """The candidate of a stub profile, found again or made, in the LinkedIn pool."""
    candidate = find_candidate(session, stub.member_id, stub.email)
    created = candidate is None
    if candidate is None:
        candidate = Candidate(
            first_name=(stub.first_name or "LinkedIn member")[:200],
            last_name=stub.last_name[:200],
            email=_free_email(session, stub.email),
            headline=stub.headline[:200],
            source=LINKEDIN_SOURCE,
            source_detail="InMail stub profile",
            tags=[],
            created_at=now,
        )
        session.add(candidate)
        session.flush()
    elif candidate.email is None and stub.email:
        address = _free_email(session, stub.email)
        if address is not None:
            candidate.email = address
    if link_of(session, candidate.id) is None and candidate.linkedin_member_id in (
        None,
        stub.member_id,
    ):
        attach(
            session,
            candidate,
            stub.member_id,
            MatchedBy.INMAIL_STUB,
            at=now,
            profile={
                "first_name": stub.first_name,
                "last_name": stub.last_name,
                "headline": stub.headline,
                "profile_url": stub.profile_url,
            },
        )
    pools.add_system_member(session, LINKEDIN_POOL, candidate.id)
    return candidate, created


def _profile(export: Export) -> dict[str, Any]:
    return {
        "first_name": export.first_name,
        "last_name": export.last_name,
        "headline": export.headline,
        "location": export.location,
        "profile_url": export.profile_url,
    }


def _member(export: Export) -> str:
    name = f"{export.first_name} {export.last_name}".strip()
    return name or f"the LinkedIn member {export.member_id}"


def _duration(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} minutes"
    hours = minutes // 60
    return f"{hours} hours" if hours < 48 else f"{hours // 24} days"


def describe(accepted: Accepted, job: Job) -> str:
    """What an accepted export did, in words for the admins' event list."""
    who = full_name(accepted.candidate)
    by = f"{accepted.exporter.first_name} {accepted.exporter.last_name}"
    if not accepted.new_application:
        return f"{who} was exported to {job.title} by {by} again; they are in its pipeline already."
    made = "a new candidate" if accepted.new_candidate else "the existing candidate"
    return f"{who} ({made}) was exported to {job.title} by {by} and is now in {PROSPECT}."
