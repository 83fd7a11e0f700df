"""Interview feedback through the REST API: only the job's interviewers submit, once each;
only the author edits; an interviewer reads the others' only after submitting their own."""

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from recruiter_server.db.engine import Database
from recruiter_server.db.models import User
from recruiter_server.domain import feedback
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Invalid
from tests.server.sync_client import Replica
from tests.server.world import World

NOT_AN_INTERVIEWER = "Only interviewers assigned to this job can leave feedback."


def _submit(http: httpx.Client, world: World, user: str, **fields: Any) -> httpx.Response:
    body = {"rating": 4, "recommendation": "strong_yes", "comments": "Great pairing session."}
    body.update(fields)
    body.setdefault("application_id", str(world.app("alice", "eng").id))
    return http.post("/api/v1/feedback", json=body, headers=world.auth(user))


def _listed(http: httpx.Client, world: World, user: str, application: str) -> dict[str, int]:
    """Interviewer id -> rating of the feedback `user` reads on the application."""
    response = http.get(
        "/api/v1/feedback", params={"application_id": application}, headers=world.auth(user)
    )
    assert response.status_code == 200, response.text
    return {f["interviewer_id"]: f["rating"] for f in response.json()["items"]}


def test_assigned_interviewer_submits_feedback(http: httpx.Client, world: World) -> None:
    application = world.app("alice", "eng")
    response = _submit(http, world, "interviewer", rating=2, recommendation="no", comments="Shaky.")
    assert response.status_code == 201, response.text
    feedback = response.json()
    assert feedback["application_id"] == str(application.id)
    assert feedback["job_id"] == str(application.job_id)
    assert feedback["candidate_id"] == str(application.candidate_id)
    assert feedback["interviewer_id"] == str(world.users["interviewer"].id)
    assert (feedback["rating"], feedback["recommendation"], feedback["comments"]) == (
        2,
        "no",
        "Shaky.",
    )
    fetched = http.get(f"/api/v1/feedback/{feedback['id']}", headers=world.auth("interviewer"))
    assert fetched.json() == feedback


def test_people_not_interviewing_on_the_job_are_refused(http: httpx.Client, world: World) -> None:
    # The recruiter and hm hold roles on eng, but not the interviewer role.
    for user in ("recruiter", "hm", "admin"):
        response = _submit(http, world, user)
        assert response.status_code == 403, user
        assert response.json()["detail"] == NOT_AN_INTERVIEWER
    # hm2 cannot see eng at all: the application does not exist for them.
    hidden = _submit(http, world, "hm2")
    assert hidden.status_code == 404
    assert hidden.json()["detail"] == "No such application."
    assert set(_listed(http, world, "admin", str(world.app("alice", "eng").id))) == {
        str(world.users["interviewer2"].id)
    }


def test_second_submit_is_a_duplicate_naming_the_first(http: httpx.Client, world: World) -> None:
    first = _submit(http, world, "interviewer")
    assert first.status_code == 201
    second = _submit(http, world, "interviewer", rating=1, recommendation="strong_no")
    assert second.status_code == 409
    problem = second.json()
    assert problem["title"] == "Conflict"
    assert "already left feedback" in problem["detail"]
    assert problem["existing"]["id"] == first.json()["id"]
    assert problem["existing"]["rating"] == 4


def test_only_the_author_edits_feedback(http: httpx.Client, world: World) -> None:
    feedback = _submit(http, world, "interviewer").json()
    url = f"/api/v1/feedback/{feedback['id']}"
    edited = http.patch(
        url,
        json={"rating": 3, "comments": "On reflection, good."},
        headers=world.auth("interviewer"),
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["rating"] == 3
    assert edited.json()["recommendation"] == "strong_yes"
    assert edited.json()["comments"] == "On reflection, good."
    assert edited.json()["version"] == feedback["version"] + 1
    # interviewer2 has submitted on alice too, so reads this one, but may not change it.
    for user in ("interviewer2", "hm", "admin"):
        refused = http.patch(url, json={"rating": 1}, headers=world.auth(user))
        assert refused.status_code == 403, user
        assert "Only the interviewer who wrote this feedback" in refused.json()["detail"]
    assert http.patch(url, json={"rating": 1}, headers=world.auth("hm2")).status_code == 404
    assert http.get(url, headers=world.auth("hm")).json()["rating"] == 3


def test_invalid_values_are_refused_in_words(http: httpx.Client, world: World) -> None:
    too_high = _submit(http, world, "interviewer", rating=5)
    assert too_high.status_code == 422
    assert too_high.json()["errors"][0]["field"] == "rating"
    unknown = _submit(http, world, "interviewer", recommendation="maybe")
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "recommendation"
    nothing = _submit(
        http, world, "interviewer", application_id="00000000-0000-4000-8000-000000000000"
    )
    assert nothing.status_code == 404


def test_interviewer_reads_others_feedback_only_after_submitting(
    http: httpx.Client, world: World
) -> None:
    application = str(world.app("alice", "eng").id)
    interviewer = str(world.users["interviewer"].id)
    interviewer2 = str(world.users["interviewer2"].id)
    others = http.get(
        "/api/v1/feedback", params={"application_id": application}, headers=world.auth("hm")
    ).json()["items"]
    [theirs] = others
    assert theirs["interviewer_id"] == interviewer2
    replica = Replica(http, world.auth("interviewer"))
    replica.pull()
    assert replica.ids("feedback") == set()

    assert _listed(http, world, "interviewer", application) == {}
    assert (
        http.get(f"/api/v1/feedback/{theirs['id']}", headers=world.auth("interviewer")).status_code
        == 404
    )

    mine = _submit(http, world, "interviewer", rating=2, recommendation="no")
    assert mine.status_code == 201
    assert _listed(http, world, "interviewer", application) == {interviewer: 2, interviewer2: 3}
    assert (
        http.get(f"/api/v1/feedback/{theirs['id']}", headers=world.auth("interviewer")).status_code
        == 200
    )
    # The feed sends the others' feedback again now that it became readable.
    replica.pull()
    assert replica.ids("feedback") == {mine.json()["id"], theirs["id"]}


def test_hiring_manager_reads_all_feedback_of_their_job(http: httpx.Client, world: World) -> None:
    application = str(world.app("alice", "eng").id)
    interviewer = str(world.users["interviewer"].id)
    interviewer2 = str(world.users["interviewer2"].id)
    assert _listed(http, world, "hm", application) == {interviewer2: 3}
    assert (
        _submit(http, world, "interviewer", rating=1, recommendation="strong_no").status_code == 201
    )
    assert _listed(http, world, "hm", application) == {interviewer: 1, interviewer2: 3}
    everything = http.get("/api/v1/feedback", headers=world.auth("hm")).json()["items"]
    assert {f["interviewer_id"] for f in everything} == {interviewer, interviewer2}
    # hm2 holds no role on eng: neither the list nor the application exists for them.
    assert http.get("/api/v1/feedback", headers=world.auth("hm2")).json()["items"] == []
    hidden = http.get(
        "/api/v1/feedback", params={"application_id": application}, headers=world.auth("hm2")
    )
    assert hidden.status_code == 404


def test_submitting_while_the_same_interviewer_submits_elsewhere(
    http: httpx.Client, world: World, db: Database
) -> None:
    application = world.app("alice", "eng").id
    with db.write_session() as session:
        actor = Actor.load(session, session.get_one(User, world.users["interviewer"].id))
        mine = feedback.submit_feedback(
            session, actor, application_id=application, rating=3, recommendation="yes", comments=""
        )
        with ThreadPoolExecutor(1) as pool:
            # The request waits for this transaction, then finds its feedback.
            pending = pool.submit(_submit, http, world, "interviewer")
            time.sleep(0.5)
            session.commit()
            response = pending.result(timeout=30)
    assert response.status_code == 409, response.text
    assert response.json()["existing"]["id"] == str(mine.id)


def test_domain_refuses_raw_values_in_words(world: World, db: Database) -> None:
    application = world.app("alice", "eng").id
    with db.write_session() as session:
        actor = Actor.load(session, session.get_one(User, world.users["interviewer"].id))
        for rating, recommendation, words in [
            (0, "yes", "from 1 to 4"),
            ("3", "yes", "whole number"),
            (True, "yes", "whole number"),
            (3, "maybe", "not a recommendation"),
        ]:
            with pytest.raises(Invalid, match=words):
                feedback.submit_feedback(
                    session,
                    actor,
                    application_id=application,
                    rating=rating,  # type: ignore[arg-type]
                    recommendation=recommendation,
                    comments="",
                )
