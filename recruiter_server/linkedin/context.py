"""What every piece of the LinkedIn side works with: the settings, the database, the API
client, the customer application's credentials and a way to nudge the background worker.

These functions open their own short transactions instead of taking the request's session:
a call to LinkedIn may take seconds, and no database lock (SQLite's single writer above all)
is held while it runs. The rules they apply are the domain's (recruiter_server.domain.linkedin).
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.db.models import LinkedInEventLog, ServerIdentity
from recruiter_server.db.types import utcnow
from recruiter_server.domain.errors import Conflict
from recruiter_server.domain.linkedin.integration import connection, integration
from recruiter_server.linkedin.client import Credentials, LinkedInClient
from recruiter_server.linkedin.sealed import unseal

WEBHOOK_PATH = "/api/v1/linkedin/webhooks/export"
CALLBACK_PATH = "/api/v1/linkedin/oauth/callback"


@dataclass
class Context:
    settings: Settings
    db: Database
    client: LinkedInClient
    # Wakes the background worker (set by the worker when it runs).
    wake: Callable[[], None] = lambda: None
    # One history sync, outbox push or pull at a time in this process (worker/exclusive).
    locks: dict[str, threading.Lock] = field(default_factory=dict)

    def app_credentials(self, session: Session) -> Credentials:
        """The customer (child) application's credentials; Conflict before the first connect."""
        conn = connection(session)
        if not conn.app_client_id or not conn.app_client_secret:
            raise Conflict(
                "This server is not connected to LinkedIn yet: an admin connects it in "
                "Admin settings > LinkedIn integration."
            )
        return Credentials(conn.app_client_id, unseal(self.settings, conn.app_client_secret))

    def public_url(self, request_base: str | None) -> str:
        """The server's address as browsers and LinkedIn reach it."""
        url = self.settings.linkedin_public_url or request_base or ""
        return url.rstrip("/")

    def organization_urn(self, session: Session) -> str:
        urn = integration(session).organization_urn
        if not urn:
            raise Conflict("The LinkedIn integration has no organisation yet; finish the setup.")
        return urn


def unique_foreign_id(session: Session) -> str:
    """This ATS instance's id at LinkedIn: one child application per database."""
    server_id = session.execute(select(ServerIdentity.server_id)).scalar_one()
    return f"recruiter-ats:{server_id}"


def log_event(
    session: Session,
    *,
    type: str,
    outcome: str,
    message: str,
    event_id: str | None = None,
    handled: bool = False,
    candidate_id: object = None,
    job_id: object = None,
    application_id: object = None,
    at: datetime | None = None,
) -> LinkedInEventLog:
    """Add a line to the admins' list of what LinkedIn sent and what came of it."""
    row = LinkedInEventLog(
        type=type[:40],
        outcome=outcome,
        message=message,
        event_id=event_id[:200] if event_id else None,
        handled_key=event_id[:200] if handled and event_id else None,
        candidate_id=candidate_id,
        job_id=job_id,
        application_id=application_id,
        received_at=at or utcnow(),
    )
    session.add(row)
    return row
