"""The admin's setup of Recruiter System Connect against the real sandbox: connect, choose one
of two contracts, request, notify partner, enabled in Recruiter at a level, the historical
sync; disabled by LinkedIn, disconnected and run again on the other contract."""

import httpx

from recruiter_server.app import create_app
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from tests.server.linkedin.flows import ADMIN_EMAIL, OSLO, STOCKHOLM, LinkedIn
from tests.server.live_server import LiveServer
from tests.server.sync_client import Replica
from tests.server.world import World


def test_the_setup_reaches_enabled_at_each_level_on_two_contracts(li: LinkedIn) -> None:
    assert li.integration("interviewer")["state"] == "not_connected"
    refused = li.post("/integration/connect", "recruiter")
    assert refused.status_code == 403 and "Only admins" in refused.json()["detail"]

    row = li.set_up("company", STOCKHOLM)
    assert row["contract_urn"] == STOCKHOLM
    assert row["features"] == ["one_click_export", "in_ats_indicator", "profile_widget"]
    assert row["connected_member_name"] == "Maja Lindqvist"
    assert "done" in row["history_message"]
    # Everyone's desktop learns it from the feed, with no secret in it.
    feed = Replica(li.server, li.as_("interviewer"))
    feed.pull()
    (synced,) = [r for (e, _i), r in feed.rows.items() if e == "linkedin_integration"]
    assert synced["state"] == "enabled" and synced["level"] == "company"
    assert "token" not in str(synced) and "secret" not in str(synced)
    # Contract-level data is not on at company level, and says so in words.
    pull = li.post("/integration/pull")
    assert pull.status_code == 409 and "contract-level" in pull.json()["detail"]

    # LinkedIn turns it off in Recruiter: the tab shows it.
    disabled = li.sandbox.post("/sandbox/integrations/disable", json={"contract": STOCKHOLM})
    assert disabled.status_code == 200, disabled.text
    li.event(disabled.json()["event"])
    assert li.integration()["state"] == "disabled"
    assert li.integration()["features"] == []

    # Disconnect and run the setup again, on the other contract, at contract level.
    gone = li.ok(li.server.delete("/api/v1/linkedin/integration", headers=li.as_("admin")))
    assert gone["state"] == "not_connected" and gone["contract_urn"] is None
    row = li.set_up("contract", OSLO)
    assert row["contract_urn"] == OSLO
    assert "inmail_history" in row["features"] and "stub_profiles" in row["features"]
    events = li.events()
    assert any(
        e["type"] == "INTEGRATION_STATUS_CHANGE" and e["outcome"] == "accepted" for e in events
    )


def test_the_status_is_polled_when_a_push_is_lost(
    linkedin_settings: Settings, db: Database, world: World, sandbox: LiveServer
) -> None:
    # LinkedIn pushes to an address where nobody listens: only the poll can tell.
    lost = linkedin_settings.model_copy(update={"linkedin_public_url": "http://127.0.0.1:9"})
    with (
        LiveServer(create_app(lost, db), lifespan=True) as ats,
        httpx.Client(base_url=ats.url, timeout=30) as server,
        httpx.Client(base_url=sandbox.url, timeout=30) as recruiter,
    ):
        li = LinkedIn(server=server, sandbox=recruiter, world=world, db=db)
        start = li.ok(li.post("/integration/connect"))
        li.sign_in(start, ADMIN_EMAIL)
        li.ok(li.post("/integration/contract", json={"contract": STOCKHOLM}))
        assert li.ok(li.post("/integration/request"))["state"] == "requested"
        assert li.ok(li.post("/integration/notify-partner"))["state"] == "partner_ready"
        enabled = recruiter.post(
            "/sandbox/integrations/enable", json={"level": "company", "contract": STOCKHOLM}
        )
        assert enabled.status_code == 200, enabled.text
        row = li.history_done("company")
        assert row["state"] == "enabled"
        assert not any(e["event_id"] == enabled.json()["event"] for e in li.events())


def test_a_user_connects_their_own_account_and_seat(li: LinkedIn) -> None:
    before = li.ok(li.server.get("/api/v1/linkedin/me", headers=li.as_("recruiter")))
    assert before["connected"] is False
    li.set_up("company", STOCKHOLM)
    me = li.connect_user("recruiter", "erik.sandberg@norrsken.example")
    assert me["connected"] is True and me["name"] == "Erik Sandberg"
    assert me["seat"] == "urn:li:seat:70003"
    assert "profile_widget" in me["features"]
    # Sofia holds her seat on the other contract: connected, but no seat here.
    other = li.connect_user("hm", "sofia.nilsson@norrsken.example")
    assert other["seat"] is None and "no seat" in other["message"]
    after = li.ok(li.server.delete("/api/v1/linkedin/me", headers=li.as_("recruiter")))
    assert after["connected"] is False


def test_a_sign_in_with_an_unknown_state_is_refused(li: LinkedIn) -> None:
    answer = li.server.get(
        "/api/v1/linkedin/oauth/callback", params={"state": "forged", "code": "x"}
    )
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert "expired" in answer.json()["detail"]
