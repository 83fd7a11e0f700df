"""What can be tuned in the sandbox: the partner app, token lifetimes, limits, push retries, and
the size of the seeded world. Every field reads `LINKEDIN_SANDBOX_<NAME>` from the environment;
tests pass a `SandboxSettings(...)` directly so they can hit limits and retries in milliseconds.
"""

from typing import Literal

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_PARTNER_CLIENT_ID = "sandbox-partner"
DEFAULT_PARTNER_CLIENT_SECRET = "sandbox-partner-secret"  # noqa: S105 - a documented default


class WorldSizes(BaseModel):
    """How much the seed function makes; the same sizes and `random_seed` make the same world."""

    members: int = Field(default=40, ge=0)
    # Recruiter seat holders besides the admin, spread over the two contracts.
    recruiters: int = Field(default=4, ge=1)
    projects: int = Field(default=3, ge=0)
    # Groups of two or three members who share the same first and last name.
    shared_name_groups: int = Field(default=2, ge=0)
    # Share of members whose e-mail address LinkedIn knows (they can be matched by e-mail).
    email_share: float = Field(default=0.6, ge=0.0, le=1.0)
    # History that exists before any integration: InMails and notes of the last `history_days`.
    inmails: int = Field(default=10, ge=0)
    notes: int = Field(default=6, ge=0)
    history_days: int = Field(default=60, ge=1)
    random_seed: int = 7


class SandboxSettings(BaseSettings):
    """Settings of one sandbox; defaults follow LinkedIn's documented numbers."""

    model_config = SettingsConfigDict(env_prefix="LINKEDIN_SANDBOX_", extra="ignore")

    # The partner (parent) application that the ATS vendor holds.
    partner_client_id: str = DEFAULT_PARTNER_CLIENT_ID
    partner_client_secret: str = DEFAULT_PARTNER_CLIENT_SECRET
    # Redirect URIs the partner app may use in the authorization-code flow; empty allows any.
    partner_redirect_uris: list[str] = []
    # Which secret signs push events and answers challenges: the partner app's (default, as the
    # ATS server is configured with it) or the customer (child) application's own.
    push_signed_with: Literal["partner", "application"] = "partner"

    application_token_seconds: int = Field(default=1800, ge=1)
    member_token_seconds: int = Field(default=60 * 24 * 3600, ge=1)
    refresh_token_seconds: int = Field(default=365 * 24 * 3600, ge=1)
    authorization_code_seconds: int = Field(default=1800, ge=1)

    batch_limit: int = Field(default=100, ge=1)
    records_per_minute: int = Field(default=10_000, ge=1)
    exports_per_seat_per_month: int = Field(default=300, ge=1)
    integration_requests_per_day: int = Field(default=5_000, ge=1)
    # simpleJobPostingTasks stay IN_PROGRESS this long before they succeed.
    job_task_seconds: float = Field(default=1.0, ge=0.0)
    conversation_window_hours: float = Field(default=12.0, gt=0.0)

    push_max_attempts: int = Field(default=6, ge=1)
    # Attempt n waits push_backoff_seconds * 2**(n-1) after a failure.
    push_backoff_seconds: float = Field(default=2.0, ge=0.0)
    # LinkedIn expects the challenge answer within 3 s; pushes get the same time.
    push_timeout_seconds: float = Field(default=3.0, gt=0.0)

    world: WorldSizes = WorldSizes()
