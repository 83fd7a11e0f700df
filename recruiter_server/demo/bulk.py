"""Writes many rows of whole tables fast, in exactly the form the ORM would store them.

Building ORM objects costs ~25 s for the full-size demo and SQLAlchemy's executemany ~2.5x
the raw driver on SQLite, so rows are tuples in column order and values are made in the
database's own representation from the start:

- SQLite: `GUID` stores the canonical 36-character text, `UTCDateTime` an ISO 8601 UTC
  'YYYY-MM-DDTHH:MM:SS.ffffffZ' string (db/types.py), JSON its `json.dumps` text; rows go to
  the driver's executemany.
- PostgreSQL (or any other database): UUID objects, aware datetimes and Python lists through
  Core inserts, so the column types do the conversion; its sync index rows through
  `sync_tracking.write_index_rows`.

Ids are random version-4 UUIDs handed out in ascending order: inserting in key order appends
to each B-tree instead of splitting pages all over it, which makes SQLite's inserts ~40%
faster, and nothing may rely on the order of random ids anyway.
"""

import json
import random
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table

from recruiter_api.enums import ChangeOp
from recruiter_server.db.models import SyncIndex
from recruiter_server.db.sync_tracking import write_index_rows

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAY_US = 86_400_000_000
_LOW_62 = (1 << 62) - 1
_VERSION_4 = 0x4 << 76
_VARIANT_RFC = 0b10 << 62
_PG_BATCH = 5_000
# Page cache of the seeding connection on SQLite (negative: KiB): the tables of the full-size
# demo fit, so index pages are not evicted and read back while loading.
_SQLITE_CACHE_KIB = 512_000

Row = tuple[Any, ...]
# (entity_id, version, job_id, candidate_id, application_id, user_id): what the feed filters
# on, as `Synced.sync_scope()` of each model says.
IndexEntry = tuple[Any, int, Any, Any, Any, Any]
_INDEX_COLUMNS = ("entity_id", "version", "job_id", "candidate_id", "application_id", "user_id")


def random_uuid_ints(rng: random.Random, count: int) -> list[int]:
    """`count` random version-4 UUIDs as integers, in ascending order."""
    # 122 random bits, sorted, then spread around the fixed version and variant bits: that
    # keeps the order.
    values = sorted(rng.getrandbits(122) for _ in range(count))
    return [
        ((v >> 74) << 80) | _VERSION_4 | (((v >> 62) & 0xFFF) << 64) | _VARIANT_RFC | (v & _LOW_62)
        for v in values
    ]


class BulkWriter:
    """Inserts rows of whole tables and their sync index rows on one connection, inside the
    caller's transaction; values come from `ids`, `time` and `json` of the same writer."""

    def __init__(self, conn: Connection, seq: int, rng: random.Random) -> None:
        self.conn = conn
        self.seq = seq
        self.rng = rng

    def ids(self, count: int) -> list[Any]:
        """New random ids in ascending order, in the database's representation."""
        return [uuid.UUID(int=v) for v in random_uuid_ints(self.rng, count)]

    def time(self, microseconds: int) -> Any:
        """A point in time, given in microseconds since 1970 UTC."""
        return _EPOCH + timedelta(microseconds=microseconds)

    def json(self, value: Any) -> Any:
        return value

    def insert(self, table: Table, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """Insert rows whose values follow `columns`."""
        for start in range(0, len(rows), _PG_BATCH):
            batch = rows[start : start + _PG_BATCH]
            self.conn.execute(
                table.insert(), [dict(zip(columns, row, strict=True)) for row in batch]
            )

    def index(self, entity: str, entries: Sequence[IndexEntry]) -> None:
        """Sync index rows of new rows of one entity: the feed sends them as upserts."""
        for start in range(0, len(entries), _PG_BATCH):
            batch = entries[start : start + _PG_BATCH]
            write_index_rows(
                self.conn,
                self.seq,
                (
                    {
                        "entity": entity,
                        "op": ChangeOp.UPSERT.value,
                        **dict(zip(_INDEX_COLUMNS, entry, strict=True)),
                    }
                    for entry in batch
                ),
                upsert=False,
            )

    def close(self) -> None:
        """Undo connection settings made for loading."""


class SqliteBulkWriter(BulkWriter):
    """SQLite: values as `GUID` and `UTCDateTime` store them, raw executemany."""

    def __init__(self, conn: Connection, seq: int, rng: random.Random) -> None:
        super().__init__(conn, seq, rng)
        self._days: dict[int, str] = {}
        # Formatting is a third of the time spent making rows: look the parts up instead.
        self._clock = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86_400)]
        self._cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")

    def ids(self, count: int) -> list[Any]:
        texts = []
        for v in random_uuid_ints(self.rng, count):
            h = f"{v:032x}"
            texts.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
        return texts

    def time(self, microseconds: int) -> Any:
        day, rest = divmod(microseconds, _DAY_US)
        date = self._days.get(day)
        if date is None:
            date = self._days[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%d")
        seconds, micro = divmod(rest, 1_000_000)
        return f"{date}T{self._clock[seconds]}.{micro:06d}Z"

    def json(self, value: Any) -> Any:
        return json.dumps(value)

    def insert(self, table: Table, columns: Sequence[str], rows: Sequence[Row]) -> None:
        if not rows:
            return
        names = ", ".join(table.c[name].name for name in columns)
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"  # noqa: S608 (names from the schema)
        self.conn.exec_driver_sql(sql, rows)

    def index(self, entity: str, entries: Sequence[IndexEntry]) -> None:
        self.insert(
            SyncIndex.__table__,  # type: ignore[arg-type]
            ("entity", "op", "seq", *_INDEX_COLUMNS),
            [(entity, ChangeOp.UPSERT.value, self.seq, *entry) for entry in entries],
        )

    def close(self) -> None:
        self.conn.exec_driver_sql(f"PRAGMA cache_size={int(self._cache_size)}")


def bulk_writer(conn: Connection, seq: int, rng: random.Random) -> BulkWriter:
    """The fastest writer for the connection's database."""
    if conn.dialect.name == "sqlite":
        return SqliteBulkWriter(conn, seq, rng)
    return BulkWriter(conn, seq, rng)
