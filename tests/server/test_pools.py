"""Talent pools through the REST API: who may change them, idempotent membership, the
read-only system pool, and members filtered by what the reader may see."""

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from recruiter_server.db.engine import Database
from recruiter_server.db.models import User
from recruiter_server.domain import pools
from recruiter_server.domain.actor import Actor
from tests.server.sync_client import Replica
from tests.server.world import World

SYSTEM_REFUSAL = (
    "The LinkedIn pool is kept by the LinkedIn integration; it cannot be changed by hand."
)


def _silver(world: World) -> str:
    """The id of the world's "Silver medalists" pool (members dave and bob)."""
    assert world.pool is not None
    return str(world.pool.id)


def _pools(http: httpx.Client, world: World, user: str) -> list[dict[str, Any]]:
    response = http.get("/api/v1/pools", headers=world.auth(user))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def _linkedin_pool(http: httpx.Client, world: World) -> dict[str, Any]:
    return next(p for p in _pools(http, world, "admin") if p["system_key"] == "linkedin")


def _member_candidates(http: httpx.Client, world: World, user: str, pool_id: str) -> set[str]:
    response = http.get(f"/api/v1/pools/{pool_id}/members", headers=world.auth(user))
    assert response.status_code == 200, response.text
    return {m["candidate_id"] for m in response.json()["items"]}


def test_every_user_lists_pools_with_the_system_pool(http: httpx.Client, world: World) -> None:
    names = {p["name"]: p for p in _pools(http, world, "interviewer")}
    assert set(names) == {"Silver medalists", "LinkedIn"}
    assert names["LinkedIn"]["is_system"] is True
    assert names["Silver medalists"]["is_system"] is False
    one = http.get(f"/api/v1/pools/{_silver(world)}", headers=world.auth("hm2"))
    assert one.status_code == 200
    assert one.json()["name"] == "Silver medalists"


def test_recruiter_creates_pool_adds_and_removes_members(http: httpx.Client, world: World) -> None:
    headers = world.auth("recruiter")
    created = http.post(
        "/api/v1/pools", json={"name": "  Backend 2025 ", "description": "Later"}, headers=headers
    )
    assert created.status_code == 201, created.text
    pool = created.json()
    assert pool["name"] == "Backend 2025"
    assert pool["is_system"] is False
    alice = str(world.candidates["alice"].id)

    added = http.put(f"/api/v1/pools/{pool['id']}/members/{alice}", headers=headers)
    assert added.status_code == 201, added.text
    assert added.json()["candidate_id"] == alice
    assert added.json()["added_by_id"] == str(world.users["recruiter"].id)
    again = http.put(f"/api/v1/pools/{pool['id']}/members/{alice}", headers=headers)
    assert again.status_code == 200
    assert again.json() == added.json()
    assert _member_candidates(http, world, "recruiter", pool["id"]) == {alice}

    replica = Replica(http, world.auth("hm"))
    replica.pull()
    assert added.json()["id"] in replica.ids("pool_member")

    removed = http.delete(f"/api/v1/pools/{pool['id']}/members/{alice}", headers=headers)
    assert removed.status_code == 204
    replica.pull()
    assert added.json()["id"] not in replica.ids("pool_member")
    assert _member_candidates(http, world, "recruiter", pool["id"]) == set()
    # Removing someone who is not (or no longer) a member is not an error.
    assert (
        http.delete(f"/api/v1/pools/{pool['id']}/members/{alice}", headers=headers).status_code
        == 204
    )


def test_recruiter_renames_a_pool(http: httpx.Client, world: World) -> None:
    pool_id = _silver(world)
    response = http.patch(
        f"/api/v1/pools/{pool_id}", json={"name": "Runners-up"}, headers=world.auth("admin")
    )
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "Runners-up"
    assert response.json()["version"] == 2
    fetched = http.get(f"/api/v1/pools/{pool_id}", headers=world.auth("hm")).json()
    assert fetched["name"] == "Runners-up"
    assert fetched["description"] == ""


def test_pool_names_are_unique_whatever_the_case(http: httpx.Client, world: World) -> None:
    response = http.post(
        "/api/v1/pools", json={"name": "silver MEDALISTS"}, headers=world.auth("recruiter")
    )
    assert response.status_code == 409
    assert response.json()["existing"]["id"] == _silver(world)


def test_only_admins_and_recruiters_change_pools(http: httpx.Client, world: World) -> None:
    pool_id = _silver(world)
    alice = world.candidates["alice"].id
    for user in ("hm", "interviewer"):
        headers = world.auth(user)
        created = http.post("/api/v1/pools", json={"name": "Mine"}, headers=headers)
        assert created.status_code == 403
        assert "Only admins and recruiters" in created.json()["detail"]
        assert (
            http.patch(f"/api/v1/pools/{pool_id}", json={"name": "X"}, headers=headers).status_code
            == 403
        )
        assert (
            http.put(f"/api/v1/pools/{pool_id}/members/{alice}", headers=headers).status_code == 403
        )
        bob = world.candidates["bob"].id
        assert (
            http.delete(f"/api/v1/pools/{pool_id}/members/{bob}", headers=headers).status_code
            == 403
        )
    bob_still = _member_candidates(http, world, "recruiter", pool_id)
    assert str(world.candidates["bob"].id) in bob_still


def test_system_pool_refuses_changes_even_by_an_admin(http: httpx.Client, world: World) -> None:
    linkedin = _linkedin_pool(http, world)
    headers = world.auth("admin")
    alice = world.candidates["alice"].id
    refusals = [
        http.put(f"/api/v1/pools/{linkedin['id']}/members/{alice}", headers=headers),
        http.delete(f"/api/v1/pools/{linkedin['id']}/members/{alice}", headers=headers),
        http.patch(f"/api/v1/pools/{linkedin['id']}", json={"name": "Mine"}, headers=headers),
    ]
    for response in refusals:
        assert response.status_code == 403
        assert response.json()["detail"] == SYSTEM_REFUSAL
    assert _member_candidates(http, world, "admin", linkedin["id"]) == set()
    assert _linkedin_pool(http, world)["name"] == "LinkedIn"


def test_the_integration_fills_the_system_pool(
    http: httpx.Client, world: World, db: Database
) -> None:
    alice = world.candidates["alice"].id
    with db.write_session() as session:
        first = pools.add_system_member(session, "linkedin", alice)
        second = pools.add_system_member(session, "linkedin", alice)
        assert second.id == first.id
        session.commit()
    linkedin = _linkedin_pool(http, world)
    assert _member_candidates(http, world, "recruiter", linkedin["id"]) == {str(alice)}
    response = http.get(f"/api/v1/pools/{linkedin['id']}/members", headers=world.auth("admin"))
    assert response.json()["items"][0]["added_by_id"] is None


def test_members_hide_candidates_the_reader_cannot_see(http: httpx.Client, world: World) -> None:
    pool_id = _silver(world)
    alice = str(world.candidates["alice"].id)
    added = http.put(f"/api/v1/pools/{pool_id}/members/{alice}", headers=world.auth("recruiter"))
    assert added.status_code == 201
    everyone = {str(world.candidates[c].id) for c in ("alice", "bob", "dave")}
    assert _member_candidates(http, world, "recruiter", pool_id) == everyone
    # hm holds a role on eng only: alice applied there; bob (sales) and dave (nowhere) are hidden.
    assert _member_candidates(http, world, "hm", pool_id) == {alice}
    assert _member_candidates(http, world, "hm2", pool_id) == {str(world.candidates["bob"].id)}


def test_members_are_paged(http: httpx.Client, world: World) -> None:
    pool_id = _silver(world)
    headers = world.auth("recruiter")
    first = http.get(
        f"/api/v1/pools/{pool_id}/members", params={"limit": 1}, headers=headers
    ).json()
    assert len(first["items"]) == 1
    assert first["next_after"] is not None
    second = http.get(
        f"/api/v1/pools/{pool_id}/members",
        params={"limit": 1, "after": first["next_after"]},
        headers=headers,
    ).json()
    assert len(second["items"]) == 1
    assert second["next_after"] is None
    assert second["items"][0]["id"] != first["items"][0]["id"]


def test_unknown_pool_or_candidate_answers_404(http: httpx.Client, world: World) -> None:
    headers = world.auth("recruiter")
    nobody = "00000000-0000-4000-8000-000000000000"
    pool_id = _silver(world)
    alice = world.candidates["alice"].id
    assert http.get(f"/api/v1/pools/{nobody}", headers=headers).status_code == 404
    assert http.get(f"/api/v1/pools/{nobody}/members", headers=headers).status_code == 404
    assert http.put(f"/api/v1/pools/{nobody}/members/{alice}", headers=headers).status_code == 404
    missing = http.put(f"/api/v1/pools/{pool_id}/members/{nobody}", headers=headers)
    assert missing.status_code == 404
    assert missing.json()["detail"] == "No such candidate."


def test_blank_pool_name_is_refused_in_words(http: httpx.Client, world: World) -> None:
    response = http.post("/api/v1/pools", json={"name": "   "}, headers=world.auth("recruiter"))
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "name"


def test_adding_while_another_transaction_adds_the_same_member(
    http: httpx.Client, world: World, db: Database
) -> None:
    pool_id = _silver(world)
    alice = world.candidates["alice"].id
    with db.write_session() as session:
        actor = Actor.load(session, session.get_one(User, world.users["admin"].id))
        mine = pools.add_member(session, actor, uuid.UUID(pool_id), alice)
        with ThreadPoolExecutor(1) as pool:
            # The request waits for this transaction, then finds its row.
            pending = pool.submit(
                http.put,
                f"/api/v1/pools/{pool_id}/members/{alice}",
                headers=world.auth("recruiter"),
            )
            time.sleep(0.5)
            session.commit()
            response = pending.result(timeout=30)
    assert response.status_code == 200, response.text
    assert response.json()["id"] == str(mine.id)
