"""Applications through REST: into a pipeline, along it, out of it, with who and when."""

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select

from recruiter_server.db.engine import Database
from recruiter_server.db.models import StageChange
from tests.server.sync_client import Replica
from tests.server.world import World

PROBLEM = "application/problem+json"


def _post(http: httpx.Client, world: World, user: str, path: str, body: Any = None) -> Any:
    return http.post(f"/api/v1/applications{path}", json=body, headers=world.auth(user))


def _history(http: httpx.Client, world: World, app_id: object, user: str = "recruiter") -> Any:
    response = http.get(f"/api/v1/applications/{app_id}/history", headers=world.auth(user))
    assert response.status_code == 200, response.text
    return response.json()


def _recent(timestamp: str | None) -> bool:
    assert timestamp is not None
    moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    return abs(datetime.now(UTC) - moment) < timedelta(minutes=1)


def test_a_new_application_starts_in_prospect_with_its_history(
    http: httpx.Client, world: World
) -> None:
    dave, eng = world.candidates["dave"], world.jobs["eng"]
    # dave has no application yet: the job's hiring manager cannot see him.
    hm_replica = Replica(http, world.auth("hm"))
    hm_replica.pull()
    assert http.get(f"/api/v1/candidates/{dave.id}", headers=world.auth("hm")).status_code == 404

    body = {"candidate_id": str(dave.id), "job_id": str(eng.id)}
    response = _post(http, world, "recruiter", "", body)
    assert response.status_code == 201, response.text
    app = response.json()
    assert app["stage_id"] == str(world.stages["eng"]["Prospect"].id)
    assert app["status"] == "active"
    assert _recent(app["applied_at"])
    assert app["closed_at"] is None

    [created] = _history(http, world, app["id"])
    assert created["action"] == "created"
    assert created["from_stage_id"] is None
    assert created["to_stage_id"] == app["stage_id"]
    assert created["changed_by_id"] == str(world.users["recruiter"].id)

    assert http.get(f"/api/v1/candidates/{dave.id}", headers=world.auth("hm")).status_code == 200
    hm_replica.pull()
    assert str(dave.id) in hm_replica.ids("candidate")
    # The pool membership was written before the application: only the touch sends it.
    assert any(
        row["candidate_id"] == str(dave.id)
        for (entity, _), row in hm_replica.rows.items()
        if entity == "pool_member"
    )


def test_an_application_in_a_given_stage_of_the_job_only(http: httpx.Client, world: World) -> None:
    dave, eng = str(world.candidates["dave"].id), str(world.jobs["eng"].id)
    elsewhere = str(world.stages["sales"]["Offer"].id)
    refused = _post(
        http, world, "recruiter", "", {"candidate_id": dave, "job_id": eng, "stage_id": elsewhere}
    )
    assert refused.status_code == 422
    assert refused.headers["content-type"] == PROBLEM
    assert refused.json()["detail"] == "That stage is not one of the stages of Eng engineer."

    interview = str(world.stages["eng"]["Interview"].id)
    placed = _post(
        http, world, "recruiter", "", {"candidate_id": dave, "job_id": eng, "stage_id": interview}
    )
    assert placed.status_code == 201, placed.text
    assert placed.json()["stage_id"] == interview


def test_one_application_per_candidate_and_job(http: httpx.Client, world: World) -> None:
    body = {"candidate_id": str(world.candidates["alice"].id), "job_id": str(world.jobs["eng"].id)}
    response = _post(http, world, "hm", "", body)
    assert response.status_code == 409
    assert response.headers["content-type"] == PROBLEM
    assert (
        response.json()["detail"] == "Alice Candidate already has an application to Eng engineer."
    )
    assert response.json()["existing"]["id"] == str(world.app("alice", "eng").id)


def test_no_application_to_a_closed_job(http: httpx.Client, world: World) -> None:
    sales = world.jobs["sales"].id
    closed = http.post(f"/api/v1/jobs/{sales}/close", headers=world.auth("hm2"))
    assert closed.status_code == 200, closed.text
    body = {"candidate_id": str(world.candidates["dave"].id), "job_id": str(sales)}
    response = _post(http, world, "recruiter", "", body)
    assert response.status_code == 422
    assert response.json()["detail"] == (
        "The job Sales engineer is closed; reopen it before adding candidates."
    )


def test_moves_are_recorded_with_who_and_when(http: httpx.Client, world: World) -> None:
    app = world.app("alice", "eng")
    interview = str(world.stages["eng"]["Interview"].id)
    moved = _post(http, world, "hm", f"/{app.id}/move", {"stage_id": interview})
    assert moved.status_code == 200, moved.text
    assert moved.json()["stage_id"] == interview
    assert _recent(moved.json()["stage_entered_at"])
    assert moved.json()["version"] == app.version + 1

    again = _post(http, world, "hm", f"/{app.id}/move", {"stage_id": interview})
    assert again.status_code == 200
    assert again.json() == moved.json()

    history = _history(http, world, app.id, user="interviewer")
    assert [h["action"] for h in history] == ["created", "moved"]
    step = history[-1]
    assert step["from_stage_id"] == str(world.stages["eng"]["Screening"].id)
    assert step["to_stage_id"] == interview
    assert step["changed_by_id"] == str(world.users["hm"].id)
    assert _recent(step["changed_at"])
    assert (step["job_id"], step["candidate_id"]) == (str(app.job_id), str(app.candidate_id))

    fetched = http.get(f"/api/v1/applications/{app.id}", headers=world.auth("interviewer"))
    assert fetched.json() == moved.json()

    other_job = str(world.stages["sales"]["Interview"].id)
    refused = _post(http, world, "hm", f"/{app.id}/move", {"stage_id": other_job})
    assert refused.status_code == 422
    assert "not one of the stages" in refused.json()["detail"]


def test_rejecting_needs_a_reason_and_ends_the_application(
    http: httpx.Client, world: World
) -> None:
    app = world.app("alice", "eng")
    for body in ({}, {"reason": "   "}):
        missing = _post(http, world, "recruiter", f"/{app.id}/reject", body)
        assert missing.status_code == 422
        assert missing.headers["content-type"] == PROBLEM
        assert missing.json()["errors"][0]["field"] == "reason"

    rejected = _post(http, world, "recruiter", f"/{app.id}/reject", {"reason": "Too junior"})
    assert rejected.status_code == 200, rejected.text
    body = rejected.json()
    assert (body["status"], body["reject_reason"]) == ("rejected", "Too junior")
    assert _recent(body["closed_at"])
    last = _history(http, world, app.id)[-1]
    assert (last["action"], last["reason"]) == ("rejected", "Too junior")
    assert last["from_stage_id"] == last["to_stage_id"] == str(app.stage_id)

    offer = str(world.stages["eng"]["Offer"].id)
    move = _post(http, world, "recruiter", f"/{app.id}/move", {"stage_id": offer})
    assert move.status_code == 422
    assert move.json()["detail"] == (
        "Alice Candidate was rejected for Eng engineer; only an active application can be moved."
    )
    hire = _post(http, world, "recruiter", f"/{app.id}/hire")
    assert hire.status_code == 422
    assert "only an active application can be hired" in hire.json()["detail"]
    assert len(_history(http, world, app.id)) == 2


def test_a_candidate_withdraws(http: httpx.Client, world: World) -> None:
    app = world.app("carol", "sales")
    withdrawn = _post(http, world, "hm2", f"/{app.id}/withdraw")
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["status"] == "withdrawn"
    assert _recent(withdrawn.json()["closed_at"])
    assert [h["action"] for h in _history(http, world, app.id)] == ["created", "withdrawn"]
    again = _post(http, world, "hm2", f"/{app.id}/withdraw")
    assert again.status_code == 422
    assert again.json()["detail"] == (
        "Carol Candidate withdrew from Sales engineer; only an active application can be withdrawn."
    )


def test_hiring_moves_to_the_last_stage(http: httpx.Client, world: World) -> None:
    app = world.app("carol", "eng")
    hired = _post(http, world, "hm", f"/{app.id}/hire")
    assert hired.status_code == 200, hired.text
    body = hired.json()
    assert body["status"] == "hired"
    assert body["stage_id"] == str(world.stages["eng"]["Hired"].id)
    assert _recent(body["closed_at"])
    last = _history(http, world, app.id)[-1]
    assert last["action"] == "hired"
    assert last["from_stage_id"] == str(world.stages["eng"]["Interview"].id)
    assert last["to_stage_id"] == body["stage_id"]
    assert last["changed_by_id"] == str(world.users["hm"].id)


def test_history_keeps_the_application_version_after_each_change(
    http: httpx.Client, world: World, db: Database
) -> None:
    # The sync push compares a client's base version with these: they are not on the wire.
    app = world.app("alice", "eng")
    offer = str(world.stages["eng"]["Offer"].id)
    moved = _post(http, world, "recruiter", f"/{app.id}/move", {"stage_id": offer}).json()
    hired = _post(http, world, "recruiter", f"/{app.id}/hire").json()
    history = _history(http, world, app.id)
    assert [h["action"] for h in history] == ["created", "moved", "hired"]
    with db.read_session() as s:
        versions = {
            str(row.id): row.application_version
            for row in s.scalars(select(StageChange).where(StageChange.application_id == app.id))
        }
    assert [versions[h["id"]] for h in history] == [app.version, moved["version"], hired["version"]]
    assert app.version < moved["version"] < hired["version"]


def test_interviewers_may_not_act_on_applications(http: httpx.Client, world: World) -> None:
    app = world.app("alice", "eng")
    offer = str(world.stages["eng"]["Offer"].id)
    move = _post(http, world, "interviewer", f"/{app.id}/move", {"stage_id": offer})
    assert move.status_code == 403
    assert move.headers["content-type"] == PROBLEM
    assert move.json()["detail"] == (
        "Only admins, recruiters and the job's hiring managers may move candidates on this job; "
        "you are an interviewer on it."
    )
    reject = _post(http, world, "interviewer", f"/{app.id}/reject", {"reason": "No"})
    assert reject.status_code == 403
    create = _post(
        http,
        world,
        "interviewer",
        "",
        {"candidate_id": str(world.candidates["alice"].id), "job_id": str(world.jobs["sales"].id)},
    )
    assert create.status_code == 404


def test_a_hiring_manager_of_another_job_does_not_see_the_application(
    http: httpx.Client, world: World
) -> None:
    app = world.app("alice", "eng")
    for response in (
        http.get(f"/api/v1/applications/{app.id}", headers=world.auth("hm2")),
        http.get(f"/api/v1/applications/{app.id}/history", headers=world.auth("hm2")),
        _post(http, world, "hm2", f"/{app.id}/withdraw"),
    ):
        assert response.status_code == 404
        assert response.json()["detail"] == "No such application."
    assert http.get(f"/api/v1/applications/{app.id}", headers=world.auth("hm")).status_code == 200


def test_lists_hold_the_visible_applications(http: httpx.Client, world: World) -> None:
    def listed(user: str, **params: Any) -> set[tuple[str, str]]:
        response = http.get("/api/v1/applications", params=params, headers=world.auth(user))
        assert response.status_code == 200, response.text
        return {(a["candidate_id"], a["job_id"]) for a in response.json()["items"]}

    def key(candidate: str, job: str) -> tuple[str, str]:
        return (str(world.candidates[candidate].id), str(world.jobs[job].id))

    assert listed("hm") == {key("alice", "eng"), key("carol", "eng")}
    assert listed("hm", job_id=str(world.jobs["sales"].id)) == set()
    assert listed("recruiter", candidate_id=str(world.candidates["carol"].id)) == {
        key("carol", "eng"),
        key("carol", "sales"),
    }
    assert listed("hm2", candidate_id=str(world.candidates["carol"].id)) == {key("carol", "sales")}
    assert len(listed("admin")) == 4


def test_malformed_requests_are_problems(http: httpx.Client, world: World) -> None:
    app = world.app("alice", "eng")
    bad_stage = _post(http, world, "hm", f"/{app.id}/move", {"stage_id": "soon"})
    assert bad_stage.status_code == 422
    assert bad_stage.headers["content-type"] == PROBLEM
    assert bad_stage.json()["errors"][0]["field"] == "stage_id"

    no_job = _post(http, world, "recruiter", "", {"candidate_id": str(world.candidates["dave"].id)})
    assert no_job.status_code == 422
    assert [e["field"] for e in no_job.json()["errors"]] == ["job_id"]

    unknown = _post(
        http,
        world,
        "recruiter",
        "",
        {"candidate_id": str(world.candidates["dave"].id), "job_id": str(app.id)},
    )
    assert unknown.status_code == 404
    assert unknown.json()["detail"] == "No such job."
