"""Notes on candidates through the REST API: written by anyone who sees the candidate,
listed per candidate, hidden (404) from those who do not."""

from typing import Any

import httpx

from tests.server.world import World


def _note(http: httpx.Client, world: World, user: str, **body: Any) -> httpx.Response:
    return http.post("/api/v1/notes", json=body, headers=world.auth(user))


def _bodies(http: httpx.Client, world: World, user: str, candidate: str) -> list[str]:
    response = http.get(
        "/api/v1/notes",
        params={"candidate_id": str(world.candidates[candidate].id)},
        headers=world.auth(user),
    )
    assert response.status_code == 200, response.text
    return sorted(n["body"] for n in response.json()["items"])


def test_recruiter_writes_a_note(http: httpx.Client, world: World) -> None:
    alice = str(world.candidates["alice"].id)
    response = _note(http, world, "recruiter", candidate_id=alice, body="  Called her today. ")
    assert response.status_code == 201, response.text
    note = response.json()
    assert note["candidate_id"] == alice
    assert note["application_id"] is None
    assert note["author_id"] == str(world.users["recruiter"].id)
    assert note["body"] == "Called her today."
    assert _bodies(http, world, "recruiter", "alice") == ["Called her today.", "Strong portfolio."]
    fetched = http.get(f"/api/v1/notes/{note['id']}", headers=world.auth("hm"))
    assert fetched.status_code == 200
    assert fetched.json() == note


def test_hiring_manager_writes_a_note_on_their_jobs_candidate(
    http: httpx.Client, world: World
) -> None:
    alice = str(world.candidates["alice"].id)
    application = str(world.app("alice", "eng").id)
    response = _note(
        http, world, "hm", candidate_id=alice, application_id=application, body="Team liked her."
    )
    assert response.status_code == 201, response.text
    assert response.json()["application_id"] == application
    assert response.json()["author_id"] == str(world.users["hm"].id)
    assert _bodies(http, world, "hm", "alice") == ["Strong portfolio.", "Team liked her."]


def test_interviewer_writes_a_note_on_a_candidate_they_interview(
    http: httpx.Client, world: World
) -> None:
    carol = str(world.candidates["carol"].id)
    response = _note(http, world, "interviewer", candidate_id=carol, body="Asked about salary.")
    assert response.status_code == 201, response.text


def test_hiring_manager_of_another_job_gets_404(http: httpx.Client, world: World) -> None:
    alice = str(world.candidates["alice"].id)
    written = _note(http, world, "hm2", candidate_id=alice, body="Sneaky.")
    assert written.status_code == 404
    assert written.json()["detail"] == "No such candidate."
    listed = http.get("/api/v1/notes", params={"candidate_id": alice}, headers=world.auth("hm2"))
    assert listed.status_code == 404
    note_id = _note(http, world, "recruiter", candidate_id=alice, body="Private.").json()["id"]
    assert http.get(f"/api/v1/notes/{note_id}", headers=world.auth("hm2")).status_code == 404
    assert _bodies(http, world, "recruiter", "alice") == ["Private.", "Strong portfolio."]


def test_application_must_be_the_candidates_and_visible(http: httpx.Client, world: World) -> None:
    carol = str(world.candidates["carol"].id)
    other = _note(
        http,
        world,
        "recruiter",
        candidate_id=carol,
        application_id=str(world.app("alice", "eng").id),
        body="Wrong application.",
    )
    assert other.status_code == 422
    assert "another candidate" in other.json()["detail"]
    # hm2 sees carol through sales, but not her eng application.
    hidden = _note(
        http,
        world,
        "hm2",
        candidate_id=carol,
        application_id=str(world.app("carol", "eng").id),
        body="On eng.",
    )
    assert hidden.status_code == 404
    assert hidden.json()["detail"] == "No such application."
    assert _bodies(http, world, "recruiter", "carol") == []


def test_blank_note_and_missing_filter_are_refused(http: httpx.Client, world: World) -> None:
    alice = str(world.candidates["alice"].id)
    blank = _note(http, world, "recruiter", candidate_id=alice, body="   ")
    assert blank.status_code == 422
    assert blank.json()["errors"][0]["field"] == "body"
    unfiltered = http.get("/api/v1/notes", headers=world.auth("recruiter"))
    assert unfiltered.status_code == 422
    assert unfiltered.json()["errors"][0]["field"] == "candidate_id"


def test_notes_cannot_be_edited_or_deleted(http: httpx.Client, world: World) -> None:
    alice = str(world.candidates["alice"].id)
    note_id = _note(http, world, "recruiter", candidate_id=alice, body="Final.").json()["id"]
    headers = world.auth("admin")
    assert (
        http.patch(f"/api/v1/notes/{note_id}", json={"body": "x"}, headers=headers).status_code
        == 405
    )
    assert http.delete(f"/api/v1/notes/{note_id}", headers=headers).status_code == 405
    assert "Final." in _bodies(http, world, "recruiter", "alice")
