"""The outbox: local changes waiting for the server, in the order they were made.

A mutation is appended in the same transaction as its optimistic effect on the cache
(local_writes.py) and removed when the server has answered it (local_writes.settle). Each
row keeps the undo snapshot of the rows its effect changed, so a refused change can be
taken back.

Functions take a connection: reads work on any, writes need the writer inside its
transaction (`with cache.write() as conn: ...`).
"""

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from recruiter_desktop.store.schema import wire_timestamp

_COLUMNS = (
    "seq, id, type, entity_id, base_version, args, undo, created_at, summary,"
    " attempts, last_attempt_at, last_error"
)


@dataclass(frozen=True)
class PendingMutation:
    """One queued change. `undo` lists {"table", "id", "before"} (the row before the effect,
    or None when the effect created it); it is local_writes' business."""

    seq: int
    id: str
    type: str
    entity_id: str
    base_version: int | None
    args: dict[str, Any]
    undo: list[dict[str, Any]]
    created_at: str
    summary: str
    attempts: int
    last_attempt_at: str | None
    last_error: str | None

    def wire(self) -> dict[str, Any]:
        """The mutation as POST /api/v1/sync/mutations takes it."""
        return {
            "id": self.id,
            "type": self.type,
            "entity_id": self.entity_id,
            "base_version": self.base_version,
            "args": self.args,
        }


def _pending(row: tuple[Any, ...]) -> PendingMutation:
    seq, mid, kind, entity_id, base, args, undo, created, summary, attempts, at, error = row
    return PendingMutation(
        seq=seq,
        id=mid,
        type=kind,
        entity_id=entity_id,
        base_version=base,
        args=json.loads(args),
        undo=json.loads(undo),
        created_at=created,
        summary=summary,
        attempts=attempts,
        last_attempt_at=at,
        last_error=error,
    )


def append(
    conn: sqlite3.Connection,
    *,
    mutation_id: str,
    type: str,
    entity_id: str,
    base_version: int | None,
    args: dict[str, Any],
    undo: list[dict[str, Any]],
    summary: str = "",
    created_at: str | None = None,
) -> int:
    """Queue a mutation at the end; its place in the queue (seq)."""
    cur = conn.execute(
        "INSERT INTO outbox (id, type, entity_id, base_version, args, undo, created_at, summary)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            mutation_id,
            type,
            entity_id,
            base_version,
            json.dumps(args),
            json.dumps(undo),
            created_at or wire_timestamp(),
            summary,
        ),
    )
    return int(cur.lastrowid or 0)


def pending(conn: sqlite3.Connection, limit: int | None = None) -> list[PendingMutation]:
    """The queued mutations in the order they were made (the order to send them)."""
    sql = f"SELECT {_COLUMNS} FROM outbox ORDER BY seq"  # noqa: S608 (constant columns)
    if limit is None:
        return [_pending(row) for row in conn.execute(sql)]
    return [_pending(row) for row in conn.execute(sql + " LIMIT ?", (limit,))]


def get(conn: sqlite3.Connection, mutation_id: str) -> PendingMutation | None:
    """One queued mutation, or None if it is not (or no longer) queued."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE id = ?",  # noqa: S608 (constant columns)
        (mutation_id,),
    ).fetchone()
    return None if row is None else _pending(row)


def count(conn: sqlite3.Connection) -> int:
    """How many changes wait for the server."""
    return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


def remove(conn: sqlite3.Connection, mutation_ids: Iterable[str]) -> None:
    """Drop answered mutations from the queue (their effects stay as they are: see
    local_writes.settle to take effects back)."""
    conn.executemany("DELETE FROM outbox WHERE id = ?", ((i,) for i in mutation_ids))


def record_attempt(
    conn: sqlite3.Connection, mutation_ids: Iterable[str], error: str | None = None
) -> None:
    """Note that these mutations were sent (and why it failed, if it did)."""
    at = wire_timestamp()
    conn.executemany(
        "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?"
        " WHERE id = ?",
        ((at, error, i) for i in mutation_ids),
    )


def set_undo(conn: sqlite3.Connection, mutation_id: str, undo: list[dict[str, Any]]) -> None:
    """Replace a mutation's undo snapshot (after its effect was applied again)."""
    conn.execute("UPDATE outbox SET undo = ? WHERE id = ?", (json.dumps(undo), mutation_id))


def forget_snapshots(conn: sqlite3.Connection) -> None:
    """Empty every undo snapshot: the rows they describe are gone (the entity tables were
    emptied), so there is nothing left to take back."""
    conn.execute("UPDATE outbox SET undo = '[]'")
