"""What the candidate pane reads beyond queries/candidates.py: which of the rows it shows wait
for the server, the feedback the signed-in interviewer still owes, and the candidate's
activity (stage changes, notes and feedback in one time line)."""

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from recruiter_api.enums import JobRoleKind, OrgRole, Recommendation, StageChangeAction
from recruiter_desktop.store import sync_state
from recruiter_desktop.store.queries.candidates import (
    CandidateDetails,
    FeedbackEntry,
    HistoryEntry,
    NoteEntry,
    candidate,
    candidate_notes,
)
from recruiter_desktop.store.queries.common import (
    Page,
    check_page,
    ids_json,
    parse_time,
    person,
    snapshot,
)


def pending_among(conn: sqlite3.Connection, ids: Iterable[str]) -> frozenset[str]:
    """Those of `ids` that a change made here and not yet acknowledged by the server targets
    or created (a note typed offline, an application moved offline)."""
    return frozenset(
        entity_id
        for (entity_id,) in conn.execute(
            "SELECT DISTINCT entity_id FROM outbox"
            " WHERE entity_id IN (SELECT value FROM json_each(?))",
            (ids_json(ids),),
        )
    )


@dataclass(frozen=True, slots=True)
class FeedbackDue:
    """An application of the candidate on which the signed-in user is an interviewer and has
    not yet given feedback."""

    application_id: str
    job_title: str
    stage_name: str


@dataclass(frozen=True, slots=True)
class StageChoice:
    """A stage an application can be moved to."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class CandidatePaneData:
    """Everything the pane shows of one candidate at one moment. `pending` holds the ids of
    the applications, notes and feedback with a change waiting for the server. `stages`
    holds, for each job of the candidate's on which the signed-in user may move and reject
    candidates (admins, recruiters, the job's hiring managers and recruiters), its stages
    in order."""

    details: CandidateDetails
    pending: frozenset[str]
    feedback_due: tuple[FeedbackDue, ...]
    user_id: str | None
    stages: Mapping[str, tuple[StageChoice, ...]]


def candidate_pane(
    conn: sqlite3.Connection, candidate_id: str, *, notes_limit: int = 20
) -> CandidatePaneData | None:
    """The candidate (with the newest `notes_limit` notes) and what waits for the server or
    for the signed-in user; None when the candidate is not in the cache."""
    with snapshot(conn):
        details = candidate(conn, candidate_id, notes_limit=notes_limit)
        if details is None:
            return None
        user_id = sync_state.user_id(conn)
        shown = [
            *(a.id for a in details.applications),
            *(n.id for n in details.notes),
            *(f.id for f in details.feedback),
        ]
        pending = pending_among(conn, shown)
        due = _feedback_due(conn, details, user_id)
        stages = _stages_to_manage(conn, details, user_id)
    return CandidatePaneData(details, pending, due, user_id, stages)


_STAFF = (OrgRole.ADMIN.value, OrgRole.RECRUITER.value)
_MANAGING = (JobRoleKind.HIRING_MANAGER.value, JobRoleKind.RECRUITER.value)


def _stages_to_manage(
    conn: sqlite3.Connection, details: CandidateDetails, user_id: str | None
) -> dict[str, tuple[StageChoice, ...]]:
    jobs = {a.job_id for a in details.applications}
    who = sync_state.identity(conn)
    if user_id is None or who is None:
        return {}
    if who.role not in _STAFF:
        jobs = {
            job_id
            for (job_id,) in conn.execute(
                "SELECT DISTINCT job_id FROM job_roles WHERE user_id = ?"
                " AND role IN (?, ?) AND job_id IN (SELECT value FROM json_each(?))",
                (user_id, *_MANAGING, ids_json(jobs)),
            )
        }
    stages: dict[str, list[StageChoice]] = {job_id: [] for job_id in jobs}
    for job_id, stage_id, name in conn.execute(
        "SELECT job_id, id, name FROM stages WHERE job_id IN (SELECT value FROM json_each(?))"
        " ORDER BY job_id, position, rowid",
        (ids_json(jobs),),
    ):
        stages[job_id].append(StageChoice(stage_id, name))
    return {job_id: tuple(choices) for job_id, choices in stages.items()}


def _feedback_due(
    conn: sqlite3.Connection, details: CandidateDetails, user_id: str | None
) -> tuple[FeedbackDue, ...]:
    if user_id is None:
        return ()
    interviewing = {
        job_id
        for (job_id,) in conn.execute(
            "SELECT job_id FROM job_roles WHERE user_id = ? AND role = ?"
            " AND job_id IN (SELECT value FROM json_each(?))",
            (
                user_id,
                JobRoleKind.INTERVIEWER.value,
                ids_json({a.job_id for a in details.applications}),
            ),
        )
    }
    given = {f.application_id for f in details.feedback if f.interviewer_id == user_id}
    return tuple(
        FeedbackDue(a.id, a.job_title, a.stage_name)
        for a in details.applications
        if a.job_id in interviewing and a.id not in given
    )


@dataclass(frozen=True, slots=True)
class NotesPage:
    """A page of notes and which of them wait for the server."""

    page: Page[NoteEntry]
    pending: frozenset[str]


def notes_page(
    conn: sqlite3.Connection, candidate_id: str, *, limit: int = 20, offset: int = 0
) -> NotesPage:
    """`candidate_notes` with the ids of the notes not yet on the server."""
    with snapshot(conn):
        page = candidate_notes(conn, candidate_id, limit=limit, offset=offset)
        return NotesPage(page, pending_among(conn, (n.id for n in page.items)))


class ActivityKind(StrEnum):
    STAGE_CHANGE = "stage_change"
    NOTE = "note"
    FEEDBACK = "feedback"


@dataclass(frozen=True, slots=True)
class ActivityItem:
    """One event of a candidate's time line: `entry` is a HistoryEntry (kind STAGE_CHANGE),
    a NoteEntry (NOTE) or a FeedbackEntry (FEEDBACK); `job_title` names the job it is about,
    if any."""

    kind: ActivityKind
    at: datetime
    job_title: str | None
    entry: HistoryEntry | NoteEntry | FeedbackEntry


# Every wire timestamp has the same form (schema.wire_timestamp), so texts sort as times.
_TIMELINE_SQL = """
SELECT 'stage_change', h.id, h.changed_at FROM stage_changes AS h
 WHERE h.application_id IN (SELECT id FROM applications WHERE candidate_id = :c)
UNION ALL
SELECT 'note', n.id, n.created_at FROM notes AS n WHERE n.candidate_id = :c
UNION ALL
SELECT 'feedback', f.id, f.submitted_at FROM feedback AS f
 WHERE f.application_id IN (SELECT id FROM applications WHERE candidate_id = :c)
ORDER BY 3 DESC, 1, 2 LIMIT :limit OFFSET :offset
"""
_TIMELINE_COUNT_SQL = """
SELECT (SELECT count(*) FROM stage_changes WHERE application_id IN
         (SELECT id FROM applications WHERE candidate_id = :c))
     + (SELECT count(*) FROM notes WHERE candidate_id = :c)
     + (SELECT count(*) FROM feedback WHERE application_id IN
         (SELECT id FROM applications WHERE candidate_id = :c))
"""
_STAGE_CHANGES_SQL = (
    "SELECT h.id, h.action, f.name, coalesce(t.name, ''), h.reason, u.first_name,"
    " u.last_name, h.changed_at, j.title FROM stage_changes AS h"
    " LEFT JOIN stages AS f ON f.id = h.from_stage_id"
    " LEFT JOIN stages AS t ON t.id = h.to_stage_id"
    " LEFT JOIN users AS u ON u.id = h.changed_by_id"
    " LEFT JOIN jobs AS j ON j.id = h.job_id"
    " WHERE h.id IN (SELECT value FROM json_each(?))"
)
_NOTES_SQL = (
    "SELECT n.id, n.application_id, j.title, u.first_name, u.last_name, n.body, n.created_at"
    " FROM notes AS n LEFT JOIN users AS u ON u.id = n.author_id"
    " LEFT JOIN applications AS a ON a.id = n.application_id"
    " LEFT JOIN jobs AS j ON j.id = a.job_id WHERE n.id IN (SELECT value FROM json_each(?))"
)
_FEEDBACK_SQL = (
    "SELECT f.id, f.application_id, coalesce(j.title, ''), f.interviewer_id, u.first_name,"
    " u.last_name, f.rating, f.recommendation, f.comments, f.submitted_at"
    " FROM feedback AS f LEFT JOIN users AS u ON u.id = f.interviewer_id"
    " LEFT JOIN jobs AS j ON j.id = f.job_id WHERE f.id IN (SELECT value FROM json_each(?))"
)


def candidate_activity(
    conn: sqlite3.Connection, candidate_id: str, *, limit: int = 50, offset: int = 0
) -> Page[ActivityItem]:
    """A page of the candidate's stage changes, notes and feedback, newest first."""
    check_page(limit, offset)
    params = {"c": candidate_id, "limit": limit, "offset": offset}
    with snapshot(conn):
        total: int = conn.execute(_TIMELINE_COUNT_SQL, params).fetchone()[0]
        order = [(kind, item_id) for kind, item_id, _ in conn.execute(_TIMELINE_SQL, params)]

        def ids(kind: str) -> str:
            return ids_json(item_id for k, item_id in order if k == kind)

        found: dict[tuple[str, str], ActivityItem] = {}
        for hid, action, from_stage, to_stage, reason, first, last, at, title in conn.execute(
            _STAGE_CHANGES_SQL, (ids(ActivityKind.STAGE_CHANGE),)
        ):
            change = HistoryEntry(
                hid,
                StageChangeAction(action),
                from_stage,
                to_stage,
                reason,
                person(first, last),
                parse_time(at),
            )
            found[(ActivityKind.STAGE_CHANGE, hid)] = ActivityItem(
                ActivityKind.STAGE_CHANGE, change.changed_at, title, change
            )
        for nid, app_id, title, first, last, body, created in conn.execute(
            _NOTES_SQL, (ids(ActivityKind.NOTE),)
        ):
            note = NoteEntry(nid, app_id, title, person(first, last), body, parse_time(created))
            found[(ActivityKind.NOTE, nid)] = ActivityItem(
                ActivityKind.NOTE, note.created_at, title, note
            )
        for fid, app_id, title, who, first, last, rating, advice, text, at in conn.execute(
            _FEEDBACK_SQL, (ids(ActivityKind.FEEDBACK),)
        ):
            given = FeedbackEntry(
                fid,
                app_id,
                title,
                who,
                person(first, last),
                rating,
                Recommendation(advice),
                text,
                parse_time(at),
            )
            found[(ActivityKind.FEEDBACK, fid)] = ActivityItem(
                ActivityKind.FEEDBACK, given.submitted_at, title, given
            )
    items = tuple(found[key] for key in order if key in found)
    return Page(items, total, offset, limit)
