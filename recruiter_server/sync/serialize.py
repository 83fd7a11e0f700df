"""Rows to the public `data` of their entity, as JSON-ready dicts.

The field list of each entity is its wire model's (recruiter_api.entities), so the feed,
REST and the client agree by construction. ORM objects go through pydantic; the feed's bulk
path turns Core rows into dicts directly, which is several times faster for whole pages.
"""

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Row

from recruiter_api import entities as api
from recruiter_api import linkedin
from recruiter_api.enums import SyncEntity
from recruiter_server.db.models import Synced

WIRE_MODELS: dict[SyncEntity, type[api.EntityBase]] = {
    SyncEntity.USER: api.User,
    SyncEntity.JOB: api.Job,
    SyncEntity.STAGE: api.Stage,
    SyncEntity.JOB_ROLE: api.JobRole,
    SyncEntity.CANDIDATE: api.Candidate,
    SyncEntity.APPLICATION: api.Application,
    SyncEntity.STAGE_CHANGE: api.StageChange,
    SyncEntity.TALENT_POOL: api.TalentPool,
    SyncEntity.POOL_MEMBER: api.PoolMember,
    SyncEntity.NOTE: api.Note,
    SyncEntity.FEEDBACK: api.Feedback,
    SyncEntity.LINKEDIN_INTEGRATION: linkedin.LinkedInIntegration,
    SyncEntity.LINKEDIN_LINK: linkedin.LinkedInLink,
    SyncEntity.INMAIL_MESSAGE: linkedin.InMailMessage,
    SyncEntity.LINKEDIN_NOTE: linkedin.LinkedInNote,
}


def fields_of(entity: SyncEntity) -> list[str]:
    return list(WIRE_MODELS[entity].model_fields)


def public(obj: Synced) -> dict[str, Any]:
    """The public form of one ORM row."""
    model: type[BaseModel] = WIRE_MODELS[obj.__sync_entity__]
    return model.model_validate(obj).model_dump(mode="json")


def _json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    return value


def rows_to_data(fields: Sequence[str], rows: Iterable[Row[Any]]) -> list[dict[str, Any]]:
    """Core rows selected in `fields` order to JSON-ready dicts."""
    return [{f: _json_value(v) for f, v in zip(fields, row, strict=True)} for row in rows]
