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
    # "rows": pull the feed's rows shape, read back into the changes shape.
    shape: str = "changes"
    # Each page's changes as received (the rows shape does not keep their order in a page).
    pages: list[list[dict[str, Any]]] = field(default_factory=list)

    def pull(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Pull until has_more is false; returns the changes received."""
        received: list[dict[str, Any]] = []
        while True:
            params: dict[str, Any] = {"limit": limit, "shape": self.shape}
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
            if self.shape == "rows":
                page["changes"] = [as_change(page["fields"], row) for row in page["changes"]]
            for change in page["changes"]:
                key = (change["entity"], change["id"])
                if change["op"] == "delete":
                    self.rows.pop(key, None)
                else:
                    self.rows[key] = change["data"]
            received.extend(page["changes"])
            self.pages.append(page["changes"])
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return received

    def ids(self, entity: str) -> set[str]:
        return {i for (e, i) in self.rows if e == entity}


def as_change(fields: dict[str, list[str]], row: list[Any]) -> dict[str, Any]:
    """A change of the rows shape in the changes shape."""
    if row[1] == "delete":
        entity, op, row_id, version = row
        return {"entity": entity, "id": row_id, "op": op, "version": version, "data": None}
    entity, op, values = row
    data = dict(zip(fields[entity], values, strict=True))
    return {"entity": entity, "id": data["id"], "op": op, "version": data["version"], "data": data}
