"""Enumerations of the domain, as they travel on the wire (lower snake_case strings)."""

from enum import StrEnum


class OrgRole(StrEnum):
    """A user's role in the organisation."""

    ADMIN = "admin"
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"


class JobRoleKind(StrEnum):
    """A role a user holds on one job."""

    HIRING_MANAGER = "hiring_manager"
    RECRUITER = "recruiter"
    INTERVIEWER = "interviewer"


class JobStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


class ApplicationStatus(StrEnum):
    ACTIVE = "active"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    HIRED = "hired"


class StageChangeAction(StrEnum):
    """What a row of an application's history records."""

    CREATED = "created"
    MOVED = "moved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    HIRED = "hired"


class Recommendation(StrEnum):
    STRONG_NO = "strong_no"
    NO = "no"
    YES = "yes"
    STRONG_YES = "strong_yes"


class SyncEntity(StrEnum):
    """The entity names of the sync feed (stable)."""

    USER = "user"
    JOB = "job"
    STAGE = "stage"
    JOB_ROLE = "job_role"
    CANDIDATE = "candidate"
    APPLICATION = "application"
    STAGE_CHANGE = "stage_change"
    TALENT_POOL = "talent_pool"
    POOL_MEMBER = "pool_member"
    NOTE = "note"
    FEEDBACK = "feedback"
    LINKEDIN_INTEGRATION = "linkedin_integration"
    LINKEDIN_LINK = "linkedin_link"
    INMAIL_MESSAGE = "inmail_message"
    LINKEDIN_NOTE = "linkedin_note"


class ChangeOp(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class FeedShape(StrEnum):
    """How a page of the pull feed spells its changes (stable).

    `changes`: one object a change, `data` an object of named fields (DESIGN.md).
    `rows`: one array a change, `data` an array of values in the order the page's `fields`
    give for its entity; the same content in about half the bytes, which a client can write
    to its tables without building an object a row (the desktop's first sync)."""

    CHANGES = "changes"
    ROWS = "rows"


class MutationStatus(StrEnum):
    APPLIED = "applied"
    CONFLICT = "conflict"
    REJECTED = "rejected"


# The stages every new job starts with; Prospect is always first.
DEFAULT_STAGES: tuple[str, ...] = ("Prospect", "Screening", "Interview", "Offer", "Hired")
PROSPECT = "Prospect"


# --- LinkedIn Recruiter System Connect -------------------------------------------------------


class LinkedInState(StrEnum):
    """Where the organisation's LinkedIn setup stands (the wizard's steps, in order)."""

    NOT_CONNECTED = "not_connected"
    # An admin started the LinkedIn sign-in; the browser has not come back yet.
    SIGNING_IN = "signing_in"
    # Signed in, with seats on several contracts: an admin chooses one.
    CHOOSE_CONTRACT = "choose_contract"
    # Signed in, contract chosen: Recruiter System Connect can be requested.
    CONNECTED = "connected"
    # Requested; LinkedIn's widget shows "Notify partner".
    REQUESTED = "requested"
    # "Partner ready": a Recruiter admin enables a level in Recruiter's Admin settings > ATS.
    PARTNER_READY = "partner_ready"
    ENABLED = "enabled"
    # LinkedIn turned the integration off (Recruiter's Admin settings > ATS).
    DISABLED = "disabled"


class LinkedInLevel(StrEnum):
    COMPANY = "company"
    CONTRACT = "contract"


class LinkedInFeature(StrEnum):
    """What the integration offers; company level gives the first three."""

    ONE_CLICK_EXPORT = "one_click_export"
    IN_ATS_INDICATOR = "in_ats_indicator"
    PROFILE_WIDGET = "profile_widget"
    INMAIL_HISTORY = "inmail_history"
    NOTES_HISTORY = "notes_history"
    STUB_PROFILES = "stub_profiles"


COMPANY_FEATURES: tuple[LinkedInFeature, ...] = (
    LinkedInFeature.ONE_CLICK_EXPORT,
    LinkedInFeature.IN_ATS_INDICATOR,
    LinkedInFeature.PROFILE_WIDGET,
)
CONTRACT_FEATURES: tuple[LinkedInFeature, ...] = (
    *COMPANY_FEATURES,
    LinkedInFeature.INMAIL_HISTORY,
    LinkedInFeature.NOTES_HISTORY,
    LinkedInFeature.STUB_PROFILES,
)


class HistorySyncState(StrEnum):
    """The first full sync of history after the integration is enabled."""

    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class MatchedBy(StrEnum):
    """How a candidate came to be linked to a LinkedIn member."""

    EMAIL = "email"
    MEMBER_ID = "member_id"
    # A person picked the member (from the name suggestions or by id).
    USER = "user"
    EXPORT = "export"
    INMAIL_STUB = "inmail_stub"


class ProfileOutcome(StrEnum):
    """What the candidate's LinkedIn tab shows."""

    LINKED = "linked"
    SUGGESTIONS = "suggestions"
    NO_MATCH = "no_match"


class InMailDirection(StrEnum):
    # From the seat holder to the candidate, or the candidate's answer.
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class LinkedInEventOutcome(StrEnum):
    """What the server did with one push from LinkedIn (the admins' event list)."""

    ACCEPTED = "accepted"
    REFUSED = "refused"
    FAILED = "failed"
