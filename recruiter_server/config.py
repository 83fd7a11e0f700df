"""Settings of the server, read from the `RECRUITER_*` environment (stable names)."""

from functools import cached_property

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# Used only when RECRUITER_SECRET_KEY is unset, so that a first `serve` on a laptop works;
# `serve` warns about it, and production sets its own key.
DEVELOPMENT_SECRET = "development-secret-change-me-0123456789abcdef"  # noqa: S105


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RECRUITER_", extra="ignore")

    database_url: str = "sqlite:///recruiter.db"
    secret_key: SecretStr = SecretStr(DEVELOPMENT_SECRET)
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    # A refresh whose answer was lost may be retried with the old token this long after.
    refresh_retry_grace_seconds: int = 30
    # Failed sign-ins allowed per e-mail address and per client address in the window.
    login_failures_allowed: int = 5
    login_failures_allowed_per_client: int = 50
    login_failure_window_seconds: int = 300
    linkedin_base_url: str = "https://api.linkedin.com"
    linkedin_client_id: str = ""
    linkedin_client_secret: SecretStr = SecretStr("")
    # This ATS instance as LinkedIn Recruiter lists it (the contact card's "Change ATS").
    linkedin_instance_name: str = "Recruiter ATS"
    # This server's address as browsers and LinkedIn reach it (sign-in redirects, the push
    # callback); empty: the address the admin's desktop used when setting up.
    linkedin_public_url: str = ""
    # How far back the first sync after enabling goes (closed jobs included), in days.
    linkedin_history_days: int = 730
    # Contract level: InMails, notes and stub profiles are pulled this often.
    linkedin_pull_minutes: float = 120
    # How often the background worker looks for LinkedIn work (pushes, pulls, status).
    linkedin_worker_seconds: float = 10
    # While the setup waits for LinkedIn, its status is also polled this often.
    linkedin_status_poll_seconds: float = 60
    # A 1-click export older than this when it arrives is refused.
    linkedin_export_max_age_seconds: int = 3600
    linkedin_timeout_seconds: float = 15
    # Retries of one call on 429 and 5xx, waiting as LinkedIn says (Retry-After) or longer
    # each time.
    linkedin_max_retries: int = 4
    sync_page_limit: int = 5000
    # Addresses of reverse proxies whose X-Forwarded-For names the real client (rate limit).
    forwarded_allow_ips: str = "127.0.0.1"

    @cached_property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def uses_development_secret(self) -> bool:
        return self.secret_key.get_secret_value() == DEVELOPMENT_SECRET
