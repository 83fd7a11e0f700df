"""Where the cache files live: one per server and user, so that signing in to another server
or as another user never mixes their data."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

APP_NAME = "recruiter-desktop"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def data_dir(given: Path | None = None) -> Path:
    """The app's data directory: `given` (from --data-dir), else the platform's."""
    return given if given is not None else Path(platformdirs.user_data_dir(APP_NAME))


def server_key(server_url: str) -> str:
    """'host-port' of a server URL, safe as a file name ('127.0.0.1-8000', 'ats.example-443')."""
    parts = urlsplit(server_url)
    if not parts.hostname:
        raise ValueError(f"The server address {server_url!r} has no host name.")
    port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower())
    if port is None:
        raise ValueError(f"The server address {server_url!r} has no port and no known scheme.")
    host = re.sub(r"[^a-z0-9.-]", "_", parts.hostname.lower())
    return f"{host}-{port}"


def cache_path(server_url: str, user_id: str, base: Path | None = None) -> Path:
    """`<data>/caches/<host-port>-<user id>.sqlite3` for this server and user."""
    safe_user = re.sub(r"[^A-Za-z0-9-]", "_", str(user_id))
    return data_dir(base) / "caches" / f"{server_key(server_url)}-{safe_user}.sqlite3"


def search_path(cache: Path) -> Path:
    """The search index's file beside the cache file `cache` (schema.SEARCH_SCHEMA)."""
    return cache.with_suffix(".search.sqlite3")
