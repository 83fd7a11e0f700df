"""A minimal sync client for tests: pulls every page and keeps the latest row of each entity."""

from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class Replica:
    """What a client's cache would hold after applying the feed in order."""

    http: httpx.Client
    headers: dict[str, str]
    cursor: str | None = None
    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    resets: int = 0

    def pull(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Pull until has_more is false; returns the changes received."""
        received: list[dict[str, Any]] = []
        while True:
            params: dict[str, Any] = {"limit": limit}
            if self.cursor:
                params["cursor"] = self.cursor
            response = self.http.get("/api/v1/sync/changes", params=params, headers=self.headers)
            assert response.status_code == 200, response.text
            page = response.json()
            if page.get("reset_required"):
                self.resets += 1
                self.cursor = None
                self.rows.clear()
                continue
            for change in page["changes"]:
                key = (change["entity"], change["id"])
                if change["op"] == "delete":
                    self.rows.pop(key, None)
                else:
                    self.rows[key] = change["data"]
            received.extend(page["changes"])
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return received

    def ids(self, entity: str) -> set[str]:
        return {i for (e, i) in self.rows if e == entity}
