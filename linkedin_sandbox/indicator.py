"""Recruiter's In-ATS section of a member's profile, built from what the ATS instances pushed:
jobs and status with each move through the stages, interview feedback, and notes.

A candidate shows for a member when its `manualMatchedMember` is the member, or, when none is
set, when one of its e-mail addresses is the member's. Only instances with IN_ATS_INDICATOR
enabled show. With a viewing seat, a job's data shows only if APPLICATION_VIEWERS is
ALL_PRODUCT_USERS or an ACL of the job assigns the seat's holder.
"""

from typing import Any

from sqlalchemy import Connection, select

from linkedin_sandbox import db
from linkedin_sandbox.acls import sees_job
from linkedin_sandbox.integrations import IN_ATS_INDICATOR, is_enabled
from linkedin_sandbox.records import children_of
from linkedin_sandbox.world import Member, Seat, all_apps, contract_by_id


def _by_time(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: (r.get("atsCreatedAt") or 0, r.get("id", "")))


def _children(
    conn: Connection, app_id: int, kind: str, parent: str, child: str
) -> list[dict[str, Any]]:
    return _by_time(
        [{"id": r.record_id, **r.data} for r in children_of(conn, app_id, kind, parent, child)]
    )


def _job(conn: Connection, app_id: int, application: Any) -> dict[str, Any]:
    job = conn.execute(
        select(db.jobs)
        .where(db.jobs.c.app_id == app_id)
        .where(db.jobs.c.external_id == application.job_ats_id)
    ).first()
    data = dict(application.data)
    stages = _children(conn, app_id, "application", application.ats_id, "stages")
    title = (
        job.title if job is not None else data.get("atsJobPostingName") or application.job_ats_id
    )
    current = stages[-1]["stage"] if stages else data.get("stage")
    return {
        "atsJobApplicationId": application.ats_id,
        "atsJobPostingId": application.job_ats_id,
        "title": title,
        "jobState": None if job is None else job.state,
        "currentStage": current,
        "dispositionReason": data.get("dispositionReason") or None,
        "source": data.get("source"),
        "stages": [{"stage": s["stage"], "atsCreatedAt": s["atsCreatedAt"]} for s in stages],
        "interviewFeedback": _children(
            conn, app_id, "application", application.ats_id, "interviewFeedback"
        ),
        "notes": _children(conn, app_id, "application", application.ats_id, "notes"),
    }


def indicator(conn: Connection, member: Member, seat: Seat | None) -> dict[str, Any]:
    """The In-ATS section for `member`, as the holder of `seat` (or anyone, without a seat)."""
    organization = None
    if seat is not None:
        contract = contract_by_id(conn, seat.contract_id)
        organization = None if contract is None else contract.organization_id
    instances = []
    for app in all_apps(conn):
        if organization is not None and app.organization_id != organization:
            continue
        if not is_enabled(conn, app.id, IN_ATS_INDICATOR):
            continue
        rows = conn.execute(select(db.ats_candidates).where(db.ats_candidates.c.app_id == app.id))
        candidates = []
        for row in rows:
            if row.manual_member_id is not None:
                matched = "MANUAL" if row.manual_member_id == member.id else None
            else:
                matched = "EMAIL" if member.email and member.email in row.emails else None
            if matched is None:
                continue
            applications = conn.execute(
                select(db.ats_applications)
                .where(db.ats_applications.c.app_id == app.id)
                .where(db.ats_applications.c.candidate_ats_id == row.ats_id)
                .order_by(db.ats_applications.c.ats_id)
            )
            jobs = [
                _job(conn, app.id, application)
                for application in applications
                if seat is None
                or sees_job(
                    conn, app.id, "APPLICATION_VIEWERS", application.job_ats_id, seat.member_id
                )
            ]
            candidates.append(
                {
                    "atsCandidateId": row.ats_id,
                    "firstName": row.data.get("firstName"),
                    "lastName": row.data.get("lastName"),
                    "matchedBy": matched,
                    "jobs": jobs,
                    "notes": _children(conn, app.id, "candidate", row.ats_id, "notes"),
                }
            )
        if candidates:
            instances.append({"application": app.urn, "name": app.name, "candidates": candidates})
    return {
        "member": member.profile(),
        "seat": None if seat is None else seat.urn,
        "instances": instances,
    }
