"""A job's pipeline: the board of stage columns and the same as one table."""

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from recruiter_api.enums import (
    ApplicationStatus,
    JobStatus,
)
from recruiter_desktop.store.queries.common import (
    ACTIVE_ONLY,
    Page,
    application_statuses,
    by_rowid,
    check_page,
    marks,
    parse_time,
    rowids_of,
    snapshot,
    time_or_none,
)
from recruiter_desktop.store.queries.jobs import stages_of

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


def cards_of(conn: sqlite3.Connection, rowids: list[int], now: datetime) -> list[PipelineCard]:
    """The cards of the applications at `rowids`, in that order; time in stage up to `now`
    (or to the close of a closed application)."""
    cards = []
    for row in by_rowid(conn, _CARDS_SQL, rowids):
        app_id, candidate_id, first, last, headline, stage_id, status, applied, entered, closed = (
            row
        )
        entered_at, closed_at = parse_time(entered), time_or_none(closed)
        cards.append(
            PipelineCard(
                app_id,
                candidate_id,
                first,
                last,
                headline,
                stage_id,
                ApplicationStatus(status),
                parse_time(applied),
                entered_at,
                closed_at,
                max((closed_at or now) - entered_at, timedelta(0)),
            )
        )
    return cards


@dataclass(frozen=True)
class JobApplications:
    """The applications of one job with one of `statuses` (values, sorted)."""

    job_id: str
    statuses: tuple[str, ...]

    @property
    def sql(self) -> str:
        return f"a.job_id = ? AND a.status IN ({marks(self.statuses)})"

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
        rowids = rowids_of(
            conn,
            f"SELECT a.rowid FROM applications AS a WHERE {self.sql} AND a.stage_id = ?"  # noqa: S608
            " ORDER BY a.stage_entered_at, a.rowid LIMIT ? OFFSET ?",
            (*self.params, stage_id, limit, offset),
        )
        return cards_of(conn, rowids, now)


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
    check_page(per_stage, 0)
    apps = JobApplications(job_id, application_statuses(statuses))
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
            for stage_id, name, position in stages_of(conn, job_id)
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
    check_page(limit, offset)
    apps = JobApplications(job_id, application_statuses(statuses))
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
    check_page(limit, offset)
    apps = JobApplications(job_id, application_statuses(statuses))
    moment = now or datetime.now(UTC)
    with snapshot(conn):
        stages = stages_of(conn, job_id)
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
        rowids = rowids_of(
            conn,
            f"SELECT a.rowid FROM {source} WHERE {apps.sql}"  # noqa: S608
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        cards = cards_of(conn, rowids, moment)
    stage_of = {stage_id: (name, position) for stage_id, name, position in stages}
    rows = tuple(PipelineRow(card, *stage_of.get(card.stage_id, ("", -1))) for card in cards)
    return Page(rows, total, offset, limit)
