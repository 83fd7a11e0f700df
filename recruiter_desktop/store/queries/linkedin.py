"""The LinkedIn integration as the cache holds it: the organisation's setup, a candidate's
link to their LinkedIn profile, and at contract level their InMails and LinkedIn notes.

The rows are the server's as synced: the InMails are those the server lets the signed-in user
see (their own conversations in full, other people's as who and when), never more. Members
of the system LinkedIn talent pool are read with queries/pools.py (`pools` marks the pool
with system_key "linkedin"; `pool_members` lists it like any other).
"""

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from recruiter_api.enums import (
    HistorySyncState,
    InMailDirection,
    JobRoleKind,
    LinkedInFeature,
    LinkedInLevel,
    LinkedInState,
    MatchedBy,
    OrgRole,
)
from recruiter_api.sync import LINK_PROFILE, UNLINK_PROFILE
from recruiter_desktop.store import sync_state
from recruiter_desktop.store.queries.common import (
    Page,
    check_page,
    parse_time,
    person,
    snapshot,
    time_or_none,
)

# --- The organisation's setup ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Contract:
    """A Recruiter contract the connecting admin holds a seat on."""

    contract: str
    name: str
    organization: str | None
    seat: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class IntegrationState:
    """The organisation's LinkedIn setup as last synced: the wizard's step (`state`), the
    level and features LinkedIn enabled, the contract, and the first full history sync."""

    state: LinkedInState
    level: LinkedInLevel | None
    features: frozenset[LinkedInFeature]
    contracts: tuple[Contract, ...]
    contract_urn: str | None
    contract_name: str | None
    organization_urn: str | None
    connected_by_id: str | None
    connected_by: str | None  # the admin's name; None when not connected or not cached
    connected_member_name: str | None  # the admin's name on LinkedIn
    connected_at: datetime | None
    requested_at: datetime | None
    enabled_at: datetime | None
    history_state: HistorySyncState
    history_done: int
    history_total: int
    history_started_at: datetime | None
    history_finished_at: datetime | None
    history_message: str | None
    last_pull_at: datetime | None
    last_error: str | None
    updated_at: datetime

    def gives(self, feature: LinkedInFeature) -> bool:
        """Whether the integration is enabled with `feature` (as the server decides)."""
        return self.state is LinkedInState.ENABLED and feature in self.features


_INTEGRATION_SQL = (
    "SELECT i.state, i.level, i.features, i.contracts, i.contract_urn, i.contract_name,"
    " i.organization_urn, i.connected_by_id, u.first_name, u.last_name,"
    " i.connected_member_name, i.connected_at, i.requested_at, i.enabled_at, i.history_state,"
    " i.history_done, i.history_total, i.history_started_at, i.history_finished_at,"
    " i.history_message, i.last_pull_at, i.last_error, i.updated_at"
    " FROM linkedin_integrations AS i LEFT JOIN users AS u ON u.id = i.connected_by_id"
    " ORDER BY i.rowid LIMIT 1"
)


def integration(conn: sqlite3.Connection) -> IntegrationState | None:
    """The organisation's LinkedIn setup; None before the first sync brought it."""
    row = conn.execute(_INTEGRATION_SQL).fetchone()
    if row is None:
        return None
    (
        state,
        level,
        features,
        contracts,
        contract_urn,
        contract_name,
        organization_urn,
        connected_by_id,
        first,
        last,
        member_name,
        connected_at,
        requested_at,
        enabled_at,
        history_state,
        history_done,
        history_total,
        history_started_at,
        history_finished_at,
        history_message,
        last_pull_at,
        last_error,
        updated_at,
    ) = row
    return IntegrationState(
        state=LinkedInState(state),
        level=None if level is None else LinkedInLevel(level),
        features=frozenset(LinkedInFeature(f) for f in json.loads(features)),
        contracts=tuple(
            Contract(c["contract"], c["name"], c.get("organization"), c.get("seat"), c.get("role"))
            for c in json.loads(contracts)
        ),
        contract_urn=contract_urn,
        contract_name=contract_name,
        organization_urn=organization_urn,
        connected_by_id=connected_by_id,
        connected_by=person(first, last),
        connected_member_name=member_name,
        connected_at=time_or_none(connected_at),
        requested_at=time_or_none(requested_at),
        enabled_at=time_or_none(enabled_at),
        history_state=HistorySyncState(history_state),
        history_done=history_done,
        history_total=history_total,
        history_started_at=time_or_none(history_started_at),
        history_finished_at=time_or_none(history_finished_at),
        history_message=history_message,
        last_pull_at=time_or_none(last_pull_at),
        last_error=last_error,
        updated_at=parse_time(updated_at),
    )


# --- A candidate's link ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CandidateLink:
    """A candidate's link to a LinkedIn member and the profile as last read (empty names
    until the server has read it; the profile the user chose while their link waits).
    `pending`: a link or unlink made here waits for the server."""

    id: str
    version: int
    candidate_id: str
    member_id: str
    matched_by: MatchedBy
    linked_by_id: str | None
    linked_by: str | None  # the user's name; None for LinkedIn's own exact matches
    linked_at: datetime
    first_name: str
    last_name: str
    headline: str
    location: str
    profile_url: str | None
    pending: bool

    @property
    def name(self) -> str:
        """The member's name as last read ("" when not read yet)."""
        return f"{self.first_name} {self.last_name}".strip()


_LINK_SQL = (
    "SELECT l.id, l.version, l.candidate_id, l.member_id, l.matched_by, l.linked_by_id,"
    " u.first_name, u.last_name, l.linked_at, l.first_name, l.last_name, l.headline,"
    " l.location, l.profile_url,"
    " EXISTS (SELECT 1 FROM outbox AS o WHERE o.entity_id = l.candidate_id"
    "  AND o.type IN (?, ?))"
    " FROM linkedin_links AS l LEFT JOIN users AS u ON u.id = l.linked_by_id"
    " WHERE l.candidate_id = ? ORDER BY l.rowid LIMIT 1"
)


def candidate_link(conn: sqlite3.Connection, candidate_id: str) -> CandidateLink | None:
    """The candidate's LinkedIn link; None when they are not linked (or an unlink made here
    waits for the server)."""
    row = conn.execute(_LINK_SQL, (LINK_PROFILE, UNLINK_PROFILE, candidate_id)).fetchone()
    if row is None:
        return None
    (
        link_id,
        version,
        cid,
        member_id,
        matched_by,
        linked_by_id,
        first,
        last,
        linked_at,
        member_first,
        member_last,
        headline,
        location,
        profile_url,
        pending,
    ) = row
    return CandidateLink(
        id=link_id,
        version=version,
        candidate_id=cid,
        member_id=member_id,
        matched_by=MatchedBy(matched_by),
        linked_by_id=linked_by_id,
        linked_by=person(first, last),
        linked_at=parse_time(linked_at),
        first_name=member_first,
        last_name=member_last,
        headline=headline,
        location=location,
        profile_url=profile_url,
        pending=bool(pending),
    )


_STAFF = (OrgRole.ADMIN.value, OrgRole.RECRUITER.value)
_MANAGING = (JobRoleKind.HIRING_MANAGER.value, JobRoleKind.RECRUITER.value)


def link_refusal(conn: sqlite3.Connection, candidate_id: str) -> str | None:
    """Why the signed-in user may not link or unlink this candidate's LinkedIn profile, in
    words; None when they may as far as the cache tells (the server also wants the user's
    own LinkedIn account connected: services.linkedin says whether it is)."""
    state = integration(conn)
    if state is None or not state.gives(LinkedInFeature.PROFILE_WIDGET):
        return (
            "Linking LinkedIn profiles needs the LinkedIn integration, which is not enabled; "
            "an admin sets it up in Admin settings > LinkedIn integration."
        )
    who = sync_state.identity(conn)
    if who is None or who.role in _STAFF:
        return None
    managing = conn.execute(
        "SELECT 1 FROM job_roles AS r JOIN applications AS a ON a.job_id = r.job_id"
        " WHERE a.candidate_id = ? AND r.user_id = ? AND r.role IN (?, ?) LIMIT 1",
        (candidate_id, who.user_id, *_MANAGING),
    ).fetchone()
    if managing is None:
        return (
            "Only admins, recruiters and the hiring managers of the candidate's jobs may "
            "link or unlink a LinkedIn profile."
        )
    return None


# --- Contract-level history -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InMailEntry:
    """One InMail between a Recruiter seat holder (`correspondent_name`) and the candidate.
    `full` rows are the signed-in user's own and carry the subject and body; the others
    are who and when only (subject and body None)."""

    id: str
    thread_urn: str
    seat_urn: str
    direction: InMailDirection
    sent_at: datetime
    correspondent_name: str
    correspondent_user_id: str | None
    full: bool
    subject: str | None
    body: str | None


def candidate_inmails(
    conn: sqlite3.Connection, candidate_id: str, *, limit: int = 20, offset: int = 0
) -> Page[InMailEntry]:
    """A page of the InMails with a candidate, newest first."""
    check_page(limit, offset)
    with snapshot(conn):
        total = conn.execute(
            "SELECT count(*) FROM inmail_messages WHERE candidate_id = ?", (candidate_id,)
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT id, thread_urn, seat_urn, direction, sent_at, correspondent_name,"
            " correspondent_user_id, full, subject, body FROM inmail_messages"
            " WHERE candidate_id = ? ORDER BY sent_at DESC, rowid DESC LIMIT ? OFFSET ?",
            (candidate_id, limit, offset),
        ).fetchall()
    entries = tuple(
        InMailEntry(
            mid,
            thread,
            seat,
            InMailDirection(direction),
            parse_time(sent),
            name,
            user_id,
            bool(full),
            subject,
            body,
        )
        for mid, thread, seat, direction, sent, name, user_id, full, subject, body in rows
    )
    return Page(entries, total, offset, limit)


@dataclass(frozen=True, slots=True)
class LinkedInNoteEntry:
    """A note about the candidate written in LinkedIn Recruiter and shared there."""

    id: str
    author_name: str
    author_user_id: str | None  # when the author's seat belongs to a user of the organisation
    text: str
    created_at: datetime
    modified_at: datetime


def candidate_linkedin_notes(
    conn: sqlite3.Connection, candidate_id: str, *, limit: int = 20, offset: int = 0
) -> Page[LinkedInNoteEntry]:
    """A page of the LinkedIn notes on a candidate, newest first."""
    check_page(limit, offset)
    with snapshot(conn):
        total = conn.execute(
            "SELECT count(*) FROM linkedin_notes WHERE candidate_id = ?", (candidate_id,)
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT id, author_name, author_user_id, text, created_at, modified_at"
            " FROM linkedin_notes WHERE candidate_id = ?"
            " ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?",
            (candidate_id, limit, offset),
        ).fetchall()
    notes = tuple(
        LinkedInNoteEntry(nid, author, user_id, text, parse_time(created), parse_time(modified))
        for nid, author, user_id, text, created, modified in rows
    )
    return Page(notes, total, offset, limit)
