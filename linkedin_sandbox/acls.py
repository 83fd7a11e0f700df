"""`atsEntityAcls` and `atsEntityAclAssignees`: which Recruiter users see which job's data.

An ACL names a job (`atsEntityType=JOB_POSTING`, `atsEntityId`); its assignees are members
(`urn:li:person:ID`). Unless the instance's configuration JOB_POSTING_VIEWERS (for finding the
job when exporting) or APPLICATION_VIEWERS (for the In-ATS indicator) is ALL_PRODUCT_USERS,
only the assignees of an ACL of the job see it.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from sqlalchemy import Connection, delete, insert, select

from linkedin_sandbox import db
from linkedin_sandbox.deps import ApplicationDep, Sandbox, SandboxDep
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.integrations import (
    ALL_PRODUCT_USERS,
    IN_ATS_INDICATOR,
    ONE_CLICK_EXPORT,
    configuration,
    require_enabled,
)
from linkedin_sandbox.restli import (
    Key,
    batch_answer,
    check_batch_size,
    check_query_ids_match,
    compound_ids,
    entities_of,
    finder_page,
    key_text,
    paging_params,
    parse_key,
    required_param,
)
from linkedin_sandbox.world import CustomerApp

router = APIRouter(prefix="/v2", tags=["ACLs"])

ACL_KEY = ("atsEntityAclId", "dataProvider", "integrationContext", "atsEntityType", "atsEntityId")
ASSIGNEE_KEY = ("atsEntityAclId", "dataProvider", "integrationContext", "atsEntityType", "assignee")


def _check(app: CustomerApp, key: Key, fields: tuple[str, ...]) -> None:
    missing = [f for f in fields if not key.get(f)]
    if missing:
        raise ApiError(400, f"The key lacks {', '.join(missing)}")
    if key["dataProvider"] != "ATS" or key["atsEntityType"] != "JOB_POSTING":
        raise ApiError(400, "dataProvider must be ATS and atsEntityType JOB_POSTING")
    if key["integrationContext"] != app.organization_urn:
        raise ApiError(400, f"integrationContext must be {app.organization_urn}")
    if "assignee" in fields and not key["assignee"].startswith("urn:li:person:"):
        raise ApiError(400, "assignee must be a urn:li:person:ID")


def _write(
    request: Request,
    body: dict[str, Any],
    sandbox: Sandbox,
    app: CustomerApp,
    *,
    fields: tuple[str, ...],
    store: Any,
) -> dict[str, Any]:
    entities = entities_of(body)
    check_batch_size(len(entities), sandbox.settings.batch_limit)
    keys = {text: parse_key(text) for text in entities}
    check_query_ids_match(request, keys.values())
    with sandbox.store.read() as conn:
        require_enabled(conn, app, ONE_CLICK_EXPORT, IN_ATS_INDICATOR)
    sandbox.limits.take_records(app.id, len(entities))
    results: dict[str, Any] = {}
    errors: dict[str, ApiError] = {}
    with sandbox.store.write() as conn:
        for text, key in keys.items():
            try:
                _check(app, key, fields)
                if entities[text] != {}:
                    raise ApiError(400, "An ACL entity is the empty record {}")
                conn.execute(store(app, key))
                results[text] = {"status": 204}
            except ApiError as error:
                errors[text] = error
    return batch_answer(results, errors)


def _remove(
    request: Request, sandbox: Sandbox, app: CustomerApp, fields: tuple[str, ...], remove: Any
) -> dict[str, Any]:
    keys = compound_ids(request)
    check_batch_size(len(keys), sandbox.settings.batch_limit)
    sandbox.limits.take_records(app.id, len(keys))
    results: dict[str, Any] = {}
    errors: dict[str, ApiError] = {}
    with sandbox.store.write() as conn:
        for key in keys:
            text = key_text(fields, key) if set(fields) <= set(key) else str(key)
            try:
                _check(app, key, fields)
                conn.execute(remove(app, key))
                results[text] = {"status": 204}
            except ApiError as error:
                errors[text] = error
    return batch_answer(results, errors)


def _store_acl(app: CustomerApp, key: Key) -> Any:
    return (
        insert(db.ats_acls)
        .prefix_with("OR IGNORE")
        .values(
            app_id=app.id,
            entity_type=key["atsEntityType"],
            entity_id=key["atsEntityId"],
            acl_id=key["atsEntityAclId"],
        )
    )


def _remove_acl(app: CustomerApp, key: Key) -> Any:
    return (
        delete(db.ats_acls)
        .where(db.ats_acls.c.app_id == app.id)
        .where(db.ats_acls.c.entity_type == key["atsEntityType"])
        .where(db.ats_acls.c.entity_id == key["atsEntityId"])
        .where(db.ats_acls.c.acl_id == key["atsEntityAclId"])
    )


def _store_assignee(app: CustomerApp, key: Key) -> Any:
    return (
        insert(db.ats_acl_assignees)
        .prefix_with("OR IGNORE")
        .values(
            app_id=app.id,
            entity_type=key["atsEntityType"],
            acl_id=key["atsEntityAclId"],
            assignee=key["assignee"],
        )
    )


def _remove_assignee(app: CustomerApp, key: Key) -> Any:
    return (
        delete(db.ats_acl_assignees)
        .where(db.ats_acl_assignees.c.app_id == app.id)
        .where(db.ats_acl_assignees.c.entity_type == key["atsEntityType"])
        .where(db.ats_acl_assignees.c.acl_id == key["atsEntityAclId"])
        .where(db.ats_acl_assignees.c.assignee == key["assignee"])
    )


@router.put("/atsEntityAcls")
def put_acls(
    request: Request,
    body: Annotated[dict[str, Any], Body()],
    sandbox: SandboxDep,
    app: ApplicationDep,
) -> dict[str, Any]:
    return _write(request, body, sandbox, app, fields=ACL_KEY, store=_store_acl)


@router.delete("/atsEntityAcls")
def delete_acls(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    return _remove(request, sandbox, app, ACL_KEY, _remove_acl)


@router.get("/atsEntityAcls")
def find_acls(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    """`q=criteria&atsEntityId=J&atsEntityType=JOB_POSTING&...`: the ACLs of a job."""
    if request.query_params.get("q") != "criteria":
        raise ApiError(400, "Use q=criteria&atsEntityId=...&atsEntityType=JOB_POSTING")
    entity_id = required_param(request, "atsEntityId")
    start, count = paging_params(request)
    query = (
        select(db.ats_acls)
        .where(db.ats_acls.c.app_id == app.id)
        .where(db.ats_acls.c.entity_id == entity_id)
        .order_by(db.ats_acls.c.acl_id)
    )
    with sandbox.store.read() as conn:
        rows = list(conn.execute(query))
    elements = [
        {
            "atsEntityAclId": row.acl_id,
            "atsEntityId": row.entity_id,
            "atsEntityType": row.entity_type,
            "dataProvider": "ATS",
            "integrationContext": app.organization_urn,
        }
        for row in rows
    ]
    return finder_page(request, elements, start, count)


@router.put("/atsEntityAclAssignees")
def put_assignees(
    request: Request,
    body: Annotated[dict[str, Any], Body()],
    sandbox: SandboxDep,
    app: ApplicationDep,
) -> dict[str, Any]:
    return _write(request, body, sandbox, app, fields=ASSIGNEE_KEY, store=_store_assignee)


@router.delete("/atsEntityAclAssignees")
def delete_assignees(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    return _remove(request, sandbox, app, ASSIGNEE_KEY, _remove_assignee)


@router.get("/atsEntityAclAssignees")
def find_assignees(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    """`q=criteria&assignee=urn:li:person:ID&...`: the ACLs a member is assigned to."""
    if request.query_params.get("q") != "criteria":
        raise ApiError(400, "Use q=criteria&assignee=urn:li:person:ID")
    assignee = required_param(request, "assignee")
    start, count = paging_params(request)
    query = (
        select(db.ats_acl_assignees)
        .where(db.ats_acl_assignees.c.app_id == app.id)
        .where(db.ats_acl_assignees.c.assignee == assignee)
        .order_by(db.ats_acl_assignees.c.acl_id)
    )
    with sandbox.store.read() as conn:
        rows = list(conn.execute(query))
    elements = [
        {
            "atsEntityAclId": row.acl_id,
            "atsEntityType": row.entity_type,
            "assignee": row.assignee,
            "dataProvider": "ATS",
            "integrationContext": app.organization_urn,
        }
        for row in rows
    ]
    return finder_page(request, elements, start, count)


def sees_job(conn: Connection, app_id: int, setting: str, job_id: str, member_id: str) -> bool:
    """Whether the member sees this job's data under the `setting` viewers configuration."""
    if configuration(conn, app_id, setting) == ALL_PRODUCT_USERS:
        return True
    query = (
        select(db.ats_acl_assignees.c.assignee)
        .join(
            db.ats_acls,
            (db.ats_acls.c.app_id == db.ats_acl_assignees.c.app_id)
            & (db.ats_acls.c.acl_id == db.ats_acl_assignees.c.acl_id)
            & (db.ats_acls.c.entity_type == db.ats_acl_assignees.c.entity_type),
        )
        .where(db.ats_acls.c.app_id == app_id)
        .where(db.ats_acls.c.entity_id == job_id)
        .where(db.ats_acl_assignees.c.assignee == f"urn:li:person:{member_id}")
    )
    return conn.execute(query).first() is not None
