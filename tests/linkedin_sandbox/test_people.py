"""The seeded world, members and seats added over HTTP, the profile widget's lookups (member
id, e-mail, name suggestions) and saving a member to a Recruiter project."""

from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from linkedin_sandbox import SandboxSettings, WorldSizes, create_app
from linkedin_sandbox.db import Store, members
from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import ADMIN, Ats, bearer, enable
from tests.linkedin_sandbox.conftest import Running


def _people(path: Path, sizes: WorldSizes) -> list[tuple[str, str, str, str | None]]:
    create_app(path, SandboxSettings(world=sizes))
    store = Store(path)
    with store.read() as conn:
        rows = conn.execute(members.select().order_by(members.c.id)).all()
    store.dispose()
    return [(r.id, r.first_name, r.last_name, r.email) for r in rows]


def test_the_same_sizes_make_the_same_world(tmp_path: Path) -> None:
    sizes = WorldSizes(members=30, inmails=0, notes=0)
    first = _people(tmp_path / "a.db", sizes)
    assert first == _people(tmp_path / "b.db", sizes)
    assert first != _people(tmp_path / "c.db", WorldSizes(members=30, random_seed=8))
    names = Counter((first_name, last) for _, first_name, last, _ in first)
    assert names[("Anna", "Svensson")] == 3
    assert names[("Erik", "Johansson")] == 2
    with_email = [p for p in first if p[3]]
    assert 0 < len(with_email) < len(first)


def test_the_admin_holds_a_seat_on_both_contracts(sandbox: Running) -> None:
    world = web.get(f"{sandbox.url}/sandbox/world").json()
    admins = {
        (contract["urn"], seat["name"])
        for contract in world["contracts"]
        for seat in contract["seats"]
        if seat["role"] == "ADMIN"
    }
    assert admins == {
        ("urn:li:contract:50001", "Maja Lindqvist"),
        ("urn:li:contract:50002", "Maja Lindqvist"),
    }
    assert len(world["projects"]) == 2


def test_members_and_seats_added_over_http(sandbox: Running) -> None:
    made = web.post(
        f"{sandbox.url}/sandbox/members",
        json={
            "firstName": "Grace",
            "lastName": "Hopper",
            "emailAddress": "Grace@Navy.example",
            "currentTitle": "Rear Admiral",
            "currentCompany": "US Navy",
            "id": "grace01",
        },
    )
    assert made.status_code == 201
    assert made.json()["emailAddress"] == "grace@navy.example"
    assert made.json()["headline"] == "Rear Admiral at US Navy"
    twin = web.post(
        f"{sandbox.url}/sandbox/members",
        json={"firstName": "Other", "lastName": "Grace", "emailAddress": "grace@navy.example"},
    )
    assert twin.status_code == 409
    seat = web.post(f"{sandbox.url}/sandbox/seats", json={"member": "grace01", "contract": "50002"})
    assert seat.status_code == 201
    assert seat.json()["contract"] == "urn:li:contract:50002"


def _lookup(ats: Ats, path: str, **params: str) -> httpx.Response:
    return ats.http.get(path, params=params, headers=ats.headers)


def test_profile_lookups_by_id_email_and_name(ats: Ats) -> None:
    for first, email in (("Ada", "ada@example.org"), ("Ada", None)):
        body: dict[str, Any] = {"firstName": first, "lastName": "Lovelace", "emailAddress": email}
        web.post(f"{ats.url}/sandbox/members", json=body).raise_for_status()
    ats.connect(callback=None)
    refused = _lookup(ats, "/v2/people", q="email", email="ada@example.org")
    assert refused.status_code == 403  # PROFILE_PLUGIN is not enabled yet
    enable(ats.url, "company")
    by_email = _lookup(ats, "/v2/people", q="email", email="ADA@example.org").json()["elements"]
    assert len(by_email) == 1
    assert "emailAddress" not in by_email[0]
    member_id = by_email[0]["id"].removeprefix("urn:li:person:")
    by_id = _lookup(ats, f"/v2/people/(id:{member_id})")
    assert by_id.json()["firstName"] == "Ada"
    by_name = _lookup(ats, "/v2/people", q="name", firstName="ada", lastName="LOVELACE")
    assert len(by_name.json()["elements"]) == 2
    nobody = _lookup(ats, "/v2/people", q="name", firstName="Nobody", lastName="Here")
    assert nobody.json()["elements"] == []
    assert _lookup(ats, "/v2/people/(id:nope)").status_code == 404


def test_names_match_without_accents(ats: Ats) -> None:
    body = {"firstName": "Łukasz", "lastName": "Ødegård"}
    web.post(f"{ats.url}/sandbox/members", json=body).raise_for_status()
    ats.connect(callback=None)
    enable(ats.url, "company")
    found = _lookup(ats, "/v2/people", q="name", firstName="Lukasz", lastName="Odegard")
    assert [p["firstName"] for p in found.json()["elements"]] == ["Łukasz"]


def test_save_a_member_to_a_recruiter_project(ats: Ats) -> None:
    ats.connect(callback=None)
    enable(ats.url, "company")
    user = bearer(ats.sign_in(ADMIN))
    projects = ats.http.get("/v2/hiringProjects", params={"q": "viewer"}, headers=user)
    project = projects.json()["elements"][0]
    member = web.post(
        f"{ats.url}/sandbox/members", json={"firstName": "New", "lastName": "Prospect"}
    ).json()
    path = f"/v2/hiringProjects/{project['id']}/candidates"
    saved = ats.http.post(path, json={"candidate": member["id"]}, headers=user)
    assert saved.status_code == 201
    assert saved.json()["addedBy"].startswith("urn:li:seat:")
    again = ats.http.post(path, json={"candidate": member["id"]}, headers=user)
    assert again.status_code == 200
    listed = ats.http.get(path, headers=user).json()["elements"]
    assert member["id"] in [c["candidate"] for c in listed]
    with_app_token = ats.http.post(path, json={"candidate": member["id"]}, headers=ats.headers)
    assert with_app_token.status_code == 403
