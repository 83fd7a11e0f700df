"""The In-ATS indicator: this server keeps LinkedIn's copy of its jobs (`simpleJobPostings`)
and of its candidates beyond Prospect (`atsCandidates` with their notes, `atsApplications`
with their stages, notes and interview feedback) in step with its own data.

Changes are found in the sync index (which every write keeps), read in commit order from
where the last read stopped, and queue their job or candidate in `linkedin_outbox`. Draining
the outbox works out what LinkedIn should hold for each queued subject, sends what is new or
changed in batches of at most 100, deletes what should no longer be there, and records each
record it sent with a hash of its content (`linkedin_sent_records`). A subject leaves the
outbox only once everything went through; a failure waits longer each time and is retried,
and a restart resumes from the tables.

A candidate is sent only once they have moved beyond Prospect in some job: until then none
of their data goes to LinkedIn.
"""

import hashlib
import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from recruiter_api.enums import PROSPECT, JobStatus, LinkedInFeature, SyncEntity
from recruiter_server.db.models import (
    Application,
    Candidate,
    Feedback,
    Job,
    LinkedInOutbox,
    LinkedInSentRecord,
    Note,
    Stage,
    StageChange,
    SyncIndex,
    User,
)
from recruiter_server.db.types import utcnow
from recruiter_server.domain.linkedin.integration import connection, integration, is_on
from recruiter_server.linkedin.client import (
    Credentials,
    batches,
    ids_params,
    key_path,
    key_text,
)
from recruiter_server.linkedin.context import Context
from recruiter_server.linkedin.errors import LinkedInRefused, LinkedInUnavailable

log = logging.getLogger("recruiter.linkedin")

JOB = "job"
CANDIDATE = "candidate"
JOBS = "simpleJobPostings"
CANDIDATES = "atsCandidates"
APPLICATIONS = "atsApplications"
# Sub-resources, by (parent resource, child): the ledger's resource names.
CANDIDATE_NOTES = "atsCandidates/notes"
STAGES = "atsApplications/stages"
APPLICATION_NOTES = "atsApplications/notes"
FEEDBACK = "atsApplications/interviewFeedback"
_CHILDREN = {
    CANDIDATE_NOTES: (CANDIDATES, "notes"),
    STAGES: (APPLICATIONS, "stages"),
    APPLICATION_NOTES: (APPLICATIONS, "notes"),
    FEEDBACK: (APPLICATIONS, "interviewFeedback"),
}
_JOB_ENTITIES = (SyncEntity.JOB.value, SyncEntity.STAGE.value)
_CANDIDATE_ENTITIES = (
    SyncEntity.CANDIDATE.value,
    SyncEntity.APPLICATION.value,
    SyncEntity.STAGE_CHANGE.value,
    SyncEntity.NOTE.value,
    SyncEntity.FEEDBACK.value,
    SyncEntity.LINKEDIN_LINK.value,
)
_INDEX_PAGE = 5000
_SUBJECTS_A_ROUND = 100
_RECOMMENDATION = {"strong_no": "Strong no", "no": "No", "yes": "Yes", "strong_yes": "Strong yes"}


def _ms(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp() * 1000)


def _hash(record: Any) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, default=str).encode()).hexdigest()


# --- Queueing ---------------------------------------------------------------------------


def queue_changes(ctx: Context) -> int:
    """Queue the jobs and candidates changed since the last read of the sync index; how many
    index rows were read. With the indicator off, the position just moves on (turning it on
    runs the historical sync, which queues everything)."""
    with ctx.db.read_session() as session:
        start = connection(session).indicator_seq
        rows = session.execute(
            select(
                SyncIndex.seq,
                SyncIndex.entity,
                SyncIndex.entity_id,
                SyncIndex.job_id,
                SyncIndex.candidate_id,
            )
            .where(SyncIndex.seq > start)
            .order_by(SyncIndex.seq)
            .limit(_INDEX_PAGE)
        ).all()
    if not rows:
        return 0
    with ctx.db.write_session() as session:
        conn = connection(session)
        if conn.indicator_seq != start:
            return 0  # another process read these meanwhile
        if is_on(integration(session), LinkedInFeature.IN_ATS_INDICATOR):
            subjects: set[tuple[str, uuid.UUID]] = set()
            for _seq, entity, entity_id, job_id, candidate_id in rows:
                if entity == SyncEntity.JOB.value:
                    subjects.add((JOB, entity_id))
                elif entity == SyncEntity.STAGE.value and job_id is not None:
                    subjects.add((JOB, job_id))
                elif entity in _CANDIDATE_ENTITIES and candidate_id is not None:
                    subjects.add((CANDIDATE, candidate_id))
            enqueue(session, subjects)
        # Every row of the last seq read is in `rows` unless the page was cut in the middle
        # of one transaction: then that seq is read again next time.
        last = rows[-1].seq
        if len(rows) == _INDEX_PAGE and rows[0].seq != last:
            last -= 1
        conn.indicator_seq = last
        session.commit()
        return len(rows)


def enqueue(session: Session, subjects: Iterable[tuple[str, uuid.UUID]]) -> None:
    """Queue these subjects (again): due now, with a fresh count of attempts."""
    now = utcnow()
    for subject, subject_id in subjects:
        row = session.get(LinkedInOutbox, (subject, subject_id))
        if row is None:
            session.add(
                LinkedInOutbox(
                    subject=subject,
                    subject_id=subject_id,
                    queued_at=now,
                    attempts=0,
                    next_attempt_at=now,
                )
            )
        else:
            row.queued_at = now
            row.attempts = 0
            row.next_attempt_at = now
    session.flush()


def queue_everything(ctx: Context, history_days: int) -> int:
    """The historical sync's start: every job active or closed within `history_days`, and
    every candidate beyond Prospect; also moves the index position to now. How many."""
    with ctx.db.write_session() as session:
        since = utcnow() - timedelta(days=history_days)
        jobs = session.scalars(
            select(Job.id).where(
                or_(
                    Job.status == JobStatus.ACTIVE.value,
                    (Job.status == JobStatus.CLOSED.value)
                    & (func.coalesce(Job.closed_at, Job.created_at) >= since),
                )
            )
        ).all()
        candidates = session.scalars(_beyond_prospect_candidates()).all()
        connection(session).indicator_seq = int(
            session.execute(select(func.coalesce(func.max(SyncIndex.seq), 0))).scalar_one()
        )
        enqueue(session, [(JOB, j) for j in jobs] + [(CANDIDATE, c) for c in candidates])
        session.commit()
        return len(jobs) + len(candidates)


def _beyond_prospect_candidates() -> Any:
    return (
        select(StageChange.candidate_id)
        .join(Stage, Stage.id == StageChange.to_stage_id)
        .where(func.lower(Stage.name) != PROSPECT.lower())
        .distinct()
    )


def pending_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(LinkedInOutbox)).scalar_one())


# --- Draining -------------------------------------------------------------------------------


@dataclass
class Tally:
    sent: int = 0
    deleted: int = 0
    failed: int = 0
    subjects: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class _Desired:
    """What LinkedIn should hold for some subjects: (resource, record id) -> (parent, record)."""

    records: dict[tuple[str, str], tuple[str | None, dict[str, Any]]] = field(default_factory=dict)
    subject_of: dict[tuple[str, str], uuid.UUID] = field(default_factory=dict)


def drain(ctx: Context, *, limit: int | None = None) -> Tally:
    """Push the due subjects of the outbox, jobs before candidates; at most `limit`
    subjects (all when None)."""
    tally = Tally()
    while limit is None or tally.subjects < limit:
        started = utcnow()
        with ctx.db.read_session() as session:
            row = integration(session)
            if not is_on(row, LinkedInFeature.IN_ATS_INDICATOR):
                return tally
            organization = row.organization_urn or ""
            credentials = ctx.app_credentials(session)
            due = session.execute(
                select(LinkedInOutbox.subject, LinkedInOutbox.subject_id)
                .where(LinkedInOutbox.next_attempt_at <= utcnow())
                .order_by(LinkedInOutbox.subject.desc(), LinkedInOutbox.queued_at)
                .limit(_SUBJECTS_A_ROUND)
            ).all()
        if not due:
            return tally
        jobs = [i for s, i in due if s == JOB]
        round_subjects = [(JOB, j) for j in jobs] or [(CANDIDATE, i) for s, i in due]
        failures = _push(ctx, credentials, organization, round_subjects, tally)
        _settle(ctx, round_subjects, failures, started)
        tally.subjects += len(round_subjects)
    return tally


def _push(
    ctx: Context,
    credentials: Credentials,
    organization: str,
    subjects: Sequence[tuple[str, uuid.UUID]],
    tally: Tally,
) -> dict[uuid.UUID, str]:
    """Send one round of subjects (all jobs, or all candidates); failures by subject."""
    ids = [i for _s, i in subjects]
    with ctx.db.read_session() as session:
        desired = (
            _desired_jobs(session, ids, organization)
            if subjects[0][0] == JOB
            else _desired_candidates(session, ids)
        )
        sent = {
            (r.resource, r.record_id): r
            for r in session.scalars(
                select(LinkedInSentRecord).where(LinkedInSentRecord.subject_id.in_(ids))
            )
        }
        detached = {key: (r.parent_id, r.content_hash, r.subject_id) for key, r in sent.items()}
    failures: dict[uuid.UUID, str] = {}
    writes = defaultdict(list)
    for key, (parent, record) in desired.records.items():
        old = detached.get(key)
        if old is None or old[1] != _hash(record):
            writes[key[0]].append((key[1], parent, record))
    gone = [key for key in detached if key not in desired.records]
    done: list[tuple[str, str, str | None, uuid.UUID, str | None]] = []

    def fail(subject: uuid.UUID, message: str) -> None:
        failures.setdefault(subject, message)

    keys = _Keys(organization)
    for resource in (
        JOBS,
        CANDIDATES,
        APPLICATIONS,
        CANDIDATE_NOTES,
        STAGES,
        APPLICATION_NOTES,
        FEEDBACK,
    ):
        items = writes.get(resource, [])
        if not items:
            continue
        for record_id, error in _write(ctx, credentials, keys, resource, items).items():
            subject = desired.subject_of[(resource, record_id)]
            if error is None:
                parent, record = desired.records[(resource, record_id)]
                done.append((resource, record_id, parent, subject, _hash(record)))
                tally.sent += 1
            else:
                fail(subject, error)
    removed = _delete_gone(
        ctx, credentials, keys=keys, gone=gone, detached=detached, tally=tally, fail=fail
    )
    _record(ctx, done, removed)
    tally.failed += len(failures)
    tally.errors.extend(failures.values())
    return failures


def _delete_gone(
    ctx: Context,
    credentials: Credentials,
    *,
    keys: "_Keys",
    gone: list[tuple[str, str]],
    detached: dict[tuple[str, str], tuple[str | None, str, uuid.UUID]],
    tally: Tally,
    fail: Callable[[uuid.UUID, str], None],
) -> list[tuple[str, str]]:
    """Delete at LinkedIn the records that should no longer be there, children first (a
    deleted parent takes its children along); the ledger keys to forget."""
    removed: list[tuple[str, str]] = [key for key in gone if key[0] == JOBS]
    parents_gone = {key[1] for key in gone if key[0] in (APPLICATIONS, CANDIDATES)}
    for resource in (
        FEEDBACK,
        APPLICATION_NOTES,
        STAGES,
        CANDIDATE_NOTES,
        APPLICATIONS,
        CANDIDATES,
    ):
        doomed = [(key[1], detached[key][0]) for key in gone if key[0] == resource]
        removed.extend((resource, r) for r, p in doomed if p in parents_gone)
        todo = [(r, p) for r, p in doomed if p not in parents_gone]
        if not todo:
            continue
        for record_id, error in _delete(ctx, credentials, keys, resource, todo).items():
            if error is None:
                removed.append((resource, record_id))
                tally.deleted += 1
            else:
                fail(detached[(resource, record_id)][2], error)
    return removed


def _settle(
    ctx: Context,
    subjects: Sequence[tuple[str, uuid.UUID]],
    failures: dict[uuid.UUID, str],
    started: datetime,
) -> None:
    """Done subjects leave the outbox (unless queued again since `started`: the next round
    sends the newer data); failed ones wait longer each time."""
    now = utcnow()
    with ctx.db.write_session() as session:
        for subject, subject_id in subjects:
            row = session.get(LinkedInOutbox, (subject, subject_id))
            if row is None:
                continue
            error = failures.get(subject_id)
            if error is None:
                if row.queued_at > started:
                    continue
                session.delete(row)
            else:
                row.attempts += 1
                row.last_error = error[:2000]
                row.next_attempt_at = now + timedelta(
                    seconds=min(30 * 2 ** (row.attempts - 1), 3600)
                )
        session.commit()


def _record(
    ctx: Context,
    done: list[tuple[str, str, str | None, uuid.UUID, str | None]],
    removed: list[tuple[str, str]],
) -> None:
    if not done and not removed:
        return
    now = utcnow()
    with ctx.db.write_session() as session:
        for resource, record_id, parent, subject, content_hash in done:
            row = session.get(LinkedInSentRecord, (resource, record_id))
            if row is None:
                row = LinkedInSentRecord(resource=resource, record_id=record_id)
                session.add(row)
            row.subject_id = subject
            row.parent_id = parent
            row.content_hash = content_hash or ""
            row.sent_at = now
        for resource, record_id in removed:
            session.execute(
                delete(LinkedInSentRecord).where(
                    LinkedInSentRecord.resource == resource,
                    LinkedInSentRecord.record_id == record_id,
                )
            )
        session.commit()


# --- What LinkedIn should hold --------------------------------------------------------------


def _desired_jobs(session: Session, job_ids: list[uuid.UUID], organization: str) -> _Desired:
    desired = _Desired()
    sent = set(
        session.scalars(
            select(LinkedInSentRecord.record_id).where(
                LinkedInSentRecord.resource == JOBS,
                LinkedInSentRecord.record_id.in_([str(j) for j in job_ids]),
            )
        )
    )
    for job in session.scalars(select(Job).where(Job.id.in_(job_ids))):
        if job.status == JobStatus.DRAFT.value and str(job.id) not in sent:
            continue
        # LinkedIn keeps postings; a job no longer open is sent as CLOSED.
        state = "LISTED" if job.status == JobStatus.ACTIVE.value else "CLOSED"
        record = {
            "integrationContext": organization,
            "externalJobPostingId": str(job.id),
            "title": job.title[:200],
            "description": job.description or job.title,
            "location": job.location or "Not specified",
            "state": state,
            "availability": "PRIVATE_TO_ATS_INTEGRATION",
            "listedAt": _ms(job.opened_at or job.created_at),
        }
        desired.records[(JOBS, str(job.id))] = (None, record)
        desired.subject_of[(JOBS, str(job.id))] = job.id
    return desired


def _desired_candidates(session: Session, candidate_ids: list[uuid.UUID]) -> _Desired:
    desired = _Desired()
    in_scope = set(
        session.scalars(
            _beyond_prospect_candidates().where(StageChange.candidate_id.in_(candidate_ids))
        )
    )
    if not in_scope:
        return desired
    synced_jobs = {
        uuid.UUID(r)
        for r in session.scalars(
            select(LinkedInSentRecord.record_id).where(LinkedInSentRecord.resource == JOBS)
        )
    }
    names = {u.id: (u.first_name, u.last_name) for u in session.scalars(select(User))}
    stage_names: dict[uuid.UUID, str] = {}
    apps = list(session.scalars(select(Application).where(Application.candidate_id.in_(in_scope))))
    jobs = {
        j.id: j for j in session.scalars(select(Job).where(Job.id.in_({a.job_id for a in apps})))
    }
    for stage in session.scalars(select(Stage).where(Stage.job_id.in_(list(jobs)))):
        stage_names[stage.id] = stage.name
    candidates = {
        c.id: c for c in session.scalars(select(Candidate).where(Candidate.id.in_(in_scope)))
    }

    def put(
        resource: str,
        record_id: uuid.UUID,
        parent: uuid.UUID | None,
        subject: uuid.UUID,
        record: dict[str, Any],
    ) -> None:
        key = (resource, str(record_id))
        desired.records[key] = (None if parent is None else str(parent), record)
        desired.subject_of[key] = subject

    def author(user_id: uuid.UUID | None) -> dict[str, str] | None:
        if user_id is None or user_id not in names:
            return None
        first, last = names[user_id]
        return {"firstName": first, "lastName": last}

    for candidate in candidates.values():
        record: dict[str, Any] = {
            "firstName": candidate.first_name,
            "lastName": candidate.last_name or None,
            "emailAddresses": [candidate.email] if candidate.email else [],
            "phoneNumbers": [{"number": candidate.phone}] if candidate.phone else [],
            "atsCreatedAt": _ms(candidate.created_at),
        }
        if candidate.linkedin_member_id:
            record["manualMatchedMember"] = f"urn:li:person:{candidate.linkedin_member_id}"
        put(
            CANDIDATES,
            candidate.id,
            None,
            candidate.id,
            {k: v for k, v in record.items() if v is not None},
        )
    for app in apps:
        job = jobs.get(app.job_id)
        if job is None or app.job_id not in synced_jobs:
            continue
        stage_name = stage_names.get(app.stage_id, "")
        shown = stage_name if app.status == "active" else f"{stage_name} ({app.status})"
        record = {
            "atsCandidateId": str(app.candidate_id),
            "atsJobPostingId": str(app.job_id),
            "atsJobPostingName": job.title[:200],
            "atsCreatedAt": _ms(app.applied_at),
            "source": candidates[app.candidate_id].source,
            "stage": shown,
        }
        if app.reject_reason:
            record["dispositionReason"] = app.reject_reason
        put(APPLICATIONS, app.id, None, app.candidate_id, record)
    app_ids = {a.id for a in apps if a.job_id in synced_jobs}
    _desired_children(
        session, in_scope=in_scope, app_ids=app_ids, stage_names=stage_names, put=put, author=author
    )
    return desired


def _desired_children(
    session: Session,
    *,
    in_scope: set[uuid.UUID],
    app_ids: set[uuid.UUID],
    stage_names: dict[uuid.UUID, str],
    put: Callable[[str, uuid.UUID, uuid.UUID | None, uuid.UUID, dict[str, Any]], None],
    author: Callable[[uuid.UUID | None], dict[str, str] | None],
) -> None:
    """The stage history, notes and interview feedback of the candidates' applications."""
    for change in session.scalars(
        select(StageChange).where(StageChange.application_id.in_(app_ids))
    ):
        name = stage_names.get(change.to_stage_id, "")
        words = {
            "created": name,
            "moved": name,
            "rejected": f"Rejected in {name}",
            "withdrawn": f"Withdrew in {name}",
            "hired": f"Hired ({name})",
        }
        text = words.get(change.action, name)
        if change.reason:
            text = f"{text}: {change.reason}"
        put(
            STAGES,
            change.id,
            change.application_id,
            change.candidate_id,
            {"stage": text[:500], "atsCreatedAt": _ms(change.changed_at)},
        )
    for note in session.scalars(select(Note).where(Note.candidate_id.in_(in_scope))):
        record: dict[str, Any] = {"note": note.body, "atsCreatedAt": _ms(note.created_at)}
        if author(note.author_id):
            record["author"] = author(note.author_id)
        if note.application_id is not None and note.application_id in app_ids:
            put(APPLICATION_NOTES, note.id, note.application_id, note.candidate_id, record)
        else:
            put(CANDIDATE_NOTES, note.id, note.candidate_id, note.candidate_id, record)
    for item in session.scalars(select(Feedback).where(Feedback.application_id.in_(app_ids))):
        review: dict[str, Any] = {
            "feedback": item.comments or None,
            "evaluations": [
                {"attribute": "Rating", "result": f"{item.rating} of 4"},
                {
                    "attribute": "Recommendation",
                    "result": _RECOMMENDATION.get(item.recommendation, item.recommendation),
                },
            ],
            "interviewer": author(item.interviewer_id),
            "atsCreatedAt": _ms(item.submitted_at),
            "atsLastModifiedAt": _ms(item.updated_at),
        }
        put(
            FEEDBACK,
            item.id,
            item.application_id,
            item.candidate_id,
            {k: v for k, v in review.items() if v is not None},
        )


# --- Calls ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Keys:
    organization: str

    def of(self, resource: str, record_id: str) -> dict[str, str]:
        field_name = "atsCandidateId" if resource == CANDIDATES else "atsJobApplicationId"
        return {
            field_name: record_id,
            "dataProvider": "ATS",
            "integrationContext": self.organization,
        }


def _write(
    ctx: Context,
    credentials: Credentials,
    keys: _Keys,
    resource: str,
    items: list[tuple[str, str | None, dict[str, Any]]],
) -> dict[str, str | None]:
    """Send records; each record id -> None (sent) or the error in words."""
    outcome: dict[str, str | None] = {}
    if resource == JOBS:
        for chunk in batches(items):
            try:
                answer = ctx.client.call(
                    "POST",
                    "/v2/simpleJobPostings",
                    app=credentials,
                    headers={"X-RestLi-Method": "batch_create"},
                    json={"elements": [record for _r, _p, record in chunk]},
                    what="send jobs to LinkedIn",
                )
            except (LinkedInRefused, LinkedInUnavailable) as exc:
                outcome.update({r: exc.detail for r, _p, _rec in chunk})
                continue
            for (record_id, _p, _rec), element in zip(
                chunk, answer.get("elements", []), strict=False
            ):
                ok = int(element.get("status", 500)) < 300
                outcome[record_id] = None if ok else _element_error(element, "the job")
        return outcome
    if resource in (CANDIDATES, APPLICATIONS):
        for chunk in batches(items):
            entities = {key_text(keys.of(resource, r)): record for r, _p, record in chunk}
            record_of = {key_text(keys.of(resource, r)): r for r, _p, _rec in chunk}
            outcome.update(
                _batch(ctx, credentials, f"/v2/{resource}", entities=entities, record_of=record_of)
            )
        return outcome
    parent_resource, child = _CHILDREN[resource]
    by_parent: dict[str | None, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for record_id, parent, record in items:
        by_parent[parent].append((record_id, record))
    for parent, records in by_parent.items():
        path = f"/v2/{parent_resource}/{key_path(keys.of(parent_resource, parent or ''))}/{child}"
        for part in batches(records):
            entities = {r: record for r, record in part}
            record_of = {r: r for r, _ in part}
            outcome.update(_batch(ctx, credentials, path, entities=entities, record_of=record_of))
    return outcome


def _delete(
    ctx: Context,
    credentials: Credentials,
    keys: _Keys,
    resource: str,
    items: list[tuple[str, str | None]],
) -> dict[str, str | None]:
    outcome: dict[str, str | None] = {}
    if resource in (CANDIDATES, APPLICATIONS):
        for chunk in batches(items):
            params = ids_params([keys.of(resource, r) for r, _p in chunk])
            outcome.update(
                _batch_delete(ctx, credentials, f"/v2/{resource}", params, [r for r, _ in chunk])
            )
        return outcome
    parent_resource, child = _CHILDREN[resource]
    by_parent: dict[str | None, list[str]] = defaultdict(list)
    for record_id, parent in items:
        by_parent[parent].append(record_id)
    for parent, records in by_parent.items():
        path = f"/v2/{parent_resource}/{key_path(keys.of(parent_resource, parent or ''))}/{child}"
        for ids in batches(records):
            outcome.update(
                _batch_delete(ctx, credentials, path, [("ids", r) for r in ids], list(ids))
            )
    return outcome


def _batch(
    ctx: Context,
    credentials: Credentials,
    path: str,
    *,
    entities: dict[str, Any],
    record_of: dict[str, str],
) -> dict[str, str | None]:
    """A batch_update (PUT): each record id -> None or the error in words."""
    try:
        answer = ctx.client.call(
            "PUT",
            path,
            app=credentials,
            json={"entities": entities},
            what="send the In-ATS indicator's data",
        )
    except LinkedInRefused as exc:
        # The parent record may be gone at LinkedIn: the whole batch failed.
        return {record: exc.detail for record in record_of.values()}
    except LinkedInUnavailable as exc:
        return {record: exc.detail for record in record_of.values()}
    errors = answer.get("errors") or {}
    return {
        record: (_element_error(errors[key], "a record") if key in errors else None)
        for key, record in record_of.items()
    }


def _batch_delete(
    ctx: Context, credentials: Credentials, path: str, params: Any, records: list[str]
) -> dict[str, str | None]:
    try:
        answer = ctx.client.call(
            "DELETE", path, app=credentials, params=params, what="delete In-ATS indicator data"
        )
    except LinkedInRefused as exc:
        if exc.status_code == 404:
            return dict.fromkeys(records)
        return {record: exc.detail for record in records}
    except LinkedInUnavailable as exc:
        return {record: exc.detail for record in records}
    failed = answer.get("errors") or {}
    return {
        record: (None if not failed else _element_error(next(iter(failed.values())), "a delete"))
        for record in records
    }


def _element_error(element: Any, what: str) -> str:
    if isinstance(element, dict):
        inner = element.get("error", element)
        message = inner.get("message") if isinstance(inner, dict) else None
        if message:
            return f"LinkedIn refused {what}: {message}"
    return f"LinkedIn refused {what}."


def summary(session: Session) -> tuple[int, int, int, str | None]:
    """(waiting, failing, records sent, the latest error) for the admins."""
    waiting = pending_count(session)
    failing = int(
        session.execute(
            select(func.count()).select_from(LinkedInOutbox).where(LinkedInOutbox.attempts > 0)
        ).scalar_one()
    )
    sent = int(session.execute(select(func.count()).select_from(LinkedInSentRecord)).scalar_one())
    error = session.scalars(
        select(LinkedInOutbox.last_error)
        .where(LinkedInOutbox.last_error.is_not(None))
        .order_by(LinkedInOutbox.next_attempt_at.desc())
        .limit(1)
    ).first()
    return waiting, failing, sent, error
