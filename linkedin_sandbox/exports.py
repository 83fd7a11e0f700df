"""1-Click Export: a recruiter exports a member from Recruiter's contact card to a job of an ATS
instance, LinkedIn pushes EXPORT_CANDIDATE_PROFILE, and the ATS fetches the export with
`GET /v2/exportedCandidates?q=request&requestId=EVENT_ID`.

The job is found as the contact card's search box finds it: by job id or title among the jobs
the chosen ATS instance has synced (and LinkedIn has processed); "Change ATS" chooses another
instance on the same contract.
"""

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Connection, func, insert, select

from linkedin_sandbox import db
from linkedin_sandbox.acls import sees_job
from linkedin_sandbox.deps import ApplicationDep, SandboxDep
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.events import EXPORT_CANDIDATE_PROFILE, callback_url, enqueue
from linkedin_sandbox.integrations import ONE_CLICK_EXPORT, is_enabled
from linkedin_sandbox.jobs import CLOSED, LISTED, job_json, visible_jobs
from linkedin_sandbox.restli import finder_page, paging_params, required_param
from linkedin_sandbox.settings import SandboxSettings
from linkedin_sandbox.world import (
    CustomerApp,
    Member,
    Seat,
    all_apps,
    contract_by_id,
    fold,
    member_by_id,
    resolve_app,
    resolve_member,
    resolve_seat,
    seat_by_id,
    seats_on_contract,
)

router = APIRouter(prefix="/v2", tags=["exportedCandidates"])


@dataclass(frozen=True)
class ExportRequest:
    member: str
    job: str
    ats: str | None = None
    seat: str | None = None
    # Test hooks: play a job the ATS closed but has not yet synced, or an export made long ago.
    include_closed: bool = False
    exported_at: int | None = None


def _export_instances(conn: Connection, contract_id: int | None) -> list[CustomerApp]:
    return [
        app
        for app in all_apps(conn)
        if (contract_id is None or app.contract_id == contract_id)
        and is_enabled(conn, app.id, ONE_CLICK_EXPORT)
    ]


def _choose(conn: Connection, wanted: ExportRequest) -> tuple[CustomerApp, Seat, list[CustomerApp]]:
    """The ATS instance and the exporter's seat, with the other instances of the contract."""
    seat = None if wanted.seat is None else resolve_seat(conn, wanted.seat)
    instances = _export_instances(conn, None if seat is None else seat.contract_id)
    if not instances:
        where = "" if seat is None else f" on contract {seat.contract_id}"
        raise ApiError(409, f"No ATS instance{where} has 1-Click Export enabled")
    app = instances[0] if wanted.ats is None else resolve_app(conn, wanted.ats, instances)
    if seat is None:
        seats = [s for s in seats_on_contract(conn, app.contract_id or 0) if s.active]
        seats.sort(key=lambda s: (s.role != "ADMIN", s.id))
        if not seats:
            raise ApiError(409, f"Nobody holds a seat on contract {app.contract_id}")
        seat = seats[0]
    others = [a for a in instances if a.id != app.id and a.contract_id == app.contract_id]
    return app, seat, others


def _matches(rows: list[Any], text: str) -> list[Any]:
    wanted = fold(text)
    by_id = [r for r in rows if r.external_id == text.strip()]
    if by_id:
        return by_id
    exact = [r for r in rows if fold(r.title) == wanted]
    return exact or [r for r in rows if wanted in fold(r.title)]


def find_job(
    conn: Connection, app: CustomerApp, seat: Seat, text: str, *, include_closed: bool, now: int
) -> Any:
    """The one job of `app` that the search box finds for `text`; ApiError in words otherwise."""
    synced = visible_jobs(conn, app.id, now)
    seen = [
        r
        for r in synced
        if sees_job(conn, app.id, "JOB_POSTING_VIEWERS", r.external_id, seat.member_id)
    ]
    found = _matches([r for r in seen if include_closed or r.state == LISTED], text)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        listed = "; ".join(f'{r.external_id} "{r.title}"' for r in found)
        raise ApiError(
            409, f'Several jobs of "{app.name}" match "{text}": {listed}. Give the job id.'
        )
    reasons = []
    if any(r.state == CLOSED for r in _matches(seen, text)):
        reasons.append("the matching job is closed")
    if len(seen) < len(synced):
        reasons.append(
            f"{len(synced) - len(seen)} synced jobs are hidden from this seat (no ACL assigns "
            "its holder and JOB_POSTING_VIEWERS is not ALL_PRODUCT_USERS)"
        )
    if not synced:
        reasons.append(
            f'"{app.name}" has synced no jobs to LinkedIn (or they are still processing)'
        )
    why = f" ({'; '.join(reasons)})" if reasons else ""
    raise ApiError(404, f'No job matching "{text}" in ATS "{app.name}"{why}.')


def _month_start(now: int) -> int:
    moment = datetime.fromtimestamp(now / 1000, tz=UTC)
    first = moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return int(first.timestamp() * 1000)


def export(conn: Connection, settings: SandboxSettings, wanted: ExportRequest) -> dict[str, Any]:
    """Records an export and its EXPORT_CANDIDATE_PROFILE event; the answer says what happened."""
    now = db.now_ms()
    member = resolve_member(conn, wanted.member)
    app, seat, others = _choose(conn, wanted)
    try:
        job = find_job(conn, app, seat, wanted.job, include_closed=wanted.include_closed, now=now)
    except ApiError as error:
        if error.status != 404 or not others:
            raise
        elsewhere = [
            f'"{other.name}"'
            for other in others
            if _matches(visible_jobs(conn, other.id, now), wanted.job)
        ]
        hint = (
            f" It is in {', '.join(elsewhere)}: choose it with Change ATS (--ats)."
            if elsewhere
            else " Change ATS (--ats) chooses another instance: "
            + ", ".join(f'"{o.name}"' for o in others)
            + "."
        )
        raise ApiError(404, error.message + hint) from None
    used = conn.execute(
        select(func.count())
        .select_from(db.exports)
        .where(db.exports.c.seat_id == seat.id)
        .where(db.exports.c.exported_at >= _month_start(now))
    ).scalar_one()
    if used >= settings.exports_per_seat_per_month:
        raise ApiError(
            429,
            f"The seat {seat.urn} has made {used} exports this month; the limit is "
            f"{settings.exports_per_seat_per_month}",
        )
    if callback_url(conn, app.id) is None:
        raise ApiError(409, f'ATS "{app.name}" has no CALLBACK_URL: it cannot receive exports')
    request_id = str(uuid.uuid4())
    conn.execute(
        insert(db.exports).values(
            request_id=request_id,
            app_id=app.id,
            member_id=member.id,
            seat_id=seat.id,
            job_external_id=job.external_id,
            exported_at=wanted.exported_at if wanted.exported_at is not None else now,
        )
    )
    enqueue(conn, app.id, EXPORT_CANDIDATE_PROFILE, now, event_id=request_id)
    return {
        "requestId": request_id,
        "member": member.profile(),
        "job": job_json(job),
        "ats": {"application": app.urn, "name": app.name, "uniqueForeignId": app.unique_foreign_id},
        "seat": seat.urn,
    }


def _exporter(seat: Seat | None, holder: Member | None) -> dict[str, Any]:
    return {
        "seat": None if seat is None else seat.urn,
        "member": None if holder is None else holder.urn,
        "firstName": None if holder is None else holder.first_name,
        "lastName": None if holder is None else holder.last_name,
    }


def exported_candidate(conn: Connection, row: Any) -> dict[str, Any]:
    """An export as the ATS fetches it: a stub profile, never an e-mail or phone number."""
    member = member_by_id(conn, row.member_id)
    seat = seat_by_id(conn, row.seat_id)
    holder = None if seat is None else member_by_id(conn, seat.member_id)
    contract = None if seat is None else contract_by_id(conn, seat.contract_id)
    candidate = {} if member is None else member.profile()
    return {
        "requestId": row.request_id,
        "integrationContext": None if contract is None else contract.organization_urn,
        "contract": None if contract is None else contract.urn,
        "externalJobPostingId": row.job_external_id,
        "exportedAt": row.exported_at,
        "exporter": _exporter(seat, holder),
        "candidate": candidate,
    }


@router.get("/exportedCandidates")
def exported_candidates(
    request: Request, sandbox: SandboxDep, app: ApplicationDep
) -> dict[str, Any]:
    """`q=request&requestId=EVENT_ID`: the candidate of one EXPORT_CANDIDATE_PROFILE event."""
    if request.query_params.get("q") != "request":
        raise ApiError(400, "Use q=request&requestId=EVENT_ID")
    request_id = required_param(request, "requestId")
    start, count = paging_params(request)
    with sandbox.store.read() as conn:
        row = conn.execute(select(db.exports).where(db.exports.c.request_id == request_id)).first()
        if row is None or row.app_id != app.id:
            raise ApiError(404, f"No export request {request_id} for this application")
        element = exported_candidate(conn, row)
    return finder_page(request, [element], start, count)
