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

A page comes in one of two shapes (recruiter_api.enums.FeedShape): `changes`, one object a
change (the stable shape of DESIGN.md), or `rows`, one array a change with the field names
once a page (what the desktop pulls: half the bytes, and rows it can write as they are).
"""

import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, not_, or_, select, tuple_
from sqlalchemy.orm import Session

from recruiter_api.enums import ChangeOp, FeedShape, SyncEntity
from recruiter_server.db.models import MODEL_BY_ENTITY, Application, ServerIdentity, SyncIndex
from recruiter_server.domain.access import feed_clause, feed_clause_parts
from recruiter_server.domain.actor import Actor
from recruiter_server.sync.cursor import Cursor
from recruiter_server.sync.json_sql import data_array, data_json, keys_match, raw, uuid_text
from recruiter_server.sync.serialize import WIRE_MODELS, fields_of

START = (0, "", uuid.UUID(int=0))
# Plain strings: compared once a row, an enum's .value costs a descriptor call each time.
_UPSERT, _DELETE = ChangeOp.UPSERT.value, ChangeOp.DELETE.value
_JOB_ROLE = SyncEntity.JOB_ROLE.value
# Between two changes of a page in the rows shape.
_LINE = ",\n"
_SI = SyncIndex
# The feed's order: commit order, ties broken by entity and id; a cursor is a position in it.
_ORDER_COLUMNS = (SyncIndex.seq, SyncIndex.entity, SyncIndex.entity_id)
_ORDER = tuple_(*_ORDER_COLUMNS)
# The `fields` of a page in the rows shape: the same for every page.
_FIELDS_JSON = json.dumps({entity.value: fields_of(entity) for entity in WIRE_MODELS})


@dataclass(frozen=True)
class Reset:
    reason: str


@dataclass(frozen=True)
class Page:
    """`changes` are JSON texts, each one or more changes in the page's shape (`count` in
    all), spliced into the answer as they are."""

    shape: FeedShape
    changes: list[str]
    count: int
    cursor: str
    has_more: bool
    # On the first page only: how many changes the whole pull sends (for a progress bar).
    total: int | None = None

    def to_json(self) -> str:
        more = "true" if self.has_more else "false"
        total = "" if self.total is None else f',"total":{self.total}'
        tail = f'"cursor":"{self.cursor}","has_more":{more}{total}}}'
        if self.shape is FeedShape.CHANGES:
            return f'{{"changes":[{",".join(self.changes)}],{tail}'
        # Each change on a line of its own, the page's head and tail on theirs (still one
        # JSON document: JSON texts hold no raw line break), so that a client may decode a
        # page a few hundred lines at a time.
        return (
            f'{{"shape":"rows","fields":{_FIELDS_JSON},"changes":[\n'
            f"{_LINE.join(self.changes)}\n],{tail}"
        )


def pull(
    session: Session,
    actor: Actor,
    cursor_text: str | None,
    limit: int,
    shape: FeedShape = FeedShape.CHANGES,
) -> Page | Reset:
    identity = session.execute(select(ServerIdentity)).scalar_one()
    position = START
    if cursor_text:
        cursor = Cursor.decode(cursor_text)
        reset = _why_reset(identity, actor, cursor)
        if reset:
            return Reset(reset)
        position = (cursor.seq, cursor.entity, cursor.entity_id)

    visible = feed_clause(actor)
    if _dialect(session) == "sqlite":
        # Walk the index in commit order and stop at the limit. Left to itself, SQLite
        # gathers every visible row through the other indexes and sorts them, on each page;
        # wrapped in a function call, the OR no longer qualifies for that optimisation.
        visible = func.coalesce(visible, False).is_(True)
    after = tuple_(*position) < _ORDER
    incremental = cursor_text is not None
    if shape is FeedShape.ROWS:
        changes, count, last, has_more = _rows_page(
            session, actor, after=after, visible=visible, limit=limit, incremental=incremental
        )
    else:
        rows = _index_rows(session, and_(after, visible), limit + 1)
        has_more = len(rows) > limit
        rows = rows[:limit]
        last = (rows[-1].seq, rows[-1].entity, rows[-1].key) if rows else None
        changes = _render(session, actor, rows, shape, incremental=incremental)
        count = len(changes)

    next_position = position if last is None else (last[0], last[1], _as_uuid(last[2]))
    next_cursor = Cursor(identity.server_id, actor.user_id, actor.role, *next_position)
    total = None
    if cursor_text is None:
        total = count if not has_more else _count_visible(session, actor)
    return Page(shape, changes, count, next_cursor.encode(), has_more, total)


def _index_rows(session: Session, where: ColumnElement[bool], limit: int | None) -> Sequence[Any]:
    """The sync index's rows (without their rendered data) matching `where`, in commit
    order. Core, not ORM, execution: these are plain rows, and the ORM's result machinery
    costs more than the query a row."""
    columns = SyncIndex.__table__.c
    query = (
        select(
            _SI.seq,
            _SI.entity,
            raw(columns.entity_id).label("key"),
            uuid_text(columns.entity_id, _dialect(session)).label("id_text"),
            _SI.op,
            _SI.version,
            raw(columns.job_id).label("job_key"),
            raw(columns.user_id).label("user_key"),
        )
        .where(where)
        .order_by(*_ORDER_COLUMNS)
    )
    if limit is not None:
        query = query.limit(limit)
    return session.connection().execute(query).all()


def _rows_page(
    session: Session,
    actor: Actor,
    *,
    after: ColumnElement[bool],
    visible: ColumnElement[bool],
    limit: int,
    incremental: bool,
) -> tuple[list[str], int, tuple[int, str, Any] | None, bool]:
    """A page in the rows shape: (texts of its changes, how many changes, the position of
    its last row, has_more).

    The database joins the rendered rows into the page's text itself: a first sync is a
    million rows, and a Python object a row is what the server's time went on. The order of
    the changes within a page does not matter (a page is applied in one transaction, and a
    row is in the sync index once), only where the page ends: found first, by walking the
    index alone. The few rows without a rendered text (deletes, rows not rendered yet) are
    rendered one by one, as in the changes shape."""
    connection = session.connection()
    key = raw(SyncIndex.__table__.c.entity_id).label("key")
    ends = connection.execute(
        select(_SI.seq, _SI.entity, key)
        .where(after, visible)
        .order_by(*_ORDER_COLUMNS)
        .offset(limit - 1)
        .limit(2)
    ).all()
    has_more = len(ends) == 2
    last: Any = ends[0] if ends else None
    if last is None:  # fewer than `limit` rows left: the page ends with the last of them
        last = connection.execute(
            select(_SI.seq, _SI.entity, key)
            .where(after, visible)
            .order_by(*(c.desc() for c in _ORDER_COLUMNS))
            .limit(1)
        ).first()
        if last is None:
            return [], 0, None, False
    in_page = and_(after, tuple_(*last) >= _ORDER, visible)
    ready = and_(_SI.op == _UPSERT, _SI.data.is_not(None))
    text = literal('["') + _SI.entity + literal('","upsert",') + _SI.data + literal("]")
    joined, count, others = connection.execute(
        select(
            func.aggregate_strings(case((ready, text)), _LINE),
            func.count(case((ready, 1))),
            func.count(case((not_(ready), 1))),
        ).where(in_page)
    ).one()
    changes = [joined] if joined else []
    if others:
        rows = _index_rows(session, and_(in_page, not_(ready)), None)
        rendered = _render(session, actor, rows, FeedShape.ROWS, incremental=incremental)
        changes += rendered
        count += len(rendered)
    return changes, count, (last.seq, last.entity, last.key), has_more


def _render(
    session: Session,
    actor: Actor,
    rows: Sequence[Any],
    shape: FeedShape,
    *,
    incremental: bool,
) -> list[str]:
    """The changes of these sync index rows, each rendered now; after the tombstone of the
    actor's own lost job role, those of the rows of that job they no longer see."""
    dialect = _dialect(session)
    data = _data_texts(session, dialect, rows, shape)
    changes: list[str] = []
    for _seq, entity, key, id_text, op, version, job_id, user_id in rows:
        current = data.get((entity, key)) if op == _UPSERT else None
        if current is None:
            changes.append(_tombstone(entity, id_text, version, shape))
        elif shape is FeedShape.ROWS:
            changes.append(f'["{entity}","upsert",{current}]')
        else:
            changes.append(
                f'{{"entity":"{entity}","id":"{id_text}","op":"upsert",'
                f'"version":{version},"data":{current}}}'
            )
        if (
            incremental
            and entity == _JOB_ROLE
            and op == _DELETE
            and job_id is not None
            and _as_uuid(user_id) == actor.user_id
            and not actor.sees_everything
            and _as_uuid(job_id) not in actor.job_roles
        ):
            lost = _as_uuid(job_id)
            changes.extend(_lost_job_tombstones(session, dialect, actor, lost, shape))
    return changes


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _count_visible(session: Session, actor: Actor) -> int:
    """How many rows of the sync index the actor may receive."""
    count = select(func.count()).select_from(SyncIndex)
    return sum(
        int(session.execute(count.where(part)).scalar_one()) for part in feed_clause_parts(actor)
    )


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


def _as_uuid(value: Any) -> uuid.UUID:
    """A raw UUID from the driver (hex text on SQLite, a UUID from psycopg)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _tombstone(entity: str, id_text: str, version: int, shape: FeedShape) -> str:
    if shape is FeedShape.ROWS:
        return f'["{entity}","delete","{id_text}",{version}]'
    return f'{{"entity":"{entity}","id":"{id_text}","op":"delete","version":{version},"data":null}}'


def _data_texts(
    session: Session, dialect: str, rows: Sequence[Any], shape: FeedShape
) -> dict[tuple[str, Any], str]:
    """The current data of the page's upserted rows as JSON texts in the page's shape,
    keyed by (entity, raw id): one query per entity, the ids passed as one array (thousands
    of separate bind parameters cost more to build than the query takes to run)."""
    render = data_array if shape is FeedShape.ROWS else data_json
    wanted: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row.op == _UPSERT:
            wanted[row.entity].append(row.key)
    found: dict[tuple[str, Any], str] = {}
    for entity, keys in wanted.items():
        model = MODEL_BY_ENTITY[entity]
        result = session.connection().execute(
            select(raw(model.__table__.c.id), render(SyncEntity(entity), dialect)).where(
                keys_match(model.__table__.c.id, keys, dialect)
            )
        )
        for key, text in result:
            found[(entity, key)] = text
    return found


def _lost_job_tombstones(
    session: Session, dialect: str, actor: Actor, job_id: uuid.UUID, shape: FeedShape
) -> list[str]:
    """Tombstones for the rows of a job the actor no longer holds a role on, and of its
    candidates, that the actor can no longer see."""
    candidates = select(Application.candidate_id).where(Application.job_id == job_id)
    rows = session.execute(
        select(
            SyncIndex.entity,
            uuid_text(SyncIndex.__table__.c.entity_id, dialect).label("id_text"),
            SyncIndex.version,
        )
        .where(
            or_(SyncIndex.job_id == job_id, SyncIndex.candidate_id.in_(candidates)),
            SyncIndex.op == ChangeOp.UPSERT.value,
            not_(feed_clause(actor)),
        )
        .order_by(SyncIndex.entity, SyncIndex.entity_id)
    ).all()
    return [_tombstone(entity, id_text, version, shape) for entity, id_text, version in rows]
