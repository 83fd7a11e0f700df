"""Provisioning and the setup states: requested ("Notify partner"), Partner ready, enabled at
company or contract level, disabled; what each level opens, and the admin's two contracts."""

from typing import Any

from linkedin_sandbox.settings import DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET
from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import (
    ADMIN,
    OSLO,
    STOCKHOLM,
    Ats,
    bearer,
    enable,
    integration_key,
    token,
)
from tests.linkedin_sandbox.conftest import Running


def _instance(url: str) -> dict[str, Any]:
    instances: list[dict[str, Any]] = web.get(f"{url}/sandbox/world").json()["atsInstances"]
    assert len(instances) == 1
    return instances[0]


def test_one_child_app_per_customer_found_by_unique_foreign_id(ats: Ats) -> None:
    made = ats.provision()
    assert made["key"].startswith("urn:li:developerApplication:")
    partner = token(ats.url, DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET)
    found = ats.http.get(
        "/v2/provisionedApplications",
        params={"q": "credentialsByUniqueForeignId", "uniqueForeignId": "ats-1"},
        headers=bearer(partner),
    ).json()["elements"]
    assert [app["credentials"]["client_id"] for app in found] == [ats.client_id]
    again = ats.http.post(
        "/v2/provisionedApplications",
        json={"name": "Again", "uniqueForeignId": "ats-1"},
        headers=bearer(partner),
    )
    assert again.status_code == 409
    assert "credentialsByUniqueForeignId" in again.json()["message"]
    by_child = ats.http.post(
        "/v2/provisionedApplications",
        json={"name": "Other", "uniqueForeignId": "ats-2"},
        headers=ats.headers,
    )
    assert by_child.status_code == 403


def test_the_admin_sees_both_contracts(ats: Ats) -> None:
    ats.provision()
    member_token = ats.sign_in(ADMIN)
    contracts = ats.http.get(
        "/v2/recruiterContracts", params={"q": "contractsByMember"}, headers=bearer(member_token)
    ).json()["elements"]
    assert [c["contract"] for c in contracts] == [STOCKHOLM, OSLO]
    assert {c["role"] for c in contracts} == {"ADMIN"}


def test_request_then_notify_partner_then_partner_ready(ats: Ats) -> None:
    ats.provision()
    assert _instance(ats.url)["state"] == "NOT_REQUESTED"
    requested = ats.request(ats.sign_in())
    assert requested.status_code == 200
    assert requested.json()["value"]["widget"] == "Notify partner"
    assert requested.json()["value"]["organization"] == "urn:li:organization:1001"
    listed = ats.http.get("/v2/atsIntegrations", params={"q": "criteria"}, headers=ats.headers)
    assert {i["status"] for i in listed.json()["elements"]} == {"REQUESTED"}
    notified = ats.notify_partner()
    assert notified.status_code == 200
    assert notified.json()["errors"] == {}
    assert _instance(ats.url)["widget"] == "Partner ready"


def test_the_partner_may_only_name_integrations_of_its_own_contexts(ats: Ats) -> None:
    ats.provision()
    ats.request(ats.sign_in())
    wrong_context = integration_key("CSA_API", OSLO)
    answer = ats.http.post(
        "/v2/atsIntegrations",
        json={
            "entities": {
                wrong_context: {"patch": {"$set": {"integrationName": "x"}}},
                integration_key("ONE_CLICK_EXPORT"): {"patch": {"$set": {"status": "ENABLED"}}},
            }
        },
        headers={**ats.headers, "x-restli-method": "batch_partial_update"},
    )
    assert answer.status_code == 200
    errors = answer.json()["errors"]
    assert errors[wrong_context]["status"] == 404
    assert "set in Recruiter" in errors[integration_key("ONE_CLICK_EXPORT")]["message"]


def test_a_member_without_a_seat_on_the_contract_cannot_request(ats: Ats) -> None:
    ats.provision()
    recruiter = "erik.sandberg@norrsken.example"  # a seat on Stockholm only
    refused = ats.request(ats.sign_in(recruiter), OSLO)
    assert refused.status_code == 403
    assert "holds no Recruiter seat" in refused.json()["message"]


def test_enabling_before_partner_ready_is_refused(ats: Ats) -> None:
    ats.provision()
    ats.request(ats.sign_in())
    answer = web.post(f"{ats.url}/sandbox/integrations/enable", json={"level": "company"})
    assert answer.status_code == 409
    assert "Notify partner" in answer.json()["message"]


def test_company_level_opens_export_indicator_and_widget_but_not_history(ats: Ats) -> None:
    ats.connect(callback=None)
    done = enable(ats.url, "company")
    assert done["ats"]["widget"] == "Enabled (company level)"
    got = ats.http.get(
        "/v2/atsIntegrations",
        params={
            "ids[0].integrationContext": "urn:li:organization:1001",
            "ids[0].integrationType": "IN_ATS_INDICATOR",
            "ids[0].tenantType": "RECRUITER",
            "ids[0].dataProvider": "ATS",
            "ids[1].integrationContext": STOCKHOLM,
            "ids[1].integrationType": "CSA_API",
            "ids[1].tenantType": "RECRUITER",
            "ids[1].dataProvider": "ATS",
        },
        headers=ats.headers,
    ).json()["results"]
    assert got[integration_key("IN_ATS_INDICATOR")]["status"] == "ENABLED"
    assert got[integration_key("CSA_API")]["status"] == "PARTNER_READY"
    notes = ats.http.get(
        "/v2/prospectNotes", params={"q": "criteria", "contract": STOCKHOLM}, headers=ats.headers
    )
    assert notes.status_code == 403
    assert "CSA_API" in notes.json()["message"]


def test_contract_level_then_disabled(ats: Ats) -> None:
    ats.connect(callback=None)
    assert enable(ats.url, "contract")["ats"]["widget"] == "Enabled (contract level)"
    notes = ats.http.get(
        "/v2/prospectNotes", params={"q": "criteria", "contract": STOCKHOLM}, headers=ats.headers
    )
    assert notes.status_code == 200
    again = enable(ats.url, "contract")
    assert again["changed"] is False
    down = enable(ats.url, "company")
    assert down["ats"]["level"] == "COMPANY"
    disabled = web.post(f"{ats.url}/sandbox/integrations/disable", json={})
    assert disabled.status_code == 200
    assert disabled.json()["ats"]["widget"] == "Disabled"
    jobs = ats.post_jobs({"title": "x"})
    assert jobs.status_code == 403


def test_only_a_recruiter_admin_enables(ats: Ats) -> None:
    ats.connect(callback=None)
    answer = web.post(
        f"{ats.url}/sandbox/integrations/enable",
        json={"level": "company", "admin": "erik.sandberg@norrsken.example"},
    )
    assert answer.status_code == 403
    assert "not a Recruiter admin" in answer.json()["message"]


def test_configurations_read_back_and_validate(ats: Ats) -> None:
    ats.connect(callback="https://ats.example/linkedin/hook")
    path = f"/v2/atsIntegrations/{integration_key('ONE_CLICK_EXPORT')}/configurations"
    read = ats.http.get(path, params={"ids": "CALLBACK_URL"}, headers=ats.headers).json()
    assert read["results"]["CALLBACK_URL"]["configurationValue"]["string"] == (
        "https://ats.example/linkedin/hook"
    )
    bad = ats.http.put(
        path,
        json={"entities": {"CALLBACK_URL": {"configurationValue": {"string": "ftp://x"}}}},
        headers=ats.headers,
    ).json()
    assert bad["errors"]["CALLBACK_URL"]["status"] == 400
    deleted = ats.http.delete(path, params={"ids": "JOB_POSTING_VIEWERS"}, headers=ats.headers)
    assert deleted.status_code == 200
    after = ats.http.get(path, params={"ids": "JOB_POSTING_VIEWERS"}, headers=ats.headers).json()
    assert after["errors"]["JOB_POSTING_VIEWERS"]["status"] == 404


def test_daily_limit_of_integration_calls(start_sandbox: Any) -> None:
    running: Running = start_sandbox(integration_requests_per_day=3)
    instance = Ats(running.url)
    try:
        instance.provision()
        instance.request(instance.sign_in())
        statuses = [
            instance.http.get(
                "/v2/atsIntegrations", params={"q": "criteria"}, headers=instance.headers
            ).status_code
            for _ in range(4)
        ]
    finally:
        instance.close()
    assert statuses == [200, 200, 200, 429]


def test_two_contracts_each_with_its_own_instance_and_level(ats: Ats) -> None:
    ats.connect(callback=None, contract=STOCKHOLM)
    oslo = Ats(ats.url, name="Attract Oslo", foreign_id="ats-oslo")
    try:
        oslo.connect(callback=None, contract=OSLO)
        ambiguous = web.post(f"{ats.url}/sandbox/integrations/enable", json={"level": "company"})
        assert ambiguous.status_code == 409
        assert '"Attract Oslo" (contract 50002)' in ambiguous.json()["message"]
        enable(ats.url, "company", contract=STOCKHOLM)
        enable(ats.url, "contract", contract="50002")
        states = {
            i["uniqueForeignId"]: (i["contract"], i["widget"])
            for i in web.get(f"{ats.url}/sandbox/world").json()["atsInstances"]
        }
        assert states == {
            "ats-1": (STOCKHOLM, "Enabled (company level)"),
            "ats-oslo": (OSLO, "Enabled (contract level)"),
        }
        oslo_notes = oslo.http.get(
            "/v2/prospectNotes", params={"q": "criteria", "contract": OSLO}, headers=oslo.headers
        )
        assert oslo_notes.status_code == 200
        other_contract = oslo.http.get(
            "/v2/prospectNotes",
            params={"q": "criteria", "contract": STOCKHOLM},
            headers=oslo.headers,
        )
        assert other_contract.status_code == 403
    finally:
        oslo.close()
