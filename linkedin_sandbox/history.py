"""Contract-level history: InMails, Recruiter notes and InMail stub profiles, as people make them
in Recruiter (the /sandbox actions) and as the ATS reads them (`conversationEvents`,
`prospectNotes`, `mailStubs`, `seatsV2`), which needs the instance's CSA_API enabled.

Only what is shared with the organisation is ever read: a private conversation or note stays in
Recruiter. A deleted note is still read, with `active: false`, so the ATS can delete its copy.
"""

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Connection, insert, select, update

from linkedin_sandbox import db
from linkedin_sandbox.deps import ApplicationDep, SandboxDep
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.integrations import CSA_API, require_enabled
from linkedin_sandbox.restli import (
    finder_page,
    optional_ms,
    paging_params,
    parse_id,
    required_param,
    urn_int,
)
from linkedin_sandbox.world import (
    CustomerApp,
    Member,
    Seat,
    member_by_id,
    seat_by_id,
    seats_on_contract,
)

router = APIRouter(prefix="/v2", tags=["contract-level history"])

OUTBOUND = "OUTBOUND"
INBOUND = "INBOUND"


def _thread(conn: Connection, seat: Seat, member: Member) -> Any:
    query = (
        select(db.inmail_threads)
        .where(db.inmail_threads.c.seat_id == seat.id)
        .where(db.inmail_threads.c.member_id == member.id)
    )
    return conn.execute(query).first()


def send_inmail(
    conn: Connection,
    seat: Seat,
    member: Member,
    *,
    body: str,
    subject: str | None,
    reply: bool,
    shared: bool,
    at: int,
) -> dict[str, Any]:
    """An InMail from the seat holder to the member, or (reply) the member's answer."""
    if not body.strip():
        raise ApiError(400, "An InMail needs a body")
    holder = member_by_id(conn, seat.member_id)
    if holder is not None and holder.id == member.id:
        raise ApiError(400, "A seat holder cannot InMail themself")
    thread = _thread(conn, seat, member)
    if thread is None:
        if reply:
            raise ApiError(
                409, f"{member.name} has no InMail from {seat.urn} to reply to; send one first"
            )
        result = conn.execute(
            insert(db.inmail_threads).values(
                seat_id=seat.id, member_id=member.id, shared=shared, created_at=at
            )
        )
        thread_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
        thread_shared = shared
    else:
        thread_id, thread_shared = thread.id, bool(thread.shared)
    result = conn.execute(
        insert(db.inmail_messages).values(
            thread_id=thread_id,
            direction=INBOUND if reply else OUTBOUND,
            subject=subject,
            body=body,
            created_at=at,
        )
    )
    message_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
    return {
        "id": f"urn:li:conversationEvent:{message_id}",
        "thread": f"urn:li:messagingThread:{thread_id}",
        "shared": thread_shared,
        "direction": INBOUND if reply else OUTBOUND,
        "createdAt": at,
    }


def add_note(
    conn: Connection, seat: Seat, member: Member, *, text: str, shared: bool, at: int
) -> dict[str, Any]:
    if not text.strip():
        raise ApiError(400, "A note needs text")
    result = conn.execute(
        insert(db.prospect_notes).values(
            seat_id=seat.id,
            member_id=member.id,
            text=text,
            shared=shared,
            active=True,
            created_at=at,
            modified_at=at,
        )
    )
    note_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
    return {"id": f"urn:li:prospectNote:{note_id}", "shared": shared, "created": at}


def delete_note(conn: Connection, note_text: str, at: int) -> dict[str, Any]:
    wanted = parse_id(note_text.removeprefix("urn:li:prospectNote:"))
    if wanted is None:
        raise ApiError(400, f"{note_text!r} is not a note id")
    row = conn.execute(select(db.prospect_notes).where(db.prospect_notes.c.id == wanted)).first()
    if row is None:
        raise ApiError(404, f"No note {note_text}")
    if not row.active:
        raise ApiError(409, f"The note {note_text} is deleted already")
    conn.execute(
        update(db.prospect_notes)
        .where(db.prospect_notes.c.id == row.id)
        .values(active=False, modified_at=at)
    )
    return {"id": f"urn:li:prospectNote:{row.id}", "active": False, "lastModified": at}


def share_profile(
    conn: Connection,
    seat: Seat,
    member: Member,
    *,
    share_email: bool,
    email: str | None,
    at: int,
) -> dict[str, Any]:
    """The member answers the seat holder's InMail and shares their profile (a mail stub)."""
    thread = _thread(conn, seat, member)
    if thread is None:
        raise ApiError(
            409, f"{member.name} has no InMail from {seat.urn} to answer; send one first"
        )
    address = None
    if share_email:
        address = (email or member.email or "").strip().lower() or None
        if address is None:
            raise ApiError(
                400, f"LinkedIn knows no e-mail address of {member.name}: give one to share"
            )
    send_inmail(
        conn,
        seat,
        member,
        body="Thank you, I am happy to share my profile and contact details.",
        subject=None,
        reply=True,
        shared=bool(thread.shared),
        at=at,
    )
    result = conn.execute(
        insert(db.mail_stubs).values(
            seat_id=seat.id, member_id=member.id, email=address, created_at=at
        )
    )
    stub_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
    return {"id": f"urn:li:mailStub:{stub_id}", "emailAddress": address, "createdAt": at}


# Reads by the ATS.


def _contract_of(conn: Connection, app: CustomerApp, contract_urn: str) -> int:
    contract_id = urn_int(contract_urn, "contract")
    require_enabled(conn, app, CSA_API)
    if app.contract_id != contract_id:
        raise ApiError(403, f"{app.name} is connected to {app.contract_urn}, not {contract_urn}")
    return contract_id


def _owners(request: Request) -> set[int] | None:
    values = request.query_params.getlist("owners")
    urns = [part for value in values for part in value.split(",") if part]
    return {urn_int(urn, "seat") for urn in urns} or None


def _person(member_id: str) -> str:
    return f"urn:li:person:{member_id}"


@router.get("/conversationEvents")
def conversation_events(
    request: Request, sandbox: SandboxDep, app: ApplicationDep
) -> dict[str, Any]:
    """`q=criteria&viewer=urn:li:seat:N&timeRange.start=MS&timeRange.end=MS` (at most 12 h)."""
    if request.query_params.get("q") != "criteria":
        raise ApiError(400, "Use q=criteria&viewer=urn:li:seat:N&timeRange.start=&timeRange.end=")
    seat_id = urn_int(required_param(request, "viewer"), "seat")
    start_ms = optional_ms(request, "timeRange.start")
    end_ms = optional_ms(request, "timeRange.end")
    if start_ms is None or end_ms is None:
        raise ApiError(400, "timeRange.start and timeRange.end (epoch ms) are required")
    window_ms = int(sandbox.settings.conversation_window_hours * 3600 * 1000)
    if not 0 < end_ms - start_ms <= window_ms:
        raise ApiError(
            400,
            f"timeRange must be a window of at most {sandbox.settings.conversation_window_hours:g} "
            "hours with start before end",
        )
    thread_filter = request.query_params.get("threadUrn")
    start, count = paging_params(request, default_count=50)
    with sandbox.store.read() as conn:
        seat = seat_by_id(conn, seat_id)
        if seat is None:
            raise ApiError(404, f"No seat urn:li:seat:{seat_id}")
        _contract_of(conn, app, f"urn:li:contract:{seat.contract_id}")
        query = (
            select(db.inmail_messages, db.inmail_threads.c.member_id, db.inmail_threads.c.seat_id)
            .join(db.inmail_threads, db.inmail_threads.c.id == db.inmail_messages.c.thread_id)
            .where(db.inmail_threads.c.seat_id == seat.id)
            .where(db.inmail_threads.c.shared.is_(True))
            .where(db.inmail_messages.c.created_at >= start_ms)
            .where(db.inmail_messages.c.created_at < end_ms)
            .order_by(db.inmail_messages.c.created_at, db.inmail_messages.c.id)
        )
        rows = list(conn.execute(query))
    holder = _person(seat.member_id)
    elements = []
    for row in rows:
        thread = f"urn:li:messagingThread:{row.thread_id}"
        if thread_filter and thread_filter != thread:
            continue
        prospect = _person(row.member_id)
        outbound = row.direction == OUTBOUND
        elements.append(
            {
                "id": f"urn:li:conversationEvent:{row.id}",
                "thread": thread,
                "createdAt": row.created_at,
                "direction": row.direction,
                "seat": f"urn:li:seat:{row.seat_id}",
                "prospect": prospect,
                "sender": holder if outbound else prospect,
                "recipient": prospect if outbound else holder,
                "subject": row.subject,
                "body": row.body,
            }
        )
    return finder_page(request, elements, start, count)


@router.get("/prospectNotes")
def prospect_notes(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    """`q=criteria&contract=URN[&owners=SEAT,...][&cutoffDate=MS][&beforeDate=MS]`."""
    if request.query_params.get("q") != "criteria":
        raise ApiError(400, "Use q=criteria&contract=urn:li:contract:N")
    contract = required_param(request, "contract")
    owners = _owners(request)
    after = optional_ms(request, "cutoffDate")
    before = optional_ms(request, "beforeDate")
    start, count = paging_params(request)
    with sandbox.store.read() as conn:
        contract_id = _contract_of(conn, app, contract)
        holders = {s.id: s.member_id for s in seats_on_contract(conn, contract_id)}
        query = (
            select(db.prospect_notes)
            .where(db.prospect_notes.c.seat_id.in_(list(holders)))
            .where(db.prospect_notes.c.shared.is_(True))
            .order_by(db.prospect_notes.c.modified_at, db.prospect_notes.c.id)
        )
        rows = list(conn.execute(query))
    elements = [
        {
            "id": f"urn:li:prospectNote:{row.id}",
            "contract": contract,
            "owner": f"urn:li:seat:{row.seat_id}",
            "ownerMember": _person(holders[row.seat_id]),
            "prospect": _person(row.member_id),
            "note": row.text,
            "created": row.created_at,
            "lastModified": row.modified_at,
            "active": bool(row.active),
        }
        for row in rows
        if (owners is None or row.seat_id in owners)
        and (after is None or row.modified_at >= after)
        and (before is None or row.modified_at < before)
    ]
    return finder_page(request, elements, start, count)


@router.get("/mailStubs")
def mail_stubs(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    """`q=contract&contract=URN[&owners=SEAT,...][&createdDateStart=MS][&createdDateEnd=MS]`."""
    if request.query_params.get("q") != "contract":
        raise ApiError(400, "Use q=contract&contract=urn:li:contract:N")
    contract = required_param(request, "contract")
    owners = _owners(request)
    after = optional_ms(request, "createdDateStart")
    before = optional_ms(request, "createdDateEnd")
    start, count = paging_params(request)
    with sandbox.store.read() as conn:
        contract_id = _contract_of(conn, app, contract)
        seat_ids = [s.id for s in seats_on_contract(conn, contract_id)]
        query = (
            select(db.mail_stubs)
            .where(db.mail_stubs.c.seat_id.in_(seat_ids))
            .order_by(db.mail_stubs.c.created_at, db.mail_stubs.c.id)
        )
        elements = []
        for row in conn.execute(query):
            if owners is not None and row.seat_id not in owners:
                continue
            if (after is not None and row.created_at < after) or (
                before is not None and row.created_at >= before
            ):
                continue
            member = member_by_id(conn, row.member_id)
            if member is None:
                continue
            elements.append(
                {
                    "id": f"urn:li:mailStub:{row.id}",
                    "contract": contract,
                    "owner": f"urn:li:seat:{row.seat_id}",
                    "prospect": member.urn,
                    "firstName": member.first_name,
                    "lastName": member.last_name,
                    "headline": member.headline,
                    "profileUrl": member.profile_url,
                    "emailAddress": row.email,
                    "createdAt": row.created_at,
                }
            )
    return finder_page(request, elements, start, count)


@router.get("/seatsV2")
def seats(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    """`q=attributes&contracts=URN[&active=true]`: the contract's seat holders."""
    if request.query_params.get("q") != "attributes":
        raise ApiError(400, "Use q=attributes&contracts=urn:li:contract:N")
    contracts = [c for v in request.query_params.getlist("contracts") for c in v.split(",") if c]
    if not contracts:
        raise ApiError(400, "The query parameter contracts is required")
    active_only = request.query_params.get("active", "").lower() == "true"
    start, count = paging_params(request)
    elements = []
    with sandbox.store.read() as conn:
        for contract in contracts:
            contract_id = _contract_of(conn, app, contract)
            for seat in seats_on_contract(conn, contract_id):
                if active_only and not seat.active:
                    continue
                holder = member_by_id(conn, seat.member_id)
                elements.append(
                    {
                        "id": seat.urn,
                        "contract": contract,
                        "seatHolder": _person(seat.member_id),
                        "firstName": None if holder is None else holder.first_name,
                        "lastName": None if holder is None else holder.last_name,
                        "emailAddress": None if holder is None else holder.email,
                        "role": seat.role,
                        "active": seat.active,
                    }
                )
    return finder_page(request, elements, start, count)
