"""Push events to the ATS's CALLBACK_URL: the challengeCode validation first, a body of id and
type signed with X-LI-Signature, retries with backoff on any failure, and their state over HTTP."""

import itertools
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from linkedin_sandbox import SandboxSettings, create_app
from linkedin_sandbox.db import Store, events
from linkedin_sandbox.settings import DEFAULT_PARTNER_CLIENT_SECRET
from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import Ats, enable
from tests.linkedin_sandbox.conftest import FAST, Running, StartSandbox
from tests.linkedin_sandbox.receiver import Receiver
from tests.server.live_server import LiveServer


def _event(url: str, event_id: str, status: str, timeout: float = 10.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        event: dict[str, Any] = web.get(f"{url}/sandbox/events/{event_id}").json()
        if event["status"] == status or time.monotonic() > deadline:
            assert event["status"] == status, event
            return event
        time.sleep(0.02)


def test_status_change_is_validated_signed_pushed_and_read_back(
    ats: Ats, receiver: tuple[Receiver, str]
) -> None:
    callback, hook = receiver
    ats.connect(callback=hook)
    event_id = enable(ats.url, "contract")["event"]
    push = callback.wait_for_pushes(1)[0]
    assert push.json == {"id": event_id, "type": "INTEGRATION_STATUS_CHANGE"}
    assert push.signed_with(DEFAULT_PARTNER_CLIENT_SECRET)
    assert not push.signed_with(ats.client_secret)
    assert len(callback.challenges) == 1
    assert callback.challenges[0]["applicationId"].isdigit()
    changed = ats.http.get(
        "/v2/atsIntegrations", params={"q": "request", "requestId": event_id}, headers=ats.headers
    ).json()["elements"]
    assert {(i["integrationType"], i["status"]) for i in changed} == {
        ("ONE_CLICK_EXPORT", "ENABLED"),
        ("IN_ATS_INDICATOR", "ENABLED"),
        ("PROFILE_PLUGIN", "ENABLED"),
        ("CSA_API", "ENABLED"),
    }
    delivered = _event(ats.url, event_id, "DELIVERED")
    assert [d["step"] for d in delivered["deliveries"]] == ["challenge", "push"]


def test_a_validated_url_is_not_challenged_again(ats: Ats, receiver: tuple[Receiver, str]) -> None:
    callback, hook = receiver
    ats.connect(callback=hook)
    enable(ats.url, "company")
    callback.wait_for_pushes(1)
    enable(ats.url, "contract")
    callback.wait_for_pushes(2)
    assert len(callback.challenges) == 1


def test_failures_are_retried_with_backoff_until_delivered(
    ats: Ats, receiver: tuple[Receiver, str]
) -> None:
    callback, hook = receiver
    callback.failures_to_give = 2
    ats.connect(callback=hook)
    event_id = enable(ats.url, "company")["event"]
    event = _event(ats.url, event_id, "DELIVERED")
    assert event["attempts"] == 3
    pushes = [d for d in event["deliveries"] if d["step"] == "push"]
    assert [d["statusCode"] for d in pushes] == [503, 503, 200]
    waits = [b["at"] - a["at"] for a, b in itertools.pairwise(pushes)]
    assert waits[1] >= waits[0] * 1.5  # the wait doubles: 50 ms, then 100 ms
    assert len({p.body for p in callback.pushes}) == 1  # the same event each time


def test_a_wrong_challenge_answer_holds_the_push_back(
    ats: Ats, receiver: tuple[Receiver, str]
) -> None:
    callback, hook = receiver
    callback.wrong_challenge_answers = 1
    ats.connect(callback=hook)
    event_id = enable(ats.url, "company")["event"]
    event = _event(ats.url, event_id, "DELIVERED")
    steps = [(d["step"], d["ok"]) for d in event["deliveries"]]
    assert steps == [("challenge", False), ("challenge", True), ("push", True)]
    assert "HMAC-SHA256" in event["deliveries"][0]["error"]
    assert len(callback.pushes) == 1


def test_attempts_are_bounded_and_an_unreachable_callback_fails(
    start_sandbox: StartSandbox,
) -> None:
    running: Running = start_sandbox(push_max_attempts=3, push_backoff_seconds=0.01)
    instance = Ats(running.url)
    try:
        instance.connect(callback="http://127.0.0.1:9/nobody-listens")
        event_id = enable(running.url, "company")["event"]
    finally:
        instance.close()
    event = _event(running.url, event_id, "FAILED")
    assert event["attempts"] == 3
    assert "cannot connect" in event["lastError"]
    failed = web.get(f"{running.url}/sandbox/events", params={"status": "failed"}).json()
    assert [e["id"] for e in failed["elements"]] == [event_id]


def test_redeliver_replays_the_same_event(ats: Ats, receiver: tuple[Receiver, str]) -> None:
    callback, hook = receiver
    ats.connect(callback=hook)
    event_id = enable(ats.url, "company")["event"]
    callback.wait_for_pushes(1)
    _event(ats.url, event_id, "DELIVERED")
    assert web.post(f"{ats.url}/sandbox/events/{event_id}/redeliver").status_code == 200
    pushes = callback.wait_for_pushes(2)
    assert pushes[0].body == pushes[1].body
    assert pushes[1].signed_with(DEFAULT_PARTNER_CLIENT_SECRET)


def test_pushes_can_be_signed_with_the_customer_apps_secret(
    start_sandbox: StartSandbox,
) -> None:
    running: Running = start_sandbox(push_signed_with="application")
    instance = Ats(running.url)
    instance.provision()
    callback = Receiver(instance.client_secret)
    with LiveServer(callback.app, lifespan=True) as server:
        try:
            instance.connect_provisioned(callback=f"{server.url}/hook")
            enable(running.url, "company")
            push = callback.wait_for_pushes(1)[0]
        finally:
            instance.close()
    assert push.signed_with(instance.client_secret)


def test_pushes_flow_on_a_server_run_with_lifespan_off(
    tmp_path: Path, receiver: tuple[Receiver, str]
) -> None:
    """The project's own live-server helper runs apps with lifespan off; pushes must not stall."""
    callback, hook = receiver
    app = create_app(tmp_path / "sandbox.db", SandboxSettings(**FAST))
    with LiveServer(app) as server:
        instance = Ats(server.url)
        try:
            instance.connect(callback=hook)
            event_id = enable(server.url, "company")["event"]
            assert callback.wait_for_pushes(1)[0].json["id"] == event_id
        finally:
            instance.close()


def test_a_restarted_sandbox_resumes_pending_pushes(
    tmp_path: Path, receiver: tuple[Receiver, str]
) -> None:
    callback, hook = receiver
    callback.failures_to_give = 1_000
    database = tmp_path / "sandbox.db"
    patient = SandboxSettings(**(FAST | {"push_backoff_seconds": 0.2}))
    with LiveServer(create_app(database, patient), lifespan=True) as first:
        instance = Ats(first.url)
        try:
            instance.connect(callback=hook)
            event_id = enable(first.url, "company")["event"]
        finally:
            instance.close()
        callback.wait_for_pushes(1)
    assert _event_of(database, event_id) == "PENDING"
    callback.failures_to_give = 0
    with LiveServer(create_app(database, patient), lifespan=True) as second:
        assert _event(second.url, event_id, "DELIVERED")["attempts"] >= 2


def _event_of(database: Path, event_id: str) -> str:
    store = Store(database)
    try:
        with store.read() as conn:
            status: str = conn.execute(
                select(events.c.status).where(events.c.id == event_id)
            ).scalar_one()
    finally:
        store.dispose()
    return status
