"""What the views show, read from the cache: plain dataclasses, never SQLAlchemy objects.

Every list is paged and none reads a whole table: a query walks an index in the order it
returns rows, or sorts only the rows of one job, pool or candidate. A page is read in two
steps: the rowids of its rows, in order, from an index alone (skipping `offset` rows reads no
table row), then only those rows.

Each function takes a read connection of the cache (`Cache.read()`); one that reads several
tables does so in one read transaction, so it returns one moment's state. Ids are the UUID
text the cache stores; times are aware UTC datetimes. Search is in search.py.
"""

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Generic, TypeVar

from recruiter_api.enums import (
    ApplicationStatus,
    JobRoleKind,
    JobStatus,
    Recommendation,
    StageChangeAction,
)
from recruiter_desktop.store.search import fold, words

T = TypeVar("T")
Row = tuple[Any, ...]

MAX_PAGE = 1000
ACTIVE_ONLY: tuple[ApplicationStatus, ...] = (ApplicationStatus.ACTIVE,)


@dataclass(frozen=True)
class Page(Generic[T]):
    """Rows `offset` .. `offset + len(items)` of the `total` rows that match."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """The reads inside the block see one commit (a read transaction), unless the caller
    already holds a transaction."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_PAGE:
        raise ValueError(f"A page holds 1 to {MAX_PAGE} rows, not {limit}.")
    if offset < 0:
        raise ValueError(f"A page cannot start before the first row (offset {offset}).")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _at_or_none(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _ids(values: Iterable[Any]) -> str:
    # Ids as one JSON parameter expanded by json_each: any number of them in one statement.
    return json.dumps(list(values))


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _statuses(statuses: Collection[ApplicationStatus]) -> tuple[str, ...]:
    if not statuses:
        raise ValueError("Choose at least one application status to show.")
    return tuple(sorted(ApplicationStatus(s).value for s in statuses))


def _job_statuses(statuses: Collection[JobStatus]) -> tuple[str, ...]:
    return tuple(sorted(JobStatus(s).value for s in statuses))


def _person(first: str | None, last: str | None) -> str | None:
    """A user's name as shown; None when the user is not in the cache (or it was the system)."""
    if first is None and last is None:
        return None
    return f"{first or ''} {last or ''}".strip()


def _rowids(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[int]:
    return [r for (r,) in conn.execute(sql, params)]


def _by_rowid(conn: sqlite3.Connection, sql: str, rowids: list[int], *params: Any) -> list[Row]:
    """The rows `sql` selects (its first column the rowid; its last parameter the rowids as
    JSON) in the order of `rowids`, without the rowid."""
    if not rowids:
        return []
    found = {row[0]: row[1:] for row in conn.execute(sql, (*params, _ids(rowids)))}
    return [found[r] for r in rowids if r in found]


_JOB_STATUS_ORDER = "CASE j.status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END"


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
    JobSort.STATUS: (_JOB_STATUS_ORDER, "j.title COLLATE NOCASE"),
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
    _check_page(limit, offset)
    where: list[str] = []
    params: list[Any] = []
    if statuses:
        chosen = _job_statuses(statuses)
        where.append(f"j.status IN ({_marks(chosen)})")
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
    jobs = _ids(job_ids)
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
        _at(created),
        _at_or_none(opened),
        _at_or_none(closed),
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
        stages = tuple(Stage(*s) for s in _stages(conn, job_id))
        members = tuple(
            JobMember(
                user_id, _person(first, last) or "", email or "", JobRoleKind(role), bool(active)
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
        _at(created),
        _at_or_none(opened),
        _at_or_none(closed),
        description,
        stages,
        members,
    )


def _stages(conn: sqlite3.Connection, job_id: str) -> list[tuple[str, str, int]]:
    return conn.execute(
        "SELECT id, name, position FROM stages WHERE job_id = ? ORDER BY position, rowid",
        (job_id,),
    ).fetchall()


# --- A job's pipeline ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PipelineCard:
    """An application on a job's board. `time_in_stage` runs from `stage_entered_at` to the
    moment of the query, or to `closed_at` for an application no longer active (rejected,
    withdrawn, hired: its time in the stage ended then)."""

    application_id: str
    candidate_id: str
    first_name: str
    last_name: str
    headline: str
    stage_id: str
    status: ApplicationStatus
    applied_at: datetime
    stage_entered_at: datetime
    closed_at: datetime | None
    time_in_stage: timedelta


@dataclass(frozen=True, slots=True)
class StageColumn:
    """A stage of the board: `count` applications (of the statuses asked for) and the first
    `cards` of them; `stage_cards` pages through the rest."""

    stage_id: str
    name: str
    position: int
    count: int
    cards: tuple[PipelineCard, ...]


@dataclass(frozen=True, slots=True)
class Pipeline:
    job_id: str
    code: str
    title: str
    status: JobStatus
    stages: tuple[StageColumn, ...]


_CARDS_SQL = (
    "SELECT a.rowid, a.id, a.candidate_id, coalesce(c.first_name, ''),"
    " coalesce(c.last_name, ''), coalesce(c.headline, ''), a.stage_id, a.status, a.applied_at,"
    " a.stage_entered_at, a.closed_at FROM applications AS a"
    " LEFT JOIN candidates AS c ON c.id = a.candidate_id"
    " WHERE a.rowid IN (SELECT value FROM json_each(?))"
)


def _cards(conn: sqlite3.Connection, rowids: list[int], now: datetime) -> list[PipelineCard]:
    cards = []
    for row in _by_rowid(conn, _CARDS_SQL, rowids):
        app_id, candidate_id, first, last, headline, stage_id, status, applied, entered, closed = (
            row
        )
        entered_at, closed_at = _at(entered), _at_or_none(closed)
        cards.append(
            PipelineCard(
                app_id,
                candidate_id,
                first,
                last,
                headline,
                stage_id,
                ApplicationStatus(status),
                _at(applied),
                entered_at,
                closed_at,
                max((closed_at or now) - entered_at, timedelta(0)),
            )
        )
    return cards


@dataclass(frozen=True)
class _JobFilter:
    """The applications of one job with one of `statuses` (values, sorted)."""

    job_id: str
    statuses: tuple[str, ...]

    @property
    def sql(self) -> str:
        return f"a.job_id = ? AND a.status IN ({_marks(self.statuses)})"

    @property
    def params(self) -> tuple[str, ...]:
        return (self.job_id, *self.statuses)

    def stage_counts(self, conn: sqlite3.Connection) -> dict[str, int]:
        return dict(
            conn.execute(
                f"SELECT a.stage_id, count(*) FROM applications AS a WHERE {self.sql}"  # noqa: S608
                " GROUP BY a.stage_id",
                self.params,
            ).fetchall()
        )

    def stage_page(
        self, conn: sqlite3.Connection, stage_id: str, limit: int, offset: int, now: datetime
    ) -> list[PipelineCard]:
        """Cards of one stage, longest in the stage first."""
        rowids = _rowids(
            conn,
            f"SELECT a.rowid FROM applications AS a WHERE {self.sql} AND a.stage_id = ?"  # noqa: S608
            " ORDER BY a.stage_entered_at, a.rowid LIMIT ? OFFSET ?",
            (*self.params, stage_id, limit, offset),
        )
        return _cards(conn, rowids, now)


def pipeline(
    conn: sqlite3.Connection,
    job_id: str,
    *,
    per_stage: int = 20,
    statuses: Collection[ApplicationStatus] = ACTIVE_ONLY,
    now: datetime | None = None,
) -> Pipeline | None:
    """A job's board: its stages in order, each with its number of applications of
    `statuses` and the first `per_stage` of them, longest in the stage first. None when the
    job is not in the cache."""
    _check_page(per_stage, 0)
    apps = _JobFilter(job_id, _statuses(statuses))
    moment = now or datetime.now(UTC)
    with snapshot(conn):
        job = conn.execute(
            "SELECT id, code, title, status FROM jobs WHERE id = ?", (job_id,)
        ).fetchone()
        if job is None:
            return None
        counts = apps.stage_counts(conn)
        columns = tuple(
            StageColumn(
                stage_id,
                name,
                position,
                counts.get(stage_id, 0),
                tuple(apps.stage_page(conn, stage_id, per_stage, 0, moment)),
            )
            for stage_id, name, position in _stages(conn, job_id)
        )
    return Pipeline(job[0], job[1], job[2], JobStatus(job[3]), columns)


def stage_cards(
    conn: sqlite3.Connection,
    job_id: str,
    stage_id: str,
    *,
    statuses: Collection[ApplicationStatus] = ACTIVE_ONLY,
    limit: int = 20,
    offset: int = 0,
    now: datetime | None = None,
) -> Page[PipelineCard]:
    """A page of the applications of `statuses` in one stage of a job, longest in the stage
    first."""
    _check_page(limit, offset)
    apps = _JobFilter(job_id, _statuses(statuses))
    with snapshot(conn):
        total = apps.stage_counts(conn).get(stage_id, 0)
        cards = apps.stage_page(conn, stage_id, limit, offset, now or datetime.now(UTC))
    return Page(tuple(cards), total, offset, limit)


class PipelineSort(StrEnum):
    """Orders of the pipeline table (`descending` reverses each)."""

    STAGE = "stage"  # stage by stage, longest in the stage first
    NAME = "name"  # last name, then first name
    TIME_IN_STAGE = "time_in_stage"  # shortest first
    APPLIED = "applied"  # earliest first


@dataclass(frozen=True, slots=True)
class PipelineRow:
    card: PipelineCard
    stage_name: str
    stage_position: int


# Sorting a job's applications by name reads the candidate of each (~2.5 us a row, measured
# on 100,000 candidates); walking the name index instead probes each candidate it passes for
# an application in the job (~5 us) but stops at the page: it wins near the top of a big job.
_PROBE_COST = 2.0


def pipeline_table(
    conn: sqlite3.Connection,
    job_id: str,
    *,
    statuses: Collection[ApplicationStatus] = ACTIVE_ONLY,
    sort: PipelineSort = PipelineSort.STAGE,
    descending: bool = False,
    limit: int = 50,
    offset: int = 0,
    now: datetime | None = None,
) -> Page[PipelineRow]:
    """A page of a job's applications of `statuses` as one table, in the order of `sort`."""
    _check_page(limit, offset)
    apps = _JobFilter(job_id, _statuses(statuses))
    moment = now or datetime.now(UTC)
    with snapshot(conn):
        stages = _stages(conn, job_id)
        total = sum(apps.stage_counts(conn).values())
        source = "applications AS a"
        params: tuple[Any, ...] = apps.params
        if sort is PipelineSort.STAGE:
            # The stage's position as a CASE over the job's few stages: no join per row, and
            # the sort reads the index alone.
            whens = " ".join(f"WHEN ? THEN {i}" for i in range(len(stages)))
            keys = [f"CASE a.stage_id {whens} ELSE {len(stages)} END" if stages else "0"]
            keys += ["a.stage_entered_at"]
            params = (*params, *(s[0] for s in stages))  # after the WHERE's
        elif sort is PipelineSort.NAME:
            keys = ["c.last_name COLLATE NOCASE", "c.first_name COLLATE NOCASE", "c.rowid"]
            candidates = conn.execute("SELECT max(rowid) FROM candidates").fetchone()[0] or 0
            walk = (offset + limit) * candidates / max(total, 1) * _PROBE_COST
            # CROSS JOIN makes SQLite keep this join order: candidates in name order first.
            source = (
                "candidates AS c CROSS JOIN applications AS a ON a.candidate_id = c.id"
                if walk < total
                else "applications AS a JOIN candidates AS c ON c.id = a.candidate_id"
            )
        elif sort is PipelineSort.TIME_IN_STAGE:
            keys = ["a.stage_entered_at"]
            descending = not descending
        else:
            keys = ["a.applied_at"]
        direction = " DESC" if descending else ""
        order = ", ".join(f"{key}{direction}" for key in (*keys, "a.rowid"))
        rowids = _rowids(
            conn,
            f"SELECT a.rowid FROM {source} WHERE {apps.sql}"  # noqa: S608
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        cards = _cards(conn, rowids, moment)
    stage_of = {stage_id: (name, position) for stage_id, name, position in stages}
    rows = tuple(PipelineRow(card, *stage_of.get(card.stage_id, ("", -1))) for card in cards)
    return Page(rows, total, offset, limit)


# --- Talent pools -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PoolSummary:
    id: str
    name: str
    description: str
    is_system: bool
    system_key: str | None
    created_at: datetime
    members: int


def pools(conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0) -> Page[PoolSummary]:
    """Talent pools with their number of members: the system's first, then by name."""
    _check_page(limit, offset)
    with snapshot(conn):
        total = conn.execute("SELECT count(*) FROM talent_pools").fetchone()[0]
        rows = conn.execute(
            "SELECT p.id, p.name, p.description, p.is_system, p.system_key, p.created_at,"
            " (SELECT count(*) FROM pool_members AS m WHERE m.pool_id = p.id)"
            " FROM talent_pools AS p"
            " ORDER BY p.is_system DESC, p.name COLLATE NOCASE, p.rowid LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
    return Page(
        tuple(
            PoolSummary(pid, name, text, bool(system), key, _at(created), n)
            for pid, name, text, system, key, created, n in rows
        ),
        total,
        offset,
        limit,
    )


class MemberSort(StrEnum):
    ADDED = "added"  # newest first
    NAME = "name"  # last name, then first name


@dataclass(frozen=True, slots=True)
class PoolMemberRow:
    member_id: str
    candidate_id: str
    first_name: str
    last_name: str
    headline: str
    location: str
    email: str | None
    added_at: datetime
    added_by: str | None  # the user's name; None when the system added them


_MEMBER_ORDER = {
    MemberSort.ADDED: "m.added_at DESC, m.rowid DESC",
    MemberSort.NAME: "c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, m.rowid",
}
_MEMBERS_SQL = (
    "SELECT m.rowid, m.id, m.candidate_id, coalesce(c.first_name, ''),"
    " coalesce(c.last_name, ''), coalesce(c.headline, ''), coalesce(c.location, ''), c.email,"
    " m.added_at, u.first_name, u.last_name FROM pool_members AS m"
    " LEFT JOIN candidates AS c ON c.id = m.candidate_id"
    " LEFT JOIN users AS u ON u.id = m.added_by_id"
    " WHERE m.rowid IN (SELECT value FROM json_each(?))"
)


def pool_members(
    conn: sqlite3.Connection,
    pool_id: str,
    *,
    sort: MemberSort = MemberSort.ADDED,
    limit: int = 50,
    offset: int = 0,
) -> Page[PoolMemberRow]:
    """A page of a pool's members, newest first or by name."""
    _check_page(limit, offset)
    with snapshot(conn):
        total = conn.execute(
            "SELECT count(*) FROM pool_members WHERE pool_id = ?", (pool_id,)
        ).fetchone()[0]
        rowids = _rowids(
            conn,
            "SELECT m.rowid FROM pool_members AS m"  # noqa: S608 (fragments of this module)
            " LEFT JOIN candidates AS c ON c.id = m.candidate_id WHERE m.pool_id = ?"
            f" ORDER BY {_MEMBER_ORDER[sort]} LIMIT ? OFFSET ?",
            (pool_id, limit, offset),
        )
        rows = _by_rowid(conn, _MEMBERS_SQL, rowids)
    members = tuple(
        PoolMemberRow(mid, cid, first, last, headline, location, email, _at(added), _person(uf, ul))
        for mid, cid, first, last, headline, location, email, added, uf, ul in rows
    )
    return Page(members, total, offset, limit)


# --- Candidates ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CandidateListRow:
    id: str
    first_name: str
    last_name: str
    headline: str
    location: str
    email: str | None


def candidate_count(conn: sqlite3.Connection) -> int:
    """How many candidates the cache holds: the row count of the candidate list."""
    count: int = conn.execute("SELECT count(*) FROM candidates").fetchone()[0]
    return count


def candidate_page(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int = 100
) -> list[CandidateListRow]:
    """Candidates `offset` .. `offset + limit` of the list sorted by last name, then first
    name, case-blind (for a lazy list model that knows `candidate_count`)."""
    _check_page(limit, offset)
    with snapshot(conn):
        # rowid last: the order is exactly the case-blind name index's, read on its own.
        rowids = _rowids(
            conn,
            "SELECT rowid FROM candidates"
            " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, rowid"
            " LIMIT ? OFFSET ?",
            (limit, offset),
        )
        rows = _by_rowid(
            conn,
            "SELECT rowid, id, first_name, last_name, headline, location, email"
            " FROM candidates WHERE rowid IN (SELECT value FROM json_each(?))",
            rowids,
        )
    return [CandidateListRow(*row) for row in rows]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """A step of an application's history: what, who and when."""

    id: str
    action: StageChangeAction
    from_stage: str | None
    to_stage: str
    reason: str | None
    changed_by: str | None  # the user's name; None for the system
    changed_at: datetime


@dataclass(frozen=True, slots=True)
class CandidateApplication:
    id: str
    job_id: str
    job_code: str
    job_title: str
    stage_id: str
    stage_name: str
    status: ApplicationStatus
    reject_reason: str | None
    applied_at: datetime
    stage_entered_at: datetime
    closed_at: datetime | None
    history: tuple[HistoryEntry, ...]  # oldest first


@dataclass(frozen=True, slots=True)
class NoteEntry:
    id: str
    application_id: str | None
    job_title: str | None  # of the application the note is about, if any
    author: str | None
    body: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class FeedbackEntry:
    id: str
    application_id: str
    job_title: str
    interviewer_id: str
    interviewer: str | None
    rating: int
    recommendation: Recommendation
    comments: str
    submitted_at: datetime


@dataclass(frozen=True, slots=True)
class PoolRef:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class CandidateDetails:
    """A candidate and what the cache holds about them. `notes` are the newest of
    `note_count` (`candidate_notes` pages through all)."""

    id: str
    version: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    linkedin_member_id: str | None
    source: str
    source_detail: str | None
    headline: str
    location: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    created_by: str | None
    applications: tuple[CandidateApplication, ...]  # latest application first
    notes: tuple[NoteEntry, ...]  # newest first
    note_count: int
    feedback: tuple[FeedbackEntry, ...]  # newest first
    pools: tuple[PoolRef, ...]


def candidate(
    conn: sqlite3.Connection, candidate_id: str, *, notes_limit: int = 20
) -> CandidateDetails | None:
    """A candidate with their applications (each with its history), notes, interview
    feedback and pools; None when the candidate is not in the cache."""
    _check_page(notes_limit, 0)
    with snapshot(conn):
        row = conn.execute(
            "SELECT c.id, c.version, c.first_name, c.last_name, c.email, c.phone,"
            " c.linkedin_member_id, c.source, c.source_detail, c.headline, c.location, c.tags,"
            " c.created_at, c.updated_at, u.first_name, u.last_name"
            " FROM candidates AS c LEFT JOIN users AS u ON u.id = c.created_by_id"
            " WHERE c.id = ?",
            (candidate_id,),
        ).fetchone()
        if row is None:
            return None
        applications = _applications_of(conn, candidate_id)
        notes = candidate_notes(conn, candidate_id, limit=notes_limit)
        feedback = _feedback_on(conn, [a.id for a in applications])
        in_pools = tuple(
            PoolRef(*pool)
            for pool in conn.execute(
                "SELECT p.id, p.name FROM pool_members AS m"
                " JOIN talent_pools AS p ON p.id = m.pool_id WHERE m.candidate_id = ?"
                " ORDER BY p.name COLLATE NOCASE, p.rowid",
                (candidate_id,),
            )
        )
    (cid, version, first, last, email, phone, member_id, source, source_detail, headline,
     location, tags, created, updated, by_first, by_last) = row  # fmt: skip
    return CandidateDetails(
        cid,
        version,
        first,
        last,
        email,
        phone,
        member_id,
        source,
        source_detail,
        headline,
        location,
        tuple(json.loads(tags)),
        _at(created),
        _at(updated),
        _person(by_first, by_last),
        applications,
        notes.items,
        notes.total,
        feedback,
        in_pools,
    )


def _applications_of(
    conn: sqlite3.Connection, candidate_id: str
) -> tuple[CandidateApplication, ...]:
    rows = conn.execute(
        "SELECT a.id, a.job_id, coalesce(j.code, ''), coalesce(j.title, ''), a.stage_id,"
        " coalesce(s.name, ''), a.status, a.reject_reason, a.applied_at, a.stage_entered_at,"
        " a.closed_at FROM applications AS a"
        " LEFT JOIN jobs AS j ON j.id = a.job_id LEFT JOIN stages AS s ON s.id = a.stage_id"
        " WHERE a.candidate_id = ? ORDER BY a.applied_at DESC, a.rowid DESC",
        (candidate_id,),
    ).fetchall()
    history: dict[str, list[HistoryEntry]] = defaultdict(list)
    for app_id, hid, action, from_stage, to_stage, reason, first, last, at in conn.execute(
        "SELECT h.application_id, h.id, h.action, f.name, coalesce(t.name, ''), h.reason,"
        " u.first_name, u.last_name, h.changed_at FROM stage_changes AS h"
        " LEFT JOIN stages AS f ON f.id = h.from_stage_id"
        " LEFT JOIN stages AS t ON t.id = h.to_stage_id"
        " LEFT JOIN users AS u ON u.id = h.changed_by_id"
        " WHERE h.application_id IN (SELECT value FROM json_each(?))"
        " ORDER BY h.changed_at, h.rowid",
        (_ids(row[0] for row in rows),),
    ):
        who = _person(first, last)
        history[app_id].append(
            HistoryEntry(hid, StageChangeAction(action), from_stage, to_stage, reason, who, _at(at))
        )
    return tuple(_application(row, history) for row in rows)


def _application(row: Row, history: dict[str, list[HistoryEntry]]) -> CandidateApplication:
    (app_id, job_id, code, title, stage_id, stage, status, reason, applied, entered,
     closed) = row  # fmt: skip
    return CandidateApplication(
        app_id,
        job_id,
        code,
        title,
        stage_id,
        stage,
        ApplicationStatus(status),
        reason,
        _at(applied),
        _at(entered),
        _at_or_none(closed),
        tuple(history[app_id]),
    )


def _feedback_on(conn: sqlite3.Connection, application_ids: list[str]) -> tuple[FeedbackEntry, ...]:
    rows = conn.execute(
        "SELECT f.id, f.application_id, coalesce(j.title, ''), f.interviewer_id,"
        " u.first_name, u.last_name, f.rating, f.recommendation, f.comments, f.submitted_at"
        " FROM feedback AS f LEFT JOIN users AS u ON u.id = f.interviewer_id"
        " LEFT JOIN jobs AS j ON j.id = f.job_id"
        " WHERE f.application_id IN (SELECT value FROM json_each(?))"
        " ORDER BY f.submitted_at DESC, f.rowid DESC",
        (_ids(application_ids),),
    )
    return tuple(
        FeedbackEntry(
            fid,
            app,
            title,
            who,
            _person(first, last),
            rating,
            Recommendation(advice),
            text,
            _at(at),
        )
        for fid, app, title, who, first, last, rating, advice, text, at in rows
    )


def candidate_notes(
    conn: sqlite3.Connection, candidate_id: str, *, limit: int = 20, offset: int = 0
) -> Page[NoteEntry]:
    """A page of the notes on a candidate, newest first, with their authors' names."""
    _check_page(limit, offset)
    with snapshot(conn):
        total = conn.execute(
            "SELECT count(*) FROM notes WHERE candidate_id = ?", (candidate_id,)
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT n.id, n.application_id, j.title, u.first_name, u.last_name, n.body,"
            " n.created_at FROM notes AS n LEFT JOIN users AS u ON u.id = n.author_id"
            " LEFT JOIN applications AS a ON a.id = n.application_id"
            " LEFT JOIN jobs AS j ON j.id = a.job_id WHERE n.candidate_id = ?"
            " ORDER BY n.created_at DESC, n.rowid DESC LIMIT ? OFFSET ?",
            (candidate_id, limit, offset),
        ).fetchall()
    notes = tuple(
        NoteEntry(nid, app_id, title, _person(first, last), body, _at(created))
        for nid, app_id, title, first, last, body, created in rows
    )
    return Page(notes, total, offset, limit)


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
    _check_page(limit, offset)
    where = "r.user_id = ?"
    params: tuple[Any, ...] = (user_id,)
    if statuses:
        chosen = _job_statuses(statuses)
        where += f" AND j.status IN ({_marks(chosen)})"
        params += chosen
    mine = f"FROM job_roles AS r JOIN jobs AS j ON j.id = r.job_id WHERE {where} GROUP BY j.id"
    with snapshot(conn):
        total = conn.execute(f"SELECT count(*) FROM (SELECT j.id {mine})", params).fetchone()[0]  # noqa: S608 (fragments of this module)
        rows = conn.execute(
            f"SELECT {_JOB_COLUMNS}, group_concat(r.role) {mine}"
            f" ORDER BY {_JOB_STATUS_ORDER}, j.title COLLATE NOCASE, j.rowid LIMIT ? OFFSET ?",
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
