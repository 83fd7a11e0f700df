"""The demo organisation (`recruiter-server seed-demo`): people, jobs and a lively pipeline.

Everything comes from one seeded random generator, so the same sizes give the same
organisation (its dates are relative to `now`). Rows are built as tuples and written with
bulk inserts in one transaction (bulk.py), each with its sync index row under one
transaction number, so that 100,000 candidates and 250,000 applications take seconds.
Who the candidates are comes from profiles.py, how their applications went from pipeline.py.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from recruiter_api.enums import JobRoleKind, OrgRole
from recruiter_server.auth.passwords import hash_password
from recruiter_server.db.engine import Database
from recruiter_server.db.models import (
    Application,
    Candidate,
    Feedback,
    Job,
    JobRole,
    Note,
    PoolMember,
    Stage,
    StageChange,
    Synced,
    TalentPool,
    User,
)
from recruiter_server.db.sync_tracking import render_data, take_seq
from recruiter_server.demo import names, texts
from recruiter_server.demo.bulk import BulkWriter, IndexEntry, Row, bulk_writer
from recruiter_server.demo.pipeline import (
    DAY,
    HOUR,
    REJECTED,
    SECOND,
    JobPlan,
    Pipeline,
    stage_names,
)
from recruiter_server.demo.profiles import Profiles
from recruiter_server.domain.errors import Conflict, Invalid
from recruiter_server.sync.serialize import WIRE_MODELS

DEMO_SEED = 20_240_917
DEFAULT_CANDIDATES = 300
DEFAULT_APPLICATIONS = 700

# Candidates per track; the jobs' own weights decide where each track applies.
_TRACKS: tuple[tuple[str, int], ...] = (
    (texts.TECH, 44),
    (texts.DESIGN, 7),
    (texts.PRODUCT, 7),
    (texts.BUSINESS, 42),
)
# How often a candidate applies outside their track.
_OFF_TRACK = 0.15
# How many candidates have notes, and how many notes each of them has.
_NOTED = 0.35
_NOTES_EACH = (1, 1, 1, 1, 2, 2, 3)

_USER_COLUMNS = (
    "id", "version", "updated_at", "email", "first_name", "last_name", "role", "active",
    "password_hash", "created_at",
)  # fmt: skip
_JOB_COLUMNS = (
    "id", "version", "updated_at", "code", "title", "department", "location", "description",
    "status", "created_at", "opened_at", "closed_at",
)  # fmt: skip
_STAGE_COLUMNS = ("id", "version", "updated_at", "job_id", "name", "position")
_JOB_ROLE_COLUMNS = ("id", "version", "updated_at", "job_id", "user_id", "role")
_POOL_COLUMNS = (
    "id", "version", "updated_at", "name", "description", "is_system", "system_key",
    "created_by_id", "created_at",
)  # fmt: skip
_CANDIDATE_COLUMNS = (
    "id", "version", "updated_at", "first_name", "last_name", "email", "phone",
    "linkedin_member_id", "source", "source_detail", "headline", "location", "tags",
    "created_at", "created_by_id",
)  # fmt: skip
_APPLICATION_COLUMNS = (
    "id", "version", "updated_at", "candidate_id", "job_id", "stage_id", "status",
    "reject_reason", "applied_at", "stage_entered_at", "closed_at",
)  # fmt: skip
# Rows of these are made before their ids, which nothing refers to: see `_write_leaves`.
_STAGE_CHANGE_COLUMNS = (
    "id", "version", "updated_at", "application_id", "job_id", "candidate_id", "action",
    "from_stage_id", "to_stage_id", "reason", "changed_by_id", "changed_at",
    "application_version",
)  # fmt: skip
_FEEDBACK_COLUMNS = (
    "id", "version", "updated_at", "application_id", "job_id", "candidate_id",
    "interviewer_id", "rating", "recommendation", "comments", "submitted_at",
)  # fmt: skip
_NOTE_COLUMNS = (
    "id", "version", "updated_at", "candidate_id", "application_id", "author_id", "body",
    "created_at",
)  # fmt: skip
_POOL_MEMBER_COLUMNS = (
    "id", "version", "updated_at", "pool_id", "candidate_id", "added_by_id", "added_at",
)  # fmt: skip


@dataclass(frozen=True)
class SeedResult:
    """What seed-demo made: rows per kind (each also has its sync index row), and how long
    it took."""

    counts: dict[str, int]
    seconds: float


def seed_demo(
    db: Database,
    *,
    candidates: int = DEFAULT_CANDIDATES,
    applications: int = DEFAULT_APPLICATIONS,
    seed: int = DEMO_SEED,
    now: datetime | None = None,
) -> SeedResult:
    """Create the demo organisation in a migrated database, in one transaction.

    Refuses (Conflict) a database that already has the demo's users or jobs, and (Invalid)
    sizes that cannot be met: each candidate applies at most once to each open job.
    """
    started = time.perf_counter()
    open_jobs = sum(1 for job in texts.JOBS if job.weight > 0)
    if candidates < 0 or applications < 0:
        raise Invalid("The numbers of candidates and applications cannot be negative.")
    if applications > candidates * open_jobs:
        raise Invalid(
            f"{applications} applications do not fit {candidates} candidates: each candidate "
            f"applies at most once to each of the {open_jobs} jobs that take applications, "
            f"so at most {candidates * open_jobs}."
        )
    rng = random.Random(seed)
    with db.write_session() as session:
        conn = session.connection()
        _refuse_if_seeded(conn)
        writer = bulk_writer(conn, take_seq(conn), rng)
        try:
            builder = _Builder(writer, rng, now or datetime.now(UTC), candidates, applications)
            counts = builder.build()
            # The feed's rows, rendered once for all (the writers insert index rows bare).
            for entity in WIRE_MODELS:
                render_data(conn, writer.seq, entity.value)
        finally:
            writer.close()
        session.commit()
    return SeedResult(counts, time.perf_counter() - started)


def _refuse_if_seeded(conn: Connection) -> None:
    emails = [email for email, *_ in names.STAFF]
    taken = conn.execute(select(User.email).where(User.email.in_(emails))).scalars().first()
    if taken is not None:
        raise Conflict(
            f"This database already has the demo organisation (the user {taken} exists). "
            "Seed an empty database instead: point RECRUITER_DATABASE_URL at a new one and run "
            "`recruiter-server migrate` first."
        )
    codes = [job.code for job in texts.JOBS]
    code = conn.execute(select(Job.code).where(Job.code.in_(codes))).scalars().first()
    if code is not None:
        raise Conflict(
            f"This database already has a job with the code {code}, which the demo uses. "
            "Seed an empty database instead."
        )


class _Builder:
    """Makes and writes the organisation; times are microseconds since 1970 until they are
    written."""

    def __init__(
        self,
        writer: BulkWriter,
        rng: random.Random,
        now: datetime,
        candidates: int,
        applications: int,
    ) -> None:
        self.w = writer
        self.rng = rng
        self.now = (now - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
        self.n_candidates = candidates
        self.n_applications = applications
        self.counts: dict[str, int] = {}
        self.user_ids: dict[str, Any] = {}
        self.recruiter_ids: list[Any] = []
        self.jobs: list[JobPlan] = []
        self.pool_ids: list[Any] = []
        self.pipeline = Pipeline(rng, writer.time, self.now)
        self.applications: list[Row] = []
        # Candidates rejected late in some process, with when: the silver medalists.
        self.silver: dict[Any, int] = {}
        self.pool_cap = max(4, candidates // 25)

    def build(self) -> dict[str, int]:
        self._users()
        self._jobs()
        self._pools()
        self._candidates()
        return self.counts

    # --- Writing ---------------------------------------------------------------------------

    def _write(
        self,
        label: str,
        model: type[Synced],
        columns: tuple[str, ...],
        rows: list[Row],
        index: list[IndexEntry],
    ) -> None:
        self.w.insert(model.__table__, columns, rows)  # type: ignore[arg-type]
        self.w.index(model.__sync_entity__.value, index)
        self.counts[label] = len(rows)

    def _write_leaves(
        self,
        label: str,
        model: type[Synced],
        columns: tuple[str, ...],
        rows: list[Row],
        scope: Callable[[Row], tuple[Any, Any, Any, Any]],
    ) -> None:
        """Write rows made without their ids, which nothing refers to, so that the ids can
        be handed out in ascending order now. `scope(row)` says (job, candidate, application,
        user) of a row as `sync_scope()` of its model does; row[0] is its version."""
        ids = self.w.ids(len(rows))
        full = [(row_id, *row) for row_id, row in zip(ids, rows, strict=True)]
        index = [(row_id, row[0], *scope(row)) for row_id, row in zip(ids, rows, strict=True)]
        self._write(label, model, columns, full, index)

    # --- The organisation ------------------------------------------------------------------

    def _users(self) -> None:
        password_hash = hash_password(names.DEMO_PASSWORD)
        ids = self.w.ids(len(names.STAFF))
        start = self.now - 700 * DAY
        rows: list[Row] = []
        for n, (email, first, last, role) in enumerate(names.STAFF):
            at = self.w.time(start + n * 9 * DAY + self.rng.randrange(8 * HOUR))
            rows.append((ids[n], 1, at, email, first, last, role, True, password_hash, at))
            self.user_ids[email] = ids[n]
            if role == OrgRole.RECRUITER.value:
                self.recruiter_ids.append(ids[n])
        self._write(
            "users", User, _USER_COLUMNS, rows, [(r[0], 1, None, None, None, r[0]) for r in rows]
        )

    def _jobs(self) -> None:
        rng, t = self.rng, self.w.time
        job_ids = self.w.ids(len(texts.JOBS))
        for spec, job_id in zip(texts.JOBS, job_ids, strict=True):
            if spec.opened_days_ago is None:
                created = self.now - 5 * DAY + rng.randrange(DAY)
                opened = None
            else:
                opened = self.now - spec.opened_days_ago * DAY + rng.randrange(DAY)
                created = opened - 3 * DAY - rng.randrange(DAY)
            closed = None
            if spec.closed_days_ago is not None:
                closed = self.now - spec.closed_days_ago * DAY + rng.randrange(DAY)
            self.jobs.append(
                JobPlan(
                    spec=spec,
                    id=job_id,
                    stage_names=stage_names(spec),
                    opened=opened or created,
                    end=closed or self.now,
                    closed=closed is not None,
                    hiring_managers=[self.user_ids[e] for e in spec.hiring_managers],
                    recruiters=[self.user_ids[e] for e in spec.recruiters],
                    interviewers=[self.user_ids[e] for e in spec.interviewers],
                    created=created,
                    opened_at=opened,
                    closed_at=closed,
                )
            )
        stage_ids = iter(self.w.ids(sum(len(job.stage_names) for job in self.jobs)))
        jobs: list[Row] = []
        stages: list[Row] = []
        roles: list[Row] = []
        for job in self.jobs:
            spec = job.spec
            at = t(job.created)
            changed = job.closed_at or job.opened_at or job.created
            jobs.append(
                (
                    job.id, 1, t(changed), spec.code, spec.title, spec.department, spec.location,
                    spec.description, spec.status, at, _maybe(t, job.opened_at),
                    _maybe(t, job.closed_at),
                )
            )  # fmt: skip
            for position, name in enumerate(job.stage_names):
                job.stage_ids.append(next(stage_ids))
                stages.append((job.stage_ids[-1], 1, at, job.id, name, position))
            for kind, people in (
                (JobRoleKind.HIRING_MANAGER, job.hiring_managers),
                (JobRoleKind.RECRUITER, job.recruiters),
                (JobRoleKind.INTERVIEWER, job.interviewers),
            ):
                roles.extend((1, at, job.id, user_id, kind.value) for user_id in people)
        self._write(
            "jobs", Job, _JOB_COLUMNS, jobs, [(r[0], 1, r[0], None, None, None) for r in jobs]
        )
        self._write(
            "stages",
            Stage,
            _STAGE_COLUMNS,
            stages,
            [(r[0], 1, r[3], None, None, None) for r in stages],
        )
        self._write_leaves(
            "job roles", JobRole, _JOB_ROLE_COLUMNS, roles, lambda r: (r[2], None, None, r[3])
        )

    def _pools(self) -> None:
        self.pool_ids = self.w.ids(len(texts.POOLS))
        rows: list[Row] = []
        for n, (name, description, _) in enumerate(texts.POOLS):
            at = self.w.time(self.now - (300 - 40 * n) * DAY)
            owner = self.recruiter_ids[n % len(self.recruiter_ids)]
            rows.append((self.pool_ids[n], 1, at, name, description, False, None, owner, at))
        index = [(r[0], 1, None, None, None, None) for r in rows]
        self._write("talent pools", TalentPool, _POOL_COLUMNS, rows, index)

    # --- Candidates, their applications and what people wrote about them ----------------------

    def _candidates(self) -> None:
        rng, t, now, n = self.rng, self.w.time, self.now, self.n_candidates
        cultures = rng.choices(names.CULTURES, weights=[c.weight for c in names.CULTURES], k=n)
        tracks = rng.choices([k for k, _ in _TRACKS], weights=[w for _, w in _TRACKS], k=n)
        sources = rng.choices(texts.SOURCES, weights=[w for _, w, _ in texts.SOURCES], k=n)
        per_candidate = self._applications_per_candidate()
        open_jobs = [job for job in self.jobs if job.spec.weight > 0]
        by_track = {track: [j for j in open_jobs if track in j.spec.tracks] for track, _ in _TRACKS}
        candidate_ids = self.w.ids(n)
        application_ids = iter(self.w.ids(self.n_applications))
        profiles = Profiles(rng)
        candidates: list[Row] = []
        notes: list[Row] = []
        benches: dict[str, dict[Any, int]] = {texts.TECH: {}, texts.BUSINESS: {}}
        people: list[tuple[names.Culture, str, str]] = []

        for i, candidate_id in enumerate(candidate_ids):
            if i >= 7 and (i % 50 == 7 or rng.random() < 0.01):
                # Namesakes: now and then two people share a name.
                person = people[rng.randrange(i)]
            else:
                person = (cultures[i], *profiles.name(cultures[i]))
            people.append(person)
            culture, first, last = person
            track = tracks[i]
            source, _, sourced = sources[i]
            sourced_by = rng.choice(self.recruiter_ids) if sourced else None

            # The applications first: the candidate was added just before the first one.
            jobs = self._pick_jobs(per_candidate[i], by_track[track], open_jobs)
            mine = [
                self._apply(candidate_id, job, next(application_ids), sourced_by) for job in jobs
            ]
            if mine:
                first_applied = min(applied for _, _, applied in mine)
                lead = rng.randrange(5 * DAY) if sourced else rng.randrange(120 * SECOND)
                created = first_applied - lead
            else:
                created = now - rng.randrange(DAY, 365 * DAY)

            location, phone_format = profiles.home(culture)
            email = profiles.email(first, last) if rng.random() < 0.88 else None
            phone = profiles.phone(phone_format) if rng.random() < 0.75 else None
            tags = profiles.tags(track)
            at = t(created)
            candidates.append(
                (
                    candidate_id, 1, at, first, last, email, phone, None, source,
                    profiles.source_detail(source), profiles.headline(track), location,
                    self.w.json(tags), at, sourced_by,
                )
            )  # fmt: skip
            if rng.random() < _NOTED:
                skill = tags[0] if tags else rng.choice(texts.TAGS[track])
                self._notes(
                    candidate_id,
                    first=first,
                    skill=skill,
                    created=created,
                    applications=mine,
                    notes=notes,
                )
            bench = benches.get(track)
            if bench is not None and len(bench) < self.pool_cap and rng.random() < 0.12:
                bench[candidate_id] = created + rng.randrange(max(1, now - created))

        self._write_people(candidates, notes)
        self._write_leaves(
            "pool members",
            PoolMember,
            _POOL_MEMBER_COLUMNS,
            self._pool_members([self.silver, benches[texts.TECH], benches[texts.BUSINESS]]),
            lambda r: (None, r[3], None, None),
        )

    def _apply(
        self, candidate_id: Any, job: JobPlan, app_id: Any, sourced_by: Any
    ) -> tuple[Any, JobPlan, int]:
        """One application of the candidate, with its history; (id, job, applied)."""
        t = self.w.time
        applied = job.opened + self.rng.randrange(max(1, job.end - job.opened - HOUR))
        out = self.pipeline.walk(job, app_id, candidate_id, applied, sourced_by)
        self.applications.append(
            (
                app_id, out.version, t(out.last_change), candidate_id, job.id,
                job.stage_ids[out.stage], out.status, out.reject_reason, t(applied),
                t(out.stage_entered), _maybe(t, out.closed),
            )
        )  # fmt: skip
        if (
            out.status == REJECTED
            and out.stage >= job.interview
            and out.closed is not None
            and len(self.silver) < self.pool_cap
        ):
            self.silver.setdefault(candidate_id, out.closed)
        return app_id, job, applied

    def _write_people(self, candidates: list[Row], notes: list[Row]) -> None:
        self._write(
            "candidates",
            Candidate,
            _CANDIDATE_COLUMNS,
            candidates,
            [(r[0], 1, None, r[0], None, None) for r in candidates],
        )
        self._write(
            "applications",
            Application,
            _APPLICATION_COLUMNS,
            self.applications,
            [(r[0], r[1], r[4], r[3], r[0], None) for r in self.applications],
        )
        # Leaf rows: (version, updated_at, ...) in the order of their columns after the id.
        self._write_leaves(
            "stage changes",
            StageChange,
            _STAGE_CHANGE_COLUMNS,
            self.pipeline.changes,
            lambda r: (r[3], r[4], r[2], None),
        )
        self._write_leaves(
            "interview feedback",
            Feedback,
            _FEEDBACK_COLUMNS,
            self.pipeline.feedback,
            lambda r: (r[3], r[4], r[2], r[5]),
        )
        self._write_leaves("notes", Note, _NOTE_COLUMNS, notes, lambda r: (None, r[2], None, None))

    def _applications_per_candidate(self) -> list[int]:
        """How many applications each candidate has: all of them spread at random, at most
        one per job that takes applications."""
        rng, n = self.rng, self.n_candidates
        cap = sum(1 for job in self.jobs if job.spec.weight > 0)
        counts = [0] * n
        for _ in range(self.n_applications):
            i = rng.randrange(n)
            tries = 0
            while counts[i] >= cap:
                tries += 1
                # When nearly everyone is full, walk to the next one with room.
                i = rng.randrange(n) if tries < 20 else (i + 1) % n
            counts[i] += 1
        return counts

    def _pick_jobs(
        self, count: int, track_jobs: list[JobPlan], open_jobs: list[JobPlan]
    ) -> list[JobPlan]:
        """`count` different jobs, mostly of the candidate's track, the busier the likelier."""
        rng = self.rng
        chosen: list[JobPlan] = []
        while len(chosen) < count:
            pool = track_jobs if track_jobs and rng.random() >= _OFF_TRACK else open_jobs
            weights = [job.spec.weight for job in pool]
            for _ in range(8):
                job = rng.choices(pool, weights=weights)[0]
                if job not in chosen:
                    break
            else:
                job = next(j for j in open_jobs if j not in chosen)
            chosen.append(job)
        return chosen

    def _notes(
        self,
        candidate_id: Any,
        *,
        first: str,
        skill: str,
        created: int,
        applications: list[tuple[Any, JobPlan, int]],
        notes: list[Row],
    ) -> None:
        """Notes the job's recruiters and hiring managers (or any recruiter) kept."""
        rng = self.rng
        for _ in range(rng.choice(_NOTES_EACH)):
            if applications and rng.random() < 0.8:
                app_id, job, since = rng.choice(applications)
                author, office = rng.choice(job.movers), job.office
                about = app_id if rng.random() < 0.5 else None
            else:
                author, office, since, about = (
                    rng.choice(self.recruiter_ids),
                    "Stockholm",
                    created,
                    None,
                )
            body = rng.choice(texts.NOTES).format(
                first=first,
                salary=rng.choice(texts.SALARIES),
                notice=rng.choice(texts.NOTICES),
                city=office,
                skill=skill,
                weekday=rng.choice(texts.WEEKDAYS),
            )
            at = self.w.time(since + rng.randrange(max(1, self.now - since)))
            notes.append((1, at, candidate_id, about, author, body, at))

    def _pool_members(self, chosen: list[dict[Any, int]]) -> list[Row]:
        """Members of each pool, added by a recruiter within a month of `since`."""
        rng = self.rng
        members: list[Row] = []
        for pool_id, candidates in zip(self.pool_ids, chosen, strict=True):
            for candidate_id, since in candidates.items():
                at = self.w.time(since + rng.randrange(max(1, min(30 * DAY, self.now - since))))
                members.append((1, at, pool_id, candidate_id, rng.choice(self.recruiter_ids), at))
        return members


def _maybe(convert: Callable[[int], Any], value: int | None) -> Any:
    return None if value is None else convert(value)
