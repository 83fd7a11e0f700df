"""1-Click Export: the job found by title or id among the jobs an ATS instance synced, "Change
ATS" among several instances on a contract, the push, and what the ATS fetches."""

from typing import Any

import httpx
import pytest

from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import STOCKHOLM, Ats, enable
from tests.linkedin_sandbox.conftest import Running, StartSandbox
from tests.linkedin_sandbox.receiver import Receiver


def _prospect(url: str, with_email: bool = True) -> dict[str, Any]:
    members = web.get(f"{url}/sandbox/members", params={"count": "100"}).json()["elements"]
    found: dict[str, Any] = next(
        m for m in members if not m["seats"] and bool(m["emailAddress"]) == with_email
    )
    return found


def _export(url: str, **body: Any) -> httpx.Response:
    return web.post(f"{url}/sandbox/exports", json=body)


@pytest.fixture
def exporting(ats: Ats, receiver: tuple[Receiver, str]) -> tuple[Ats, Receiver]:
    callback, hook = receiver
    ats.connect(callback=hook)
    enable(ats.url, "company")
    ats.post_job("J-100", "Backend Engineer")
    ats.post_job("J-200", "Frontend Engineer")
    ats.post_job("J-300", "Data Engineer", state="CLOSED")
    callback.wait_for_pushes(1)  # the status change
    return ats, callback


def test_export_by_title_pushes_and_the_ats_fetches_a_stub_profile(
    exporting: tuple[Ats, Receiver],
) -> None:
    ats, callback = exporting
    member = _prospect(ats.url)
    answer = _export(ats.url, member=member["emailAddress"], job="backend", seat="Erik Sandberg")
    assert answer.status_code == 201, answer.text
    request_id = answer.json()["requestId"]
    assert answer.json()["job"]["externalJobPostingId"] == "J-100"
    push = callback.wait_for_pushes(2)[1]
    assert push.json == {"id": request_id, "type": "EXPORT_CANDIDATE_PROFILE"}
    fetched = ats.http.get(
        "/v2/exportedCandidates",
        params={"q": "request", "requestId": request_id},
        headers=ats.headers,
    ).json()["elements"][0]
    assert fetched["integrationContext"] == "urn:li:organization:1001"
    assert fetched["externalJobPostingId"] == "J-100"
    assert fetched["exporter"]["firstName"] == "Erik"
    assert fetched["candidate"]["id"] == member["id"]
    assert fetched["candidate"]["profileUrl"].startswith("https://www.linkedin.com/in/")
    assert "emailAddress" not in fetched["candidate"]
    assert member["emailAddress"] not in str(fetched)


def test_export_by_job_id_and_the_search_box_refusals(exporting: tuple[Ats, Receiver]) -> None:
    ats, _ = exporting
    member = _prospect(ats.url)["id"]
    assert _export(ats.url, member=member, job="J-200").json()["job"]["title"] == (
        "Frontend Engineer"
    )
    several = _export(ats.url, member=member, job="engineer")
    assert several.status_code == 409
    assert "Several jobs" in several.json()["message"]
    nothing = _export(ats.url, member=member, job="Chef")
    assert nothing.status_code == 404
    assert nothing.json()["message"] == 'No job matching "Chef" in ATS "Attract".'
    closed = _export(ats.url, member=member, job="Data Engineer")
    assert closed.status_code == 404
    assert "closed" in closed.json()["message"]
    anyway = _export(ats.url, member=member, job="Data Engineer", includeClosed=True)
    assert anyway.status_code == 201


def test_an_export_of_another_app_is_not_fetched(exporting: tuple[Ats, Receiver]) -> None:
    ats, _ = exporting
    request_id = _export(ats.url, member=_prospect(ats.url)["id"], job="J-100").json()["requestId"]
    other = Ats(ats.url, name="Other", foreign_id="ats-2")
    try:
        other.provision()
        answer = other.http.get(
            "/v2/exportedCandidates",
            params={"q": "request", "requestId": request_id},
            headers=other.headers,
        )
    finally:
        other.close()
    assert answer.status_code == 404


def test_change_ats_finds_the_job_in_another_instance_on_the_contract(
    exporting: tuple[Ats, Receiver],
) -> None:
    ats, _ = exporting
    second = Ats(ats.url, name="Attract Norway", foreign_id="ats-2")
    try:
        second.connect(callback="http://127.0.0.1:9/hook", contract=STOCKHOLM)
        enable(ats.url, "company", ats="ats-2")
        second.post_job("N-1", "Welder")
        member = _prospect(ats.url)["id"]
        missed = _export(ats.url, member=member, job="Welder")
        assert missed.status_code == 404
        assert 'It is in "Attract Norway"' in missed.json()["message"]
        found = _export(ats.url, member=member, job="Welder", ats="Attract Norway")
        assert found.status_code == 201
        assert found.json()["ats"]["uniqueForeignId"] == "ats-2"
    finally:
        second.close()


def test_jobs_hidden_by_acls_are_not_found(ats: Ats, receiver: tuple[Receiver, str]) -> None:
    _, hook = receiver
    ats.provision()
    ats.request(ats.sign_in())
    ats.notify_partner()
    ats.configure("CALLBACK_URL", hook)
    enable(ats.url, "company")
    ats.post_job("J-1", "Backend Engineer")
    answer = _export(ats.url, member=_prospect(ats.url)["id"], job="Backend")
    assert answer.status_code == 404
    assert "hidden from this seat" in answer.json()["message"]


def test_exports_per_seat_per_month_are_limited(start_sandbox: StartSandbox) -> None:
    running: Running = start_sandbox(exports_per_seat_per_month=1)
    instance = Ats(running.url)
    try:
        instance.connect(callback="http://127.0.0.1:9/hook")
        enable(running.url, "company")
        instance.post_job("J-1", "Backend Engineer")
        member = _prospect(running.url)["id"]
        assert _export(running.url, member=member, job="J-1").status_code == 201
        second = _export(running.url, member=member, job="J-1")
    finally:
        instance.close()
    assert second.status_code == 429
    assert "limit is 1" in second.json()["message"]


def test_an_ats_without_callback_cannot_receive_exports(ats: Ats) -> None:
    ats.connect(callback=None)
    enable(ats.url, "company")
    ats.post_job("J-1", "Backend Engineer")
    answer = _export(ats.url, member=_prospect(ats.url)["id"], job="J-1")
    assert answer.status_code == 409
    assert "CALLBACK_URL" in answer.json()["message"]


def test_members_sharing_a_name_must_be_told_apart(exporting: tuple[Ats, Receiver]) -> None:
    ats, _ = exporting
    answer = _export(ats.url, member="Anna Svensson", job="J-100")
    assert answer.status_code == 409
    assert "3 members are named Anna Svensson" in answer.json()["message"]
