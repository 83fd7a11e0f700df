"""What the job board reads beyond queries/pipeline.py: a stage column that shows the cards
the user just moved into it first, so a moved card lands where the eye is (at the top of the
column) instead of at the end of a long column that is only partly loaded."""

import sqlite3
from collections.abc import Collection
from datetime import UTC, datetime

from recruiter_api.enums import ApplicationStatus
from recruiter_desktop.store.queries.common import (
    ACTIVE_ONLY,
    Page,
    application_statuses,
    check_page,
    ids_json,
    rowids_of,
    snapshot,
)
from recruiter_desktop.store.queries.pipeline import JobApplications, PipelineCard, cards_of


def stage_cards_moved_first(
    conn: sqlite3.Connection,
    job_id: str,
    stage_id: str,
    *,
    moved: Collection[str] = (),
    statuses: Collection[ApplicationStatus] = ACTIVE_ONLY,
    limit: int = 20,
    offset: int = 0,
    now: datetime | None = None,
) -> Page[PipelineCard]:
    """A page of the applications of `statuses` in one stage of a job: those of `moved`
    (application ids) that are in the stage first, the latest to enter it first; then the
    others as `pipeline.stage_cards` orders them, longest in the stage first."""
    check_page(limit, offset)
    apps = JobApplications(job_id, application_statuses(statuses))
    pinned = ids_json(moved)
    with snapshot(conn):
        total = apps.stage_counts(conn).get(stage_id, 0)
        # A stage of one job holds few rows (hundreds): sorting them costs little.
        rowids = rowids_of(
            conn,
            f"SELECT a.rowid FROM applications AS a WHERE {apps.sql} AND a.stage_id = ?"  # noqa: S608 (fragments of the pipeline module)
            " ORDER BY a.id IN (SELECT value FROM json_each(?)) DESC,"
            " CASE WHEN a.id IN (SELECT value FROM json_each(?)) THEN a.stage_entered_at END"
            " DESC, a.stage_entered_at, a.rowid LIMIT ? OFFSET ?",
            (*apps.params, stage_id, pinned, pinned, limit, offset),
        )
        cards = cards_of(conn, rowids, now or datetime.now(UTC))
    return Page(tuple(cards), total, offset, limit)
