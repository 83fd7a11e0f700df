"""The organisation's people, as the Admin settings' list of users shows them."""

import sqlite3
from dataclasses import dataclass

from recruiter_api.enums import OrgRole
from recruiter_desktop.store.queries.common import Page, check_page, snapshot


@dataclass(frozen=True, slots=True)
class UserRow:
    id: str
    email: str
    name: str
    role: OrgRole
    active: bool
    jobs: int  # jobs they hold a role on


def users(conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0) -> Page[UserRow]:
    """A page of the users in the cache: active ones first, then by last and first name."""
    check_page(limit, offset)
    with snapshot(conn):
        total = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        rows = conn.execute(
            "SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.active,"
            " (SELECT count(DISTINCT r.job_id) FROM job_roles AS r WHERE r.user_id = u.id)"
            " FROM users AS u ORDER BY u.active DESC, u.last_name COLLATE NOCASE,"
            " u.first_name COLLATE NOCASE, u.rowid LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
    return Page(
        tuple(
            UserRow(uid, email, f"{first} {last}".strip(), OrgRole(role), bool(active), jobs)
            for uid, email, first, last, role, active, jobs in rows
        ),
        total,
        offset,
        limit,
    )


def user_name(conn: sqlite3.Connection, user_id: str) -> str | None:
    """A user's first and last name; None when the cache does not hold them (yet)."""
    row = conn.execute(
        "SELECT first_name, last_name FROM users WHERE id = ?", (user_id,)
    ).fetchone()
    return None if row is None else f"{row[0]} {row[1]}".strip()
