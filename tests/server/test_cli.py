"""The `recruiter-server` command line, run as the real console script in a subprocess, on
SQLite and on PostgreSQL: migrate, create-admin, seed-demo and serve."""

import itertools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from recruiter_api.enums import ChangeOp, JobRoleKind, StageChangeAction
from recruiter_server.auth.passwords import verify_password
from recruiter_server.db.engine import Database
from recruiter_server.db.models import (
    SYNCED_MODELS,
    Application,
    Candidate,
    Feedback,
    Job,
    JobRole,
    Note,
    PoolMember,
    Stage,
    StageChange,
    SyncIndex,
    TalentPool,
    User,
)
from recruiter_server.db.sync_tracking import index_row
from tests.fixtures.server import _pg_execute, _postgres_admin_url
from tests.server.live_server import LiveServer

SCRIPT = Path(sys.executable).with_name("recruiter-server")
DEMO_SIGN_INS = {
    "admin@demo.example": "admin",
    "recruiter@demo.example": "recruiter",
    "hiring.manager@demo.example": "hiring_manager",
    "interviewer@demo.example": "interviewer",
}


def run(
    url: str, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `recruiter-server ARGS` against the database at `url`."""
    assert SCRIPT.exists(), "the console script is missing: run `.venv/bin/pip install -e .`"
    environment = {**os.environ, "RECRUITER_DATABASE_URL": url, **(env or {})}
    return subprocess.run(  # noqa: S603 (our own console script)
        [str(SCRIPT), *args],
        env=environment,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def failed_in_words(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """The command failed with exit code 1 and said why, without a traceback."""
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database never migrated: a SQLite file that does not exist yet, or an empty
    PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    admin_url = _postgres_admin_url()
    name = f"recruiter_e_{uuid.uuid4().hex[:12]}"
    _pg_execute(admin_url, f'CREATE DATABASE "{name}"')
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    _pg_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    yield db
    db.dispose()


# --- migrate ----------------------------------------------------------------------------------


def test_migrate_creates_the_schema_with_the_linkedin_pool(empty_database_url: str) -> None:
    result = run(empty_database_url, "migrate")
    assert result.returncode == 0, result.stderr
    assert "Created the schema" in result.stdout

    db = Database(empty_database_url)
    try:
        with db.read_session() as session:
            pool = session.scalars(
                select(TalentPool).where(TalentPool.system_key == "linkedin")
            ).one()
            assert pool.is_system
            assert pool.name == "LinkedIn"
            indexed = session.scalars(select(SyncIndex).where(SyncIndex.entity_id == pool.id)).one()
            assert indexed.entity == "talent_pool"
    finally:
        db.dispose()

    again = run(empty_database_url, "migrate")
    assert again.returncode == 0, again.stderr
    assert "up to date" in again.stdout


def test_migrate_says_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    result = run(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'x.db'}", "migrate")
    failed_in_words(result, "Cannot use the database")
    refused = run("postgresql+psycopg://nobody:secret@127.0.0.1:1/none", "migrate")
    failed_in_words(refused, "Cannot use the database")
    assert "secret" not in refused.stderr
    failed_in_words(run("bogus://x", "migrate"), "RECRUITER_DATABASE_URL is not a database")


# --- create-admin ------------------------------------------------------------------------------


def test_create_admin_makes_an_active_admin_once(database_url: str, database: Database) -> None:
    result = run(
        database_url,
        "create-admin",
        "--email", "Ada@Example.org",
        "--password", "correct horse",
        "--first-name", "Ada",
        "--last-name", "Lovelace",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ada@example.org" in result.stdout
    with database.read_session() as session:
        user = session.scalars(select(User).where(User.email == "ada@example.org")).one()
        assert (user.role, user.active, user.first_name) == ("admin", True, "Ada")
        assert verify_password(user.password_hash, "correct horse")

    again = run(database_url, "create-admin", "--email", "ada@example.org", "--password", "other")
    failed_in_words(again, "ada@example.org already exists")
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 1


def test_create_admin_refuses_a_bad_address_in_words(database_url: str) -> None:
    result = run(database_url, "create-admin", "--email", "not an address", "--password", "pw12")
    failed_in_words(result, "The user is not valid", "email")


# --- seed-demo ---------------------------------------------------------------------------------


def test_seed_demo_before_migrate_says_to_migrate(empty_database_url: str) -> None:
    result = run(empty_database_url, "seed-demo", "--candidates", "5", "--applications", "5")
    failed_in_words(result, "recruiter-server migrate")
    url = make_url(empty_database_url)
    if url.get_backend_name() == "sqlite":
        assert not Path(str(url.database)).exists(), "a mistaken path must not leave a file"


def test_seed_demo_on_an_empty_sqlite_file_says_it_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    result = run(f"sqlite:///{path}", "seed-demo")
    failed_in_words(result, "not migrated yet", "recruiter-server migrate")


def test_seed_demo_builds_a_consistent_organisation(
    database_url: str, database: Database, server: LiveServer
) -> None:
    # An admin made through the ORM first, as README's walk-through does: the seed goes next
    # to it, and its row shows how the ORM stores values.
    admin = run(database_url, "create-admin", "--email", "orm@example.org", "--password", "pw-orm")
    assert admin.returncode == 0, admin.stderr
    result = run(database_url, "seed-demo", "--candidates", "80", "--applications", "200")
    assert result.returncode == 0, result.stderr
    assert "80 candidates" in result.stdout
    assert "200 applications" in result.stdout

    with database.read_session() as session:
        _check_people(session)
        _check_candidates(session)
        _check_histories(session)
        _check_feedback_notes_and_pools(session)
        _check_sync_index(session)

    _check_hiring_manager_sees_only_their_jobs(server.url, database)
    _check_stored_as_the_orm_stores(server.url, database)


def _check_people(session: Session) -> None:
    users = {u.email: u for u in session.scalars(select(User))}
    for email, role in DEMO_SIGN_INS.items():
        assert users[email].role == role
        assert users[email].active
    assert verify_password(users["recruiter@demo.example"].password_hash, "demo")
    assert Counter(u.role for u in users.values())["recruiter"] > 1, "more recruiters"
    assert all(u.created_at.tzinfo is UTC for u in users.values())

    jobs = list(session.scalars(select(Job)))
    statuses = Counter(job.status for job in jobs)
    assert statuses["active"] >= 8
    assert statuses["draft"] == 1
    assert statuses["closed"] == 1
    hm = users["hiring.manager@demo.example"]
    managed = session.scalars(
        select(JobRole.job_id).where(
            JobRole.user_id == hm.id, JobRole.role == JobRoleKind.HIRING_MANAGER.value
        )
    ).all()
    assert 0 < len(set(managed)) < len(jobs), "a hiring manager on some jobs, not all"
    interviewing = session.scalars(
        select(JobRole.job_id).where(
            JobRole.user_id == users["interviewer@demo.example"].id,
            JobRole.role == JobRoleKind.INTERVIEWER.value,
        )
    ).all()
    assert 0 < len(set(interviewing)) < len(jobs)

    stages = defaultdict(list)
    for stage in session.scalars(select(Stage).order_by(Stage.position)):
        stages[stage.job_id].append(stage.name)
    for names in stages.values():
        assert names[0] == "Prospect"
        assert names[-1] == "Hired"
        assert {"Screening", "Interview", "Offer"} <= set(names)
    assert any(len(names) > 5 for names in stages.values()), "some jobs have a stage of their own"


def _check_candidates(session: Session) -> None:
    candidates = list(session.scalars(select(Candidate)))
    assert len(candidates) == 80, "the seed's, before the test adds one through the API"
    names = Counter((c.first_name, c.last_name) for c in candidates)
    assert len(names) > 50, "varied names"
    assert max(names.values()) > 1, "some people share a name"
    emails = [c.email for c in candidates if c.email]
    assert len(candidates) // 2 < len(emails) < len(candidates), "most, not all, have e-mail"
    assert all(email == email.lower() for email in emails)
    assert len({c.source for c in candidates}) >= 4
    assert any(c.tags for c in candidates)
    assert all(isinstance(c.tags, list) for c in candidates)
    assert all(c.created_at.tzinfo is UTC for c in candidates)
    assert any(not c.location.endswith("Sweden") and c.location for c in candidates)


def _check_histories(session: Session) -> None:
    apps = list(session.scalars(select(Application)))
    assert len(apps) == 200
    assert len({(a.candidate_id, a.job_id) for a in apps}) == 200
    jobs = {job.id: job for job in session.scalars(select(Job))}
    assert all(jobs[a.job_id].status != "draft" for a in apps)
    stages = {stage.id: stage for stage in session.scalars(select(Stage))}
    last_stage: dict[uuid.UUID, Stage] = {}
    for stage in stages.values():
        if stage.job_id not in last_stage or stage.position > last_stage[stage.job_id].position:
            last_stage[stage.job_id] = stage
    history = defaultdict(list)
    for change in session.scalars(select(StageChange).order_by(StageChange.application_version)):
        history[change.application_id].append(change)

    for app in apps:
        changes = history[app.id]
        assert [c.application_version for c in changes] == list(range(1, app.version + 1))
        assert changes[0].action == StageChangeAction.CREATED.value
        assert changes[0].from_stage_id is None
        assert changes[0].changed_at == app.applied_at
        assert all(c.version == 1 for c in changes)
        assert all(c.job_id == app.job_id and c.candidate_id == app.candidate_id for c in changes)
        assert all(stages[c.to_stage_id].job_id == app.job_id for c in changes)
        times = [c.changed_at for c in changes]
        assert times == sorted(times)
        for before, after in itertools.pairwise(changes):
            assert after.from_stage_id == before.to_stage_id
        last = changes[-1]
        assert last.to_stage_id == app.stage_id
        assert app.updated_at == last.changed_at
        entered = [c.changed_at for c in changes if c.from_stage_id != c.to_stage_id]
        assert app.stage_entered_at == entered[-1]
        if app.status == "active":
            assert app.closed_at is None
            assert last.action in ("created", "moved")
        else:
            assert app.closed_at == last.changed_at
            assert (
                last.action
                == {"rejected": "rejected", "withdrawn": "withdrawn", "hired": "hired"}[app.status]
            )
        if app.status == "rejected":
            assert app.reject_reason
            assert last.reason == app.reject_reason
        if app.status == "hired":
            assert app.stage_id == last_stage[app.job_id].id
        if jobs[app.job_id].status == "closed":
            assert app.status != "active"
    statuses = Counter(a.status for a in apps)
    assert statuses["active"] > statuses["hired"]
    assert statuses["rejected"] > 0
    early = sum(1 for a in apps if stages[a.stage_id].name in ("Prospect", "Screening"))
    assert early > len(apps) // 3, "many in early stages"


def _check_feedback_notes_and_pools(session: Session) -> None:
    interviewers = {
        (role.job_id, role.user_id)
        for role in session.scalars(
            select(JobRole).where(JobRole.role == JobRoleKind.INTERVIEWER.value)
        )
    }
    stage_names = {stage.id: stage.name for stage in session.scalars(select(Stage))}
    reached_interview = {
        change.application_id
        for change in session.scalars(select(StageChange))
        if stage_names[change.to_stage_id] == "Interview"
    }
    feedback = list(session.scalars(select(Feedback)))
    assert feedback, "interview feedback exists"
    for item in feedback:
        assert (item.job_id, item.interviewer_id) in interviewers
        assert item.application_id in reached_interview
        assert 1 <= item.rating <= 4
        assert item.recommendation in ("strong_no", "no", "yes", "strong_yes")
        assert item.comments
    notes = session.scalar(select(func.count()).select_from(Note))
    assert notes is not None
    assert notes > 10
    members = Counter(
        pool.name
        for pool, _ in session.execute(
            select(TalentPool, PoolMember).join(PoolMember, PoolMember.pool_id == TalentPool.id)
        )
    )
    assert len(members) >= 2, "talent pools with members"


def _check_sync_index(session: Session) -> None:
    """Every synced row has exactly the index row the ORM's own bookkeeping would write."""
    indexed = {(row.entity, row.entity_id): row for row in session.scalars(select(SyncIndex))}
    expected = 0
    for model in SYNCED_MODELS:
        for obj in session.scalars(select(model)):
            expected += 1
            want = index_row(obj, ChangeOp.UPSERT, obj.version)
            got = indexed[(want["entity"], want["entity_id"])]
            assert {key: getattr(got, key) for key in want} == want
    assert len(indexed) == expected
    seqs = Counter(row.seq for row in indexed.values())
    # The migrations' LinkedIn pool and LinkedIn integration, create-admin, then the whole
    # seed in one transaction.
    assert sorted(seqs.values()) == [1, 1, 1, expected - 3]


def _check_hiring_manager_sees_only_their_jobs(url: str, database: Database) -> None:
    with database.read_session() as session:
        hm = session.scalars(select(User).where(User.email == "hiring.manager@demo.example")).one()
        their_jobs = {
            str(job_id)
            for job_id in session.scalars(select(JobRole.job_id).where(JobRole.user_id == hm.id))
        }
    with httpx.Client(base_url=url, timeout=30) as http:
        token = http.post(
            "/api/v1/auth/token",
            data={"username": "hiring.manager@demo.example", "password": "demo"},
        )
        assert token.status_code == 200, token.text
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        seen: Counter[str] = Counter()
        cursor = None
        while True:
            params = {"limit": "500", **({"cursor": cursor} if cursor else {})}
            page = http.get("/api/v1/sync/changes", params=params, headers=headers).json()
            for change in page["changes"]:
                seen[change["entity"]] += 1
                if change["entity"] in ("application", "stage_change", "stage"):
                    assert change["data"]["job_id"] in their_jobs
            cursor = page["cursor"]
            if not page["has_more"]:
                break
    assert seen["application"] > 0
    assert seen["stage_change"] >= seen["application"]
    assert seen["candidate"] > 0


def _check_stored_as_the_orm_stores(url: str, database: Database) -> None:
    """The seed's bulk rows hold values exactly as the ORM stores them: compared, in the
    database's own representation, with a user and a candidate written through the ORM."""
    with httpx.Client(base_url=url, timeout=30) as http:
        token = http.post(
            "/api/v1/auth/token", data={"username": "orm@example.org", "password": "pw-orm"}
        ).json()["access_token"]
        made = http.post(
            "/api/v1/candidates",
            json={"first_name": "Orm", "last_name": "Written", "tags": ["python", "go"]},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert made.status_code == 201, made.text
    orm_candidate = made.json()["id"]
    queries = {
        "users": "SELECT email, id, version, updated_at, created_at, active FROM users",
        "candidates": "SELECT first_name, id, version, updated_at, created_at, created_by_id "
        "FROM candidates",
    }
    with database.engine.connect() as conn:
        for table, sql in queries.items():
            rows = conn.exec_driver_sql(sql).all()
            by_orm = [r for r in rows if r[0] in ("orm@example.org", "Orm")]
            seeded = [r for r in rows if r[0] not in ("orm@example.org", "Orm")]
            assert len(by_orm) == 1, table
            assert len(seeded) > 20, table
            want = [_shape(value) for value in by_orm[0][1:]]
            for row in seeded:
                got = [_shape(value) for value in row[1:]]
                # Where both hold a value (a candidate who applied has no creator), it looks
                # the same.
                assert all(g == w or None in (g, w) for g, w in zip(got, want, strict=True)), (
                    table,
                    row,
                    by_orm[0],
                )
        tags = conn.exec_driver_sql("SELECT id, tags FROM candidates").all()
    for row_id, raw in tags:
        if isinstance(raw, str):  # SQLite keeps JSON as the text json.dumps makes
            assert raw == json.dumps(json.loads(raw)), (row_id, raw)
        else:
            assert isinstance(raw, list)
    assert any(str(uuid.UUID(str(row_id))) == orm_candidate for row_id, _ in tags)


def _shape(value: object) -> tuple[object, ...] | None:
    """What a stored value looks like: its type, and for text its layout (digits and hex
    letters as x)."""
    if value is None:
        return None
    if isinstance(value, str):
        return ("str", re.sub(r"[0-9a-f]", "x", value))
    if isinstance(value, datetime):
        return ("datetime", value.utcoffset())
    return (type(value).__name__,)


def test_seed_demo_twice_refuses(database_url: str, database: Database) -> None:
    first = run(database_url, "seed-demo", "--candidates", "10", "--applications", "15")
    assert first.returncode == 0, first.stderr
    again = run(database_url, "seed-demo", "--candidates", "10", "--applications", "15")
    failed_in_words(again, "already has the demo organisation")
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Candidate)) == 10


def test_seed_demo_refuses_sizes_that_cannot_fit(database_url: str, database: Database) -> None:
    result = run(database_url, "seed-demo", "--candidates", "2", "--applications", "100")
    failed_in_words(result, "100 applications do not fit 2 candidates")
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 0
    negative = run(database_url, "seed-demo", "--candidates", "-3")
    assert negative.returncode == 2
    assert "negative" in negative.stderr


def test_seed_demo_is_the_same_each_time(tmp_path: Path, sqlite_template: Path) -> None:
    people = []
    for name in ("one.db", "two.db"):
        path = tmp_path / name
        path.write_bytes(sqlite_template.read_bytes())
        result = run(f"sqlite:///{path}", "seed-demo", "--candidates", "30", "--applications", "60")
        assert result.returncode == 0, result.stderr
        db = Database(f"sqlite:///{path}")
        try:
            with db.read_session() as session:
                people.append(
                    session.execute(
                        select(Candidate.first_name, Candidate.last_name, Candidate.email).order_by(
                            Candidate.id
                        )
                    ).all()
                )
        finally:
            db.dispose()
    assert people[0] == people[1]


# --- serve -------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_healthz_and_warns_about_the_development_key(
    tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "served.db"
    path.write_bytes(sqlite_template.read_bytes())
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "RECRUITER_SECRET_KEY"}
    env["RECRUITER_DATABASE_URL"] = f"sqlite:///{path}"
    process = subprocess.Popen(  # noqa: S603 (our own console script)
        [str(SCRIPT), "serve", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        answer = None
        while time.monotonic() < deadline and process.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert answer is not None, "the server did not answer"
        assert answer.status_code == 200
        assert answer.json() == {"status": "ok"}
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    # Uvicorn shuts down cleanly, then re-raises the signal so that the exit status says
    # how the process ended.
    assert process.returncode in (0, -signal.SIGTERM), stderr
    assert "RECRUITER_SECRET_KEY is not set" in stderr


def test_serve_refuses_a_database_that_is_not_migrated(tmp_path: Path) -> None:
    result = run(f"sqlite:///{tmp_path / 'none.db'}", "serve", "--port", str(_free_port()))
    failed_in_words(result, "recruiter-server migrate")
