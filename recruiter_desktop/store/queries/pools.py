"""Talent pools and their members."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from recruiter_desktop.store.queries.common import (
    Page,
    by_rowid,
    check_page,
    parse_time,
    person,
    rowids_of,
    snapshot,
)

# --- Talent pools -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PoolSummary:
    id: str
    name: str
    description: str
    is_system: bool
    system_key: str | None
    created_at: datetime
    members: int


def pools(conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0) -> Page[PoolSummary]:
    """Talent pools with their number of members: the system's first, then by name."""
    check_page(limit, offset)
    with snapshot(conn):
        total = conn.execute("SELECT count(*) FROM talent_pools").fetchone()[0]
        rows = conn.execute(
            "SELECT p.id, p.name, p.description, p.is_system, p.system_key, p.created_at,"
            " (SELECT count(*) FROM pool_members AS m WHERE m.pool_id = p.id)"
            " FROM talent_pools AS p"
            " ORDER BY p.is_system DESC, p.name COLLATE NOCASE, p.rowid LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
    return Page(
        tuple(
            PoolSummary(pid, name, text, bool(system), key, parse_time(created), n)
            for pid, name, text, system, key, created, n in rows
        ),
        total,
        offset,
        limit,
    )


class MemberSort(StrEnum):
    ADDED = "added"  # newest first
    NAME = "name"  # last name, then first name


@dataclass(frozen=True, slots=True)
class PoolMemberRow:
    member_id: str
    candidate_id: str
    first_name: str
    last_name: str
    headline: str
    location: str
    email: str | None
    added_at: datetime
    added_by: str | None  # the user's name; None when the system added them


_MEMBER_ORDER = {
    MemberSort.ADDED: "m.added_at DESC, m.rowid DESC",
    MemberSort.NAME: "c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, m.rowid",
}
_MEMBERS_SQL = (
    "SELECT m.rowid, m.id, m.candidate_id, coalesce(c.first_name, ''),"
    " coalesce(c.last_name, ''), coalesce(c.headline, ''), coalesce(c.location, ''), c.email,"
    " m.added_at, u.first_name, u.last_name FROM pool_members AS m"
    " LEFT JOIN candidates AS c ON c.id = m.candidate_id"
    " LEFT JOIN users AS u ON u.id = m.added_by_id"
    " WHERE m.rowid IN (SELECT value FROM json_each(?))"
)


def pool_members(
    conn: sqlite3.Connection,
    pool_id: str,
    *,
    sort: MemberSort = MemberSort.ADDED,
    limit: int = 50,
    offset: int = 0,
) -> Page[PoolMemberRow]:
    """A page of a pool's members, newest first or by name."""
    check_page(limit, offset)
    with snapshot(conn):
        total = conn.execute(
            "SELECT count(*) FROM pool_members WHERE pool_id = ?", (pool_id,)
        ).fetchone()[0]
        rowids = rowids_of(
            conn,
            "SELECT m.rowid FROM pool_members AS m"  # noqa: S608 (fragments of this module)
            " LEFT JOIN candidates AS c ON c.id = m.candidate_id WHERE m.pool_id = ?"
            f" ORDER BY {_MEMBER_ORDER[sort]} LIMIT ? OFFSET ?",
            (pool_id, limit, offset),
        )
        rows = by_rowid(conn, _MEMBERS_SQL, rowids)
    members = tuple(
        PoolMemberRow(
            mid, cid, first, last, headline, location, email, parse_time(added), person(uf, ul)
        )
        for mid, cid, first, last, headline, location, email, added, uf, ul in rows
    )
    return Page(members, total, offset, limit)
