"""Bodies of the REST endpoints an admin or a script calls."""

from typing import Annotated
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field, StringConstraints

from recruiter_api.enums import JobRoleKind, OrgRole, Recommendation


def _no_nul(value: str) -> str:
    # PostgreSQL cannot store NUL in text, and no person types one: refuse it at the door.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


NoNul = AfterValidator(_no_nul)


def _limits(min_length: int, max_length: int, *, strip: bool = True) -> StringConstraints:
    return StringConstraints(strip_whitespace=strip, min_length=min_length, max_length=max_length)


Name = Annotated[str, _limits(1, 200), NoNul]
ShortText = Annotated[str, _limits(0, 200), NoNul]
LongText = Annotated[str, _limits(0, 20_000, strip=False), NoNul]
Tag = Annotated[str, _limits(1, 60), NoNul]
Password = Annotated[str, _limits(4, 200, strip=False), NoNul]
Code = Annotated[str, _limits(1, 40), NoNul]
Phone = Annotated[str, _limits(0, 40), NoNul]
MemberId = Annotated[str, _limits(1, 100), NoNul]
Reason = Annotated[str, _limits(1, 500), NoNul]
NoteBody = Annotated[str, _limits(1, 20_000), NoNul]
# Free text typed into a search box or a form field that is not stored.
Query = Annotated[str, _limits(0, 200), NoNul]


class Strict(BaseModel):
    """Unknown fields are an error: a typo must not be silently dropped."""

    model_config = ConfigDict(extra="forbid")


class UserCreate(Strict):
    email: EmailStr
    first_name: Name
    last_name: Name
    role: OrgRole
    password: Password


class UserUpdate(Strict):
    first_name: Name | None = None
    last_name: Name | None = None
    role: OrgRole | None = None
    active: bool | None = None
    password: Password | None = None


class JobCreate(Strict):
    code: Code
    title: Name
    department: ShortText = ""
    location: ShortText = ""
    description: LongText = ""


class JobUpdate(Strict):
    title: Name | None = None
    department: ShortText | None = None
    location: ShortText | None = None
    description: LongText | None = None


class JobRoleAssign(Strict):
    user_id: UUID
    role: JobRoleKind


class StageCreate(Strict):
    name: Name
    # Where to insert; Prospect keeps position 0, so 1 is the smallest allowed.
    position: Annotated[int, Field(ge=1, le=1000)] | None = None


class StageOrder(Strict):
    stage_ids: Annotated[list[UUID], Field(min_length=1, max_length=100)]


class CandidateCreate(Strict):
    first_name: Name
    last_name: ShortText = ""
    email: EmailStr | None = None
    phone: Phone | None = None
    linkedin_member_id: MemberId | None = None
    source: ShortText = "manual"
    source_detail: ShortText | None = None
    headline: ShortText = ""
    location: ShortText = ""
    tags: Annotated[list[Tag], Field(max_length=50)] = []


class CandidateUpdate(Strict):
    first_name: Name | None = None
    last_name: ShortText | None = None
    email: EmailStr | None = None
    phone: Phone | None = None
    linkedin_member_id: MemberId | None = None
    headline: ShortText | None = None
    location: ShortText | None = None
    tags: Annotated[list[Tag], Field(max_length=50)] | None = None


class ApplicationCreate(Strict):
    candidate_id: UUID
    job_id: UUID
    # Default: the job's first stage (Prospect).
    stage_id: UUID | None = None


class MoveStage(Strict):
    stage_id: UUID


class Reject(Strict):
    reason: Reason


class PoolCreate(Strict):
    name: Name
    description: LongText = ""


class PoolUpdate(Strict):
    """What PATCH /pools/{id} may change; a field left out keeps its value."""

    name: Name | None = None
    description: LongText | None = None


class NoteCreate(Strict):
    candidate_id: UUID
    application_id: UUID | None = None
    body: NoteBody


class FeedbackSubmit(Strict):
    application_id: UUID
    rating: Annotated[int, Field(ge=1, le=4)]
    recommendation: Recommendation
    comments: LongText = ""


class FeedbackUpdate(Strict):
    rating: Annotated[int, Field(ge=1, le=4)] | None = None
    recommendation: Recommendation | None = None
    comments: LongText | None = None
