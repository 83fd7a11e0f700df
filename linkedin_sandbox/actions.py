"""What people do inside LinkedIn Recruiter, and a look at the sandbox's state, under /sandbox
(not LinkedIn's API): each is also a `linkedin-sandbox` command that calls it over HTTP.

No token is needed here: these stand for the people at LinkedIn's own screens.
"""

from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection, select, update

from linkedin_sandbox import db
from linkedin_sandbox.deps import SandboxDep
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.events import PENDING, event_json
from linkedin_sandbox.exports import ExportRequest, export
from linkedin_sandbox.history import add_note, delete_note, send_inmail, share_profile
from linkedin_sandbox.indicator import indicator
from linkedin_sandbox.integrations import COMPANY, CONTRACT, app_summary, disable, enable
from linkedin_sandbox.jobs import job_json, visible_jobs
from linkedin_sandbox.people import add_member, add_seat, contracts_of
from linkedin_sandbox.restli import EpochMs, finder_page, paging_params
from linkedin_sandbox.world import (
    ADMIN,
    CustomerApp,
    Member,
    Seat,
    all_apps,
    all_contracts,
    all_members,
    fold,
    member_by_id,
    resolve_app,
    resolve_contract,
    resolve_member,
    resolve_seat,
    seats_of_member,
    seats_on_contract,
)

router = APIRouter(prefix="/sandbox", tags=["sandbox: people in LinkedIn Recruiter"])


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NewMember(_Body):
    firstName: str = Field(min_length=1)
    lastName: str = Field(min_length=1)
    emailAddress: str | None = None
    headline: str | None = None
    location: str = "Stockholm, Sweden"
    currentTitle: str | None = None
    currentCompany: str | None = None
    id: str | None = None


class NewSeat(_Body):
    member: str
    contract: str
    role: Literal["ADMIN", "RECRUITER"] = "RECRUITER"


class Enable(_Body):
    level: Literal["company", "contract"]
    contract: str | None = None
    ats: str | None = None
    admin: str | None = None


class Disable(_Body):
    contract: str | None = None
    ats: str | None = None
    admin: str | None = None


class Export(_Body):
    member: str
    job: str
    ats: str | None = None
    seat: str | None = None
    includeClosed: bool = False
    exportedAt: EpochMs | None = None


class InMail(_Body):
    member: str
    body: str = Field(min_length=1)
    subject: str | None = None
    seat: str | None = None
    reply: bool = False
    shared: bool = True
    createdAt: EpochMs | None = None


class RecruiterNote(_Body):
    member: str
    note: str = Field(min_length=1)
    seat: str | None = None
    shared: bool = True
    createdAt: EpochMs | None = None


class ProfileShare(_Body):
    member: str
    seat: str | None = None
    shareEmail: bool = True
    emailAddress: str | None = None
    createdAt: EpochMs | None = None


def member_json(conn: Connection, member: Member) -> dict[str, Any]:
    return {
        **member.profile(),
        "memberId": member.id,
        "emailAddress": member.email,
        "seats": [
            {"seat": s.urn, "contract": f"urn:li:contract:{s.contract_id}", "role": s.role}
            for s in seats_of_member(conn, member.id)
        ],
    }


def _seat_or_default(conn: Connection, text: str | None) -> Seat:
    """The given seat, or the first admin's seat (the seeded admin on the first contract)."""
    if text:
        return resolve_seat(conn, text)
    query = select(db.seats).where(db.seats.c.role == ADMIN).order_by(db.seats.c.id)
    row = conn.execute(query).first()
    if row is None:
        raise ApiError(409, "Nobody holds an admin seat; give the seat")
    return Seat(row.id, row.contract_id, row.member_id, row.role, bool(row.active))


def _target(conn: Connection, contract_text: str | None, ats_text: str | None) -> CustomerApp:
    """The ATS instance that the admin acts on in Recruiter's Admin settings > ATS."""
    requested = [a for a in all_apps(conn) if a.contract_id is not None]
    if contract_text:
        contract = resolve_contract(conn, contract_text)
        requested = [a for a in requested if a.contract_id == contract.id]
    if ats_text:
        return resolve_app(conn, ats_text, requested)
    if len(requested) == 1:
        return requested[0]
    if not requested:
        raise ApiError(
            409,
            "No ATS instance has requested Recruiter System Connect"
            + (f" on {contract_text}" if contract_text else "")
            + ": the ATS's admin requests it first",
        )
    names = ", ".join(f'"{a.name}" (contract {a.contract_id})' for a in requested)
    raise ApiError(409, f"Several ATS instances are listed: {names}; choose one (--ats)")


def _check_admin(conn: Connection, app: CustomerApp, admin_text: str | None) -> Member:
    if app.contract_id is None:
        raise ApiError(409, f"{app.name} is on no contract: its admin has not requested RSC")
    admins = [s for s in seats_on_contract(conn, app.contract_id) if s.role == ADMIN and s.active]
    if admin_text:
        member = resolve_member(conn, admin_text)
        if not any(s.member_id == member.id for s in admins):
            raise ApiError(
                403, f"{member.name} is not a Recruiter admin on contract {app.contract_id}"
            )
        return member
    if not admins:
        raise ApiError(409, f"Nobody is a Recruiter admin on contract {app.contract_id}")
    return resolve_member(conn, admins[0].member_id)


@router.get("/world")
def world(sandbox: SandboxDep) -> dict[str, Any]:
    """The organisation, its contracts and seats, the ATS instances and their setup states."""
    with sandbox.store.read() as conn:
        organizations = [
            {"urn": f"urn:li:organization:{row.id}", "name": row.name}
            for row in conn.execute(select(db.organizations).order_by(db.organizations.c.id))
        ]
        contracts = []
        for contract in all_contracts(conn):
            seats = []
            for seat in seats_on_contract(conn, contract.id):
                holder = member_by_id(conn, seat.member_id)
                seats.append(
                    {
                        "seat": seat.urn,
                        "role": seat.role,
                        "active": seat.active,
                        "member": None if holder is None else holder.urn,
                        "name": None if holder is None else holder.name,
                        "emailAddress": None if holder is None else holder.email,
                    }
                )
            contracts.append(
                {
                    "urn": contract.urn,
                    "name": contract.name,
                    "organization": contract.organization_urn,
                    "seats": seats,
                }
            )
        projects = [
            {
                "urn": f"urn:li:hiringProject:{row.id}",
                "name": row.name,
                "contract": f"urn:li:contract:{row.contract_id}",
            }
            for row in conn.execute(select(db.projects).order_by(db.projects.c.id))
        ]
        return {
            "partner": {"clientId": sandbox.settings.partner_client_id},
            "organizations": organizations,
            "contracts": contracts,
            "atsInstances": [app_summary(conn, app) for app in all_apps(conn)],
            "projects": projects,
            "members": len(all_members(conn)),
        }


@router.get("/members")
def members(request: Request, sandbox: SandboxDep, search: str = "") -> dict[str, Any]:
    """Members whose name or e-mail contains `search` (accents and case ignored)."""
    start, count = paging_params(request, default_count=50)
    wanted = fold(search)
    with sandbox.store.read() as conn:
        found = [
            member_json(conn, m)
            for m in all_members(conn)
            if wanted in fold(m.name) or wanted in (m.email or "")
        ]
    return finder_page(request, found, start, count)


@router.post("/members", status_code=201)
def new_member(body: NewMember, sandbox: SandboxDep) -> dict[str, Any]:
    """Adds a member, e.g. one who matches an ATS candidate by e-mail, by name only, or not."""
    with sandbox.store.write() as conn:
        member = add_member(
            conn,
            first_name=body.firstName,
            last_name=body.lastName,
            email=body.emailAddress,
            headline=body.headline,
            location=body.location,
            current_title=body.currentTitle,
            current_company=body.currentCompany,
            member_id=body.id,
        )
        return member_json(conn, member)


@router.post("/seats", status_code=201)
def new_seat(body: NewSeat, sandbox: SandboxDep) -> dict[str, Any]:
    with sandbox.store.write() as conn:
        member = resolve_member(conn, body.member)
        contract = resolve_contract(conn, body.contract)
        seat = add_seat(conn, member, contract.id, body.role)
        return {
            "seat": seat.urn,
            "contract": contract.urn,
            "role": seat.role,
            "member": member.urn,
            "contracts": contracts_of(conn, member),
        }


@router.post("/integrations/enable")
def enable_integration(body: Enable, sandbox: SandboxDep) -> dict[str, Any]:
    """A Recruiter admin enables company- or contract-level access for an ATS instance."""
    with sandbox.store.write() as conn:
        app = _target(conn, body.contract, body.ats)
        admin = _check_admin(conn, app, body.admin)
        level = CONTRACT if body.level == "contract" else COMPANY
        event_id = enable(conn, app, level, db.now_ms())
        summary = app_summary(conn, app)
    sandbox.deliverer.notify()
    return {"ats": summary, "event": event_id, "by": admin.urn, "changed": event_id is not None}


@router.post("/integrations/disable")
def disable_integration(body: Disable, sandbox: SandboxDep) -> dict[str, Any]:
    """A Recruiter admin turns an ATS instance's integration off."""
    with sandbox.store.write() as conn:
        app = _target(conn, body.contract, body.ats)
        admin = _check_admin(conn, app, body.admin)
        event_id = disable(conn, app, db.now_ms())
        summary = app_summary(conn, app)
    sandbox.deliverer.notify()
    return {"ats": summary, "event": event_id, "by": admin.urn, "changed": True}


@router.post("/exports", status_code=201)
def export_member(body: Export, sandbox: SandboxDep) -> dict[str, Any]:
    """1-Click Export from the contact card to a job found by title or id."""
    wanted = ExportRequest(
        member=body.member,
        job=body.job,
        ats=body.ats,
        seat=body.seat,
        include_closed=body.includeClosed,
        exported_at=body.exportedAt,
    )
    with sandbox.store.write() as conn:
        answer = export(conn, sandbox.settings, wanted)
    sandbox.deliverer.notify()
    return answer


@router.get("/indicator")
def in_ats(sandbox: SandboxDep, member: str, seat: str | None = None) -> dict[str, Any]:
    """What Recruiter's In-ATS section shows for a member."""
    with sandbox.store.read() as conn:
        found = resolve_member(conn, member)
        viewer = None if not seat else resolve_seat(conn, seat)
        return indicator(conn, found, viewer)


@router.post("/inmails", status_code=201)
def inmail(body: InMail, sandbox: SandboxDep) -> dict[str, Any]:
    """An InMail from a seat holder to a member, or (reply) the member's answer."""
    with sandbox.store.write() as conn:
        seat = _seat_or_default(conn, body.seat)
        member = resolve_member(conn, body.member)
        at = body.createdAt if body.createdAt is not None else db.now_ms()
        sent = send_inmail(
            conn,
            seat,
            member,
            body=body.body,
            subject=body.subject,
            reply=body.reply,
            shared=body.shared,
            at=at,
        )
    return {**sent, "seat": seat.urn, "prospect": member.urn}


@router.post("/notes", status_code=201)
def note(body: RecruiterNote, sandbox: SandboxDep) -> dict[str, Any]:
    """A Recruiter note about a member, shared with the organisation or private."""
    with sandbox.store.write() as conn:
        seat = _seat_or_default(conn, body.seat)
        member = resolve_member(conn, body.member)
        at = body.createdAt if body.createdAt is not None else db.now_ms()
        made = add_note(conn, seat, member, text=body.note, shared=body.shared, at=at)
    return {**made, "owner": seat.urn, "prospect": member.urn}


@router.delete("/notes/{note_id}")
def remove_note(note_id: str, sandbox: SandboxDep) -> dict[str, Any]:
    with sandbox.store.write() as conn:
        return delete_note(conn, note_id, db.now_ms())


@router.post("/profile-shares", status_code=201)
def profile_share(body: ProfileShare, sandbox: SandboxDep) -> dict[str, Any]:
    """A member answers a seat holder's InMail and shares their profile: a mail stub."""
    with sandbox.store.write() as conn:
        seat = _seat_or_default(conn, body.seat)
        member = resolve_member(conn, body.member)
        at = body.createdAt if body.createdAt is not None else db.now_ms()
        stub = share_profile(
            conn, seat, member, share_email=body.shareEmail, email=body.emailAddress, at=at
        )
    return {**stub, "owner": seat.urn, "prospect": member.urn}


@router.get("/jobs")
def jobs(sandbox: SandboxDep, ats: str | None = None) -> dict[str, Any]:
    """The jobs each ATS instance has synced, as Recruiter's search box can find them."""
    now = db.now_ms()
    with sandbox.store.read() as conn:
        apps = all_apps(conn)
        if ats:
            apps = [resolve_app(conn, ats, apps)]
        return {
            "atsInstances": [
                {
                    "name": app.name,
                    "application": app.urn,
                    "jobs": [job_json(row) for row in visible_jobs(conn, app.id, now)],
                }
                for app in apps
            ]
        }


@router.get("/events")
def events(
    request: Request, sandbox: SandboxDep, status: str | None = None, type: str | None = None
) -> dict[str, Any]:
    """Push events and each delivery attempt, newest first."""
    start, count = paging_params(request, default_count=50)
    query = select(db.events).order_by(db.events.c.created_at.desc(), db.events.c.id)
    if status:
        query = query.where(db.events.c.status == status.upper())
    if type:
        query = query.where(db.events.c.type == type.upper())
    with sandbox.store.read() as conn:
        found = [event_json(conn, row) for row in conn.execute(query)]
    return finder_page(request, found, start, count)


@router.get("/events/{event_id}")
def one_event(event_id: str, sandbox: SandboxDep) -> dict[str, Any]:
    with sandbox.store.read() as conn:
        row = conn.execute(select(db.events).where(db.events.c.id == event_id)).first()
        if row is None:
            raise ApiError(404, f"No event {event_id}")
        return event_json(conn, row)


@router.post("/events/{event_id}/redeliver")
def redeliver(event_id: str, sandbox: SandboxDep) -> dict[str, Any]:
    """Pushes an event again with a fresh budget of attempts (a replay, as tests need)."""
    with sandbox.store.write() as conn:
        row = conn.execute(select(db.events).where(db.events.c.id == event_id)).first()
        if row is None:
            raise ApiError(404, f"No event {event_id}")
        conn.execute(
            update(db.events)
            .where(db.events.c.id == event_id)
            .values(status=PENDING, attempts=0, next_attempt_at=db.now_ms(), last_error=None)
        )
        row = conn.execute(select(db.events).where(db.events.c.id == event_id)).first()
        answer = event_json(conn, row)
    sandbox.deliverer.notify()
    return answer
