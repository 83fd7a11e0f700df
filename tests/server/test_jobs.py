"""Jobs through REST: their life cycle, stages, role assignments and who may change them."""

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from recruiter_api.enums import DEFAULT_STAGES
from recruiter_server.db.engine import Database
from tests.server.sync_client import Replica
from tests.server.world import World, make_user

PROBLEM = "application/problem+json"


def _create_job(http: httpx.Client, world: World, code: str = "DATA-1", **extra: Any) -> Any:
    response = http.post(
        "/api/v1/jobs",
        json={"code": code, "title": "Data engineer", **extra},
        headers=world.auth("recruiter"),
    )
    assert response.status_code == 201, response.text
    return response.json()


def _stage_names(http: httpx.Client, world: World, job_id: str) -> list[str]:
    response = http.get(f"/api/v1/jobs/{job_id}/stages", headers=world.auth("admin"))
    assert response.status_code == 200, response.text
    stages = response.json()
    assert [s["position"] for s in stages] == list(range(len(stages)))
    return [s["name"] for s in stages]


def _stage_ids(http: httpx.Client, world: World, job_id: str) -> dict[str, str]:
    response = http.get(f"/api/v1/jobs/{job_id}/stages", headers=world.auth("admin"))
    return {s["name"]: s["id"] for s in response.json()}


def _recent(timestamp: str | None) -> bool:
    assert timestamp is not None
    moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    return abs(datetime.now(UTC) - moment) < timedelta(minutes=1)


def test_new_job_is_a_draft_with_the_default_stages_and_opens_and_closes(
    http: httpx.Client, world: World
) -> None:
    job = _create_job(http, world, department="Data", location="Malmö")
    assert job["status"] == "draft"
    assert job["department"] == "Data"
    assert job["opened_at"] is None
    assert job["closed_at"] is None
    assert _stage_names(http, world, job["id"]) == list(DEFAULT_STAGES)

    opened = http.post(f"/api/v1/jobs/{job['id']}/activate", headers=world.auth("recruiter"))
    assert opened.status_code == 200, opened.text
    assert opened.json()["status"] == "active"
    assert _recent(opened.json()["opened_at"])
    assert opened.json()["version"] > job["version"]

    closed = http.post(f"/api/v1/jobs/{job['id']}/close", headers=world.auth("recruiter"))
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed"
    assert _recent(closed.json()["closed_at"])

    reopened = http.post(f"/api/v1/jobs/{job['id']}/activate", headers=world.auth("admin"))
    assert reopened.json()["status"] == "active"
    assert reopened.json()["closed_at"] is None

    fetched = http.get(f"/api/v1/jobs/{job['id']}", headers=world.auth("admin"))
    assert fetched.json() == reopened.json()


def test_a_job_code_already_in_use_is_a_duplicate_naming_the_job(
    http: httpx.Client, world: World
) -> None:
    # The world's job has the code "ENG"; codes are compared without regard to case.
    response = http.post(
        "/api/v1/jobs", json={"code": "eng", "title": "Another"}, headers=world.auth("admin")
    )
    assert response.status_code == 409
    assert response.headers["content-type"] == PROBLEM
    problem = response.json()
    assert problem["existing"]["id"] == str(world.jobs["eng"].id)
    assert "Eng engineer" in problem["detail"]


def test_only_admins_and_recruiters_create_jobs(http: httpx.Client, world: World) -> None:
    response = http.post(
        "/api/v1/jobs", json={"code": "X-1", "title": "Anything"}, headers=world.auth("hm")
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "Only admins and recruiters may create jobs."


def test_hiring_manager_edits_their_own_job_only(http: httpx.Client, world: World) -> None:
    eng, sales = world.jobs["eng"].id, world.jobs["sales"].id
    edited = http.patch(
        f"/api/v1/jobs/{eng}", json={"title": "Platform engineer"}, headers=world.auth("hm")
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["title"] == "Platform engineer"
    assert edited.json()["code"] == "ENG"

    other = http.patch(f"/api/v1/jobs/{sales}", json={"title": "X"}, headers=world.auth("hm"))
    assert other.status_code == 404

    interviewer = http.patch(
        f"/api/v1/jobs/{eng}", json={"title": "X"}, headers=world.auth("interviewer")
    )
    assert interviewer.status_code == 403
    assert "interviewer" in interviewer.json()["detail"]


def test_a_new_stage_goes_before_hired_or_where_asked(http: httpx.Client, world: World) -> None:
    job = _create_job(http, world)
    url = f"/api/v1/jobs/{job['id']}/stages"
    added = http.post(url, json={"name": "Tech test"}, headers=world.auth("recruiter"))
    assert added.status_code == 201, added.text
    assert added.json()["position"] == 5 - 1
    placed = http.post(url, json={"name": "Phone screen", "position": 1}, headers=world.auth("hm"))
    # hm holds no role on this job: it does not exist for them.
    assert placed.status_code == 404
    placed = http.post(
        url, json={"name": "Phone screen", "position": 1}, headers=world.auth("recruiter")
    )
    assert placed.status_code == 201, placed.text
    assert _stage_names(http, world, job["id"]) == [
        "Prospect",
        "Phone screen",
        "Screening",
        "Interview",
        "Offer",
        "Tech test",
        "Hired",
    ]

    again = http.post(url, json={"name": "tech TEST"}, headers=world.auth("recruiter"))
    assert again.status_code == 409
    assert again.json()["existing"]["id"] == added.json()["id"]

    before_prospect = http.post(
        url, json={"name": "Sourcing", "position": 0}, headers=world.auth("recruiter")
    )
    assert before_prospect.status_code == 422
    assert before_prospect.headers["content-type"] == PROBLEM
    assert before_prospect.json()["errors"][0]["field"] == "position"


def test_stages_are_reordered_with_prospect_kept_first(http: httpx.Client, world: World) -> None:
    job = _create_job(http, world)
    ids = _stage_ids(http, world, job["id"])
    url = f"/api/v1/jobs/{job['id']}/stages/order"
    headers = world.auth("recruiter")

    prospect_moved = [ids[n] for n in ("Screening", "Prospect", "Interview", "Offer", "Hired")]
    refused = http.put(url, json={"stage_ids": prospect_moved}, headers=headers)
    assert refused.status_code == 422
    assert refused.headers["content-type"] == PROBLEM
    assert refused.json()["detail"] == "Prospect must stay the first stage of the job."

    incomplete = [ids[n] for n in ("Prospect", "Interview", "Screening", "Screening", "Hired")]
    refused = http.put(url, json={"stage_ids": incomplete}, headers=headers)
    assert refused.status_code == 422
    assert "missing: Offer" in refused.json()["detail"]
    assert "listed more than once: Screening" in refused.json()["detail"]

    order = ("Prospect", "Interview", "Screening", "Offer", "Hired")
    done = http.put(url, json={"stage_ids": [ids[n] for n in order]}, headers=headers)
    assert done.status_code == 200, done.text
    assert [s["name"] for s in done.json()] == list(order)
    assert _stage_names(http, world, job["id"]) == list(order)


def test_only_unused_stages_other_than_prospect_are_deleted(
    http: httpx.Client, world: World
) -> None:
    job = _create_job(http, world)
    ids = _stage_ids(http, world, job["id"])
    headers = world.auth("recruiter")
    gone = http.delete(f"/api/v1/jobs/{job['id']}/stages/{ids['Offer']}", headers=headers)
    assert gone.status_code == 204, gone.text
    assert _stage_names(http, world, job["id"]) == ["Prospect", "Screening", "Interview", "Hired"]

    prospect = http.delete(f"/api/v1/jobs/{job['id']}/stages/{ids['Prospect']}", headers=headers)
    assert prospect.status_code == 422
    assert "Prospect" in prospect.json()["detail"]

    eng = world.jobs["eng"].id
    screening = world.stages["eng"]["Screening"].id
    in_use = http.delete(f"/api/v1/jobs/{eng}/stages/{screening}", headers=headers)
    assert in_use.status_code == 422
    assert "Screening still holds 1 application(s)" in in_use.json()["detail"]

    elsewhere = http.delete(f"/api/v1/jobs/{eng}/stages/{ids['Screening']}", headers=headers)
    assert elsewhere.status_code == 404


def test_an_assigned_hiring_manager_sees_the_job_and_others_do_not(
    http: httpx.Client, world: World
) -> None:
    job = _create_job(http, world)
    hm = str(world.users["hm"].id)

    def listed(user: str) -> set[str]:
        response = http.get("/api/v1/jobs", headers=world.auth(user))
        assert response.status_code == 200, response.text
        return {j["id"] for j in response.json()["items"]}

    assert job["id"] not in listed("hm")
    url = f"/api/v1/jobs/{job['id']}/roles"
    body = {"user_id": hm, "role": "hiring_manager"}
    assigned = http.post(url, json=body, headers=world.auth("recruiter"))
    assert assigned.status_code == 201, assigned.text
    assert assigned.json()["user_id"] == hm

    assert job["id"] in listed("hm")
    assert http.get(f"/api/v1/jobs/{job['id']}", headers=world.auth("hm")).status_code == 200
    assert job["id"] not in listed("hm2")
    assert http.get(f"/api/v1/jobs/{job['id']}", headers=world.auth("hm2")).status_code == 404

    twice = http.post(url, json=body, headers=world.auth("admin"))
    assert twice.status_code == 200
    assert twice.json()["id"] == assigned.json()["id"]
    roles = http.get(url, headers=world.auth("hm")).json()
    assert [(r["user_id"], r["role"]) for r in roles] == [(hm, "hiring_manager")]

    # As the job's hiring manager, hm may now assign an interviewer.
    interviewer = str(world.users["interviewer"].id)
    by_hm = http.post(
        url, json={"user_id": interviewer, "role": "interviewer"}, headers=world.auth("hm")
    )
    assert by_hm.status_code == 201, by_hm.text

    removed = http.delete(f"{url}/{assigned.json()['id']}", headers=world.auth("recruiter"))
    assert removed.status_code == 204
    assert job["id"] not in listed("hm")
    assert http.get(f"/api/v1/jobs/{job['id']}", headers=world.auth("hm")).status_code == 404


def test_assignment_sends_the_job_and_its_candidates_to_the_new_member(
    http: httpx.Client, world: World
) -> None:
    replica = Replica(http, world.auth("hm2"))
    replica.pull()
    alice = str(world.candidates["alice"].id)
    assert alice not in replica.ids("candidate")

    eng = world.jobs["eng"].id
    response = http.post(
        f"/api/v1/jobs/{eng}/roles",
        json={"user_id": str(world.users["hm2"].id), "role": "recruiter"},
        headers=world.auth("admin"),
    )
    assert response.status_code == 201, response.text
    replica.pull()
    assert str(eng) in replica.ids("job")
    assert alice in replica.ids("candidate")
    assert str(world.app("alice", "eng").id) in replica.ids("application")


def test_only_active_users_can_be_assigned(http: httpx.Client, world: World, db: Database) -> None:
    with db.write_session() as s:
        leaver = make_user(s, "leaver", "interviewer")
        leaver.active = False
        s.commit()
    url = f"/api/v1/jobs/{world.jobs['eng'].id}/roles"
    refused = http.post(
        url, json={"user_id": str(leaver.id), "role": "interviewer"}, headers=world.auth("hm")
    )
    assert refused.status_code == 422
    assert refused.headers["content-type"] == PROBLEM
    assert refused.json()["detail"] == (
        "Leaver Tester is deactivated and cannot be assigned to a job."
    )
    unknown = http.post(
        url,
        json={"user_id": str(world.jobs["eng"].id), "role": "interviewer"},
        headers=world.auth("hm"),
    )
    assert unknown.status_code == 422
    assert unknown.json()["detail"] == "There is no such user to assign."


def test_jobs_are_listed_by_status_and_bad_filters_are_explained(
    http: httpx.Client, world: World
) -> None:
    drafts = http.get("/api/v1/jobs", params={"status": "draft"}, headers=world.auth("admin"))
    assert [j["code"] for j in drafts.json()["items"]] == ["OPS"]
    active = http.get("/api/v1/jobs", params={"status": "active"}, headers=world.auth("hm"))
    assert [j["code"] for j in active.json()["items"]] == ["ENG"]
    paged = http.get("/api/v1/jobs", params={"limit": 2}, headers=world.auth("recruiter")).json()
    rest = http.get(
        "/api/v1/jobs", params={"after": paged["next_after"]}, headers=world.auth("recruiter")
    ).json()
    assert len(paged["items"]) + len(rest["items"]) == 3
    assert rest["next_after"] is None

    bad = http.get("/api/v1/jobs", params={"status": "open"}, headers=world.auth("admin"))
    assert bad.status_code == 422
    assert bad.headers["content-type"] == PROBLEM
    assert bad.json()["errors"][0]["field"] == "status"

    no_title = http.post("/api/v1/jobs", json={"code": "Z-1"}, headers=world.auth("admin"))
    assert no_title.status_code == 422
    assert no_title.headers["content-type"] == PROBLEM
    assert [e["field"] for e in no_title.json()["errors"]] == ["title"]
