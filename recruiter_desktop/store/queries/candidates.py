"""Candidates: the list for the lazy model, and one candidate with everything about them."""

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from recruiter_api.enums import (
    ApplicationStatus,
    Recommendation,
    StageChangeAction,
)
from recruiter_desktop.store.queries.common import (
    Page,
    Row,
    by_rowid,
    check_page,
    ids_json,
    parse_time,
    person,
    rowids_of,
    snapshot,
    time_or_none,
)

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
    check_page(limit, offset)
    with snapshot(conn):
        # rowid last: the order is exactly the case-blind name index's, read on its own.
        rowids = rowids_of(
            conn,
            "SELECT rowid FROM candidates"
            " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, rowid"
            " LIMIT ? OFFSET ?",
            (limit, offset),
        )
        rows = by_rowid(
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
    check_page(notes_limit, 0)
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
        parse_time(created),
        parse_time(updated),
        person(by_first, by_last),
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
        (ids_json(row[0] for row in rows),),
    ):
        who = person(first, last)
        history[app_id].append(
            HistoryEntry(
                hid, StageChangeAction(action), from_stage, to_stage, reason, who, parse_time(at)
            )
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
        parse_time(applied),
        parse_time(entered),
        time_or_none(closed),
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
        (ids_json(application_ids),),
    )
    return tuple(
        FeedbackEntry(
            fid,
            app,
            title,
            who,
            person(first, last),
            rating,
            Recommendation(advice),
            text,
            parse_time(at),
        )
        for fid, app, title, who, first, last, rating, advice, text, at in rows
    )


def candidate_notes(
    conn: sqlite3.Connection, candidate_id: str, *, limit: int = 20, offset: int = 0
) -> Page[NoteEntry]:
    """A page of the notes on a candidate, newest first, with their authors' names."""
    check_page(limit, offset)
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
        NoteEntry(nid, app_id, title, person(first, last), body, parse_time(created))
        for nid, app_id, title, first, last, body, created in rows
    )
    return Page(notes, total, offset, limit)
