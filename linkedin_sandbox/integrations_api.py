"""HTTP of `atsIntegrations` (see integrations.py for the states they go through).

- `POST /v2/atsIntegrations?action=requestIntegration` (member token) `{"contract": URN}`
- `POST /v2/atsIntegrations` + `x-restli-method: batch_partial_update` (application token):
  the partner configures ("Notify partner"), `{"entities": {KEY: {"patch": {"$set":
  {"integrationName": ...}}}}}`
- `GET /v2/atsIntegrations?ids[0].integrationContext=...` (batch get), `?q=criteria` (all of the
  app's), `?q=request&requestId=EVENT` (an INTEGRATION_STATUS_CHANGE), `GET .../{KEY}`
- `GET|PUT|DELETE /v2/atsIntegrations/{KEY}/configurations?ids=CALLBACK_URL`
"""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from sqlalchemy import select

from linkedin_sandbox import db
from linkedin_sandbox.deps import (
    ApplicationDep,
    CallerDep,
    SandboxDep,
    require_application,
    require_member,
)
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.events import INTEGRATION_STATUS_CHANGE
from linkedin_sandbox.integrations import (
    ALL_TYPES,
    KEY_FIELDS,
    check_configuration,
    check_key,
    configurations_of,
    delete_configuration,
    integration_json,
    integration_key,
    partner_update,
    put_configuration,
    request_integration,
    rows_of,
)
from linkedin_sandbox.restli import (
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
    simple_ids,
)

router = APIRouter(prefix="/v2", tags=["atsIntegrations"])

JsonBody = Annotated[dict[str, Any], Body()]


@router.post("/atsIntegrations")
def post_integrations(
    request: Request, body: JsonBody, sandbox: SandboxDep, caller: CallerDep
) -> dict[str, Any]:
    action = request.query_params.get("action")
    if action == "requestIntegration":
        signed_in = require_member(caller)
        if signed_in.app is None:
            raise ApiError(
                403,
                "Request the integration with the token of a member who signed in through the "
                "customer application (its client_id), not through the partner app",
            )
        contract = body.get("contract")
        if not isinstance(contract, str) or not contract:
            raise ApiError(400, 'The body must be {"contract": "urn:li:contract:N"}')
        with sandbox.store.write() as conn:
            summary = request_integration(
                conn, signed_in.app, signed_in.member, contract, db.now_ms()
            )
        return {"value": summary}
    if action:
        raise ApiError(400, f"Unknown action {action}; the action here is requestIntegration")
    method = request.headers.get("x-restli-method", "batch_partial_update").lower()
    if method != "batch_partial_update":
        raise ApiError(400, "POST on atsIntegrations is a batch_partial_update (x-restli-method)")
    app = require_application(caller)
    sandbox.limits.take_integration_call(app.id)
    entities = entities_of(body)
    check_batch_size(len(entities), sandbox.settings.batch_limit)
    keys = {text: parse_key(text) for text in entities}
    check_query_ids_match(request, keys.values())
    results: dict[str, Any] = {}
    errors: dict[str, ApiError] = {}
    with sandbox.store.write() as conn:
        now = db.now_ms()
        for text, key in keys.items():
            try:
                partner_update(conn, app, key, entities[text], now)
                results[text] = {"status": 204}
            except ApiError as error:
                errors[text] = error
    return batch_answer(results, errors)


@router.get("/atsIntegrations")
def get_integrations(request: Request, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    sandbox.limits.take_integration_call(app.id)
    finder = request.query_params.get("q")
    if finder == "request":
        request_id = required_param(request, "requestId")
        with sandbox.store.read() as conn:
            event = conn.execute(select(db.events).where(db.events.c.id == request_id)).first()
        if event is None or event.app_id != app.id or event.type != INTEGRATION_STATUS_CHANGE:
            raise ApiError(404, f"No INTEGRATION_STATUS_CHANGE {request_id} for this application")
        start, count = paging_params(request)
        return finder_page(request, event.detail or [], start, count)
    if finder == "criteria":
        start, count = paging_params(request)
        with sandbox.store.read() as conn:
            rows = rows_of(conn, app.id)
        elements = [integration_json(rows[t]) for t in ALL_TYPES if t in rows]
        return finder_page(request, elements, start, count)
    if finder:
        raise ApiError(400, f"Unknown finder q={finder}; use q=request or q=criteria")
    keys = compound_ids(request)
    if not keys:
        raise ApiError(400, "Give ids[0].integrationContext=...&ids[0].integrationType=... or q=")
    results: dict[str, Any] = {}
    errors: dict[str, ApiError] = {}
    with sandbox.store.read() as conn:
        for key in keys:
            text = key_text(KEY_FIELDS, key) if set(KEY_FIELDS) <= set(key) else str(key)
            try:
                results[text] = integration_json(check_key(conn, app, key))
            except ApiError as error:
                errors[text] = error
    answer = batch_answer(results, errors)
    answer["statuses"] = {text: 200 for text in results}
    return answer


@router.get("/atsIntegrations/{key}")
def get_integration(key: str, sandbox: SandboxDep, app: ApplicationDep) -> dict[str, Any]:
    sandbox.limits.take_integration_call(app.id)
    with sandbox.store.read() as conn:
        return integration_json(check_key(conn, app, parse_key(key)))


@router.get("/atsIntegrations/{key}/configurations")
def get_configurations(
    key: str, request: Request, sandbox: SandboxDep, app: ApplicationDep
) -> dict[str, Any]:
    sandbox.limits.take_integration_call(app.id)
    wanted = simple_ids(request)
    with sandbox.store.read() as conn:
        row = check_key(conn, app, parse_key(key))
        values = configurations_of(conn, app.id, row.integration_type)
    names = wanted or sorted(values)
    results = {n: {"configurationValue": {"string": values[n]}} for n in names if n in values}
    errors = {
        n: ApiError(404, f"{n} is not configured on {integration_key(row)}")
        for n in names
        if n not in values
    }
    return batch_answer(results, errors)


@router.put("/atsIntegrations/{key}/configurations")
def put_configurations(
    key: str, request: Request, body: JsonBody, sandbox: SandboxDep, app: ApplicationDep
) -> dict[str, Any]:
    sandbox.limits.take_integration_call(app.id)
    entities = entities_of(body)
    check_batch_size(len(entities), sandbox.settings.batch_limit)
    wanted = simple_ids(request)
    if wanted and set(wanted) != set(entities):
        raise ApiError(400, "The ids in the query are not the names of the body's entities")
    results: dict[str, Any] = {}
    errors: dict[str, ApiError] = {}
    with sandbox.store.write() as conn:
        row = check_key(conn, app, parse_key(key))
        for name, value in entities.items():
            try:
                text = check_configuration(name, value)
                put_configuration(conn, app.id, row.integration_type, name, text)
                results[name] = {"status": 204}
            except ApiError as error:
                errors[name] = error
    return batch_answer(results, errors)


@router.delete("/atsIntegrations/{key}/configurations")
def delete_configurations(
    key: str, request: Request, sandbox: SandboxDep, app: ApplicationDep
) -> dict[str, Any]:
    sandbox.limits.take_integration_call(app.id)
    names = simple_ids(request)
    if not names:
        raise ApiError(400, "Give the configurations to delete as ids=NAME")
    with sandbox.store.write() as conn:
        row = check_key(conn, app, parse_key(key))
        for name in names:
            delete_configuration(conn, app.id, row.integration_type, name)
    return batch_answer({name: {"status": 204} for name in names}, {})
