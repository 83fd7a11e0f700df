"""What the ATS writes for the In-ATS indicator: `atsCandidates` (+ `/notes`) and
`atsApplications` (+ `/stages`, `/notes`, `/interviewFeedback`), with their deletes.

Writes are Rest.li batches of at most `batch_limit` records, counted against the records-per-
minute throttle: PUT = batch_update (a record is replaced whole), POST = batch_partial_update
(`{"patch": {"$set": {...}, "$delete": [...]}}`), DELETE = batch_delete (idempotent), GET =
batch_get. Candidates answer `matchedMembers`, the members whose e-mail address is one of the
candidate's (computed when read, so members added later match too), and `manualMatchedMember`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from sqlalchemy import Connection, Table, delete, insert, select

from linkedin_sandbox import db
from linkedin_sandbox.deps import ApplicationDep, Sandbox, SandboxDep
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.integrations import IN_ATS_INDICATOR, PROFILE_PLUGIN, require_enabled
from linkedin_sandbox.record_shapes import (
    Application,
    Candidate,
    InterviewFeedback,
    Note,
    Stage,
    Strict,
    validated,
)
from linkedin_sandbox.restli import (
    Key,
    batch_answer,
    check_batch_size,
    check_query_ids_match,
    compound_ids,
    entities_of,
    key_text,
    parse_key,
    simple_ids,
)
from linkedin_sandbox.world import CustomerApp, member_by_id

router = APIRouter(prefix="/v2", tags=["ATS records"])

JsonBody = Annotated[dict[str, Any], Body()]


def _member_id_of(conn: Connection, urn: str) -> str:
    member_id = urn.removeprefix("urn:li:person:")
    if member_id == urn or member_by_id(conn, member_id) is None:
        raise ApiError(
            400, f"manualMatchedMember {urn} is not a LinkedIn member (urn:li:person:ID)"
        )
    return member_id


def matched_members(conn: Connection, emails: list[str]) -> list[str]:
    """URNs of the members whose e-mail address is one of these (lower-cased) addresses."""
    if not emails:
        return []
    query = select(db.members.c.id).where(db.members.c.email.in_(emails)).order_by(db.members.c.id)
    return [f"urn:li:person:{member_id}" for member_id in conn.execute(query).scalars()]


def _row(conn: Connection, table: Table, app_id: int, ats_id: str) -> Any:
    query = select(table).where(table.c.app_id == app_id).where(table.c.ats_id == ats_id)
    return conn.execute(query).first()


def _store_candidate(conn: Connection, app: CustomerApp, ats_id: str, data: Any, now: int) -> None:
    candidate: Candidate = validated(Candidate, data)
    manual = None
    if candidate.manualMatchedMember:
        manual = _member_id_of(conn, candidate.manualMatchedMember)
    emails = sorted({address.strip().lower() for address in candidate.emailAddresses})
    conn.execute(
        insert(db.ats_candidates)
        .prefix_with("OR REPLACE")
        .values(
            app_id=app.id,
            ats_id=ats_id,
            data=candidate.model_dump(exclude_none=True),
            emails=emails,
            manual_member_id=manual,
            updated_at=now,
        )
    )


def _show_candidate(conn: Connection, row: Any) -> dict[str, Any]:
    record = dict(row.data)
    record["matchedMembers"] = matched_members(conn, list(row.emails))
    record["manualMatchedMember"] = (
        None if row.manual_member_id is None else f"urn:li:person:{row.manual_member_id}"
    )
    return record


def _store_application(
    conn: Connection, app: CustomerApp, ats_id: str, data: Any, now: int
) -> None:
    application: Application = validated(Application, data)
    if _row(conn, db.ats_candidates, app.id, application.atsCandidateId) is None:
        raise ApiError(
            400, f"atsCandidateId {application.atsCandidateId} has not been synced to atsCandidates"
        )
    job = conn.execute(
        select(db.jobs.c.external_id)
        .where(db.jobs.c.app_id == app.id)
        .where(db.jobs.c.external_id == application.atsJobPostingId)
    ).first()
    if job is None:
        raise ApiError(
            400,
            f"atsJobPostingId {application.atsJobPostingId} has not been synced to "
            "simpleJobPostings",
        )
    conn.execute(
        insert(db.ats_applications)
        .prefix_with("OR REPLACE")
        .values(
            app_id=app.id,
            ats_id=ats_id,
            candidate_ats_id=application.atsCandidateId,
            job_ats_id=application.atsJobPostingId,
            data=application.model_dump(exclude_none=True),
            updated_at=now,
        )
    )


def _delete_children(conn: Connection, app_id: int, parent_kind: str, parent_id: str) -> None:
    conn.execute(
        delete(db.ats_children)
        .where(db.ats_children.c.app_id == app_id)
        .where(db.ats_children.c.parent_kind == parent_kind)
        .where(db.ats_children.c.parent_id == parent_id)
    )


def _remove_application(conn: Connection, app: CustomerApp, ats_id: str) -> None:
    _delete_children(conn, app.id, "application", ats_id)
    conn.execute(
        delete(db.ats_applications)
        .where(db.ats_applications.c.app_id == app.id)
        .where(db.ats_applications.c.ats_id == ats_id)
    )


def _remove_candidate(conn: Connection, app: CustomerApp, ats_id: str) -> None:
    """A deleted candidate takes its notes and applications with it."""
    _delete_children(conn, app.id, "candidate", ats_id)
    applications = conn.execute(
        select(db.ats_applications.c.ats_id)
        .where(db.ats_applications.c.app_id == app.id)
        .where(db.ats_applications.c.candidate_ats_id == ats_id)
    ).scalars()
    for application_id in list(applications):
        _remove_application(conn, app, application_id)
    conn.execute(
        delete(db.ats_candidates)
        .where(db.ats_candidates.c.app_id == app.id)
        .where(db.ats_candidates.c.ats_id == ats_id)
    )


@dataclass(frozen=True)
class RecordKind:
    resource: str
    parent_kind: str
    id_field: str
    table: Table
    store: Callable[[Connection, CustomerApp, str, Any, int], None]
    show: Callable[[Connection, Any], dict[str, Any]]
    remove: Callable[[Connection, CustomerApp, str], None]
    children: dict[str, type[Strict]]

    @property
    def key_fields(self) -> tuple[str, str, str]:
        return (self.id_field, "dataProvider", "integrationContext")


CANDIDATES = RecordKind(
    resource="atsCandidates",
    parent_kind="candidate",
    id_field="atsCandidateId",
    table=db.ats_candidates,
    store=_store_candidate,
    show=_show_candidate,
    remove=_remove_candidate,
    children={"notes": Note},
)
APPLICATIONS = RecordKind(
    resource="atsApplications",
    parent_kind="application",
    id_field="atsJobApplicationId",
    table=db.ats_applications,
    store=_store_application,
    show=lambda _conn, row: dict(row.data),
    remove=_remove_application,
    children={"stages": Stage, "notes": Note, "interviewFeedback": InterviewFeedback},
)


def record_id(kind: RecordKind, app: CustomerApp, key: Key) -> str:
    """The ATS id named by a record key; ApiError when the key is not this app's."""
    missing = [f for f in kind.key_fields if f not in key]
    if missing:
        raise ApiError(400, f"The key lacks {', '.join(missing)}")
    if key["dataProvider"] != "ATS":
        raise ApiError(400, "dataProvider must be ATS")
    if key["integrationContext"] != app.organization_urn:
        raise ApiError(
            400,
            f"integrationContext must be {app.organization_urn}, the organization of {app.name}",
        )
    if not key[kind.id_field]:
        raise ApiError(400, f"{kind.id_field} must not be empty")
    return key[kind.id_field]


def _apply_patch(old: dict[str, Any], entity: Any) -> dict[str, Any]:
    if not isinstance(entity, dict) or not isinstance(entity.get("patch"), dict):
        raise ApiError(400, 'Each entity must be {"patch": {"$set": {...}, "$delete": [...]}}')
    patch = entity["patch"]
    changes = patch.get("$set", {})
    removed = patch.get("$delete", [])
    if not isinstance(changes, dict) or not isinstance(removed, list):
        raise ApiError(400, "$set must be an object and $delete a list of field names")
    return {k: v for k, v in old.items() if k not in removed} | changes


def _batch_write(
    kind: RecordKind,
    request: Request,
    body: dict[str, Any],
    sandbox: Sandbox,
    app: CustomerApp,
    *,
    partial: bool,
) -> dict[str, Any]:
    entities = entities_of(body)
    check_batch_size(len(entities), sandbox.settings.batch_limit)
    keys = {text: parse_key(text) for text in entities}
    check_query_ids_match(request, keys.values())
    with sandbox.store.read() as conn:
        require_enabled(conn, app, IN_ATS_INDICATOR)
    sandbox.limits.take_records(app.id, len(entities))
    results: dict[str, Any] = {}
    errors: dict[str, ApiError] = {}
    with sandbox.store.write() as conn:
        now = db.now_ms()
        for text, key in keys.items():
            try:
                ats_id = record_id(kind, app, key)
                data = entities[text]
                if partial:
                    row = _row(conn, kind.table, app.id, ats_id)
                    if row is None:
                        raise ApiError(404, f"No {kind.resource} record {text} to patch")
                    old = dict(row.data)
                    if kind is CANDIDATES and row.manual_member_id is not None:
                        old["manualMatchedMember"] = f"urn:li:person:{row.manual_member_id}"
                    data = _apply_patch(old, data)
                kind.store(conn, app, ats_id, data, now)
                results[text] = {"status": 204}
            except ApiError as error:
                errors[text] = error
    return batch_answer(results, errors)


def _add_routes(kind: RecordKind) -> None:
    path = f"/{kind.resource}"

    @router.put(path, name=f"{kind.resource}-batch_update")
    def batch_update(
        request: Request, body: JsonBody, sandbox: SandboxDep, app: ApplicationDep
    ) -> dict[str, Any]:
        return _batch_write(kind, request, body, sandbox, app, partial=False)

    @router.post(path, name=f"{kind.resource}-batch_partial_update")
    def batch_partial_update(
        request: Request, body: JsonBody, sandbox: SandboxDep, app: ApplicationDep
    ) -> dict[str, Any]:
        return _batch_write(kind, request, body, sandbox, app, partial=True)

    @router.get(path, name=f"{kind.resource}-batch_get")
    def batch_get(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
        keys = compound_ids(request)
        if not keys:
            raise ApiError(400, f"Give ids[0].{kind.id_field}=...&ids[0].dataProvider=ATS&...")
        results: dict[str, Any] = {}
        errors: dict[str, ApiError] = {}
        with sandbox.store.read() as conn:
            require_enabled(conn, app, IN_ATS_INDICATOR, PROFILE_PLUGIN)
            for key in keys:
                text = key_text(kind.key_fields, key) if set(kind.key_fields) <= set(key) else ""
                try:
                    ats_id = record_id(kind, app, key)
                    row = _row(conn, kind.table, app.id, ats_id)
                    if row is None:
                        raise ApiError(404, f"No {kind.resource} record {text}")
                    results[text] = kind.show(conn, row)
                except ApiError as error:
                    errors[text or str(key)] = error
        answer = batch_answer(results, errors)
        answer["statuses"] = {text: 200 for text in results}
        return answer

    @router.delete(path, name=f"{kind.resource}-batch_delete")
    def batch_delete(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
        keys = compound_ids(request)
        check_batch_size(len(keys), sandbox.settings.batch_limit)
        with sandbox.store.read() as conn:
            require_enabled(conn, app, IN_ATS_INDICATOR)
        sandbox.limits.take_records(app.id, len(keys))
        results: dict[str, Any] = {}
        errors: dict[str, ApiError] = {}
        with sandbox.store.write() as conn:
            for key in keys:
                text = key_text(kind.key_fields, key) if set(kind.key_fields) <= set(key) else ""
                try:
                    kind.remove(conn, app, record_id(kind, app, key))
                    results[text] = {"status": 204}
                except ApiError as error:
                    errors[text or str(key)] = error
        return batch_answer(results, errors)


def _parent(
    conn: Connection, kind: RecordKind, app: CustomerApp, key: str, child: str
) -> tuple[str, type[Strict]]:
    """The ATS id of the record whose sub-resource `child` is written, and the child's model."""
    model = kind.children.get(child)
    if model is None:
        raise ApiError(404, f"{kind.resource} has no {child}; it has {', '.join(kind.children)}")
    ats_id = record_id(kind, app, parse_key(key))
    if _row(conn, kind.table, app.id, ats_id) is None:
        raise ApiError(404, f"No {kind.resource} record {key}")
    return ats_id, model


def _add_child_routes(kind: RecordKind) -> None:
    child_path = f"/{kind.resource}/{{key}}/{{child}}"

    def parent(
        conn: Connection, app: CustomerApp, key: str, child: str
    ) -> tuple[str, type[Strict]]:
        return _parent(conn, kind, app, key, child)

    @router.put(child_path, name=f"{kind.resource}-children-batch_update")
    def put_children(
        *,
        key: str,
        child: str,
        request: Request,
        body: JsonBody,
        sandbox: SandboxDep,
        app: ApplicationDep,
    ) -> dict[str, Any]:
        entities = entities_of(body)
        check_batch_size(len(entities), sandbox.settings.batch_limit)
        wanted = simple_ids(request)
        if wanted and set(wanted) != set(entities):
            raise ApiError(400, "The ids in the query are not the keys of the body's entities")
        with sandbox.store.read() as conn:
            require_enabled(conn, app, IN_ATS_INDICATOR)
            parent(conn, app, key, child)
        sandbox.limits.take_records(app.id, len(entities))
        results: dict[str, Any] = {}
        errors: dict[str, ApiError] = {}
        with sandbox.store.write() as conn:
            ats_id, model = parent(conn, app, key, child)
            now = db.now_ms()
            for record, data in entities.items():
                try:
                    value = validated(model, data)
                    conn.execute(
                        insert(db.ats_children)
                        .prefix_with("OR REPLACE")
                        .values(
                            app_id=app.id,
                            parent_kind=kind.parent_kind,
                            parent_id=ats_id,
                            kind=child,
                            record_id=record,
                            data=value.model_dump(exclude_none=True),
                            updated_at=now,
                        )
                    )
                    results[record] = {"status": 204}
                except ApiError as error:
                    errors[record] = error
        return batch_answer(results, errors)

    @router.delete(child_path, name=f"{kind.resource}-children-batch_delete")
    def delete_children(
        key: str, child: str, request: Request, sandbox: SandboxDep, app: ApplicationDep
    ) -> dict[str, Any]:
        records = simple_ids(request)
        check_batch_size(len(records), sandbox.settings.batch_limit)
        with sandbox.store.read() as conn:
            require_enabled(conn, app, IN_ATS_INDICATOR)
        sandbox.limits.take_records(app.id, len(records))
        with sandbox.store.write() as conn:
            ats_id, _ = parent(conn, app, key, child)
            conn.execute(
                delete(db.ats_children)
                .where(db.ats_children.c.app_id == app.id)
                .where(db.ats_children.c.parent_kind == kind.parent_kind)
                .where(db.ats_children.c.parent_id == ats_id)
                .where(db.ats_children.c.kind == child)
                .where(db.ats_children.c.record_id.in_(records))
            )
        return batch_answer({record: {"status": 204} for record in records}, {})

    @router.get(child_path, name=f"{kind.resource}-children-get_all")
    def get_children(
        key: str, child: str, sandbox: SandboxDep, app: ApplicationDep
    ) -> dict[str, Any]:
        with sandbox.store.read() as conn:
            require_enabled(conn, app, IN_ATS_INDICATOR)
            ats_id, _ = parent(conn, app, key, child)
            rows = children_of(conn, app.id, kind.parent_kind, ats_id, child)
        elements = [{"id": row.record_id, **row.data} for row in rows]
        total = len(elements)
        return {"elements": elements, "paging": {"start": 0, "count": total, "total": total}}


def children_of(
    conn: Connection, app_id: int, parent_kind: str, parent_id: str, child: str
) -> list[Any]:
    query = (
        select(db.ats_children)
        .where(db.ats_children.c.app_id == app_id)
        .where(db.ats_children.c.parent_kind == parent_kind)
        .where(db.ats_children.c.parent_id == parent_id)
        .where(db.ats_children.c.kind == child)
        .order_by(db.ats_children.c.record_id)
    )
    return list(conn.execute(query))


for _kind in (CANDIDATES, APPLICATIONS):
    _add_routes(_kind)
    _add_child_routes(_kind)
