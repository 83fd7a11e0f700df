"""InMail history and notes history shown to users: published from the private copies of
what LinkedIn gave (`linkedin_inmail_events`, `linkedin_prospect_notes`) for the candidates
linked to a member, at contract level only.

Each InMail becomes a who-and-when row that everyone who sees the candidate receives and, when
the Recruiter seat that exchanged it belongs to an ATS user, a full row (subject and body) for
that user alone. A published row never changes its audience: when the candidate or the seat's
user changes, it is deleted (a tombstone for those who had it) and made again with a new id.
"""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruiter_api.enums import LinkedInFeature
from recruiter_server.db.models import (
    Candidate,
    InMailMessage,
    LinkedInInMailEvent,
    LinkedInNote,
    LinkedInProspectNote,
    LinkedInSeat,
)
from recruiter_server.domain.linkedin.integration import integration, is_on, seat_owners

# Columns that decide who receives a row: a change makes a new row.
_INMAIL_AUDIENCE = ("candidate_id", "correspondent_user_id")
_NOTE_AUDIENCE = ("candidate_id",)


def publish(session: Session, member_ids: Iterable[str] | None = None) -> None:
    """Bring the published InMails and notes in step (of these members, or of everyone)."""
    members = None if member_ids is None else sorted(set(member_ids))
    if members == []:
        return
    row = integration(session)
    stmt = select(Candidate.linkedin_member_id, Candidate.id).where(
        Candidate.linkedin_member_id.is_not(None)
    )
    if members is not None:
        stmt = stmt.where(Candidate.linkedin_member_id.in_(members))
    candidate_of: dict[str, Any] = {m: c for m, c in session.execute(stmt) if m is not None}
    names = {
        seat.seat_urn: f"{seat.first_name} {seat.last_name}".strip()
        for seat in session.scalars(select(LinkedInSeat))
    }
    owners = seat_owners(session, row.contract_urn)
    for step, feature in (
        (_publish_inmails, LinkedInFeature.INMAIL_HISTORY),
        (_publish_notes, LinkedInFeature.NOTES_HISTORY),
    ):
        step(
            session,
            members=members,
            candidate_of=candidate_of,
            names=names,
            owners=owners,
            on=is_on(row, feature),
        )


def _publish_inmails(
    session: Session,
    *,
    members: list[str] | None,
    candidate_of: dict[str, Any],
    names: dict[str, str],
    owners: dict[str, Any],
    on: bool,
) -> None:
    events = select(LinkedInInMailEvent)
    if members is not None:
        events = events.where(LinkedInInMailEvent.member_id.in_(members))
    wanted: dict[tuple[str, bool], dict[str, Any]] = {}
    for event in session.scalars(events) if on else ():
        candidate_id = candidate_of.get(event.member_id)
        if candidate_id is None:
            continue
        owner = owners.get(event.seat_urn)
        base = {
            "candidate_id": candidate_id,
            "thread_urn": event.thread_urn,
            "seat_urn": event.seat_urn,
            "direction": event.direction,
            "sent_at": event.sent_at,
            "correspondent_name": names.get(event.seat_urn, ""),
            "correspondent_user_id": owner,
        }
        wanted[(event.event_urn, False)] = {**base, "subject": None, "body": None}
        if owner is not None:
            wanted[(event.event_urn, True)] = {
                **base,
                "subject": event.subject,
                "body": event.body,
            }
    current = select(InMailMessage)
    if members is not None:
        current = current.where(
            InMailMessage.event_urn.in_(
                select(LinkedInInMailEvent.event_urn).where(
                    LinkedInInMailEvent.member_id.in_(members)
                )
            )
        )
    have = {(m.event_urn, m.full): m for m in session.scalars(current)}
    _converge(
        session,
        have=have,
        wanted=wanted,
        audience=_INMAIL_AUDIENCE,
        make=lambda key, values: InMailMessage(event_urn=key[0], full=key[1], **values),
    )


def _publish_notes(
    session: Session,
    *,
    members: list[str] | None,
    candidate_of: dict[str, Any],
    names: dict[str, str],
    owners: dict[str, Any],
    on: bool,
) -> None:
    notes = select(LinkedInProspectNote).where(LinkedInProspectNote.active.is_(True))
    if members is not None:
        notes = notes.where(LinkedInProspectNote.member_id.in_(members))
    wanted: dict[str, dict[str, Any]] = {}
    for note in session.scalars(notes) if on else ():
        candidate_id = candidate_of.get(note.member_id)
        if candidate_id is None:
            continue
        wanted[note.note_urn] = {
            "candidate_id": candidate_id,
            "author_name": names.get(note.seat_urn, ""),
            "author_user_id": owners.get(note.seat_urn),
            "text": note.text,
            "created_at": note.created_at,
            "modified_at": note.modified_at,
        }
    current = select(LinkedInNote)
    if members is not None:
        current = current.where(
            LinkedInNote.note_urn.in_(
                select(LinkedInProspectNote.note_urn).where(
                    LinkedInProspectNote.member_id.in_(members)
                )
            )
        )
    have = {n.note_urn: n for n in session.scalars(current)}
    _converge(
        session,
        have=have,
        wanted=wanted,
        audience=_NOTE_AUDIENCE,
        make=lambda key, values: LinkedInNote(note_urn=key, **values),
    )


def _converge(
    session: Session,
    *,
    have: dict[Any, Any],
    wanted: dict[Any, dict[str, Any]],
    audience: tuple[str, ...],
    make: Any,
) -> None:
    """Insert, update and delete published rows so that they are `wanted`."""
    gone = [row for key, row in have.items() if key not in wanted]
    remade: list[Any] = []
    for key, values in wanted.items():
        row = have.get(key)
        if row is None:
            remade.append(key)
        elif any(getattr(row, name) != values[name] for name in audience):
            gone.append(row)
            remade.append(key)
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
    for row in gone:
        session.delete(row)
    # The deletes first: a remade row takes the same unique key.
    session.flush()
    for key in remade:
        session.add(make(key, wanted[key]))
    session.flush()
