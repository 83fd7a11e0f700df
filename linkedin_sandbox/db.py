"""The sandbox's own SQLite file: its tables (SQLAlchemy Core) and the Store that opens it.

Times are epoch milliseconds, as in LinkedIn's API. Writes go through one lock: SQLite has a
single writer anyway, and the lock spares the threads of the endpoints and the push loop any
"database is locked" when two of them start writing at once.
"""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    inspect,
)
from sqlalchemy.pool import StaticPool

metadata = MetaData()

organizations = Table(
    "organizations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String, nullable=False),
)

contracts = Table(
    "contracts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("organization_id", ForeignKey("organizations.id"), nullable=False),
    Column("name", String, nullable=False),
)

members = Table(
    "members",
    metadata,
    Column("id", String, primary_key=True),
    Column("first_name", String, nullable=False),
    Column("last_name", String, nullable=False),
    Column("email", String, unique=True),
    Column("headline", String, nullable=False),
    Column("location", String, nullable=False),
    Column("current_title", String),
    Column("current_company", String),
    Column("profile_url", String, nullable=False),
    Column("created_at", Integer, nullable=False),
)

seats = Table(
    "seats",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("contract_id", ForeignKey("contracts.id"), nullable=False),
    Column("member_id", ForeignKey("members.id"), nullable=False),
    Column("role", String, nullable=False),  # ADMIN or RECRUITER
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", Integer, nullable=False),
)

projects = Table(
    "projects",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("contract_id", ForeignKey("contracts.id"), nullable=False),
    Column("owner_seat_id", ForeignKey("seats.id"), nullable=False),
    Column("name", String, nullable=False),
    Column("created_at", Integer, nullable=False),
)

project_candidates = Table(
    "project_candidates",
    metadata,
    Column("project_id", ForeignKey("projects.id"), primary_key=True),
    Column("member_id", ForeignKey("members.id"), primary_key=True),
    Column("added_by_seat_id", ForeignKey("seats.id")),
    Column("added_at", Integer, nullable=False),
)

# Customer (child) applications, one per ATS instance, made by the partner app.
customer_apps = Table(
    "customer_apps",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_id", String, nullable=False, unique=True),
    Column("client_secret", String, nullable=False),
    Column("name", String, nullable=False),
    Column("description", String, nullable=False, default=""),
    Column("unique_foreign_id", String, nullable=False, unique=True),
    Column("callback_urls", JSON, nullable=False),
    Column("js_sdk_domains", JSON, nullable=False),
    # Bound when an admin requests the integration for one of their contracts.
    Column("organization_id", ForeignKey("organizations.id")),
    Column("contract_id", ForeignKey("contracts.id")),
    Column("created_at", Integer, nullable=False),
)

integrations = Table(
    "integrations",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("integration_type", String, primary_key=True),
    Column("integration_context", String, nullable=False),
    Column("integration_name", String),
    Column("status", String, nullable=False),
    Column("requested_at", Integer, nullable=False),
    Column("updated_at", Integer, nullable=False),
)

configurations = Table(
    "configurations",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("integration_type", String, primary_key=True),
    Column("name", String, primary_key=True),
    Column("value", String, nullable=False),
)

tokens = Table(
    "tokens",
    metadata,
    Column("token", String, primary_key=True),
    Column("kind", String, nullable=False),  # PARTNER, APPLICATION or MEMBER
    Column("app_id", ForeignKey("customer_apps.id")),
    Column("member_id", ForeignKey("members.id")),
    Column("scope", String, nullable=False, default=""),
    Column("expires_at", Integer, nullable=False),
    Column("created_at", Integer, nullable=False),
)

refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    Column("token", String, primary_key=True),
    Column("client_id", String, nullable=False),
    Column("member_id", ForeignKey("members.id"), nullable=False),
    Column("scope", String, nullable=False, default=""),
    Column("expires_at", Integer, nullable=False),
)

authorization_codes = Table(
    "authorization_codes",
    metadata,
    Column("code", String, primary_key=True),
    Column("client_id", String, nullable=False),
    Column("member_id", ForeignKey("members.id"), nullable=False),
    Column("redirect_uri", String, nullable=False),
    Column("scope", String, nullable=False, default=""),
    Column("expires_at", Integer, nullable=False),
    Column("used", Boolean, nullable=False, default=False),
)

jobs = Table(
    "jobs",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("external_id", String, primary_key=True),
    Column("title", String, nullable=False),
    Column("state", String, nullable=False),
    Column("data", JSON, nullable=False),
    # LinkedIn processes a posting asynchronously; Recruiter finds it only after this time.
    Column("visible_at", Integer, nullable=False),
    Column("updated_at", Integer, nullable=False),
)

job_tasks = Table(
    "job_tasks",
    metadata,
    Column("id", String, primary_key=True),
    Column("app_id", ForeignKey("customer_apps.id"), nullable=False),
    Column("external_id", String, nullable=False),
    Column("created_at", Integer, nullable=False),
    Column("done_at", Integer, nullable=False),
)

ats_candidates = Table(
    "ats_candidates",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("ats_id", String, primary_key=True),
    Column("data", JSON, nullable=False),
    Column("emails", JSON, nullable=False),  # lower-cased, for matching members
    Column("manual_member_id", String),
    Column("updated_at", Integer, nullable=False),
)

ats_applications = Table(
    "ats_applications",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("ats_id", String, primary_key=True),
    Column("candidate_ats_id", String, nullable=False),
    Column("job_ats_id", String, nullable=False),
    Column("data", JSON, nullable=False),
    Column("updated_at", Integer, nullable=False),
)

# Sub-resources: candidate notes, application stages, notes and interview feedback.
ats_children = Table(
    "ats_children",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("parent_kind", String, primary_key=True),  # candidate or application
    Column("parent_id", String, primary_key=True),
    Column("kind", String, primary_key=True),  # stages, notes or interviewFeedback
    Column("record_id", String, primary_key=True),
    Column("data", JSON, nullable=False),
    Column("updated_at", Integer, nullable=False),
)

ats_acls = Table(
    "ats_acls",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("entity_type", String, primary_key=True),
    Column("entity_id", String, primary_key=True),
    Column("acl_id", String, primary_key=True),
)

ats_acl_assignees = Table(
    "ats_acl_assignees",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("entity_type", String, primary_key=True),
    Column("acl_id", String, primary_key=True),
    Column("assignee", String, primary_key=True),
)

exports = Table(
    "exports",
    metadata,
    Column("request_id", String, primary_key=True),
    Column("app_id", ForeignKey("customer_apps.id"), nullable=False),
    Column("member_id", ForeignKey("members.id"), nullable=False),
    Column("seat_id", ForeignKey("seats.id"), nullable=False),
    Column("job_external_id", String, nullable=False),
    Column("exported_at", Integer, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String, primary_key=True),
    Column("app_id", ForeignKey("customer_apps.id"), nullable=False),
    Column("type", String, nullable=False),
    Column("status", String, nullable=False),  # PENDING, DELIVERED or FAILED
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", Integer),
    Column("last_error", String),
    Column("delivered_at", Integer),
    Column("created_at", Integer, nullable=False),
    # What an INTEGRATION_STATUS_CHANGE reports: the integrations as they became.
    Column("detail", JSON),
)

event_attempts = Table(
    "event_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", ForeignKey("events.id"), nullable=False),
    Column("attempted_at", Integer, nullable=False),
    Column("step", String, nullable=False),  # challenge or push
    Column("url", String),
    Column("status_code", Integer),
    Column("ok", Boolean, nullable=False),
    Column("error", String),
)

validated_callbacks = Table(
    "validated_callbacks",
    metadata,
    Column("app_id", ForeignKey("customer_apps.id"), primary_key=True),
    Column("url", String, primary_key=True),
    Column("validated_at", Integer, nullable=False),
)

inmail_threads = Table(
    "inmail_threads",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seat_id", ForeignKey("seats.id"), nullable=False),
    Column("member_id", ForeignKey("members.id"), nullable=False),
    # A private conversation is never shared with the organisation, so never synced.
    Column("shared", Boolean, nullable=False),
    Column("created_at", Integer, nullable=False),
)

inmail_messages = Table(
    "inmail_messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("thread_id", ForeignKey("inmail_threads.id"), nullable=False),
    Column("direction", String, nullable=False),  # OUTBOUND (seat to member) or INBOUND
    Column("subject", String),
    Column("body", String, nullable=False),
    Column("created_at", Integer, nullable=False),
)

prospect_notes = Table(
    "prospect_notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seat_id", ForeignKey("seats.id"), nullable=False),
    Column("member_id", ForeignKey("members.id"), nullable=False),
    Column("text", String, nullable=False),
    Column("shared", Boolean, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", Integer, nullable=False),
    Column("modified_at", Integer, nullable=False),
)

mail_stubs = Table(
    "mail_stubs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seat_id", ForeignKey("seats.id"), nullable=False),
    Column("member_id", ForeignKey("members.id"), nullable=False),
    Column("email", String),
    Column("created_at", Integer, nullable=False),
)


def now_ms() -> int:
    """The current time in epoch milliseconds, LinkedIn's unit."""
    return time.time_ns() // 1_000_000


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """The sandbox's database: `read()` for queries, `write()` for one serialised transaction."""

    def __init__(self, path: Path | str) -> None:
        self._in_memory = str(path) == ":memory:"
        if self._in_memory:
            # One shared connection, or each thread would see its own empty database.
            self.engine = create_engine(
                "sqlite://",
                connect_args={"check_same_thread": False},
                poolclass=StaticPool,
            )
        else:
            self.engine = create_engine(
                f"sqlite:///{path}",
                connect_args={"check_same_thread": False, "timeout": 30},
            )
        event.listen(self.engine, "connect", _sqlite_pragmas)
        self._write_lock = threading.RLock()

    def create_schema(self) -> bool:
        """Creates the tables that are missing; True when the file was new (needs a seed)."""
        fresh = not inspect(self.engine).has_table("members")
        metadata.create_all(self.engine)
        return fresh

    @contextmanager
    def read(self) -> Iterator[Connection]:
        if self._in_memory:
            # The one shared connection must not serve two threads at once.
            with self._write_lock, self.engine.connect() as conn:
                yield conn
        else:
            with self.engine.connect() as conn:
                yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self._write_lock, self.engine.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()
