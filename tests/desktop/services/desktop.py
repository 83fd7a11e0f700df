"""A desktop client for tests, built as the app builds it: ApiClient, AuthService (with an
in-memory OS keyring), the user's cache file, SyncStatus and SyncEngine."""

from pathlib import Path
from typing import Any

import httpx

from recruiter_desktop.services.api_client import ApiClient, RetryPolicy
from recruiter_desktop.services.auth import AuthService
from recruiter_desktop.services.session import Session, open_session
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.schema import ENTITIES
from tests.desktop.keyring_backend import MemoryKeyring
from tests.server.sync_client import Replica

# Quick retries: a stopped server is declared offline in a fraction of a second.
QUICK = RetryPolicy(attempts=3, base_delay=0.02, max_delay=0.1, max_retry_after=5.0)


async def sign_in(url: str, email: str, data_dir: Path, password: str = "pw") -> Session:
    """A signed-in session whose engine syncs only when told (no background rounds)."""
    api = ApiClient(url, retry=QUICK)
    auth = AuthService(api, keyring_backend=MemoryKeyring())
    await auth.sign_in(email, password)
    return await open_session(api, auth, data_dir=data_dir, interval=3600)


async def close(session: Session) -> None:
    await session.close()
    await session.api.aclose()


def cache_versions(cache: Cache) -> dict[tuple[str, str], int]:
    """(entity, id) -> version of every row of the cache."""
    rows: dict[tuple[str, str], int] = {}
    with cache.read() as conn:
        for entity, spec in ENTITIES.items():
            for row_id, version in conn.execute(
                f'SELECT id, version FROM "{spec.table.name}"'  # noqa: S608 (schema names)
            ):
                rows[(entity, row_id)] = version
    return rows


def server_versions(url: str, email: str, password: str = "pw") -> dict[tuple[str, str], int]:
    """(entity, id) -> version of every row the server's feed gives this user."""
    with httpx.Client(base_url=url, timeout=30) as http:
        token = http.post(
            "/api/v1/auth/token", data={"username": email, "password": password}
        ).json()["access_token"]
        replica = Replica(http, {"Authorization": f"Bearer {token}"})
        replica.pull()
        return {key: int(data["version"]) for key, data in replica.rows.items()}


def row(cache: Cache, table: str, row_id: str) -> dict[str, Any] | None:
    with cache.read() as conn:
        cursor = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))  # noqa: S608
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found, strict=True))
