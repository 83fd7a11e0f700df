"""Talking to the live test server the way the sync engine will: pull pages of the feed
into a cache, push its outbox and settle the answers."""

from types import TracebackType
from typing import Any

import httpx

from recruiter_desktop.store import apply, feed_page, outbox, sync_state
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.feed_page import PageRows
from recruiter_desktop.store.local_writes import Answer, settle
from tests.server.world import World


def grouped(page: dict[str, Any], *extra: list[Any]) -> PageRows:
    """A decoded page grouped for the cache, with `extra` changes (rows shape) at its end."""
    return feed_page.group(page["fields"], [*page["changes"], *extra])


class Feed:
    def __init__(self, url: str, world: World) -> None:
        self.world = world
        self.http = httpx.Client(base_url=url, timeout=30)

    def __enter__(self) -> "Feed":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.http.close()

    def call(self, user: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A REST call as `user`, which must succeed."""
        response = self.http.request(method, path, headers=self.world.auth(user), **kwargs)
        assert response.is_success, response.text
        return response

    def page(self, user: str, cursor: str | None = None, limit: int = 1000) -> dict[str, Any]:
        """A page of the feed in the rows shape the app pulls, decoded."""
        params: dict[str, Any] = {"limit": limit, "shape": "rows"}
        if cursor:
            params["cursor"] = cursor
        page: dict[str, Any] = self.call(user, "GET", "/api/v1/sync/changes", params=params).json()
        assert "changes" in page, page
        return page

    def sync(self, cache: Cache, user: str, limit: int = 1000) -> list[apply.Applied]:
        """Pull every page since the cache's cursor and apply each."""
        with cache.read() as conn:
            cursor = sync_state.cursor(conn)
        results = []
        while True:
            page = self.page(user, cursor, limit)
            results.append(apply.apply_page(cache, grouped(page), page["cursor"]))
            cursor = page["cursor"]
            if not page["has_more"]:
                return results

    def push(self, cache: Cache, user: str) -> list[dict[str, Any]]:
        """Send the whole outbox, settle the answers (with the server's detail as the
        message of those not applied); the raw results."""
        with cache.read() as conn:
            pending = outbox.pending(conn)
        if not pending:
            return []
        body = {"mutations": [m.wire() for m in pending]}
        results: list[dict[str, Any]] = self.call(
            user, "POST", "/api/v1/sync/mutations", json=body
        ).json()["results"]
        settle(
            cache,
            [
                Answer(
                    r["id"],
                    r["status"],
                    r["entity"],
                    None if r["status"] == "applied" else r["detail"],
                )
                for r in results
            ],
        )
        return results
