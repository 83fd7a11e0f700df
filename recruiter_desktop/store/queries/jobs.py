"""Jobs: the list with counts per stage, a job's details, and a hiring manager's jobs with
their funnels."""

import sqlite3
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from recruiter_api.enums import (
    ApplicationStatus,
    JobRoleKind,
    JobStatus,
)
from recruiter_desktop.store.queries.common import (
    JOB_STATUS_ORDER,
    Page,
    Row,
    check_page,
    ids_json,
    job_statuses,
    marks,
    parse_time,
    person,
    snapshot,
    time_or_none,
)
from recruiter_desktop.store.search import fold, words

# --- Jobs ---------------------------------------------------------------------------------


class JobSort(StrEnum):
    """Orders of the job list."""

    TITLE = "title"
    CODE = "code"
    DEPARTMENT = "department"  # then title
    LOCATION = "location"  # then title
    STATUS = "status"  # active, draft, closed; then title
    OPENED = "opened"  # never opened last; then title
    CREATED = "created"


_JOB_ORDER = {
    JobSort.TITLE: ("j.title COLLATE NOCASE",),
    JobSort.CODE: ("j.code COLLATE NOCASE",),
    JobSort.DEPARTMENT: ("j.department COLLATE NOCASE", "j.title COLLATE NOCASE"),
    JobSort.LOCATION: ("j.location COLLATE NOCASE", "j.title COLLATE NOCASE"),
    JobSort.STATUS: (JOB_STATUS_ORDER, "j.title COLLATE NOCASE"),
    JobSort.OPENED: ("j.opened_at IS NULL", "j.opened_at", "j.title COLLATE NOCASE"),
    JobSort.CREATED: ("j.created_at",),
}


@dataclass(frozen=True, slots=True)
class StageCount:
    """A stage of a job and the number of active applications in it."""

    stage_id: str
    name: str
    position: int
    active: int


@dataclass(frozen=True, slots=True)
class JobSummary:
    """A row of the job list: its stages in order with their active applications, `active`
    applications in all, and `total` applications of any status."""

    id: str
    code: str
    title: str
    department: str
    location: str
    status: JobStatus
    created_at: datetime
    opened_at: datetime | None
    closed_at: datetime | None
    stages: tuple[StageCount, ...]
    active: int
    total: int


_JOB_COLUMNS = "j.id, j.code, j.title, j.department, j.location, j.status"
_JOB_TIMES = "j.created_at, j.opened_at, j.closed_at"


def job_list(
    conn: sqlite3.Connection,
    *,
    statuses: Collection[JobStatus] = (),
    text: str = "",
    sort: JobSort = JobSort.TITLE,
    descending: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> Page[JobSummary]:
    """A page of the jobs with their application counts per stage.

    `statuses` keeps the jobs of those statuses (all when empty); `text` keeps the jobs whose
    title, code, department or location hold every word of it, ignoring case and accents."""
    check_page(limit, offset)
    where: list[str] = []
    params: list[Any] = []
    if statuses:
        chosen = job_statuses(statuses)
        where.append(f"j.status IN ({marks(chosen)})")
        params.extend(chosen)
    typed = words(text)
    if typed:
        # Jobs are few (hundreds, not a hundred thousand): folding each one's text in Python
        # costs little, and folds as search does.
        conn.create_function("recruiter_fold", 1, fold, deterministic=True)
        text_of = "recruiter_fold(j.title||' '||j.code||' '||j.department||' '||j.location)"
        where.extend(f"instr({text_of}, ?) > 0" for _ in typed)
        params.extend(typed)
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    direction = " DESC" if descending else ""
    order = ", ".join(f"{key}{direction}" for key in (*_JOB_ORDER[sort], "j.rowid"))
    with snapshot(conn):
        total = conn.execute(f"SELECT count(*) FROM jobs AS j {condition}", params).fetchone()[0]  # noqa: S608 (fragments of this module)
        rows = conn.execute(
            f"SELECT {_JOB_COLUMNS}, {_JOB_TIMES} FROM jobs AS j {condition}"  # noqa: S608
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        counts = _job_counts(conn, [row[0] for row in rows])
    return Page(tuple(_job_summary(row, counts[row[0]]) for row in rows), total, offset, limit)


@dataclass
class _Counts:
    """A job's stages in order, and its applications by (stage id, status)."""

    stages: list[tuple[str, str, int]]
    by_stage_status: dict[tuple[str, str], int]

    def active_in(self, stage_id: str) -> int:
        return self.by_stage_status.get((stage_id, ApplicationStatus.ACTIVE.value), 0)

    def of_status(self, status: ApplicationStatus) -> int:
        return sum(n for (_, s), n in self.by_stage_status.items() if s == status.value)

    def total(self) -> int:
        return sum(self.by_stage_status.values())


def _job_counts(conn: sqlite3.Connection, job_ids: list[str]) -> dict[str, _Counts]:
    counts = {job_id: _Counts([], {}) for job_id in job_ids}
    if not job_ids:
        return counts
    jobs = ids_json(job_ids)
    for job_id, stage_id, name, position in conn.execute(
        "SELECT job_id, id, name, position FROM stages"
        " WHERE job_id IN (SELECT value FROM json_each(?)) ORDER BY job_id, position, rowid",
        (jobs,),
    ):
        counts[job_id].stages.append((stage_id, name, position))
    for job_id, stage_id, status, n in conn.execute(
        "SELECT job_id, stage_id, status, count(*) FROM applications"
        " WHERE job_id IN (SELECT value FROM json_each(?)) GROUP BY job_id, stage_id, status",
        (jobs,),
    ):
        counts[job_id].by_stage_status[(stage_id, status)] = n
    return counts


def _job_summary(row: Row, c: _Counts) -> JobSummary:
    job_id, code, title, department, location, status, created, opened, closed = row
    return JobSummary(
        job_id,
        code,
        title,
        department,
        location,
        JobStatus(status),
        parse_time(created),
        time_or_none(opened),
        time_or_none(closed),
        stages=tuple(StageCount(s, name, p, c.active_in(s)) for s, name, p in c.stages),
        active=c.of_status(ApplicationStatus.ACTIVE),
        total=c.total(),
    )


@dataclass(frozen=True, slots=True)
class Stage:
    id: str
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class JobMember:
    """A user holding a role on a job."""

    user_id: str
    name: str
    email: str
    role: JobRoleKind
    active: bool


@dataclass(frozen=True, slots=True)
class JobDetails:
    id: str
    code: str
    title: str
    department: str
    location: str
    status: JobStatus
    created_at: datetime
    opened_at: datetime | None
    closed_at: datetime | None
    description: str
    stages: tuple[Stage, ...]
    members: tuple[JobMember, ...]  # hiring managers, recruiters, interviewers; by name


def job_details(conn: sqlite3.Connection, job_id: str) -> JobDetails | None:
    """A job with its stages in order and the people holding roles on it; None when the job
    is not in the cache."""
    with snapshot(conn):
        row = conn.execute(
            f"SELECT {_JOB_COLUMNS}, {_JOB_TIMES}, j.description FROM jobs AS j WHERE j.id = ?",  # noqa: S608
            (job_id,),
        ).fetchone()
        if row is None:
            return None
        stages = tuple(Stage(*s) for s in stages_of(conn, job_id))
        members = tuple(
            JobMember(
                user_id, person(first, last) or "", email or "", JobRoleKind(role), bool(active)
            )
            for user_id, first, last, email, role, active in conn.execute(
                "SELECT r.user_id, u.first_name, u.last_name, u.email, r.role,"
                " coalesce(u.active, 1) FROM job_roles AS r"
                " LEFT JOIN users AS u ON u.id = r.user_id WHERE r.job_id = ?"
                " ORDER BY CASE r.role WHEN 'hiring_manager' THEN 0 WHEN 'recruiter' THEN 1"
                " ELSE 2 END, u.first_name COLLATE NOCASE, u.last_name COLLATE NOCASE, r.rowid",
                (job_id,),
            )
        )
    job_id, code, title, department, location, status, created, opened, closed, description = row
    return JobDetails(
        job_id,
        code,
        title,
        department,
        location,
        JobStatus(status),
        parse_time(created),
        time_or_none(opened),
        time_or_none(closed),
        description,
        stages,
        members,
    )


def stages_of(conn: sqlite3.Connection, job_id: str) -> list[tuple[str, str, int]]:
    return conn.execute(
        "SELECT id, name, position FROM stages WHERE job_id = ? ORDER BY position, rowid",
        (job_id,),
    ).fetchall()


# --- A hiring manager's jobs --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FunnelStep:
    """A stage of a job's funnel: `current` active applications are in it; `reached`
    applications of any status got at least this far (they are in it or a later stage: a
    candidate rejected at Interview passed Screening)."""

    stage_id: str
    name: str
    position: int
    current: int
    reached: int


@dataclass(frozen=True, slots=True)
class MyJob:
    id: str
    code: str
    title: str
    department: str
    location: str
    status: JobStatus
    roles: tuple[JobRoleKind, ...]  # the user's roles on the job
    funnel: tuple[FunnelStep, ...]
    active: int
    hired: int
    total: int


def my_jobs(
    conn: sqlite3.Connection,
    user_id: str,
    *,
    statuses: Collection[JobStatus] = (),
    limit: int = 50,
    offset: int = 0,
) -> Page[MyJob]:
    """The jobs `user_id` holds a role on (of `statuses`; all when empty), active ones first
    then by title, each with its funnel for a chart."""
    check_page(limit, offset)
    where = "r.user_id = ?"
    params: tuple[Any, ...] = (user_id,)
    if statuses:
        chosen = job_statuses(statuses)
        where += f" AND j.status IN ({marks(chosen)})"
        params += chosen
    mine = f"FROM job_roles AS r JOIN jobs AS j ON j.id = r.job_id WHERE {where} GROUP BY j.id"
    with snapshot(conn):
        total = conn.execute(f"SELECT count(*) FROM (SELECT j.id {mine})", params).fetchone()[0]  # noqa: S608 (fragments of this module)
        rows = conn.execute(
            f"SELECT {_JOB_COLUMNS}, group_concat(r.role) {mine}"
            f" ORDER BY {JOB_STATUS_ORDER}, j.title COLLATE NOCASE, j.rowid LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        counts = _job_counts(conn, [row[0] for row in rows])
    return Page(tuple(_my_job(row, counts[row[0]]) for row in rows), total, offset, limit)


def _my_job(row: Row, c: _Counts) -> MyJob:
    job_id, code, title, department, location, status, roles = row
    position_of = {stage_id: position for stage_id, _, position in c.stages}
    at_position: dict[int, int] = defaultdict(int)
    for (stage_id, _), n in c.by_stage_status.items():
        if stage_id in position_of:
            at_position[position_of[stage_id]] += n
    funnel = tuple(
        FunnelStep(
            stage_id,
            name,
            position,
            c.active_in(stage_id),
            sum(n for p, n in at_position.items() if p >= position),
        )
        for stage_id, name, position in c.stages
    )
    return MyJob(
        job_id,
        code,
        title,
        department,
        location,
        JobStatus(status),
        tuple(JobRoleKind(r) for r in sorted(set(roles.split(",")))),
        funnel,
        active=c.of_status(ApplicationStatus.ACTIVE),
        hired=c.of_status(ApplicationStatus.HIRED),
        total=c.total(),
    )
