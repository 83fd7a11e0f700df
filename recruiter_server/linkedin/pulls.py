"""Contract level: the Recruiter seats (`seatsV2`), InMail history (`conversationEvents`, read
per seat in windows of at most 12 hours), notes history (`prospectNotes`) and InMail stub
profiles (`mailStubs`), pulled every two hours (RECRUITER_LINKEDIN_PULL_MINUTES) and on demand.

LinkedIn gives only what was shared with the organisation. What it gives is kept privately
as it came; what concerns linked candidates is then published to users (domain/linkedin/
history.py), and each stub profile becomes a candidate in the system LinkedIn pool.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from recruiter_api.enums import InMailDirection, LinkedInFeature
from recruiter_api.linkedin import PullResult
from recruiter_server.db.models import (
    LinkedInInMailEvent,
    LinkedInMailStub,
    LinkedInProspectNote,
    LinkedInSeat,
)
from recruiter_server.db.types import utcnow
from recruiter_server.domain.linkedin.history import publish
from recruiter_server.domain.linkedin.intake import Stub, accept_stub
from recruiter_server.domain.linkedin.integration import ensure_feature, integration
from recruiter_server.linkedin.context import Context

WINDOW_MS = 12 * 3600 * 1000


def _person_id(urn: Any) -> str:
    return str(urn or "").removeprefix("urn:li:person:")


def _at(ms: Any) -> datetime:
    return datetime.fromtimestamp(int(ms) / 1000, tz=UTC)


def pull(ctx: Context) -> PullResult:
    """One pull of everything contract level gives; FeatureOff in words at company level."""
    with ctx.db.read_session() as session:
        row = ensure_feature(session, LinkedInFeature.INMAIL_HISTORY)
        contract = row.contract_urn or ""
        credentials = ctx.app_credentials(session)
    now_ms = int(utcnow().timestamp() * 1000)
    history_start = now_ms - ctx.settings.linkedin_history_days * 86_400_000
    seats = ctx.client.finder(
        "/v2/seatsV2",
        app=credentials,
        params={"q": "attributes", "contracts": contract},
        what="list the Recruiter seats",
    )
    with ctx.db.write_session() as session:
        for seat in seats:
            row_seat = session.get(LinkedInSeat, seat["id"]) or LinkedInSeat(seat_urn=seat["id"])
            session.add(row_seat)
            row_seat.member_id = _person_id(seat.get("seatHolder"))
            row_seat.first_name = seat.get("firstName") or ""
            row_seat.last_name = seat.get("lastName") or ""
            row_seat.email = seat.get("emailAddress")
            row_seat.role = seat.get("role") or ""
            row_seat.active = bool(seat.get("active", True))
        session.commit()
        read_from = {
            s.seat_urn: s.inmails_read_until for s in session.scalars(select(LinkedInSeat))
        }
    inmails = 0
    for seat_urn, until in read_from.items():
        start = max(until, history_start)
        while start < now_ms:
            end = min(start + WINDOW_MS, now_ms)
            events = ctx.client.finder(
                "/v2/conversationEvents",
                app=credentials,
                params={
                    "q": "criteria",
                    "viewer": seat_urn,
                    "timeRange.start": start,
                    "timeRange.end": end,
                },
                what="read InMail history",
            )
            inmails += _store_inmails(ctx, seat_urn, events, end)
            start = end
    notes = ctx.client.finder(
        "/v2/prospectNotes",
        app=credentials,
        params={"q": "criteria", "contract": contract, "cutoffDate": history_start},
        what="read notes history",
    )
    stubs = ctx.client.finder(
        "/v2/mailStubs",
        app=credentials,
        params={"q": "contract", "contract": contract, "createdDateStart": history_start},
        what="read InMail stub profiles",
    )
    created = 0
    with ctx.db.write_session() as session:
        for note in notes:
            _store_note(session, note)
        session.flush()
        for stub in stubs:
            created += _store_stub(session, stub)
        publish(session)
        integration(session, lock=True).last_pull_at = utcnow()
        session.commit()
    return PullResult(
        inmails=inmails,
        notes=len(notes),
        stub_profiles=len(stubs),
        candidates_created=created,
        message=(
            f"Read {inmails} new InMails, {len(notes)} notes and {len(stubs)} stub profiles "
            f"from LinkedIn; {created} new candidates in the LinkedIn pool."
        ),
    )


def _store_inmails(ctx: Context, seat_urn: str, events: list[dict[str, Any]], until: int) -> int:
    new = 0
    with ctx.db.write_session() as session:
        for event in events:
            row = session.get(LinkedInInMailEvent, event["id"])
            if row is None:
                row = LinkedInInMailEvent(event_urn=event["id"])
                session.add(row)
                new += 1
            row.thread_urn = str(event.get("thread") or "")
            row.seat_urn = str(event.get("seat") or seat_urn)
            row.member_id = _person_id(event.get("prospect"))
            row.direction = (
                InMailDirection.INBOUND.value
                if event.get("direction") == "INBOUND"
                else InMailDirection.OUTBOUND.value
            )
            row.subject = event.get("subject")
            row.body = str(event.get("body") or "")
            row.sent_at = _at(event.get("createdAt", 0))
        seat = session.get(LinkedInSeat, seat_urn)
        if seat is not None:
            seat.inmails_read_until = until
        session.commit()
    return new


def _store_note(session: Any, note: dict[str, Any]) -> None:
    row = session.get(LinkedInProspectNote, note["id"])
    if row is None:
        row = LinkedInProspectNote(note_urn=note["id"])
        session.add(row)
    row.seat_urn = str(note.get("owner") or "")
    row.author_member_id = _person_id(note.get("ownerMember")) or None
    row.member_id = _person_id(note.get("prospect"))
    row.text = str(note.get("note") or "")
    row.active = bool(note.get("active", True))
    row.created_at = _at(note.get("created", 0))
    row.modified_at = _at(note.get("lastModified", note.get("created", 0)))


def _store_stub(session: Any, stub: dict[str, Any]) -> int:
    row = session.get(LinkedInMailStub, stub["id"])
    if row is None:
        row = LinkedInMailStub(stub_urn=stub["id"])
        session.add(row)
    row.seat_urn = str(stub.get("owner") or "")
    row.member_id = _person_id(stub.get("prospect"))
    row.email = stub.get("emailAddress")
    row.created_at = _at(stub.get("createdAt", 0))
    candidate, created = accept_stub(
        session,
        Stub(
            member_id=row.member_id,
            first_name=str(stub.get("firstName") or ""),
            last_name=str(stub.get("lastName") or ""),
            headline=str(stub.get("headline") or ""),
            profile_url=stub.get("profileUrl"),
            email=row.email,
        ),
        utcnow(),
    )
    row.candidate_id = candidate.id
    return int(created)


def due(ctx: Context) -> bool:
    """Whether the scheduled pull is due (contract level, and the last one long enough ago)."""
    with ctx.db.read_session() as session:
        row = integration(session)
        if LinkedInFeature.INMAIL_HISTORY.value not in row.features or row.state != "enabled":
            return False
        last = row.last_pull_at
    return last is None or utcnow() - last >= timedelta(minutes=ctx.settings.linkedin_pull_minutes)
