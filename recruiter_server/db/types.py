"""Column types that behave the same on SQLite and PostgreSQL.

On SQLite, UUIDs are stored as their canonical 36-character text and timestamps as ISO 8601
UTC text ('2026-11-25T08:30:00.000000Z'): exactly what the wire carries. The feed then has
the database render rows to JSON with no conversion at all (sync/json_sql.py), and the text
still sorts and compares like the values. PostgreSQL keeps its native uuid and timestamptz.
"""

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, String, Uuid
from sqlalchemy.types import TypeDecorator, TypeEngine

ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class GUID(TypeDecorator[uuid.UUID]):
    """A UUID: native on PostgreSQL, canonical text on SQLite."""

    impl = Uuid
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(36))
        return dialect.type_descriptor(Uuid())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        if value is None:
            return None
        return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC timestamp: timestamptz on PostgreSQL, ISO 8601 'Z' text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(27))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.strftime(ISO_FORMAT) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            return datetime.fromisoformat(value)
        stamp: datetime = value
        return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
