"""Named transaction-scoped locks: PostgreSQL advisory locks, no-ops on SQLite (whose
writing transactions are serialised already by BEGIN IMMEDIATE)."""

import hashlib

from sqlalchemy import text
from sqlalchemy.orm import Session


def _key(name: str) -> int:
    # A collision of two names only makes two unrelated transactions wait for each other.
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def lock(session: Session, name: str) -> None:
    """Wait for and hold the lock named `name` until the transaction ends."""
    if _is_postgresql(session):
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _key(name)})


def try_lock(session: Session, name: str) -> bool:
    """Take the lock if free; False when another transaction holds it."""
    if not _is_postgresql(session):
        return True
    return bool(
        session.execute(
            text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _key(name)}
        ).scalar()
    )
