"""The mutation push: idempotent by client mutation id, in order, with conflict rules."""

import threading
import uuid
from typing import Any

import httpx
from sqlalchemy import func, select

from recruiter_server.db.engine import Database
from recruiter_server.db.models import Application, Note, StageChange
from tests.server.world import World


def _push(
    http: httpx.Client, world: World, user: str, *mutations: dict[str, Any]
) -> list[dict[str, Any]]:
    response = http.post(
        "/api/v1/sync/mutations", json={"mutations": list(mutations)}, headers=world.auth(user)
    )
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def _mutation(
    kind: str, entity_id: object, base_version: int | None = None, **args: Any
) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "type": kind,
        "entity_id": str(entity_id),
        "base_version": base_version,
        "args": {k: str(v) if isinstance(v, uuid.UUID) else v for k, v in args.items()},
    }


def _history_count(db: Database, application_id: uuid.UUID) -> int:
    with db.read_session() as s:
        return s.execute(
            select(func.count()).where(StageChange.application_id == application_id)
        ).scalar_one()


def test_a_mutation_sent_twice_is_applied_once_and_answered_alike(
    http: httpx.Client, world: World, db: Database
) -> None:
    app = world.app("alice", "eng")
    before = _history_count(db, app.id)
    move = _mutation(
        "application.move_stage", app.id, 1, stage_id=world.stages["eng"]["Interview"].id
    )
    first = _push(http, world, "recruiter", move)
    again = _push(http, world, "recruiter", move)
    assert first[0]["status"] == "applied"
    assert first[0]["entity"]["stage_id"] == str(world.stages["eng"]["Interview"].id)
    assert again == first
    assert _history_count(db, app.id) == before + 1


def test_concurrent_replays_of_one_mutation_apply_it_once(
    http: httpx.Client, world: World, db: Database, server: Any
) -> None:
    note_id = uuid.uuid4()
    mutation = _mutation(
        "note.create", note_id, candidate_id=world.candidates["alice"].id, body="Once only"
    )
    answers: list[list[dict[str, Any]]] = []

    def push() -> None:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            answers.append(_push(client, world, "recruiter", mutation))

    threads = [threading.Thread(target=push) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == 4
    assert all(a == answers[0] for a in answers)
    assert answers[0][0]["status"] == "applied"
    with db.read_session() as s:
        assert s.execute(select(func.count()).where(Note.body == "Once only")).scalar_one() == 1


def test_mutations_apply_in_order_and_a_refusal_does_not_block_the_rest(
    http: httpx.Client, world: World, db: Database
) -> None:
    app = world.app("carol", "eng")
    stages = world.stages["eng"]
    results = _push(
        http,
        world,
        "hm",
        _mutation("application.move_stage", app.id, 1, stage_id=stages["Offer"].id),
        _mutation("application.move_stage", app.id, 2, stage_id=world.stages["sales"]["Offer"].id),
        _mutation("application.move_stage", app.id, 2, stage_id=stages["Hired"].id),
    )
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert "stage" in results[1]["detail"]
    with db.read_session() as s:
        moves = (
            s.execute(
                select(StageChange.to_stage_id)
                .where(StageChange.application_id == app.id, StageChange.action == "moved")
                .order_by(StageChange.application_version)
            )
            .scalars()
            .all()
        )
    assert moves == [stages["Offer"].id, stages["Hired"].id]


def test_stale_stage_move_conflicts_with_the_current_entity_in_words(
    http: httpx.Client, world: World
) -> None:
    app = world.app("alice", "eng")
    stages = world.stages["eng"]
    mine = _push(
        http,
        world,
        "hm",
        _mutation("application.move_stage", app.id, 1, stage_id=stages["Offer"].id),
    )
    assert mine[0]["status"] == "applied"
    theirs = _push(
        http,
        world,
        "recruiter",
        _mutation("application.move_stage", app.id, 1, stage_id=stages["Interview"].id),
    )
    assert theirs[0]["status"] == "conflict"
    assert theirs[0]["entity"]["stage_id"] == str(stages["Offer"].id)
    detail = theirs[0]["detail"]
    assert "Alice Candidate" in detail and "Eng engineer" in detail and "Offer" in detail
    assert "Hm Tester" in detail


def test_stale_base_without_a_stage_change_still_applies(
    http: httpx.Client, world: World, db: Database
) -> None:
    app = world.app("alice", "eng")
    with db.write_session() as s:
        row = s.get(Application, app.id)
        assert row is not None
        row.reject_reason = None  # any write that is not a stage change bumps the version
        row.applied_at = row.applied_at.replace(year=2020)
        s.commit()
        assert row.version == 2
    results = _push(
        http,
        world,
        "recruiter",
        _mutation("application.move_stage", app.id, 1, stage_id=world.stages["eng"]["Offer"].id),
    )
    assert results[0]["status"] == "applied"


def test_reject_after_someone_hired_conflicts(http: httpx.Client, world: World) -> None:
    app = world.app("carol", "eng")
    assert (
        _push(http, world, "hm", _mutation("application.hire", app.id, 1))[0]["status"] == "applied"
    )
    result = _push(
        http, world, "recruiter", _mutation("application.reject", app.id, 1, reason="Too junior")
    )[0]
    assert result["status"] == "conflict"
    assert result["entity"]["status"] == "hired"
    assert "hired" in result["detail"]


def test_what_the_role_does_not_allow_is_rejected_in_words(
    http: httpx.Client, world: World
) -> None:
    app = world.app("alice", "eng")
    move = _mutation("application.move_stage", app.id, 1, stage_id=world.stages["eng"]["Offer"].id)
    result = _push(http, world, "interviewer", move)[0]
    assert result["status"] == "rejected"
    assert "interviewer" in result["detail"]
    pool_add = _mutation(
        "pool.add_member",
        world.pool.id if world.pool else None,
        candidate_id=world.candidates["alice"].id,
    )
    result = _push(http, world, "hm", pool_add)[0]
    assert result["status"] == "rejected"
    assert result["detail"]
    # A hiring manager of another job cannot even see the application.
    other = _push(http, world, "hm2", _mutation("application.reject", app.id, 1, reason="No"))[0]
    assert other["status"] == "rejected"
    assert "application" in other["detail"].lower()


def test_unknown_types_and_bad_arguments_are_rejected_in_words(
    http: httpx.Client, world: World
) -> None:
    app = world.app("alice", "eng")
    results = _push(
        http,
        world,
        "recruiter",
        _mutation("application.teleport", app.id),
        _mutation("application.move_stage", app.id, 1, stage_id="not-a-uuid"),
        _mutation("application.reject", app.id, 1),
        _mutation(
            "feedback.submit", uuid.uuid4(), application_id=app.id, rating=9, recommendation="yes"
        ),
    )
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert "application.teleport" in results[0]["detail"]
    assert "stage_id" in results[1]["detail"]
    assert "reason" in results[2]["detail"]
    assert results[3]["detail"]


def test_malformed_batch_is_a_problem_not_a_crash(http: httpx.Client, world: World) -> None:
    response = http.post(
        "/api/v1/sync/mutations", json={"mutations": [{"id": "x"}]}, headers=world.auth("admin")
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_note_keeps_the_client_made_id_and_never_conflicts(
    http: httpx.Client, world: World, db: Database
) -> None:
    note_id = uuid.uuid4()
    result = _push(
        http,
        world,
        "hm",
        _mutation(
            "note.create",
            note_id,
            7,
            candidate_id=world.candidates["alice"].id,
            body="Offline note",
        ),
    )[0]
    assert result["status"] == "applied"
    assert result["entity"]["id"] == str(note_id)
    with db.read_session() as s:
        note = s.get(Note, note_id)
        assert note is not None and note.author_id == world.users["hm"].id


def test_second_feedback_from_the_same_interviewer_conflicts(
    http: httpx.Client, world: World
) -> None:
    app = world.app("carol", "eng")
    args: dict[str, Any] = {
        "application_id": app.id,
        "rating": 4,
        "recommendation": "strong_yes",
        "comments": "Great",
    }
    first = _push(http, world, "interviewer", _mutation("feedback.submit", uuid.uuid4(), **args))[0]
    assert first["status"] == "applied"
    second = _push(http, world, "interviewer", _mutation("feedback.submit", uuid.uuid4(), **args))[
        0
    ]
    assert second["status"] == "conflict"
    assert second["entity"]["id"] == first["entity"]["id"]
    edit = _push(
        http,
        world,
        "interviewer",
        _mutation("feedback.update", first["entity"]["id"], first["entity"]["version"], rating=3),
    )[0]
    assert edit["status"] == "applied" and edit["entity"]["rating"] == 3
    stale = _push(
        http,
        world,
        "interviewer",
        _mutation("feedback.update", first["entity"]["id"], first["entity"]["version"], rating=1),
    )[0]
    assert stale["status"] == "conflict" and stale["entity"]["rating"] == 3
    recruiter = _push(
        http,
        world,
        "recruiter",
        _mutation("feedback.submit", uuid.uuid4(), **args),
    )[0]
    assert recruiter["status"] == "rejected"


def test_candidate_edit_conflicts_only_when_the_same_fields_differ(
    http: httpx.Client, world: World
) -> None:
    alice = world.candidates["alice"]
    first = _push(
        http,
        world,
        "recruiter",
        _mutation("candidate.update", alice.id, 1, fields={"headline": "Staff engineer"}),
    )[0]
    assert first["status"] == "applied"
    same = _push(
        http,
        world,
        "admin",
        _mutation("candidate.update", alice.id, 1, fields={"headline": "Staff engineer"}),
    )[0]
    assert same["status"] == "applied"
    clash = _push(
        http,
        world,
        "admin",
        _mutation("candidate.update", alice.id, 1, fields={"headline": "Principal engineer"}),
    )[0]
    assert clash["status"] == "conflict"
    assert clash["entity"]["headline"] == "Staff engineer"
    assert "headline" in clash["detail"]


def test_pool_membership_changes_are_idempotent(http: httpx.Client, world: World) -> None:
    assert world.pool is not None
    add = _mutation("pool.add_member", world.pool.id, candidate_id=world.candidates["alice"].id)
    again = _mutation("pool.add_member", world.pool.id, candidate_id=world.candidates["alice"].id)
    remove = _mutation(
        "pool.remove_member", world.pool.id, candidate_id=world.candidates["alice"].id
    )
    remove_again = _mutation(
        "pool.remove_member", world.pool.id, candidate_id=world.candidates["alice"].id
    )
    results = _push(http, world, "recruiter", add, again, remove, remove_again)
    assert [r["status"] for r in results] == ["applied"] * 4
    assert results[0]["entity"]["id"] == results[1]["entity"]["id"]


def test_a_mutation_id_of_another_user_is_not_replayed_to_them(
    http: httpx.Client, world: World
) -> None:
    note = _mutation(
        "note.create", uuid.uuid4(), candidate_id=world.candidates["alice"].id, body="Mine"
    )
    assert _push(http, world, "recruiter", note)[0]["status"] == "applied"
    theirs = _push(http, world, "admin", note)[0]
    assert theirs["status"] == "rejected"
    assert theirs["entity"] is None


def test_stale_edit_sending_the_same_email_in_capitals_is_not_a_conflict(
    http: httpx.Client, world: World
) -> None:
    alice = world.candidates["alice"]
    headline = _mutation("candidate.update", alice.id, 1, fields={"headline": "Lead"})
    assert _push(http, world, "recruiter", headline)[0]["status"] == "applied"
    same_email = _mutation("candidate.update", alice.id, 1, fields={"email": "ALICE@example.net"})
    assert _push(http, world, "admin", same_email)[0]["status"] == "applied"


def test_own_earlier_moves_from_the_same_base_are_no_conflict(
    http: httpx.Client, world: World
) -> None:
    app = world.app("carol", "eng")
    stages = world.stages["eng"]
    first = _mutation("application.move_stage", app.id, 1, stage_id=stages["Offer"].id)
    second = _mutation("application.move_stage", app.id, 1, stage_id=stages["Screening"].id)
    assert [r["status"] for r in _push(http, world, "hm", first, second)] == ["applied"] * 2
    third = _mutation("application.move_stage", app.id, 1, stage_id=stages["Interview"].id)
    clash = _push(http, world, "recruiter", third)[0]
    assert clash["status"] == "conflict"
