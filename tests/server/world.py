"""A small organisation with every role, for tests.

Users (password "pw"): admin, recruiter; hm (hiring manager on job "eng"), hm2 (hiring manager
on job "sales"), interviewer and interviewer2 (interviewers on "eng"; interviewer2 has left
feedback on alice's application). Jobs: eng and sales (active), ops (draft, nobody assigned).
Candidates: alice (eng, Screening), bob (sales), carol (eng and sales), dave (no application,
in the "Silver medalists" pool with bob). Notes on alice and bob.
"""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from recruiter_api.enums import DEFAULT_STAGES
from recruiter_server.auth.passwords import hash_password
from recruiter_server.auth.tokens import issue_access_token
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.db.models import (
    Application,
    AuthSession,
    Candidate,
    Feedback,
    Job,
    JobRole,
    Note,
    PoolMember,
    Stage,
    StageChange,
    TalentPool,
    User,
)
from recruiter_server.db.sync_tracking import touch_candidate

PASSWORD = "pw"
_HASH = hash_password(PASSWORD)


@dataclass
class World:
    users: dict[str, User] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    stages: dict[str, dict[str, Stage]] = field(default_factory=dict)
    candidates: dict[str, Candidate] = field(default_factory=dict)
    # (candidate name, job code) -> application
    applications: dict[tuple[str, str], Application] = field(default_factory=dict)
    pool: TalentPool | None = None
    tokens: dict[str, str] = field(default_factory=dict)

    def auth(self, user: str) -> dict[str, str]:
        """Headers that sign requests in as this user."""
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def app(self, candidate: str, job: str) -> Application:
        return self.applications[(candidate, job)]


def make_user(session: Session, name: str, role: str) -> User:
    user = User(
        email=f"{name}@example.org",
        first_name=name.capitalize(),
        last_name="Tester",
        role=role,
        password_hash=_HASH,
    )
    session.add(user)
    return user


def make_job(session: Session, code: str, status: str = "active") -> tuple[Job, dict[str, Stage]]:
    job = Job(code=code.upper(), title=f"{code.capitalize()} engineer", status=status)
    session.add(job)
    session.flush()
    stages = {
        name: Stage(job_id=job.id, name=name, position=i) for i, name in enumerate(DEFAULT_STAGES)
    }
    session.add_all(stages.values())
    return job, stages


def make_application(
    session: Session, candidate: Candidate, job: Job, stage: Stage, by: User
) -> Application:
    app = Application(candidate_id=candidate.id, job_id=job.id, stage_id=stage.id, status="active")
    session.add(app)
    session.flush()
    session.add(
        StageChange(
            application_id=app.id,
            job_id=job.id,
            candidate_id=candidate.id,
            action="created",
            to_stage_id=stage.id,
            changed_by_id=by.id,
            application_version=app.version,
        )
    )
    touch_candidate(session, candidate.id)
    return app


def sign_in(session: Session, settings: Settings, user: User) -> str:
    auth = AuthSession(
        user_id=user.id,
        refresh_hash=uuid.uuid4().hex,
        expires_at=datetime.now(UTC) + timedelta(days=1),
    )
    session.add(auth)
    session.flush()
    return issue_access_token(settings, user.id, auth.id)


def build_world(db: Database, settings: Settings) -> World:
    w = World()
    with db.write_session() as s:
        for name, role in [
            ("admin", "admin"),
            ("recruiter", "recruiter"),
            ("hm", "hiring_manager"),
            ("hm2", "hiring_manager"),
            ("interviewer", "interviewer"),
            ("interviewer2", "interviewer"),
        ]:
            w.users[name] = make_user(s, name, role)
        for code, status in [("eng", "active"), ("sales", "active"), ("ops", "draft")]:
            w.jobs[code], w.stages[code] = make_job(s, code, status)
        s.flush()
        for user, job, role in [
            ("hm", "eng", "hiring_manager"),
            ("hm2", "sales", "hiring_manager"),
            ("recruiter", "eng", "recruiter"),
            ("interviewer", "eng", "interviewer"),
            ("interviewer2", "eng", "interviewer"),
        ]:
            s.add(JobRole(job_id=w.jobs[job].id, user_id=w.users[user].id, role=role))
        for name, email in [
            ("alice", "alice@example.net"),
            ("bob", "bob@example.net"),
            ("carol", None),
            ("dave", "dave@example.net"),
        ]:
            w.candidates[name] = Candidate(
                first_name=name.capitalize(),
                last_name="Candidate",
                email=email,
                headline="Engineer",
                location="Stockholm",
                tags=["python"],
                source="manual",
            )
            s.add(w.candidates[name])
        s.flush()
        rec = w.users["recruiter"]
        for cand, job, stage in [
            ("alice", "eng", "Screening"),
            ("bob", "sales", "Prospect"),
            ("carol", "eng", "Interview"),
            ("carol", "sales", "Prospect"),
        ]:
            w.applications[(cand, job)] = make_application(
                s, w.candidates[cand], w.jobs[job], w.stages[job][stage], rec
            )
        w.pool = TalentPool(name="Silver medalists", created_by_id=rec.id)
        s.add(w.pool)
        s.flush()
        for cand in ("dave", "bob"):
            s.add(
                PoolMember(
                    pool_id=w.pool.id, candidate_id=w.candidates[cand].id, added_by_id=rec.id
                )
            )
        s.add(
            Note(candidate_id=w.candidates["alice"].id, author_id=rec.id, body="Strong portfolio.")
        )
        s.add(Note(candidate_id=w.candidates["bob"].id, author_id=rec.id, body="Prefers remote."))
        alice_eng = w.applications[("alice", "eng")]
        s.add(
            Feedback(
                application_id=alice_eng.id,
                job_id=alice_eng.job_id,
                candidate_id=alice_eng.candidate_id,
                interviewer_id=w.users["interviewer2"].id,
                rating=3,
                recommendation="yes",
                comments="Good system design answers.",
            )
        )
        for name, member in w.users.items():
            w.tokens[name] = sign_in(s, settings, member)
        s.commit()
    return w
