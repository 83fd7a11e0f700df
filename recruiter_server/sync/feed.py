"""The pull feed: `GET /api/v1/sync/changes`.

A page is read from the sync index in commit order, filtered by what the caller may see
(domain/access.feed_clause), and filled with each row's current data by one bulk query per
entity. Rows whose visibility changed reach the client as follows:
- a gain (a new application in their job, a new assignment, feedback they may now read)
  re-stamps the rows concerned at write time (db/sync_tracking.touch_*), so they come again;
- a loss of a job (their assignment removed) shows in the page as the tombstone of their own
  job_role; right after it the feed sends tombstones for every row of that job, and of its
  candidates, that they can no longer see;
- a change of their organisation role cannot be expressed as a delta: reset_required.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, not_, or_, select, tuple_
from sqlalchemy.orm import Session

from recruiter_api.enums import ChangeOp, SyncEntity
from recruiter_server.db.models import MODEL_BY_ENTITY, Application, ServerIdentity, SyncIndex
from recruiter_server.domain.access import feed_clause
from recruiter_server.domain.actor import Actor
from recruiter_server.sync.cursor import Cursor
from recruiter_server.sync.serialize import fields_of, rows_to_data

START = (0, "", uuid.UUID(int=0))
_INDEX_COLUMNS = (
    SyncIndex.seq,
    SyncIndex.entity,
    SyncIndex.entity_id,
    SyncIndex.op,
    SyncIndex.version,
    SyncIndex.job_id,
    SyncIndex.user_id,
)


@dataclass(frozen=True)
class Reset:
    reason: str


@dataclass(frozen=True)
class Page:
    changes: list[dict[str, Any]]
    cursor: str
    has_more: bool


def pull(session: Session, actor: Actor, cursor_text: str | None, limit: int) -> Page | Reset:
    identity = session.execute(select(ServerIdentity)).scalar_one()
    position = START
    if cursor_text:
        cursor = Cursor.decode(cursor_text)
        reset = _why_reset(identity, actor, cursor)
        if reset:
            return Reset(reset)
        position = (cursor.seq, cursor.entity, cursor.entity_id)

    rows = session.execute(
        select(*_INDEX_COLUMNS)
        .where(
            tuple_(SyncIndex.seq, SyncIndex.entity, SyncIndex.entity_id) > tuple_(*position),
            feed_clause(actor),
        )
        .order_by(SyncIndex.seq, SyncIndex.entity, SyncIndex.entity_id)
        .limit(limit + 1)
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]

    data = _current_data(session, rows)
    changes: list[dict[str, Any]] = []
    for row in rows:
        _seq, entity, entity_id, op, version, job_id, user_id = row
        current = data.get((entity, entity_id)) if op == ChangeOp.UPSERT.value else None
        if current is None:
            changes.append(_tombstone(entity, entity_id, version))
        else:
            changes.append(
                {
                    "entity": entity,
                    "id": str(entity_id),
                    "op": "upsert",
                    "version": current["version"],
                    "data": current,
                }
            )
        if (
            cursor_text is not None
            and entity == SyncEntity.JOB_ROLE.value
            and op == ChangeOp.DELETE.value
            and user_id == actor.user_id
            and job_id is not None
            and not actor.sees_everything
            and job_id not in actor.job_roles
        ):
            changes.extend(_lost_job_tombstones(session, actor, job_id))

    last = rows[-1] if rows else None
    next_position = (last.seq, last.entity, last.entity_id) if last is not None else position
    next_cursor = Cursor(
        identity.server_id,
        actor.user_id,
        actor.role,
        next_position[0],
        next_position[1],
        next_position[2],
    )
    return Page(changes=changes, cursor=next_cursor.encode(), has_more=has_more)


def _why_reset(identity: ServerIdentity, actor: Actor, cursor: Cursor) -> str | None:
    if cursor.server_id != identity.server_id:
        return "The server's database is not the one this cache was made from."
    if cursor.user_id != actor.user_id:
        return "This cache belongs to another user."
    if cursor.role != actor.role:
        return "Your role in the organisation changed, so what you may see changed."
    if cursor.seq < identity.oldest_seq:
        return "This cache is older than the history the server keeps."
    return None


def _tombstone(entity: str, entity_id: uuid.UUID, version: int) -> dict[str, Any]:
    return {
        "entity": entity,
        "id": str(entity_id),
        "op": "delete",
        "version": version,
        "data": None,
    }


def _current_data(
    session: Session, rows: Sequence[Row[Any]] | Sequence[Any]
) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    """The current public data of the upserted rows, one query per entity."""
    wanted: dict[str, list[uuid.UUID]] = defaultdict(list)
    for row in rows:
        if row.op == ChangeOp.UPSERT.value:
            wanted[row.entity].append(row.entity_id)
    found: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for entity, ids in wanted.items():
        model = MODEL_BY_ENTITY[entity]
        fields = fields_of(SyncEntity(entity))
        columns = [getattr(model, f) for f in fields]
        result = session.execute(select(*columns).where(model.id.in_(ids))).all()
        # `id` is the first field of every entity.
        for r, d in zip(result, rows_to_data(fields, result), strict=True):
            found[(entity, r[0])] = d
    return found


def _lost_job_tombstones(session: Session, actor: Actor, job_id: uuid.UUID) -> list[dict[str, Any]]:
    """Tombstones for the rows of a job the actor no longer holds a role on, and of its
    candidates, that the actor can no longer see."""
    candidates = select(Application.candidate_id).where(Application.job_id == job_id)
    rows = session.execute(
        select(SyncIndex.entity, SyncIndex.entity_id, SyncIndex.version)
        .where(
            or_(SyncIndex.job_id == job_id, SyncIndex.candidate_id.in_(candidates)),
            SyncIndex.op == ChangeOp.UPSERT.value,
            not_(feed_clause(actor)),
        )
        .order_by(SyncIndex.entity, SyncIndex.entity_id)
    ).all()
    return [_tombstone(entity, entity_id, version) for entity, entity_id, version in rows]
