"""The desktop's first sync and an incremental round trip, against a real server on loopback.

Bars (DESIGN.md): the first sync of 100,000 candidates and 250,000 applications (with their
histories, notes and feedback) under 10 s and within 3x its floor; an incremental round
trip under 150 ms.

Floor of the first sync, measured in the same run on the same rows: every page fetched over
HTTP (the feed's rows shape, as the app pulls it) and decoded (orjson), plus a raw sqlite3
executemany of the same rows into a fresh cache file (the cache's tables and indexes, one
transaction). Floor of a round trip: one
GET of the feed from the cursor, decoded.

    .venv/bin/python -m benchmarks.sync                   # 100,000 / 250,000
    .venv/bin/python -m benchmarks.sync --size small
"""

import argparse
import asyncio
import json
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import orjson
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication

from benchmarks.support.server import EMAIL, PASSWORD, Server, seed
from recruiter_desktop.services.api_client import ApiClient
from recruiter_desktop.services.auth import AuthService
from recruiter_desktop.services.session import open_session
from recruiter_desktop.store import sync_state
from recruiter_desktop.store.database import open_cache
from recruiter_desktop.store.schema import ENTITIES

SIZES = {"small": (2_000, 5_000), "full": (100_000, 250_000)}
PAGE = 5000


def _token(url: str) -> str:
    answer = httpx.post(f"{url}/api/v1/auth/token", data={"username": EMAIL, "password": PASSWORD})
    return str(answer.json()["access_token"])


def _floor(url: str, cache_dir: Path) -> tuple[float, int]:
    """Fetch and decode every page (the rows shape the app pulls), then insert the same rows
    with raw executemany."""
    headers = {"Authorization": f"Bearer {_token(url)}"}
    started = time.perf_counter()
    rows: dict[str, list[list[Any]]] = {}
    cursor = None
    count = 0
    with httpx.Client(base_url=url, timeout=120, headers=headers) as http:
        while True:
            params: dict[str, Any] = {"limit": PAGE, "shape": "rows"}
            if cursor:
                params["cursor"] = cursor
            page = orjson.loads(http.get("/api/v1/sync/changes", params=params).content)
            for entity, op, values, *_ in page["changes"]:
                if op == "upsert" and entity in ENTITIES:
                    rows.setdefault(entity, []).append(values)
            count += len(page["changes"])
            cursor = page["cursor"]
            if not page["has_more"]:
                break
    cache = open_cache(cache_dir / "floor.sqlite3")
    with cache.write() as conn:
        for entity, received in rows.items():
            spec = ENTITIES[entity]
            stored = received
            if spec.json_fields:  # tags: stored as JSON text
                stored = [[_as_text(v) for v in row] for row in received]
            conn.executemany(spec.upsert_sql, stored)
    cache.close()
    return time.perf_counter() - started, count


def _as_text(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list) else value


async def _first_sync_and_round_trip(url: str, data_dir: Path) -> tuple[float, int, float, float]:
    api = ApiClient(url)
    # The sign-in stays in memory, whatever keyring this machine has.
    auth = AuthService(api, keyring_backend=fail.Keyring())  # type: ignore[no-untyped-call]
    await auth.sign_in(EMAIL, PASSWORD)
    session = await open_session(api, auth, data_dir=data_dir, interval=3600)
    started = time.perf_counter()
    result = await session.engine.sync_now()
    first = time.perf_counter() - started
    # One change on the server, then the round that brings it.
    headers = {"Authorization": f"Bearer {_token(url)}"}
    async with httpx.AsyncClient(base_url=url, headers=headers) as http:
        app = (await http.get("/api/v1/applications", params={"limit": 1})).json()["items"][0]
        note = {"candidate_id": app["candidate_id"], "body": "A benchmark note."}
        await http.post("/api/v1/notes", json=note)
        started = time.perf_counter()
        await session.engine.sync_now()
        round_trip = time.perf_counter() - started
        with session.cache.read() as conn:
            cursor = sync_state.cursor(conn)
        await http.post("/api/v1/notes", json=note)
        started = time.perf_counter()
        json.loads((await http.get("/api/v1/sync/changes", params={"cursor": cursor})).content)
        round_floor = time.perf_counter() - started
    await session.close()
    await api.aclose()
    return first, result.pulled, round_trip, round_floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="full")
    args = parser.parse_args()
    candidates, applications = SIZES[args.size]
    # The engine reports through QtCore signals; the app always has its Qt application.
    app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seed(work / "server.db", candidates, applications)
        with Server(work / "server.db") as server:
            floor, rows = _floor(server.url, work)
            first, pulled, round_trip, round_floor = asyncio.run(
                _first_sync_and_round_trip(server.url, work / "client")
            )
    size = f"{candidates:,} / {applications:,}"
    today = date.today().isoformat()
    print(
        f"| sync: first sync ({pulled:,} rows) | {size} | {first:.1f} s | {floor:.1f} s "
        f"| {first / floor:.1f}x | under 10 s, within 3x | {today} |"
    )
    print(
        f"| sync: incremental round trip | {size} | {round_trip * 1000:.0f} ms "
        f"| {round_floor * 1000:.0f} ms | {round_trip / round_floor:.1f}x | under 150 ms "
        f"| {today} |"
    )
    assert rows == pulled, (rows, pulled)
    del app


if __name__ == "__main__":
    main()
