"""Candidates through REST: adding, finding, editing and refusing duplicates."""

from typing import Any

import httpx

from tests.server.world import World

PROBLEM = "application/problem+json"


def _create(http: httpx.Client, world: World, user: str = "recruiter", **fields: Any) -> Any:
    body = {"first_name": "Ada", "last_name": "Lovelace", **fields}
    return http.post("/api/v1/candidates", json=body, headers=world.auth(user))


def _names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return sorted(c["first_name"] for c in response.json()["items"])


def test_a_recruiter_adds_a_candidate(http: httpx.Client, world: World) -> None:
    response = _create(
        http,
        world,
        email="Ada.Lovelace@Example.COM",
        linkedin_member_id="li-ada",
        headline="Analyst",
        tags=["math", "Math", "engines"],
    )
    assert response.status_code == 201, response.text
    ada = response.json()
    assert ada["email"] == "ada.lovelace@example.com"
    assert ada["created_by_id"] == str(world.users["recruiter"].id)
    assert ada["source"] == "manual"
    assert ada["tags"] == ["math", "engines"]
    fetched = http.get(f"/api/v1/candidates/{ada['id']}", headers=world.auth("admin"))
    assert fetched.json() == ada


def test_only_admins_and_recruiters_add_candidates(http: httpx.Client, world: World) -> None:
    response = _create(http, world, user="hm")
    assert response.status_code == 403
    assert response.json()["detail"] == "Only admins and recruiters may add candidates."


def test_a_known_email_in_any_case_is_a_duplicate_naming_the_candidate(
    http: httpx.Client, world: World
) -> None:
    response = _create(http, world, email="ALICE@example.NET")
    assert response.status_code == 409
    assert response.headers["content-type"] == PROBLEM
    problem = response.json()
    assert problem["detail"] == "A candidate with this e-mail already exists: Alice Candidate."
    assert problem["existing"]["id"] == str(world.candidates["alice"].id)
    assert problem["existing"]["email"] == "alice@example.net"


def test_a_known_linkedin_member_id_is_a_duplicate_on_create_and_on_update(
    http: httpx.Client, world: World
) -> None:
    first = _create(http, world, linkedin_member_id="li-123")
    assert first.status_code == 201, first.text
    again = _create(http, world, first_name="Augusta", linkedin_member_id="li-123")
    assert again.status_code == 409
    assert again.json()["detail"] == (
        "A candidate with this LinkedIn member id already exists: Ada Lovelace."
    )
    assert again.json()["existing"]["id"] == first.json()["id"]

    bob = world.candidates["bob"].id
    taken = http.patch(
        f"/api/v1/candidates/{bob}",
        json={"linkedin_member_id": "li-123"},
        headers=world.auth("recruiter"),
    )
    assert taken.status_code == 409
    assert taken.json()["existing"]["id"] == first.json()["id"]
    email_taken = http.patch(
        f"/api/v1/candidates/{bob}",
        json={"email": "Alice@Example.net"},
        headers=world.auth("admin"),
    )
    assert email_taken.status_code == 409
    assert email_taken.json()["existing"]["id"] == str(world.candidates["alice"].id)

    # A candidate keeping their own e-mail is no duplicate of themselves.
    own = http.patch(
        f"/api/v1/candidates/{bob}", json={"email": "BOB@example.net"}, headers=world.auth("admin")
    )
    assert own.status_code == 200, own.text


def test_editing_changes_given_fields_and_null_clears(http: httpx.Client, world: World) -> None:
    alice = world.candidates["alice"]
    url = f"/api/v1/candidates/{alice.id}"
    edited = http.patch(
        url,
        json={"headline": "Staff engineer", "email": None, "phone": "+46 70 123"},
        headers=world.auth("recruiter"),
    )
    assert edited.status_code == 200, edited.text
    body = edited.json()
    assert (body["headline"], body["email"], body["phone"]) == (
        "Staff engineer",
        None,
        "+46 70 123",
    )
    assert body["first_name"] == "Alice"
    assert body["location"] == "Stockholm"
    assert body["version"] == alice.version + 1

    no_name = http.patch(url, json={"first_name": None}, headers=world.auth("recruiter"))
    assert no_name.status_code == 422
    assert no_name.json()["detail"] == "A candidate's first name cannot be removed."

    by_hm = http.patch(url, json={"headline": "X"}, headers=world.auth("hm"))
    assert by_hm.status_code == 403
    assert by_hm.json()["detail"] == "Only admins and recruiters may edit candidates."
    by_hm2 = http.patch(url, json={"headline": "X"}, headers=world.auth("hm2"))
    assert by_hm2.status_code == 404


def test_hiring_managers_see_only_their_jobs_candidates(http: httpx.Client, world: World) -> None:
    assert _names(http.get("/api/v1/candidates", headers=world.auth("hm"))) == ["Alice", "Carol"]
    assert _names(http.get("/api/v1/candidates", headers=world.auth("recruiter"))) == [
        "Alice",
        "Bob",
        "Carol",
        "Dave",
    ]
    alice, bob = world.candidates["alice"].id, world.candidates["bob"].id
    assert http.get(f"/api/v1/candidates/{alice}", headers=world.auth("hm")).status_code == 200
    hidden = http.get(f"/api/v1/candidates/{bob}", headers=world.auth("hm"))
    assert hidden.status_code == 404
    assert hidden.headers["content-type"] == PROBLEM


def test_search_matches_the_start_of_names_and_emails_in_any_case(
    http: httpx.Client, world: World
) -> None:
    assert _create(http, world, email="lovelace@engines.org").status_code == 201

    def search(q: str, user: str = "recruiter") -> list[str]:
        return _names(http.get("/api/v1/candidates", params={"q": q}, headers=world.auth(user)))

    assert search("ALI") == ["Alice"]
    assert search("love") == ["Ada"]
    assert search("ada love") == ["Ada"]
    assert search("bob@") == ["Bob"]
    assert search("cand") == ["Alice", "Bob", "Carol", "Dave"]
    assert search("lice") == []
    assert search("%") == []
    assert search("cand", user="hm") == ["Alice", "Carol"]
    assert search("bob", user="hm") == []


def test_invalid_candidates_are_explained_as_problems(http: httpx.Client, world: World) -> None:
    empty_name = _create(http, world, first_name="  ", email="not-an-email")
    assert empty_name.status_code == 422
    assert empty_name.headers["content-type"] == PROBLEM
    assert sorted(e["field"] for e in empty_name.json()["errors"]) == ["email", "first_name"]

    typo = _create(http, world, emial="ada@example.com")
    assert typo.status_code == 422
    assert typo.json()["errors"][0]["field"] == "emial"

    bad_id = http.get("/api/v1/candidates/not-a-uuid", headers=world.auth("admin"))
    assert bad_id.status_code == 422
    assert bad_id.headers["content-type"] == PROBLEM
