"""What people do in these tests, in one place: the admin's setup wizard through the real
sandbox, users signing in to LinkedIn, and waiting for LinkedIn's pushes to be handled."""

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlparse

import httpx

from recruiter_server.db.engine import Database
from tests.server.world import World

ADMIN_EMAIL = "maja.lindqvist@norrsken.example"
STOCKHOLM = "urn:li:contract:50001"
OSLO = "urn:li:contract:50002"
# The seeded sandbox: Maja holds an admin seat on both contracts; recruiters in turn.
SEATS = {
    ("maja", STOCKHOLM): "urn:li:seat:70001",
    ("maja", OSLO): "urn:li:seat:70002",
    ("erik", STOCKHOLM): "urn:li:seat:70003",
    ("sofia", OSLO): "urn:li:seat:70004",
    ("jonas", STOCKHOLM): "urn:li:seat:70005",
}
MEMBER_EMAILS = {
    "maja": ADMIN_EMAIL,
    "erik": "erik.sandberg@norrsken.example",
    "sofia": "sofia.nilsson@norrsken.example",
    "jonas": "jonas.berg@norrsken.example",
}

T = TypeVar("T")


def wait_for(what: str, check: Callable[[], T | None], timeout: float = 20.0) -> T:
    """Poll `check` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@dataclass
class LinkedIn:
    server: httpx.Client
    sandbox: httpx.Client
    world: World
    db: Database

    def as_(self, user: str) -> dict[str, str]:
        return self.world.auth(user)

    # --- The ATS server --------------------------------------------------------------

    def integration(self, user: str = "admin") -> dict[str, Any]:
        answer = self.server.get("/api/v1/linkedin/integration", headers=self.as_(user))
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def post(self, path: str, user: str = "admin", **kwargs: Any) -> httpx.Response:
        return self.server.post(f"/api/v1/linkedin{path}", headers=self.as_(user), **kwargs)

    def ok(self, response: httpx.Response) -> Any:
        assert response.status_code < 300, response.text
        return response.json()

    def sign_in(self, start: dict[str, Any], member: str) -> httpx.Response:
        """Answer LinkedIn's sign-in page as `member` (e-mail or id); the browser's redirect
        back to the server is followed. Returns the server's answer."""
        url = urlparse(start["authorization_url"])
        page = self.sandbox.get(url.path, params=parse_qs(url.query))
        assert page.status_code == 200, page.text
        fields = {k: v[0] for k, v in parse_qs(url.query).items()}
        decision = self.sandbox.post(
            "/oauth/v2/authorization",
            data={**fields, "member": member, "decision": "allow"},
        )
        assert decision.status_code == 302, decision.text
        back = urlparse(decision.headers["location"])
        assert back.path == "/api/v1/linkedin/oauth/callback"
        return self.server.get(
            back.path, params=parse_qs(back.query), headers={"Accept": "text/html"}
        )

    def connect_user(self, user: str, member: str) -> dict[str, Any]:
        start = self.ok(self.post("/me/connect", user))
        answer = self.sign_in(start, member)
        assert answer.status_code == 200, answer.text
        me = self.server.get("/api/v1/linkedin/me", headers=self.as_(user))
        return dict(self.ok(me))

    def events(self) -> list[dict[str, Any]]:
        answer = self.server.get("/api/v1/linkedin/integration/events", headers=self.as_("admin"))
        return list(self.ok(answer))

    def event(self, event_id: str) -> dict[str, Any]:
        """The server's line about a push, once the push has been handled."""

        def find() -> dict[str, Any] | None:
            return next((e for e in self.events() if e["event_id"] == event_id), None)

        return wait_for(f"the push {event_id} to be handled", find)

    # --- The whole setup -------------------------------------------------------------

    def set_up(self, level: str, contract: str = STOCKHOLM) -> dict[str, Any]:
        """The admin's wizard from Connect to Enabled at `level`, history sync done."""
        start = self.ok(self.post("/integration/connect"))
        assert self.integration()["state"] == "signing_in"
        answer = self.sign_in(start, ADMIN_EMAIL)
        assert answer.status_code == 200 and "contracts" in answer.text, answer.text
        row = self.integration()
        assert row["state"] == "choose_contract"
        assert {c["contract"] for c in row["contracts"]} == {STOCKHOLM, OSLO}
        assert (
            self.ok(self.post("/integration/contract", json={"contract": contract}))["state"]
            == "connected"
        )
        assert self.ok(self.post("/integration/request"))["state"] == "requested"
        assert self.ok(self.post("/integration/notify-partner"))["state"] == "partner_ready"
        enabled = self.sandbox.post(
            "/sandbox/integrations/enable", json={"level": level, "contract": contract}
        )
        assert enabled.status_code == 200, enabled.text
        self.event(enabled.json()["event"])
        return self.history_done(level)

    def history_done(self, level: str) -> dict[str, Any]:
        def done() -> dict[str, Any] | None:
            row = self.integration()
            finished = row["state"] == "enabled" and row["history_state"] in ("done", "failed")
            return row if finished else None

        row = wait_for("the history sync", done)
        assert row["history_state"] == "done", row["history_message"]
        assert row["level"] == level
        return row

    # --- LinkedIn Recruiter (the sandbox's people) -------------------------------------

    def member(self, first: str, last: str, email: str | None = None, **extra: Any) -> str:
        answer = self.sandbox.post(
            "/sandbox/members",
            json={"firstName": first, "lastName": last, "emailAddress": email, **extra},
        )
        assert answer.status_code == 201, answer.text
        return str(answer.json()["memberId"])

    def export(self, member: str, job: str, seat: str, **extra: Any) -> httpx.Response:
        return self.sandbox.post(
            "/sandbox/exports", json={"member": member, "job": job, "seat": seat, **extra}
        )

    def exported(self, member: str, job: str, seat: str, **extra: Any) -> dict[str, Any]:
        """Export and wait for the server's verdict on it."""
        answer = self.export(member, job, seat, **extra)
        assert answer.status_code == 201, answer.text
        return self.event(answer.json()["requestId"])

    def indicator(self, member: str) -> dict[str, Any]:
        answer = self.sandbox.get("/sandbox/indicator", params={"member": member})
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def push(self) -> dict[str, Any]:
        return dict(self.ok(self.post("/integration/push")))

    def mutate(
        self, user: str, kind: str, entity_id: uuid.UUID | str, **args: Any
    ) -> dict[str, Any]:
        base = args.pop("base_version", None)
        mutation = {
            "id": str(uuid.uuid4()),
            "type": kind,
            "entity_id": str(entity_id),
            "base_version": base,
            "args": args,
        }
        answer = self.server.post(
            "/api/v1/sync/mutations", json={"mutations": [mutation]}, headers=self.as_(user)
        )
        return dict(self.ok(answer)["results"][0])
