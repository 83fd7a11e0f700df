"""What the ATS writes for the In-ATS indicator: jobs with their asynchronous tasks, candidates
and LinkedIn's e-mail matches, applications with stages, notes and feedback, ACLs, deletes,
and the batch and per-minute limits."""

import time
from typing import Any

import pytest

from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import (
    ORGANIZATION,
    Ats,
    application_key,
    candidate_key,
    enable,
    job,
)
from tests.linkedin_sandbox.conftest import Running, StartSandbox


@pytest.fixture
def connected(ats: Ats) -> Ats:
    ats.connect(callback=None)
    enable(ats.url, "company")
    return ats


def _member_with_email(url: str) -> dict[str, Any]:
    members = web.get(f"{url}/sandbox/members", params={"count": "100"}).json()["elements"]
    found: dict[str, Any] = next(m for m in members if m["emailAddress"] and not m["seats"])
    return found


def _candidate(**fields: Any) -> dict[str, Any]:
    return {"firstName": "Ada", "lastName": "Lovelace", **fields}


def test_job_tasks_are_in_progress_then_succeed(start_sandbox: StartSandbox) -> None:
    running: Running = start_sandbox(job_task_seconds=0.4)
    instance = Ats(running.url)
    try:
        instance.connect(callback=None)
        enable(running.url, "company")
        answer = instance.post_jobs(job("J1", "Backend Engineer"), {"title": "no context"})
        first, second = answer.json()["elements"]
        assert first["status"] == 202
        assert second["status"] == 400
        assert "integrationContext" in second["error"]["message"]
        task = first["id"]

        def status() -> str:
            results = instance.http.get(
                "/v2/simpleJobPostingTasks", params={"ids": task}, headers=instance.headers
            ).json()["results"]
            value: str = results[task]["status"]
            return value

        assert status() == "IN_PROGRESS"
        assert web.get(f"{running.url}/sandbox/jobs").json()["atsInstances"][0]["jobs"] == []
        time.sleep(0.5)
        assert status() == "SUCCEEDED"
    finally:
        instance.close()


def test_a_job_title_over_200_characters_is_refused(connected: Ats) -> None:
    answer = connected.post_jobs(job("J2", "x" * 201))
    assert answer.json()["elements"][0]["status"] == 400
    assert "title" in answer.json()["elements"][0]["error"]["message"]


def test_matched_members_by_email_and_a_manual_match(connected: Ats) -> None:
    member = _member_with_email(connected.url)
    entities = {
        candidate_key("C1"): _candidate(emailAddresses=[member["emailAddress"].upper()]),
        candidate_key("C2"): _candidate(emailAddresses=["nobody@example.org"]),
    }
    written = connected.put("/v2/atsCandidates", entities)
    assert written.status_code == 200
    assert written.json()["errors"] == {}
    params = {
        "ids[0].atsCandidateId": "C1",
        "ids[0].dataProvider": "ATS",
        "ids[0].integrationContext": ORGANIZATION,
        "ids[1].atsCandidateId": "C2",
        "ids[1].dataProvider": "ATS",
        "ids[1].integrationContext": ORGANIZATION,
    }
    got = connected.http.get("/v2/atsCandidates", params=params, headers=connected.headers)
    results = got.json()["results"]
    assert results[candidate_key("C1")]["matchedMembers"] == [member["id"]]
    assert results[candidate_key("C2")]["matchedMembers"] == []
    patched = connected.http.post(
        "/v2/atsCandidates",
        json={
            "entities": {
                candidate_key("C2"): {"patch": {"$set": {"manualMatchedMember": member["id"]}}}
            }
        },
        headers={**connected.headers, "x-restli-method": "batch_partial_update"},
    )
    assert patched.json()["errors"] == {}
    again = connected.http.get("/v2/atsCandidates", params=params, headers=connected.headers)
    assert again.json()["results"][candidate_key("C2")]["manualMatchedMember"] == member["id"]
    unlink = {"patch": {"$delete": ["manualMatchedMember"]}}
    connected.http.post(
        "/v2/atsCandidates",
        json={"entities": {candidate_key("C2"): unlink}},
        headers={**connected.headers, "x-restli-method": "batch_partial_update"},
    )
    unlinked = connected.http.get("/v2/atsCandidates", params=params, headers=connected.headers)
    assert unlinked.json()["results"][candidate_key("C2")]["manualMatchedMember"] is None
    assert unlinked.json()["results"][candidate_key("C2")]["lastName"] == "Lovelace"


def test_protocol_2_keys_are_read_too(connected: Ats) -> None:
    key = "(atsCandidateId:C9,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A1001)"
    assert connected.put("/v2/atsCandidates", {key: _candidate()}).json()["errors"] == {}
    got = connected.http.get(
        "/v2/atsCandidates", params={"ids": f"List({key})"}, headers=connected.headers
    )
    assert got.json()["results"][candidate_key("C9")]["firstName"] == "Ada"


def test_bad_records_are_refused_one_by_one(connected: Ats) -> None:
    answer = connected.put(
        "/v2/atsCandidates",
        {
            candidate_key("OK"): _candidate(),
            candidate_key("NONAME"): {"lastName": "Only"},
            candidate_key("TYPO"): _candidate(emailAdresses=["x@example.org"]),
            "atsCandidateId=X&dataProvider=ATS&integrationContext=urn:li:organization:2": {
                "firstName": "Elsewhere"
            },
        },
    ).json()
    assert list(answer["results"]) == [candidate_key("OK")]
    assert "firstName" in answer["errors"][candidate_key("NONAME")]["message"]
    assert "emailAdresses" in answer["errors"][candidate_key("TYPO")]["message"]
    assert len(answer["errors"]) == 3


def test_query_ids_must_be_the_bodys_keys(connected: Ats) -> None:
    answer = connected.put(
        "/v2/atsCandidates",
        {candidate_key("C1"): _candidate()},
        **{
            "ids[0].atsCandidateId": "C2",
            "ids[0].dataProvider": "ATS",
            "ids[0].integrationContext": ORGANIZATION,
        },
    )
    assert answer.status_code == 400


def test_applications_need_their_candidate_and_job_synced(connected: Ats) -> None:
    connected.post_job("J1", "Backend Engineer")
    connected.put("/v2/atsCandidates", {candidate_key("C1"): _candidate()})
    answer = connected.put(
        "/v2/atsApplications",
        {
            application_key("A1"): {"atsCandidateId": "C1", "atsJobPostingId": "J1"},
            application_key("A2"): {"atsCandidateId": "C404", "atsJobPostingId": "J1"},
            application_key("A3"): {"atsCandidateId": "C1", "atsJobPostingId": "J404"},
        },
    ).json()
    assert list(answer["results"]) == [application_key("A1")]
    assert "C404" in answer["errors"][application_key("A2")]["message"]
    assert "J404" in answer["errors"][application_key("A3")]["message"]


def test_stages_notes_feedback_and_their_deletes(connected: Ats) -> None:
    connected.post_job("J1", "Backend Engineer")
    connected.put("/v2/atsCandidates", {candidate_key("C1"): _candidate()})
    connected.put(
        "/v2/atsApplications",
        {application_key("A1"): {"atsCandidateId": "C1", "atsJobPostingId": "J1"}},
    )
    base = f"/v2/atsApplications/{application_key('A1')}"
    stages = connected.put(
        f"{base}/stages",
        {
            "S1": {"stage": "Prospect", "atsCreatedAt": 1},
            "S2": {"stage": "Interview", "atsCreatedAt": 2},
        },
        ids=["S1", "S2"],
    )
    assert stages.json()["errors"] == {}
    feedback = connected.put(
        f"{base}/interviewFeedback",
        {
            "F1": {
                "feedback": "Great",
                "atsCreatedAt": 3,
                "evaluations": [{"attribute": "Communication", "result": "4/4"}],
                "interviewer": {"firstName": "Rita", "lastName": "Book"},
            }
        },
    )
    assert feedback.json()["errors"] == {}
    unknown = connected.put(f"{base}/scores", {"X": {}})
    assert unknown.status_code == 404
    listed = connected.http.get(f"{base}/stages", headers=connected.headers).json()["elements"]
    assert [s["stage"] for s in listed] == ["Prospect", "Interview"]
    connected.http.delete(f"{base}/stages", params={"ids": "S1"}, headers=connected.headers)
    listed = connected.http.get(f"{base}/stages", headers=connected.headers).json()["elements"]
    assert [s["id"] for s in listed] == ["S2"]
    gone = connected.http.delete(
        "/v2/atsCandidates",
        params={
            "ids[0].atsCandidateId": "C1",
            "ids[0].dataProvider": "ATS",
            "ids[0].integrationContext": ORGANIZATION,
        },
        headers=connected.headers,
    )
    assert gone.json()["results"] == {candidate_key("C1"): {"status": 204}}
    after = connected.http.get(f"{base}/stages", headers=connected.headers)
    assert after.status_code == 404  # the application went with its candidate


def test_a_batch_holds_at_most_100_records(connected: Ats) -> None:
    entities = {candidate_key(f"C{i}"): _candidate() for i in range(101)}
    answer = connected.put("/v2/atsCandidates", entities)
    assert answer.status_code == 400
    assert "at most 100" in answer.json()["message"]
    hundred = {candidate_key(f"C{i}"): _candidate() for i in range(100)}
    assert connected.put("/v2/atsCandidates", hundred).json()["errors"] == {}
    params: dict[str, str] = {}
    for i in range(100):
        params |= {
            f"ids[{i}].atsCandidateId": f"C{i}",
            f"ids[{i}].dataProvider": "ATS",
            f"ids[{i}].integrationContext": ORGANIZATION,
        }
    deleted = connected.http.delete("/v2/atsCandidates", params=params, headers=connected.headers)
    assert deleted.status_code == 200
    assert len(deleted.json()["results"]) == 100


def test_records_per_minute_answer_429_with_retry_after(start_sandbox: StartSandbox) -> None:
    running: Running = start_sandbox(records_per_minute=5)
    instance = Ats(running.url)
    try:
        instance.connect(callback=None)
        enable(running.url, "company")
        first = instance.put(
            "/v2/atsCandidates", {candidate_key(f"C{i}"): _candidate() for i in range(4)}
        )
        assert first.status_code == 200
        second = instance.put(
            "/v2/atsCandidates", {candidate_key(f"D{i}"): _candidate() for i in range(2)}
        )
    finally:
        instance.close()
    assert second.status_code == 429
    assert 1 <= int(second.headers["Retry-After"]) <= 60
    assert second.json()["serviceErrorCode"] == 101


def test_acls_are_written_found_and_deleted(connected: Ats) -> None:
    key = (
        f"dataProvider=ATS&integrationContext={ORGANIZATION}&atsEntityType=JOB_POSTING"
        "&atsEntityId=J1&atsEntityAclId=TEAM"
    )
    assert connected.put("/v2/atsEntityAcls", {key: {}}).json()["errors"] == {}
    found = connected.http.get(
        "/v2/atsEntityAcls",
        params={"q": "criteria", "atsEntityId": "J1", "atsEntityType": "JOB_POSTING"},
        headers=connected.headers,
    ).json()["elements"]
    assert [acl["atsEntityAclId"] for acl in found] == ["TEAM"]
    assignee = (
        f"dataProvider=ATS&integrationContext={ORGANIZATION}&atsEntityType=JOB_POSTING"
        "&atsEntityAclId=TEAM&assignee=urn:li:person:abc"
    )
    assert connected.put("/v2/atsEntityAclAssignees", {assignee: {}}).json()["errors"] == {}
    mine = connected.http.get(
        "/v2/atsEntityAclAssignees",
        params={"q": "criteria", "assignee": "urn:li:person:abc"},
        headers=connected.headers,
    ).json()["elements"]
    assert [acl["atsEntityAclId"] for acl in mine] == ["TEAM"]
    connected.http.delete(
        "/v2/atsEntityAcls",
        params={
            "ids[0].atsEntityAclId": "TEAM",
            "ids[0].dataProvider": "ATS",
            "ids[0].integrationContext": ORGANIZATION,
            "ids[0].atsEntityType": "JOB_POSTING",
            "ids[0].atsEntityId": "J1",
        },
        headers=connected.headers,
    )
    found = connected.http.get(
        "/v2/atsEntityAcls",
        params={"q": "criteria", "atsEntityId": "J1", "atsEntityType": "JOB_POSTING"},
        headers=connected.headers,
    ).json()["elements"]
    assert found == []


def test_nothing_is_written_before_the_integration_is_enabled(ats: Ats) -> None:
    ats.connect(callback=None)
    answer = ats.put("/v2/atsCandidates", {candidate_key("C1"): _candidate()})
    assert answer.status_code == 403
    assert "IN_ATS_INDICATOR" in answer.json()["message"]
