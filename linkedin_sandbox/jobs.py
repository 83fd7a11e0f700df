"""`simpleJobPostings` and `simpleJobPostingTasks`: the jobs an ATS instance syncs to LinkedIn.

A batch_create answers one task id per posting (status 202); the task is IN_PROGRESS for
`job_task_seconds`, then SUCCEEDED, and only then does Recruiter's contact card find the job.
Posting an existing `externalJobPostingId` again updates it; `state: CLOSED` (or
`jobPostingOperationType: CLOSE`) closes it.
"""

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import Connection, insert, select, update

from linkedin_sandbox import db
from linkedin_sandbox.deps import ApplicationDep, SandboxDep
from linkedin_sandbox.errors import ApiError, describe_validation_errors
from linkedin_sandbox.integrations import IN_ATS_INDICATOR, ONE_CLICK_EXPORT, require_enabled
from linkedin_sandbox.restli import EpochMs, batch_answer, check_batch_size, simple_ids
from linkedin_sandbox.world import CustomerApp

router = APIRouter(prefix="/v2", tags=["simpleJobPostings"])

LISTED = "LISTED"
CLOSED = "CLOSED"


class JobPosting(BaseModel):
    """One posting as the ATS sends it (LinkedIn's required fields for RSC)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    integrationContext: str
    externalJobPostingId: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(min_length=1)
    location: str | None = None
    countryCode: str | None = None
    postalCode: str | None = None
    state: Literal["LISTED", "CLOSED"]
    availability: Literal["PUBLIC", "PRIVATE_TO_ATS_INTEGRATION"] = "PUBLIC"
    companyApplyUrl: str | None = None
    listedAt: EpochMs | None = None
    jobPostingOperationType: Literal["CREATE", "UPDATE", "CLOSE", "RENEW"] | None = None
    employmentStatus: str | None = None
    workplaceTypes: list[str] | None = None

    @model_validator(mode="after")
    def _where(self) -> "JobPosting":
        if not self.location and not (self.countryCode and self.postalCode):
            raise ValueError("give location, or countryCode and postalCode")
        return self


def _task_json(row: Any, now: int) -> dict[str, Any]:
    return {
        "id": row.id,
        "status": "SUCCEEDED" if row.done_at <= now else "IN_PROGRESS",
        "externalJobPostingId": row.external_id,
    }


def _store_posting(conn: Connection, app: CustomerApp, posting: JobPosting, delay_ms: int) -> str:
    now = db.now_ms()
    if posting.integrationContext != app.organization_urn:
        raise ApiError(
            400,
            f"integrationContext must be {app.organization_urn}, the organization of {app.name}",
        )
    state = CLOSED if posting.jobPostingOperationType == "CLOSE" else posting.state
    data = posting.model_dump(exclude_none=True) | {"state": state}
    existing = conn.execute(
        select(db.jobs)
        .where(db.jobs.c.app_id == app.id)
        .where(db.jobs.c.external_id == posting.externalJobPostingId)
    ).first()
    if existing is None:
        conn.execute(
            insert(db.jobs).values(
                app_id=app.id,
                external_id=posting.externalJobPostingId,
                title=posting.title,
                state=state,
                data=data,
                visible_at=now + delay_ms,
                updated_at=now,
            )
        )
    else:
        conn.execute(
            update(db.jobs)
            .where(db.jobs.c.app_id == app.id)
            .where(db.jobs.c.external_id == posting.externalJobPostingId)
            .values(title=posting.title, state=state, data=data, updated_at=now)
        )
    task_id = str(uuid.uuid4())
    conn.execute(
        insert(db.job_tasks).values(
            id=task_id,
            app_id=app.id,
            external_id=posting.externalJobPostingId,
            created_at=now,
            done_at=now + delay_ms,
        )
    )
    return task_id


@router.post("/simpleJobPostings")
def create_postings(
    request: Request,
    body: Annotated[dict[str, Any], Body()],
    sandbox: SandboxDep,
    app: ApplicationDep,
) -> dict[str, Any]:
    """batch_create: `{"elements": [POSTING, ...]}` -> `{"elements": [{"status", "id"}]}`."""
    method = request.headers.get("x-restli-method", "batch_create").lower()
    if method != "batch_create":
        raise ApiError(400, "POST on simpleJobPostings is a batch_create (x-restli-method)")
    elements = body.get("elements")
    if not isinstance(elements, list):
        raise ApiError(400, 'The body must be {"elements": [POSTING, ...]}')
    check_batch_size(len(elements), sandbox.settings.batch_limit)
    with sandbox.store.read() as conn:
        require_enabled(conn, app, ONE_CLICK_EXPORT, IN_ATS_INDICATOR)
    sandbox.limits.take_records(app.id, len(elements))
    delay_ms = int(sandbox.settings.job_task_seconds * 1000)
    answers: list[dict[str, Any]] = []
    with sandbox.store.write() as conn:
        for element in elements:
            try:
                posting = JobPosting.model_validate(element)
            except ValidationError as exc:
                error = ApiError(400, describe_validation_errors(exc.errors()))
                answers.append({"status": 400, "error": error.body()})
                continue
            try:
                task_id = _store_posting(conn, app, posting, delay_ms)
            except ApiError as error:
                answers.append({"status": error.status, "error": error.body()})
                continue
            answers.append({"status": 202, "id": task_id})
    return {"elements": answers}


@router.get("/simpleJobPostingTasks")
def get_tasks(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    """batch_get: `?ids=TASK&ids=TASK` -> `{"results": {TASK: {"id", "status", ...}}}`."""
    wanted = simple_ids(request)
    if not wanted:
        raise ApiError(400, "Give the task ids as ids=TASK")
    now = db.now_ms()
    results: dict[str, Any] = {}
    errors: dict[str, ApiError] = {}
    with sandbox.store.read() as conn:
        for task_id in wanted:
            row = conn.execute(select(db.job_tasks).where(db.job_tasks.c.id == task_id)).first()
            if row is None or row.app_id != app.id:
                errors[task_id] = ApiError(404, f"No simpleJobPostingTask {task_id}")
            else:
                results[task_id] = _task_json(row, now)
    answer = batch_answer(results, errors)
    answer["statuses"] = {task_id: 200 for task_id in results}
    return answer


def visible_jobs(conn: Connection, app_id: int, now: int) -> list[Any]:
    """The app's jobs that LinkedIn has finished processing, listed or closed."""
    query = (
        select(db.jobs)
        .where(db.jobs.c.app_id == app_id)
        .where(db.jobs.c.visible_at <= now)
        .order_by(db.jobs.c.title, db.jobs.c.external_id)
    )
    return list(conn.execute(query))


def job_json(row: Any) -> dict[str, Any]:
    return {
        "externalJobPostingId": row.external_id,
        "title": row.title,
        "state": row.state,
        "location": row.data.get("location"),
    }
