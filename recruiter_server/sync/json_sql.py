"""The feed's rows rendered to JSON by the database itself.

A page of the feed holds thousands of rows; turning each into Python objects (UUIDs,
datetimes) and back into JSON costs far more than reading it. So the feed asks the database
for each row's `data` as JSON text (SQLite's json_object, PostgreSQL's json_build_object) and
splices the texts into the answer: canonical UUID strings, ISO 8601 UTC timestamps ending in
Z with microseconds, real booleans and lists.
"""

import json
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    String,
    Text,
    Uuid,
    any_,
    bindparam,
    case,
    cast,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.elements import KeyedColumnElement

from recruiter_api.enums import SyncEntity
from recruiter_server.db.models import MODEL_BY_ENTITY
from recruiter_server.db.types import UTCDateTime
from recruiter_server.sync.serialize import fields_of


def raw(column: KeyedColumnElement[Any]) -> ColumnElement[Any]:
    """The column as the driver returns it, without SQLAlchemy's per-value conversion
    (canonical text for a UUID on SQLite, a uuid.UUID from psycopg): cheap to compare."""
    return type_coerce(column, String)


def uuid_text(column: KeyedColumnElement[Any], dialect: str) -> ColumnElement[str]:
    """A UUID column as its canonical 8-4-4-4-12 text (SQLite stores exactly that)."""
    return cast(column, Text) if dialect == "postgresql" else raw(column)


def _sqlite_value(column: KeyedColumnElement[Any]) -> ColumnElement[Any]:
    # UUIDs and timestamps are stored as their wire text already (db/types.py).
    kind = column.type
    if isinstance(kind, Boolean):
        return func.json(case((column, "true"), else_="false"))
    if isinstance(kind, JSON):
        return func.json(raw(column))
    return raw(column)


def _postgresql_value(column: KeyedColumnElement[Any]) -> ColumnElement[Any]:
    if isinstance(column.type, UTCDateTime):
        # The same text as on SQLite, whatever the connection's time zone.
        return func.to_char(func.timezone("UTC", column), literal('YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    return column


def data_json(entity: SyncEntity, dialect: str) -> ColumnElement[str]:
    """One row's public `data` of this entity, as JSON text: an object."""
    model = MODEL_BY_ENTITY[entity.value]
    value_of = _postgresql_value if dialect == "postgresql" else _sqlite_value
    pairs: list[Any] = []
    for field in fields_of(entity):
        pairs += [literal(field), value_of(getattr(model, field))]
    if dialect == "postgresql":
        return cast(func.json_build_object(*pairs), Text)
    return func.json_object(*pairs)


def data_array(entity: SyncEntity, dialect: str) -> ColumnElement[str]:
    """One row's public `data` as a JSON array of its values in `fields_of(entity)` order
    (the feed's `rows` shape: the names once a page, not once a row)."""
    model = MODEL_BY_ENTITY[entity.value]
    value_of = _postgresql_value if dialect == "postgresql" else _sqlite_value
    values = [value_of(getattr(model, field)) for field in fields_of(entity)]
    if dialect == "postgresql":
        return cast(func.json_build_array(*values), Text)
    return func.json_array(*values)


def keys_match(
    column: KeyedColumnElement[Any], keys: list[Any], dialect: str
) -> ColumnElement[bool]:
    """`column IN keys` with the raw keys bound as a single array parameter."""
    if dialect == "postgresql":
        return column == any_(bindparam("keys", keys, type_=ARRAY(Uuid())))
    listed = func.json_each(bindparam("keys", json.dumps(keys), type_=String)).table_valued("value")
    return raw(column).in_(select(listed.c.value))
