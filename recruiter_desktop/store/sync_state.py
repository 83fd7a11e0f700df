"""What the client remembers about its sync (the `sync_state` table) and the messages it
keeps for the user (`sync_messages`).

Functions take a connection: reads work on any (`cache.read()` or the writer), writes need
the writer inside its transaction (`with cache.write() as conn: ...`), so they can share
one transaction with other writes.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from recruiter_desktop.store.schema import StateKey, wire_timestamp


def get(conn: sqlite3.Connection, key: StateKey) -> str | None:
    """The stored value of `key`, or None."""
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key.value,)).fetchone()
    return None if row is None else row[0]


def put(conn: sqlite3.Connection, key: StateKey, value: str | None) -> None:
    """Store `value` under `key`; None removes it."""
    if value is None:
        conn.execute("DELETE FROM sync_state WHERE key = ?", (key.value,))
    else:
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key.value, value),
        )


def cursor(conn: sqlite3.Connection) -> str | None:
    """The feed cursor to pull from; None means from the beginning."""
    return get(conn, StateKey.CURSOR)


def set_cursor(conn: sqlite3.Connection, value: str | None) -> None:
    put(conn, StateKey.CURSOR, value)


def last_success(conn: sqlite3.Connection) -> datetime | None:
    """When the last complete sync ended."""
    value = get(conn, StateKey.LAST_SUCCESS)
    return None if value is None else datetime.fromisoformat(value)


def set_last_success(conn: sqlite3.Connection, at: datetime | None = None) -> None:
    put(conn, StateKey.LAST_SUCCESS, wire_timestamp(at))


@dataclass(frozen=True)
class Identity:
    """Whose cache this is: the server's database, the signed-in user and their role."""

    server_id: str
    user_id: str
    role: str


def identity(conn: sqlite3.Connection) -> Identity | None:
    """The stored identity, or None before the first sign-in completed."""
    server_id = get(conn, StateKey.SERVER_ID)
    user_id = get(conn, StateKey.USER_ID)
    role = get(conn, StateKey.ROLE)
    if server_id is None or user_id is None or role is None:
        return None
    return Identity(server_id, user_id, role)


def set_identity(conn: sqlite3.Connection, who: Identity) -> None:
    put(conn, StateKey.SERVER_ID, who.server_id)
    put(conn, StateKey.USER_ID, who.user_id)
    put(conn, StateKey.ROLE, who.role)


def user_id(conn: sqlite3.Connection) -> str | None:
    """The signed-in user's id (the author of local notes, the mover of local moves)."""
    return get(conn, StateKey.USER_ID)


# --- Messages to the user -------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    id: int
    at: datetime
    text: str
    read: bool


def add_message(conn: sqlite3.Connection, text: str, at: datetime | None = None) -> int:
    """Keep a message for the user ("Your move of Ada Lovelace ... was undone: ..."); its id."""
    cur = conn.execute(
        "INSERT INTO sync_messages (at, text, read) VALUES (?, ?, 0)", (wire_timestamp(at), text)
    )
    return int(cur.lastrowid or 0)


def recent_messages(
    conn: sqlite3.Connection, limit: int = 50, unread_only: bool = False
) -> list[Message]:
    """The latest messages, newest first."""
    rows = conn.execute(
        "SELECT id, at, text, read FROM sync_messages WHERE read = 0 OR NOT ?"
        " ORDER BY id DESC LIMIT ?",
        (unread_only, limit),
    ).fetchall()
    return [Message(i, datetime.fromisoformat(at), text, bool(r)) for i, at, text, r in rows]


def unread_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_messages WHERE read = 0").fetchone()[0])


def mark_read(conn: sqlite3.Connection, ids: list[int] | None = None) -> None:
    """Mark these messages read (all of them when `ids` is None)."""
    if ids is None:
        conn.execute("UPDATE sync_messages SET read = 1 WHERE read = 0")
    else:
        conn.executemany("UPDATE sync_messages SET read = 1 WHERE id = ?", ((i,) for i in ids))
