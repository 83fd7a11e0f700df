"""The server answers and the database is migrated."""

import httpx

from tests.server.world import World


def test_healthz_answers_ok(http: httpx.Client) -> None:
    response = http.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_unknown_route_is_problem_json(http: httpx.Client) -> None:
    response = http.get("/api/v1/nope")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 404


def test_world_builds(world: World) -> None:
    assert world.app("carol", "sales").status == "active"
