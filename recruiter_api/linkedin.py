"""The LinkedIn Recruiter integration on the wire: its synced entities (`linkedin_integration`,
`linkedin_link`, `inmail_message`, `linkedin_note`) and the bodies of /api/v1/linkedin.

Field names of the entities are the server's columns one to one, as for every entity.
"""

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, Field

from recruiter_api.entities import EntityBase
from recruiter_api.enums import (
    HistorySyncState,
    InMailDirection,
    LinkedInEventOutcome,
    LinkedInFeature,
    LinkedInLevel,
    LinkedInState,
    MatchedBy,
    ProfileOutcome,
)
from recruiter_api.requests import MemberId, Strict

# --- Synced entities ---------------------------------------------------------------------


class LinkedInContract(BaseModel):
    """A Recruiter contract the connecting admin holds a seat on."""

    contract: str
    name: str
    organization: str | None = None
    seat: str | None = None
    role: str | None = None


class LinkedInIntegration(EntityBase):
    """The organisation's connection to LinkedIn Recruiter: one row, seen by everyone."""

    state: LinkedInState
    level: LinkedInLevel | None
    features: list[LinkedInFeature]
    contracts: list[LinkedInContract]
    contract_urn: str | None
    contract_name: str | None
    organization_urn: str | None
    connected_by_id: UUID | None
    connected_member_name: str | None
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


class LinkedInLink(EntityBase):
    """A candidate linked to a LinkedIn member: how, by whom, when; the profile as last read."""

    candidate_id: UUID
    member_id: str
    matched_by: MatchedBy
    linked_by_id: UUID | None
    linked_at: datetime
    first_name: str
    last_name: str
    headline: str
    location: str
    profile_url: str | None


class InMailMessage(EntityBase):
    """One InMail between a Recruiter seat holder and the candidate. `full` rows carry the
    text and reach only the seat holder; everyone else gets the row without subject and body
    (who and when)."""

    candidate_id: UUID
    event_urn: str
    full: bool
    thread_urn: str
    seat_urn: str
    direction: InMailDirection
    sent_at: datetime
    correspondent_name: str
    correspondent_user_id: UUID | None
    subject: str | None
    body: str | None


class LinkedInNote(EntityBase):
    """A note about the candidate that someone wrote in LinkedIn Recruiter and shared."""

    candidate_id: UUID
    note_urn: str
    author_name: str
    author_user_id: UUID | None
    text: str
    created_at: datetime
    modified_at: datetime


# --- REST --------------------------------------------------------------------------------


class AuthorizationStart(BaseModel):
    """Open `authorization_url` in a browser; LinkedIn sends it back to the server."""

    authorization_url: str
    state: str
    expires_at: datetime


class ContractChoice(Strict):
    contract: Annotated[str, Field(min_length=1, max_length=100)]


class LinkedInEvent(BaseModel):
    """One push from LinkedIn and what the server did with it, in words."""

    id: UUID
    received_at: datetime
    type: str
    event_id: str | None
    outcome: LinkedInEventOutcome
    message: str
    candidate_id: UUID | None
    job_id: UUID | None
    application_id: UUID | None


class OutboxStatus(BaseModel):
    """The In-ATS indicator push: what waits, what failed, what was sent."""

    pending: int
    failing: int
    sent_records: int
    last_error: str | None


class UserConnection(BaseModel):
    """The signed-in user's own LinkedIn account, mapped to their Recruiter seat."""

    connected: bool
    member_id: str | None = None
    name: str | None = None
    email: str | None = None
    seat: str | None = Field(
        default=None, description="Their seat on the organisation's contract, if they hold one"
    )
    connected_at: datetime | None = None
    # Features need both the organisation's and the user's connection.
    features: list[LinkedInFeature] = []
    message: str


class LinkedInProfile(BaseModel):
    member_id: str
    first_name: str
    last_name: str
    headline: str
    location: str
    profile_url: str | None
    current_title: str | None = None
    current_company: str | None = None


class ProfileLookup(BaseModel):
    """The candidate's LinkedIn tab: linked (exact match or a person's link), name
    suggestions, or no match; `message` says which in words."""

    outcome: ProfileOutcome
    message: str
    link: LinkedInLink | None = None
    profile: LinkedInProfile | None = None
    suggestions: list[LinkedInProfile] = []


class RecruiterProject(BaseModel):
    id: int
    name: str
    candidates: int


class SaveToProject(Strict):
    project_id: Annotated[int, Field(ge=1)]


class ProjectSave(BaseModel):
    project_id: int
    member_id: str
    added: bool = Field(description="False when the member was in the project already")


class CandidateHistory(BaseModel):
    """Contract-level history of a candidate, as the caller may see it."""

    features: list[LinkedInFeature]
    inmails: list[InMailMessage]
    notes: list[LinkedInNote]
    message: str | None = None


class PullResult(BaseModel):
    inmails: int
    notes: int
    stub_profiles: int
    candidates_created: int
    message: str


class PushResult(BaseModel):
    sent: int
    deleted: int
    failed: int
    message: str


class LinkProfile(Strict):
    """Args of the `linkedin.link_profile` mutation."""

    member_id: MemberId
