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
