"""The pull feed: commit order, paging, visibility, tombstones and reset_required."""

import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, select

from recruiter_server.db.engine import Database
from recruiter_server.db.models import (
    Application,
    Feedback,
    JobRole,
    PoolMember,
    TalentPool,
    User,
)
from recruiter_server.db.sync_tracking import touch_feedback_of, touch_job
from recruiter_server.demo.seed import seed_demo
from tests.server.sync_client import Replica
from tests.server.world import World


def _id(obj: object) -> str:
    return str(obj.id)  # type: ignore[attr-defined]


def _in_pages(replica: Replica) -> list[list[dict[str, Any]]]:
    """The changes of each page received, in a set order: a page of the rows shape is
    applied whole and holds a row once, so the order within it does not count."""
    return [sorted(page, key=lambda c: (c["entity"], c["id"])) for page in replica.pages]


def test_pull_requires_sign_in(http: httpx.Client) -> None:
    response = http.get("/api/v1/sync/changes")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"


def test_first_pull_has_everything_for_an_admin_in_any_page_size(
    http: httpx.Client, world: World
) -> None:
    whole = Replica(http, world.auth("admin"))
    whole.pull(limit=10_000)
    paged = Replica(http, world.auth("admin"))
    changes = paged.pull(limit=3)
    assert paged.rows == whole.rows
    assert len(changes) == len(whole.rows)  # no row twice in a fresh pull
    assert whole.ids("candidate") == {_id(c) for c in world.candidates.values()}
    assert whole.ids("job") == {_id(j) for j in world.jobs.values()}
    pools = [whole.rows[("talent_pool", i)] for i in whole.ids("talent_pool")]
    assert {p["name"] for p in pools} == {"LinkedIn", "Silver medalists"}
    assert all("password_hash" not in whole.rows[k] for k in whole.rows if k[0] == "user")


@pytest.mark.parametrize("shape", ["changes", "rows"])
def test_incremental_pull_sends_only_what_changed(
    http: httpx.Client, world: World, db: Database, shape: str
) -> None:
    replica = Replica(http, world.auth("recruiter"), shape=shape)
    replica.pull()
    assert replica.pull() == []
    with db.write_session() as s:
        app = s.get(Application, world.app("alice", "eng").id)
        assert app is not None
        app.stage_id = world.stages["eng"]["Interview"].id
        s.commit()
    changes = replica.pull()
    assert [(c["entity"], c["id"], c["version"]) for c in changes] == [("application", _id(app), 2)]
    assert changes[0]["data"]["stage_id"] == _id(world.stages["eng"]["Interview"])


def test_hiring_manager_sees_only_their_jobs_and_candidates(
    http: httpx.Client, world: World
) -> None:
    hm = Replica(http, world.auth("hm"))
    hm.pull()
    assert hm.ids("job") == {_id(world.jobs["eng"])}
    assert hm.ids("candidate") == {_id(world.candidates["alice"]), _id(world.candidates["carol"])}
    assert hm.ids("application") == {_id(world.app("alice", "eng")), _id(world.app("carol", "eng"))}
    assert {hm.rows[("note", i)]["candidate_id"] for i in hm.ids("note")} == {
        _id(world.candidates["alice"])
    }
    assert hm.ids("pool_member") == set()  # bob and dave are not theirs to see
    assert len(hm.ids("talent_pool")) == 2
    assert {r["job_id"] for k, r in hm.rows.items() if k[0] == "stage"} == {_id(world.jobs["eng"])}
    assert len(hm.ids("feedback")) == 1  # the hiring manager reads all feedback of eng


@pytest.mark.parametrize("who", ["admin", "hm", "interviewer2"])
def test_the_rows_shape_sends_the_same_changes_in_the_same_pages(
    http: httpx.Client, world: World, who: str
) -> None:
    as_changes = Replica(http, world.auth(who))
    as_changes.pull(limit=4)
    as_rows = Replica(http, world.auth(who), shape="rows")
    as_rows.pull(limit=4)
    assert _in_pages(as_rows) == _in_pages(as_changes)
    assert sum(map(len, as_rows.pages)) > 10
    page = http.get("/api/v1/sync/changes", params={"shape": "rows"}, headers=world.auth(who))
    # The names once a page, not once a row: well under the changes shape's size. (The names
    # of every entity head each page: on this small world's pages they are left out.)
    changes = http.get("/api/v1/sync/changes", headers=world.auth(who))
    names = len(json.dumps(page.json()["fields"], separators=(",", ":")))
    assert len(page.content) - names < 0.75 * len(changes.content)


@pytest.mark.parametrize("shape", ["changes", "rows"])
def test_losing_a_job_sends_tombstones_for_what_is_no_longer_visible(
    http: httpx.Client, world: World, db: Database, shape: str
) -> None:
    hm = Replica(http, world.auth("hm"), shape=shape)
    hm.pull()
    assert hm.ids("candidate")
    with db.write_session() as s:
        s.execute(delete(JobRole).where(JobRole.user_id == world.users["hm"].id))
        s.commit()
    # The bulk delete above bypasses the ORM; removals through the ORM write the tombstone.
    with db.write_session() as s:
        role = JobRole(
            job_id=world.jobs["eng"].id, user_id=world.users["hm"].id, role="hiring_manager"
        )
        s.add(role)
        s.commit()
        s.delete(role)
        s.commit()
    changes = hm.pull()
    assert hm.ids("job") == set()
    assert hm.ids("candidate") == set()
    assert hm.ids("application") == set()
    assert hm.ids("note") == set()
    assert hm.ids("stage") == set()
    assert hm.ids("feedback") == set()
    assert hm.ids("talent_pool")  # organisation-wide rows stay
    assert any(c["op"] == "delete" and c["entity"] == "candidate" for c in changes)


def test_gaining_a_job_sends_its_rows(http: httpx.Client, world: World, db: Database) -> None:
    hm = Replica(http, world.auth("hm"))
    hm.pull()
    with db.write_session() as s:
        s.add(
            JobRole(
                job_id=world.jobs["sales"].id, user_id=world.users["hm"].id, role="hiring_manager"
            )
        )
        touch_job(s, world.jobs["sales"].id)
        s.commit()
    hm.pull()
    assert _id(world.jobs["sales"]) in hm.ids("job")
    assert _id(world.candidates["bob"]) in hm.ids("candidate")
    assert _id(world.app("carol", "sales")) in hm.ids("application")
    bob_notes = [
        i
        for i in hm.ids("note")
        if hm.rows[("note", i)]["candidate_id"] == _id(world.candidates["bob"])
    ]
    assert len(bob_notes) == 1
    assert len(hm.ids("pool_member")) == 1  # bob's membership; dave stays invisible


def test_interviewer_reads_others_feedback_only_after_submitting_their_own(
    http: httpx.Client, world: World, db: Database
) -> None:
    interviewer = Replica(http, world.auth("interviewer"))
    interviewer.pull()
    assert interviewer.ids("feedback") == set()
    app = world.app("alice", "eng")
    with db.write_session() as s:
        s.add(
            Feedback(
                application_id=app.id,
                job_id=app.job_id,
                candidate_id=app.candidate_id,
                interviewer_id=world.users["interviewer"].id,
                rating=2,
                recommendation="no",
                comments="Not yet.",
            )
        )
        touch_feedback_of(s, app.id)
        s.commit()
    interviewer.pull()
    authors = {
        interviewer.rows[("feedback", i)]["interviewer_id"] for i in interviewer.ids("feedback")
    }
    assert authors == {_id(world.users["interviewer"]), _id(world.users["interviewer2"])}


def test_deleted_rows_reach_everyone_as_tombstones(
    http: httpx.Client, world: World, db: Database
) -> None:
    recruiter = Replica(http, world.auth("recruiter"))
    recruiter.pull()
    assert world.pool is not None
    with db.write_session() as s:
        member = s.execute(
            select(PoolMember).where(
                PoolMember.pool_id == world.pool.id,
                PoolMember.candidate_id == world.candidates["dave"].id,
            )
        ).scalar_one()
        member_id = str(member.id)
        s.delete(member)
        s.commit()
    changes = recruiter.pull()
    assert [(c["entity"], c["id"], c["op"]) for c in changes] == [
        ("pool_member", member_id, "delete")
    ]


def test_role_change_answers_reset_required(http: httpx.Client, world: World, db: Database) -> None:
    replica = Replica(http, world.auth("hm"))
    replica.pull()
    with db.write_session() as s:
        user = s.get(User, world.users["hm"].id)
        assert user is not None
        user.role = "recruiter"
        s.commit()
    response = http.get(
        "/api/v1/sync/changes", params={"cursor": replica.cursor}, headers=world.auth("hm")
    )
    body = response.json()
    assert body["reset_required"] is True
    assert "role" in body["reason"]
    replica.pull()
    assert replica.resets == 1
    assert replica.ids("candidate") == {_id(c) for c in world.candidates.values()}


def test_another_users_cursor_answers_reset_required(http: httpx.Client, world: World) -> None:
    admin = Replica(http, world.auth("admin"))
    admin.pull()
    response = http.get(
        "/api/v1/sync/changes", params={"cursor": admin.cursor}, headers=world.auth("hm")
    )
    assert response.json()["reset_required"] is True


def test_garbage_cursor_is_a_problem_in_words(http: httpx.Client, world: World) -> None:
    response = http.get(
        "/api/v1/sync/changes", params={"cursor": "not-a-cursor"}, headers=world.auth("admin")
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert "cursor" in response.json()["detail"]


def test_new_pool_and_system_pool_carry_their_flags(
    http: httpx.Client, world: World, db: Database
) -> None:
    replica = Replica(http, world.auth("interviewer"))
    replica.pull()
    with db.write_session() as s:
        pool = TalentPool(name="Graduates " + uuid.uuid4().hex[:4])
        s.add(pool)
        s.commit()
    changes = replica.pull()
    assert [c["data"]["name"] for c in changes] == [pool.name]
    system = [r for k, r in replica.rows.items() if k[0] == "talent_pool" and r["is_system"]]
    assert [(p["name"], p["system_key"]) for p in system] == [("LinkedIn", "linkedin")]


def test_first_page_says_how_many_changes_the_whole_pull_sends(
    http: httpx.Client, world: World
) -> None:
    for role in ("admin", "hm"):
        first = http.get("/api/v1/sync/changes", params={"limit": 3}, headers=world.auth(role))
        body = first.json()
        replica = Replica(http, world.auth(role))
        assert body["total"] == len(replica.pull(limit=3))
        later = http.get(
            "/api/v1/sync/changes",
            params={"limit": 3, "cursor": body["cursor"]},
            headers=world.auth(role),
        )
        assert "total" not in later.json()


def test_a_seeded_organisation_reads_the_same_in_both_shapes(
    http: httpx.Client, db: Database
) -> None:
    # seed-demo writes its index rows in bulk and renders their data once at the end.
    seed_demo(db, candidates=20, applications=40)
    token = http.post(
        "/api/v1/auth/token", data={"username": "admin@demo.example", "password": "demo"}
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    as_rows = Replica(http, headers, shape="rows")
    as_rows.pull(limit=50)
    as_changes = Replica(http, headers)
    as_changes.pull(limit=50)
    assert _in_pages(as_rows) == _in_pages(as_changes)
    assert set(as_rows.ids("candidate")) and set(as_rows.ids("stage_change"))
    assert as_rows.rows == as_changes.rows
