"""The JSON shapes the ATS sends for the In-ATS indicator: candidates, applications, and the
stages, notes and interview feedback under them. Unknown fields are refused, so a typo shows."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from linkedin_sandbox.errors import ApiError, describe_validation_errors
from linkedin_sandbox.restli import EpochMs


class Strict(BaseModel):
    """A record that refuses unknown fields and does not coerce types."""

    model_config = ConfigDict(extra="forbid", strict=True)


class PersonName(Strict):
    firstName: str = Field(min_length=1)
    lastName: str | None = None


class PhoneNumber(Strict):
    number: str = Field(min_length=1)
    extension: str | None = None


class Address(Strict):
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    geographicArea: str | None = None
    geographicAreaType: str | None = None
    postalCode: str | None = None
    country: str | None = None


class Candidate(Strict):
    firstName: str = Field(min_length=1)
    lastName: str | None = None
    middleInitial: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    emailAddresses: list[str] = []
    phoneNumbers: list[PhoneNumber] = []
    addresses: list[Address] = []
    currentCompanyName: str | None = None
    currentJobTitle: str | None = None
    externalProfileUrl: str | None = None
    atsCreatedAt: EpochMs | None = None
    atsLastModifiedAt: EpochMs | None = None
    manualMatchedMember: str | None = None


class Application(Strict):
    atsCandidateId: str = Field(min_length=1)
    atsJobPostingId: str = Field(min_length=1)
    atsJobPostingName: str | None = None
    atsCreatedAt: EpochMs | None = None
    atsLastModifiedAt: EpochMs | None = None
    candidateEmail: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    source: str | None = None
    dispositionReason: str | None = None
    stage: str | None = None


class Stage(Strict):
    stage: str = Field(min_length=1)
    atsCreatedAt: EpochMs


class Note(Strict):
    note: str = Field(min_length=1)
    atsCreatedAt: EpochMs
    atsLastModifiedAt: EpochMs | None = None
    author: PersonName | None = None


class Evaluation(Strict):
    attribute: str = Field(min_length=1)
    result: str


class InterviewFeedback(Strict):
    feedback: str | None = None
    evaluations: list[Evaluation] = []
    interviewer: PersonName | None = None
    atsCreatedAt: EpochMs
    atsLastModifiedAt: EpochMs | None = None


def validated(model: type[Strict], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ApiError(400, describe_validation_errors(exc.errors())) from None
