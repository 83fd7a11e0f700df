"""Keeps the sync index in step with every write made through an ORM session.

After each flush the session remembers which synced rows were inserted, updated or deleted.
Just before commit it takes the next transaction number from the counter row (whose lock it
then holds until commit, so numbers follow commit order on PostgreSQL too) and writes one
index row per changed entity. Bulk writers that bypass the ORM call `take_seq` and
`write_index_rows` themselves.

"Touches" re-stamp existing index rows with the new number without changing them: when a
row becomes visible to someone who could not see it before (a candidate gets an application
in a hiring manager's job, someone is assigned to a job, an interviewer submits feedback and
may now read the others'), the feed then sends it again.
"""

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, event, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from recruiter_api.enums import ChangeOp, SyncEntity
from recruiter_server.db.models import (
    MODEL_BY_ENTITY,
    Application,
    SyncCounter,
    Synced,
    SyncIndex,
)
from recruiter_server.sync.json_sql import data_array, keys_match

_PENDING = "sync_pending"
_TOUCHES = "sync_touches"

IndexRow = dict[str, Any]


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_rollback", _forget)


def index_row(obj: Synced, op: ChangeOp, version: int) -> IndexRow:
    scope = obj.sync_scope()
    return {
        "entity": obj.__sync_entity__.value,
        "entity_id": obj.id,
        "op": op.value,
        "version": version,
        "job_id": scope.job_id,
        "candidate_id": scope.candidate_id,
        "application_id": scope.application_id,
        "user_id": scope.user_id,
    }


def touch_candidate(session: Session, candidate_id: uuid.UUID) -> None:
    """Send again every row about this candidate (it became visible to more people)."""
    session.info.setdefault(_TOUCHES, []).append(SyncIndex.candidate_id == candidate_id)


def touch_job(session: Session, job_id: uuid.UUID) -> None:
    """Send again every row of this job and of its candidates (someone was assigned to it)."""
    candidates = select(Application.candidate_id).where(Application.job_id == job_id)
    session.info.setdefault(_TOUCHES, []).append(
        or_(SyncIndex.job_id == job_id, SyncIndex.candidate_id.in_(candidates))
    )


def touch_feedback_of(session: Session, application_id: uuid.UUID) -> None:
    """Send again the feedback on an application (an interviewer may now read the others')."""
    session.info.setdefault(_TOUCHES, []).append(
        (SyncIndex.entity == SyncEntity.FEEDBACK.value)
        & (SyncIndex.application_id == application_id)
    )


def _after_flush(session: Session, _context: Any) -> None:
    pending: dict[tuple[str, uuid.UUID], IndexRow] = session.info.setdefault(_PENDING, {})
    for obj in session.new:
        if isinstance(obj, Synced):
            pending[(obj.__sync_entity__.value, obj.id)] = index_row(
                obj, ChangeOp.UPSERT, obj.version
            )
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            pending[(obj.__sync_entity__.value, obj.id)] = index_row(
                obj, ChangeOp.UPSERT, obj.version
            )
    for obj in session.deleted:
        if isinstance(obj, Synced):
            pending[(obj.__sync_entity__.value, obj.id)] = index_row(
                obj, ChangeOp.DELETE, obj.version + 1
            )


def _before_commit(session: Session) -> None:
    session.flush()
    pending: dict[tuple[str, uuid.UUID], IndexRow] = session.info.get(_PENDING, {})
    touches: list[Any] = session.info.get(_TOUCHES, [])
    if not pending and not touches:
        return
    conn = session.connection()
    seq = take_seq(conn)
    if touches:
        conn.execute(
            update(SyncIndex)
            .where(or_(*touches), SyncIndex.op == ChangeOp.UPSERT.value)
            .values(seq=seq)
        )
    if pending:
        write_index_rows(conn, seq, pending.values(), upsert=True)


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_TOUCHES, None)


def take_seq(conn: Connection) -> int:
    """The number of this transaction; holds the counter row's lock until commit."""
    stmt = (
        update(SyncCounter)
        .where(SyncCounter.id == 1)
        .values(value=SyncCounter.value + 1)
        .returning(SyncCounter.value)
    )
    return int(conn.execute(stmt).scalar_one())


def write_index_rows(
    conn: Connection, seq: int, rows: Iterable[Mapping[str, Any]], *, upsert: bool
) -> None:
    """Write index rows with bulk SQL. `upsert=True` also renders the upserted rows' data;
    `upsert=False` is for rows known to be new (faster), written in bulk by a caller that
    renders their data once at the end with `render_data`."""
    values = [{**row, "seq": seq, "data": None} for row in rows]
    if not values:
        return
    if not upsert:
        conn.execute(insert(SyncIndex), values)
        return
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = dialect_insert(SyncIndex)
    stmt = stmt.on_conflict_do_update(
        index_elements=[SyncIndex.entity, SyncIndex.entity_id],
        set_={
            col: stmt.excluded[col]
            for col in (
                "seq",
                "op",
                "version",
                "job_id",
                "candidate_id",
                "application_id",
                "user_id",
                "data",
            )
        },
    )
    conn.execute(stmt, values)
    upserted: dict[str, list[Any]] = {}
    for row in values:
        if row["op"] == ChangeOp.UPSERT.value:
            upserted.setdefault(row["entity"], []).append(row["entity_id"])
    for entity, ids in upserted.items():
        render_data(conn, seq, entity, ids)


def render_data(conn: Connection, seq: int, entity: str, ids: list[Any] | None = None) -> None:
    """Fill the data of this transaction's upserted index rows of `entity` (of those `ids`,
    or all of them) from the rows themselves, as the feed's rows shape sends them."""
    dialect = conn.dialect.name
    table = MODEL_BY_ENTITY[entity].__table__
    index = SyncIndex.__table__
    rendered = (
        select(data_array(SyncEntity(entity), dialect))
        .where(table.c.id == index.c.entity_id)
        .scalar_subquery()
    )
    where = [index.c.seq == seq, index.c.entity == entity, index.c.op == ChangeOp.UPSERT.value]
    if ids is not None:
        keys = [i if dialect == "postgresql" else str(i) for i in ids]
        where.append(keys_match(index.c.entity_id, keys, dialect))
    conn.execute(update(SyncIndex).where(*where).values(data=rendered))
