"""For each role, what it may and may not read and write, through REST and through the feed.

The organisation is tests/server/world.py: hm holds the hiring-manager role on eng only, hm2
on sales only, interviewer is an interviewer on eng; bob is only in sales, dave in no job.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.server.sync_client import Replica
from tests.server.world import World

ROLES = ["admin", "recruiter", "hm", "hm2", "interviewer"]


@dataclass(frozen=True)
class Check:
    """One request and the status each role gets."""

    name: str
    method: str
    path: Callable[[World], str]
    expected: dict[str, int]
    body: Callable[[World], dict[str, Any]] | None = None


def _all(status: int, **overrides: int) -> dict[str, int]:
    return {role: overrides.get(role, status) for role in ROLES}


def _c(w: World, name: str) -> str:
    return str(w.candidates[name].id)


def _a(w: World, cand: str, job: str) -> str:
    return str(w.app(cand, job).id)


def _j(w: World, code: str) -> str:
    return str(w.jobs[code].id)


def _s(w: World, job: str, stage: str) -> str:
    return str(w.stages[job][stage].id)


READS = [
    Check("eng job", "GET", lambda w: f"/jobs/{_j(w, 'eng')}", _all(200, hm2=404)),
    Check(
        "sales job", "GET", lambda w: f"/jobs/{_j(w, 'sales')}", _all(200, hm=404, interviewer=404)
    ),
    Check(
        "draft job", "GET", lambda w: f"/jobs/{_j(w, 'ops')}", _all(404, admin=200, recruiter=200)
    ),
    Check("eng stages", "GET", lambda w: f"/jobs/{_j(w, 'eng')}/stages", _all(200, hm2=404)),
    Check("eng roles", "GET", lambda w: f"/jobs/{_j(w, 'eng')}/roles", _all(200, hm2=404)),
    Check("alice", "GET", lambda w: f"/candidates/{_c(w, 'alice')}", _all(200, hm2=404)),
    Check(
        "bob", "GET", lambda w: f"/candidates/{_c(w, 'bob')}", _all(200, hm=404, interviewer=404)
    ),
    Check(
        "dave", "GET", lambda w: f"/candidates/{_c(w, 'dave')}", _all(404, admin=200, recruiter=200)
    ),
    Check(
        "alice@eng", "GET", lambda w: f"/applications/{_a(w, 'alice', 'eng')}", _all(200, hm2=404)
    ),
    Check(
        "bob@sales",
        "GET",
        lambda w: f"/applications/{_a(w, 'bob', 'sales')}",
        _all(200, hm=404, interviewer=404),
    ),
    Check(
        "alice history",
        "GET",
        lambda w: f"/applications/{_a(w, 'alice', 'eng')}/history",
        _all(200, hm2=404),
    ),
    Check(
        "bob notes",
        "GET",
        lambda w: f"/notes?candidate_id={_c(w, 'bob')}",
        _all(200, hm=404, interviewer=404),
    ),
    Check("users", "GET", lambda w: "/users", _all(200)),
    Check("pools", "GET", lambda w: "/pools", _all(200)),
    Check("me", "GET", lambda w: "/me", _all(200)),
]

WRITES = [
    Check(
        "create job",
        "POST",
        lambda w: "/jobs",
        _all(403, admin=201, recruiter=201),
        lambda w: {"code": f"NEW-{id(w) % 1000}", "title": "Data analyst"},
    ),
    Check(
        "create candidate",
        "POST",
        lambda w: "/candidates",
        _all(403, admin=201, recruiter=201),
        lambda w: {"first_name": "Zed", "last_name": "New"},
    ),
    Check(
        "create user",
        "POST",
        lambda w: "/users",
        _all(403, admin=201),
        lambda w: {
            "email": "new.person@example.org",
            "first_name": "New",
            "last_name": "Person",
            "role": "recruiter",
            "password": "secret-pass",
        },
    ),
    Check(
        "deactivate a user",
        "PATCH",
        lambda w: f"/users/{w.users['interviewer2'].id}",
        _all(403, admin=200),
        lambda w: {"active": False},
    ),
    Check(
        "move carol on eng",
        "POST",
        lambda w: f"/applications/{_a(w, 'carol', 'eng')}/move",
        _all(200, interviewer=403, hm2=404),
        lambda w: {"stage_id": _s(w, "eng", "Offer")},
    ),
    Check(
        "reject bob on sales",
        "POST",
        lambda w: f"/applications/{_a(w, 'bob', 'sales')}/reject",
        _all(200, hm=404, interviewer=404),
        lambda w: {"reason": "Position filled"},
    ),
    Check(
        "note on alice",
        "POST",
        lambda w: "/notes",
        _all(201, hm2=404),
        lambda w: {"candidate_id": _c(w, "alice"), "body": "Called her today."},
    ),
    Check(
        "note on dave",
        "POST",
        lambda w: "/notes",
        _all(404, admin=201, recruiter=201),
        lambda w: {"candidate_id": _c(w, "dave"), "body": "Keep warm."},
    ),
    Check(
        "feedback on alice",
        "POST",
        lambda w: "/feedback",
        # Only an interviewer assigned to the job may leave feedback; hm2 cannot see it at all.
        _all(403, interviewer=201, hm2=404),
        lambda w: {"application_id": _a(w, "alice", "eng"), "rating": 3, "recommendation": "yes"},
    ),
    Check(
        "add alice to the pool",
        "PUT",
        lambda w: f"/pools/{w.pool.id if w.pool else ''}/members/{_c(w, 'alice')}",
        _all(403, admin=201, recruiter=201),
    ),
    Check(
        "assign on eng",
        "POST",
        lambda w: f"/jobs/{_j(w, 'eng')}/roles",
        _all(201, interviewer=403, hm2=404),
        lambda w: {"user_id": str(w.users["hm2"].id), "role": "interviewer"},
    ),
    Check(
        "create application",
        "POST",
        lambda w: "/applications",
        # dave is in no job, so only staff see him at all.
        _all(404, admin=201, recruiter=201),
        lambda w: {"candidate_id": _c(w, "dave"), "job_id": _j(w, "eng")},
    ),
]


@pytest.mark.parametrize("role", ROLES)
def test_rest_reads_and_writes(http: httpx.Client, world: World, role: str) -> None:
    failures = []
    for check in READS + WRITES:
        body = check.body(world) if check.body else None
        response = http.request(
            check.method, "/api/v1" + check.path(world), json=body, headers=world.auth(role)
        )
        want = check.expected[role]
        if response.status_code != want:
            failures.append(
                f"{check.name}: {response.status_code} (wanted {want}) {response.text[:200]}"
            )
        elif response.status_code >= 400:
            assert response.headers["content-type"] == "application/problem+json"
            assert response.json()["detail"], check.name
    assert not failures, "\n".join(failures)


def _list(http: httpx.Client, world: World, role: str, path: str) -> set[str]:
    ids: set[str] = set()
    after = None
    while True:
        params = {"limit": 2, **({"after": after} if after else {})}
        response = http.get("/api/v1" + path, params=params, headers=world.auth(role))
        assert response.status_code == 200, response.text
        page = response.json()
        ids |= {item["id"] for item in page["items"]}
        after = page["next_after"]
        if after is None:
            return ids


VISIBLE_CANDIDATES = {
    "admin": {"alice", "bob", "carol", "dave"},
    "recruiter": {"alice", "bob", "carol", "dave"},
    "hm": {"alice", "carol"},
    "hm2": {"bob", "carol"},
    "interviewer": {"alice", "carol"},
}
VISIBLE_JOBS = {
    "admin": {"eng", "sales", "ops"},
    "recruiter": {"eng", "sales", "ops"},
    "hm": {"eng"},
    "hm2": {"sales"},
    "interviewer": {"eng"},
}


@pytest.mark.parametrize("role", ROLES)
def test_lists_and_feed_show_the_same_visible_rows(
    http: httpx.Client, world: World, role: str
) -> None:
    candidates = {_c(world, n) for n in VISIBLE_CANDIDATES[role]}
    jobs = {_j(world, code) for code in VISIBLE_JOBS[role]}
    applications = {str(a.id) for (c, j), a in world.applications.items() if _j(world, j) in jobs}
    assert _list(http, world, role, "/candidates") == candidates
    assert _list(http, world, role, "/jobs") == jobs
    assert _list(http, world, role, "/applications") == applications

    replica = Replica(http, world.auth(role))
    replica.pull(limit=5)
    assert replica.ids("candidate") == candidates
    assert replica.ids("job") == jobs
    assert replica.ids("application") == applications
    assert {r["job_id"] for k, r in replica.rows.items() if k[0] == "stage_change"} <= jobs
    assert {r["candidate_id"] for k, r in replica.rows.items() if k[0] == "note"} <= candidates
    assert {
        r["candidate_id"] for k, r in replica.rows.items() if k[0] == "pool_member"
    } <= candidates
    # Nobody's password hash travels.
    assert all("password_hash" not in r for k, r in replica.rows.items() if k[0] == "user")


@pytest.mark.parametrize(
    ("role", "sees"),
    [("admin", 1), ("recruiter", 1), ("hm", 1), ("interviewer", 0), ("interviewer2", 1)],
)
def test_feedback_visibility_without_anchoring(
    http: httpx.Client, world: World, role: str, sees: int
) -> None:
    app = world.app("alice", "eng")
    response = http.get(
        "/api/v1/feedback", params={"application_id": str(app.id)}, headers=world.auth(role)
    )
    assert response.status_code == 200
    assert len(response.json()["items"]) == sees
    replica = Replica(http, world.auth(role))
    replica.pull()
    assert len(replica.ids("feedback")) == sees


def test_hiring_manager_never_sees_a_candidate_of_another_job_after_changes(
    http: httpx.Client, world: World
) -> None:
    """Candidates move between jobs and pools; hm's view follows, through REST and the feed."""
    hm = Replica(http, world.auth("hm"))
    hm.pull()
    admin = world.auth("admin")
    # bob gets an application in eng: now hm may see him, with his note and pool membership.
    created = http.post(
        "/api/v1/applications",
        json={"candidate_id": _c(world, "bob"), "job_id": _j(world, "eng")},
        headers=admin,
    )
    assert created.status_code == 201, created.text
    hm.pull()
    assert _c(world, "bob") in hm.ids("candidate")
    assert _list(http, world, "hm", "/candidates") == {
        _c(world, n) for n in ("alice", "bob", "carol")
    }
    # dave joins a pool hm can list, but stays invisible.
    assert world.pool is not None
    http.put(f"/api/v1/pools/{world.pool.id}/members/{_c(world, 'dave')}", headers=admin)
    hm.pull()
    assert _c(world, "dave") not in hm.ids("candidate")
    members = http.get(f"/api/v1/pools/{world.pool.id}/members", headers=world.auth("hm")).json()
    assert {m["candidate_id"] for m in members["items"]} == {_c(world, "bob")}
