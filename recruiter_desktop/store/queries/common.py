"""What every query of the cache shares: pages, read snapshots, and small conversions."""

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from recruiter_api.enums import (
    ApplicationStatus,
    JobStatus,
)

T = TypeVar("T")
Row = tuple[Any, ...]

MAX_PAGE = 1000
ACTIVE_ONLY: tuple[ApplicationStatus, ...] = (ApplicationStatus.ACTIVE,)


@dataclass(frozen=True)
class Page(Generic[T]):
    """Rows `offset` .. `offset + len(items)` of the `total` rows that match."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """The reads inside the block see one commit (a read transaction), unless the caller
    already holds a transaction."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_PAGE:
        raise ValueError(f"A page holds 1 to {MAX_PAGE} rows, not {limit}.")
    if offset < 0:
        raise ValueError(f"A page cannot start before the first row (offset {offset}).")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def time_or_none(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def ids_json(values: Iterable[Any]) -> str:
    # Ids as one JSON parameter expanded by json_each: any number of them in one statement.
    return json.dumps(list(values))


def marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def application_statuses(statuses: Collection[ApplicationStatus]) -> tuple[str, ...]:
    if not statuses:
        raise ValueError("Choose at least one application status to show.")
    return tuple(sorted(ApplicationStatus(s).value for s in statuses))


def job_statuses(statuses: Collection[JobStatus]) -> tuple[str, ...]:
    return tuple(sorted(JobStatus(s).value for s in statuses))


def person(first: str | None, last: str | None) -> str | None:
    """A user's name as shown; None when the user is not in the cache (or it was the system)."""
    if first is None and last is None:
        return None
    return f"{first or ''} {last or ''}".strip()


def rowids_of(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[int]:
    return [r for (r,) in conn.execute(sql, params)]


def by_rowid(conn: sqlite3.Connection, sql: str, rowids: list[int], *params: Any) -> list[Row]:
    """The rows `sql` selects (its first column the rowid; its last parameter the rowids as
    JSON) in the order of `rowids`, without the rowid."""
    if not rowids:
        return []
    found = {row[0]: row[1:] for row in conn.execute(sql, (*params, ids_json(rowids)))}
    return [found[r] for r in rowids if r in found]


JOB_STATUS_ORDER = "CASE j.status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END"
